// 网格员积分考评 in storage (migration 0021): the month's facts read from real cases, flow rows,
// call-backs and activities; the golden table; drill-down rows pointing at real cases; approval, lock
// and unlock; the approver rule; an appeal answered and recomputed; the two-month 不合格 notice and
// the trend. On PostgreSQL the same rules hold against raw SQL by township login roles.
#include "AccountService.h"
#include "AssessmentService.h"
#include "AuthService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "WorkerActivityRepository.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;
const ScorePeriod october{2026, 10};
const ScorePeriod september{2026, 9};

qint64 at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0)).toSecsSinceEpoch();
}

struct TestWorker
{
    qint64 id = 0;
    QString name;
};

} // namespace

class TestAssessmentStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 5), QTime(9, 0))};
    OrgUnit m_gridX; // 下溪村第1网格, township1
    TestWorker m_a, m_b, m_c, m_south;
    User m_leader2;
    QStringList m_logins;
    int m_seq = 0;

    Actor admin() const { return m_town.actor(m_town.admin); }
    Actor leader() const { return m_town.actor(m_town.leader); }
    Actor leader2() const { return m_town.actor(m_leader2); }

    qint64 count(const QString &sql) { return Query(*m_db, sql).scalar().toLongLong(); }

    // A worker in post from `inPost` with an assignment to `grid` from then until `to` (open when invalid).
    TestWorker worker(const QString &name, qint64 grid, QDate inPost, QDate to = {})
    {
        TestWorker w{0, name};
        w.id =
            Query(*m_db, u"INSERT INTO workers (org_unit_id, name, code, in_post_date) VALUES (?, ?, ?, ?) "
                         "RETURNING id"_s)
                .bind(grid)
                .bind(name)
                .bind(u"T%1"_s.arg(++m_seq, 4, 10, QChar(u'0')))
                .bind(inPost.toString(Qt::ISODate))
                .scalar()
                .toLongLong();
        assign(w, grid, inPost, to);
        return w;
    }

    void assign(const TestWorker &w, qint64 grid, QDate from, QDate to = {})
    {
        Query(*m_db,
              u"INSERT INTO worker_grids (worker_id, grid_id, from_date, to_date) VALUES (?, ?, ?, ?)"_s)
            .bind(w.id)
            .bind(grid)
            .bind(from.toString(Qt::ISODate))
            .bind(to.isValid() ? QVariant(to.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)))
            .exec();
    }

    qint64 addCase(qint64 place, const QString &source, const QString &status, qint64 received,
                   qint64 workerId = 0, qint64 deadline = 0, qint64 closed = 0)
    {
        const auto township = OrgUnitRepository(*m_db).township(place);
        ++m_seq;
        const qint64 id =
            Query(
                *m_db,
                u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, source, nature, "
                "org_unit_id, org_path, status, level_org_unit_id, received_at, updated_at, worker_id, "
                "deadline_at, closed_at) VALUES (?, ?, 2026, ?, '000000', '考评测试', ?, 'report', ?, ?, ?, "
                "?, ?, ?, ?, ?, ?) RETURNING id"_s)
                .bind(u"T-2026-%1"_s.arg(m_seq, 6, 10, QChar(u'0')))
                .bind(township->id)
                .bind(m_seq)
                .bind(source)
                .bind(place)
                .bind(OrgUnitRepository(*m_db).path(place))
                .bind(status)
                .bind(township->id)
                .bind(received)
                .bind(received)
                .bindId(workerId)
                .bind(deadline ? QVariant(deadline) : QVariant(QMetaType(QMetaType::LongLong)))
                .bind(closed ? QVariant(closed) : QVariant(QMetaType(QMetaType::LongLong)))
                .scalar()
                .toLongLong();
        flow(id, u"report"_s, received);
        if (status != u"reported"_s && status != u"declined"_s && source == u"grid"_s && !closed)
            flow(id, u"register"_s, received + 600);
        if (status == u"declined"_s)
            flow(id, u"decline"_s, received + 600);
        return id;
    }

    void flow(qint64 caseId, const QString &action, qint64 when, qint64 workerId = 0)
    {
        Query(*m_db, u"INSERT INTO case_flow (case_id, action, from_status, to_status, worker_id, at) "
                     "VALUES (?, ?, 'registered', 'registered', ?, ?)"_s)
            .bind(caseId)
            .bind(action)
            .bindId(workerId)
            .bind(when)
            .exec();
    }

    void card(qint64 caseId, const QString &level, qint64 when, qint64 workerId)
    {
        Query(*m_db, u"UPDATE cases SET supervise_level = ? WHERE id = ?"_s).bind(level).bind(caseId).exec();
        flow(caseId, u"supervise"_s, when, workerId);
    }

    void unsatisfied(qint64 caseId, qint64 when)
    {
        Query(*m_db, u"INSERT INTO callbacks (case_id, method, called_at, result, note, at) "
                     "VALUES (?, 'phone', ?, 'unsatisfied', '未解决', ?)"_s)
            .bind(caseId)
            .bind(when)
            .bind(when)
            .exec();
    }

    WorkerActivity activity(const TestWorker &w, ActivityKind kind, QDate day, double quantity,
                            const QString &household = {}, bool attended = true)
    {
        WorkerActivity a;
        a.townshipId = m_town.township1.id;
        a.workerId = w.id;
        a.kind = kind;
        a.day = day;
        a.quantity = quantity;
        a.household = household;
        a.attended = attended;
        return a;
    }

    User account(const QString &base, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"as%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"考评"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_logins << u.login;
        AccountService(*m_db, m_clock, admin()).create(u, password);
        return u;
    }

    Session login(const User &u)
    {
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
    }

    // The golden month of the storage suite (hand computation in goldenTable()).
    void seedOctober()
    {
        const qint64 g1 = m_town.grid1.id, g2 = m_town.grid2.id, gx = m_gridX.id;
        // 张伟 (A), 上溪村第1网格 all month
        for (int i = 0; i < 12; ++i)
            addCase(g1, u"grid"_s, u"registered"_s, at(10, 1 + i));
        addCase(g1, u"grid"_s, u"declined"_s, at(10, 3));    // declined: no point
        addCase(g1, u"grid"_s, u"registered"_s, at(9, 28));  // September: not this month
        addCase(g1, u"visit"_s, u"registered"_s, at(10, 5)); // not a grid report
        for (int day : {6, 9}) { // settled on the spot: a grid report, the flow row names nobody
            const qint64 id = addCase(g1, u"grid"_s, u"closed"_s, at(10, day), 0, 0, at(10, day, 12));
            flow(id, u"settle_on_spot"_s, at(10, day, 12));
        }
        for (int day : {3, 7, 11}) // closed by the deadline
            addCase(g1, u"visit"_s, u"closed"_s, at(10, day - 2), m_a.id, at(10, day, 18), at(10, day, 12));
        addCase(g1, u"visit"_s, u"closed"_s, at(10, 1), m_a.id, at(10, 8),
                at(10, 12)); // closed late: overdue
        const qint64 openLate = addCase(g1, u"phone"_s, u"in_progress"_s, at(10, 2), m_a.id, at(10, 10));
        card(openLate, u"yellow"_s, at(10, 12), m_a.id);
        addCase(g1, u"phone"_s, u"in_progress"_s, at(10, 20), m_a.id, at(11, 20)); // deadline next month
        const qint64 complained =
            addCase(g1, u"visit"_s, u"closed"_s, at(9, 20), m_a.id, at(9, 30), at(9, 25));
        unsatisfied(complained, at(10, 15));

        // 王强 (B): 上溪村第2网格 to the 14th, 下溪村第1网格 from the 15th
        for (int day : {2, 5, 9})
            addCase(g2, u"grid"_s, u"registered"_s, at(10, day));
        for (int day : {18, 25})
            addCase(gx, u"grid"_s, u"registered"_s, at(10, day));
        addCase(g2, u"grid"_s, u"registered"_s, at(10, 16)); // nobody on 第2网格 from the 15th to the 19th
        const qint64 red = addCase(gx, u"phone"_s, u"dispatched"_s, at(10, 16), m_b.id, at(10, 20));
        card(red, u"red"_s, at(10, 23), m_b.id);

        // 赵敏 (C): 第2网格 from the 20th
        addCase(g2, u"grid"_s, u"registered"_s, at(10, 22));

        // township2: not ours
        addCase(m_town.grid3.id, u"grid"_s, u"registered"_s, at(10, 4));

        QList<WorkerActivity> rows;
        rows << activity(m_a, ActivityKind::Visit, QDate(2026, 10, 2), 100);
        for (int i = 0; i < 10; ++i)
            rows << activity(m_a, ActivityKind::Visit, QDate(2026, 10, 3 + i), 1, u"上溪村%1号"_s.arg(i + 1));
        rows << activity(m_a, ActivityKind::Visit, QDate(2026, 10, 20), 1,
                         u"上溪村1号"_s); // again: no new household
        rows << activity(m_a, ActivityKind::BaseRecord, QDate(2026, 10, 8), 12);
        for (int day : {5, 12, 19})
            rows << activity(m_a, ActivityKind::Patrol, QDate(2026, 10, day), 8);
        rows << activity(m_b, ActivityKind::Visit, QDate(2026, 10, 10), 80);
        rows << activity(m_b, ActivityKind::Visit, QDate(2026, 10, 20), 150);
        rows << activity(m_b, ActivityKind::Meeting, QDate(2026, 10, 8), 1, {}, false);
        rows << activity(m_b, ActivityKind::Meeting, QDate(2026, 10, 22), 1, {}, false);
        rows << activity(m_b, ActivityKind::Meeting, QDate(2026, 10, 29), 1, {}, true);
        WorkerActivityRepository(*m_db).save(rows, admin());

        ScoreAdjustment bonus;
        bonus.townshipId = m_town.township1.id;
        bonus.period = october;
        bonus.workerId = m_a.id;
        bonus.section = u"bonus"_s;
        bonus.points = 4;
        bonus.reason = u"协助防汛"_s;
        const ScoreAdjustment proposed = AssessmentService(*m_db, m_clock).proposeAdjustment(bonus, admin());
        AssessmentService(*m_db, m_clock).decideAdjustment(proposed.id, true, leader());
    }

    const ScoreResultRow *row(const QList<ScoreResultRow> &rows, qint64 workerId)
    {
        for (const ScoreResultRow &r : rows)
            if (r.workerId == workerId)
                return &r;
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
            OrgUnitRepository units(*m_db);
            OrgUnit village2 = m_town.village2;
            m_gridX.parentId = village2.id;
            m_gridX.code = u"330681001002001"_s;
            m_gridX.name = u"下溪村第1网格"_s;
            m_gridX.level = OrgLevel::Grid;
            units.create(m_gridX);
            for (const auto &[grid, households] :
                 {std::pair{m_town.grid1.id, 200}, std::pair{m_town.grid2.id, 100},
                  std::pair{m_gridX.id, 300}}) {
                Grid g = units.grid(grid).value_or(Grid{});
                g.orgUnitId = grid;
                g.households = households;
                units.saveGrid(g);
            }
            m_a = worker(u"张伟"_s, m_town.grid1.id, QDate(2020, 1, 1));
            m_b = worker(u"王强"_s, m_town.grid2.id, QDate(2024, 5, 1), QDate(2026, 10, 14));
            assign(m_b, m_gridX.id, QDate(2026, 10, 15));
            m_c = worker(u"赵敏"_s, m_town.grid2.id, QDate(2026, 10, 20));
            m_south = worker(u"南网格"_s, m_town.grid3.id, QDate(2020, 1, 1));
            m_leader2 = account(u"leader2"_s, Role::Leader, m_town.township1.id);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        // Login roles outlive the test's database.
        if (m_testDb->isPostgres() && m_db) {
            try {
                for (const QString &role : std::as_const(m_logins))
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
            } catch (const Error &e) {
                qWarning() << "could not drop test roles:" << e.detail();
            }
        }
        m_logins.clear();
        m_db.reset();
    }

    void goldenTable()
    {
        EXPECT_OK(seedOctober());
        AssessmentService service(*m_db, m_clock);
        ScoreRun run;
        EXPECT_OK(run = service.compute(m_town.township1.id, october, admin()));
        QCOMPARE(run.status, ScoreRunStatus::Draft);
        const QList<ScoreResultRow> rows = service.results(run.id);
        QCOMPARE(rows.size(), 3); // 张伟, 王强, 赵敏 — not township2's worker

        // 张伟: 运作成效 14 reports (2 of them settled on the spot) → 28 → cap 20; 2 settled → 6; 3 on time;
        // 2 overdue −4; yellow −5 = 20
        //       履职绩效 (100 + 10) / 200 = 0.55 × 15 = 8.25; 12 records 6; 24 h → 6 → cap 5 = 19.25
        //       个人绩效 20 − 2 (one 不满意) = 18; 加分 4; total 61.25 合格; 2000 + 612.5 → 2613
        const ScoreResultRow *a = row(rows, m_a.id);
        QVERIFY(a);
        QCOMPARE(a->sections.at(0).points, 20.0);
        QCOMPARE(a->sections.at(1).points, 19.25);
        QCOMPARE(a->sections.at(2).points, 18.0);
        QCOMPARE(a->bonus, 4.0);
        QCOMPARE(a->total, 61.25);
        QCOMPARE(a->grade, ScoreGrade::Pass);
        QCOMPARE(a->stipend, 2613);
        QCOMPARE(a->rank, 1);
        // 王强: reports 3 + 2 → 10; red −10; nothing else → 0 (and never below)
        //       coverage (80/100 × 14 + 150/300 × 17) / 31 × 15 = 9.53; 个人 20 − 2 × 2 = 16
        //       total 25.53 不合格; 2000 + 255.3 → 2255
        const ScoreResultRow *b = row(rows, m_b.id);
        QVERIFY(b);
        QCOMPARE(b->sections.at(0).points, 0.0);
        QCOMPARE(b->sections.at(1).points, 9.53);
        QCOMPARE(b->sections.at(2).points, 16.0);
        QCOMPARE(b->total, 25.53);
        QCOMPARE(b->grade, ScoreGrade::Fail);
        QCOMPARE(b->stipend, 2255);
        QCOMPARE(b->rank, 2);
        QCOMPARE(b->grids, u"上溪村第2网格(1–14日)、下溪村第1网格(15–31日)"_s);
        // 赵敏: in post from the 20th (12 days): one report → 2, 个人 20 = 22, 不参评
        const ScoreResultRow *c = row(rows, m_c.id);
        QVERIFY(c);
        QCOMPARE(c->daysInPost, 12);
        QCOMPARE(c->total, 22.0);
        QCOMPARE(c->grade, ScoreGrade::NotGraded);
        QVERIFY(!c->stipend);
        QCOMPARE(c->rank, 0);
    }

    void drillDownPointsAtRealCases()
    {
        EXPECT_OK(seedOctober());
        AssessmentService service(*m_db, m_clock);
        const ScoreRun run = service.compute(m_town.township1.id, october, admin());
        const QList<ScoreLine> lines = service.lines(run.id, m_a.id);
        QVERIFY(!lines.isEmpty());
        int checked = 0;
        for (const ScoreLine &line : lines) {
            if (line.item == u"reported"_s) {
                QCOMPARE(line.sources.size(), 14); // 12 registered and the 2 settled on the spot
                QCOMPARE(line.points, 20.0);
                QVERIFY(line.capped);
            }
            if (line.item == u"yellow"_s)
                QCOMPARE(line.points, -5.0);
            if (line.item == u"bonus"_s) {
                QCOMPARE(line.sources.size(), 1);
                QCOMPARE(line.sources.first().kind, ScoreSource::Kind::Adjustment);
            }
            for (const ScoreSource &s : line.sources) {
                if (s.kind != ScoreSource::Kind::Case)
                    continue;
                Query q(*m_db, u"SELECT case_no FROM cases WHERE id = ?"_s);
                q.bind(s.id).exec();
                QVERIFY2(q.next(), qPrintable(line.item));
                QCOMPARE(q.text(0), s.label);
                ++checked;
            }
        }
        QCOMPARE(checked, 14 + 2 + 3 + 2 + 1 + 1); // reported, settled, on time, overdue, yellow, 不满意
        // the visit rows point at the activities, a repeat visit counting no new household
        for (const ScoreLine &line : lines)
            if (line.item == u"visits"_s) {
                QCOMPARE(line.sources.size(), 12);
                double units = 0;
                for (const ScoreSource &s : line.sources) {
                    QCOMPARE(s.kind, ScoreSource::Kind::Activity);
                    QCOMPARE(count(u"SELECT COUNT(*) FROM worker_activities WHERE id = %1"_s.arg(s.id)), 1);
                    units += s.units;
                }
                QCOMPARE(units, 110.0);
            }
    }

    void lockAndUnlock()
    {
        EXPECT_OK(seedOctober());
        AssessmentService service(*m_db, m_clock);
        ScoreRun run = service.compute(m_town.township1.id, october, admin());
        EXPECT_ERROR(service.approve(run.id, run.version, admin()), Error::Kind::Forbidden);
        EXPECT_ERROR(service.lock(run.id, run.version, leader()),
                     Error::Kind::InvalidState); // not approved yet
        EXPECT_OK(service.approve(run.id, run.version, leader()));
        run = *service.runById(run.id);
        QCOMPARE(run.status, ScoreRunStatus::Approved);
        QCOMPARE(run.approvedBy, m_town.leader.displayName);
        EXPECT_OK(service.lock(run.id, run.version, leader()));
        run = *service.runById(run.id);
        QCOMPARE(run.status, ScoreRunStatus::Locked);

        // nothing of the month changes any more
        EXPECT_ERROR(service.compute(m_town.township1.id, october, leader()), Error::Kind::InvalidState);
        QList<WorkerActivity> late{activity(m_a, ActivityKind::Patrol, QDate(2026, 10, 30), 2)};
        EXPECT_ERROR(WorkerActivityRepository(*m_db).save(late, admin()), Error::Kind::InvalidState);
        ScoreAdjustment adj;
        adj.townshipId = m_town.township1.id;
        adj.period = october;
        adj.workerId = m_b.id;
        adj.section = u"bonus"_s;
        adj.points = 2;
        adj.reason = u"补报"_s;
        EXPECT_ERROR(service.proposeAdjustment(adj, admin()), Error::Kind::InvalidState);
        // a correction goes into November
        adj.period = october.next();
        EXPECT_OK(service.proposeAdjustment(adj, admin()));
        // raw SQL on the file or by the owner cannot change the locked rows either
        bool refused = false;
        try {
            Query::run(*m_db, u"UPDATE score_results SET total = 100 WHERE run_id = %1"_s.arg(run.id));
        } catch (const Error &) {
            refused = true;
        }
        QVERIFY2(refused, "a locked month's results were changed");
        refused = false;
        try {
            Query::run(*m_db, u"DELETE FROM score_rows WHERE run_id = %1"_s.arg(run.id));
        } catch (const Error &) {
            refused = true;
        }
        QVERIFY2(refused, "a locked month's point rows were deleted");
        refused = false;
        try {
            Query::run(*m_db, u"UPDATE score_runs SET status = 'draft' WHERE id = %1"_s.arg(run.id));
        } catch (const Error &) {
            refused = true;
        }
        QVERIFY2(refused, "a locked month was unlocked without a reason");

        // unlock: a leader, with a reason, audited
        EXPECT_ERROR(service.unlock(run.id, run.version, u"  "_s, leader()), Error::Kind::Validation);
        EXPECT_ERROR(service.unlock(run.id, run.version, u"更正"_s, admin()), Error::Kind::Forbidden);
        EXPECT_OK(service.unlock(run.id, run.version, u"王强的红牌系误发，经核实撤销"_s, leader()));
        run = *service.runById(run.id);
        QCOMPARE(run.status, ScoreRunStatus::Draft);
        QCOMPARE(run.unlocks, 1);
        QCOMPARE(run.unlockReason, u"王强的红牌系误发，经核实撤销"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'score_unlock'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'score_lock'"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'score_approve'"_s), 1);
        EXPECT_OK(service.compute(m_town.township1.id, october, admin()));
    }

    void approverRule()
    {
        AssessmentService service(*m_db, m_clock);
        ScoreAdjustment adj;
        adj.townshipId = m_town.township1.id;
        adj.period = october;
        adj.workerId = m_a.id;
        adj.section = u"bonus"_s;
        adj.points = 3;
        EXPECT_ERROR(service.proposeAdjustment(adj, admin()), Error::Kind::Validation); // no reason
        adj.reason = u"见义勇为"_s;
        adj.section = u"nonsense"_s;
        EXPECT_ERROR(service.proposeAdjustment(adj, admin()), Error::Kind::Validation);
        adj.section = u"bonus"_s;
        const ScoreAdjustment byLeader = service.proposeAdjustment(adj, leader());
        EXPECT_ERROR(service.decideAdjustment(byLeader.id, true, leader()),
                     Error::Kind::Forbidden); // his own
        EXPECT_ERROR(service.decideAdjustment(byLeader.id, true, admin()),
                     Error::Kind::Forbidden); // not a leader
        EXPECT_OK(service.decideAdjustment(byLeader.id, true, leader2()));
        EXPECT_ERROR(service.decideAdjustment(byLeader.id, false, leader2()), Error::Kind::InvalidState);
        const QList<ScoreAdjustment> list = service.adjustments(m_town.township1.id, october);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().status, DecisionStatus::Approved);
        QCOMPARE(list.first().approverName, m_leader2.displayName);
        QCOMPARE(list.first().authorName, m_town.leader.displayName);
        // the table counts it once approved; a pending one stops the approval of the month
        ScoreRun run = service.compute(m_town.township1.id, october, admin());
        QCOMPARE(row(service.results(run.id), m_a.id)->bonus, 3.0);
        adj.points = 2;
        const ScoreAdjustment pending = service.proposeAdjustment(adj, admin());
        EXPECT_ERROR(service.approve(run.id, run.version, leader()), Error::Kind::InvalidState);
        EXPECT_OK(service.decideAdjustment(pending.id, false, leader()));
        run = *service.runById(run.id);
        EXPECT_OK(service.approve(run.id, run.version, leader()));
        // the database refuses an approver who is the author too
        bool refused = false;
        try {
            Query::run(
                *m_db,
                u"INSERT INTO score_adjustments (township_id, period, worker_id, section, points, reason, "
                "status, author_id, approver_id, created_at) VALUES (%1, '2026-12', %2, 'bonus', 1, "
                "'x', 'approved', %3, %3, 0)"_s.arg(m_town.township1.id)
                    .arg(m_a.id)
                    .arg(m_town.leader.id));
        } catch (const Error &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void appealAnsweredAndRecomputed()
    {
        EXPECT_OK(seedOctober());
        AssessmentService service(*m_db, m_clock);
        ScoreRun run = service.compute(m_town.township1.id, october, admin());
        ScoreAppeal appeal;
        appeal.townshipId = m_town.township1.id;
        appeal.period = october;
        appeal.workerId = m_b.id;
        EXPECT_ERROR(service.fileAppeal(appeal, admin()), Error::Kind::Validation);
        appeal.reason = u"10月8日会议请假已获批准，不应算缺席"_s;
        ScoreAppeal filed;
        EXPECT_OK(filed = service.fileAppeal(appeal, admin()));
        EXPECT_ERROR(service.approve(run.id, run.version, leader()),
                     Error::Kind::InvalidState); // open appeal
        // the facts are corrected: the meeting was excused
        const QList<WorkerActivity> rows =
            WorkerActivityRepository(*m_db).list(m_town.township1.id, october, m_b.id);
        QList<WorkerActivity> fixed;
        for (WorkerActivity a : rows)
            if (a.kind == ActivityKind::Meeting && a.day == QDate(2026, 10, 8)) {
                a.attended = true;
                a.note = u"请假获批"_s;
                fixed << a;
            }
        QCOMPARE(fixed.size(), 1);
        WorkerActivityRepository(*m_db).save(fixed, admin());
        EXPECT_ERROR(service.answerAppeal(filed.id, u"同意"_s, admin()), Error::Kind::Forbidden);
        m_clock.advanceSecs(3600);
        EXPECT_OK(service.answerAppeal(filed.id, u"经核实请假属实，不计缺席，重新计算"_s, leader()));
        const ScoreRun after = *service.runById(run.id);
        QVERIFY(after.computedAt > run.computedAt);
        QCOMPARE(row(service.results(run.id), m_b.id)->sections.at(2).points, 18.0); // 20 − 2
        const QList<ScoreAppeal> list = service.appeals(m_town.township1.id, october);
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().answered);
        QCOMPARE(list.first().answeredBy, m_town.leader.displayName);
        EXPECT_ERROR(service.answerAppeal(filed.id, u"再答"_s, leader()), Error::Kind::InvalidState);
        EXPECT_OK(service.approve(after.id, after.version, leader()));
    }

    void twoFailedMonthsAndTrend()
    {
        EXPECT_OK(seedOctober());
        AssessmentService service(*m_db, m_clock);
        // September: 张伟 one report (+2) and one case closed in time (+1) → 23; 王强 nothing → 20; both
        // 不合格
        service.compute(m_town.township1.id, september, admin());
        const ScoreRun run = service.compute(m_town.township1.id, october, admin());
        const QList<ScoreResultRow> fails = service.consecutiveFailures(m_town.township1.id, october);
        QCOMPARE(fails.size(), 1);
        QCOMPARE(fails.first().workerId, m_b.id); // 张伟 passed in October; 赵敏 was not there in September
        const QList<ScoreTrendPoint> trend = service.trend(m_a.id, october);
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.at(0).period, september);
        QCOMPARE(trend.at(0).total, 23.0);
        QCOMPARE(trend.at(1).total, 61.25);
        Q_UNUSED(run);
    }

    void otherTownshipsAndRawSqlRefused()
    {
        EXPECT_OK(seedOctober());
        AssessmentService service(*m_db, m_clock);
        const Actor southAdmin{m_town.admin.id, u"南管理"_s, Role::Admin, m_town.township2.id, 0};
        EXPECT_ERROR(service.compute(m_town.township1.id, october, southAdmin), Error::Kind::Forbidden);
        const Actor clerk{m_town.duty.id, u"值班"_s, Role::DutyOfficer, m_town.township1.id, 0};
        EXPECT_ERROR(service.compute(m_town.township1.id, october, clerk), Error::Kind::Forbidden);
        if (!m_testDb->isPostgres())
            return;
        ScoreRun run = service.compute(m_town.township1.id, october, admin());

        const User north = account(u"nadmin"_s, Role::Admin, m_town.township1.id);
        const User northLeader = account(u"nlead"_s, Role::Leader, m_town.township1.id);
        const User south = account(u"slead"_s, Role::Leader, m_town.township2.id);
        const User duty = account(u"nduty"_s, Role::DutyOfficer, m_town.township1.id);
        Session s = login(south);
        QCOMPARE(Query(*s.db, u"SELECT COUNT(*) FROM score_results"_s).scalar().toInt(), 0);
        QCOMPARE(Query(*s.db, u"SELECT COUNT(*) FROM worker_activities"_s).scalar().toInt(), 0);
        Query other(*s.db, u"UPDATE score_runs SET status = 'approved' WHERE id = %1"_s.arg(run.id));
        EXPECT_OK(other.exec());
        QCOMPARE(other.rowsAffected(), 0); // another township's month is not even seen
        QCOMPARE(
            Query(*m_db, u"SELECT status FROM score_runs WHERE id = %1"_s.arg(run.id)).scalar().toString(),
            u"draft"_s);
        EXPECT_ERROR(
            Query::run(*s.db, u"SELECT * FROM zz_score_case_facts(%1, 0, 1, 1, '{}', '{}', '{}', '{}')"_s.arg(
                                  m_town.township1.id)),
            Error::Kind::Forbidden);
        Session d = login(duty);
        EXPECT_ERROR(Query::run(*d.db, u"DELETE FROM score_rows"_s), Error::Kind::Forbidden);
        // the township admin computes through the program but cannot approve or lock with raw SQL
        Session n = login(north);
        EXPECT_OK(AssessmentService(*n.db, m_clock).compute(m_town.township1.id, october, n.actor()));
        EXPECT_ERROR(
            Query::run(*n.db, u"UPDATE score_runs SET status = 'approved' WHERE id = %1"_s.arg(run.id)),
            Error::Kind::Forbidden);
        // the server names the approver and refuses him on his own adjustment
        Session l = login(northLeader);
        const qint64 adj =
            Query(*l.db, u"INSERT INTO score_adjustments (township_id, period, worker_id, section, "
                         "points, reason, author_id, created_at) VALUES (%1, '2026-10', %2, 'bonus', "
                         "1, '自荐', %3, 0) RETURNING id"_s.arg(m_town.township1.id)
                             .arg(m_a.id)
                             .arg(m_town.leader.id))
                .scalar()
                .toLongLong();
        QCOMPARE(Query(*m_db, u"SELECT author_id FROM score_adjustments WHERE id = %1"_s.arg(adj))
                     .scalar()
                     .toLongLong(),
                 northLeader.id);
        EXPECT_ERROR(
            Query::run(*l.db, u"UPDATE score_adjustments SET status = 'approved' WHERE id = %1"_s.arg(adj)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(
            Query::run(*n.db, u"UPDATE score_adjustments SET status = 'approved' WHERE id = %1"_s.arg(adj)),
            Error::Kind::Forbidden); // an admin is no approver
        EXPECT_ERROR(
            Query::run(*l.db, u"UPDATE score_adjustments SET status = 'refused' WHERE id = %1"_s.arg(adj)),
            Error::Kind::Forbidden); // not even refused by its author
        QCOMPARE(Query(*m_db, u"SELECT status FROM score_adjustments WHERE id = %1"_s.arg(adj))
                     .scalar()
                     .toString(),
                 u"pending"_s);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentStorage)
#include "tst_assessment_storage.moc"
