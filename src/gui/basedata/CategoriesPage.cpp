#include "CategoriesPage.h"

#include "CategoryDialog.h"
#include "CategoryService.h"
#include "ListExport.h"
#include "ReferenceListPage.h"
#include "ReferenceRepositories.h"
#include "shell/AppContext.h"

#include <QHash>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString limitText(const Category &c)
{
    return c.workingDays ? CategoriesPage::tr("%n个工作日", nullptr, c.timeLimitDays)
                         : CategoriesPage::tr("%n个自然日", nullptr, c.timeLimitDays);
}

} // namespace

CategoriesPage::CategoriesPage(const AppContext &context, bool editable, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(u"categoriesPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto service = [this] { return CategoryService(m_context.db, m_context.clock, m_context.actor()); };

    ReferenceKind kind;
    kind.headers = {tr("类别名称"),     tr("代码"),         tr("办理时限"),
                    tr("默认处置部门"), tr("默认紧急程度"), tr("排序号")};
    // A county has a few dozen categories: the tree comes in one read (searched in the database)
    // and is cut into the list's pages here.
    kind.count = [service](const QString &search, bool includeInactive) -> qint64 {
        return service().tree(search, includeInactive).size();
    };
    kind.page = [this, service](const QString &search, bool includeInactive, int offset, int limit) {
        const QList<Category> tree = service().tree(search, includeInactive);
        QHash<qint64, QString> departments;
        for (const Department &d : DepartmentRepository(m_context.db).list(0, false))
            departments.insert(d.id, d.name);
        const bool mayEdit = service().mayManage();
        QList<ReferenceRow> rows;
        for (qsizetype i = offset; i < tree.size() && i < qsizetype(offset) + limit; ++i) {
            const Category &c = tree.at(i);
            ReferenceRow row;
            row.id = c.id;
            row.version = c.version;
            row.active = c.active;
            row.editable = mayEdit;
            row.payload = c.parentId;
            row.cells = {c.parentId > 0 ? u"　　"_s + c.name : c.name,
                         c.code,
                         limitText(c),
                         departments.value(c.defaultDepartmentId),
                         label(c.defaultUrgency),
                         QString::number(c.sortOrder)};
            rows.append(row);
        }
        return rows;
    };
    const auto current = [service](const ReferenceRow &row) {
        auto stored = service().get(row.id);
        if (!stored)
            throw Error(Error::Kind::NotFound, CategoryService::tr("该类别已被删除。"));
        if (stored->version != row.version)
            throw Error(Error::Kind::Conflict,
                        CategoryService::tr("该类别已被其他人修改，请重新载入后再编辑。"));
        return *stored;
    };
    kind.edit = [this, current](QWidget *parent, const ReferenceRow *row) -> qint64 {
        std::optional<Category> existing;
        qint64 parentId = 0;
        if (row) {
            existing = current(*row);
        } else if (const ReferenceRow *selected = m_list ? m_list->selectedRow() : nullptr) {
            // 新增 with a category selected adds a sub-category under it (or beside it).
            const qint64 selectedParent = selected->payload.toLongLong();
            parentId = selectedParent > 0 ? selectedParent : selected->id;
        }
        CategoryDialog dialog(m_context, existing, parentId, parent);
        const int result = dialog.exec();
        if (dialog.failure())
            throw *dialog.failure();
        return result == QDialog::Accepted ? dialog.category().id : 0;
    };
    kind.setActive = [service, current](const ReferenceRow &row, bool active) {
        Category c = current(row);
        service().setActive(c, active);
    };
    kind.remove = [service, current](const ReferenceRow &row) { service().remove(current(row)); };
    kind.describe = [](const ReferenceRow &row) { return row.cells.value(0).trimmed(); };

    kind.exportTo = [this](const QString &path, const QString &search, bool includeInactive) {
        ExportFilter f;
        f.search = search;
        f.includeInactive = includeInactive;
        return ListExport(m_context.db, m_context.clock, m_context.actor(), m_context.user.login)
            .write(u"categories"_s, f, path);
    };
    kind.exportFileName = tr("事项分类.xlsx");
    const bool mayEdit = editable && service().mayManage();
    m_list = new ReferenceListPage(std::move(kind), mayEdit, this);
    m_list->setObjectName(u"categoriesList"_s);
    layout->addWidget(m_list);
    if (editable && !mayEdit) {
        auto *note = new QLabel(tr("事件类别和办理时限全县通用，由县级管理员维护。"), this);
        note->setObjectName(u"categoriesCountyOnlyLabel"_s);
        note->setEnabled(false);
        note->setContentsMargins(12, 0, 12, 8);
        layout->addWidget(note);
    }
}

} // namespace zz
