#include "DivisionLoader.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// Rows per INSERT: a few hundred bound values, well inside both engines' limits.
constexpr int batchRows = 100;

struct Existing
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString code;
    QString name;
};

QString nameKey(qint64 parentId, int level, const QString &name)
{
    return QString::number(parentId) + u'|' + QString::number(level) + u'|' + name;
}

} // namespace

DivisionLoader::DivisionLoader(const Clock &clock, const Actor &actor, const DivisionCatalog &catalog)
    : m_clock(clock), m_actor(actor), m_catalog(catalog)
{}

DivisionLoadResult DivisionLoader::load(const Database &db, const QString &countyCode,
                                        const QStringList &townshipCodes) const
{
    const QString code = countyCode.trimmed();
    const auto county = m_catalog.find(code);
    if (!county || county->level != Division::Level::County)
        throw Error(Error::Kind::Validation,
                    tr("区划代码“%1”不是国家统计局 2023 年区划中的县级代码（6 位数字）。").arg(code));
    const QList<Division> townships = m_catalog.children(code);
    QSet<QString> known;
    for (const Division &t : townships)
        known.insert(t.code);
    QStringList chosen;
    for (const QString &t : townshipCodes) {
        if (!known.contains(t.trimmed()))
            throw Error(Error::Kind::Validation,
                        tr("乡镇（街道）代码“%1”不属于%2。").arg(t.trimmed(), county->name));
        chosen << t.trimmed();
    }
    if (chosen.isEmpty())
        for (const Division &t : townships)
            chosen << t.code; // in code order: ids follow the codes
    chosen.sort();
    chosen.removeDuplicates();
    return run(db, *county, townships, chosen);
}

DivisionLoadResult DivisionLoader::loadCode(const Database &db, const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() == 6)
        return load(db, trimmed);
    const auto township = trimmed.size() == 9 ? m_catalog.find(trimmed) : std::nullopt;
    if (!township)
        throw Error(
            Error::Kind::Validation,
            tr("区划代码“%1”在国家统计局 2023 年区划中不存在：请给出 6 位县级代码或 9 位乡镇（街道）代码。")
                .arg(trimmed));
    const auto county = m_catalog.find(trimmed.left(6));
    if (!county)
        throw Error(Error::Kind::Validation,
                    tr("区划代码“%1”在国家统计局 2023 年区划中不存在。").arg(trimmed));
    return run(db, *county, {*township}, {trimmed});
}

void DivisionLoader::checkActor(const Database &db, const QList<Division> &townships) const
{
    if (m_actor.userId == 0)
        return; // the owner: the command line, or the wizard before the first account exists
    const auto refuse = [] {
        return Error(Error::Kind::Forbidden,
                     tr("只有县级管理员可以载入乡镇（街道）；乡镇管理员只能载入本乡镇的村（社区）。"));
    };
    if (!m_actor.roles.testFlag(Role::Admin))
        throw refuse();
    Query q(db, u"SELECT parent_id, code, level FROM org_units WHERE id = ?"_s);
    q.bind(m_actor.orgUnitId).exec();
    if (!q.next())
        throw refuse();
    if (q.isNull(0))
        return; // a county account
    // A township admin: its own township's villages, nothing else.
    if (q.integer(2) != int(OrgLevel::Township) || townships.size() != 1 ||
        townships.first().code != q.text(1))
        throw refuse();
}

DivisionLoadResult DivisionLoader::run(const Database &db, const Division &county,
                                       const QList<Division> &townships,
                                       const QStringList &villageTownships) const
{
    checkActor(db, townships);
    DivisionLoadResult result;
    result.countyCode = county.code;
    result.countyName = county.name;

    Transaction tx(db);
    // What is there already: the tree above the grids of one county is small (a few thousand rows).
    QHash<QString, Existing> byCode;
    QHash<QString, Existing> byName;
    QList<Existing> roots;
    {
        Query q(db, u"SELECT id, parent_id, code, name, level FROM org_units WHERE level <= 3 ORDER BY id"_s);
        q.exec();
        while (q.next()) {
            const Existing e{q.int64(0), q.int64(1), q.text(2), q.text(3)};
            byCode.insert(e.code, e);
            byName.insert(nameKey(e.parentId, q.integer(4), e.name), e);
            if (e.parentId == 0)
                roots << e;
        }
    }
    // A unit of the tables is there when its code is, or a unit of its name under the same parent
    // (entered before by hand, or added locally): either way it is left as it is.
    const auto find = [&](qint64 parentId, int level, const Division &d) -> std::optional<Existing> {
        if (const auto it = byCode.constFind(d.code); it != byCode.cend())
            return *it;
        if (const auto it = byName.constFind(nameKey(parentId, level, d.name)); it != byName.cend())
            return *it;
        return std::nullopt;
    };

    // The county is the root of the tree; a database holds one county.
    qint64 countyId = 0;
    if (const auto it = byCode.constFind(county.code); it != byCode.cend() && it->parentId == 0) {
        countyId = it->id;
        ++result.alreadyPresent;
    } else if (!roots.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("数据库中已有县级单位“%1”（代码 %2），不能再载入%3的区划：一个数据库只用于一个县。")
                        .arg(roots.first().name, roots.first().code, county.name));
    } else {
        countyId = Query(db, u"INSERT INTO org_units (parent_id, code, name, level, path) "
                             "VALUES (NULL, ?, ?, 1, '') RETURNING id"_s)
                       .bind(county.code)
                       .bind(county.name)
                       .scalar()
                       .toLongLong();
        Query(db, u"UPDATE org_units SET path = ? WHERE id = ? AND path = ''"_s)
            .bind(u"/%1/"_s.arg(countyId))
            .bind(countyId)
            .exec();
        result.countyCreated = true;
    }

    // Inserts units under one parent in batches, then gives them their path and township. The owner
    // writes both itself; for an account the server's trigger has computed them on insert already
    // (path is no longer empty), so the update finds nothing.
    const auto insertUnder = [&](qint64 parentId, int level, const QList<Division> &units) {
        if (units.isEmpty())
            return;
        for (qsizetype from = 0; from < units.size(); from += batchRows) {
            const qsizetype n = std::min<qsizetype>(batchRows, units.size() - from);
            QStringList rows;
            for (qsizetype k = 0; k < n; ++k)
                rows << u"(?, ?, ?, ?, '', ?)"_s;
            Query insert(db,
                         u"INSERT INTO org_units (parent_id, code, name, level, path, special) VALUES "_s +
                             rows.join(u", "_s) + u" ON CONFLICT (code) DO NOTHING"_s);
            for (qsizetype k = 0; k < n; ++k) {
                const Division &d = units[from + k];
                insert.bind(parentId).bind(d.code).bind(d.name).bind(level).bind(level == 2 && d.special);
            }
            insert.exec();
        }
        const QString parentPath =
            Query(db, u"SELECT path FROM org_units WHERE id = ?"_s).bind(parentId).scalar().toString();
        Query update(db, u"UPDATE org_units SET path = ? || CAST(id AS TEXT) || '/', township_id = "_s +
                             (level == 2 ? u"id"_s : u"?"_s) + u" WHERE parent_id = ? AND path = ''"_s);
        update.bind(parentPath);
        if (level != 2)
            update.bind(parentId);
        update.bind(parentId).exec();
    };

    // Townships: every one of the county's (load()) or the one asked for (a 9-digit code).
    QList<Division> newTownships;
    for (const Division &t : townships) {
        if (find(countyId, 2, t)) {
            ++result.alreadyPresent;
        } else {
            newTownships << t;
            result.special += t.special ? 1 : 0;
        }
    }
    insertUnder(countyId, 2, newTownships);
    result.townships = int(newTownships.size());

    // The townships' ids as they are now (new ones, and old ones found by code or name).
    QHash<QString, qint64> townshipIds;
    {
        Query q(db, u"SELECT id, code, name FROM org_units WHERE parent_id = ? AND level = 2"_s);
        q.bind(countyId).exec();
        QHash<QString, qint64> idByName;
        while (q.next()) {
            townshipIds.insert(q.text(1), q.int64(0));
            idByName.insert(q.text(2), q.int64(0));
        }
        for (const Division &t : townships)
            if (!townshipIds.contains(t.code) && idByName.contains(t.name))
                townshipIds.insert(t.code, idByName.value(t.name));
        // A township found by code may have been moved elsewhere in the tree; it is still the parent.
        for (const Division &t : townships)
            if (!townshipIds.contains(t.code) && byCode.contains(t.code))
                townshipIds.insert(t.code, byCode.value(t.code).id);
    }

    for (const QString &townshipCode : villageTownships) {
        const qint64 townshipId = townshipIds.value(townshipCode);
        if (townshipId == 0)
            continue; // the township is neither in the tables' place nor by its name: nothing to hang
                      // villages on
        QList<Division> newVillages;
        for (const Division &v : m_catalog.villages(townshipCode)) {
            if (find(townshipId, 3, v))
                ++result.alreadyPresent;
            else
                newVillages << v;
        }
        insertUnder(townshipId, 3, newVillages);
        result.villages += int(newVillages.size());
    }

    // On PostgreSQL the server audits every row; on SQLite the program writes one row for the load.
    if (db.isSqlite() && (result.countyCreated || result.townships > 0 || result.villages > 0))
        AuditLog(db, m_clock)
            .record(
                m_actor,
                m_actor.userId == 0 ? (m_actor.name.isEmpty() ? u"setup"_s : m_actor.name) : QString(),
                u"reference_change"_s, u"org_units"_s, countyId,
                u"load divisions %1: county %2, townships +%3, villages +%4, present %5"_s.arg(county.code)
                    .arg(result.countyCreated ? u"created"_s : u"present"_s)
                    .arg(result.townships)
                    .arg(result.villages)
                    .arg(result.alreadyPresent));
    tx.commit();
    return result;
}

} // namespace zz
