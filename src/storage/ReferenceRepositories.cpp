#include "ReferenceRepositories.h"

#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

const QString orgColumns = OrgUnitRepository::columns();

OrgUnit readOrgUnit(const Query &q)
{
    return OrgUnitRepository::fromRow(q);
}

QList<OrgUnit> readOrgUnits(Query &q)
{
    QList<OrgUnit> out;
    q.exec();
    while (q.next())
        out.append(readOrgUnit(q));
    return out;
}

} // namespace

qint64 OrgUnitRepository::create(OrgUnit &unit)
{
    InputLimits::check(unit);
    QString parentPath = u"/"_s;
    qint64 townshipId = 0;
    if (unit.parentId > 0) {
        const auto parent = get(unit.parentId);
        if (!parent)
            throw Error(Error::Kind::NotFound, tr("上级单位不存在。"));
        if (int(unit.level) != int(parent->level) + 1)
            throw Error(Error::Kind::Validation,
                        tr("“%1”的层级与上级单位“%2”不匹配。").arg(unit.name, parent->name));
        parentPath = path(parent->id);
        if (parent->level == OrgLevel::Township)
            townshipId = parent->id;
        else if (parent->level != OrgLevel::County)
            townshipId = Query(m_db, u"SELECT township_id FROM org_units WHERE id = ?"_s)
                             .bind(parent->id)
                             .scalar()
                             .toLongLong();
    } else if (unit.level != OrgLevel::County && unit.level != OrgLevel::Township) {
        throw Error(Error::Kind::Validation, tr("村(社区)和网格必须有上级单位。"));
    }
    if (unit.code.trimmed().isEmpty() || unit.name.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("单位代码和名称不能为空。"));

    Transaction tx(m_db);
    Query insert(m_db, u"INSERT INTO org_units (parent_id, code, name, level, township_id, path) "
                       "VALUES (?, ?, ?, ?, ?, '') RETURNING id"_s);
    insert.bindId(unit.parentId)
        .bind(unit.code.trimmed())
        .bind(unit.name.trimmed())
        .bind(int(unit.level))
        .bindId(townshipId);
    unit.id = insert.scalar().toLongLong();
    const QString ownPath = parentPath + QString::number(unit.id) + u'/';
    Query(m_db, u"UPDATE org_units SET path = ?, township_id = ? WHERE id = ?"_s)
        .bind(ownPath)
        .bindId(unit.level == OrgLevel::Township ? unit.id : townshipId)
        .bind(unit.id)
        .exec();
    tx.commit();
    return unit.id;
}

void OrgUnitRepository::rename(qint64 id, const QString &name)
{
    InputLimits::check(tr("单位名称"), name, InputLimits::orgUnitName);
    Query q(m_db, u"UPDATE org_units SET name = ? WHERE id = ?"_s);
    if (q.bind(name.trimmed()).bind(id).exec().rowsAffected() == 0)
        throw Error(Error::Kind::NotFound, tr("单位不存在。"));
}

QString OrgUnitRepository::columns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + u'.';
    return u"%1id, %1parent_id, %1code, %1name, %1level, %1active, %1special, %1local, %1version"_s.arg(p);
}

OrgUnit OrgUnitRepository::fromRow(const Query &q)
{
    OrgUnit u;
    u.id = q.int64(0);
    u.parentId = q.int64(1);
    u.code = q.text(2);
    u.name = q.text(3);
    u.level = OrgLevel(q.integer(4));
    u.active = q.boolean(5);
    u.special = q.boolean(6);
    u.local = q.boolean(7);
    u.version = q.integer(8);
    return u;
}

std::optional<OrgUnit> OrgUnitRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + orgColumns + u" FROM org_units WHERE id = ?"_s);
    q.bind(id).exec();
    if (q.next())
        return readOrgUnit(q);
    return std::nullopt;
}

std::optional<OrgUnit> OrgUnitRepository::byCode(const QString &code) const
{
    Query q(m_db, u"SELECT "_s + orgColumns + u" FROM org_units WHERE code = ?"_s);
    q.bind(code).exec();
    if (q.next())
        return readOrgUnit(q);
    return std::nullopt;
}

QList<OrgUnit> OrgUnitRepository::all() const
{
    Query q(m_db, u"SELECT "_s + orgColumns + u" FROM org_units ORDER BY level, code"_s);
    return readOrgUnits(q);
}

QList<OrgUnit> OrgUnitRepository::children(qint64 parentId) const
{
    Query q(m_db, u"SELECT "_s + orgColumns +
                      (parentId > 0 ? u" FROM org_units WHERE parent_id = ? ORDER BY code"_s
                                    : u" FROM org_units WHERE parent_id IS NULL ORDER BY code"_s));
    if (parentId > 0)
        q.bind(parentId);
    return readOrgUnits(q);
}

QList<OrgUnit> OrgUnitRepository::ancestors(qint64 id) const
{
    QList<OrgUnit> out;
    const QString unitPath = path(id);
    for (const QStringView part : QStringView(unitPath).split(u'/', Qt::SkipEmptyParts))
        if (const auto unit = get(part.toLongLong()))
            out.append(*unit);
    return out;
}

std::optional<OrgUnit> OrgUnitRepository::township(qint64 id) const
{
    const qint64 townshipId =
        Query(m_db, u"SELECT township_id FROM org_units WHERE id = ?"_s).bind(id).scalar().toLongLong();
    return townshipId > 0 ? get(townshipId) : std::nullopt;
}

QString OrgUnitRepository::path(qint64 id) const
{
    return Query(m_db, u"SELECT path FROM org_units WHERE id = ?"_s).bind(id).scalar().toString();
}

QList<OrgUnit> OrgUnitRepository::search(const QString &text, int limit) const
{
    Query q(
        m_db,
        u"SELECT "_s + orgColumns +
            u" FROM org_units WHERE name LIKE ? ESCAPE '\\' OR code LIKE ? ESCAPE '\\' ORDER BY level, code LIMIT ?"_s);
    const QString pattern = containsPattern(text.trimmed());
    q.bind(pattern).bind(pattern).bind(limit);
    return readOrgUnits(q);
}

void OrgUnitRepository::saveGrid(const Grid &grid)
{
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM grids WHERE org_unit_id = ?"_s).bind(grid.orgUnitId).exec();
    Query(m_db,
          u"INSERT INTO grids (org_unit_id, grid_type, households, boundary_geojson) VALUES (?, ?, ?, ?)"_s)
        .bind(grid.orgUnitId)
        .bind(code(grid.type))
        .bind(grid.households)
        .bind(grid.boundaryGeoJson.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(grid.boundaryGeoJson))
        .exec();
    tx.commit();
}

std::optional<Grid> OrgUnitRepository::grid(qint64 orgUnitId) const
{
    Query q(
        m_db,
        u"SELECT org_unit_id, grid_type, households, boundary_geojson FROM grids WHERE org_unit_id = ?"_s);
    q.bind(orgUnitId).exec();
    if (!q.next())
        return std::nullopt;
    Grid g;
    g.orgUnitId = q.int64(0);
    g.type = fromCode<GridType>(q.text(1)).value_or(GridType::Rural);
    g.households = q.integer(2);
    g.boundaryGeoJson = q.text(3);
    return g;
}

// ---------------------------------------------------------------- departments

namespace {
const QString departmentColumns = u"id, org_unit_id, name, kind, phone, sort_order, active, version"_s;

Department readDepartment(const Query &q)
{
    Department d;
    d.id = q.int64(0);
    d.orgUnitId = q.int64(1);
    d.name = q.text(2);
    d.kind = fromCode<DepartmentKind>(q.text(3)).value_or(DepartmentKind::Functional);
    d.phone = q.text(4);
    d.sortOrder = q.integer(5);
    d.active = q.boolean(6);
    d.version = q.integer(7);
    return d;
}
} // namespace

QString DepartmentRepository::columns()
{
    return departmentColumns;
}

Department DepartmentRepository::read(const Query &q)
{
    return readDepartment(q);
}

qint64 DepartmentRepository::create(Department &department)
{
    InputLimits::check(department);
    Query q(m_db, u"INSERT INTO departments (org_unit_id, name, kind, phone, sort_order, active) "
                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    department.id = q.bind(department.orgUnitId)
                        .bind(department.name.trimmed())
                        .bind(code(department.kind))
                        .bind(department.phone.trimmed())
                        .bind(department.sortOrder)
                        .bind(department.active)
                        .scalar()
                        .toLongLong();
    department.version = 1;
    return department.id;
}

void DepartmentRepository::update(Department &department)
{
    InputLimits::check(department);
    Query q(m_db, u"UPDATE departments SET org_unit_id = ?, name = ?, kind = ?, phone = ?, sort_order = ?, "
                  "active = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    q.bind(department.orgUnitId)
        .bind(department.name.trimmed())
        .bind(code(department.kind))
        .bind(department.phone.trimmed())
        .bind(department.sortOrder)
        .bind(department.active)
        .bind(department.id)
        .bind(department.version);
    if (q.exec().rowsAffected() == 0) {
        if (!get(department.id))
            throw Error(Error::Kind::NotFound, tr("该部门已被删除。"));
        throw Error(Error::Kind::Conflict, tr("该部门已被其他人修改，请重新载入后再编辑。"));
    }
    ++department.version;
}

void DepartmentRepository::remove(qint64 id)
{
    if (Query(m_db, u"DELETE FROM departments WHERE id = ?"_s).bind(id).exec().rowsAffected() == 0)
        throw Error(Error::Kind::NotFound, tr("该部门已被删除。"));
}

std::optional<Department> DepartmentRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + departmentColumns + u" FROM departments WHERE id = ?"_s);
    q.bind(id).exec();
    if (q.next())
        return readDepartment(q);
    return std::nullopt;
}

QList<Department> DepartmentRepository::list(qint64 orgUnitId, bool activeOnly) const
{
    QString sql = u"SELECT "_s + departmentColumns + u" FROM departments WHERE 1 = 1"_s;
    if (orgUnitId > 0)
        sql += u" AND org_unit_id = ?"_s;
    if (activeOnly)
        sql += u" AND active = ?"_s;
    Query q(m_db, sql + u" ORDER BY org_unit_id, sort_order, name, id"_s);
    if (orgUnitId > 0)
        q.bind(orgUnitId);
    if (activeOnly)
        q.bind(true);
    q.exec();
    QList<Department> out;
    while (q.next())
        out.append(readDepartment(q));
    return out;
}

// ---------------------------------------------------------------- categories

namespace {
const QString categoryColumns = u"id, parent_id, code, name, time_limit_days, working_days, "
                                u"default_department_id, active, default_urgency, sort_order, version"_s;
// Pickers and lists: the order a county set, then the name.
const QString categoryOrder = u" ORDER BY sort_order, name, id"_s;

Category readCategory(const Query &q)
{
    Category c;
    c.id = q.int64(0);
    c.parentId = q.int64(1);
    c.code = q.text(2);
    c.name = q.text(3);
    c.timeLimitDays = q.integer(4);
    c.workingDays = q.boolean(5);
    c.defaultDepartmentId = q.int64(6);
    c.active = q.boolean(7);
    c.defaultUrgency = fromCode<Urgency>(q.text(8)).value_or(Urgency::Normal);
    c.sortOrder = q.integer(9);
    c.version = q.integer(10);
    return c;
}

QList<Category> readCategories(Query &q)
{
    QList<Category> out;
    q.exec();
    while (q.next())
        out.append(readCategory(q));
    return out;
}
} // namespace

QString CategoryRepository::columns()
{
    return categoryColumns;
}

Category CategoryRepository::read(const Query &q)
{
    return readCategory(q);
}

void CategoryRepository::validate(const Category &category) const
{
    InputLimits::check(category);
    if (category.code.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写类别代码。"));
    if (category.name.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写类别名称。"));
    if (category.timeLimitDays <= 0)
        throw Error(Error::Kind::Validation, tr("办理时限必须大于0天。"));
    if (category.timeLimitDays > maxTimeLimitDays)
        throw Error(Error::Kind::Validation, tr("办理时限不能超过%1天。").arg(maxTimeLimitDays));
}

qint64 CategoryRepository::create(Category &category)
{
    validate(category);
    Query q(m_db, u"INSERT INTO categories (parent_id, code, name, time_limit_days, working_days, "
                  u"default_department_id, active, default_urgency, sort_order) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bindId(category.parentId)
        .bind(category.code.trimmed())
        .bind(category.name.trimmed())
        .bind(category.timeLimitDays)
        .bind(category.workingDays)
        .bindId(category.defaultDepartmentId)
        .bind(category.active)
        .bind(code(category.defaultUrgency))
        .bind(category.sortOrder);
    category.id = q.scalar().toLongLong();
    category.version = 1;
    return category.id;
}

void CategoryRepository::update(Category &category)
{
    validate(category);
    Query q(
        m_db,
        u"UPDATE categories SET parent_id = ?, code = ?, name = ?, time_limit_days = ?, working_days = ?, "
        "default_department_id = ?, active = ?, default_urgency = ?, sort_order = ?, version = version + 1 "
        "WHERE id = ? AND version = ?"_s);
    q.bindId(category.parentId)
        .bind(category.code.trimmed())
        .bind(category.name.trimmed())
        .bind(category.timeLimitDays)
        .bind(category.workingDays)
        .bindId(category.defaultDepartmentId)
        .bind(category.active)
        .bind(code(category.defaultUrgency))
        .bind(category.sortOrder)
        .bind(category.id)
        .bind(category.version);
    if (q.exec().rowsAffected() == 0) {
        if (!get(category.id))
            throw Error(Error::Kind::NotFound, tr("该类别已被删除。"));
        throw Error(Error::Kind::Conflict, tr("该类别已被其他人修改，请重新载入后再编辑。"));
    }
    ++category.version;
}

void CategoryRepository::remove(qint64 id)
{
    if (Query(m_db, u"DELETE FROM categories WHERE id = ?"_s).bind(id).exec().rowsAffected() == 0)
        throw Error(Error::Kind::NotFound, tr("该类别已被删除。"));
}

std::optional<Category> CategoryRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + categoryColumns + u" FROM categories WHERE id = ?"_s);
    q.bind(id).exec();
    if (q.next())
        return readCategory(q);
    return std::nullopt;
}

std::optional<Category> CategoryRepository::byCode(const QString &code) const
{
    Query q(m_db, u"SELECT "_s + categoryColumns + u" FROM categories WHERE code = ?"_s);
    q.bind(code.trimmed()).exec();
    if (q.next())
        return readCategory(q);
    return std::nullopt;
}

QList<Category> CategoryRepository::all(bool activeOnly) const
{
    Query q(m_db, u"SELECT "_s + categoryColumns +
                      (activeOnly ? u" FROM categories WHERE active = ?"_s : u" FROM categories"_s) +
                      categoryOrder);
    if (activeOnly)
        q.bind(true);
    return readCategories(q);
}

QList<Category> CategoryRepository::children(qint64 parentId) const
{
    Query q(m_db, u"SELECT "_s + categoryColumns +
                      (parentId > 0 ? u" FROM categories WHERE parent_id = ?"_s
                                    : u" FROM categories WHERE parent_id IS NULL"_s) +
                      categoryOrder);
    if (parentId > 0)
        q.bind(parentId);
    return readCategories(q);
}

QList<Category> CategoryRepository::search(const QString &text, int limit) const
{
    Query q(m_db, u"SELECT "_s + categoryColumns +
                      u" FROM categories WHERE active = ? AND name LIKE ? ESCAPE '\\'"_s + categoryOrder +
                      u" LIMIT ?"_s);
    q.bind(true).bind(containsPattern(text.trimmed())).bind(limit);
    return readCategories(q);
}

// ---------------------------------------------------------------- users

namespace {
const QString userColumns = u"id, login, display_name, roles, org_unit_id, department_id, active, version"_s;

User readUser(const Query &q)
{
    User u;
    u.id = q.int64(0);
    u.login = q.text(1);
    u.displayName = q.text(2);
    u.roles = rolesFromCodes(q.text(3));
    u.orgUnitId = q.int64(4);
    u.departmentId = q.int64(5);
    u.active = q.boolean(6);
    u.version = q.integer(7);
    return u;
}
} // namespace

qint64 UserRepository::create(User &user, const QString &passwordHash)
{
    InputLimits::check(user);
    if (user.login.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("登录名不能为空。"));
    if (byLogin(user.login.trimmed()))
        throw Error(Error::Kind::Validation, tr("登录名“%1”已被使用。").arg(user.login.trimmed()));
    Query q(m_db, u"INSERT INTO users (login, display_name, roles, org_unit_id, department_id, "
                  u"password_hash, active, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.bind(user.login.trimmed())
        .bind(user.displayName.trimmed())
        .bind(rolesToCodes(user.roles))
        .bind(user.orgUnitId)
        .bindId(user.departmentId)
        .bind(passwordHash)
        .bind(user.active)
        .bind(QDateTime::currentSecsSinceEpoch());
    user.id = q.scalar().toLongLong();
    user.version = 1;
    return user.id;
}

void UserRepository::update(User &user)
{
    InputLimits::check(user);
    Query q(m_db,
            u"UPDATE users SET display_name = ?, roles = ?, org_unit_id = ?, department_id = ?, active = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"_s);
    q.bind(user.displayName.trimmed())
        .bind(rolesToCodes(user.roles))
        .bind(user.orgUnitId)
        .bindId(user.departmentId)
        .bind(user.active)
        .bind(user.id)
        .bind(user.version);
    if (q.exec().rowsAffected() == 0) {
        if (!get(user.id))
            throw Error(Error::Kind::NotFound, tr("账号不存在。"));
        throw Error(Error::Kind::Conflict, tr("此账号已被其他人修改,请重新载入后再编辑。"));
    }
    ++user.version;
}

std::optional<User> UserRepository::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + userColumns + u" FROM users WHERE id = ?"_s);
    q.bind(id).exec();
    if (q.next())
        return readUser(q);
    return std::nullopt;
}

std::optional<User> UserRepository::byLogin(const QString &login) const
{
    Query q(m_db, u"SELECT "_s + userColumns + u" FROM users WHERE login = ?"_s);
    q.bind(login).exec();
    if (q.next())
        return readUser(q);
    return std::nullopt;
}

QList<User> UserRepository::list() const
{
    Query q(m_db, u"SELECT "_s + userColumns + u" FROM users ORDER BY login"_s);
    q.exec();
    QList<User> out;
    while (q.next())
        out.append(readUser(q));
    return out;
}

// ---------------------------------------------------------------- calendar, settings

WorkCalendar CalendarRepository::load() const
{
    WorkCalendar calendar;
    Query q(m_db, u"SELECT day, is_workday, name FROM holidays"_s);
    q.exec();
    while (q.next())
        calendar.setDay(QDate::fromString(q.text(0), Qt::ISODate), q.boolean(1), q.text(2));
    return calendar;
}

void CalendarRepository::setDay(QDate day, bool isWorkday, const QString &name)
{
    InputLimits::check(QCoreApplication::translate("zz::InputLimits", "节假日名称"), name,
                       InputLimits::holidayName);
    Transaction tx(m_db);
    const QString key = day.toString(Qt::ISODate);
    Query(m_db, u"DELETE FROM holidays WHERE day = ?"_s).bind(key).exec();
    Query(m_db, u"INSERT INTO holidays (day, is_workday, name) VALUES (?, ?, ?)"_s)
        .bind(key)
        .bind(isWorkday)
        .bind(name)
        .exec();
    tx.commit();
}

int CalendarRepository::seedFromBundled()
{
    Transaction tx(m_db);
    if (Query(m_db, u"SELECT COUNT(*) FROM holidays"_s).scalar().toInt() > 0)
        return 0;
    const WorkCalendar bundled = WorkCalendar::bundled();
    const auto days = bundled.overrides();
    Query insert(m_db, u"INSERT INTO holidays (day, is_workday, name) VALUES (?, ?, ?)"_s);
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        insert.bind(it.key().toString(Qt::ISODate))
            .bind(it.value())
            .bind(bundled.holidayName(it.key()))
            .exec();
    }
    tx.commit();
    return int(days.size());
}

int CalendarRepository::replaceYear(int year, const WorkCalendar &source)
{
    const auto days = source.overrides();
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key().year() == year)
            InputLimits::check(QCoreApplication::translate("zz::InputLimits", "节假日名称"),
                               source.holidayName(it.key()), InputLimits::holidayName);
    }
    Transaction tx(m_db);
    // Days are stored as ISO text, so a year is a range of strings.
    Query(m_db, u"DELETE FROM holidays WHERE day >= ? AND day <= ?"_s)
        .bind(QDate(year, 1, 1).toString(Qt::ISODate))
        .bind(QDate(year, 12, 31).toString(Qt::ISODate))
        .exec();
    Query insert(m_db, u"INSERT INTO holidays (day, is_workday, name) VALUES (?, ?, ?)"_s);
    int written = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        if (it.key().year() != year)
            continue;
        insert.bind(it.key().toString(Qt::ISODate))
            .bind(it.value())
            .bind(source.holidayName(it.key()))
            .exec();
        ++written;
    }
    tx.commit();
    return written;
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    Query q(m_db, u"SELECT value FROM settings WHERE key = ?"_s);
    q.bind(key).exec();
    return q.next() ? q.text(0) : fallback;
}

void SettingsRepository::setValue(const QString &key, const QString &value)
{
    // Settings hold what the program writes (JSON, names); their length is the writer's business.
    if (const Validation v =
            InputLimits::validateCharacters(QCoreApplication::translate("zz::InputLimits", "设置"), value);
        !v)
        throw Error(Error::Kind::Validation, v.message);
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM settings WHERE key = ?"_s).bind(key).exec();
    Query(m_db, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s).bind(key).bind(value).exec();
    tx.commit();
}

} // namespace zz
