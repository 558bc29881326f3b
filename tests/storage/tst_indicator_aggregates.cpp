// The stored monthly figures (issue 14, migration 0041) equal the figures computed from the cases,
// after every kind of change a case or a call-back can go through: registered through the service,
// closed on time and late, an extension, the dispute's outcome, reopened, declined, archived, its
// category, department, source and place changed (into another township), its receipt moved to
// another month, made confidential, deleted; call-backs added, changed and removed; the holiday
// calendar changed. Compared for every period kind, several as-of dates, the county and each
// township, and every breakdown. On PostgreSQL also through a county and a township leader's own
// logins, and no account can write the figures or the stored working days it may not.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "IndicatorQueries.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

QDateTime at(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0));
}

QString describe(const IndicatorCounts &c)
{
    return u"rec %1 reg %2 cbr %3 clo %4 ont %5 rcd %6 stl %7 cb %8 sat %9 days %10 ovd %11 sup %12/%13/%14"_s
        .arg(c.received)
        .arg(c.registered)
        .arg(c.closedOfRegistered)
        .arg(c.closed)
        .arg(c.closedOnTime)
        .arg(c.disputeRecorded)
        .arg(c.disputeSettled)
        .arg(c.callbacks)
        .arg(c.satisfied)
        .arg(c.handlingWorkingDays)
        .arg(c.overdueOpen)
        .arg(c.supervisedNormal)
        .arg(c.supervisedYellow)
        .arg(c.supervisedRed);
}

} // namespace

class TestIndicatorAggregates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{at(2026, 1, 6)};
    QStringList m_roles;
    int m_seq = 0;

    qint64 insertCase(const OrgUnit &place, const QDateTime &received, const QString &status,
                      const QDateTime &deadline, const QDateTime &closed, std::optional<bool> settled,
                      const QString &source = u"hotline12345"_s)
    {
        ++m_seq;
        const qint64 township = place.id == m_town.grid3.id ? m_town.township2.id : m_town.township1.id;
        Query q(*m_db,
                u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, source, nature, "
                "category_id, org_unit_id, org_path, status, level_org_unit_id, received_at, deadline_at, "
                "closed_at, dispute_settled, updated_at, department_id) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "'dispute', ?, "
                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.bind(u"AGG-%1"_s.arg(m_seq))
            .bind(township)
            .bind(received.date().year())
            .bind(2000 + m_seq)
            .bind(u"AGG%1"_s.arg(m_seq))
            .bind(u"汇总测试案件%1"_s.arg(m_seq))
            .bind(source)
            .bindId(m_seq % 3 ? m_town.neighbourDispute.id : m_town.leak.id)
            .bind(place.id)
            .bind(Query(*m_db, u"SELECT path FROM org_units WHERE id = ?"_s).bind(place.id).scalar())
            .bind(status)
            .bind(township)
            .bindTime(received)
            .bindTime(deadline)
            .bindTime(closed)
            .bind(settled ? QVariant(*settled) : QVariant())
            .bindTime(received)
            .bindId(township == m_town.township1.id && m_seq % 2 ? m_town.judicial.id : 0);
        q.exec();
        return Query(*m_db, u"SELECT id FROM cases WHERE case_no = ?"_s)
            .bind(u"AGG-%1"_s.arg(m_seq))
            .scalar()
            .toLongLong();
    }

    qint64 callback(qint64 caseId, const QDateTime &when, const QString &result)
    {
        Query(
            *m_db,
            u"INSERT INTO callbacks (case_id, method, called_at, result, at) VALUES (?, 'phone', ?, ?, ?)"_s)
            .bind(caseId)
            .bindTime(when)
            .bind(result)
            .bindTime(when)
            .exec();
        return Query(*m_db, u"SELECT MAX(id) FROM callbacks"_s).scalar().toLongLong();
    }

    void exec(const QString &sql, const QVariantList &values)
    {
        Query q(*m_db, sql);
        for (const QVariant &v : values)
            q.bind(v);
        q.exec();
    }

    // Cases over three months and two townships: closed on time and late, open and overdue,
    // declined, archived, with and without outcome, call-backs.
    QList<qint64> makeCounty()
    {
        QList<qint64> ids;
        ids << insertCase(m_town.grid1, at(2025, 12, 3), u"closed"_s, at(2025, 12, 10, 23), at(2025, 12, 9),
                          true);
        ids << insertCase(m_town.grid2, at(2025, 12, 20), u"closed"_s, at(2025, 12, 28, 23), at(2026, 1, 5),
                          false);
        ids << insertCase(m_town.village2, at(2026, 1, 10), u"archived"_s, at(2026, 1, 15, 23),
                          at(2026, 1, 26), false);
        ids << insertCase(m_town.grid1, at(2026, 1, 15), u"declined"_s, {}, {}, std::nullopt);
        ids << insertCase(m_town.grid1, at(2026, 1, 20), u"in_progress"_s, at(2026, 1, 25, 23), {},
                          std::nullopt);
        ids << insertCase(m_town.grid3, at(2026, 1, 21), u"in_progress"_s, at(2026, 2, 10, 23), {},
                          std::nullopt, u"grid"_s);
        ids << insertCase(m_town.grid3, at(2026, 1, 28), u"closed"_s, at(2026, 2, 5, 23), at(2026, 2, 16),
                          true, u"grid"_s);
        ids << insertCase(m_town.grid2, at(2026, 2, 2), u"closed"_s, at(2026, 2, 12, 23), at(2026, 2, 11),
                          true);
        ids << insertCase(m_town.grid1, at(2026, 2, 14), u"feedback"_s, at(2026, 2, 20, 23), {},
                          std::nullopt);
        ids << insertCase(m_town.grid3, at(2026, 3, 2), u"closed"_s, at(2026, 3, 9, 23), at(2026, 3, 4),
                          true);
        callback(ids.at(0), at(2025, 12, 12), u"satisfied"_s);
        callback(ids.at(1), at(2026, 1, 7), u"unsatisfied"_s);
        callback(ids.at(2), at(2026, 1, 27), u"unreachable"_s);
        callback(ids.at(2), at(2026, 1, 28), u"basic"_s);
        callback(ids.at(7), at(2026, 2, 13), u"satisfied"_s);
        return ids;
    }

    // Every figure of the stored path against the cases' for periods, as-of dates, scopes and
    // breakdowns; `what` names the change for the failure message.
    void compareAll(const Database &db, const QString &what, bool countyScopes = true)
    {
        const WorkCalendar calendar = CalendarRepository(*m_db).load();
        IndicatorQueries stored(db, calendar);
        IndicatorQueries live(db, calendar);
        live.setUseAggregates(false);
        const QList<ReportPeriod> periods{ReportPeriod::month(2025, 12), ReportPeriod::month(2026, 1),
                                          ReportPeriod::month(2026, 2),  ReportPeriod::quarter(2026, 1),
                                          ReportPeriod::year(2026),      ReportPeriod::year(2025)};
        QList<IndicatorScope> scopes{IndicatorScope{}};
        if (countyScopes) {
            scopes << IndicatorScope{m_town.county.id, 0, {}, 0};
            scopes << IndicatorScope{m_town.township2.id, 0, {}, 0};
        }
        scopes << IndicatorScope{m_town.township1.id, 0, {}, 0};
        const QList<IndicatorDimension> dimensions{
            IndicatorDimension::Township, IndicatorDimension::Village, IndicatorDimension::Grid,
            IndicatorDimension::Category, IndicatorDimension::Source,  IndicatorDimension::Department};
        for (const ReportPeriod &period : periods)
            for (const QDate asOf :
                 {period.last(), QDate(2026, 1, 22), QDate(2026, 3, 15), QDate(2026, 2, 1)})
                for (const IndicatorScope &scope : scopes) {
                    const QString where =
                        u"%1: %2 as of %3, unit %4"_s.arg(what, period.code(), asOf.toString(Qt::ISODate))
                            .arg(scope.orgUnitId);
                    const IndicatorFigures a = stored.compute(period, scope, asOf);
                    const IndicatorFigures b = live.compute(period, scope, asOf);
                    QVERIFY2(a.total == b.total, qPrintable(where + u"\n stored "_s + describe(a.total) +
                                                            u"\n live   "_s + describe(b.total)));
                    QCOMPARE(a.byTownship.size(), b.byTownship.size());
                    for (qsizetype i = 0; i < a.byTownship.size(); ++i)
                        QVERIFY2(a.byTownship.at(i).counts == b.byTownship.at(i).counts, qPrintable(where));
                    if (asOf != period.last())
                        continue;
                    for (const IndicatorDimension dimension : dimensions) {
                        const QList<IndicatorGroup> x = stored.breakdown(period, scope, asOf, dimension);
                        const QList<IndicatorGroup> y = live.breakdown(period, scope, asOf, dimension);
                        QVERIFY2(x.size() == y.size(),
                                 qPrintable(where + u" dimension %1"_s.arg(int(dimension))));
                        for (qsizetype i = 0; i < x.size(); ++i) {
                            QVERIFY2(x.at(i).key == y.at(i).key && x.at(i).counts == y.at(i).counts,
                                     qPrintable(where +
                                                u" dimension %1 group %2\n stored "_s.arg(int(dimension))
                                                    .arg(y.at(i).key) +
                                                describe(x.at(i).counts) + u"\n live   "_s +
                                                describe(y.at(i).counts)));
                        }
                    }
                }
        const auto storedTrend = stored.trend(QDate(2026, 3, 1), {}, QDate(2026, 3, 15));
        const auto liveTrend = live.trend(QDate(2026, 3, 1), {}, QDate(2026, 3, 15));
        QCOMPARE(storedTrend.size(), liveTrend.size());
        for (qsizetype i = 0; i < storedTrend.size(); ++i)
            QVERIFY2(storedTrend.at(i).counts == liveTrend.at(i).counts, qPrintable(what + u" trend"_s));
    }

    qint64 storedMonths()
    {
        return Query(*m_db, u"SELECT COUNT(*) FROM indicator_valid"_s).scalar().toLongLong();
    }

    Session login(const QString &name, Role role, qint64 unit)
    {
        User u;
        u.login = u"agg%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(name);
        u.displayName = u"测试"_s + name;
        u.roles = role;
        u.orgUnitId = unit;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
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
            m_seq = 0;
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

    // An empty county first (a township setting itself up), then every kind of change.
    void equalAfterEveryChange()
    {
        try {
            compareAll(*m_db, u"empty"_s);
            const QList<qint64> ids = makeCounty();
            compareAll(*m_db, u"filled"_s);
            QVERIFY(storedMonths() > 0); // the figures did come from the store

            // Through the workflow: reported, registered, dispatched, fed back, closed.
            {
                CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
                Actor officer = m_town.actor(m_town.duty);
                officer.orgUnitId = m_town.county.id;
                m_clock.set(at(2026, 1, 6));
                CaseRecord draft;
                draft.title = u"路灯不亮"_s;
                draft.description = u"两盏路灯不亮"_s;
                draft.categoryId = m_town.leak.id;
                draft.orgUnitId = m_town.grid2.id;
                const Actor reception{m_town.reception.id, u"王受理"_s, Role::Reception, m_town.county.id, 0};
                CaseRecord c = service.report(draft, reception);
                compareAll(*m_db, u"reported"_s, false);
                c = service.apply(c.id, c.version, CaseAction::Register, {}, officer);
                ActionInput dispatch;
                dispatch.departmentId = m_town.judicial.id;
                dispatch.days = 5;
                c = service.apply(c.id, c.version, CaseAction::Dispatch, dispatch, officer);
                compareAll(*m_db, u"dispatched"_s, false);
            }
            exec(u"UPDATE cases SET status = 'closed', closed_at = ? WHERE id = ?"_s,
                 {at(2026, 1, 30).toSecsSinceEpoch(), ids.at(4)});
            compareAll(*m_db, u"closed late"_s);
            exec(u"UPDATE cases SET deadline_at = ? WHERE id = ?"_s,
                 {at(2026, 2, 3, 23).toSecsSinceEpoch(), ids.at(4)});
            compareAll(*m_db, u"extended"_s);
            exec(u"UPDATE cases SET dispute_settled = ? WHERE id = ?"_s, {true, ids.at(4)});
            compareAll(*m_db, u"outcome recorded"_s);
            exec(u"UPDATE cases SET status = 'in_progress', closed_at = NULL WHERE id = ?"_s, {ids.at(7)});
            compareAll(*m_db, u"reopened"_s);
            exec(u"UPDATE cases SET status = 'declined' WHERE id = ?"_s, {ids.at(8)});
            compareAll(*m_db, u"declined"_s);
            exec(u"UPDATE cases SET status = 'archived' WHERE id = ?"_s, {ids.at(0)});
            compareAll(*m_db, u"archived"_s);
            exec(u"UPDATE cases SET category_id = ?, department_id = ?, source = 'grid' WHERE id = ?"_s,
                 {m_town.labour.id, m_town.police.id, ids.at(2)});
            compareAll(*m_db, u"category, department, source"_s);
            exec(u"UPDATE cases SET org_unit_id = ?, org_path = (SELECT path FROM org_units WHERE id = ?), "
                 "township_id = ?, department_id = ? WHERE id = ?"_s,
                 {m_town.grid3.id, m_town.grid3.id, m_town.township2.id, m_town.township2Police.id,
                  ids.at(1)});
            compareAll(*m_db, u"moved to the other township"_s);
            exec(u"UPDATE cases SET received_at = ? WHERE id = ?"_s,
                 {at(2026, 2, 25).toSecsSinceEpoch(), ids.at(5)});
            compareAll(*m_db, u"received moved a month"_s);
            exec(u"UPDATE cases SET confidential = ? WHERE id = ?"_s, {true, ids.at(3)});
            exec(u"UPDATE cases SET confidential = ? WHERE id = ?"_s, {true, ids.at(6)});
            compareAll(*m_db, u"confidential"_s);
            const qint64 late = callback(ids.at(6), at(2026, 2, 20), u"satisfied"_s);
            compareAll(*m_db, u"call-back on a confidential case"_s);
            exec(u"UPDATE callbacks SET result = 'unsatisfied', called_at = ? WHERE id = ?"_s,
                 {at(2026, 3, 1).toSecsSinceEpoch(), late});
            compareAll(*m_db, u"call-back changed"_s);
            exec(u"DELETE FROM callbacks WHERE case_id = ?"_s, {ids.at(2)});
            compareAll(*m_db, u"call-backs removed"_s);
            exec(u"DELETE FROM callbacks WHERE case_id = ?"_s, {ids.at(9)});
            exec(u"DELETE FROM cases WHERE id = ?"_s, {ids.at(9)});
            compareAll(*m_db, u"case deleted"_s);

            // A holiday entered: the stored working days are renewed and every month computed again.
            const qint64 before = Query(*m_db, u"SELECT ordinal FROM workday_ordinals WHERE day = ?"_s)
                                      .bind(QDate(1970, 1, 1).daysTo(QDate(2026, 1, 30)))
                                      .scalar()
                                      .toLongLong();
            exec(u"INSERT INTO holidays (day, is_workday, name) VALUES ('2026-01-14', ?, '测试假日')"_s,
                 {false});
            compareAll(*m_db, u"holiday entered"_s);
            const qint64 after = Query(*m_db, u"SELECT ordinal FROM workday_ordinals WHERE day = ?"_s)
                                     .bind(QDate(1970, 1, 1).daysTo(QDate(2026, 1, 30)))
                                     .scalar()
                                     .toLongLong();
            QCOMPARE(after, before - 1);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A custom run of days and a narrowed scope come from the cases; the store serves whole months.
    void partialPeriodsAreLive()
    {
        makeCounty();
        const WorkCalendar calendar = CalendarRepository(*m_db).load();
        IndicatorQueries stored(*m_db, calendar);
        IndicatorQueries live(*m_db, calendar);
        live.setUseAggregates(false);
        const ReportPeriod days = ReportPeriod::custom(QDate(2026, 1, 10), QDate(2026, 2, 9));
        QCOMPARE(stored.compute(days, {}, QDate(2026, 2, 9)).total,
                 live.compute(days, {}, QDate(2026, 2, 9)).total);
        QCOMPARE(storedMonths(), 0);
        IndicatorScope village{m_town.village1.id, 0, {}, 0};
        QCOMPARE(stored.compute(ReportPeriod::month(2026, 1), village, QDate(2026, 1, 31)).total,
                 live.compute(ReportPeriod::month(2026, 1), village, QDate(2026, 1, 31)).total);
        QCOMPARE(storedMonths(), 0);
    }

    // PostgreSQL: county and township leaders through their own logins get the cases' figures from
    // the store; a township login cannot write figures, renew another township's or write the
    // working days; a county admin may write the working days.
    void loginRolesReadButNeverWrite()
    {
        if (!m_testDb->isPostgres())
            QSKIP("row-level security and login roles are PostgreSQL's");
        makeCounty();
        Session county = login(u"county"_s, Role::Leader, m_town.county.id);
        Session town = login(u"town"_s, Role::Leader, m_town.township1.id);
        // The owner stores the working days first (a leader may not).
        IndicatorQueries(*m_db, CalendarRepository(*m_db).load())
            .compute(ReportPeriod::month(2026, 1), {}, QDate(2026, 1, 31));
        compareAll(*county.db, u"county leader"_s);
        compareAll(*town.db, u"township leader"_s, false);
        QVERIFY(Query(*town.db, u"SELECT COUNT(*) FROM indicator_months WHERE township_id = ?"_s)
                    .bind(m_town.township2.id)
                    .scalar()
                    .toLongLong() == 0); // the other township's rows are not his to read

        const auto refused = [&](const QString &sql, const QVariantList &values) {
            bool threw = false;
            try {
                Query q(*town.db, sql);
                for (const QVariant &v : values)
                    q.bind(v);
                q.exec();
            } catch (const Error &) {
                threw = true;
            }
            QVERIFY2(threw, qPrintable(sql));
        };
        refused(u"UPDATE indicator_months SET received = received + 100 WHERE township_id = ?"_s,
                {m_town.township1.id});
        refused(
            u"INSERT INTO indicator_months (township_id, month, dim, gkey, received) VALUES (?, 202601, 't', "
            "'x', 5)"_s,
            {m_town.township1.id});
        refused(u"INSERT INTO indicator_valid (township_id, month, version, utc_offset, calendar) VALUES (?, "
                "202612, 0, 0, 'x')"_s,
                {m_town.township1.id});
        refused(u"DELETE FROM indicator_stamps"_s, {});
        refused(u"SELECT zz_indicator_refresh(ARRAY[?]::bigint[], 202601, 0)"_s, {m_town.township2.id});
        refused(u"SELECT zz_indicator_refresh(ARRAY[?, ?]::bigint[], 202601, 0)"_s,
                {m_town.township1.id, m_town.township2.id});
        refused(u"UPDATE workday_ordinals SET ordinal = 0"_s, {});
        refused(u"UPDATE workday_calendar SET fingerprint = 'x'"_s, {});
        // His own township's month he may have computed again — by the schema, from the cases.
        Query(*town.db, u"SELECT zz_indicator_refresh(ARRAY[?]::bigint[], 202601, 0)"_s)
            .bind(m_town.township1.id)
            .exec();
        compareAll(*town.db, u"township leader after a refresh"_s, false);

        Session admin = login(u"admin"_s, Role::Admin, m_town.county.id);
        Query(*admin.db, u"UPDATE workday_calendar SET fingerprint = fingerprint"_s).exec();
    }
};

QTEST_GUILESS_MAIN(TestIndicatorAggregates)
#include "tst_indicator_aggregates.moc"
