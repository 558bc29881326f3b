#pragma once

#include <QWidget>

namespace zz {

struct AppContext;
class ReferenceListPage;

// 督办时限: when automatic supervision gives an open case its yellow and red card — the default row,
// rows per level of center and per category. County-wide: a county admin edits, others read.
class SupervisionLimitsPage : public QWidget
{
    Q_OBJECT

public:
    SupervisionLimitsPage(const AppContext &context, bool editable, QWidget *parent = nullptr);

    ReferenceListPage *list() const { return m_list; }

private:
    const AppContext &m_context;
    ReferenceListPage *m_list = nullptr;
};

} // namespace zz
