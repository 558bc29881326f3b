#pragma once

#include "Entities.h"
#include "Error.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace zz {

struct AppContext;

// 新增/编辑事件类别: the parent (none for a top-level category), code, name, the time limit in
// working or natural days, the department it usually goes to, the urgency the intake form starts
// with, and the order. Refusals are said in the dialog; a stale version or a row gone closes it and
// is handed to the caller (failure()).
class CategoryDialog : public QDialog
{
    Q_OBJECT

public:
    CategoryDialog(const AppContext &context, std::optional<Category> existing, qint64 parentId = 0,
                   QWidget *parent = nullptr);

    const Category &category() const { return m_category; }
    const std::optional<Error> &failure() const { return m_failure; }

    void accept() override;

private:
    void parentChanged();
    void updateState();

    const AppContext &m_context;
    const bool m_editing;
    Category m_category;
    std::optional<Error> m_failure;
    QComboBox *m_parent;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QSpinBox *m_days;
    QComboBox *m_dayKind;
    QComboBox *m_department;
    QComboBox *m_urgency;
    QSpinBox *m_order;
    QLabel *m_problem;
};

} // namespace zz
