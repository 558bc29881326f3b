// 核查 and 结案 as one or two steps (migration 0017): the setting county-wide and per township, who may
// change it, the service's rule under each setting, 退回 from either step, 回访 between them and the
// stage counts of 待结案, on both engines (PostgreSQL's raw-SQL side: tst_server_guards).
#include "CallbackService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "WorkflowSettings.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestCheckSteps : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};

    CaseService service() { return CaseService(*m_db, m_clock, CalendarRepository(*m_db).load()); }

    CaseRecord act(qint64 id, CaseAction action, const User &user, ActionInput in = {})
    {
        const auto c = *CaseRepository(*m_db).get(id);
        return service().apply(id, c.version, action, in, m_town.actor(user));
    }

    // A case of township1 in 待核查: registered, dispatched to 司法所, signed, fed back.
    qint64 caseInFeedback(const QString &title)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        CaseParty p;
        p.name = u"张三"_s;
        p.phone = u"13812345678"_s;
        c.parties = {p};
        const qint64 id = service().report(c, m_town.actor(m_town.duty)).id;
        act(id, CaseAction::Register, m_town.duty);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        act(id, CaseAction::Dispatch, m_town.duty, dispatch);
        act(id, CaseAction::Sign, m_town.handler);
        ActionInput feedback;
        feedback.result = u"已调解"_s;
        act(id, CaseAction::SubmitFeedback, m_town.handler, feedback);
        return id;
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init()
    {
        try {
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    // One step unless set; a township's own choice before the county's; "follow the county" again.
    void settingInheritance()
    {
        WorkflowSettings settings(*m_db);
        const Actor admin = m_town.actor(m_town.admin);
        QCOMPARE(settings.checkSteps(m_town.township1.id), CheckSteps::One);
        QVERIFY(!settings.anyTwoSteps());
        EXPECT_OK(settings.setCountyCheckSteps(admin, CheckSteps::Two));
        QCOMPARE(settings.checkSteps(m_town.township1.id), CheckSteps::Two);
        QCOMPARE(settings.checkSteps(m_town.township2.id), CheckSteps::Two);
        QVERIFY(settings.anyTwoSteps());
        EXPECT_OK(settings.setTownshipCheckSteps(admin, m_town.township2.id, CheckSteps::One));
        QCOMPARE(settings.checkSteps(m_town.township2.id), CheckSteps::One);
        QCOMPARE(settings.townshipCheckSteps(m_town.township2.id), std::optional(CheckSteps::One));
        QCOMPARE(settings.townshipCheckSteps(m_town.township1.id), std::nullopt);
        EXPECT_OK(settings.setTownshipCheckSteps(admin, m_town.township2.id, std::nullopt));
        QCOMPARE(settings.checkSteps(m_town.township2.id), CheckSteps::Two);
        EXPECT_ERROR(settings.setTownshipCheckSteps(admin, m_town.village1.id, CheckSteps::Two),
                     Error::Kind::Validation);
    }

    // Admins only, within their scope; the county's setting by a county admin.
    void whoMayChangeIt()
    {
        WorkflowSettings settings(*m_db);
        Actor townAdmin = m_town.actor(m_town.admin);
        townAdmin.orgUnitId = m_town.township1.id;
        EXPECT_ERROR(settings.setCountyCheckSteps(townAdmin, CheckSteps::Two), Error::Kind::Forbidden);
        EXPECT_ERROR(settings.setTownshipCheckSteps(townAdmin, m_town.township2.id, CheckSteps::Two),
                     Error::Kind::Forbidden);
        EXPECT_OK(settings.setTownshipCheckSteps(townAdmin, m_town.township1.id, CheckSteps::Two));
        for (const User *u : {&m_town.duty, &m_town.leader, &m_town.handler, &m_town.reception})
            EXPECT_ERROR(
                settings.setTownshipCheckSteps(m_town.actor(*u), m_town.township1.id, CheckSteps::One),
                Error::Kind::Forbidden);
        QCOMPARE(settings.checkSteps(m_town.township1.id), CheckSteps::Two);
    }

    // Two steps: 核查结案 refused from 待核查; 核查通过 → 待结案 (counted), 回访, then 结案.
    void twoSteps()
    {
        EXPECT_OK(WorkflowSettings(*m_db).setTownshipCheckSteps(m_town.actor(m_town.admin),
                                                                m_town.township1.id, CheckSteps::Two));
        const qint64 id = caseInFeedback(u"两步核查"_s);
        EXPECT_ERROR(act(id, CaseAction::Close, m_town.duty), Error::Kind::InvalidState);
        EXPECT_ERROR(act(id, CaseAction::Verify, m_town.handler), Error::Kind::Forbidden);
        CaseRecord c;
        ActionInput check;
        check.note = u"现场核实属实"_s;
        EXPECT_OK(c = act(id, CaseAction::Verify, m_town.duty, check));
        QCOMPARE(c.status, CaseStatus::Verified);
        QVERIFY(!c.closedAt.isValid());
        const StageCounts counts = CaseRepository(*m_db).stageCounts(m_town.county.id, m_clock.now());
        QCOMPARE(counts.byStatus.value(CaseStatus::Verified), 1);
        QCOMPARE(counts.byStatus.value(CaseStatus::Feedback), 0);
        // 回访 may come between the two steps; its answer is the satisfaction at 结案.
        Callback call;
        call.method = CallbackMethod::Phone;
        call.calledAt = m_clock.now();
        call.person = u"张三"_s;
        call.result = CallbackResult::Satisfied;
        EXPECT_OK(CallbackService(*m_db, m_clock).record(id, call, m_town.actor(m_town.duty)));
        EXPECT_OK(c = act(id, CaseAction::Close, m_town.leader));
        QCOMPARE(c.status, CaseStatus::Closed);
        QVERIFY(c.closedAt.isValid());
        QCOMPARE(c.satisfaction, std::optional(Satisfaction::Satisfied));
        const QList<FlowEntry> flow = CaseRepository(*m_db).flow(id);
        QCOMPARE(flow.at(flow.size() - 2).action, CaseAction::Verify);
        QCOMPARE(flow.at(flow.size() - 2).note, u"现场核实属实"_s);
        QCOMPARE(flow.last().fromStatus, std::optional(CaseStatus::Verified));
    }

    // 退回 from 核查 or from 结案 goes back to the same department's handler, with its reason.
    void returnFromEitherStep()
    {
        EXPECT_OK(WorkflowSettings(*m_db).setCountyCheckSteps(m_town.actor(m_town.admin), CheckSteps::Two));
        for (const bool afterCheck : {false, true}) {
            const qint64 id = caseInFeedback(afterCheck ? u"结案时退回"_s : u"核查退回"_s);
            if (afterCheck)
                act(id, CaseAction::Verify, m_town.duty);
            ActionInput back;
            back.note = u"照片不清楚，请补充"_s;
            CaseRecord c;
            EXPECT_OK(c = act(id, CaseAction::Return, m_town.duty, back));
            QCOMPARE(c.status, CaseStatus::InProgress);
            QCOMPARE(c.departmentId, m_town.judicial.id);
            QCOMPARE(CaseRepository(*m_db).flow(id).last().note, u"照片不清楚，请补充"_s);
        }
    }

    // One step (the default) as before; a case left in 待结案 by a switch back can still be closed.
    void oneStepAndExistingCases()
    {
        const Actor admin = m_town.actor(m_town.admin);
        const qint64 plain = caseInFeedback(u"一步核查结案"_s);
        EXPECT_ERROR(act(plain, CaseAction::Verify, m_town.duty), Error::Kind::InvalidState);
        QCOMPARE(act(plain, CaseAction::Close, m_town.duty).status, CaseStatus::Closed);

        EXPECT_OK(WorkflowSettings(*m_db).setCountyCheckSteps(admin, CheckSteps::Two));
        const qint64 waiting = caseInFeedback(u"切换前待核查"_s);
        act(waiting, CaseAction::Verify, m_town.duty);
        const qint64 fedBack = caseInFeedback(u"切换后待核查"_s);
        EXPECT_OK(WorkflowSettings(*m_db).setCountyCheckSteps(admin, CheckSteps::One));
        QCOMPARE(act(waiting, CaseAction::Close, m_town.duty).status, CaseStatus::Closed);
        QCOMPARE(act(fedBack, CaseAction::Close, m_town.duty).status, CaseStatus::Closed);
    }
};

QTEST_GUILESS_MAIN(TestCheckSteps)
#include "tst_check_steps.moc"
