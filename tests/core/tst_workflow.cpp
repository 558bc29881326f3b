#include "CaseWorkflow.h"
#include "Error.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using zz::ActionField;
using zz::ActionFields;
using zz::ActionInput;
using zz::CaseAction;
using zz::CaseState;
using zz::CaseStatus;
using zz::CaseWorkflow;
using zz::CheckSteps;
using zz::Error;
using zz::Role;
using zz::Roles;

namespace {

using A = CaseAction;
using S = CaseStatus;

// The transition table as the specification writes it, kept independent of CaseWorkflow::transitions()
// so that a wrong row in the implementation makes these tests fail. Roles: R=Reception, D=DutyOfficer,
// H=DepartmentHandler, L=Leader, A=Admin. steps: 1 or 2 when the row holds only where the center
// checks and closes in one step or in two (核查结案 vs 核查通过 then 结案), 0 under either setting.
struct ExpectedTransition
{
    CaseAction action;
    CaseStatus from;
    CaseStatus to;
    const char *roles;
    int steps = 0;
};

constexpr ExpectedTransition expectedTable[] = {
    {A::Register, S::Reported, S::Registered, "RD"},
    {A::Decline, S::Reported, S::Declined, "RD"},
    {A::SettleOnSpot, S::Reported, S::Closed, "RD"},
    {A::Dispatch, S::Registered, S::Dispatched, "D"},
    {A::Sign, S::Dispatched, S::InProgress, "H"},
    {A::SubmitFeedback, S::InProgress, S::Feedback, "H"},
    {A::Close, S::Feedback, S::Closed, "DL", 1},
    {A::Verify, S::Feedback, S::Verified, "DL", 2},
    {A::Close, S::Verified, S::Closed, "DL"},
    {A::Archive, S::Closed, S::Archived, "DL"},
    {A::Archive, S::Declined, S::Archived, "DL"},
    {A::Return, S::Dispatched, S::Registered, "HD"},
    {A::Return, S::InProgress, S::Registered, "HD"},
    {A::Return, S::Feedback, S::InProgress, "DL"},
    {A::Return, S::Verified, S::InProgress, "DL"},
    {A::Transfer, S::Dispatched, S::Dispatched, "D"},
    {A::Transfer, S::InProgress, S::Dispatched, "D"},
    {A::Escalate, S::Reported, S::Reported, "RDL"},
    {A::Escalate, S::Registered, S::Reported, "RDL"},
    {A::Escalate, S::Dispatched, S::Reported, "RDL"},
    {A::Escalate, S::InProgress, S::Reported, "RDL"},
    {A::HandDown, S::Reported, S::Reported, "DL"},
    {A::HandDown, S::Registered, S::Reported, "DL"},
    {A::RequestExtension, S::Dispatched, S::Dispatched, "H"},
    {A::RequestExtension, S::InProgress, S::InProgress, "H"},
    {A::ApproveExtension, S::Dispatched, S::Dispatched, "L"},
    {A::ApproveExtension, S::InProgress, S::InProgress, "L"},
    {A::RefuseExtension, S::Dispatched, S::Dispatched, "L"},
    {A::RefuseExtension, S::InProgress, S::InProgress, "L"},
    {A::WithdrawExtension, S::Dispatched, S::Dispatched, "H"},
    {A::WithdrawExtension, S::InProgress, S::InProgress, "H"},
    {A::Supervise, S::Registered, S::Registered, "DL"},
    {A::Supervise, S::Dispatched, S::Dispatched, "DL"},
    {A::Supervise, S::InProgress, S::InProgress, "DL"},
    {A::Supervise, S::Feedback, S::Feedback, "DL"},
    {A::Urge, S::Dispatched, S::Dispatched, "DL"},
    {A::Urge, S::InProgress, S::InProgress, "DL"},
    {A::Reopen, S::Closed, S::Dispatched, "DL"},
};

struct ExpectedFields
{
    CaseAction action;
    ActionFields required;
};

const ExpectedFields expectedRequired[] = {
    {A::Report, {}},
    {A::Register, {}},
    {A::Decline, ActionField::Reason},
    {A::Dispatch, ActionField::Department},
    {A::Sign, {}},
    {A::SubmitFeedback, ActionField::Result},
    {A::Close, {}},
    {A::Verify, {}},
    {A::Archive, {}},
    {A::Return, ActionField::Reason},
    {A::Transfer, ActionField::Department | ActionField::Reason},
    {A::Escalate, ActionField::Reason},
    {A::HandDown, ActionField::OrgUnit | ActionField::Reason},
    {A::RequestExtension, ActionField::Days | ActionField::Reason},
    {A::ApproveExtension, {}},
    {A::RefuseExtension, ActionField::Reason},
    {A::WithdrawExtension, {}},
    {A::Supervise, ActionField::SuperviseLevel | ActionField::Reason},
    {A::Urge, ActionField::Reason},
    {A::Reopen, ActionField::Reason | ActionField::Days},
    {A::SettleOnSpot, ActionField::Result},
    {A::RecomputeDeadline, {}},
};

const QList<CaseAction> allActions{A::Report,
                                   A::Register,
                                   A::Decline,
                                   A::Dispatch,
                                   A::Sign,
                                   A::SubmitFeedback,
                                   A::Close,
                                   A::Verify,
                                   A::Archive,
                                   A::Return,
                                   A::Transfer,
                                   A::Escalate,
                                   A::HandDown,
                                   A::RequestExtension,
                                   A::ApproveExtension,
                                   A::RefuseExtension,
                                   A::WithdrawExtension,
                                   A::Supervise,
                                   A::Urge,
                                   A::Reopen,
                                   A::SettleOnSpot,
                                   A::RecomputeDeadline};

const QList<CaseStatus> allStatuses{S::Reported, S::Registered, S::Declined, S::Dispatched, S::InProgress,
                                    S::Feedback, S::Verified,   S::Closed,   S::Archived};

const QList<Role> allRoles{Role::Reception, Role::DutyOfficer, Role::DepartmentHandler, Role::Leader,
                           Role::Admin};

const Roles everyCaseRole = Role::Reception | Role::DutyOfficer | Role::DepartmentHandler | Role::Leader;

Roles rolesFromLetters(const char *letters)
{
    Roles roles;
    for (const char *c = letters; *c; ++c) {
        switch (*c) {
        case 'R':
            roles |= Role::Reception;
            break;
        case 'D':
            roles |= Role::DutyOfficer;
            break;
        case 'H':
            roles |= Role::DepartmentHandler;
            break;
        case 'L':
            roles |= Role::Leader;
            break;
        case 'A':
            roles |= Role::Admin;
            break;
        default:
            qFatal("bad role letter");
        }
    }
    return roles;
}

const ExpectedTransition *expectedFor(CaseAction action, CaseStatus from)
{
    for (const auto &t : expectedTable)
        if (t.action == action && t.from == from)
            return &t;
    return nullptr;
}

ActionFields expectedRequiredFor(CaseAction action)
{
    for (const auto &f : expectedRequired)
        if (f.action == action)
            return f.required;
    qFatal("action missing from expectedRequired");
}

// Settling an extension needs a pending request; everything else is checked without one. A row that
// holds under one check setting only is checked under that setting.
CaseState stateFor(CaseAction action, CaseStatus status)
{
    const bool pending =
        action == A::ApproveExtension || action == A::RefuseExtension || action == A::WithdrawExtension;
    const ExpectedTransition *t = expectedFor(action, status);
    return CaseState{status, pending, t && t->steps == 2 ? CheckSteps::Two : CheckSteps::One};
}

ActionInput fullInput()
{
    ActionInput in;
    in.note = u"经核实情况属实"_s;
    in.result = u"双方已达成调解协议"_s;
    in.departmentId = 3;
    in.workerId = 4;
    in.orgUnitId = 5;
    in.days = 10;
    in.superviseLevel = zz::SuperviseLevel::YellowCard;
    return in;
}

// Only what the expected table says is required, nothing else.
ActionInput minimalInput(ActionFields required)
{
    ActionInput in;
    if (required.testFlag(ActionField::Reason))
        in.note = u"理由"_s;
    if (required.testFlag(ActionField::Result))
        in.result = u"已处理"_s;
    if (required.testFlag(ActionField::Department))
        in.departmentId = 1;
    if (required.testFlag(ActionField::Worker))
        in.workerId = 1;
    if (required.testFlag(ActionField::OrgUnit))
        in.orgUnitId = 1;
    if (required.testFlag(ActionField::Days))
        in.days = 1;
    if (required.testFlag(ActionField::SuperviseLevel))
        in.superviseLevel = zz::SuperviseLevel::Normal;
    return in;
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Validation:
        return u"Validation"_s;
    case Error::Kind::NotFound:
        return u"NotFound"_s;
    case Error::Kind::Conflict:
        return u"Conflict"_s;
    case Error::Kind::Forbidden:
        return u"Forbidden"_s;
    case Error::Kind::InvalidState:
        return u"InvalidState"_s;
    case Error::Kind::Connection:
        return u"Connection"_s;
    case Error::Kind::Schema:
        return u"Schema"_s;
    case Error::Kind::Storage:
        return u"Storage"_s;
    }
    return {};
}

// check() folded into one comparable string: "ok:<status code>" or "<kind>".
struct Outcome
{
    QString summary;
    QString message;
};

Outcome runCheck(CaseAction action, const CaseState &state, Roles roles, const ActionInput &input)
{
    try {
        return {u"ok:"_s + zz::code(CaseWorkflow::check(action, state, roles, input)), {}};
    } catch (const Error &e) {
        return {kindName(e.kind()), e.message()};
    }
}

QString ok(CaseStatus status)
{
    return u"ok:"_s + zz::code(status);
}

QStringList codes(const QList<CaseAction> &actions)
{
    QStringList out;
    for (const auto a : actions)
        out.append(zz::code(a));
    return out;
}

QByteArray tag(CaseAction action, CaseStatus status)
{
    return (zz::code(action) + u'@' + zz::code(status)).toLatin1();
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void everyActionInEveryStatus_data();
    void everyActionInEveryStatus();
    void transitionsListMatchesSpecification();
    void roles_data();
    void roles();
    void reportingRoles();
    void adminHasNoCaseActions();
    void requiredFields_data();
    void requiredFields();
    void missingFieldIsRefused_data();
    void missingFieldIsRefused();
    void minimalInputPasses_data();
    void minimalInputPasses();
    void workerInsteadOfDepartment_data();
    void workerInsteadOfDepartment();
    void days_data();
    void days();
    void checkOrder();
    void invalidStateMessageNamesStatusAndAction();
    void extensionPending_data();
    void extensionPending();
    void feedbackWaitsForPendingExtension();
    void extensionLapses_data();
    void extensionLapses();
    void availableActions_data();
    void availableActions();
    void availableActionsAreInEnumOrder();
    void keepsStatus_data();
    void keepsStatus();
    void keepsStatusMatchesTable();
    void checkSteps_data();
    void checkSteps();
    void checkStepsAvailableActions();
    void closeLabelAfterVerify();
};

void TestWorkflow::everyActionInEveryStatus_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<CaseStatus>("to");

    // The literal lists must cover the enums, or some pairs would go untested.
    QCOMPARE(codes(allActions), codes(zz::allValues<CaseAction>()));
    QCOMPARE(allStatuses.size(), zz::allValues<CaseStatus>().size());
    for (const auto action : allActions) {
        for (const auto status : allStatuses) {
            const ExpectedTransition *t = expectedFor(action, status);
            QTest::newRow(tag(action, status).constData())
                << action << status << (t != nullptr) << (t ? t->to : status);
        }
    }
}

void TestWorkflow::everyActionInEveryStatus()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(bool, allowed);
    QFETCH(CaseStatus, to);

    const auto target = CaseWorkflow::target(action, status);
    QCOMPARE(target.has_value(), allowed);
    if (allowed)
        QCOMPARE(zz::code(*target), zz::code(to));
    else
        QVERIFY(!CaseWorkflow::allowedRoles(action, status));

    const Outcome out = runCheck(action, stateFor(action, status), everyCaseRole, fullInput());
    QCOMPARE(out.summary, allowed ? ok(to) : u"InvalidState"_s);
}

void TestWorkflow::transitionsListMatchesSpecification()
{
    const QList<zz::Transition> &list = CaseWorkflow::transitions();
    QCOMPARE(list.size(), qsizetype(std::size(expectedTable)));
    for (const auto &t : list) {
        const ExpectedTransition *e = expectedFor(t.action, t.from);
        QVERIFY2(e, tag(t.action, t.from).constData());
        QCOMPARE(zz::code(t.to), zz::code(e->to));
        QCOMPARE(zz::rolesToCodes(t.roles), zz::rolesToCodes(rolesFromLetters(e->roles)));
        QCOMPARE(t.only ? (*t.only == CheckSteps::Two ? 2 : 1) : 0, e->steps);
        const auto duplicates = std::count_if(list.cbegin(), list.cend(), [&](const zz::Transition &o) {
            return o.action == t.action && o.from == t.from;
        });
        QCOMPARE(duplicates, 1);
    }
}

void TestWorkflow::roles_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<Roles>("role");
    QTest::addColumn<bool>("allowed");

    for (const auto &t : expectedTable) {
        const Roles allowedRoles = rolesFromLetters(t.roles);
        for (const auto role : allRoles) {
            const QByteArray name = tag(t.action, t.from) + '/' + zz::code(role).toLatin1();
            QTest::newRow(name.constData())
                << t.action << t.from << Roles(role) << allowedRoles.testFlag(role);
        }
    }
}

void TestWorkflow::roles()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(Roles, role);
    QFETCH(bool, allowed);

    QCOMPARE(bool(CaseWorkflow::allowedRoles(action, status) & role), allowed);

    const CaseState state = stateFor(action, status);
    const Outcome out = runCheck(action, state, role, fullInput());
    QCOMPARE(out.summary, allowed ? ok(*CaseWorkflow::target(action, status)) : u"Forbidden"_s);
    if (!allowed)
        QVERIFY2(out.message.contains(zz::label(action)), qPrintable(out.message));

    QCOMPARE(CaseWorkflow::availableActions(state, role).contains(action), allowed);
}

void TestWorkflow::reportingRoles()
{
    QCOMPARE(CaseWorkflow::reportingRoles(), Role::Reception | Role::DutyOfficer | Role::Leader);
}

void TestWorkflow::adminHasNoCaseActions()
{
    QVERIFY(!CaseWorkflow::reportingRoles().testFlag(Role::Admin));
    for (const auto &t : CaseWorkflow::transitions())
        QVERIFY(!t.roles.testFlag(Role::Admin));
    for (const auto status : allStatuses) {
        QVERIFY(CaseWorkflow::availableActions({status, false}, Role::Admin).isEmpty());
        QVERIFY(CaseWorkflow::availableActions({status, true}, Role::Admin).isEmpty());
    }
}

void TestWorkflow::requiredFields_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<ActionFields>("required");
    for (const auto &f : expectedRequired)
        QTest::newRow(zz::code(f.action).toLatin1().constData()) << f.action << f.required;
}

void TestWorkflow::requiredFields()
{
    QFETCH(CaseAction, action);
    QFETCH(ActionFields, required);
    QCOMPARE(CaseWorkflow::requiredFields(action).toInt(), required.toInt());
    // A field is either required or optional, never both.
    QCOMPARE((CaseWorkflow::requiredFields(action) & CaseWorkflow::optionalFields(action)).toInt(), 0);
}

void TestWorkflow::missingFieldIsRefused_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<Roles>("role");
    QTest::addColumn<ActionInput>("input");
    QTest::addColumn<QString>("message");

    const auto daysMessage = [](CaseAction action) {
        return action == A::RequestExtension ? u"延期天数应在1至365天之间"_s : u"办理期限应在1至365天之间"_s;
    };

    for (const auto &t : expectedTable) {
        const ActionFields required = expectedRequiredFor(t.action);
        if (!required)
            continue;
        const Roles role = rolesFromLetters(t.roles);
        const QByteArray base = tag(t.action, t.from);
        if (required.testFlag(ActionField::Reason)) {
            ActionInput in = fullInput();
            in.note.clear();
            QTest::newRow(base + "/reason-empty") << t.action << t.from << role << in << u"请填写理由"_s;
            in.note = u" \t\n "_s;
            QTest::newRow(base + "/reason-blank") << t.action << t.from << role << in << u"请填写理由"_s;
        }
        if (required.testFlag(ActionField::Result)) {
            ActionInput in = fullInput();
            in.result.clear();
            QTest::newRow(base + "/result-empty") << t.action << t.from << role << in << u"请填写处理结果"_s;
            in.result = u"  "_s;
            QTest::newRow(base + "/result-blank") << t.action << t.from << role << in << u"请填写处理结果"_s;
        }
        if (required.testFlag(ActionField::Department)) {
            ActionInput in = fullInput();
            in.departmentId = 0;
            in.workerId = 0;
            QTest::newRow(base + "/no-target")
                << t.action << t.from << role << in << u"请选择处置部门或网格员"_s;
        }
        if (required.testFlag(ActionField::OrgUnit)) {
            ActionInput in = fullInput();
            in.orgUnitId = 0;
            QTest::newRow(base + "/no-org-unit") << t.action << t.from << role << in << u"请选择目标单位"_s;
        }
        if (required.testFlag(ActionField::Days)) {
            ActionInput in = fullInput();
            in.days = 0;
            QTest::newRow(base + "/no-days") << t.action << t.from << role << in << daysMessage(t.action);
        }
        if (required.testFlag(ActionField::SuperviseLevel)) {
            ActionInput in = fullInput();
            in.superviseLevel = zz::SuperviseLevel::None;
            QTest::newRow(base + "/no-level") << t.action << t.from << role << in << u"请选择督办级别"_s;
        }
    }
}

void TestWorkflow::missingFieldIsRefused()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(Roles, role);
    QFETCH(ActionInput, input);
    QFETCH(QString, message);

    const Outcome out = runCheck(action, stateFor(action, status), role, input);
    QCOMPARE(out.summary, u"Validation"_s);
    QCOMPARE(out.message, message);
}

void TestWorkflow::minimalInputPasses_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<Roles>("role");

    for (const auto &t : expectedTable)
        QTest::newRow(tag(t.action, t.from).constData()) << t.action << t.from << rolesFromLetters(t.roles);
}

void TestWorkflow::minimalInputPasses()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(Roles, role);

    const Outcome out =
        runCheck(action, stateFor(action, status), role, minimalInput(expectedRequiredFor(action)));
    QVERIFY2(out.summary.startsWith(u"ok:"), qPrintable(out.summary + u' ' + out.message));
}

void TestWorkflow::workerInsteadOfDepartment_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<qint64>("departmentId");
    QTest::addColumn<qint64>("workerId");
    QTest::addColumn<QString>("expected");

    QTest::newRow("dispatch/worker-only")
        << A::Dispatch << S::Registered << qint64(0) << qint64(7) << ok(S::Dispatched);
    QTest::newRow("dispatch/department-only")
        << A::Dispatch << S::Registered << qint64(2) << qint64(0) << ok(S::Dispatched);
    QTest::newRow("dispatch/both") << A::Dispatch << S::Registered << qint64(2) << qint64(7)
                                   << ok(S::Dispatched);
    QTest::newRow("dispatch/neither")
        << A::Dispatch << S::Registered << qint64(0) << qint64(0) << u"Validation"_s;
    QTest::newRow("dispatch/negative-worker")
        << A::Dispatch << S::Registered << qint64(0) << qint64(-1) << u"Validation"_s;
    QTest::newRow("transfer/worker-only")
        << A::Transfer << S::InProgress << qint64(0) << qint64(7) << ok(S::Dispatched);
    QTest::newRow("transfer/neither")
        << A::Transfer << S::Dispatched << qint64(0) << qint64(0) << u"Validation"_s;
}

void TestWorkflow::workerInsteadOfDepartment()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(qint64, departmentId);
    QFETCH(qint64, workerId);
    QFETCH(QString, expected);

    QCOMPARE(CaseWorkflow::requiredFields(A::Dispatch).toInt(), int(ActionField::Department));
    QVERIFY(CaseWorkflow::optionalFields(A::Dispatch).testFlag(ActionField::Worker));

    ActionInput in;
    in.note = u"请尽快处置"_s;
    in.departmentId = departmentId;
    in.workerId = workerId;
    QCOMPARE(runCheck(action, {status, false}, Role::DutyOfficer, in).summary, expected);
}

void TestWorkflow::days_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<Roles>("role");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("accepted");

    const Roles h = Role::DepartmentHandler;
    const Roles l = Role::Leader;
    const Roles d = Role::DutyOfficer;
    // Required days.
    for (const auto &[action, status, pending, role] :
         {std::tuple{A::RequestExtension, S::Dispatched, false, h},
          std::tuple{A::Reopen, S::Closed, false, l}}) {
        const QByteArray base = zz::code(action).toLatin1();
        QTest::newRow(base + "/0") << action << status << pending << role << 0 << false;
        QTest::newRow(base + "/-1") << action << status << pending << role << -1 << false;
        QTest::newRow(base + "/1") << action << status << pending << role << 1 << true;
        QTest::newRow(base + "/365") << action << status << pending << role << 365 << true;
        QTest::newRow(base + "/366") << action << status << pending << role << 366 << false;
    }
    // Optional days: 0 means "not given"; given days must still be in range.
    for (const auto &[action, status, pending, role] :
         {std::tuple{A::Dispatch, S::Registered, false, d},
          std::tuple{A::ApproveExtension, S::InProgress, true, l},
          std::tuple{A::Transfer, S::Dispatched, false, d}}) {
        const QByteArray base = zz::code(action).toLatin1();
        QTest::newRow(base + "/0") << action << status << pending << role << 0 << true;
        QTest::newRow(base + "/5") << action << status << pending << role << 5 << true;
        QTest::newRow(base + "/-3") << action << status << pending << role << -3 << false;
        QTest::newRow(base + "/366") << action << status << pending << role << 366 << false;
    }
}

void TestWorkflow::days()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(bool, pending);
    QFETCH(Roles, role);
    QFETCH(int, days);
    QFETCH(bool, accepted);

    ActionInput in = fullInput();
    in.days = days;
    const Outcome out = runCheck(action, {status, pending}, role, in);
    if (accepted) {
        QVERIFY2(out.summary.startsWith(u"ok:"), qPrintable(out.summary + u' ' + out.message));
    } else {
        QCOMPARE(out.summary, u"Validation"_s);
        QVERIFY2(out.message.contains(u"1至365"), qPrintable(out.message));
    }
}

void TestWorkflow::checkOrder()
{
    const ActionInput empty;
    // Status first, then role, then fields.
    QCOMPARE(runCheck(A::Decline, {S::Closed, false}, Role::Admin, empty).summary, u"InvalidState"_s);
    QCOMPARE(runCheck(A::Decline, {S::Reported, false}, Role::Admin, empty).summary, u"Forbidden"_s);
    QCOMPARE(runCheck(A::Decline, {S::Reported, false}, Role::DepartmentHandler, empty).summary,
             u"Forbidden"_s);
    QCOMPARE(runCheck(A::Decline, {S::Reported, false}, Role::Reception, empty).summary, u"Validation"_s);
    // Extension rules belong to the state check, before the role check.
    QCOMPARE(runCheck(A::RequestExtension, {S::Dispatched, true}, Role::Leader, empty).summary,
             u"InvalidState"_s);
    QCOMPARE(runCheck(A::ApproveExtension, {S::Dispatched, false}, Role::DepartmentHandler, empty).summary,
             u"InvalidState"_s);
    // Holding an extra role that is allowed is enough.
    QCOMPARE(runCheck(A::Close, {S::Feedback, false}, Role::Admin | Role::Leader, empty).summary,
             ok(S::Closed));
}

void TestWorkflow::invalidStateMessageNamesStatusAndAction()
{
    const Outcome out = runCheck(A::Sign, {S::Archived, false}, everyCaseRole, fullInput());
    QCOMPARE(out.summary, u"InvalidState"_s);
    QCOMPARE(out.message, u"当前状态“已归档”下不能执行“签收”"_s);
}

void TestWorkflow::extensionPending_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<Roles>("role");
    QTest::addColumn<QString>("expected");

    const Roles h = Role::DepartmentHandler;
    const Roles l = Role::Leader;
    for (const auto status : {S::Dispatched, S::InProgress}) {
        const QByteArray s = zz::code(status).toLatin1();
        QTest::newRow(s + "/request/free") << A::RequestExtension << status << false << h << ok(status);
        QTest::newRow(s + "/request/pending")
            << A::RequestExtension << status << true << h << u"InvalidState"_s;
        QTest::newRow(s + "/approve/pending") << A::ApproveExtension << status << true << l << ok(status);
        QTest::newRow(s + "/approve/free")
            << A::ApproveExtension << status << false << l << u"InvalidState"_s;
        QTest::newRow(s + "/refuse/pending") << A::RefuseExtension << status << true << l << ok(status);
        QTest::newRow(s + "/refuse/free") << A::RefuseExtension << status << false << l << u"InvalidState"_s;
        QTest::newRow(s + "/withdraw/pending") << A::WithdrawExtension << status << true << h << ok(status);
        QTest::newRow(s + "/withdraw/free")
            << A::WithdrawExtension << status << false << h << u"InvalidState"_s;
        QTest::newRow(s + "/withdraw/leader")
            << A::WithdrawExtension << status << true << l << u"Forbidden"_s;
        // A pending request does not block the ordinary actions.
        QTest::newRow(s + "/urge/pending") << A::Urge << status << true << l << ok(status);
        QTest::newRow(s + "/escalate/pending") << A::Escalate << status << true << l << ok(S::Reported);
    }
    // Without an open dispatch, the extension actions don't exist at all.
    QTest::newRow("feedback/approve/pending")
        << A::ApproveExtension << S::Feedback << true << l << u"InvalidState"_s;
    QTest::newRow("registered/request/free")
        << A::RequestExtension << S::Registered << false << h << u"InvalidState"_s;
    QTest::newRow("in-progress/feedback/free")
        << A::SubmitFeedback << S::InProgress << false << h << ok(S::Feedback);
}

// 处理反馈 over a pending request would leave it undecided: the action is offered (its dialog says
// why it waits) but refused until the leader decides or the handler withdraws the request.
void TestWorkflow::feedbackWaitsForPendingExtension()
{
    const Roles h = Role::DepartmentHandler;
    const CaseState pending{S::InProgress, true};
    const Outcome out = runCheck(A::SubmitFeedback, pending, h, fullInput());
    QCOMPARE(out.summary, u"InvalidState"_s);
    QVERIFY(out.message.contains(u"延期申请"_s));
    QCOMPARE(out.message, CaseWorkflow::waitingFor(A::SubmitFeedback, pending));
    QVERIFY(CaseWorkflow::availableActions(pending, h).contains(A::SubmitFeedback));
    QVERIFY(CaseWorkflow::availableActions(pending, h).contains(A::WithdrawExtension));
    QVERIFY(CaseWorkflow::waitingFor(A::SubmitFeedback, {S::InProgress, false}).isEmpty());
    QVERIFY(CaseWorkflow::waitingFor(A::Return, pending).isEmpty());
}

void TestWorkflow::extensionLapses_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("from");
    QTest::addColumn<bool>("lapses");
    for (const auto &t : expectedTable) {
        if (t.from != S::Dispatched && t.from != S::InProgress)
            continue;
        const bool moves = (t.to != S::Dispatched && t.to != S::InProgress) || t.action == A::Transfer;
        const bool settles = t.action == A::ApproveExtension || t.action == A::RefuseExtension ||
                             t.action == A::WithdrawExtension || t.action == A::RequestExtension;
        QTest::newRow(tag(t.action, t.from).constData()) << t.action << t.from << (moves && !settles);
    }
}

void TestWorkflow::extensionLapses()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, from);
    QFETCH(bool, lapses);
    QCOMPARE(CaseWorkflow::extensionLapses(action, *CaseWorkflow::target(action, from)), lapses);
}

void TestWorkflow::extensionPending()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(bool, pending);
    QFETCH(Roles, role);
    QFETCH(QString, expected);

    const CaseState state{status, pending};
    const Outcome out = runCheck(action, state, role, fullInput());
    QCOMPARE(out.summary, expected);
    const bool offered = out.summary.startsWith(u"ok:") || !CaseWorkflow::waitingFor(action, state).isEmpty();
    QCOMPARE(CaseWorkflow::availableActions(state, role).contains(action), offered);
    if (expected == u"InvalidState"_s)
        QVERIFY(!out.message.isEmpty());
}

void TestWorkflow::availableActions_data()
{
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<QList<CaseAction>>("expected");

    using L = QList<CaseAction>;
    const Roles r = Role::Reception;
    const Roles d = Role::DutyOfficer;
    const Roles h = Role::DepartmentHandler;
    const Roles l = Role::Leader;

    QTest::newRow("reported/reception")
        << S::Reported << false << r << L{A::Register, A::Decline, A::Escalate, A::SettleOnSpot};
    QTest::newRow("reported/duty") << S::Reported << false << d
                                   << L{A::Register, A::Decline, A::Escalate, A::HandDown, A::SettleOnSpot};
    QTest::newRow("reported/leader") << S::Reported << false << l << L{A::Escalate, A::HandDown};
    QTest::newRow("reported/handler") << S::Reported << false << h << L{};
    QTest::newRow("registered/duty") << S::Registered << false << d
                                     << L{A::Dispatch, A::Escalate, A::HandDown, A::Supervise};
    QTest::newRow("registered/reception") << S::Registered << false << r << L{A::Escalate};
    QTest::newRow("dispatched/handler")
        << S::Dispatched << false << h << L{A::Sign, A::Return, A::RequestExtension};
    QTest::newRow("dispatched/handler/pending")
        << S::Dispatched << true << h << L{A::Sign, A::Return, A::WithdrawExtension};
    QTest::newRow("in-progress/handler/pending")
        << S::InProgress << true << h << L{A::SubmitFeedback, A::Return, A::WithdrawExtension};
    QTest::newRow("dispatched/duty") << S::Dispatched << false << d
                                     << L{A::Return, A::Transfer, A::Escalate, A::Supervise, A::Urge};
    QTest::newRow("dispatched/leader")
        << S::Dispatched << false << l << L{A::Escalate, A::Supervise, A::Urge};
    QTest::newRow("dispatched/leader/pending")
        << S::Dispatched << true << l
        << L{A::Escalate, A::ApproveExtension, A::RefuseExtension, A::Supervise, A::Urge};
    QTest::newRow("in-progress/handler")
        << S::InProgress << false << h << L{A::SubmitFeedback, A::Return, A::RequestExtension};
    QTest::newRow("in-progress/duty+leader/pending")
        << S::InProgress << true << (d | l)
        << L{A::Return,          A::Transfer,  A::Escalate, A::ApproveExtension,
             A::RefuseExtension, A::Supervise, A::Urge};
    QTest::newRow("feedback/duty+leader")
        << S::Feedback << false << (d | l) << L{A::Close, A::Return, A::Supervise};
    QTest::newRow("feedback/handler") << S::Feedback << false << h << L{};
    QTest::newRow("closed/leader") << S::Closed << false << l << L{A::Archive, A::Reopen};
    QTest::newRow("closed/reception") << S::Closed << false << r << L{};
    QTest::newRow("declined/duty") << S::Declined << false << d << L{A::Archive};
    QTest::newRow("archived/everyone") << S::Archived << false << everyCaseRole << L{};
    QTest::newRow("reported/admin") << S::Reported << false << Roles(Role::Admin) << L{};
    QTest::newRow("dispatched/admin/pending") << S::Dispatched << true << Roles(Role::Admin) << L{};
    QTest::newRow("no-roles") << S::Registered << false << Roles() << L{};
}

void TestWorkflow::availableActions()
{
    QFETCH(CaseStatus, status);
    QFETCH(bool, pending);
    QFETCH(Roles, roles);
    QFETCH(QList<CaseAction>, expected);

    QCOMPARE(codes(CaseWorkflow::availableActions({status, pending}, roles)), codes(expected));
}

void TestWorkflow::availableActionsAreInEnumOrder()
{
    for (const auto status : allStatuses) {
        for (const bool pending : {false, true}) {
            for (int bits = 0; bits < 0x20; ++bits) {
                const auto roles = Roles::fromInt(bits);
                const QList<CaseAction> actions = CaseWorkflow::availableActions({status, pending}, roles);
                QVERIFY(std::is_sorted(actions.cbegin(), actions.cend()));
                QVERIFY(std::adjacent_find(actions.cbegin(), actions.cend()) == actions.cend());
                QVERIFY(!actions.contains(A::Report));
            }
        }
    }
}

void TestWorkflow::keepsStatus_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<bool>("keeps");

    const QList<CaseAction> keeping{A::RequestExtension,  A::ApproveExtension, A::RefuseExtension,
                                    A::WithdrawExtension, A::Supervise,        A::Urge,
                                    A::RecomputeDeadline};
    for (const auto action : allActions)
        QTest::newRow(zz::code(action).toLatin1().constData()) << action << keeping.contains(action);
}

void TestWorkflow::keepsStatus()
{
    QFETCH(CaseAction, action);
    QFETCH(bool, keeps);
    QCOMPARE(CaseWorkflow::keepsStatus(action), keeps);
}

void TestWorkflow::keepsStatusMatchesTable()
{
    // Every transition of a status-keeping action lands where it started.
    for (const auto &t : expectedTable)
        if (CaseWorkflow::keepsStatus(t.action))
            QCOMPARE(zz::code(t.to), zz::code(t.from));
}

// A row that holds under one check setting only is refused, and not offered, under the other, with
// a sentence saying what to do instead; rows of either setting hold under both.
void TestWorkflow::checkSteps_data()
{
    QTest::addColumn<CaseAction>("action");
    QTest::addColumn<CaseStatus>("status");
    QTest::addColumn<CheckSteps>("steps");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one/close@feedback") << A::Close << S::Feedback << CheckSteps::One << ok(S::Closed);
    QTest::newRow("two/close@feedback") << A::Close << S::Feedback << CheckSteps::Two << u"InvalidState"_s;
    QTest::newRow("two/verify@feedback") << A::Verify << S::Feedback << CheckSteps::Two << ok(S::Verified);
    QTest::newRow("one/verify@feedback") << A::Verify << S::Feedback << CheckSteps::One << u"InvalidState"_s;
    // A case checked before the center went back to one step can still be closed, or sent back.
    QTest::newRow("two/close@verified") << A::Close << S::Verified << CheckSteps::Two << ok(S::Closed);
    QTest::newRow("one/close@verified") << A::Close << S::Verified << CheckSteps::One << ok(S::Closed);
    QTest::newRow("two/return@verified") << A::Return << S::Verified << CheckSteps::Two << ok(S::InProgress);
    QTest::newRow("two/return@feedback") << A::Return << S::Feedback << CheckSteps::Two << ok(S::InProgress);
    QTest::newRow("two/verify@verified") << A::Verify << S::Verified << CheckSteps::Two << u"InvalidState"_s;
}

void TestWorkflow::checkSteps()
{
    QFETCH(CaseAction, action);
    QFETCH(CaseStatus, status);
    QFETCH(CheckSteps, steps);
    QFETCH(QString, expected);

    const CaseState state{status, false, steps};
    const Outcome out = runCheck(action, state, Role::DutyOfficer, fullInput());
    QCOMPARE(out.summary, expected);
    QCOMPARE(CaseWorkflow::availableActions(state, Role::DutyOfficer).contains(action),
             expected.startsWith(u"ok:"));
    if (action == A::Close && status == S::Feedback && steps == CheckSteps::Two)
        QCOMPARE(out.message, u"本中心核查与结案分两步办理:请先“核查通过”,再结案"_s);
    if (action == A::Verify && steps == CheckSteps::One)
        QCOMPARE(out.message, u"本中心核查与结案一步办理:请直接“核查结案”"_s);
}

void TestWorkflow::checkStepsAvailableActions()
{
    const Roles dl = Role::DutyOfficer | Role::Leader;
    QCOMPARE(codes(CaseWorkflow::availableActions({S::Feedback, false, CheckSteps::Two}, dl)),
             codes({A::Verify, A::Return, A::Supervise}));
    QCOMPARE(codes(CaseWorkflow::availableActions({S::Verified, false, CheckSteps::Two}, dl)),
             codes({A::Close, A::Return}));
    QCOMPARE(
        codes(CaseWorkflow::availableActions({S::Verified, false, CheckSteps::Two}, Role::DepartmentHandler)),
        codes({}));
    QVERIFY(zz::isOpen(S::Verified));
}

void TestWorkflow::closeLabelAfterVerify()
{
    QCOMPARE(CaseWorkflow::actionLabel(A::Close, S::Feedback), u"核查结案"_s);
    QCOMPARE(CaseWorkflow::actionLabel(A::Close, S::Verified), u"结案"_s);
    QCOMPARE(CaseWorkflow::actionLabel(A::Verify, S::Feedback), u"核查通过"_s);
    QCOMPARE(zz::label(S::Verified), u"待结案"_s);
}

QTEST_APPLESS_MAIN(TestWorkflow)

#include "tst_workflow.moc"
