#include "CategoryService.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

CategoryService::CategoryService(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_access(db, clock, actor)
{}

bool CategoryService::mayManage() const
{
    return m_access.mayManage() && m_access.isCounty();
}

QList<Category> CategoryService::tree(const QString &text, bool includeInactive) const
{
    // A county has a few dozen categories: the tree is read at once, the search runs in the database.
    QSet<qint64> wanted;
    const QString needle = text.trimmed();
    if (!needle.isEmpty()) {
        Query q(m_db, u"SELECT id, parent_id FROM categories WHERE name LIKE ? ESCAPE '\\' "
                      "OR code LIKE ? ESCAPE '\\'"_s);
        q.bind(containsPattern(needle)).bind(containsPattern(needle)).exec();
        while (q.next()) {
            wanted.insert(q.int64(0));
            if (!q.isNull(1))
                wanted.insert(q.int64(1));
        }
        if (wanted.isEmpty())
            return {};
    }
    const QList<Category> all = CategoryRepository(m_db).all(!includeInactive);
    QSet<qint64> matchedParents; // a matching top-level category brings its sub-categories
    if (!needle.isEmpty())
        for (const Category &c : all)
            if (c.parentId == 0 && wanted.contains(c.id) &&
                (c.name.contains(needle, Qt::CaseInsensitive) || c.code.contains(needle)))
                matchedParents.insert(c.id);
    QList<Category> out;
    for (const Category &top : all) {
        if (top.parentId != 0 || (!needle.isEmpty() && !wanted.contains(top.id)))
            continue;
        out.append(top);
        for (const Category &child : all)
            if (child.parentId == top.id &&
                (needle.isEmpty() || wanted.contains(child.id) || matchedParents.contains(top.id)))
                out.append(child);
    }
    return out;
}

std::optional<Category> CategoryService::get(qint64 id) const
{
    return CategoryRepository(m_db).get(id);
}

QString CategoryService::suggestCode(qint64 parentId) const
{
    CategoryRepository repository(m_db);
    QString prefix;
    if (parentId > 0) {
        const auto parent = repository.get(parentId);
        prefix = parent ? parent->code : QString();
    }
    for (int n = 1; n < 1000; ++n) {
        const QString candidate = prefix + QString::number(n).rightJustified(n < 100 ? 2 : 3, u'0');
        if (!repository.byCode(candidate))
            return candidate;
    }
    return {};
}

int CategoryService::suggestSortOrder(qint64 parentId) const
{
    Query q(m_db, parentId > 0 ? u"SELECT MAX(sort_order) FROM categories WHERE parent_id = ?"_s
                               : u"SELECT MAX(sort_order) FROM categories WHERE parent_id IS NULL"_s);
    if (parentId > 0)
        q.bind(parentId);
    return q.scalar().toInt() + 10;
}

void CategoryService::validate(const Category &category) const
{
    CategoryRepository repository(m_db);
    if (category.parentId > 0) {
        const auto parent = repository.get(category.parentId);
        if (!parent)
            throw Error(Error::Kind::Validation, tr("所选上级类别不存在。"));
        if (parent->parentId != 0)
            throw Error(Error::Kind::Validation, tr("类别只有两级：上级类别必须是一级类别。"));
        if (parent->id == category.id)
            throw Error(Error::Kind::Validation, tr("类别不能是自己的上级。"));
        if (category.id > 0 && Query(m_db, u"SELECT COUNT(*) FROM categories WHERE parent_id = ?"_s)
                                       .bind(category.id)
                                       .scalar()
                                       .toInt() > 0)
            throw Error(Error::Kind::Validation, tr("该类别下还有子类别，不能再放到其他类别之下。"));
    }
    if (const auto same = repository.byCode(category.code); same && same->id != category.id)
        throw Error(Error::Kind::Validation,
                    tr("类别代码“%1”已被“%2”使用。").arg(category.code.trimmed(), same->name));
    if (category.defaultDepartmentId > 0) {
        const auto department = DepartmentRepository(m_db).get(category.defaultDepartmentId);
        if (!department)
            throw Error(Error::Kind::Validation, tr("所选默认处置部门不存在。"));
    }
}

qint64 CategoryService::create(Category &category)
{
    m_access.requireCountyManager();
    validate(category);
    Transaction tx(m_db);
    CategoryRepository(m_db).create(category);
    m_access.audit(u"categories"_s, category.id, u"insert"_s);
    tx.commit();
    return category.id;
}

void CategoryService::update(Category &category)
{
    m_access.requireCountyManager();
    const auto stored = get(category.id);
    if (!stored)
        throw Error(Error::Kind::NotFound, tr("该类别已被删除。"));
    validate(category);
    QStringList changed;
    const auto note = [&changed](bool differs, const QString &column) {
        if (differs)
            changed << column;
    };
    note(stored->code != category.code.trimmed(), u"code"_s);
    note(stored->defaultDepartmentId != category.defaultDepartmentId, u"default_department_id"_s);
    note(stored->defaultUrgency != category.defaultUrgency, u"default_urgency"_s);
    note(stored->name != category.name.trimmed(), u"name"_s);
    note(stored->parentId != category.parentId, u"parent_id"_s);
    note(stored->sortOrder != category.sortOrder, u"sort_order"_s);
    note(stored->timeLimitDays != category.timeLimitDays, u"time_limit_days"_s);
    note(stored->workingDays != category.workingDays, u"working_days"_s);
    note(stored->active != category.active, u"active"_s);
    Transaction tx(m_db);
    CategoryRepository(m_db).update(category);
    m_access.audit(u"categories"_s, category.id, u"update"_s, changed);
    tx.commit();
}

void CategoryService::setActive(Category &category, bool active)
{
    Category changed = category;
    changed.active = active;
    update(changed);
    category = changed;
}

CategoryService::References CategoryService::references(qint64 id) const
{
    References r;
    r.cases =
        Query(m_db, u"SELECT COUNT(*) FROM cases WHERE category_id = ?"_s).bind(id).scalar().toLongLong();
    r.children =
        Query(m_db, u"SELECT COUNT(*) FROM categories WHERE parent_id = ?"_s).bind(id).scalar().toLongLong();
    return r;
}

void CategoryService::remove(const Category &category)
{
    m_access.requireCountyManager();
    const auto stored = get(category.id);
    if (!stored)
        throw Error(Error::Kind::NotFound, tr("该类别已被删除。"));
    if (stored->version != category.version)
        throw Error(Error::Kind::Conflict, tr("该类别已被其他人修改，请重新载入后再编辑。"));
    Transaction tx(m_db);
    if (const References r = references(category.id); r.total() > 0) {
        QStringList parts;
        if (r.cases > 0)
            parts << tr("%n件案件", nullptr, int(r.cases));
        if (r.children > 0)
            parts << tr("%n个子类别", nullptr, int(r.children));
        throw Error(Error::Kind::Validation,
                    tr("“%1”仍被%2引用，不能删除；可将其停用。").arg(stored->name, parts.join(tr("、"))));
    }
    CategoryRepository(m_db).remove(category.id);
    m_access.audit(u"categories"_s, category.id, u"delete"_s);
    tx.commit();
}

} // namespace zz
