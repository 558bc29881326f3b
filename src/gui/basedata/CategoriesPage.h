#pragma once

#include <QWidget>

namespace zz {

struct AppContext;
class ReferenceListPage;

// 事件类别与时限: the county's two-level category tree as a list (each category followed by its
// sub-categories, indented) with each one's time limit, default department and urgency. A county
// admin adds (under the selected category by default), edits, deactivates and deletes; everyone else
// reads it.
class CategoriesPage : public QWidget
{
    Q_OBJECT

public:
    CategoriesPage(const AppContext &context, bool editable, QWidget *parent = nullptr);

    ReferenceListPage *list() const { return m_list; }

private:
    const AppContext &m_context;
    ReferenceListPage *m_list = nullptr;
};

} // namespace zz
