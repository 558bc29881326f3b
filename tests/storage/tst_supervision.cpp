// Automatic supervision (SupervisionService) and dispatch copies (case_copies), on SQLite and on
// PostgreSQL (ZONGZHI_TEST_BACKEND).
#include "AccountService.h"
#include "AuditLog.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SupervisionService.h"
#include "TestDatabase.h"
#include "Validators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestSupervision : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    const QDateTime m_start{QDate(2025, 3, 3), QTime(9, 0)}; // a Monday with no holiday near
    FixedClock m_clock{m_start};
    std::unique_ptr<CaseService> m_service;

    CaseRecord reportOne(qint64 categoryId)
    {
        CaseRecord c;
        c.title = u"村道旁堆放建筑垃圾"_s;
        c.description = u"村民反映村道旁长期堆放建筑垃圾,影响通行。"_s;
        c.source = CaseSource::Phone;
        c.nature = CaseNature::Complaint;
        c.categoryId = categoryId;
        c.orgUnitId = m_town.grid1.id;
        CaseParty p;
        p.name = u"陈五"_s;
        p.residentId = u"33068119800101123"_s + Validators::residentIdCheckChar(u"33068119800101123"_s);
        c.parties = {p};
        return m_service->report(c, m_town.actor(m_town.reception));
    }

    CaseRecord apply(const CaseRecord &c, CaseAction action, const ActionInput &input, const User &user)
    {
        return m_service->apply(c.id, c.version, action, input, m_town.actor(user));
    }

    CaseRecord dispatched(qint64 categoryId)
    {
        CaseRecord c = reportOne(categoryId);
        c = apply(c, CaseAction::Register, {}, m_town.duty);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        return apply(c, CaseAction::Dispatch, dispatch, m_town.duty);
    }

    CaseRecord stored(qint64 id) { return *CaseRepository(*m_db).get(id); }

    QList<FlowEntry> superviseRows(qint64 id)
    {
        QList<FlowEntry> out;
        for (const FlowEntry &e : CaseRepository(*m_db).flow(id))
            if (e.action == CaseAction::Supervise)
                out.append(e);
        return out;
    }

    QList<SupervisionService::Card> sweepAt(const QDateTime &at)
    {
        m_clock.set(at);
        return SupervisionService(*m_db, m_clock).sweep(at);
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        qInfo() << "backend:" << m_testDb->backendName();
    }

    void init()
    {
        m_service.reset();
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_clock.set(m_start);
        m_service = std::make_unique<CaseService>(*m_db, m_clock, CalendarRepository(*m_db).load());
    }

    void cleanup()
    {
        m_service.reset();
        m_db.reset();
    }

    void defaultLimitsAndMostSpecificRow()
    {
        SupervisionService service(*m_db, m_clock);
        QCOMPARE(service.limits().size(), 2); // default, and the county's
        const auto township = service.limitFor(m_town.neighbourDispute.id, OrgLevel::Township);
        QVERIFY(township);
        QCOMPARE(township->categoryId, 0);
        QVERIFY(!township->orgLevel);
        QCOMPARE(township->signHours, std::optional(24));
        QCOMPARE(township->deadlinePercent, std::optional(100));
        QCOMPARE(service.limitFor(m_town.neighbourDispute.id, OrgLevel::County)->dispatchHours,
                 std::optional(48));

        SupervisionLimit parent;
        parent.categoryId = m_town.disputes.id;
        parent.signHours = 8;
        service.saveLimit(m_town.actor(m_town.admin), parent);
        QVERIFY(parent.id > 0);
        QCOMPARE(service.limitFor(m_town.neighbourDispute.id, OrgLevel::Township)->id,
                 parent.id); // the parent's row
        QCOMPARE(service.limitFor(m_town.wages.id, OrgLevel::Township)->categoryId, 0);
        SupervisionLimit own;
        own.categoryId = m_town.neighbourDispute.id;
        own.orgLevel = OrgLevel::Township;
        own.signHours = 2;
        service.saveLimit(m_town.actor(m_town.admin), own);
        QCOMPARE(service.limitFor(m_town.neighbourDispute.id, OrgLevel::Township)->id, own.id);
        QCOMPARE(service.limitFor(m_town.neighbourDispute.id, OrgLevel::Village)->id, parent.id);

        own.signHours = 3;
        service.saveLimit(m_town.actor(m_town.admin), own);
        QCOMPARE(service.limitFor(m_town.neighbourDispute.id, OrgLevel::Township)->signHours,
                 std::optional(3));

        SupervisionLimit refused;
        refused.signHours = 1;
        try {
            service.saveLimit(m_town.actor(m_town.duty), refused);
            QFAIL("a duty officer changed the supervision limits");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        try { // the limits hold county-wide: a township's admin may not change them
            Actor townshipAdmin = m_town.actor(m_town.admin);
            townshipAdmin.orgUnitId = m_town.township1.id;
            service.saveLimit(townshipAdmin, refused);
            QFAIL("a township admin changed the county's supervision limits");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        try {
            SupervisionLimit twice;
            twice.categoryId = m_town.neighbourDispute.id;
            twice.orgLevel = OrgLevel::Township;
            twice.signHours = 5;
            service.saveLimit(m_town.actor(m_town.admin), twice);
            QFAIL("a second row for the same category and level was stored");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
        }
        SupervisionLimit bad;
        bad.categoryId = m_town.wages.id;
        bad.signHours = 0;
        try {
            service.saveLimit(m_town.actor(m_town.admin), bad);
            QFAIL("a zero-hour limit was stored");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
        }
        service.removeLimit(m_town.actor(m_town.admin), own.id);
        QCOMPARE(service.limits().size(), 3);
    }

    void unsignedCaseGetsYellowThenRed()
    {
        const CaseRecord c = dispatched(m_town.neighbourDispute.id);
        QVERIFY(sweepAt(m_start.addSecs(23 * 3600)).isEmpty());

        const QDateTime yellowAt = m_start.addSecs(24 * 3600 + 60);
        const auto yellow = sweepAt(yellowAt);
        QCOMPARE(yellow.size(), 1);
        QCOMPARE(yellow[0].caseId, c.id);
        QCOMPARE(yellow[0].caseNo, c.caseNo);
        QCOMPARE(yellow[0].level, SuperviseLevel::YellowCard);
        QVERIFY2(yellow[0].reason.contains(u"24小时未签收"_s), qPrintable(yellow[0].reason));
        CaseRecord now = stored(c.id);
        QCOMPARE(now.superviseLevel, SuperviseLevel::YellowCard);
        QCOMPARE(now.status, CaseStatus::Dispatched);
        QCOMPARE(now.version, c.version + 1);
        auto rows = superviseRows(c.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].id, yellow[0].flowId);
        QCOMPARE(rows[0].actorUserId, 0);
        QCOMPARE(rows[0].actorName, SupervisionService::actorName());
        QCOMPARE(rows[0].fromStatus, std::optional(CaseStatus::Dispatched));
        QCOMPARE(rows[0].toStatus, CaseStatus::Dispatched);
        QCOMPARE(rows[0].departmentId, m_town.judicial.id);
        QCOMPARE(rows[0].note, yellow[0].reason);
        QCOMPARE(rows[0].at, yellowAt);

        // Idempotent: no second yellow card, now or an hour later.
        QVERIFY(sweepAt(yellowAt).isEmpty());
        QVERIFY(sweepAt(yellowAt.addSecs(3600)).isEmpty());
        QCOMPARE(superviseRows(c.id).size(), 1);

        // Red 48 hours after the yellow card.
        QVERIFY(sweepAt(yellowAt.addSecs(47 * 3600)).isEmpty());
        const auto red = sweepAt(yellowAt.addSecs(48 * 3600));
        QCOMPARE(red.size(), 1);
        QCOMPARE(red[0].level, SuperviseLevel::RedCard);
        QVERIFY2(red[0].reason.contains(u"48小时"_s), qPrintable(red[0].reason));
        QCOMPARE(stored(c.id).superviseLevel, SuperviseLevel::RedCard);
        QVERIFY(sweepAt(yellowAt.addDays(30)).isEmpty());
        QCOMPARE(superviseRows(c.id).size(), 2);

        // The board reads the level from the list rows.
        CaseQuery query;
        query.supervisedOnly = true;
        const auto list = CaseRepository(*m_db).list(query);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].superviseLevel, SuperviseLevel::RedCard);
    }

    void auditRowPerCard()
    {
        const CaseRecord c = dispatched(m_town.neighbourDispute.id);
        QCOMPARE(sweepAt(m_start.addDays(2)).size(), 1);
        const auto recent = AuditLog(*m_db, m_clock).recent(1);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent[0].action, QString(AuditAction::CaseAction));
        QCOMPARE(recent[0].objectId, c.id);
        QVERIFY(recent[0].detail.startsWith(u"supervise dispatched→dispatched"_s));
        QVERIFY(AuditLog(*m_db, m_clock).verify().ok);
    }

    void registeredCaseNotDispatched()
    {
        CaseRecord c = reportOne(m_town.neighbourDispute.id);
        c = apply(c, CaseAction::Register, {}, m_town.duty);
        QVERIFY(sweepAt(m_start.addSecs(23 * 3600)).isEmpty());
        const auto cards = sweepAt(m_start.addSecs(24 * 3600));
        QCOMPARE(cards.size(), 1);
        QVERIFY2(cards[0].reason.contains(u"未派遣"_s), qPrintable(cards[0].reason));
        QCOMPARE(superviseRows(c.id).first().fromStatus, std::optional(CaseStatus::Registered));
        // Reported (not registered) cases are not the workflow's to supervise.
        reportOne(m_town.neighbourDispute.id);
        QVERIFY(sweepAt(m_start.addDays(40)).size() == 1); // only the registered one turns red
    }

    void deadlineLimits()
    {
        // 漏水: 5 natural days from receipt.
        CaseRecord c = dispatched(m_town.leak.id);
        c = apply(c, CaseAction::Sign, {}, m_town.handler);
        QVERIFY(c.deadline.isValid());
        QVERIFY(sweepAt(c.deadline.addSecs(-3600)).isEmpty());
        const auto yellow = sweepAt(c.deadline.addSecs(60));
        QCOMPARE(yellow.size(), 1);
        QVERIFY2(yellow[0].reason.contains(u"超过办理期限"_s), qPrintable(yellow[0].reason));
        // 48 hours after the yellow card comes before 72 hours past the deadline.
        const auto red = sweepAt(c.deadline.addSecs(48 * 3600 + 60));
        QCOMPARE(red.size(), 1);
        QCOMPARE(red[0].level, SuperviseLevel::RedCard);
    }

    void farOverdueGoesStraightToRed()
    {
        CaseRecord c = dispatched(m_town.leak.id);
        c = apply(c, CaseAction::Sign, {}, m_town.handler);
        const auto cards = sweepAt(c.deadline.addSecs(72 * 3600 + 1));
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards[0].level, SuperviseLevel::RedCard);
        QVERIFY2(cards[0].reason.contains(u"72小时"_s), qPrintable(cards[0].reason));
        QCOMPARE(superviseRows(c.id).size(), 1);
    }

    void categoryLimitAndPercent()
    {
        SupervisionService service(*m_db, m_clock);
        SupervisionLimit own;
        own.categoryId = m_town.neighbourDispute.id;
        own.signHours = 2;
        own.deadlinePercent = 50;
        service.saveLimit(m_town.actor(m_town.admin), own);

        const CaseRecord mine = dispatched(m_town.neighbourDispute.id);
        const CaseRecord other = dispatched(m_town.wages.id);
        const auto cards = sweepAt(m_start.addSecs(2 * 3600));
        QCOMPARE(cards.size(), 1);
        QCOMPARE(cards[0].caseId, mine.id);
        QVERIFY2(cards[0].reason.contains(u"邻里纠纷"_s), qPrintable(cards[0].reason));

        // Signed in time but half the limit gone: yellow by the percentage.
        CaseRecord c = dispatched(m_town.neighbourDispute.id);
        c = apply(c, CaseAction::Sign, {}, m_town.handler);
        const QDateTime half = c.receivedAt.addSecs(c.receivedAt.secsTo(c.deadline) / 2 + 60);
        const auto later = sweepAt(half);
        bool found = false;
        for (const auto &card : later)
            if (card.caseId == c.id) {
                found = true;
                QVERIFY2(card.reason.contains(u"50%"_s), qPrintable(card.reason));
            }
        QVERIFY(found);
        Q_UNUSED(other);
    }

    void closedAndFeedbackCasesAreLeftAlone()
    {
        CaseRecord c = dispatched(m_town.leak.id);
        c = apply(c, CaseAction::Sign, {}, m_town.handler);
        ActionInput feedback;
        feedback.result = u"已清理"_s;
        c = apply(c, CaseAction::SubmitFeedback, feedback, m_town.handler);
        QVERIFY(sweepAt(m_start.addDays(30)).isEmpty());
        c = apply(c, CaseAction::Close, {}, m_town.duty);
        QVERIFY(sweepAt(m_start.addDays(60)).isEmpty());
        QCOMPARE(stored(c.id).superviseLevel, SuperviseLevel::None);
    }

    void secondConnectionIssuesNothingTwice()
    {
        const CaseRecord c = dispatched(m_town.neighbourDispute.id);
        const QDateTime at = m_start.addDays(2);
        auto other = m_testDb->connectAgain();
        const auto first = SupervisionService(*m_db, m_clock).sweep(at);
        const auto second = SupervisionService(*other, m_clock).sweep(at);
        QCOMPARE(first.size() + second.size(), 1);
        QCOMPARE(superviseRows(c.id).size(), 1);
    }

    void aPersonsCardStartsTheRedClock()
    {
        CaseRecord c = dispatched(m_town.neighbourDispute.id);
        c = apply(c, CaseAction::Sign, {}, m_town.handler);
        m_clock.set(m_start.addSecs(3600));
        ActionInput supervise;
        supervise.superviseLevel = SuperviseLevel::YellowCard;
        supervise.note = u"请加快办理"_s;
        c = apply(c, CaseAction::Supervise, supervise, m_town.leader);
        QVERIFY(sweepAt(m_start.addSecs(48 * 3600)).isEmpty());
        const auto red = sweepAt(m_start.addSecs(49 * 3600));
        QCOMPARE(red.size(), 1);
        QCOMPARE(red[0].level, SuperviseLevel::RedCard);
    }

    void bigBacklogIsIssuedInPortions()
    {
        for (int i = 0; i < 3; ++i)
            dispatched(m_town.neighbourDispute.id);
        const QDateTime at = m_start.addDays(2);
        m_clock.set(at);
        SupervisionService service(*m_db, m_clock);
        service.setMaxCardsPerSweep(2);
        QCOMPARE(service.sweep(at).size(), 2);
        QCOMPARE(service.sweep(at).size(), 1);
        QCOMPARE(service.sweep(at).size(), 0);
    }

    // On PostgreSQL the account's own login role, under row-level security, writes the copies and
    // issues the cards (the grants of migration 0005).
    void loggedInAccountDispatchesAndSweeps()
    {
        User duty;
        duty.login = m_testDb->isPostgres()
                         ? u"t%1_svduty"_s.arg(QCoreApplication::applicationPid() % 1000000)
                         : u"svduty"_s;
        duty.displayName = u"督办测试"_s;
        duty.roles = Role::DutyOfficer;
        duty.orgUnitId = m_town.township1.id;
        const QString password = u"Qingshi#2026"_s;
        try {
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(duty, password);
            Session s = AuthService(m_clock).login(m_testDb->currentUrl(), duty.login, password);
            CaseService service(*s.db, m_clock, CalendarRepository(*s.db).load());
            CaseRecord c = reportOne(m_town.neighbourDispute.id);
            c = service.apply(c.id, c.version, CaseAction::Register, {}, s.actor());
            ActionInput dispatch;
            dispatch.departmentId = m_town.judicial.id;
            dispatch.copiedOrgUnits = {m_town.village1.id};
            c = service.apply(c.id, c.version, CaseAction::Dispatch, dispatch, s.actor());
            QCOMPARE(CaseRepository(*s.db).copiedOrgUnits(c.id), QList<qint64>{m_town.village1.id});
            m_clock.set(m_start.addDays(2));
            const auto cards = SupervisionService(*s.db, m_clock).sweep(m_clock.now());
            QCOMPARE(cards.size(), 1);
            QCOMPARE(stored(c.id).superviseLevel, SuperviseLevel::YellowCard);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
        if (m_testDb->isPostgres())
            Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(duty.login));
    }

    void dispatchStoresCopiedUnits()
    {
        CaseRecord c = reportOne(m_town.neighbourDispute.id);
        c = apply(c, CaseAction::Register, {}, m_town.duty);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.copiedOrgUnits = {m_town.village1.id, m_town.county.id, m_town.village1.id};
        c = apply(c, CaseAction::Dispatch, dispatch, m_town.duty);
        QList<qint64> expected{m_town.county.id, m_town.village1.id};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(CaseRepository(*m_db).copiedOrgUnits(c.id), expected);
        const qint64 flowId = CaseRepository(*m_db).flow(c.id).last().id;
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM case_copies WHERE flow_id = ?"_s)
                     .bind(flowId)
                     .scalar()
                     .toInt(),
                 2);

        ActionInput missing;
        missing.departmentId = m_town.judicial.id;
        missing.copiedOrgUnits = {987654};
        CaseRecord d = reportOne(m_town.neighbourDispute.id);
        d = apply(d, CaseAction::Register, {}, m_town.duty);
        try {
            apply(d, CaseAction::Dispatch, missing, m_town.duty);
            QFAIL("a dispatch copied to a unit that does not exist went through");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
        }
        QCOMPARE(stored(d.id).status, CaseStatus::Registered);
        QVERIFY(CaseRepository(*m_db).copiedOrgUnits(d.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_supervision.moc"
