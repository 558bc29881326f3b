#include "CaseScope.h"

#include "CaseRepository.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"

using namespace Qt::StringLiterals;

namespace zz {

CaseScope::CaseScope(const Database &db, const Actor &actor)
    : m_db(db), m_actor(actor),
      m_path(actor.orgUnitId > 0 ? OrgUnitRepository(db).path(actor.orgUnitId) : QString())
{}

bool CaseScope::contains(const CaseRecord &c) const
{
    if (m_path.isEmpty())
        return false;
    const QString casePath = OrgUnitRepository(m_db).path(c.orgUnitId);
    if (!casePath.startsWith(m_path))
        return false;
    return !c.confidential || (m_actor.userId > 0 && c.createdBy == m_actor.userId) || hasAccess(c.id);
}

void CaseScope::require(const CaseRecord &c) const
{
    if (m_path.isEmpty())
        throw Error(Error::Kind::Forbidden, tr("您的账号没有设置所属单位,不能查看或办理案件。"));
    if (!contains(c)) {
        if (OrgUnitRepository(m_db).path(c.orgUnitId).startsWith(m_path))
            throw Error(Error::Kind::Forbidden, tr("此案件为保密件,您不在可查看人员名单中。"));
        throw Error(Error::Kind::Forbidden, tr("此案件不在您的管辖范围内。"));
    }
}

std::optional<CaseRecord> CaseScope::get(qint64 caseId) const
{
    auto c = CaseRepository(m_db).get(caseId);
    if (c)
        require(*c);
    return c;
}

bool CaseScope::hasAccess(qint64 caseId) const
{
    if (m_actor.userId <= 0)
        return false;
    return Query(m_db, u"SELECT COUNT(*) FROM case_access WHERE case_id = ? AND user_id = ?"_s)
               .bind(caseId)
               .bind(m_actor.userId)
               .scalar()
               .toInt() > 0;
}

void CaseScope::requireLeaderOf(qint64 caseId) const
{
    if (!m_actor.roles.testFlag(Role::Leader))
        throw Error(Error::Kind::Forbidden, tr("只有领导可以指定保密件的查看人员。"));
    if (!get(caseId))
        throw Error(Error::Kind::NotFound, tr("案件不存在或已被删除。"));
}

QList<qint64> CaseScope::accessList(qint64 caseId) const
{
    get(caseId);
    Query q(m_db, u"SELECT user_id FROM case_access WHERE case_id = ? ORDER BY user_id"_s);
    q.bind(caseId).exec();
    QList<qint64> out;
    while (q.next())
        out.append(q.int64(0));
    return out;
}

void CaseScope::grant(qint64 caseId, qint64 userId) const
{
    requireLeaderOf(caseId);
    if (!UserRepository(m_db).get(userId))
        throw Error(Error::Kind::NotFound, tr("账号不存在。"));
    Query(m_db, u"INSERT INTO case_access (case_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s)
        .bind(caseId)
        .bind(userId)
        .exec();
}

void CaseScope::revoke(qint64 caseId, qint64 userId) const
{
    requireLeaderOf(caseId);
    Query(m_db, u"DELETE FROM case_access WHERE case_id = ? AND user_id = ?"_s)
        .bind(caseId)
        .bind(userId)
        .exec();
}

} // namespace zz
