#include "WorkersPage.h"

#include "Error.h"
#include "GridAssignDialog.h"
#include "ListExport.h"
#include "Permissions.h"
#include "ReferenceListModel.h"
#include "ReferenceListPage.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "WorkerDialog.h"
#include "WorkerService.h"
#include "shell/AppContext.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column {
    CodeColumn,
    NameColumn,
    EmploymentColumn,
    PhoneColumn,
    IdColumn,
    GridColumn,
    TownshipColumn,
    InPostColumn,
    StateColumn
};

QString isoDate(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

} // namespace

WorkersPage::WorkersPage(const AppContext &context, bool editable, QWidget *parent)
    : QWidget(parent), m_context(context), m_editable(editable)
{
    setObjectName(u"workersPage"_s);
    // The filters exist before the list: it reads its first page as it is built.
    m_township = new QComboBox(this);
    m_township->setObjectName(u"workerTownshipComboBox"_s);
    OrgUnitRepository units(context.db);
    const auto own = units.get(context.user.orgUnitId);
    if (own && own->level == OrgLevel::County) {
        m_township->addItem(tr("全部乡镇"), own->id);
        for (const OrgUnit &unit : units.children(own->id))
            if (unit.level == OrgLevel::Township)
                m_township->addItem(unit.name, unit.id);
    } else if (own) {
        m_township->addItem(own->name, own->id);
    } else {
        m_township->addItem(tr("全部乡镇"), qint64(0));
    }
    m_township->setEnabled(m_township->count() > 1);
    m_employment = new QComboBox(this);
    m_employment->setObjectName(u"workerEmploymentComboBox"_s);
    m_employment->addItem(tr("专职和兼职"), QString());
    for (Employment e : allValues<Employment>())
        m_employment->addItem(label(e), code(e));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new ReferenceListPage(kind(), editable, this);
    layout->addWidget(m_list);
    m_list->filterLayout()->addWidget(m_township);
    m_list->filterLayout()->addWidget(m_employment);
    if (auto *search = m_list->findChild<QLineEdit *>(u"referenceSearch"_s)) {
        search->setPlaceholderText(tr("姓名、编号、电话或网格"));
        search->setMinimumWidth(search->fontMetrics().horizontalAdvance(search->placeholderText()) + 40);
    }
    connect(m_township, &QComboBox::currentIndexChanged, m_list, &ReferenceListPage::reload);
    connect(m_employment, &QComboBox::currentIndexChanged, m_list, &ReferenceListPage::reload);

    // The selected worker: details and grid assignments.
    auto *panel = new QGroupBox(tr("网格分配"), this);
    panel->setObjectName(u"workerAssignmentsPanel"_s);
    auto *panelLayout = new QVBoxLayout(panel);
    m_details = new QLabel(panel);
    m_details->setObjectName(u"workerDetailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    panelLayout->addWidget(m_details);
    m_history = new QTableWidget(0, 4, panel);
    m_history->setObjectName(u"assignmentTable"_s);
    m_history->setHorizontalHeaderLabels({tr("网格"), tr("起"), tr("止"), tr("网格长")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(false);
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_history->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    panelLayout->addWidget(m_history, 1);
    auto *buttons = new QHBoxLayout;
    if (editable) {
        m_assign = new QPushButton(tr("分配网格"), panel);
        m_assign->setObjectName(u"assignGridButton"_s);
        m_move = new QPushButton(tr("调整网格"), panel);
        m_move->setObjectName(u"moveGridButton"_s);
        m_end = new QPushButton(tr("结束"), panel);
        m_end->setObjectName(u"endGridButton"_s);
        m_end->setToolTip(tr("结束当前网格的分配(网格员仍在岗，暂不负责网格)"));
        for (QPushButton *b : {m_assign, m_move, m_end})
            buttons->addWidget(b);
        connect(m_assign, &QPushButton::clicked, this,
                [this] { changeGrid(int(GridAssignDialog::Mode::Assign)); });
        connect(m_move, &QPushButton::clicked, this,
                [this] { changeGrid(int(GridAssignDialog::Mode::Move)); });
        connect(m_end, &QPushButton::clicked, this, [this] { changeGrid(int(GridAssignDialog::Mode::End)); });
    }
    buttons->addStretch(1);
    if (Permissions::allows(context.user.roles, Permission::RevealPersonalData)) {
        m_reveal = new QPushButton(tr("查看完整信息"), panel);
        m_reveal->setObjectName(u"revealButton"_s);
        m_reveal->setToolTip(tr("显示身份证号和电话，本次查看记入审计日志"));
        buttons->addWidget(m_reveal);
        connect(m_reveal, &QPushButton::clicked, this, &WorkersPage::reveal);
    }
    panelLayout->addLayout(buttons);
    m_list->setSidePanel(panel);
    // The panel as wide as a grid's path with its dates; the list keeps the rest.
    panel->setMaximumWidth(
        fontMetrics().horizontalAdvance(u"青石镇 / 大塘村 / 第12网格 2026-10-16 2026-10-31 网格长"_s) + 80);
    connect(m_list, &ReferenceListPage::currentRowChanged, this, &WorkersPage::showWorker);
    // Columns as wide as what they hold (a page of 100 rows); one township needs no township column.
    m_list->table()->setColumnHidden(TownshipColumn, !m_township->isEnabled());
    m_list->table()->resizeColumnsToContents();
    connect(m_list->model(), &QAbstractItemModel::modelReset, m_list->table(),
            &QTableView::resizeColumnsToContents);
    showWorker();
}

WorkerFilter WorkersPage::filter(const QString &search, bool includeInactive) const
{
    WorkerFilter f;
    f.text = search;
    f.orgUnitId = m_township->currentData().toLongLong();
    if (const QString e = m_employment->currentData().toString(); !e.isEmpty())
        f.employment = fromCode<Employment>(e);
    if (!includeInactive)
        f.active = true;
    return f;
}

ReferenceRow WorkersPage::rowFor(const WorkerListRow &row)
{
    const Worker &w = row.worker;
    ReferenceRow r;
    r.id = w.id;
    r.version = w.version;
    r.active = w.active;
    r.cells = {w.code,
               w.name,
               label(w.employment),
               Masking::phone(w.phone),
               w.residentIdMasked,
               row.place + (w.isGridHead ? tr("（网格长）") : QString()),
               row.township,
               isoDate(w.inPostDate),
               w.active ? tr("在岗") : tr("已停用 %1").arg(isoDate(w.leftPostDate))};
    r.payload = QVariant::fromValue(w);
    return r;
}

ReferenceKind WorkersPage::kind()
{
    ReferenceKind k;
    k.exportTo = [this](const QString &path, const QString &search, bool includeInactive) {
        ExportFilter f;
        f.orgUnitId = m_township->currentData().toLongLong();
        f.search = search;
        f.includeInactive = includeInactive;
        f.workers = filter(search, includeInactive);
        return ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
            .write(u"workers"_s, f, path);
    };
    k.exportFileName = tr("网格员.xlsx");
    k.headers = {tr("编号"),     tr("姓名"), tr("用工"),     tr("电话"), tr("身份证号"),
                 tr("当前网格"), tr("乡镇"), tr("到岗日期"), tr("状态")};
    k.count = [this](const QString &search, bool includeInactive) -> qint64 {
        return WorkerRepository(m_context.db).count(filter(search, includeInactive));
    };
    k.page = [this](const QString &search, bool includeInactive, int offset, int limit) {
        QList<ReferenceRow> rows;
        for (const WorkerListRow &row :
             WorkerRepository(m_context.db).pageAt(filter(search, includeInactive), offset, limit))
            rows.append(rowFor(row));
        return rows;
    };
    k.edit = [this](QWidget *parent, const ReferenceRow *row) -> qint64 {
        std::optional<Worker> existing;
        if (row) {
            existing = WorkerRepository(m_context.db).get(row->id);
            if (!existing)
                throw Error(Error::Kind::NotFound, tr("该网格员已不存在。"));
            if (existing->version != row->version)
                throw Error(Error::Kind::Conflict, tr("该网格员的资料已被其他人修改,请重新载入后再操作。"));
        }
        WorkerDialog dialog(m_context, existing, parent);
        const int result = dialog.exec();
        if (dialog.failure())
            throw *dialog.failure();
        return result == QDialog::Accepted ? dialog.worker().id : 0;
    };
    k.setActive = [this](const ReferenceRow &row, bool active) {
        Worker w = row.payload.value<Worker>();
        if (active)
            WorkerService(m_context.db, m_context.clock, m_context.actor()).activate(w);
    };
    k.deactivate = [this](QWidget *parent, const ReferenceRow &row) {
        Worker w = row.payload.value<Worker>();
        GridAssignDialog dialog(m_context.db, GridAssignDialog::Mode::Leave, w.name, m_context.user.orgUnitId,
                                m_context.clock.now().date(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        WorkerService(m_context.db, m_context.clock, m_context.actor()).deactivate(w, dialog.date());
        return true;
    };
    k.remove = [this](const ReferenceRow &row) {
        WorkerService(m_context.db, m_context.clock, m_context.actor()).remove(row.payload.value<Worker>());
    };
    k.describe = [](const ReferenceRow &row) { return row.cells.value(NameColumn); };
    return k;
}

std::optional<Worker> WorkersPage::selectedWorker() const
{
    const ReferenceRow *row = m_list->selectedRow();
    if (!row)
        return std::nullopt;
    return row->payload.value<Worker>();
}

void WorkersPage::showWorker()
{
    const auto worker = selectedWorker();
    m_history->setRowCount(0);
    bool open = false;
    if (!worker) {
        m_details->setText(tr("选择一名网格员，查看他的网格分配。"));
    } else {
        m_details->setText(tr("%1 · %2 · %3\n电话 %4 · 身份证号 %5")
                               .arg(worker->name, worker->code, label(worker->employment),
                                    worker->phone.isEmpty() ? tr("未登记") : Masking::phone(worker->phone),
                                    m_list->selectedRow()->cells.value(IdColumn).isEmpty()
                                        ? tr("未登记")
                                        : m_list->selectedRow()->cells.value(IdColumn)));
        WorkerRepository workers(m_context.db);
        try {
            const QList<WorkerGrid> spans = workers.assignments(worker->id);
            m_history->setRowCount(int(spans.size()));
            for (int i = 0; i < spans.size(); ++i) {
                const WorkerGrid &s = spans.at(i);
                open = open || s.isOpen();
                const QStringList cells = {workers.gridLabel(s.gridId), isoDate(s.from),
                                           s.isOpen() ? tr("至今") : isoDate(s.to),
                                           s.isHead ? tr("是") : QString()};
                for (int c = 0; c < cells.size(); ++c)
                    m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
            }
        } catch (const Error &error) {
            m_details->setText(error.message());
        }
    }
    const bool mayChange =
        worker && m_editable &&
        WorkerService(m_context.db, m_context.clock, m_context.actor()).mayEdit(worker->orgUnitId);
    if (m_assign) {
        m_assign->setEnabled(mayChange && worker->active && !open);
        m_move->setEnabled(mayChange && open);
        m_end->setEnabled(mayChange && open);
    }
    if (m_reveal)
        m_reveal->setEnabled(worker.has_value());
}

void WorkersPage::changeGrid(int mode)
{
    auto worker = selectedWorker();
    if (!worker)
        return;
    const auto m = GridAssignDialog::Mode(mode);
    GridAssignDialog dialog(m_context.db, m, worker->name, m_context.user.orgUnitId,
                            m_context.clock.now().date(), this);
    if (m == GridAssignDialog::Mode::Move)
        dialog.setHead(worker->isGridHead);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString title = dialog.windowTitle();
    WorkerService service(m_context.db, m_context.clock, m_context.actor());
    try {
        if (m == GridAssignDialog::Mode::Assign)
            service.assign(*worker, dialog.gridId(), dialog.date(), dialog.isHead());
        else if (m == GridAssignDialog::Mode::Move)
            service.move(*worker, dialog.gridId(), dialog.date(), dialog.isHead());
        else
            service.end(*worker, dialog.date());
    } catch (const Error &error) {
        report(title, error);
        return;
    }
    reselect(worker->id);
}

void WorkersPage::reselect(qint64 workerId)
{
    m_list->reload();
    m_list->select(workerId);
    showWorker();
}

void WorkersPage::reveal()
{
    const auto worker = selectedWorker();
    if (!worker)
        return;
    Worker shown;
    try {
        shown = WorkerService(m_context.db, m_context.clock, m_context.actor()).reveal(worker->id);
    } catch (const Error &error) {
        report(tr("完整信息"), error);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("完整信息 - %1").arg(shown.name),
                    tr("身份证号：%1\n联系电话：%2\n\n本次查看已记入审计日志，请勿外传。")
                        .arg(shown.residentId.isEmpty() ? tr("未登记") : shown.residentId,
                             shown.phone.isEmpty() ? tr("未登记") : shown.phone),
                    QMessageBox::Close, this);
    box.setObjectName(u"workerRevealMessageBox"_s);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void WorkersPage::report(const QString &title, const Error &error)
{
    const bool stale = error.kind() == Error::Kind::Conflict;
    QMessageBox box(QMessageBox::Warning, title,
                    stale ? tr("该网格员的资料已被其他人修改，列表已重新载入。请查看后再操作。")
                          : error.message(),
                    QMessageBox::Ok, this);
    box.setObjectName(u"workerErrorMessageBox"_s);
    box.exec();
    if (stale) {
        const auto worker = selectedWorker();
        reselect(worker ? worker->id : 0);
    }
}

} // namespace zz
