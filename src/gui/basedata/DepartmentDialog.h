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

// 新增/编辑部门: name, 职能部门 or 进驻部门, the unit it belongs to (the county or a township in the
// admin's scope), phone and order. The service's refusals are said in the dialog; a stale version or
// a row gone closes it and is handed to the caller (failure()).
class DepartmentDialog : public QDialog
{
    Q_OBJECT

public:
    DepartmentDialog(const AppContext &context, std::optional<Department> existing,
                     QWidget *parent = nullptr);

    const Department &department() const { return m_department; }
    const std::optional<Error> &failure() const { return m_failure; }

    void accept() override;

private:
    void updateState();

    const AppContext &m_context;
    const bool m_editing;
    Department m_department;
    std::optional<Error> m_failure;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_unit;
    QLineEdit *m_phone;
    QSpinBox *m_order;
    QLabel *m_problem;
};

} // namespace zz
