#include "Error.h"
#include "petition/PetitionWorkflow.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using zz::Error;
using zz::OrgLevel;
using zz::PetitionAction;
using zz::PetitionActionInput;
using zz::PetitionField;
using zz::PetitionRuleSet;
using zz::PetitionState;
using zz::PetitionStatus;
using zz::PetitionWorkflow;
using zz::PriorPetition;
using zz::Role;
using zz::Roles;
using zz::VisitForm;

namespace {

using A = PetitionAction;
using S = PetitionStatus;

// The table as the specification writes it, independent of PetitionWorkflow::transitions().
// R=Reception, D=DutyOfficer, H=DepartmentHandler, L=Leader.
struct Expected
{
    A action;
    S from;
    S to;
    const char *roles;
};

const Expected expectedTable[] = {
    {A::Accept, S::Registered, S::Handling, "DL"},
    {A::Accept, S::Transferred, S::Handling, "HD"},
    {A::Decline, S::Registered, S::NotAccepted, "DL"},
    {A::RefuseRepeat, S::Registered, S::NotReaccepted, "DL"},
    {A::Transfer, S::Registered, S::Transferred, "DL"},
    {A::Object, S::Transferred, S::Registered, "H"},
    {A::SettleOnSpot, S::Registered, S::SettledOnSpot, "RD"},
    {A::ConvertToCase, S::Registered, S::ConvertedToCase, "D"},
    {A::ConvertToCase, S::Handling, S::ConvertedToCase, "D"},
    {A::Extend, S::Handling, S::Handling, "L"},
    {A::StartHearing, S::Handling, S::Handling, "DL"},
    {A::StartHearing, S::UnderRecheck, S::UnderRecheck, "DL"},
    {A::EndHearing, S::Handling, S::Handling, "DL"},
    {A::EndHearing, S::UnderRecheck, S::UnderRecheck, "DL"},
    {A::Reply, S::Handling, S::Replied, "HD"},
    {A::Deliver, S::Replied, S::Delivered, "RDH"},
    {A::Deliver, S::ReviewReplied, S::ReviewDelivered, "RDH"},
    {A::Deliver, S::RecheckReplied, S::Concluded, "RDH"},
    {A::RequestReview, S::Delivered, S::UnderReview, "RD"},
    {A::ReviewOpinion, S::UnderReview, S::ReviewReplied, "DL"},
    {A::RequestRecheck, S::ReviewDelivered, S::UnderRecheck, "RD"},
    {A::RecheckOpinion, S::UnderRecheck, S::RecheckReplied, "DL"},
    {A::Conclude, S::Delivered, S::Concluded, "DL"},
    {A::Conclude, S::ReviewDelivered, S::Concluded, "DL"},
    {A::Reopen, S::Concluded, S::Handling, "DL"},
    {A::Reopen, S::SettledOnSpot, S::Handling, "DL"},
};

Roles rolesOf(const char *letters)
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
        }
    }
    return roles;
}

const Expected *expected(A action, S from)
{
    for (const Expected &e : expectedTable)
        if (e.action == action && e.from == from)
            return &e;
    return nullptr;
}

// Input that carries every field any action may ask for.
PetitionActionInput fullInput()
{
    PetitionActionInput input;
    input.note = u"理由"_s;
    input.result = u"已协调解决"_s;
    input.basis = u"《中华人民共和国劳动合同法》第三十条"_s;
    input.departmentId = 7;
    input.days = 10;
    input.decision = zz::PetitionDecision::Support;
    input.delivery = zz::DeliveryMethod::InPerson;
    input.date = QDate(2026, 4, 1);
    return input;
}

PetitionRuleSet rules(const QString &id)
{
    return *PetitionRuleSet::bundled(id);
}

const QList<Roles> everyRole{Role::Reception, Role::DutyOfficer, Role::DepartmentHandler, Role::Leader,
                             Role::Admin};

} // namespace

// The petition procedure: the transition table row by row, the fields each action needs, the
// hearing and extension rules, and the legal refusals (Art. 19, 20, 36; Zhejiang Art. 15, 20, 25).
class TestPetitionWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesSpecification();
    void everyActionFromEveryStatus();
    void requiredFields_data();
    void requiredFields();
    void extensionLimit();
    void hearing();
    void fullChainReachesConcluded();
    void documentsAndClocks();
    void representatives_data();
    void representatives();
    void repeatRefusal_data();
    void repeatRefusal();
};

void TestPetitionWorkflow::tableMatchesSpecification()
{
    const auto &table = PetitionWorkflow::transitions();
    QCOMPARE(table.size(), qsizetype(std::size(expectedTable)));
    for (const Expected &e : expectedTable) {
        const QString row = zz::code(e.action) + u" from "_s + zz::code(e.from);
        QCOMPARE(PetitionWorkflow::target(e.action, e.from), std::optional<S>(e.to));
        QVERIFY2(PetitionWorkflow::allowedRoles(e.action, e.from) == rolesOf(e.roles), qPrintable(row));
        QVERIFY2(!(PetitionWorkflow::allowedRoles(e.action, e.from) & Role::Admin), qPrintable(row));
    }
    QCOMPARE(PetitionWorkflow::registeringRoles(), rolesOf("RDL"));
}

void TestPetitionWorkflow::everyActionFromEveryStatus()
{
    for (const S from : zz::allValues<S>()) {
        for (const A action : zz::allValues<A>()) {
            const Expected *e = expected(action, from);
            for (const Roles role : everyRole) {
                PetitionState state;
                state.status = from;
                state.hearingOpen = action == A::EndHearing; // a hearing can only end once started
                const bool allowed = e && (rolesOf(e->roles) & role);
                const bool offered = PetitionWorkflow::availableActions(state, role).contains(action);
                const QString row = zz::code(action) + u" from "_s + zz::code(from);
                QVERIFY2(offered == allowed, qPrintable(row));
                try {
                    const S to = PetitionWorkflow::check(action, state, role, fullInput());
                    QVERIFY2(allowed, qPrintable(row));
                    QCOMPARE(to, e->to);
                } catch (const Error &error) {
                    QVERIFY2(!allowed, qPrintable(row + u": "_s + error.message()));
                    QCOMPARE(error.kind(), e ? Error::Kind::Forbidden : Error::Kind::InvalidState);
                    QVERIFY(!error.message().isEmpty());
                }
            }
        }
    }
    // Final statuses offer nothing but reopening.
    for (const S status : zz::allValues<S>()) {
        if (!zz::isFinal(status))
            continue;
        PetitionState state;
        state.status = status;
        for (const A action : PetitionWorkflow::availableActions(state, rolesOf("RDHL")))
            QCOMPARE(action, A::Reopen);
    }
}

void TestPetitionWorkflow::requiredFields_data()
{
    QTest::addColumn<A>("action");
    QTest::addColumn<S>("from");
    QTest::addColumn<Roles>("roles");
    QTest::addColumn<int>("drop"); // the PetitionField left out
    QTest::addColumn<QString>("fragment");

    const Roles all = rolesOf("RDHL");
    QTest::newRow("decline without reason")
        << A::Decline << S::Registered << all << int(PetitionField::Reason) << u"理由"_s;
    QTest::newRow("transfer without unit")
        << A::Transfer << S::Registered << all << int(PetitionField::Target) << u"单位"_s;
    QTest::newRow("settle without result")
        << A::SettleOnSpot << S::Registered << all << int(PetitionField::Result) << u"化解情况"_s;
    QTest::newRow("reply without decision")
        << A::Reply << S::Handling << all << int(PetitionField::Decision) << u"不予支持"_s;
    QTest::newRow("reply without opinion")
        << A::Reply << S::Handling << all << int(PetitionField::Result) << u"处理意见"_s;
    QTest::newRow("reply without basis")
        << A::Reply << S::Handling << all << int(PetitionField::Basis) << u"依据"_s;
    QTest::newRow("recheck opinion without basis")
        << A::RecheckOpinion << S::UnderRecheck << all << int(PetitionField::Basis) << u"依据"_s;
    QTest::newRow("deliver without method")
        << A::Deliver << S::Replied << all << int(PetitionField::Delivery) << u"送达方式"_s;
    QTest::newRow("deliver without date")
        << A::Deliver << S::Replied << all << int(PetitionField::Date) << u"日期"_s;
    QTest::newRow("review request without date")
        << A::RequestReview << S::Delivered << all << int(PetitionField::Date) << u"日期"_s;
    QTest::newRow("extend without days")
        << A::Extend << S::Handling << all << int(PetitionField::Days) << u"延期天数"_s;
    QTest::newRow("extend without reason")
        << A::Extend << S::Handling << all << int(PetitionField::Reason) << u"理由"_s;
    QTest::newRow("hearing without reason")
        << A::StartHearing << S::UnderRecheck << all << int(PetitionField::Reason) << u"理由"_s;
}

void TestPetitionWorkflow::requiredFields()
{
    QFETCH(A, action);
    QFETCH(S, from);
    QFETCH(Roles, roles);
    QFETCH(int, drop);
    QFETCH(QString, fragment);
    QVERIFY(PetitionWorkflow::requiredFields(action).testFlag(PetitionField(drop)));
    PetitionActionInput input = fullInput();
    switch (PetitionField(drop)) {
    case PetitionField::Reason:
        input.note.clear();
        break;
    case PetitionField::Target:
        input.departmentId = 0;
        break;
    case PetitionField::Days:
        input.days = 0;
        break;
    case PetitionField::Decision:
        input.decision.reset();
        break;
    case PetitionField::Result:
        input.result = u"  "_s;
        break;
    case PetitionField::Basis:
        input.basis.clear();
        break;
    case PetitionField::Delivery:
        input.delivery.reset();
        break;
    case PetitionField::Date:
        input.date = QDate();
        break;
    }
    PetitionState state;
    state.status = from;
    try {
        PetitionWorkflow::check(action, state, roles, input);
        QFAIL("the action went through without the field");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    }
    // A transfer may name an org unit instead of a department.
    if (action == A::Transfer) {
        input.orgUnitId = 12;
        QCOMPARE(PetitionWorkflow::check(action, state, roles, input), S::Transferred);
    }
}

void TestPetitionWorkflow::extensionLimit()
{
    PetitionState state;
    state.status = S::Handling;
    state.maxExtensionDays = 30;
    PetitionActionInput input = fullInput();
    input.days = 30;
    QCOMPARE(PetitionWorkflow::check(A::Extend, state, Role::Leader, input), S::Handling);
    state.extensionDays = 20;
    input.days = 11;
    try {
        PetitionWorkflow::check(A::Extend, state, Role::Leader, input);
        QFAIL("31 days of extension went through");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QVERIFY2(error.message().contains(u"30"_s) && error.message().contains(u"20"_s),
                 qPrintable(error.message()));
    }
    input.days = 10;
    QCOMPARE(PetitionWorkflow::check(A::Extend, state, Role::Leader, input), S::Handling);
    // Once the maximum is reached, 延期 is no longer offered, and refused with the reason.
    QVERIFY(PetitionWorkflow::availableActions(state, Role::Leader).contains(A::Extend));
    state.extensionDays = 30;
    QVERIFY(!PetitionWorkflow::availableActions(state, Role::Leader).contains(A::Extend));
    input.days = 1;
    try {
        PetitionWorkflow::check(A::Extend, state, Role::Leader, input);
        QFAIL("an extension past the maximum went through");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::InvalidState);
        QVERIFY2(error.message().contains(u"30"_s), qPrintable(error.message()));
    }
    state.extensionDays = 20;
    // Zhejiang: up to 60 (the state carries the clock's stored maximum).
    state.maxExtensionDays = 60;
    input.days = 40;
    QCOMPARE(PetitionWorkflow::check(A::Extend, state, Role::Leader, input), S::Handling);
    // Only the head approves an extension (Art. 34: 经本机关、单位负责人批准).
    QVERIFY_THROWS_EXCEPTION(Error, PetitionWorkflow::check(A::Extend, state, Role::DutyOfficer, input));
}

void TestPetitionWorkflow::hearing()
{
    PetitionState state;
    state.status = S::UnderRecheck;
    QVERIFY(PetitionWorkflow::availableActions(state, Role::Leader).contains(A::StartHearing));
    QVERIFY(!PetitionWorkflow::availableActions(state, Role::Leader).contains(A::EndHearing));
    state.hearingOpen = true;
    QVERIFY(!PetitionWorkflow::availableActions(state, Role::Leader).contains(A::StartHearing));
    QVERIFY(PetitionWorkflow::availableActions(state, Role::Leader).contains(A::EndHearing));
    // The opinion waits for the hearing's end.
    QVERIFY(!PetitionWorkflow::waitingFor(A::RecheckOpinion, state).isEmpty());
    try {
        PetitionWorkflow::check(A::RecheckOpinion, state, Role::Leader, fullInput());
        QFAIL("an opinion during a hearing went through");
    } catch (const Error &error) {
        QCOMPARE(error.kind(), Error::Kind::InvalidState);
        QVERIFY(error.message().contains(u"听证"_s));
    }
    QVERIFY_THROWS_EXCEPTION(Error,
                             PetitionWorkflow::check(A::StartHearing, state, Role::Leader, fullInput()));
    QCOMPARE(PetitionWorkflow::check(A::EndHearing, state, Role::Leader, fullInput()), S::UnderRecheck);
    QVERIFY(PetitionWorkflow::keepsStatus(A::StartHearing));
    QVERIFY(PetitionWorkflow::keepsStatus(A::Extend));
    QVERIFY(!PetitionWorkflow::keepsStatus(A::Reply));
}

void TestPetitionWorkflow::fullChainReachesConcluded()
{
    // 登记 → 受理 → 答复 → 送达 → 复查申请 → 复查意见 → 送达 → 复核申请 → 复核意见 → 送达 = 办结.
    const QList<std::pair<A, Roles>> chain{
        {A::Accept, Role::DutyOfficer},        {A::Reply, Role::DepartmentHandler},
        {A::Deliver, Role::Reception},         {A::RequestReview, Role::Reception},
        {A::ReviewOpinion, Role::Leader},      {A::Deliver, Role::Reception},
        {A::RequestRecheck, Role::Reception},  {A::RecheckOpinion, Role::Leader},
        {A::Deliver, Role::DepartmentHandler},
    };
    PetitionState state;
    for (const auto &[action, role] : chain)
        state.status = PetitionWorkflow::check(action, state, role, fullInput());
    QCOMPARE(state.status, S::Concluded);
    // 不满意 reopens.
    QCOMPARE(PetitionWorkflow::check(A::Reopen, state, Role::DutyOfficer, fullInput()), S::Handling);
}

void TestPetitionWorkflow::documentsAndClocks()
{
    QCOMPARE(PetitionWorkflow::documentFor(A::Accept), std::optional(zz::DocumentKind::AcceptanceNotice));
    QCOMPARE(PetitionWorkflow::documentFor(A::Decline), std::optional(zz::DocumentKind::NonAcceptanceNotice));
    QCOMPARE(PetitionWorkflow::documentFor(A::RefuseRepeat),
             std::optional(zz::DocumentKind::NoReacceptNotice));
    QCOMPARE(PetitionWorkflow::documentFor(A::Extend), std::optional(zz::DocumentKind::ExtensionNotice));
    QCOMPARE(PetitionWorkflow::documentFor(A::Reply), std::optional(zz::DocumentKind::HandlingOpinion));
    QCOMPARE(PetitionWorkflow::documentFor(A::ReviewOpinion), std::optional(zz::DocumentKind::ReviewOpinion));
    QCOMPARE(PetitionWorkflow::documentFor(A::RecheckOpinion),
             std::optional(zz::DocumentKind::RecheckOpinion));
    QVERIFY(!PetitionWorkflow::documentFor(A::Deliver));

    using K = zz::ClockKind;
    QCOMPARE(PetitionWorkflow::clockStarted(A::Register, S::Registered), std::optional(K::AcceptanceNotice));
    QCOMPARE(PetitionWorkflow::clockStarted(A::Accept, S::Registered), std::optional(K::Handling));
    QCOMPARE(PetitionWorkflow::clockStarted(A::Deliver, S::Replied), std::optional(K::ReviewRequest));
    QCOMPARE(PetitionWorkflow::clockStarted(A::Deliver, S::ReviewReplied), std::optional(K::RecheckRequest));
    QVERIFY(!PetitionWorkflow::clockStarted(A::Deliver, S::RecheckReplied));
    QCOMPARE(PetitionWorkflow::clockStarted(A::RequestReview, S::Delivered), std::optional(K::ReviewAnswer));
    QCOMPARE(PetitionWorkflow::clockStopped(A::RequestReview, S::Delivered), std::optional(K::ReviewRequest));
    QCOMPARE(PetitionWorkflow::clockStopped(A::Reply, S::Handling), std::optional(K::Handling));
    QCOMPARE(PetitionWorkflow::clockStopped(A::Accept, S::Transferred), std::optional(K::Objection));
    QCOMPARE(PetitionWorkflow::clockStopped(A::Accept, S::Registered), std::optional(K::AcceptanceNotice));
    QCOMPARE(zz::runningClock(S::UnderRecheck), std::optional(K::RecheckAnswer));
}

void TestPetitionWorkflow::representatives_data()
{
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<VisitForm>("form");
    QTest::addColumn<int>("headCount");
    QTest::addColumn<int>("representatives");
    QTest::addColumn<QString>("article"); // empty: allowed

    const QString n = u"national-2022"_s;
    const QString z = u"zhejiang-2016"_s;
    QTest::newRow("individual") << n << VisitForm::Individual << 1 << 0 << QString();
    QTest::newRow("30 people, 5") << n << VisitForm::Group << 30 << 5 << QString();
    QTest::newRow("30 people, 6") << n << VisitForm::Group << 30 << 6 << u"《信访工作条例》第二十条第三款"_s;
    QTest::newRow("8 people, 5") << n << VisitForm::Group << 8 << 5 << QString();
    QTest::newRow("no representative")
        << n << VisitForm::Group << 8 << 0 << u"《信访工作条例》第二十条第三款"_s;
    QTest::newRow("more representatives than people")
        << n << VisitForm::Group << 3 << 4 << u"《信访工作条例》第二十条第三款"_s;
    QTest::newRow("zhejiang 8 people, 3") << z << VisitForm::Group << 8 << 3 << QString();
    QTest::newRow("zhejiang 8 people, 4")
        << z << VisitForm::Group << 8 << 4 << u"《浙江省信访条例》第十五条第二款"_s;
    QTest::newRow("zhejiang 12 people, 5") << z << VisitForm::Group << 12 << 5 << QString();
    QTest::newRow("zhejiang 12 people, 6")
        << z << VisitForm::Group << 12 << 6 << u"《浙江省信访条例》第十五条第二款"_s;
}

void TestPetitionWorkflow::representatives()
{
    QFETCH(QString, ruleSet);
    QFETCH(VisitForm, form);
    QFETCH(int, headCount);
    QFETCH(int, representatives);
    QFETCH(QString, article);
    const auto refusal =
        PetitionWorkflow::representativeRefusal(rules(ruleSet), form, headCount, representatives);
    if (article.isEmpty()) {
        QVERIFY2(!refusal, refusal ? qPrintable(refusal->message) : "");
        return;
    }
    QVERIFY(refusal);
    QCOMPARE(refusal->article, article);
    QVERIFY(!refusal->action); // the visit is received; only the extra representatives are refused
    QVERIFY(!refusal->message.isEmpty());
    if (representatives > 1 && representatives <= headCount)
        QVERIFY2(refusal->message.contains(article), qPrintable(refusal->message));
}

void TestPetitionWorkflow::repeatRefusal_data()
{
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<PriorPetition>("prior");
    QTest::addColumn<OrgLevel>("receivingLevel");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("action"); // -1: no refusal
    QTest::addColumn<QString>("article");

    PriorPetition handling;
    handling.id = 41;
    handling.number = u"330681001-X-2026-000041"_s;
    handling.status = S::Handling;
    handling.acceptedOn = QDate(2026, 3, 2);
    handling.currentDue = QDate(2026, 5, 6);
    handling.handlingLevel = OrgLevel::Township;

    const QString n = u"national-2022"_s;
    const QString z = u"zhejiang-2016"_s;
    // Art. 19: accepted, within its period, raised again at a higher level: 不予受理.
    QTest::newRow("pending, at the county") << n << handling << OrgLevel::County << QDate(2026, 4, 1)
                                            << int(A::Decline) << u"《信访工作条例》第十九条第三款"_s;
    QTest::newRow("pending, due day at the county") << n << handling << OrgLevel::County << QDate(2026, 5, 6)
                                                    << int(A::Decline) << u"《信访工作条例》第十九条第三款"_s;
    QTest::newRow("pending, same level")
        << n << handling << OrgLevel::Township << QDate(2026, 4, 1) << -1 << QString();
    QTest::newRow("period over") << n << handling << OrgLevel::County << QDate(2026, 5, 7) << -1 << QString();
    PriorPetition registered = handling;
    registered.status = S::Registered;
    QTest::newRow("not yet accepted")
        << n << registered << OrgLevel::County << QDate(2026, 4, 1) << -1 << QString();
    // Zhejiang Art. 20(5): within the period at any level: 不再受理.
    QTest::newRow("zhejiang pending, same level")
        << z << handling << OrgLevel::Township << QDate(2026, 4, 1) << int(A::RefuseRepeat)
        << u"《浙江省信访条例》第二十条第一款第五项"_s;

    // Art. 36: the same facts and reasons after 复核: 不再受理, at any level.
    PriorPetition rechecked = handling;
    rechecked.status = S::Concluded;
    rechecked.recheckAnswered = true;
    rechecked.sameFactsAndReasons = true;
    rechecked.currentDue = QDate();
    QTest::newRow("after recheck") << n << rechecked << OrgLevel::Township << QDate(2026, 11, 2)
                                   << int(A::RefuseRepeat) << u"《信访工作条例》第三十六条第三款"_s;
    QTest::newRow("after recheck, at the county")
        << n << rechecked << OrgLevel::County << QDate(2026, 11, 2) << int(A::RefuseRepeat)
        << u"《信访工作条例》第三十六条第三款"_s;
    PriorPetition newFacts = rechecked;
    newFacts.sameFactsAndReasons = false;
    QTest::newRow("after recheck, new facts")
        << n << newFacts << OrgLevel::Township << QDate(2026, 11, 2) << -1 << QString();
    PriorPetition concluded = rechecked;
    concluded.recheckAnswered = false;
    QTest::newRow("concluded without recheck: national takes it")
        << n << concluded << OrgLevel::Township << QDate(2026, 11, 2) << -1 << QString();
    QTest::newRow("concluded without recheck: zhejiang Art. 25 refuses")
        << z << concluded << OrgLevel::Township << QDate(2026, 11, 2) << int(A::RefuseRepeat)
        << u"《浙江省信访条例》第二十五条第二款"_s;
}

void TestPetitionWorkflow::repeatRefusal()
{
    QFETCH(QString, ruleSet);
    QFETCH(PriorPetition, prior);
    QFETCH(OrgLevel, receivingLevel);
    QFETCH(QDate, today);
    QFETCH(int, action);
    QFETCH(QString, article);

    const auto refusal = PetitionWorkflow::repeatRefusal(rules(ruleSet), {prior}, receivingLevel, today);
    if (action < 0) {
        QVERIFY2(!refusal, refusal ? qPrintable(refusal->message) : "");
        return;
    }
    QVERIFY(refusal);
    QCOMPARE(refusal->action, std::optional(A(action)));
    QCOMPARE(refusal->article, article);
    QCOMPARE(refusal->priorId, prior.id);
    QVERIFY2(refusal->message.contains(article) && refusal->message.contains(prior.number),
             qPrintable(refusal->message));
    // The notice's reason and clause, Chinese, fit 经审查，{{理由}}。根据{{条例}}{{条款}}的规定….
    QVERIFY2(refusal->noticeReason.startsWith(u"您反映的"_s) && refusal->noticeReason.contains(prior.number),
             qPrintable(refusal->noticeReason));
    QVERIFY(!refusal->noticeReason.endsWith(u"。"_s));
    QCOMPARE(rules(ruleSet).regulation() + refusal->clause, article);
    // The refusal is one the workflow offers from 已登记.
    QVERIFY(PetitionWorkflow::target(*refusal->action, S::Registered));
}

QTEST_GUILESS_MAIN(TestPetitionWorkflow)
#include "tst_petition_workflow.moc"
