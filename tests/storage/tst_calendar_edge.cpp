// The calendar's edge, on both engines: deadlines counted past the last year with holiday data are
// provisional, and entering that year's holidays moves them, with a flow row per moved case.
#include "AuditLog.h"
#include "CalendarCommand.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "DeadlineRecompute.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

// 2027 as the State Council might publish it (the part the tests need): 元旦 on Friday 1 January
// and, unlike the law's provisional 2027, Monday 4 January as well; a made-up day off on Tuesday
// 12 January so that a count starting in 2027 moves too.
const QByteArray holidays2027 =
    "{\"holidays\": {\"2027-01-01\": \"New Year's Day,元旦,1\", \"2027-01-04\": \"New Year's Day,元旦,1\","
    " \"2027-01-12\": \"Test Day,测试假日,1\"},"
    " \"workdays\": {\"2027-02-20\": \"Spring Festival,春节,4\"}}";

WorkCalendar calendar2027()
{
    WorkCalendar c;
    if (!c.loadJson(holidays2027))
        qFatal("test calendar unreadable");
    return c;
}

QDate deadlineDate(const Database &db, qint64 id)
{
    return CaseRepository(db).get(id)->deadline.date();
}

} // namespace

class TestCalendarEdge : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    // Friday 18 December 2026, two weeks before the bundled calendar ends.
    FixedClock m_clock{QDateTime(QDate(2026, 12, 18), QTime(9, 0))};

    CaseRecord report(qint64 categoryId, Urgency urgency = Urgency::Normal)
    {
        CaseRecord c;
        c.title = u"年底拖欠工资"_s;
        c.categoryId = categoryId;
        c.orgUnitId = m_town.grid1.id;
        c.urgency = urgency;
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        return service.report(c, m_town.actor(m_town.reception));
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
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_clock.set(QDateTime(QDate(2026, 12, 18), QTime(9, 0)));
    }

    void cleanup() { m_db.reset(); }

    void coverageFromTheTable()
    {
        const WorkCalendar stored = CalendarRepository(*m_db).load();
        QCOMPARE(stored.coveredUntil(), QDate(2026, 12, 31));
        QCOMPARE(stored.coveredUntil(), WorkCalendar::bundled().coveredUntil());
    }

    void provisionalDeadlineIsRecomputed()
    {
        // 拖欠工资: 10 working days. From Friday 18 December: 21–25, 28–31 December, then
        // 1 January is 元旦 by law (the provisional 2027) -> Monday 4 January.
        CaseRecord wages;
        EXPECT_OK(wages = report(m_town.wages.id));
        QCOMPARE(wages.deadline.date(), QDate(2027, 1, 4));
        const WorkCalendar before = CalendarRepository(*m_db).load();
        QVERIFY(before.isProvisional(wages.deadline, wages.deadlineWorkingDays));
        QCOMPARE(before.provisionalNote(wages.deadline, true),
                 u"2027 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);

        // Inside the calendar, in natural days, closed: none of these move.
        CaseRecord early;
        m_clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
        EXPECT_OK(early = report(m_town.wages.id));
        QVERIFY(!before.isProvisional(early.deadline, true));
        m_clock.set(QDateTime(QDate(2026, 12, 29), QTime(9, 0)));
        CaseRecord natural;
        EXPECT_OK(natural = report(m_town.leak.id)); // 5 natural days -> 3 January
        QVERIFY(!before.isProvisional(natural.deadline, natural.deadlineWorkingDays));
        CaseRecord declined;
        EXPECT_OK(declined = report(m_town.wages.id));
        {
            CaseService service(*m_db, m_clock, before);
            ActionInput reason;
            reason.note = u"不属于受理范围"_s;
            EXPECT_OK(service.apply(declined.id, declined.version, CaseAction::Decline, reason,
                                    m_town.actor(m_town.reception)));
        }
        const int declinedFlow = int(CaseRepository(*m_db).flow(declined.id).size());

        m_clock.set(QDateTime(QDate(2026, 12, 30), QTime(16, 0)));
        DeadlineRecompute::Result result;
        EXPECT_OK(result =
                      DeadlineRecompute(*m_db, m_clock, u"cli:test"_s).storeYears(calendar2027(), {2027}));
        QCOMPARE(result.years, QList<int>{2027});
        QCOMPARE(result.daysWritten, 4);
        QCOMPARE(result.casesChanged, 1);

        // 4 January is a holiday too: the tenth working day is Tuesday 5 January, still at 23:59:59.
        const auto moved = CaseRepository(*m_db).get(wages.id);
        QCOMPARE(moved->deadline.date(), QDate(2027, 1, 5));
        QCOMPARE(moved->deadline.time(), wages.deadline.time());
        QCOMPARE(moved->version, wages.version + 1);
        QCOMPARE(moved->status, wages.status);
        const auto flow = CaseRepository(*m_db).flow(wages.id);
        QCOMPARE(flow.size(), 2);
        QCOMPARE(flow.last().action, CaseAction::RecomputeDeadline);
        QCOMPARE(flow.last().fromStatus, std::optional(wages.status));
        QCOMPARE(flow.last().toStatus, wages.status);
        QCOMPARE(flow.last().actorUserId, qint64(0));
        QCOMPARE(flow.last().actorName, u"cli:test"_s);
        QCOMPARE(flow.last().at, m_clock.now());
        QCOMPARE(flow.last().note, u"2027 年节假日已录入，办理期限由 2027-01-04 调整为 2027-01-05"_s);
        const auto audit = AuditLog(*m_db, m_clock).recent(1);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().objectId, wages.id);
        QVERIFY2(audit.first().detail.startsWith(u"recompute_deadline"_s), qPrintable(audit.first().detail));

        QCOMPARE(deadlineDate(*m_db, early.id), early.deadline.date());
        QCOMPARE(deadlineDate(*m_db, natural.id), natural.deadline.date());
        QCOMPARE(CaseRepository(*m_db).flow(declined.id).size(), declinedFlow);

        // The calendar now covers 2027: nothing is provisional, and entering the year again moves nothing.
        const WorkCalendar after = CalendarRepository(*m_db).load();
        QCOMPARE(after.coveredUntil(), QDate(2027, 12, 31));
        QVERIFY(!after.isProvisional(moved->deadline, true));
        QVERIFY(!after.isWorkday(QDate(2027, 1, 1)));
        EXPECT_OK(result =
                      DeadlineRecompute(*m_db, m_clock, u"cli:test"_s).storeYears(calendar2027(), {2027}));
        QCOMPARE(result.casesChanged, 0);
        QCOMPARE(CaseRepository(*m_db).flow(wages.id).size(), 2);
    }

    void countStartingAfterTheEdge_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("before");
        QTest::addColumn<QDate>("after");
        // Counting from the dispatch on Monday 4 January (1 January lies before it and does not
        // count): 5 working days end on the 11th either way; 7 cross the day off on the 12th.
        QTest::newRow("5 days") << 5 << QDate(2027, 1, 11) << QDate(2027, 1, 11);
        QTest::newRow("7 days") << 7 << QDate(2027, 1, 13) << QDate(2027, 1, 14);
    }

    void countStartingAfterTheEdge()
    {
        QFETCH(int, days);
        QFETCH(QDate, before);
        QFETCH(QDate, after);
        // Received before the edge, dispatched after it with a time limit of its own.
        CaseRecord c;
        EXPECT_OK(c = report(m_town.neighbourDispute.id));
        m_clock.set(QDateTime(QDate(2027, 1, 4), QTime(9, 0)));
        {
            CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
            EXPECT_OK(
                c = service.apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.duty)));
            ActionInput dispatch;
            dispatch.departmentId = m_town.judicial.id;
            dispatch.days = days;
            EXPECT_OK(c = service.apply(c.id, c.version, CaseAction::Dispatch, dispatch,
                                        m_town.actor(m_town.duty)));
        }
        QCOMPARE(c.deadline.date(), before);
        DeadlineRecompute::Result result;
        EXPECT_OK(result =
                      DeadlineRecompute(*m_db, m_clock, u"cli:test"_s).storeYears(calendar2027(), {2027}));
        QCOMPARE(result.casesChanged, before == after ? 0 : 1);
        QCOMPARE(deadlineDate(*m_db, c.id), after);
    }

    void cliImport()
    {
        CaseRecord wages;
        EXPECT_OK(wages = report(m_town.wages.id));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"2027.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(holidays2027);
        file.close();

        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const auto run = [&](const QStringList &args) {
            QCommandLineParser parser;
            parser.addOption({u"from"_s, {}, u"FILE"_s});
            cli::addCalendarOptions(parser);
            if (!parser.parse(QStringList{u"zongzhi-cli"_s} + args))
                return -1;
            return cli::runCalendar(m_testDb->currentUrl(), parser, u"cli:tester"_s, out, err);
        };
        QCOMPARE(run({u"status"_s}), 0);
        QVERIFY2(outText.contains(u"2026"_s), qPrintable(outText));
        QCOMPARE(run({u"import"_s}), 2); // no --from
        QCOMPARE(run({u"import"_s, u"--from"_s, path, u"--year"_s, u"2031"_s}), 2);
        QCOMPARE(run({u"import"_s, u"--from"_s, path}), 0);
        QVERIFY2(outText.contains(u"2027"_s), qPrintable(outText));
        QCOMPARE(deadlineDate(*m_db, wages.id), QDate(2027, 1, 5));
        QCOMPARE(CaseRepository(*m_db).flow(wages.id).last().actorName, u"cli:tester"_s);
    }
};

QTEST_GUILESS_MAIN(TestCalendarEdge)
#include "tst_calendar_edge.moc"
