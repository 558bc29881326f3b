#pragma once

#include "CaseWorkflow.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace zz {

struct AppContext;

// 办理流程设置: whether 核查 and 结案 are one step (核查结案) or two (核查通过, then 结案), for the
// whole county (county admins) and per township (an admin over it; "沿用全县设置" follows the county).
class CheckStepsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckStepsDialog(const AppContext &context, QWidget *parent = nullptr);

    // Writes the changed choices; false (with the reason shown) when one was refused.
    bool save();
    void accept() override;

private:
    struct Row
    {
        qint64 townshipId = 0;
        QComboBox *combo = nullptr;
        int initial = 0;
    };

    void showError(const QString &message);

    const AppContext &m_context;
    QComboBox *m_countyCombo = nullptr;
    int m_countyInitial = 0;
    QTableWidget *m_table = nullptr;
    QList<Row> m_rows;
    QLabel *m_errorLabel = nullptr;
};

} // namespace zz
