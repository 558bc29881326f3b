#pragma once

#include "shell/Module.h"

#include <QPointer>

namespace zz {

class Database;
class OverviewPage;

// 概览: case counts per status.
class OverviewModule : public Module
{
    Q_OBJECT

public:
    // Counts cover the cases in `scopeOrgUnitId` and below (0: all).
    OverviewModule(const Database &db, qint64 scopeOrgUnitId, QObject *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;

private:
    const Database &m_db;
    qint64 m_scope = 0;
    QPointer<OverviewPage> m_page;
};

} // namespace zz
