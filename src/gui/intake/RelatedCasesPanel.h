#pragma once

#include "RelatedCases.h"
#include "shell/AppContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace zz {

// 关联案件: beside the intake form, earlier cases of the same person and similar cases at the same
// village in the last 90 days, so the receptionist sees a repeat before registering it again.
// Double-click opens the case.
class RelatedCasesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RelatedCasesPanel(const AppContext &context, QWidget *parent = nullptr);

    void refresh(const QStringList &residentIds, const QStringList &phones, const QString &title,
                 qint64 placeId);
    void clear();

signals:
    // 标记为重复件 ("repeat") or 合并到此件 ("merge") was chosen for the selected earlier case.
    void linkRequested(qint64 caseId, const QString &caseNo, const QString &kind);

private:
    QTableWidget *table(const QString &objectName);
    void fill(QTableWidget *table, const QList<RelatedCase> &cases);
    void open(QTableWidget *table, int row);
    void requestLink(const QString &kind);

    const AppContext &m_context;
    QTableWidget *m_samePersonTable = nullptr;
    QTableWidget *m_similarTable = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTableWidget *m_lastTable = nullptr; // the table whose row was selected last
    QPushButton *m_repeatButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
};

} // namespace zz
