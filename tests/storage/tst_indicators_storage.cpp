// The leader's indicators from storage (issue 14): golden figures on a small fixed county for every
// indicator, a period with empty denominators, 同比 from a zero base, 环比 across the year boundary,
// an approved extension making a late-looking case on time, the township breakdown, a township
// leader's figures equal to his township's (PostgreSQL: by row-level security, through his own
// login), and `zongzhi-cli report --json`.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "IndicatorQueries.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "ReportCommand.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

} // namespace

class TestIndicatorsStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{at(2026, 1, 6)};
    QStringList m_roles;
    int m_seq = 0;
    qint64 m_extended = 0; // the case whose approved extension makes it on time

    // A case as it stands, written directly (the history the figures read is the case row, its
    // call-backs and its supervision rows).
    qint64 insertCase(const OrgUnit &place, const QDateTime &received, const QString &status,
                      const QDateTime &deadline, const QDateTime &closed, std::optional<bool> settled)
    {
        ++m_seq;
        const qint64 township = place.id == m_town.grid3.id ? m_town.township2.id : m_town.township1.id;
        Query q(
            *m_db,
            u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, source, nature, "
            "category_id, org_unit_id, org_path, status, level_org_unit_id, received_at, deadline_at, "
            "closed_at, dispute_settled, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'hotline12345', 'dispute', ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.bind(u"IND-%1"_s.arg(m_seq))
            .bind(township)
            .bind(received.date().year())
            .bind(1000 + m_seq)
            .bind(u"IND%1"_s.arg(m_seq))
            .bind(u"指标测试案件%1"_s.arg(m_seq))
            .bindId(m_town.neighbourDispute.id)
            .bind(place.id)
            .bind(Query(*m_db, u"SELECT path FROM org_units WHERE id = ?"_s).bind(place.id).scalar())
            .bind(status)
            .bind(township)
            .bindTime(received)
            .bindTime(deadline)
            .bindTime(closed)
            .bind(settled ? QVariant(*settled) : QVariant())
            .bindTime(received);
        q.exec();
        return Query(*m_db, u"SELECT id FROM cases WHERE case_no = ?"_s)
            .bind(u"IND-%1"_s.arg(m_seq))
            .scalar()
            .toLongLong();
    }

    void callback(qint64 caseId, const QDateTime &when, const QString &result)
    {
        Query(
            *m_db,
            u"INSERT INTO callbacks (case_id, method, called_at, result, at) VALUES (?, 'phone', ?, ?, ?)"_s)
            .bind(caseId)
            .bindTime(when)
            .bind(result)
            .bindTime(when)
            .exec();
    }

    void supervise(qint64 caseId, const QDateTime &when, const QString &level)
    {
        Query(*m_db, u"INSERT INTO case_flow (case_id, action, from_status, to_status, supervise_level, at) "
                     "VALUES (?, 'supervise', 'in_progress', 'in_progress', ?, ?)"_s)
            .bind(caseId)
            .bind(level)
            .bindTime(when)
            .exec();
        Query(*m_db, u"UPDATE case_flow SET supervise_level = ? WHERE case_id = ? AND action = 'supervise'"_s)
            .bind(level)
            .bind(caseId)
            .exec();
    }

    // Received 6 January, due five working days after dispatch, closed 20 January — late by the
    // first deadline, on time after the leader approved a ten-working-day extension.
    qint64 extendedCase()
    {
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        Actor officer = m_town.actor(m_town.duty);
        officer.orgUnitId = m_town.county.id;
        Actor handler = m_town.actor(m_town.handler);
        handler.orgUnitId = m_town.county.id;
        m_clock.set(at(2026, 1, 6));
        CaseRecord draft;
        draft.title = u"楼道漏水需鉴定"_s;
        draft.description = u"楼上漏水"_s;
        draft.categoryId = m_town.neighbourDispute.id;
        draft.orgUnitId = m_town.grid2.id;
        const Actor reception{m_town.reception.id, u"王受理"_s, Role::Reception, m_town.county.id, 0};
        CaseRecord c = service.report(draft, reception);
        const auto act = [&](CaseAction action, const ActionInput &in, const Actor &actor) {
            c = service.apply(c.id, c.version, action, in, actor);
        };
        act(CaseAction::Register, {}, officer);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        act(CaseAction::Dispatch, dispatch, officer);
        act(CaseAction::Sign, {}, handler);
        const QDateTime firstDeadline = c.deadline;
        ActionInput extension;
        extension.days = 10;
        extension.note = u"需等待鉴定结果"_s;
        m_clock.set(at(2026, 1, 9));
        act(CaseAction::RequestExtension, extension, handler);
        act(CaseAction::ApproveExtension, {}, m_town.actor(m_town.leader));
        m_clock.set(at(2026, 1, 20));
        ActionInput feedback;
        feedback.result = u"已修复"_s;
        act(CaseAction::SubmitFeedback, feedback, handler);
        act(CaseAction::Close, {}, officer);
        // Late by the first deadline, within the extended one.
        [&] {
            QVERIFY(firstDeadline.isValid());
            QVERIFY(c.closedAt > firstDeadline);
            QVERIFY(c.closedAt <= c.deadline);
        }();
        return c.id;
    }

    // The fixed county (times at 10:00 local):
    //   1 青石镇 grid1  received 2026-01-05, closed 01-09 (due 01-12), settled; 满意 01-12
    //   2 青石镇 grid2  received 2026-01-06, closed 01-20 after an extension (see extendedCase); 基本满意
    //   01-22 3 青石镇 东湖   received 2026-01-10, closed 01-26 (due 01-15, late), not settled;
    //                   unreachable 01-27, 不满意 01-28
    //   4 青石镇 grid1  received 2026-01-15, declined
    //   5 青石镇 grid1  received 2026-01-20, in progress, due 01-25 (overdue at 01-31); yellow card 01-26
    //   twice 6 城南 grid3    received 2026-01-21, in progress, due 02-10; supervised 01-27 7 城南 grid3
    //   received 2025-12-28, closed 2026-01-03 (due 01-05)
    void makeCounty()
    {
        insertCase(m_town.grid1, at(2026, 1, 5), u"closed"_s, at(2026, 1, 12, 23), at(2026, 1, 9), true);
        m_extended = extendedCase();
        const qint64 c3 = insertCase(m_town.village2, at(2026, 1, 10), u"archived"_s, at(2026, 1, 15, 23),
                                     at(2026, 1, 26), false);
        insertCase(m_town.grid1, at(2026, 1, 15), u"declined"_s, {}, {}, std::nullopt);
        const qint64 c5 = insertCase(m_town.grid1, at(2026, 1, 20), u"in_progress"_s, at(2026, 1, 25, 23), {},
                                     std::nullopt);
        const qint64 c6 = insertCase(m_town.grid3, at(2026, 1, 21), u"in_progress"_s, at(2026, 2, 10, 23), {},
                                     std::nullopt);
        insertCase(m_town.grid3, at(2025, 12, 28), u"closed"_s, at(2026, 1, 5, 23), at(2026, 1, 3),
                   std::nullopt);
        const qint64 c1 =
            Query(*m_db, u"SELECT id FROM cases WHERE case_no = 'IND-1'"_s).scalar().toLongLong();
        callback(c1, at(2026, 1, 12), u"satisfied"_s);
        callback(m_extended, at(2026, 1, 22), u"basic"_s);
        callback(c3, at(2026, 1, 27), u"unreachable"_s);
        callback(c3, at(2026, 1, 28), u"unsatisfied"_s);
        supervise(c5, at(2026, 1, 26), u"yellow"_s);
        supervise(c5, at(2026, 1, 27), u"yellow"_s);
        supervise(c6, at(2026, 1, 27), u"normal"_s);
    }

    IndicatorFigures figures(const Database &db, const ReportPeriod &period, const IndicatorScope &scope = {})
    {
        return IndicatorQueries(db, CalendarRepository(*m_db).load())
            .compute(period, scope, QDate(2026, 1, 31));
    }

    const TownshipIndicators *township(const IndicatorFigures &f, qint64 id)
    {
        for (const TownshipIndicators &t : f.byTownship)
            if (t.townshipId == id)
                return &t;
        return nullptr;
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
            makeCounty();
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

    void goldenMonth()
    {
        IndicatorFigures f;
        EXPECT_OK(f = figures(*m_db, ReportPeriod::month(2026, 1)));
        const IndicatorCounts &c = f.total;
        QCOMPARE(c.received, 6);
        QCOMPARE(c.registered, 5);
        QCOMPARE(c.closedOfRegistered, 3);
        QCOMPARE(c.closed, 4);
        QCOMPARE(c.closedOnTime, 3); // 1, 2 (after its extension), 7; not 3
        QCOMPARE(c.disputeRecorded, 2);
        QCOMPARE(c.disputeSettled, 1);
        QCOMPARE(c.callbacks, 3); // the unreachable attempt has no result
        QCOMPARE(c.satisfied, 2);
        // Working days received → closed: 4 (5→9 Jan), 10 (6→20), 11 (10→26), 3 (28 Dec→3 Jan:
        // 29-31 December; 1-3 January are the New Year holiday).
        QCOMPARE(c.handlingWorkingDays, 28);
        QCOMPARE(c.overdueOpen, 1);
        QCOMPARE(c.supervisedNormal, 1);
        QCOMPARE(c.supervisedYellow, 1); // carded twice, one case
        QCOMPARE(c.supervisedRed, 0);
        QCOMPARE(indicatorValue(c, Indicator::ClosureRate), 0.6);
        QCOMPARE(indicatorValue(c, Indicator::OnTimeRate), 0.75);
        QCOMPARE(indicatorValue(c, Indicator::ResolutionRate), 0.5);
        QCOMPARE(indicatorValue(c, Indicator::SatisfactionRate), 2.0 / 3.0);
        QCOMPARE(indicatorValue(c, Indicator::AvgHandlingWorkingDays), 7.0);

        // by township, in code order; 城南街道 has no dispute outcome and no call-back: undefined.
        QCOMPARE(f.byTownship.size(), 2);
        QCOMPARE(f.byTownship.at(0).code, u"330681001"_s);
        const IndicatorCounts &q = f.byTownship.at(0).counts;
        QCOMPARE(q.received, 5);
        QCOMPARE(q.registered, 4);
        QCOMPARE(q.closed, 3);
        QCOMPARE(q.closedOnTime, 2);
        QCOMPARE(q.handlingWorkingDays, 25);
        const IndicatorCounts &s = f.byTownship.at(1).counts;
        QCOMPARE(s.received, 1);
        QCOMPARE(s.closed, 1);
        QCOMPARE(indicatorValue(s, Indicator::ClosureRate), 0.0);
        QVERIFY(!indicatorValue(s, Indicator::ResolutionRate));
        QVERIFY(!indicatorValue(s, Indicator::SatisfactionRate));
        QCOMPARE(indicatorValue(s, Indicator::AvgHandlingWorkingDays), 3.0);
    }

    // An earlier as-of date: 结案率 counts what was closed by then, 在办超期 what was open and late then.
    void asOfInThePast()
    {
        const IndicatorCounts c = IndicatorQueries(*m_db, CalendarRepository(*m_db).load())
                                      .compute(ReportPeriod::month(2026, 1), {}, QDate(2026, 1, 22))
                                      .total;
        QCOMPARE(c.closedOfRegistered, 2); // cases 1 and 2; case 3 closed on the 26th
        QCOMPARE(indicatorValue(c, Indicator::ClosureRate), 0.4);
        QCOMPARE(c.overdueOpen, 1); // case 3: due the 15th, closed the 26th; case 5 not due until the 25th
        QCOMPARE(c.received, 6);    // the period's own figures do not move
        QCOMPARE(c.closed, 4);
    }

    void scopesNarrow()
    {
        IndicatorScope village;
        village.orgUnitId = m_town.village1.id;
        const IndicatorCounts v = figures(*m_db, ReportPeriod::month(2026, 1), village).total;
        QCOMPARE(v.received, 4); // 1, 2, 4, 5 — not 东湖's case 3
        IndicatorScope dept;
        dept.departmentId = m_town.judicial.id;
        QCOMPARE(figures(*m_db, ReportPeriod::month(2026, 1), dept).total.received, 1); // case 2
        IndicatorScope source;
        source.source = u"grid"_s;
        QCOMPARE(figures(*m_db, ReportPeriod::month(2026, 1), source).total.received, 0);
        IndicatorScope category;
        category.categoryId = m_town.disputes.id; // the parent of 邻里纠纷
        QCOMPARE(figures(*m_db, ReportPeriod::month(2026, 1), category).total.received, 6);
    }

    void emptyDenominatorsAndChanges()
    {
        const ReportPeriod january = ReportPeriod::month(2026, 1);
        // 环比 across the year boundary: December 2025 — one case received, nothing closed.
        QCOMPARE(january.previous(), ReportPeriod::month(2025, 12));
        const IndicatorCounts december = figures(*m_db, january.previous()).total;
        QCOMPARE(december.received, 1);
        QCOMPARE(december.closed, 0);
        QVERIFY(!indicatorValue(december, Indicator::OnTimeRate)); // "—", never 0 % or 100 %
        QVERIFY(!indicatorValue(december, Indicator::AvgHandlingWorkingDays));
        QCOMPARE(formatIndicatorValue(Indicator::OnTimeRate, indicatorValue(december, Indicator::OnTimeRate)),
                 u"—"_s);
        const IndicatorCounts now = figures(*m_db, january).total;
        const auto received = indicatorChange(Indicator::Received, indicatorValue(now, Indicator::Received),
                                              indicatorValue(december, Indicator::Received));
        QCOMPARE(formatIndicatorChange(Indicator::Received, received), u"+500.0%"_s);
        QCOMPARE(indicatorChange(Indicator::OnTimeRate, indicatorValue(now, Indicator::OnTimeRate),
                                 indicatorValue(december, Indicator::OnTimeRate))
                     .kind,
                 IndicatorChange::Kind::Undefined);
        // 同比 from a zero base: January 2025 had nothing.
        const IndicatorCounts lastYear = figures(*m_db, january.yearEarlier()).total;
        IndicatorCounts nothing;
        nothing.overdueOpen = 1; // 在办超期 is taken at the as-of date, whatever the period
        QCOMPARE(lastYear, nothing);
        QCOMPARE(formatIndicatorChange(Indicator::Received,
                                       indicatorChange(Indicator::Received,
                                                       indicatorValue(now, Indicator::Received),
                                                       indicatorValue(lastYear, Indicator::Received))),
                 u"新增"_s);
        QCOMPARE(formatIndicatorChange(Indicator::SupervisedRed,
                                       indicatorChange(Indicator::SupervisedRed,
                                                       indicatorValue(now, Indicator::SupervisedRed),
                                                       indicatorValue(lastYear, Indicator::SupervisedRed))),
                 u"—"_s);
        // The quarter and the year add up the same cases.
        QCOMPARE(figures(*m_db, ReportPeriod::quarter(2026, 1)).total, now);
        QCOMPARE(figures(*m_db, ReportPeriod::year(2025)).total.received, 1);
    }

    // A township leader sees his township's figures: on PostgreSQL through his own login, where
    // row-level security hides the other township's cases from the same statements.
    void townshipLeaderSeesHisTownship()
    {
        const IndicatorFigures county = figures(*m_db, ReportPeriod::month(2026, 1));
        const TownshipIndicators *own = township(county, m_town.township1.id);
        QVERIFY(own);
        IndicatorScope scope;
        scope.orgUnitId = m_town.township1.id;
        QCOMPARE(figures(*m_db, ReportPeriod::month(2026, 1), scope).total, own->counts);
        if (!m_testDb->isPostgres())
            return;
        User u;
        u.login = u"ind%1_leader"_s.arg(QCoreApplication::applicationPid() % 1000000);
        u.displayName = u"测试领导"_s;
        u.roles = Role::Leader;
        u.orgUnitId = m_town.township1.id;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        Session s = AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
        const IndicatorFigures his = figures(*s.db, ReportPeriod::month(2026, 1));
        QCOMPARE(his.total, own->counts);
        QCOMPARE(his.byTownship.size(), 1);
        QCOMPARE(his.byTownship.first().code, u"330681001"_s);
    }

    // The dashboard's breakdowns of January (issue 14): by township, village, grid, category, source
    // and department, each group's counts; the twelve-month trend.
    void breakdowns()
    {
        IndicatorQueries queries(*m_db, CalendarRepository(*m_db).load());
        const ReportPeriod january = ReportPeriod::month(2026, 1);
        const QDate asOf(2026, 1, 31);
        const auto find = [](const QList<IndicatorGroup> &groups, qint64 id) -> const IndicatorGroup * {
            for (const IndicatorGroup &g : groups)
                if (g.key == QString::number(id))
                    return &g;
            return nullptr;
        };
        QList<IndicatorGroup> g;
        EXPECT_OK(g = queries.breakdown(january, {}, asOf, IndicatorDimension::Township));
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.at(0).key, QString::number(m_town.township1.id)); // most received first
        QCOMPARE(g.at(0).counts.received, 5);
        QCOMPARE(g.at(1).counts.received, 1);
        QCOMPARE(queries.rankingDimension(0), IndicatorDimension::Township);
        QCOMPARE(queries.rankingDimension(m_town.township1.id), IndicatorDimension::Village);
        QCOMPARE(queries.rankingDimension(m_town.village1.id), IndicatorDimension::Grid);

        IndicatorScope township;
        township.orgUnitId = m_town.township1.id;
        EXPECT_OK(g = queries.breakdown(january, township, asOf, IndicatorDimension::Village));
        QCOMPARE(g.size(), 2);
        QCOMPARE(find(g, m_town.village1.id)->counts.received, 4); // 1, 2, 4, 5
        QCOMPARE(find(g, m_town.village2.id)->counts.received, 1); // 3 (东湖)
        QCOMPARE(find(g, m_town.village2.id)->counts.closed, 1);
        QCOMPARE(find(g, m_town.village1.id)->counts.overdueOpen, 1); // 5

        IndicatorScope village;
        village.orgUnitId = m_town.village1.id;
        EXPECT_OK(g = queries.breakdown(january, village, asOf, IndicatorDimension::Grid));
        QCOMPARE(g.size(), 2);
        QCOMPARE(find(g, m_town.grid1.id)->counts.received, 3); // 1, 4, 5
        QCOMPARE(find(g, m_town.grid2.id)->counts.received, 1); // 2
        QCOMPARE(find(g, m_town.grid1.id)->counts.supervisedYellow, 1);
        QCOMPARE(find(g, m_town.grid2.id)->counts.satisfied, 1);

        // Sub-categories count for their top-level category.
        EXPECT_OK(g = queries.breakdown(january, {}, asOf, IndicatorDimension::Category));
        QCOMPARE(g.size(), 1);
        QCOMPARE(g.at(0).key, QString::number(m_town.disputes.id));
        QCOMPARE(g.at(0).name, m_town.disputes.name);
        QCOMPARE(g.at(0).counts, queries.compute(january, {}, asOf).total);

        EXPECT_OK(g = queries.breakdown(january, {}, asOf, IndicatorDimension::Source));
        QCOMPARE(g.size(), 2);
        QCOMPARE(g.at(0).key, code(CaseSource::Hotline12345));
        QCOMPARE(g.at(0).name, label(CaseSource::Hotline12345));
        QCOMPARE(g.at(0).counts.received, 5);
        QCOMPARE(g.at(1).key, code(CaseSource::Visit)); // the extended case came in at the counter
        QCOMPARE(g.at(1).counts.received, 1);
        QCOMPARE(g.at(1).counts.closedOnTime, 1);

        // Only dispatched cases have a department.
        EXPECT_OK(g = queries.breakdown(january, {}, asOf, IndicatorDimension::Department));
        QCOMPARE(g.size(), 1);
        QCOMPARE(g.at(0).key, QString::number(m_town.judicial.id));
        QCOMPARE(g.at(0).counts.received, 1);
        QCOMPARE(g.at(0).counts.closedOnTime, 1);
        QCOMPARE(g.at(0).counts.callbacks, 1);

        // Twelve months to January: February 2025 first; December one case, January six.
        QList<IndicatorQueries::MonthFigures> months;
        EXPECT_OK(months = queries.trend(QDate(2026, 1, 1), {}, asOf));
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first().month, ReportPeriod::month(2025, 2));
        QCOMPARE(months.last().month, january);
        QCOMPARE(months.last().asOf, asOf);
        QCOMPARE(months.at(10).month, ReportPeriod::month(2025, 12));
        QCOMPARE(months.at(10).asOf, QDate(2025, 12, 31)); // as far past its end as January is
        QCOMPARE(months.at(10).counts.received, 1);
        QCOMPARE(months.last().counts, queries.compute(january, {}, asOf).total);
        QCOMPARE(months.at(3).counts.received, 0);
    }

    // Every figure's drill-down lists exactly the cases it counted: each set, for the whole county and
    // for each group of each breakdown, at the end of January and at an earlier as-of date.
    void drillDownCountsEqualFigures()
    {
        IndicatorQueries queries(*m_db, CalendarRepository(*m_db).load());
        CaseRepository cases(*m_db);
        const auto expected = [](const IndicatorCounts &c, IndicatorSet set) -> qint64 {
            switch (set) {
            case IndicatorSet::Received:
                return c.received;
            case IndicatorSet::Registered:
                return c.registered;
            case IndicatorSet::ClosedOfRegistered:
                return c.closedOfRegistered;
            case IndicatorSet::Closed:
                return c.closed;
            case IndicatorSet::ClosedOnTime:
                return c.closedOnTime;
            case IndicatorSet::ClosedLate:
                return c.closed - c.closedOnTime;
            case IndicatorSet::DisputeRecorded:
                return c.disputeRecorded;
            case IndicatorSet::DisputeSettled:
                return c.disputeSettled;
            case IndicatorSet::CalledBack:
                return c.callbacks; // one call-back with a result per case in this county
            case IndicatorSet::Satisfied:
                return c.satisfied;
            case IndicatorSet::OverdueOpen:
                return c.overdueOpen;
            case IndicatorSet::SupervisedNormal:
                return c.supervisedNormal;
            case IndicatorSet::SupervisedYellow:
                return c.supervisedYellow;
            case IndicatorSet::SupervisedRed:
                return c.supervisedRed;
            }
            return -1;
        };
        const QList<IndicatorSet> sets = {
            IndicatorSet::Received,         IndicatorSet::Registered,     IndicatorSet::ClosedOfRegistered,
            IndicatorSet::Closed,           IndicatorSet::ClosedOnTime,   IndicatorSet::ClosedLate,
            IndicatorSet::DisputeRecorded,  IndicatorSet::DisputeSettled, IndicatorSet::CalledBack,
            IndicatorSet::Satisfied,        IndicatorSet::OverdueOpen,    IndicatorSet::SupervisedNormal,
            IndicatorSet::SupervisedYellow, IndicatorSet::SupervisedRed};
        // Every indicator's numerator and denominator is one of these sets.
        for (const Indicator i : allIndicators()) {
            QVERIFY(sets.contains(numeratorSet(i)));
            QVERIFY(!indicatorSetTitle(numeratorSet(i)).isEmpty());
        }
        QCOMPARE(denominatorSet(Indicator::ClosureRate), IndicatorSet::Registered);
        QCOMPARE(denominatorSet(Indicator::Received), std::nullopt);

        struct Case
        {
            ReportPeriod period;
            QDate asOf;
            IndicatorScope scope;
            IndicatorDimension dimension;
        };
        IndicatorScope township;
        township.orgUnitId = m_town.township1.id;
        IndicatorScope village;
        village.orgUnitId = m_town.village1.id;
        const ReportPeriod january = ReportPeriod::month(2026, 1);
        const QList<Case> runs = {
            {january, QDate(2026, 1, 31), {}, IndicatorDimension::None},
            {january, QDate(2026, 1, 22), {}, IndicatorDimension::None},
            {ReportPeriod::month(2025, 12), QDate(2025, 12, 31), {}, IndicatorDimension::None},
            {january, QDate(2026, 1, 31), {}, IndicatorDimension::Township},
            {january, QDate(2026, 1, 31), township, IndicatorDimension::Village},
            {january, QDate(2026, 1, 31), village, IndicatorDimension::Grid},
            {january, QDate(2026, 1, 31), {}, IndicatorDimension::Category},
            {january, QDate(2026, 1, 31), {}, IndicatorDimension::Source},
            {january, QDate(2026, 1, 31), {}, IndicatorDimension::Department},
            {january, QDate(2026, 1, 22), township, IndicatorDimension::Grid},
        };
        int checked = 0;
        for (const Case &run : runs) {
            const QList<IndicatorGroup> groups =
                queries.breakdown(run.period, run.scope, run.asOf, run.dimension);
            QVERIFY(!groups.isEmpty());
            for (const IndicatorGroup &g : groups) {
                for (const IndicatorSet set : sets) {
                    IndicatorDrill drill;
                    drill.set = set;
                    drill.period = run.period;
                    drill.asOf = run.asOf;
                    drill.scope = run.scope;
                    drill.dimension = run.dimension;
                    drill.key = g.key;
                    CaseQuery query;
                    query.drill = drill;
                    qint64 listed = -1;
                    EXPECT_OK(listed = cases.count(query));
                    QVERIFY2(listed == expected(g.counts, set),
                             qPrintable(u"%1 / group %2 / set %3: listed %4, counted %5"_s
                                            .arg(run.period.code(), g.name)
                                            .arg(int(set))
                                            .arg(listed)
                                            .arg(expected(g.counts, set))));
                    // The list itself holds those cases.
                    query.limit = 100;
                    QCOMPARE(cases.list(query).size(), listed);
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 150);

        // "The rest" after named groups: every group but those.
        IndicatorDrill rest;
        rest.period = january;
        rest.asOf = QDate(2026, 1, 31);
        rest.dimension = IndicatorDimension::Source;
        rest.otherThan = {code(CaseSource::Hotline12345)};
        CaseQuery query;
        query.drill = rest;
        QCOMPARE(cases.count(query), 1);
        rest.dimension = IndicatorDimension::Category;
        rest.otherThan = {QString::number(m_town.disputes.id)};
        query.drill = rest;
        QCOMPARE(cases.count(query), 0);
    }

    void cliJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.json"_s);
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const auto run = [&](const QStringList &args) {
            QCommandLineParser parser;
            parser.addOption({u"period"_s, u"p"_s, u"P"_s});
            parser.addOption({u"township"_s, u"t"_s, u"T"_s});
            parser.addOption({u"json"_s, u"j"_s, u"F"_s});
            cli::addReportOptions(parser);
            if (!parser.parse(QStringList{u"zongzhi-cli"_s} + args))
                return -1;
            return cli::runReport(m_testDb->currentUrl(), parser, QDate(2026, 2, 1), out, err);
        };
        QCOMPARE(run({u"--period"_s, u"2026-13"_s}), 2);
        QCOMPARE(run({u"--period"_s, u"2026-01"_s, u"--township"_s, u"999"_s}), 1);
        QCOMPARE(run({u"--period"_s, u"2026-01"_s, u"--as-of"_s, u"2026-01-31"_s, u"--json"_s, path}), 0);
        QVERIFY2(outText.contains(u"结案率"_s), qPrintable(outText));
        QVERIFY2(outText.contains(u"新增"_s), qPrintable(outText));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(u"period"_s).toString(), u"2026-01"_s);
        QCOMPARE(root.value(u"as_of"_s).toString(), u"2026-01-31"_s);
        QCOMPARE(root.value(u"received"_s).toInteger(), 6);
        QCOMPARE(root.value(u"registered"_s).toInteger(), 5);
        QCOMPARE(root.value(u"closed"_s).toInteger(), 4);
        QCOMPARE(root.value(u"closure_rate"_s).toDouble(), 0.6);
        QCOMPARE(root.value(u"on_time_rate"_s).toDouble(), 0.75);
        QCOMPARE(root.value(u"resolution_rate"_s).toDouble(), 0.5);
        QCOMPARE(root.value(u"satisfaction_rate"_s).toDouble(), 2.0 / 3.0);
        QCOMPARE(root.value(u"avg_handling_working_days"_s).toDouble(), 7.0);
        QCOMPARE(root.value(u"overdue_open"_s).toInteger(), 1);
        QCOMPARE(root.value(u"supervised_yellow"_s).toInteger(), 1);
        QCOMPARE(root.value(u"previous"_s).toObject().value(u"period"_s).toString(), u"2025-12"_s);
        QCOMPARE(root.value(u"previous"_s).toObject().value(u"as_of"_s).toString(), u"2025-12-31"_s);
        QCOMPARE(root.value(u"year_earlier"_s).toObject().value(u"as_of"_s).toString(), u"2025-01-31"_s);
        QVERIFY(root.value(u"previous"_s).toObject().value(u"on_time_rate"_s).isNull());
        QCOMPARE(root.value(u"year_earlier"_s).toObject().value(u"received"_s).toInteger(), 0);
        QVERIFY(!root.value(u"formulas"_s).toObject().value(u"closure_rate"_s).toString().isEmpty());
        const QJsonArray townships = root.value(u"by_township"_s).toArray();
        QCOMPARE(townships.size(), 2);
        const QJsonObject south = townships.at(1).toObject();
        QCOMPARE(south.value(u"code"_s).toString(), u"330681002"_s);
        QCOMPARE(south.value(u"received"_s).toInteger(), 1);
        QVERIFY(south.value(u"satisfaction_rate"_s).isNull());
        QVERIFY(south.contains(u"satisfaction_rate"_s));
        QCOMPARE(south.value(u"avg_handling_working_days"_s).toDouble(), 3.0);

        // One township: its figures, one row.
        QCOMPARE(run({u"--period"_s, u"2026-01"_s, u"--as-of"_s, u"2026-01-31"_s, u"--township"_s,
                      u"330681001"_s, u"--json"_s, path}),
                 0);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject one = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(one.value(u"received"_s).toInteger(), 5);
        QCOMPARE(one.value(u"by_township"_s).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorsStorage)
#include "tst_indicators_storage.moc"
