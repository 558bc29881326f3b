#pragma once

#include "Types.h"

#include <QList>

namespace zz {

// What an account may do outside the case workflow (case actions live in CaseWorkflow).
enum class Permission {
    ViewCases,           // open the board, lists and case views within the account's scope
    RegisterCase,        // 登记案件 (same roles as CaseWorkflow::reportingRoles())
    RevealPersonalData,  // a deliberate, audited click that shows one masked ID number or phone
    ExportPersonalData,  // exports and printouts with unmasked ID numbers and phones
    ManageAccounts,      // create, edit, disable accounts, reset passwords
    ManageReferenceData, // org units, departments, categories, holidays, supervision limits
    ViewAuditLog,
    Backup,             // backup and restore
    RecordCallback,     // 回访 on a case awaiting check or closed (the server says the same, 0013)
    PrintContactOnSlip, // the reporter's full phone on the 交办单 for the assigned department (audited)
    ScoreWorkers, // 网格员考评: activities, a month's draft, adjustments proposed, appeals recorded (0021)
    ApproveScores,    // approve, lock and unlock a month, approve adjustments, answer appeals (0021)
    ViewPetitions,    // 信访台账 and petition views within the scope (the server says the same, 0026)
    RegisterPetition, // 信访登记 (same roles as PetitionWorkflow::registeringRoles(); the server, 0026)
    LinkPetitions,    // 一信多投/并处 links and unlinking a repeat, with who and why
    PetitionOverview, // the leader's overview of overdue and due-soon petition clocks
    ImportCaseLedger, // 历史案件(台账) import: setting a center up with its history (the server, 0042)
    ImportHotlineOrders, // 12345 work orders in: the counter and the duty desk, like 登记 (0042)
};

// The permission matrix: one table, checked by the services on every call.
class Permissions
{
public:
    static Roles rolesFor(Permission permission);
    static bool allows(Roles roles, Permission permission) { return bool(roles & rolesFor(permission)); }
    static QList<Permission> all();
    // The 交办单 may carry the reporter's full phone when it goes to the department that has to call
    // him: printed by that department's handler, or by a duty officer for the department assigned.
    static bool mayPrintContactOnSlip(Roles roles, qint64 actorDepartmentId, qint64 caseDepartmentId);
};

} // namespace zz
