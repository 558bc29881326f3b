#include "BaseDataAccess.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "ReferenceRepositories.h"

using namespace Qt::StringLiterals;

namespace zz {

BaseDataAccess::BaseDataAccess(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{}

bool BaseDataAccess::mayManage() const
{
    return Permissions::allows(m_actor.roles, Permission::ManageReferenceData);
}

QString BaseDataAccess::scopePath() const
{
    if (m_scopePath.isEmpty() && m_actor.orgUnitId > 0)
        m_scopePath = OrgUnitRepository(m_db).path(m_actor.orgUnitId);
    return m_scopePath;
}

bool BaseDataAccess::isCounty() const
{
    const auto unit = m_actor.orgUnitId > 0 ? OrgUnitRepository(m_db).get(m_actor.orgUnitId) : std::nullopt;
    return unit && unit->parentId == 0;
}

bool BaseDataAccess::inScope(qint64 orgUnitId) const
{
    const QString own = scopePath();
    return !own.isEmpty() && orgUnitId > 0 && OrgUnitRepository(m_db).path(orgUnitId).startsWith(own);
}

void BaseDataAccess::requireManage() const
{
    if (!mayManage())
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以修改基础数据。"));
}

void BaseDataAccess::requireCountyManager() const
{
    requireManage();
    if (!isCounty())
        throw Error(Error::Kind::Forbidden, tr("这项基础数据全县通用，只有县级管理员可以修改。"));
}

void BaseDataAccess::requireInScope(qint64 orgUnitId) const
{
    requireManage();
    if (!inScope(orgUnitId))
        throw Error(Error::Kind::Forbidden, tr("只能修改本单位及下级单位的基础数据。"));
}

void BaseDataAccess::audit(const QString &table, qint64 id, const QString &operation,
                           const QStringList &changed) const
{
    if (m_db.isPostgres())
        return; // zz_audit_reference() (migration 0008) writes the row as the session's account
    QString detail = operation + u' ' + table + u' ' + QString::number(id);
    if (!changed.isEmpty())
        detail += u" changed="_s + changed.join(u',');
    AuditLog(m_db, m_clock).record(m_actor, {}, u"reference_change"_s, table, id, detail);
}

} // namespace zz
