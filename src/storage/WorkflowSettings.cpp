#include "WorkflowSettings.h"

#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Query.h"
#include "ReferenceRepositories.h"

using namespace Qt::StringLiterals;

namespace zz {

QString WorkflowSettings::townshipKey(qint64 townshipId)
{
    return countyKey + u"."_s + QString::number(townshipId);
}

QString WorkflowSettings::toCode(CheckSteps steps)
{
    return steps == CheckSteps::Two ? u"two"_s : u"one"_s;
}

std::optional<CheckSteps> WorkflowSettings::fromCode(const QString &code)
{
    if (code == u"one"_s)
        return CheckSteps::One;
    if (code == u"two"_s)
        return CheckSteps::Two;
    return std::nullopt;
}

CheckSteps WorkflowSettings::checkSteps(qint64 townshipId) const
{
    if (townshipId > 0)
        if (const auto own = townshipCheckSteps(townshipId))
            return *own;
    return countyCheckSteps();
}

CheckSteps WorkflowSettings::countyCheckSteps() const
{
    return fromCode(SettingsRepository(m_db).value(countyKey)).value_or(CheckSteps::One);
}

bool WorkflowSettings::anyTwoSteps() const
{
    Query q(m_db, u"SELECT 1 FROM settings WHERE (key = ? OR key LIKE ?) AND value = 'two' LIMIT 1"_s);
    q.bind(countyKey).bind(countyKey + u".%"_s).exec();
    return q.next();
}

std::optional<CheckSteps> WorkflowSettings::townshipCheckSteps(qint64 townshipId) const
{
    return fromCode(SettingsRepository(m_db).value(townshipKey(townshipId)));
}

void WorkflowSettings::requireAdminOver(const Actor &actor, qint64 orgUnitId) const
{
    if (!Permissions::allows(actor.roles, Permission::ManageReferenceData))
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以修改办理流程设置。"));
    OrgUnitRepository orgUnits(m_db);
    const QString own = actor.orgUnitId > 0 ? orgUnits.path(actor.orgUnitId) : QString();
    const QString target = orgUnitId > 0 ? orgUnits.path(orgUnitId) : QString();
    if (own.isEmpty() || target.isEmpty() || !target.startsWith(own))
        throw Error(Error::Kind::Forbidden, tr("只能修改本单位及下级单位的办理流程设置。"));
}

void WorkflowSettings::setCountyCheckSteps(const Actor &actor, CheckSteps steps)
{
    OrgUnitRepository orgUnits(m_db);
    const auto actorUnit = orgUnits.get(actor.orgUnitId);
    if (!actorUnit || actorUnit->parentId != 0)
        throw Error(Error::Kind::Forbidden, tr("全县的办理流程设置只能由县级管理员修改。"));
    requireAdminOver(actor, actor.orgUnitId);
    SettingsRepository(m_db).setValue(countyKey, toCode(steps));
}

void WorkflowSettings::setTownshipCheckSteps(const Actor &actor, qint64 townshipId,
                                             std::optional<CheckSteps> steps)
{
    const auto unit = OrgUnitRepository(m_db).get(townshipId);
    if (!unit || unit->level != OrgLevel::Township)
        throw Error(Error::Kind::Validation, tr("请选择一个乡镇(街道)。"));
    requireAdminOver(actor, townshipId);
    if (steps) {
        SettingsRepository(m_db).setValue(townshipKey(townshipId), toCode(*steps));
        return;
    }
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM settings WHERE key = ?"_s).bind(townshipKey(townshipId)).exec();
    tx.commit();
}

} // namespace zz
