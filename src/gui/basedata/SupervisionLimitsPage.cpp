#include "SupervisionLimitsPage.h"

#include "BaseDataAccess.h"
#include "ReferenceListPage.h"
#include "ReferenceRepositories.h"
#include "SupervisionLimitDialog.h"
#include "SupervisionService.h"
#include "shell/AppContext.h"

#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString hoursText(const std::optional<int> &hours)
{
    return hours ? SupervisionLimitsPage::tr("%n小时", nullptr, *hours) : SupervisionLimitsPage::tr("不检查");
}

} // namespace

SupervisionLimitsPage::SupervisionLimitsPage(const AppContext &context, bool editable, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"supervisionLimitsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const BaseDataAccess access(context.db, context.clock, context.actor());
    const bool mayEdit = editable && access.mayManage() && access.isCounty();

    // The rows that match the search (by category name), default first; a county has a handful.
    const auto rowsFor = [this](const QString &search) {
        QHash<qint64, QString> names;
        for (const Category &c : CategoryRepository(m_context.db).all(false))
            names.insert(c.id, c.name);
        QList<SupervisionLimit> out;
        for (const SupervisionLimit &l : SupervisionService(m_context.db, m_context.clock).limits()) {
            const QString name = l.categoryId > 0 ? names.value(l.categoryId) : tr("全部类别（默认）");
            if (search.isEmpty() || name.contains(search, Qt::CaseInsensitive))
                out.append(l);
        }
        return std::make_pair(out, names);
    };

    ReferenceKind kind;
    kind.headers = {tr("事件类别"),          tr("中心层级"),         tr("立案后未派遣"),
                    tr("派遣后未签收"),      tr("期限已过（黄牌）"), tr("黄牌后未办结（红牌）"),
                    tr("超期未办结（红牌）")};
    kind.count = [rowsFor](const QString &search, bool) -> qint64 { return rowsFor(search).first.size(); };
    kind.page = [rowsFor, mayEdit](const QString &search, bool, int offset, int limit) {
        const auto [limits, names] = rowsFor(search);
        QList<ReferenceRow> rows;
        for (qsizetype i = offset; i < limits.size() && i < qsizetype(offset) + limit; ++i) {
            const SupervisionLimit &l = limits.at(i);
            ReferenceRow row;
            row.id = l.id;
            row.editable = mayEdit;
            row.cells = {l.categoryId > 0 ? names.value(l.categoryId) : tr("全部类别（默认）"),
                         l.orgLevel ? label(*l.orgLevel) : tr("全部层级"),
                         hoursText(l.dispatchHours),
                         hoursText(l.signHours),
                         l.deadlinePercent ? u"%1%"_s.arg(*l.deadlinePercent) : tr("不检查"),
                         hoursText(l.redAfterYellowHours),
                         hoursText(l.redOverdueHours)};
            rows.append(row);
        }
        return rows;
    };
    const auto stored = [this](qint64 id) {
        for (const SupervisionLimit &l : SupervisionService(m_context.db, m_context.clock).limits())
            if (l.id == id)
                return l;
        throw Error(Error::Kind::NotFound, tr("这一行督办时限已被删除。"));
    };
    kind.edit = [this, stored](QWidget *parent, const ReferenceRow *row) -> qint64 {
        std::optional<SupervisionLimit> existing;
        if (row)
            existing = stored(row->id);
        SupervisionLimitDialog dialog(m_context, existing, parent);
        const int result = dialog.exec();
        if (dialog.failure())
            throw *dialog.failure();
        return result == QDialog::Accepted ? dialog.limit().id : 0;
    };
    kind.remove = [this](const ReferenceRow &row) {
        SupervisionService(m_context.db, m_context.clock).removeLimit(m_context.actor(), row.id);
    };
    kind.describe = [](const ReferenceRow &row) {
        return row.cells.value(0) + u" · "_s + row.cells.value(1);
    };

    m_list = new ReferenceListPage(std::move(kind), mayEdit, this);
    m_list->setObjectName(u"supervisionLimitsList"_s);
    layout->addWidget(m_list);
    auto *note = new QLabel(
        mayEdit || !editable ? tr("最具体的一行生效：类别本身的，其次上级类别的，最后是默认的；同一类别中先看"
                                  "案件所在层级的，再看“全部层级”的。")
                             : tr("督办时限全县通用，由县级管理员维护。"),
        this);
    note->setObjectName(u"supervisionLimitsNote"_s);
    note->setWordWrap(true);
    note->setEnabled(false);
    note->setContentsMargins(12, 0, 12, 8);
    layout->addWidget(note);
}

} // namespace zz
