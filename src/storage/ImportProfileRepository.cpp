#include "ImportProfileRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString toJson(const QHash<QString, QString> &columns)
{
    QJsonObject o;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, QString> fromJson(const QString &json)
{
    QHash<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

ImportProfileRepository::ImportProfileRepository(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{}

QString ImportProfileRepository::ownPath() const
{
    return m_actor.orgUnitId > 0 ? OrgUnitRepository(m_db).path(m_actor.orgUnitId) : QString();
}

QList<ImportProfile> ImportProfileRepository::list(const QString &kind) const
{
    QList<ImportProfile> out;
    const QString own = ownPath();
    if (own.isEmpty())
        return out;
    // The units on the account's own path, from its own unit upwards (longest path first).
    Query q(m_db,
            u"SELECT p.id, p.org_unit_id, o.name, p.kind, p.name, p.mapping, p.header_row, p.header_rows, "
            "p.version, o.path FROM import_profiles p JOIN org_units o ON o.id = p.org_unit_id "
            "WHERE p.kind = ? ORDER BY length(o.path) DESC, p.name"_s);
    q.bind(kind).exec();
    while (q.next()) {
        if (!own.startsWith(q.text(9)))
            continue; // another township's (PostgreSQL does not even return them)
        ImportProfile p;
        p.id = q.int64(0);
        p.orgUnitId = q.int64(1);
        p.unitName = q.text(2);
        p.kind = q.text(3);
        p.name = q.text(4);
        p.columns = fromJson(q.text(5));
        p.headerRow = q.integer(6);
        p.headerRows = q.integer(7);
        p.version = q.integer(8);
        out << p;
    }
    return out;
}

std::optional<ImportProfile> ImportProfileRepository::find(const QString &kind, const QString &name) const
{
    for (const ImportProfile &p : list(kind))
        if (p.name == name.trimmed())
            return p;
    return std::nullopt;
}

void ImportProfileRepository::save(ImportProfile &profile)
{
    profile.name = profile.name.simplified();
    if (profile.name.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写对应方案的名称。"));
    InputLimits::check(tr("方案名称"), profile.name, maxNameLength);
    if (m_actor.orgUnitId <= 0)
        throw Error(Error::Kind::Forbidden, tr("该账号不属于任何单位，不能保存对应方案。"));
    const QString json = toJson(profile.columns);
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    Transaction tx(m_db);
    Query existing(
        m_db, u"SELECT id, version FROM import_profiles WHERE org_unit_id = ? AND kind = ? AND name = ?"_s);
    existing.bind(m_actor.orgUnitId).bind(profile.kind).bind(profile.name).exec();
    QString operation;
    if (existing.next()) {
        profile.id = existing.int64(0);
        Query(m_db,
              u"UPDATE import_profiles SET mapping = ?, header_row = ?, header_rows = ?, updated_at = ?, "
              "version = version + 1 WHERE id = ?"_s)
            .bind(json)
            .bind(profile.headerRow)
            .bind(profile.headerRows)
            .bind(now)
            .bind(profile.id)
            .exec();
        profile.version = existing.integer(1) + 1;
        operation = u"update"_s;
    } else {
        profile.id =
            Query(m_db, u"INSERT INTO import_profiles (org_unit_id, kind, name, mapping, header_row, "
                        "header_rows, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(m_actor.orgUnitId)
                .bind(profile.kind)
                .bind(profile.name)
                .bind(json)
                .bind(profile.headerRow)
                .bind(profile.headerRows)
                .bindId(m_actor.userId)
                .bind(now)
                .scalar()
                .toLongLong();
        profile.version = 1;
        operation = u"insert"_s;
    }
    profile.orgUnitId = m_actor.orgUnitId;
    if (!m_db.isPostgres())
        AuditLog(m_db, m_clock)
            .record(m_actor, {}, u"reference_change"_s, u"import_profiles"_s, profile.id,
                    u"%1 import_profiles %2"_s.arg(operation).arg(profile.id));
    tx.commit();
}

void ImportProfileRepository::remove(const ImportProfile &profile)
{
    if (profile.orgUnitId != m_actor.orgUnitId)
        throw Error(Error::Kind::Forbidden, tr("只能删除本单位保存的对应方案。"));
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM import_profiles WHERE id = ? AND org_unit_id = ?"_s)
        .bind(profile.id)
        .bind(m_actor.orgUnitId)
        .exec();
    if (!m_db.isPostgres())
        AuditLog(m_db, m_clock)
            .record(m_actor, {}, u"reference_change"_s, u"import_profiles"_s, profile.id,
                    u"delete import_profiles %1"_s.arg(profile.id));
    tx.commit();
}

} // namespace zz
