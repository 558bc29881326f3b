#pragma once

#include <QWidget>

class QComboBox;

namespace zz {

struct AppContext;
class ReferenceListPage;

// 部门: the functional departments and petition-hall windows (进驻部门) of the county and its
// townships with their phones, searched and paged in the database, filtered by unit and kind. Admins
// add, edit, deactivate and delete those of their own scope; other accounts read the list (a
// receptionist looks up a department's phone here).
class DepartmentsPage : public QWidget
{
    Q_OBJECT

public:
    DepartmentsPage(const AppContext &context, bool editable, QWidget *parent = nullptr);

    ReferenceListPage *list() const { return m_list; }

private:
    const AppContext &m_context;
    QComboBox *m_unitFilter;
    QComboBox *m_kindFilter;
    ReferenceListPage *m_list;
};

} // namespace zz
