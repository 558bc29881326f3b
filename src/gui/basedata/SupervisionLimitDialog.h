#pragma once

#include "Error.h"
#include "SupervisionService.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace zz {

struct AppContext;

// One row of the supervision limits (督办时限): for which category and which level of center, and
// the hours of each yellow and red card check; a check can be switched off (不检查).
class SupervisionLimitDialog : public QDialog
{
    Q_OBJECT

public:
    SupervisionLimitDialog(const AppContext &context, std::optional<SupervisionLimit> existing,
                           QWidget *parent = nullptr);

    const SupervisionLimit &limit() const { return m_limit; }
    const std::optional<Error> &failure() const { return m_failure; }

    void accept() override;

private:
    QSpinBox *hoursBox(const QString &name, std::optional<int> value, int off);

    const AppContext &m_context;
    SupervisionLimit m_limit;
    std::optional<Error> m_failure;
    QComboBox *m_category;
    QComboBox *m_level;
    QSpinBox *m_dispatch;
    QSpinBox *m_sign;
    QSpinBox *m_percent;
    QSpinBox *m_redAfterYellow;
    QSpinBox *m_redOverdue;
    QLabel *m_problem;
};

} // namespace zz
