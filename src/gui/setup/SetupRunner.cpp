#include "SetupRunner.h"

#include "AccountService.h"
#include "CenterSettings.h"
#include "DemoDataGenerator.h"
#include "DivisionLoader.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "StandardCategories.h"

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr qint64 demoCaseCount = 2000;
}

SetupRunner::SetupRunner(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{
    if (m_actor.userId == 0 && m_actor.name.isEmpty())
        m_actor.name = u"setup:first-run"_s; // the SQLite audit rows' name for the owner's setup
}

QList<SetupRunner::Step> SetupRunner::steps(const SetupPlan &plan)
{
    switch (plan.start) {
    case SetupPlan::Start::Demo:
        return {Step::Demo};
    case SetupPlan::Start::AddTownships:
        return {Step::OrgTree};
    case SetupPlan::Start::StandardCategories:
        return {Step::Categories, Step::OrgTree, Step::Admin, Step::CenterDetails};
    case SetupPlan::Start::Empty:
        break;
    }
    return {Step::OrgTree, Step::Admin, Step::CenterDetails};
}

QString SetupRunner::label(Step step)
{
    switch (step) {
    case Step::Categories:
        return tr("装入标准事件类别");
    case Step::OrgTree:
        return tr("建立组织机构（县、乡镇、村和社区）");
    case Step::Admin:
        return tr("创建管理员账号");
    case Step::CenterDetails:
        return tr("保存中心名称、地址和电话");
    case Step::Demo:
        return tr("生成演示数据");
    }
    return {};
}

qint64 SetupRunner::countyId(const SetupPlan &plan) const
{
    const auto county = OrgUnitRepository(m_db).byCode(plan.countyCode);
    if (!county)
        throw Error(Error::Kind::NotFound, tr("数据库中没有所选的县（区），请先建立组织机构。"));
    return county->id;
}

QString SetupRunner::run(Step step, const SetupPlan &plan, const Progress &progress)
{
    if (m_done.contains(step))
        return {};
    QString outcome;
    switch (step) {
    case Step::Categories: {
        const int added = StandardCategories::install(m_db);
        outcome = added > 0 ? tr("装入了 %n 个事件类别。", nullptr, added) : tr("标准事件类别已齐全。");
        break;
    }
    case Step::OrgTree: {
        // A township admin loads his own township alone (the county's other townships are the
        // county admin's to create); everyone else the county with the townships chosen.
        const auto own = m_actor.userId ? OrgUnitRepository(m_db).get(m_actor.orgUnitId) : std::nullopt;
        const bool ownTownship =
            own && own->level == OrgLevel::Township && plan.townshipCodes == QStringList{own->code};
        const DivisionLoader loader(m_clock, m_actor);
        const DivisionLoadResult result = ownTownship
                                              ? loader.loadCode(m_db, own->code)
                                              : loader.load(m_db, plan.countyCode, plan.townshipCodes);
        outcome = tr("%1：新建 %n 个乡镇（街道）", nullptr, result.townships).arg(result.countyName) +
                  tr("、%n 个村（社区）", nullptr, result.villages);
        if (result.alreadyPresent > 0)
            outcome += tr("，%n 个已在数据库中", nullptr, result.alreadyPresent);
        outcome += tr("。");
        break;
    }
    case Step::Admin: {
        User user = plan.admin;
        user.orgUnitId = countyId(plan);
        AccountService(m_db, m_clock, Actor{}).createFirstAdmin(user, plan.adminPassword);
        m_createdLogin = user.login;
        // The center's details are the county admin's to save.
        m_actor = Actor{user.id, user.displayName, user.roles, user.orgUnitId, 0};
        outcome = tr("管理员 %1 已创建。").arg(user.login);
        break;
    }
    case Step::CenterDetails: {
        qint64 unit = countyId(plan);
        if (plan.townshipCodes.size() == 1)
            if (const auto township = OrgUnitRepository(m_db).byCode(plan.townshipCodes.first()))
                unit = township->id;
        CenterSettings settings = CenterSettings::own(m_db, unit);
        settings.name = plan.centerName.trimmed();
        settings.address = plan.centerAddress.trimmed();
        settings.phone = plan.centerPhone.trimmed();
        CenterSettings::save(m_db, m_clock, m_actor, unit, settings);
        outcome = settings.name.isEmpty() ? tr("已保存。") : tr("%1 的信息已保存。").arg(settings.name);
        break;
    }
    case Step::Demo: {
        DemoOptions options;
        options.cases = demoCaseCount;
        DemoDataGenerator generator(m_db, options);
        generator.run(progress);
        m_demoNotes = generator.notes();
        outcome = tr("演示数据已生成：虚构的县，%n 件演示案件。", nullptr, int(demoCaseCount));
        break;
    }
    }
    m_done.insert(step);
    return outcome;
}

} // namespace zz
