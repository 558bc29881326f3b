#pragma once

#include "shell/AppContext.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace zz {

class AuditLogModel;
class AuditLogReader;
struct AuditFilter;

// 审计日志: the log for leaders and admins, filtered by person, action, case number and dates, read a
// page at a time within the account's scope, and exported to CSV (the export is itself audited).
class AuditLogPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditLogPage(const AppContext &context, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    AuditLogModel *model() const { return m_model; }
    void search();
    // Writes the filtered rows to `path`; false with the reason shown on the page.
    bool exportTo(const QString &path);

private:
    AuditFilter filter() const;
    void exportCsv();
    void showError(const QString &message);

    const AppContext &m_context;
    std::unique_ptr<AuditLogReader> m_reader;
    AuditLogModel *m_model = nullptr;
    QLineEdit *m_personEdit = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QLineEdit *m_caseNoEdit = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace zz
