// The holiday calendar entered in the app (基础数据 → 节假日), on both engines: a county admin types a
// year's notice through HolidayCalendarService; the year is stored, the deadline counted over its
// provisional days recomputed with a flow row (期限重算), all in one transaction; until then the year's
// statutory holidays are rest days. Only a county admin writes, and on PostgreSQL the server holds
// that against raw SQL.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "HolidayCalendarService.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

// 2027 as a notice might give it: 元旦 1–3 January; 春节 5–13 February with Sunday 31 January and
// Saturday 20 February worked; 国庆节 1–7 October with Saturday 9 October worked.
HolidayNotice notice2027()
{
    HolidayNotice n;
    n.year = 2027;
    n.holidays = {
        {u"元旦"_s, QDate(2027, 1, 1), QDate(2027, 1, 3), {}},
        {u"春节"_s, QDate(2027, 2, 5), QDate(2027, 2, 13), {QDate(2027, 1, 31), QDate(2027, 2, 20)}},
        {u"国庆节"_s, QDate(2027, 10, 1), QDate(2027, 10, 7), {QDate(2027, 10, 9)}}};
    return n;
}

} // namespace

class TestHolidayCalendar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 18), QTime(9, 0))};
    QStringList m_roles;
    User m_countyAdmin, m_townAdmin, m_clerk;

    User account(const QString &base, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"h%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        return u;
    }

    Session login(const User &u)
    {
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
    }

    int holidayRows(int year)
    {
        return Query(*m_db, u"SELECT COUNT(*) FROM holidays WHERE day >= ? AND day <= ?"_s)
            .bind(QDate(year, 1, 1).toString(Qt::ISODate))
            .bind(QDate(year, 12, 31).toString(Qt::ISODate))
            .scalar()
            .toInt();
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
        m_roles.clear();
        m_clock.set(QDateTime(QDate(2026, 12, 18), QTime(9, 0)));
        try {
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
            m_countyAdmin = account(u"cadmin"_s, Role::Admin, m_town.county.id);
            m_townAdmin = account(u"tadmin"_s, Role::Admin, m_town.township1.id);
            m_clerk = account(u"clerk"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township1.id);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db) {
            try {
                for (const QString &role : std::as_const(m_roles))
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
            } catch (const Error &e) {
                qWarning() << "could not drop test roles:" << e.detail();
            }
        }
        m_roles.clear();
        m_db.reset();
    }

    // Until 2027's notice is entered its statutory holidays are rest days: 元旦, and 春节 from 除夕
    // (5 February) to 初三 with Saturday and Sunday made up on 9 and 10 February.
    void provisionalYearRestsOnTheLawsHolidays()
    {
        const WorkCalendar calendar = CalendarRepository(*m_db).load();
        QCOMPARE(calendar.coveredUntil(), QDate(2026, 12, 31));
        for (const QDate day : {QDate(2027, 1, 1), QDate(2027, 2, 5), QDate(2027, 2, 8), QDate(2027, 2, 10),
                                QDate(2027, 4, 5), QDate(2027, 6, 9), QDate(2027, 9, 15), QDate(2027, 10, 1)})
            QVERIFY2(!calendar.isWorkday(day), qPrintable(day.toString(Qt::ISODate)));
        QCOMPARE(holidayRows(2027), 0); // computed, never stored

        // 拖欠工资 (10 working days) reported on Thursday 4 February 2027: 11, 12, 15–19, 22–24 February.
        m_clock.set(QDateTime(QDate(2027, 2, 4), QTime(10, 0)));
        CaseRecord c;
        c.title = u"春节前拖欠工资"_s;
        c.categoryId = m_town.wages.id;
        c.orgUnitId = m_town.grid1.id;
        EXPECT_OK(c = CaseService(*m_db, m_clock, calendar).report(c, m_town.actor(m_town.reception)));
        QCOMPARE(c.deadline.date(), QDate(2027, 2, 24));
        QVERIFY(calendar.isProvisional(c.deadline, c.deadlineWorkingDays));
    }

    // The county admin enters 2027 by typing the notice: the year is stored, and a deadline counted
    // over the provisional 春节 moves by a day (Saturday 20 February is worked), with its flow row.
    void countyAdminEntersAYear()
    {
        // Dispatched on 18 December 2026 with 40 working days: provisionally Friday 19 February.
        CaseRecord c;
        c.title = u"年底拖欠工资"_s;
        c.categoryId = m_town.wages.id;
        c.orgUnitId = m_town.grid1.id;
        {
            CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
            EXPECT_OK(c = service.report(c, m_town.actor(m_town.reception)));
            EXPECT_OK(
                c = service.apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.duty)));
            ActionInput dispatch;
            dispatch.departmentId = m_town.judicial.id;
            dispatch.days = 40;
            EXPECT_OK(c = service.apply(c.id, c.version, CaseAction::Dispatch, dispatch,
                                        m_town.actor(m_town.duty)));
        }
        QCOMPARE(c.deadline.date(), QDate(2027, 2, 19));
        const int flowBefore = int(CaseRepository(*m_db).flow(c.id).size());

        m_clock.set(QDateTime(QDate(2026, 12, 20), QTime(15, 0)));
        Session admin = login(m_countyAdmin);
        HolidayCalendarService service(*admin.db, m_clock, admin.actor());
        QVERIFY(service.mayEdit());
        DeadlineRecompute::Result result;
        EXPECT_OK(result = service.saveNotice(notice2027()));
        QCOMPARE(result.years, QList<int>{2027});
        QCOMPARE(result.daysWritten, 3 + 9 + 2 + 7 + 1);
        QCOMPARE(result.casesChanged, 1);
        QCOMPARE(holidayRows(2027), 22);

        const WorkCalendar stored = CalendarRepository(*m_db).load();
        QVERIFY(stored.isOfficialYear(2027));
        QCOMPARE(stored.coveredUntil(), QDate(2027, 12, 31));
        QVERIFY(stored.isWorkday(QDate(2027, 2, 20)));
        QCOMPARE(stored.holidayName(QDate(2027, 2, 20)), u"春节(调休)"_s);
        QVERIFY(!stored.isWorkday(QDate(2027, 2, 12)));

        const auto moved = CaseRepository(*m_db).get(c.id);
        QCOMPARE(moved->deadline.date(), QDate(2027, 2, 20));
        QCOMPARE(moved->version, c.version + 1);
        const auto flow = CaseRepository(*m_db).flow(c.id);
        QCOMPARE(flow.size(), flowBefore + 1);
        QCOMPARE(flow.last().action, CaseAction::RecomputeDeadline);
        QCOMPARE(flow.last().toStatus, c.status);
        QCOMPARE(flow.last().actorName, m_countyAdmin.displayName);
        QCOMPARE(flow.last().note, u"2027 年节假日已录入，办理期限由 2027-02-19 调整为 2027-02-20"_s);
        QVERIFY(!stored.isProvisional(moved->deadline, true));

        // Entering the same notice again moves nothing.
        EXPECT_OK(result = service.saveNotice(notice2027()));
        QCOMPARE(result.casesChanged, 0);
        QCOMPARE(CaseRepository(*m_db).flow(c.id).size(), flowBefore + 1);
    }

    // A window keeps the calendar it loaded at login; once the county has entered the year (here or on
    // another computer), a deadline that would count over the old provisional days is counted on the
    // stored notice instead.
    void staleCalendarIsReloaded()
    {
        const WorkCalendar atLogin = CalendarRepository(*m_db).load();
        Session admin = login(m_countyAdmin);
        EXPECT_OK(HolidayCalendarService(*admin.db, m_clock, admin.actor()).saveNotice(notice2027()));

        // 拖欠工资 on Thursday 4 February 2027: 15–19 February, Saturday the 20th worked, 22–25.
        m_clock.set(QDateTime(QDate(2027, 2, 4), QTime(10, 0)));
        CaseRecord c;
        c.title = u"春节前拖欠工资"_s;
        c.categoryId = m_town.wages.id;
        c.orgUnitId = m_town.grid1.id;
        CaseService service(*m_db, m_clock, atLogin);
        EXPECT_OK(c = service.report(c, m_town.actor(m_town.reception)));
        QCOMPARE(c.deadline.date(), QDate(2027, 2, 25));
        QVERIFY(!service.calendar().isProvisional(c.deadline, true));
    }

    void invalidNoticeStoresNothing()
    {
        Session admin = login(m_countyAdmin);
        HolidayCalendarService service(*admin.db, m_clock, admin.actor());
        HolidayNotice bad = notice2027();
        bad.holidays[1].workdays.append(QDate(2027, 2, 17));                          // a Wednesday
        bad.holidays.append({u"清明"_s, QDate(2027, 10, 6), QDate(2027, 10, 8), {}}); // overlaps 国庆节
        try {
            service.saveNotice(bad);
            QFAIL("an invalid notice was stored");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(u"2027-02-17 不是周六或周日"_s), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"重叠"_s), qPrintable(e.message()));
        }
        QCOMPARE(holidayRows(2027), 0);
    }

    // Only a county admin writes the calendar: a township admin and a clerk are refused by the
    // service and, on PostgreSQL, by the server against raw SQL.
    void onlyTheCountyAdminWrites()
    {
        CaseRecord c;
        c.title = u"年底拖欠工资"_s;
        c.categoryId = m_town.wages.id;
        c.orgUnitId = m_town.grid1.id;
        EXPECT_OK(c = CaseService(*m_db, m_clock, CalendarRepository(*m_db).load())
                          .report(c, m_town.actor(m_town.reception)));
        for (const User &u : {m_townAdmin, m_clerk}) {
            Session s = login(u);
            HolidayCalendarService service(*s.db, m_clock, s.actor());
            QVERIFY(!service.mayEdit());
            EXPECT_ERROR(service.saveNotice(notice2027()), Error::Kind::Forbidden);
            if (!m_testDb->isPostgres())
                continue;
            EXPECT_ERROR(Query::run(*s.db, u"INSERT INTO holidays (day, is_workday, name) "
                                           "VALUES ('2027-03-03', false, '假期')"_s),
                         Error::Kind::Forbidden);
            EXPECT_ERROR(Query(*s.db, u"SELECT zz_case_recompute_deadline(?, ?, ?, 'x', 'x', ?)"_s)
                             .bind(c.id)
                             .bind(c.version)
                             .bindTime(c.deadline.addDays(1))
                             .bindTime(m_clock.now())
                             .scalar(),
                         Error::Kind::Forbidden);
            EXPECT_ERROR(Query(*s.db, u"SELECT COUNT(*) FROM zz_deadline_candidates(0)"_s).scalar(),
                         Error::Kind::Forbidden);
        }
        QCOMPARE(holidayRows(2027), 0);
        if (!m_testDb->isPostgres())
            return;
        // The county admin's raw SQL may move a deadline only as a recompute does: whole days, at
        // most 31, of an open case's working-day deadline.
        Session admin = login(m_countyAdmin);
        EXPECT_ERROR(Query(*admin.db, u"SELECT zz_case_recompute_deadline(?, ?, ?, 'x', 'x', ?)"_s)
                         .bind(c.id)
                         .bind(c.version)
                         .bindTime(c.deadline.addDays(60))
                         .bindTime(m_clock.now())
                         .scalar(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query(*admin.db, u"SELECT zz_case_recompute_deadline(?, ?, ?, 'x', 'x', ?)"_s)
                         .bind(c.id)
                         .bind(c.version)
                         .bindTime(c.deadline.addSecs(3600))
                         .bindTime(m_clock.now())
                         .scalar(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*admin.db, u"UPDATE cases SET deadline_at = deadline_at + 86400"_s),
                     Error::Kind::Forbidden);
        QCOMPARE(CaseRepository(*m_db).get(c.id)->deadline, c.deadline);
        // The admin's calendar write is audited by the server.
        EXPECT_OK(HolidayCalendarService(*admin.db, m_clock, admin.actor()).saveNotice(notice2027()));
        QVERIFY(Query(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'holidays'"_s)
                    .scalar()
                    .toInt() >= 22);
    }

    void readsAChineseDaysFile()
    {
        const QByteArray json =
            "{\"holidays\": {\"2027-01-01\": \"New Year's Day,元旦,1\"}, \"workdays\": {}}";
        WorkCalendar source;
        EXPECT_OK(source = HolidayCalendarService::readJson(json));
        QCOMPARE(source.years(), QList<int>{2027});
        EXPECT_ERROR(HolidayCalendarService::readJson("{\"source\": 1}"), Error::Kind::Validation);
        EXPECT_ERROR(HolidayCalendarService::readJson("not json"), Error::Kind::Validation);
        Session admin = login(m_countyAdmin);
        DeadlineRecompute::Result result;
        EXPECT_OK(result =
                      HolidayCalendarService(*admin.db, m_clock, admin.actor()).storeYears(source, {2027}));
        QCOMPARE(result.daysWritten, 1);
        QCOMPARE(holidayRows(2027), 1);
    }
};

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "tst_holiday_calendar.moc"
