#include "StandardModules.h"

#include "AppContext.h"
#include "OverviewModule.h"
#include "Permissions.h"
#include "admin/AccountsModule.h"
#include "admin/AuditLogModule.h"
#include "assessment/AssessmentModule.h"
#include "basedata/BaseDataModule.h"
#include "callbacks/CallbackModule.h"
#include "cases/CaseListModule.h"
#include "dispatch/BoardModule.h"
#include "hall/HallModule.h"
#include "intake/IntakeModule.h"
#include "map/MapModule.h"
#include "petition/PetitionModule.h"
#include "reports/ReportsModule.h"

using namespace Qt::StringLiterals;

namespace zz {

std::vector<std::unique_ptr<Module>> createStandardModules(const AppContext &context)
{
    std::vector<std::unique_ptr<Module>> modules;
    // The dispatch board comes first: it is where the people who work on cases start their day.
    if (Permissions::allows(context.user.roles, Permission::ViewCases))
        modules.push_back(std::make_unique<BoardModule>(context));
    if (Permissions::allows(context.user.roles, Permission::RegisterCase))
        modules.push_back(std::make_unique<IntakeModule>(context));
    modules.push_back(std::make_unique<OverviewModule>(context));
    if (Permissions::allows(context.user.roles, Permission::ViewCases))
        modules.push_back(std::make_unique<CaseListModule>(context));
    if (Permissions::allows(context.user.roles, Permission::RecordCallback))
        modules.push_back(std::make_unique<CallbackModule>(context));
    if (HallModule::isAvailableTo(context)) // 排队叫号: accounts of a township (or its villages)
        modules.push_back(std::make_unique<HallModule>(context));
    if (PetitionModule::isAvailableTo(context)) // 信访超市: reception, 信访台账, templates
        modules.push_back(std::make_unique<PetitionModule>(context));
    if (ReportsModule::isAvailableTo(context))
        modules.push_back(std::make_unique<ReportsModule>(context));
    if (MapModule::isAvailableTo(context))
        modules.push_back(std::make_unique<MapModule>(context));
    if (AssessmentModule::isAvailableTo(context))
        modules.push_back(std::make_unique<AssessmentModule>(context));
    if (Permissions::allows(context.user.roles, Permission::ViewAuditLog))
        modules.push_back(std::make_unique<AuditLogModule>(context));
    if (Permissions::allows(context.user.roles, Permission::ManageAccounts))
        modules.push_back(std::make_unique<AccountsModule>(context));
    if (BaseDataModule::isAvailableTo(context)) {
        auto baseData = std::make_unique<BaseDataModule>(context);
        if (!baseData->pageIds().isEmpty()) // read-only accounts may have no page to see
            modules.push_back(std::move(baseData));
    }
    return modules;
}

QString startModuleId(const User &user)
{
    const Roles roles = user.roles;
    if (roles & (Roles(Role::DutyOfficer) | Role::Leader))
        return u"board"_s;
    if (roles.testFlag(Role::Reception))
        return u"overview"_s;
    if (roles.testFlag(Role::DepartmentHandler))
        return u"board"_s; // opened on 我的待办 (BoardPage)
    if (roles.testFlag(Role::Admin))
        return u"accounts"_s;
    return u"overview"_s;
}

} // namespace zz
