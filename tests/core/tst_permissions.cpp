// The permission matrix and the case-action rights, every role against every permission and action.
#include "CaseWorkflow.h"
#include "Permissions.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using zz::CaseAction;
using zz::CaseStatus;
using zz::CaseWorkflow;
using zz::CheckSteps;
using zz::Permission;
using zz::Permissions;
using zz::Role;
using zz::Roles;

namespace {

using A = CaseAction;
using P = Permission;
using S = CaseStatus;

// Roles as letters: R=Reception, D=DutyOfficer, H=DepartmentHandler, L=Leader, A=Admin. Written out
// here, independent of Permissions.cpp, so a wrong cell in the implementation fails the test.
struct ExpectedPermission
{
    Permission permission;
    const char *name;
    const char *roles;
};

constexpr ExpectedPermission expectedPermissions[] = {
    {P::ViewCases, "ViewCases", "RDHL"},
    {P::RegisterCase, "RegisterCase", "RDL"},
    {P::RevealPersonalData, "RevealPersonalData", "RDHL"},
    {P::ExportPersonalData, "ExportPersonalData", "L"},
    {P::ManageAccounts, "ManageAccounts", "A"},
    {P::ManageReferenceData, "ManageReferenceData", "A"},
    {P::ViewAuditLog, "ViewAuditLog", "AL"},
    {P::Backup, "Backup", "A"},
    {P::RecordCallback, "RecordCallback", "DL"},
    {P::PrintContactOnSlip, "PrintContactOnSlip", "DH"},
    {P::ScoreWorkers, "ScoreWorkers", "AL"},
    {P::ApproveScores, "ApproveScores", "L"},
    {P::ViewPetitions, "ViewPetitions", "RDHL"},
    {P::RegisterPetition, "RegisterPetition", "RDL"},
    {P::LinkPetitions, "LinkPetitions", "RDL"},
    {P::PetitionOverview, "PetitionOverview", "DL"},
    {P::ImportCaseLedger, "ImportCaseLedger", "AL"},
    {P::ImportHotlineOrders, "ImportHotlineOrders", "RDL"},
};

// Every action from the status it (first) starts from; Report is the creating action.
struct ExpectedAction
{
    CaseAction action;
    const char *name;
    CaseStatus from;
    const char *roles;
};

constexpr ExpectedAction expectedActions[] = {
    {A::Report, "Report", S::Reported, "RDL"},
    {A::Register, "Register", S::Reported, "RD"},
    {A::Decline, "Decline", S::Reported, "RD"},
    {A::Dispatch, "Dispatch", S::Registered, "D"},
    {A::Sign, "Sign", S::Dispatched, "H"},
    {A::SubmitFeedback, "SubmitFeedback", S::InProgress, "H"},
    {A::Close, "Close", S::Feedback, "DL"},
    {A::Verify, "Verify", S::Feedback, "DL"}, // offered where the township checks in two steps
    {A::Archive, "Archive", S::Closed, "DL"},
    {A::Return, "Return", S::Dispatched, "HD"},
    {A::Transfer, "Transfer", S::Dispatched, "D"},
    {A::Escalate, "Escalate", S::Reported, "RDL"},
    {A::HandDown, "HandDown", S::Reported, "DL"},
    {A::RequestExtension, "RequestExtension", S::Dispatched, "H"},
    {A::ApproveExtension, "ApproveExtension", S::Dispatched, "L"},
    {A::RefuseExtension, "RefuseExtension", S::Dispatched, "L"},
    {A::WithdrawExtension, "WithdrawExtension", S::Dispatched, "H"},
    {A::Supervise, "Supervise", S::Registered, "DL"},
    {A::Urge, "Urge", S::Dispatched, "DL"},
    {A::Reopen, "Reopen", S::Closed, "DL"},
    {A::SettleOnSpot, "SettleOnSpot", S::Reported, "RD"},
    {A::RecomputeDeadline, "RecomputeDeadline", S::Dispatched, ""}, // the system's, no role's
};

struct RoleLetter
{
    Role role;
    char letter;
    const char *name;
};

constexpr RoleLetter roleLetters[] = {
    {Role::Reception, 'R', "Reception"},
    {Role::DutyOfficer, 'D', "DutyOfficer"},
    {Role::DepartmentHandler, 'H', "DepartmentHandler"},
    {Role::Leader, 'L', "Leader"},
    {Role::Admin, 'A', "Admin"},
};

bool hasLetter(const char *roles, char letter)
{
    return QByteArrayView(roles).contains(letter);
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("allowed");
        for (const ExpectedPermission &p : expectedPermissions)
            for (const RoleLetter &r : roleLetters)
                QTest::addRow("%s/%s", r.name, p.name)
                    << int(r.role) << int(p.permission) << hasLetter(p.roles, r.letter);
    }

    void matrix()
    {
        QFETCH(int, role);
        QFETCH(int, permission);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(Roles(Role(role)), Permission(permission)), allowed);
        QCOMPARE(bool(Permissions::rolesFor(Permission(permission)) & Role(role)), allowed);
    }

    void everyPermissionListedOnce()
    {
        const auto all = Permissions::all();
        QCOMPARE(all.size(), qsizetype(std::size(expectedPermissions)));
        for (const ExpectedPermission &p : expectedPermissions)
            QCOMPARE(all.count(p.permission), 1);
    }

    void contactOnSlip()
    {
        const Roles handler = Role::DepartmentHandler;
        QVERIFY(Permissions::mayPrintContactOnSlip(handler, 7, 7));
        QVERIFY(!Permissions::mayPrintContactOnSlip(handler, 7, 8)); // another department's case
        QVERIFY(!Permissions::mayPrintContactOnSlip(handler, 0, 8));
        QVERIFY(Permissions::mayPrintContactOnSlip(Role::DutyOfficer, 0, 8));
        QVERIFY(!Permissions::mayPrintContactOnSlip(Role::DutyOfficer, 0, 0)); // not dispatched yet
        QVERIFY(!Permissions::mayPrintContactOnSlip(Role::Reception, 0, 8));
        QVERIFY(!Permissions::mayPrintContactOnSlip(Role::Leader, 0, 8));
        QVERIFY(!Permissions::mayPrintContactOnSlip(Role::Admin, 8, 8));
    }

    void registerCaseMatchesWorkflow()
    {
        QCOMPARE(Permissions::rolesFor(Permission::RegisterCase), CaseWorkflow::reportingRoles());
    }

    void combinedRolesAreUnion()
    {
        // An account holding several roles gets what any of them allows.
        const Roles adminLeader = Roles(Role::Admin) | Role::Leader;
        QVERIFY(Permissions::allows(adminLeader, Permission::ManageAccounts));
        QVERIFY(Permissions::allows(adminLeader, Permission::ExportPersonalData));
        QVERIFY(Permissions::allows(adminLeader, Permission::ViewCases));
        QVERIFY(!Permissions::allows(Roles(), Permission::ViewCases));
    }

    void caseActions_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("from");
        QTest::addColumn<bool>("allowed");
        for (const ExpectedAction &a : expectedActions)
            for (const RoleLetter &r : roleLetters)
                QTest::addRow("%s/%s", r.name, a.name)
                    << int(r.role) << int(a.action) << int(a.from) << hasLetter(a.roles, r.letter);
    }

    void caseActions()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(int, from);
        QFETCH(bool, allowed);
        const Roles roles(Role{role});
        if (CaseAction(action) == CaseAction::Report) {
            QCOMPARE(bool(CaseWorkflow::reportingRoles() & roles), allowed);
            return;
        }
        QCOMPARE(bool(CaseWorkflow::allowedRoles(CaseAction(action), CaseStatus(from)) & roles), allowed);
        // Deciding on an extension needs a pending request; everything else is offered without one.
        const bool pending = CaseAction(action) == CaseAction::ApproveExtension ||
                             CaseAction(action) == CaseAction::RefuseExtension ||
                             CaseAction(action) == CaseAction::WithdrawExtension;
        const CheckSteps steps = CaseAction(action) == CaseAction::Verify ? CheckSteps::Two : CheckSteps::One;
        const auto available = CaseWorkflow::availableActions({CaseStatus(from), pending, steps}, roles);
        QCOMPARE(available.contains(CaseAction(action)), allowed);
    }

    void everyActionCovered()
    {
        for (const CaseAction action : zz::allValues<CaseAction>()) {
            const bool listed = std::any_of(std::begin(expectedActions), std::end(expectedActions),
                                            [&](const ExpectedAction &a) { return a.action == action; });
            QVERIFY2(listed, qPrintable(zz::code(action)));
        }
    }
};

QTEST_APPLESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
