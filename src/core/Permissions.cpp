#include "Permissions.h"

#include "CaseWorkflow.h"
#include "petition/PetitionWorkflow.h"

namespace zz {

Roles Permissions::rolesFor(Permission permission)
{
    using R = Role;
    switch (permission) {
    case Permission::ViewCases:
        return Roles(R::Reception) | R::DutyOfficer | R::DepartmentHandler | R::Leader;
    case Permission::RegisterCase:
        return CaseWorkflow::reportingRoles();
    case Permission::RevealPersonalData:
        return Roles(R::Reception) | R::DutyOfficer | R::DepartmentHandler | R::Leader;
    case Permission::ExportPersonalData:
        return R::Leader;
    case Permission::ManageAccounts:
        return R::Admin;
    case Permission::ManageReferenceData: // admins only: the server says the same (migration 0008)
        return R::Admin;
    case Permission::ViewAuditLog:
        return Roles(R::Admin) | R::Leader;
    case Permission::Backup:
        return R::Admin;
    case Permission::RecordCallback:
        return Roles(R::DutyOfficer) | R::Leader;
    case Permission::PrintContactOnSlip:
        return Roles(R::DutyOfficer) | R::DepartmentHandler;
    case Permission::ScoreWorkers: // the server says the same (zongzhi_reference, migration 0021)
        return Roles(R::Admin) | R::Leader;
    case Permission::ApproveScores:
        return R::Leader;
    case Permission::ViewPetitions:
        return Roles(R::Reception) | R::DutyOfficer | R::DepartmentHandler | R::Leader;
    case Permission::RegisterPetition:
        return PetitionWorkflow::registeringRoles();
    case Permission::LinkPetitions:
        return Roles(R::Reception) | R::DutyOfficer | R::Leader;
    case Permission::PetitionOverview:
        return Roles(R::DutyOfficer) | R::Leader;
    case Permission::ImportCaseLedger: // a whole history at once: the one who sets the center up, or its lead
        return Roles(R::Admin) | R::Leader;
    case Permission::ImportHotlineOrders: // registering the county's orders, as the counter registers calls
        return CaseWorkflow::reportingRoles();
    }
    return {};
}

bool Permissions::mayPrintContactOnSlip(Roles roles, qint64 actorDepartmentId, qint64 caseDepartmentId)
{
    if (caseDepartmentId <= 0 || !allows(roles, Permission::PrintContactOnSlip))
        return false; // no department to call the resident yet
    if (roles.testFlag(Role::DutyOfficer))
        return true;
    return roles.testFlag(Role::DepartmentHandler) && actorDepartmentId == caseDepartmentId;
}

QList<Permission> Permissions::all()
{
    return {Permission::ViewCases,          Permission::RegisterCase,     Permission::RevealPersonalData,
            Permission::ExportPersonalData, Permission::ManageAccounts,   Permission::ManageReferenceData,
            Permission::ViewAuditLog,       Permission::Backup,           Permission::RecordCallback,
            Permission::PrintContactOnSlip, Permission::ScoreWorkers,     Permission::ApproveScores,
            Permission::ViewPetitions,      Permission::RegisterPetition, Permission::LinkPetitions,
            Permission::PetitionOverview,   Permission::ImportCaseLedger, Permission::ImportHotlineOrders};
}

} // namespace zz
