#pragma once

#include "Entities.h"
#include "ReferenceList.h"
#include "WorkerRepository.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace zz {

struct AppContext;
class Error;
class ReferenceListPage;

// 网格员: the county's or township's grid workers, searched and paged in the database (name,
// number, phone, grid), filtered by township and 专职/兼职; ID numbers and phones masked (an
// audited 查看完整信息 for the roles that may). Beside the list the selected worker's grid
// assignments over time, with 分配网格 / 调整网格 / 结束 for admins; 停用 asks for the last day in post.
class WorkersPage : public QWidget
{
    Q_OBJECT

public:
    WorkersPage(const AppContext &context, bool editable, QWidget *parent = nullptr);

    ReferenceListPage *list() const { return m_list; }

private:
    ReferenceKind kind();
    WorkerFilter filter(const QString &search, bool includeInactive) const;
    static ReferenceRow rowFor(const WorkerListRow &row);
    std::optional<Worker> selectedWorker() const;
    void showWorker();
    void changeGrid(int mode); // GridAssignDialog::Mode
    void reveal();
    // A change went wrong: say why; a stale version reads the list again.
    void report(const QString &title, const Error &error);
    void reselect(qint64 workerId);

    const AppContext &m_context;
    const bool m_editable;
    QComboBox *m_township;
    QComboBox *m_employment;
    ReferenceListPage *m_list;
    QLabel *m_details;
    QTableWidget *m_history;
    QPushButton *m_assign = nullptr;
    QPushButton *m_move = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_reveal = nullptr;
};

} // namespace zz
