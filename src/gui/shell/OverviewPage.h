#pragma once

#include "Types.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace zz {

class Database;

// The 概览 page: how many cases are in each step of the loop, plus totals.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(const Database &db, qint64 scopeOrgUnitId, QWidget *parent = nullptr);

    // Reads the counts again; a database error is shown on the page, not thrown.
    void refresh();

private:
    QWidget *createTile(const QString &title, const QString &objectName, QLabel **valueLabel,
                        const QString &accent);

    const Database &m_db;
    qint64 m_scope = 0;
    QMap<CaseStatus, QLabel *> m_statusLabels;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_openLabel = nullptr;
    QLabel *m_finishedLabel = nullptr;
    QLabel *m_updatedLabel = nullptr;
};

} // namespace zz
