#include "OrgUnitService.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Permissions.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

// Local codes. National (NBS) division codes are digits only: 6 for a county, 9 for a township, 12
// for a village or community. A unit the center adds itself gets its parent's code followed by "L"
// and a three-digit number (a township under 411502: 411502L001; a village under 411502001:
// 411502001L001): the letter keeps it from ever equalling a national code, and it still sorts and
// searches under its parent. Grids are never national units: like the demo data they get the
// village's code followed by a three-digit number (411502001001 → 411502001001001), fifteen digits
// or more, again no national code. A local code edited by hand must not take a national code's
// shape either.
//
// Moving a village. Its subtree's paths and township change, and so do its cases' org_path and
// township_id (case_status_counts follow through the cases' triggers). A case keeps the case_no it
// was issued under; (township_id, year, seq) is unique per numbering township, so a moved case's
// seq becomes minus its id: never a number the new township issues (its counter only counts up and
// is not touched), unique, and telling that the number came from elsewhere. A case handled at the
// old township's level is handled by the new township's center from then on.

namespace zz {

namespace {

const QString nodeColumns = OrgUnitRepository::columns(u"o"_s);

OrgUnit readUnit(const Query &q)
{
    return OrgUnitRepository::fromRow(q);
}

// The upper bound of a path range: paths are digits and '/', all below '~'.
QString pathEnd(const QString &path)
{
    return path + u'~';
}

QString levelName(OrgLevel level)
{
    switch (level) {
    case OrgLevel::County:
        return OrgUnitService::tr("县(区)");
    case OrgLevel::Township:
        return OrgUnitService::tr("乡镇(街道)");
    case OrgLevel::Village:
        return OrgUnitService::tr("村(社区)");
    case OrgLevel::Grid:
        return OrgUnitService::tr("网格");
    }
    return {};
}

} // namespace

OrgUnitService::OrgUnitService(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{}

QString OrgUnitService::ownPath() const
{
    if (m_ownPath.isEmpty() && m_actor.orgUnitId > 0)
        m_ownPath = OrgUnitRepository(m_db).path(m_actor.orgUnitId);
    return m_ownPath;
}

bool OrgUnitService::mayManage() const
{
    return Permissions::allows(m_actor.roles, Permission::ManageReferenceData);
}

bool OrgUnitService::mayEdit(const OrgUnit &unit) const
{
    if (!mayManage() || unit.id <= 0)
        return false;
    const QString own = ownPath();
    const QString path = OrgUnitRepository(m_db).path(unit.id);
    return !own.isEmpty() && path.startsWith(own) && path != own;
}

bool OrgUnitService::mayAddChild(const OrgUnit &parent) const
{
    if (!mayManage() || parent.level == OrgLevel::Grid)
        return false;
    const QString own = ownPath();
    return !own.isEmpty() && OrgUnitRepository(m_db).path(parent.id).startsWith(own);
}

bool OrgUnitService::mayMove() const
{
    if (!mayManage() || m_actor.orgUnitId <= 0)
        return false;
    const auto own = get(m_actor.orgUnitId);
    return own && own->parentId == 0;
}

std::optional<OrgUnit> OrgUnitService::get(qint64 id) const
{
    Query q(m_db, u"SELECT "_s + nodeColumns + u" FROM org_units o WHERE o.id = ?"_s);
    q.bind(id).exec();
    if (q.next())
        return readUnit(q);
    return std::nullopt;
}

QList<OrgUnitNode> OrgUnitService::children(qint64 parentId, bool includeInactive, int offset,
                                            int limit) const
{
    const QString activeChild = includeInactive ? QString() : u" AND c.active"_s;
    Query q(m_db,
            u"SELECT "_s + nodeColumns + u", (SELECT COUNT(*) FROM org_units c WHERE c.parent_id = o.id"_s +
                activeChild + u") FROM org_units o WHERE "_s +
                (parentId > 0 ? u"o.parent_id = ?"_s : u"o.parent_id IS NULL"_s) +
                (includeInactive ? QString() : u" AND o.active"_s) + u" ORDER BY o.code LIMIT ? OFFSET ?"_s);
    if (parentId > 0)
        q.bind(parentId);
    q.bind(qBound(1, limit, maxPage)).bind(qMax(0, offset)).exec();
    QList<OrgUnitNode> out;
    while (q.next())
        out.append(OrgUnitNode{readUnit(q), q.integer(9)});
    return out;
}

int OrgUnitService::childCount(qint64 parentId, bool includeInactive) const
{
    Query q(m_db, u"SELECT COUNT(*) FROM org_units o WHERE "_s +
                      (parentId > 0 ? u"o.parent_id = ?"_s : u"o.parent_id IS NULL"_s) +
                      (includeInactive ? QString() : u" AND o.active"_s));
    if (parentId > 0)
        q.bind(parentId);
    return q.scalar().toInt();
}

QList<OrgUnit> OrgUnitService::search(const QString &text, bool includeInactive, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // A code typed from its start seeks the unique index; names are matched anywhere.
    Query q(m_db, u"SELECT "_s + nodeColumns +
                      u" FROM org_units o WHERE (o.name LIKE ? ESCAPE '\\' OR o.code LIKE ? ESCAPE '\\')"_s +
                      (includeInactive ? QString() : u" AND o.active"_s) +
                      u" ORDER BY o.level, o.code LIMIT ?"_s);
    const QString pattern = containsPattern(trimmed);
    q.bind(pattern).bind(pattern).bind(qBound(1, limit, maxPage)).exec();
    QList<OrgUnit> out;
    while (q.next())
        out.append(readUnit(q));
    return out;
}

QList<OrgUnitHit> OrgUnitService::find(const QString &text, bool includeInactive, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    Query q(m_db, u"SELECT "_s + nodeColumns +
                      u", p.name FROM org_units o LEFT JOIN org_units p ON p.id = o.parent_id "
                      "WHERE (o.name LIKE ? ESCAPE '\\' OR o.code LIKE ? ESCAPE '\\')"_s +
                      (includeInactive ? QString() : u" AND o.active"_s) +
                      u" ORDER BY o.level, o.code LIMIT ?"_s);
    const QString pattern = containsPattern(trimmed);
    q.bind(pattern).bind(pattern).bind(qBound(1, limit, maxPage)).exec();
    QList<OrgUnitHit> out;
    while (q.next())
        out.append(OrgUnitHit{readUnit(q), q.text(9)});
    return out;
}

QList<OrgUnit> OrgUnitService::ancestors(qint64 id) const
{
    QList<OrgUnit> out;
    const QString path = OrgUnitRepository(m_db).path(id);
    const QList<QStringView> parts = QStringView(path).split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return out;
    Query q(m_db, u"SELECT "_s + nodeColumns + u" FROM org_units o WHERE o.id IN ("_s +
                      inListMarkers(parts.size()) + u") ORDER BY o.level"_s);
    for (const QStringView part : parts)
        q.bind(part.toLongLong());
    q.exec();
    while (q.next())
        out.append(readUnit(q));
    return out;
}

bool OrgUnitService::looksLikeNationalCode(const QString &code)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    const qsizetype n = code.size();
    return (n == 6 || n == 9 || n == 12) && digits.match(code).hasMatch();
}

QString OrgUnitService::nextLocalCode(const OrgUnit &parent) const
{
    // Grids: the village's code and a number; other units: the parent's code, "L" and a number.
    const QString prefix = parent.level == OrgLevel::Village ? parent.code : parent.code + u'L';
    Query q(m_db, u"SELECT code FROM org_units WHERE parent_id = ?"_s);
    q.bind(parent.id).exec();
    int highest = 0;
    while (q.next()) {
        const QString code = q.text(0);
        if (!code.startsWith(prefix) || code.size() - prefix.size() < 3)
            continue;
        bool ok = false;
        const int n = QStringView(code).mid(prefix.size()).toInt(&ok);
        if (ok && n > highest)
            highest = n;
    }
    // A unit moved here from elsewhere keeps its code, so the number is checked county-wide.
    for (int n = highest + 1;; ++n) {
        const QString code = prefix + u"%1"_s.arg(n, 3, 10, QChar(u'0'));
        if (Query(m_db, u"SELECT COUNT(*) FROM org_units WHERE code = ?"_s).bind(code).scalar().toInt() == 0)
            return code;
    }
}

const OrgUnit OrgUnitService::requireEditable(qint64 id, int version) const
{
    if (!mayManage())
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以修改组织机构。"));
    const auto stored = get(id);
    if (!stored)
        throw Error(Error::Kind::NotFound, tr("该单位已被删除。"));
    if (!mayEdit(*stored))
        throw Error(Error::Kind::Forbidden, tr("只能修改本单位下级的单位。"));
    if (version != stored->version)
        throw Error(Error::Kind::Conflict, tr("“%1”已被其他人修改，请重新载入后再编辑。").arg(stored->name));
    return *stored;
}

void OrgUnitService::audit(qint64 id, const QString &detail) const
{
    if (m_db.isPostgres())
        return; // zz_audit_reference() (migration 0008) writes the rows as the session's account
    AuditLog(m_db, m_clock).record(m_actor, {}, u"reference_change"_s, u"org_units"_s, id, detail);
}

OrgUnit OrgUnitService::addChild(qint64 parentId, const QString &name, const QString &requestedCode)
{
    if (!mayManage())
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以修改组织机构。"));
    const auto parent = get(parentId);
    if (!parent)
        throw Error(Error::Kind::NotFound, tr("上级单位已被删除。"));
    if (parent->level == OrgLevel::Grid)
        throw Error(Error::Kind::Validation, tr("网格下不能再设下级单位。"));
    if (!mayAddChild(*parent))
        throw Error(Error::Kind::Forbidden, tr("只能在本单位及其下级单位中新增单位。"));
    if (!parent->active)
        throw Error(Error::Kind::Validation, tr("“%1”已停用，不能在其下新增单位。").arg(parent->name));
    OrgUnit unit;
    unit.parentId = parent->id;
    unit.level = OrgLevel(int(parent->level) + 1);
    unit.name = name.simplified();
    unit.code = requestedCode.trimmed();
    unit.local = true;
    if (unit.name.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写%1名称。").arg(levelName(unit.level)));

    Transaction tx(m_db);
    if (unit.code.isEmpty())
        unit.code = nextLocalCode(*parent);
    else if (looksLikeNationalCode(unit.code))
        throw Error(
            Error::Kind::Validation,
            tr("“%1”是国家统计用区划代码的格式；自行新增的单位请留空由系统生成，或使用含字母的本地代码。")
                .arg(unit.code));
    InputLimits::check(unit);
    if (Query(m_db, u"SELECT COUNT(*) FROM org_units WHERE code = ?"_s).bind(unit.code).scalar().toInt() > 0)
        throw Error(Error::Kind::Validation, tr("单位代码“%1”已被使用。").arg(unit.code));
    if (Query(m_db, u"SELECT COUNT(*) FROM org_units WHERE parent_id = ? AND name = ?"_s)
            .bind(parent->id)
            .bind(unit.name)
            .scalar()
            .toInt() > 0)
        throw Error(Error::Kind::Validation, tr("“%1”下已有名为“%2”的单位。").arg(parent->name, unit.name));
    OrgUnitRepository(m_db).create(unit);
    Query(m_db, u"UPDATE org_units SET local = ? WHERE id = ?"_s).bind(true).bind(unit.id).exec();
    if (unit.level == OrgLevel::Grid)
        Query(m_db, u"INSERT INTO grids (org_unit_id, grid_type, households) VALUES (?, ?, 0)"_s)
            .bind(unit.id)
            .bind(code(parent->name.endsWith(u"社区"_s) ? GridType::Building : GridType::Rural))
            .exec();
    audit(unit.id,
          u"insert org_units %1 level=%2 code=%3"_s.arg(unit.id).arg(int(unit.level)).arg(unit.code));
    tx.commit();
    return *get(unit.id);
}

void OrgUnitService::update(OrgUnit &unit)
{
    Transaction tx(m_db);
    const OrgUnit stored = requireEditable(unit.id, unit.version);
    OrgUnit next = stored;
    next.name = unit.name.simplified();
    if (next.name.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写%1名称。").arg(levelName(stored.level)));
    const QString newCode = unit.code.trimmed();
    QStringList changed;
    if (newCode != stored.code) {
        if (!stored.local)
            throw Error(Error::Kind::Validation,
                        tr("“%1”的代码是国家统计用区划代码，不能修改。").arg(stored.name));
        if (newCode.isEmpty())
            throw Error(Error::Kind::Validation, tr("请填写单位代码。"));
        if (looksLikeNationalCode(newCode))
            throw Error(
                Error::Kind::Validation,
                tr("“%1”是国家统计用区划代码的格式，本地单位的代码须含字母或多于12位数字。").arg(newCode));
        if (Query(m_db, u"SELECT COUNT(*) FROM org_units WHERE code = ? AND id <> ?"_s)
                .bind(newCode)
                .bind(stored.id)
                .scalar()
                .toInt() > 0)
            throw Error(Error::Kind::Validation, tr("单位代码“%1”已被使用。").arg(newCode));
        next.code = newCode;
        changed << u"code"_s;
    }
    if (next.name != stored.name) {
        if (Query(m_db, u"SELECT COUNT(*) FROM org_units WHERE parent_id = ? AND name = ? AND id <> ?"_s)
                .bindId(stored.parentId)
                .bind(next.name)
                .bind(stored.id)
                .scalar()
                .toInt() > 0)
            throw Error(Error::Kind::Validation, tr("同一上级下已有名为“%1”的单位。").arg(next.name));
        changed << u"name"_s;
    }
    InputLimits::check(next);
    if (changed.isEmpty()) {
        unit = stored;
        return;
    }
    Query q(m_db,
            u"UPDATE org_units SET name = ?, code = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    if (q.bind(next.name).bind(next.code).bind(stored.id).bind(stored.version).exec().rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("“%1”已被其他人修改，请重新载入后再编辑。").arg(stored.name));
    audit(stored.id, u"update org_units %1 changed=%2"_s.arg(stored.id).arg(changed.join(u',')));
    tx.commit();
    unit = next;
    unit.version = stored.version + 1;
}

void OrgUnitService::setActive(OrgUnit &unit, bool active)
{
    Transaction tx(m_db);
    const OrgUnit stored = requireEditable(unit.id, unit.version);
    if (stored.active == active) {
        unit = stored;
        return;
    }
    if (active && stored.parentId > 0) {
        const auto parent = get(stored.parentId);
        if (parent && !parent->active)
            throw Error(Error::Kind::Validation,
                        tr("上级单位“%1”已停用，请先启用上级单位。").arg(parent->name));
    }
    Query q(m_db, u"UPDATE org_units SET active = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    if (q.bind(active).bind(stored.id).bind(stored.version).exec().rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("“%1”已被其他人修改，请重新载入后再编辑。").arg(stored.name));
    audit(stored.id, u"update org_units %1 changed=active"_s.arg(stored.id));
    tx.commit();
    unit = stored;
    unit.active = active;
    unit.version = stored.version + 1;
}

OrgUnitReferences OrgUnitService::references(qint64 id) const
{
    OrgUnitReferences r;
    const auto count = [&](const QString &sql, int binds) {
        Query q(m_db, sql);
        for (int i = 0; i < binds; ++i)
            q.bind(id);
        return q.scalar().toLongLong();
    };
    r.children = count(u"SELECT COUNT(*) FROM org_units WHERE parent_id = ?"_s, 1);
    r.cases = count(u"SELECT COUNT(*) FROM ("
                    "SELECT id FROM cases WHERE org_unit_id = ? OR township_id = ? OR level_org_unit_id = ? "
                    "UNION SELECT case_id FROM case_flow WHERE from_org_unit_id = ? OR to_org_unit_id = ? "
                    "UNION SELECT case_id FROM case_copies WHERE org_unit_id = ?) AS x"_s,
                    6);
    r.workers = count(u"SELECT COUNT(*) FROM (SELECT id FROM workers WHERE org_unit_id = ? "
                      "UNION SELECT worker_id FROM worker_grids WHERE grid_id = ?) AS x"_s,
                      2);
    r.departments = count(u"SELECT COUNT(*) FROM departments WHERE org_unit_id = ?"_s, 1);
    r.accounts = count(u"SELECT COUNT(*) FROM users WHERE org_unit_id = ?"_s, 1);
    // A township whose cases all moved away still issued their numbers (its code is in them). On
    // PostgreSQL no account reads the counters: the server's foreign key refuses the delete instead.
    if (!m_db.isPostgres())
        r.caseNumbers =
            count(u"SELECT COALESCE(SUM(last_seq), 0) FROM case_counters WHERE township_id = ?"_s, 1);
    return r;
}

void OrgUnitService::remove(const OrgUnit &unit)
{
    Transaction tx(m_db);
    const OrgUnit stored = requireEditable(unit.id, unit.version);
    const OrgUnitReferences r = references(stored.id);
    if (r.total() > 0) {
        QStringList parts;
        if (r.children)
            parts << tr("%n个下级单位", nullptr, int(r.children));
        if (r.cases)
            parts << tr("%n件案件", nullptr, int(r.cases));
        if (r.workers)
            parts << tr("%n名网格员", nullptr, int(r.workers));
        if (r.departments)
            parts << tr("%n个部门", nullptr, int(r.departments));
        if (r.accounts)
            parts << tr("%n个账号", nullptr, int(r.accounts));
        if (r.caseNumbers && !r.cases)
            parts << tr("已发出的%n个案件编号", nullptr, int(r.caseNumbers));
        throw Error(Error::Kind::Validation,
                    tr("“%1”仍有%2，不能删除；可将其停用。").arg(stored.name, parts.join(tr("、"))));
    }
    Query(m_db, u"DELETE FROM grids WHERE org_unit_id = ?"_s).bind(stored.id).exec();
    Query q(m_db, u"DELETE FROM org_units WHERE id = ? AND version = ?"_s);
    try {
        q.bind(stored.id).bind(stored.version).exec();
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Validation)
            throw;
        throw Error(Error::Kind::Validation,
                    tr("“%1”仍被其他数据(如已发出的案件编号)引用，不能删除；可将其停用。").arg(stored.name),
                    error.detail());
    }
    if (q.rowsAffected() != 1)
        throw Error(Error::Kind::Conflict, tr("“%1”已被其他人修改，请重新载入后再编辑。").arg(stored.name));
    audit(stored.id, u"delete org_units %1 code=%2"_s.arg(stored.id).arg(stored.code));
    tx.commit();
}

qint64 OrgUnitService::casesWithin(qint64 id) const
{
    const QString path = OrgUnitRepository(m_db).path(id);
    if (path.isEmpty())
        return 0;
    return Query(m_db, u"SELECT COUNT(*) FROM cases WHERE org_path >= ? AND org_path < ?"_s)
        .bind(path)
        .bind(pathEnd(path))
        .scalar()
        .toLongLong();
}

qint64 OrgUnitService::moveVillage(OrgUnit &village, qint64 newTownshipId)
{
    if (!mayMove())
        throw Error(Error::Kind::Forbidden, tr("只有县级管理员可以把村(社区)调整到其他乡镇(街道)。"));
    Transaction tx(m_db);
    const auto stored = get(village.id);
    if (!stored)
        throw Error(Error::Kind::NotFound, tr("该单位已被删除。"));
    if (stored->version != village.version)
        throw Error(Error::Kind::Conflict, tr("“%1”已被其他人修改，请重新载入后再编辑。").arg(stored->name));
    if (stored->level != OrgLevel::Village)
        throw Error(Error::Kind::Validation, tr("只能调整村(社区)的所属乡镇(街道)。"));
    const auto target = get(newTownshipId);
    if (!target || target->level != OrgLevel::Township)
        throw Error(Error::Kind::Validation, tr("请选择要调入的乡镇(街道)。"));
    if (target->id == stored->parentId)
        throw Error(Error::Kind::Validation, tr("“%1”已属于“%2”。").arg(stored->name, target->name));
    if (!target->active)
        throw Error(Error::Kind::Validation, tr("“%1”已停用，不能调入。").arg(target->name));

    qint64 moved = 0;
    if (m_db.isPostgres()) {
        // The server checks the caller, moves the subtree and its cases and audits, in one call.
        try {
            moved = Query(m_db, u"SELECT zz_org_unit_move(?, ?, ?)"_s)
                        .bind(stored->id)
                        .bind(target->id)
                        .bind(stored->version)
                        .scalar()
                        .toLongLong();
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::Conflict)
                throw Error(Error::Kind::Conflict,
                            tr("“%1”已被其他人修改，请重新载入后再编辑。").arg(stored->name), error.detail());
            throw;
        }
    } else {
        const qint64 oldTownshipId = stored->parentId;
        const QString oldPath = OrgUnitRepository(m_db).path(stored->id);
        const QString newPath = OrgUnitRepository(m_db).path(target->id) + QString::number(stored->id) + u'/';
        Query q(m_db,
                u"UPDATE org_units SET parent_id = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
        if (q.bind(target->id).bind(stored->id).bind(stored->version).exec().rowsAffected() != 1)
            throw Error(Error::Kind::Conflict,
                        tr("“%1”已被其他人修改，请重新载入后再编辑。").arg(stored->name));
        Query(m_db, u"UPDATE org_units SET path = ? || substr(path, ?), township_id = ? "
                    "WHERE path >= ? AND path < ?"_s)
            .bind(newPath)
            .bind(oldPath.size() + 1)
            .bind(target->id)
            .bind(oldPath)
            .bind(pathEnd(oldPath))
            .exec();
        moved = Query(m_db,
                      u"UPDATE cases SET org_path = ? || substr(org_path, ?), township_id = ?, seq = -id, "
                      "level_org_unit_id = CASE WHEN level_org_unit_id = ? THEN ? ELSE level_org_unit_id END "
                      "WHERE org_path >= ? AND org_path < ?"_s)
                    .bind(newPath)
                    .bind(oldPath.size() + 1)
                    .bind(target->id)
                    .bind(oldTownshipId)
                    .bind(target->id)
                    .bind(oldPath)
                    .bind(pathEnd(oldPath))
                    .exec()
                    .rowsAffected();
        Query(
            m_db,
            u"INSERT INTO org_unit_moves (unit_id, from_parent_id, to_parent_id, cases, moved_at, moved_by) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s)
            .bind(stored->id)
            .bind(oldTownshipId)
            .bind(target->id)
            .bind(moved)
            .bind(m_clock.now().toSecsSinceEpoch())
            .bindId(m_actor.userId)
            .exec();
        audit(stored->id, u"move org_units %1 parent=%2->%3 cases=%4"_s.arg(stored->id)
                              .arg(oldTownshipId)
                              .arg(target->id)
                              .arg(moved));
    }
    tx.commit();
    village = *get(stored->id);
    return moved;
}

std::optional<Grid> OrgUnitService::grid(qint64 gridUnitId) const
{
    Query q(m_db, u"SELECT org_unit_id, grid_type, households, boundary_geojson, version FROM grids "
                  "WHERE org_unit_id = ?"_s);
    q.bind(gridUnitId).exec();
    if (!q.next())
        return std::nullopt;
    Grid g;
    g.orgUnitId = q.int64(0);
    g.type = fromCode<GridType>(q.text(1)).value_or(GridType::Rural);
    g.households = q.integer(2);
    g.boundaryGeoJson = q.text(3);
    g.version = q.integer(4);
    return g;
}

void OrgUnitService::saveGrid(Grid &grid)
{
    if (!mayManage())
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以修改组织机构。"));
    const auto unit = get(grid.orgUnitId);
    if (!unit)
        throw Error(Error::Kind::NotFound, tr("该单位已被删除。"));
    if (unit->level != OrgLevel::Grid)
        throw Error(Error::Kind::Validation, tr("“%1”不是网格。").arg(unit->name));
    if (!mayEdit(*unit))
        throw Error(Error::Kind::Forbidden, tr("只能修改本单位下级的单位。"));
    if (grid.households < 0 || grid.households > 1000000)
        throw Error(Error::Kind::Validation, tr("户数须在0到1000000之间。"));
    const QVariant boundary = grid.boundaryGeoJson.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                             : QVariant(grid.boundaryGeoJson);
    Transaction tx(m_db);
    const auto stored = this->grid(grid.orgUnitId);
    if (!stored) {
        Query(
            m_db,
            u"INSERT INTO grids (org_unit_id, grid_type, households, boundary_geojson) VALUES (?, ?, ?, ?)"_s)
            .bind(grid.orgUnitId)
            .bind(code(grid.type))
            .bind(grid.households)
            .bind(boundary)
            .exec();
        grid.version = 1;
    } else {
        Query q(
            m_db,
            u"UPDATE grids SET grid_type = ?, households = ?, boundary_geojson = ?, version = version + 1 "
            "WHERE org_unit_id = ? AND version = ?"_s);
        q.bind(code(grid.type)).bind(grid.households).bind(boundary).bind(grid.orgUnitId).bind(grid.version);
        if (q.exec().rowsAffected() != 1)
            throw Error(Error::Kind::Conflict,
                        tr("网格“%1”已被其他人修改，请重新载入后再编辑。").arg(unit->name));
        ++grid.version;
    }
    if (!m_db.isPostgres()) {
        QStringList changed;
        if (!stored || stored->type != grid.type)
            changed << u"grid_type"_s;
        if (!stored || stored->households != grid.households)
            changed << u"households"_s;
        if (!stored || stored->boundaryGeoJson != grid.boundaryGeoJson)
            changed << u"boundary_geojson"_s;
        AuditLog(m_db, m_clock)
            .record(m_actor, {}, u"reference_change"_s, u"grids"_s, grid.orgUnitId,
                    u"%1 grids %2 changed=%3"_s.arg(stored ? u"update"_s : u"insert"_s)
                        .arg(grid.orgUnitId)
                        .arg(changed.join(u',')));
    }
    tx.commit();
}

QList<GridWorkerLine> OrgUnitService::gridWorkers(qint64 gridUnitId) const
{
    Query q(m_db, u"SELECT w.id, w.name, w.code, g.from_date, g.is_head FROM worker_grids g "
                  "JOIN workers w ON w.id = g.worker_id WHERE g.grid_id = ? AND g.to_date IS NULL "
                  "ORDER BY g.is_head DESC, w.name"_s);
    q.bind(gridUnitId).exec();
    QList<GridWorkerLine> out;
    while (q.next())
        out.append(GridWorkerLine{q.int64(0), q.text(1), q.text(2), QDate::fromString(q.text(3), Qt::ISODate),
                                  q.boolean(4)});
    return out;
}

} // namespace zz
