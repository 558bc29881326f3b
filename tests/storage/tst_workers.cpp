// Grid workers (issue 10): numbers, optimistic edits, grid assignments over time without overlaps,
// deactivation, refused deletes, paging in the database, and the township admin's scope — by the
// service on both engines and, on PostgreSQL, by the server against raw SQL of a township admin.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "DepartmentService.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"
#include "WorkerRepository.h"
#include "WorkerService.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

} // namespace

class TestWorkers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 10, 20), QTime(9, 0))};
    QStringList m_roles;

    Actor county() const { return m_town.actor(m_town.admin); }
    WorkerService service(const Actor &actor) { return WorkerService(*m_db, m_clock, actor); }

    // An admin of township1 (a login role on PostgreSQL).
    User townshipAdmin(const QString &base, qint64 township)
    {
        User u;
        u.login = u"wk%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"管理"_s + base;
        u.roles = Role::Admin;
        u.orgUnitId = township;
        m_roles << u.login;
        AccountService(*m_db, m_clock, county()).create(u, password);
        return u;
    }

    Worker newWorker(const QString &name, qint64 unit)
    {
        Worker w;
        w.name = name;
        w.orgUnitId = unit;
        w.phone = u"13912345678"_s;
        w.inPostDate = day(2026, 1, 5);
        return w;
    }

    QList<WorkerGrid> history(qint64 workerId) { return WorkerRepository(*m_db).assignments(workerId); }

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

    void createGivesNumbersAndAFirstGrid()
    {
        // TestTown's worker was the first of 青石镇 (330681001).
        QCOMPARE(WorkerRepository(*m_db).get(m_town.gridWorker.id)->code, u"330681001W0001"_s);
        Worker w = newWorker(u"陈晓"_s, m_town.village1.id);
        w.employment = Employment::PartTime;
        w.residentId = u"33010219900101123"_s + Validators::residentIdCheckChar(u"33010219900101123");
        EXPECT_OK(service(county()).create(w, m_town.grid2.id, true));
        QCOMPARE(w.code, u"330681001W0002"_s);
        QCOMPARE(w.orgUnitId, m_town.grid2.id);
        QVERIFY(w.isGridHead);
        QCOMPARE(w.version, 1);
        const auto stored = WorkerRepository(*m_db).get(w.id);
        QCOMPARE(stored->employment, Employment::PartTime);
        QCOMPARE(stored->inPostDate, day(2026, 1, 5));
        // lists read the masked copy only; the number comes back through an audited reveal
        QCOMPARE(stored->residentIdMasked, u"3301**********1234"_s);
        QVERIFY(stored->residentId.isEmpty());
        QCOMPARE(service(m_town.actor(m_town.leader)).reveal(w.id).residentId, u"330102199001011234"_s);
        const auto spans = history(w.id);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().gridId, m_town.grid2.id);
        QCOMPARE(spans.first().from, day(2026, 1, 5));
        QVERIFY(spans.first().isOpen());
        QVERIFY(spans.first().isHead);

        // another township counts on its own; a worker without a grid belongs to his village
        Worker south = newWorker(u"南一"_s, m_town.village3.id);
        EXPECT_OK(service(county()).create(south));
        QCOMPARE(south.code, u"330681002W0001"_s);
        QCOMPARE(south.orgUnitId, m_town.village3.id);
        QVERIFY(history(south.id).isEmpty());

        // translated refusals for bad input
        Worker bad = newWorker(u"坏号"_s, m_town.village1.id);
        bad.phone = u"12345"_s;
        EXPECT_ERROR(service(county()).create(bad), Error::Kind::Validation);
        bad.phone.clear();
        bad.residentId = u"330102199001011230"_s;
        EXPECT_ERROR(service(county()).create(bad), Error::Kind::Validation);
        bad.residentId.clear();
        bad.name = u"  "_s;
        EXPECT_ERROR(service(county()).create(bad), Error::Kind::Validation);
    }

    void codesAreUnique()
    {
        Worker a = newWorker(u"甲"_s, m_town.village1.id);
        a.code = u"QS-001"_s;
        EXPECT_OK(service(county()).create(a));
        QCOMPARE(a.code, u"QS-001"_s);
        Worker b = newWorker(u"乙"_s, m_town.village1.id);
        b.code = u"QS-001"_s;
        EXPECT_ERROR(service(county()).create(b), Error::Kind::Validation);
        b.code.clear();
        EXPECT_OK(service(county()).create(b));
        QCOMPARE(b.code, u"330681001W0002"_s);
        b.code = u"QS-001"_s;
        EXPECT_ERROR(service(county()).update(b), Error::Kind::Validation);
        b.code = u"W 1"_s;
        EXPECT_ERROR(service(county()).update(b), Error::Kind::Validation);
        // the database holds the rule too
        EXPECT_ERROR(Query::run(*m_db, u"UPDATE workers SET code = 'QS-001' WHERE id = %1"_s.arg(b.id)),
                     Error::Kind::Validation);
    }

    void staleEditIsAConflict()
    {
        Worker mine = *WorkerRepository(*m_db).get(m_town.gridWorker.id);
        Worker theirs = mine;
        theirs.phone = u"13800000000"_s;
        EXPECT_OK(service(county()).update(theirs));
        QCOMPARE(theirs.version, 2);
        mine.name = u"李网格长"_s;
        EXPECT_ERROR(service(county()).update(mine), Error::Kind::Conflict);
        EXPECT_ERROR(service(county()).move(mine, m_town.grid2.id, day(2026, 10, 16), false),
                     Error::Kind::Conflict);
        EXPECT_ERROR(service(county()).deactivate(mine, day(2026, 10, 16)), Error::Kind::Conflict);
        QCOMPARE(WorkerRepository(*m_db).get(mine.id)->name, u"李网格"_s);
        // the repository says the same to the owner's tools
        EXPECT_ERROR(WorkerRepository(*m_db).update(mine), Error::Kind::Conflict);
    }

    // A move in the middle of October: the old grid up to the 15th, the new one from the 16th; the
    // worker's unit and head flag follow; overlapping spans are refused by the service and the database.
    void midMonthMoveWithoutOverlap()
    {
        Worker w = newWorker(u"王移"_s, m_town.village1.id);
        EXPECT_OK(service(county()).create(w));
        EXPECT_OK(service(county()).assign(w, m_town.grid1.id, day(2026, 9, 1), true));
        QCOMPARE(w.orgUnitId, m_town.grid1.id);
        QVERIFY(w.isGridHead);
        EXPECT_ERROR(service(county()).assign(w, m_town.grid2.id, day(2026, 10, 1), false),
                     Error::Kind::InvalidState);
        EXPECT_ERROR(service(county()).move(w, m_town.grid2.id, day(2026, 8, 31), false),
                     Error::Kind::Validation);
        EXPECT_ERROR(service(county()).move(w, m_town.grid1.id, day(2026, 10, 16), true),
                     Error::Kind::Validation);
        EXPECT_OK(service(county()).move(w, m_town.grid2.id, day(2026, 10, 16), false));
        QCOMPARE(w.orgUnitId, m_town.grid2.id);
        QVERIFY(!w.isGridHead);
        auto spans = history(w.id);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0).gridId, m_town.grid2.id);
        QCOMPARE(spans.at(0).from, day(2026, 10, 16));
        QVERIFY(spans.at(0).isOpen());
        QCOMPARE(spans.at(1).gridId, m_town.grid1.id);
        QCOMPARE(spans.at(1).from, day(2026, 9, 1));
        QCOMPARE(spans.at(1).to, day(2026, 10, 15));
        // October: 15 days on grid1, 16 on grid2, every day once
        int grid1Days = 0, grid2Days = 0;
        for (QDate d = day(2026, 10, 1); d <= day(2026, 10, 31); d = d.addDays(1)) {
            int holders = 0;
            for (const WorkerGrid &s : spans)
                if (s.covers(d)) {
                    ++holders;
                    (s.gridId == m_town.grid1.id ? grid1Days : grid2Days) += 1;
                }
            QCOMPARE(holders, 1);
        }
        QCOMPARE(grid1Days, 15);
        QCOMPARE(grid2Days, 16);

        // moved back on the day the new span began: corrected in place, no zero-day span
        EXPECT_OK(service(county()).move(w, m_town.grid2.id, day(2026, 10, 16), true));
        QCOMPARE(history(w.id).size(), 2);
        QVERIFY(w.isGridHead);

        // end, then a new span must start after the last one ended
        EXPECT_OK(service(county()).end(w, day(2026, 10, 20)));
        QCOMPARE(w.orgUnitId, m_town.village1.id);
        QVERIFY(!w.isGridHead);
        EXPECT_ERROR(service(county()).assign(w, m_town.grid1.id, day(2026, 10, 20), false),
                     Error::Kind::Validation);
        EXPECT_OK(service(county()).assign(w, m_town.grid1.id, day(2026, 10, 21), false));
        QCOMPARE(history(w.id).size(), 3);

        // the database refuses an overlap written around the program
        const QString overlap = u"INSERT INTO worker_grids (worker_id, grid_id, from_date) VALUES (%1, %2, "
                                "'2026-10-01')"_s.arg(w.id)
                                    .arg(m_town.grid2.id);
        EXPECT_ERROR(Query::run(*m_db, overlap), Error::Kind::Validation);
        const qint64 oldest = history(w.id).last().id;
        EXPECT_ERROR(
            Query::run(*m_db, u"UPDATE worker_grids SET to_date = '2026-10-17' WHERE id = %1"_s.arg(oldest)),
            Error::Kind::Validation);
        QCOMPARE(history(w.id).size(), 3);
    }

    void deactivateEndsAssignments()
    {
        Worker w = *WorkerRepository(*m_db).get(m_town.gridWorker.id);
        const QDate from = history(w.id).first().from;
        EXPECT_ERROR(service(county()).deactivate(w, from.addDays(-1)), Error::Kind::Validation);
        EXPECT_OK(service(county()).deactivate(w, from.addDays(3)));
        QVERIFY(!w.active);
        QCOMPARE(w.leftPostDate, from.addDays(3));
        QCOMPARE(w.orgUnitId, m_town.village1.id); // no grid now: offered nowhere for dispatch
        QVERIFY(!w.isGridHead);
        QCOMPARE(history(w.id).first().to, from.addDays(3));
        QVERIFY(WorkerRepository(*m_db).list(m_town.township1.id).isEmpty());
        EXPECT_ERROR(service(county()).assign(w, m_town.grid1.id, from.addDays(5), false),
                     Error::Kind::InvalidState);
        EXPECT_OK(service(county()).activate(w));
        QVERIFY(w.active);
        QVERIFY(!w.leftPostDate.isValid());
        EXPECT_OK(service(county()).assign(w, m_town.grid1.id, from.addDays(5), true));
        QCOMPARE(WorkerRepository(*m_db).list(m_town.township1.id).size(), 1);
    }

    void deleteRefusedWhileCasesNameTheWorker()
    {
        Worker idle = newWorker(u"未用"_s, m_town.village1.id);
        EXPECT_OK(service(county()).create(idle, m_town.grid2.id));
        EXPECT_OK(service(county()).remove(idle));
        QVERIFY(!WorkerRepository(*m_db).get(idle.id));
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM worker_grids WHERE worker_id = %1"_s.arg(idle.id))
                     .scalar()
                     .toInt(),
                 0);

        CaseService cases(*m_db, m_clock, CalendarRepository(*m_db).load());
        for (int i = 0; i < 2; ++i) {
            CaseRecord c;
            c.title = u"路灯不亮%1"_s.arg(i);
            c.description = u"村口路灯坏了"_s;
            c.categoryId = m_town.leak.id;
            c.orgUnitId = m_town.grid1.id;
            const CaseRecord reported = cases.report(c, m_town.actor(m_town.reception));
            const CaseRecord registered = cases.apply(reported.id, reported.version, CaseAction::Register, {},
                                                      m_town.actor(m_town.duty));
            ActionInput dispatch;
            dispatch.workerId = m_town.gridWorker.id;
            dispatch.days = 3;
            EXPECT_OK(cases.apply(registered.id, registered.version, CaseAction::Dispatch, dispatch,
                                  m_town.actor(m_town.duty)));
        }
        const Worker w = *WorkerRepository(*m_db).get(m_town.gridWorker.id);
        QCOMPARE(WorkerRepository(*m_db).caseCount(w.id), 2);
        try {
            service(county()).remove(w);
            QFAIL("a worker named by cases was deleted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::InvalidState);
            QVERIFY2(e.message().contains(u'2'), qPrintable(e.message()));
        }
        QVERIFY(WorkerRepository(*m_db).get(w.id));
    }

    // The form offers only active workers and departments; the service refuses the others too
    // (a stale form, another client), naming them, and the case stays where it was.
    void dispatchRefusesDeactivatedWorkerOrDepartment()
    {
        CaseService cases(*m_db, m_clock, CalendarRepository(*m_db).load());
        CaseRecord c;
        c.title = u"路灯不亮"_s;
        c.categoryId = m_town.leak.id;
        c.orgUnitId = m_town.grid1.id;
        c = cases.report(c, m_town.actor(m_town.reception));
        c = cases.apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.duty));

        Worker w = *WorkerRepository(*m_db).get(m_town.gridWorker.id);
        EXPECT_OK(service(county()).deactivate(w, history(w.id).first().from.addDays(3)));
        DepartmentService departments(*m_db, m_clock, county());
        Department market = *departments.get(m_town.market.id);
        EXPECT_OK(departments.setActive(market, false));
        QVERIFY(!market.active);

        const auto refused = [&](const ActionInput &input, CaseAction action, const QString &name) {
            const CaseRecord before = *CaseRepository(*m_db).get(c.id);
            try {
                cases.apply(before.id, before.version, action, input, m_town.actor(m_town.duty));
                QFAIL("dispatched to a deactivated worker or department");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::Validation);
                QVERIFY2(e.message().contains(u"“%1”已停用"_s.arg(name)), qPrintable(e.message()));
            }
            const CaseRecord after = *CaseRepository(*m_db).get(c.id);
            QCOMPARE(after.version, before.version);
            QCOMPARE(after.departmentId, before.departmentId);
            QCOMPARE(after.workerId, before.workerId);
        };
        ActionInput toWorker;
        toWorker.workerId = w.id;
        toWorker.days = 3;
        refused(toWorker, CaseAction::Dispatch, w.name);
        ActionInput toMarket;
        toMarket.departmentId = market.id;
        toMarket.days = 3;
        toMarket.note = u"属市场监管职责"_s; // a transfer says why
        refused(toMarket, CaseAction::Dispatch, market.name);

        // Dispatched to an active department, then a transfer to the deactivated one is refused too.
        ActionInput toJudicial;
        toJudicial.departmentId = m_town.judicial.id;
        toJudicial.days = 3;
        c = *CaseRepository(*m_db).get(c.id);
        c = cases.apply(c.id, c.version, CaseAction::Dispatch, toJudicial, m_town.actor(m_town.duty));
        QCOMPARE(c.departmentId, m_town.judicial.id);
        refused(toMarket, CaseAction::Transfer, market.name);

        // Active again: dispatch works as before.
        EXPECT_OK(departments.setActive(market, true));
        c = *CaseRepository(*m_db).get(c.id);
        EXPECT_OK(
            c = cases.apply(c.id, c.version, CaseAction::Transfer, toMarket, m_town.actor(m_town.duty)));
        QCOMPARE(c.departmentId, m_town.market.id);
    }

    // A county of workers read a page at a time: each page holds what was asked, pages continue
    // without repeats, filters narrow in the database.
    void pagesAndFilters()
    {
        WorkerRepository workers(*m_db);
        Transaction tx(*m_db);
        for (int i = 0; i < 230; ++i) {
            Worker w = newWorker(u"测%1"_s.arg(i), i % 2 ? m_town.grid1.id : m_town.grid3.id);
            w.employment = i % 3 ? Employment::FullTime : Employment::PartTime;
            w.active = i % 10 != 0;
            workers.create(w, day(2026, 1, 1));
        }
        tx.commit();
        WorkerFilter all;
        QCOMPARE(workers.count(all), 231);
        QSet<qint64> seen;
        WorkerPageKey key;
        int pages = 0;
        for (;;) {
            const QList<WorkerListRow> rows = workers.page(all, key, 100);
            QVERIFY(rows.size() <= 100);
            for (const WorkerListRow &row : rows) {
                QVERIFY(!seen.contains(row.worker.id));
                seen.insert(row.worker.id);
            }
            ++pages;
            if (rows.size() < 100)
                break;
            key = {rows.last().worker.code, rows.last().worker.id};
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 231);

        WorkerFilter township1;
        township1.orgUnitId = m_town.township1.id;
        QCOMPARE(workers.count(township1), 116);
        const auto first = workers.page(township1, {}, 1).first();
        QCOMPARE(first.place, u"上溪村 / 上溪村第1网格"_s);
        QCOMPARE(first.township, u"青石镇"_s);
        WorkerFilter partTime;
        partTime.employment = Employment::PartTime;
        QCOMPARE(workers.count(partTime), 77);
        WorkerFilter inactive;
        inactive.active = false;
        QCOMPARE(workers.count(inactive), 23);
        WorkerFilter byGrid;
        byGrid.text = u"南苑"_s;
        QCOMPARE(workers.count(byGrid), 115);
        WorkerFilter villageAndGrid; // words narrow one another: 上溪村's first grid
        villageAndGrid.text = u" 上溪  第1 "_s;
        QCOMPARE(workers.count(villageAndGrid), 116);
        villageAndGrid.text = u"上溪 第2"_s;
        QCOMPARE(workers.count(villageAndGrid), 0);
        WorkerFilter byCode;
        byCode.text = u"330681002W0007"_s;
        QCOMPARE(workers.count(byCode), 1);

        const auto grids = workers.searchGrids(u"上溪 2"_s, m_town.township1.id);
        QCOMPARE(grids.size(), 1);
        QCOMPARE(grids.first().id, m_town.grid2.id);
        QCOMPARE(grids.first().label, u"青石镇 / 上溪村 / 上溪村第2网格"_s);
        QVERIFY(workers.searchGrids(u"南苑"_s, m_town.township1.id).isEmpty());
        QCOMPARE(workers.searchGrids(QString(), 0).size(), 3);
    }

    void townshipAdminKeepsToHisTownship()
    {
        const User admin1 = townshipAdmin(u"qs"_s, m_town.township1.id);
        const Actor actor = m_town.actor(admin1);
        Worker south = newWorker(u"南二"_s, m_town.village3.id);
        EXPECT_ERROR(service(actor).create(south), Error::Kind::Forbidden);
        EXPECT_OK(service(county()).create(south, m_town.grid3.id));
        EXPECT_ERROR(service(actor).update(south), Error::Kind::Forbidden);
        EXPECT_ERROR(service(actor).deactivate(south, day(2026, 10, 20)), Error::Kind::Forbidden);
        EXPECT_ERROR(service(actor).remove(south), Error::Kind::Forbidden);
        Worker own = newWorker(u"本镇"_s, m_town.village2.id);
        EXPECT_OK(service(actor).create(own));
        EXPECT_ERROR(service(actor).assign(own, m_town.grid3.id, day(2026, 10, 1), false),
                     Error::Kind::Forbidden);
        EXPECT_OK(service(actor).assign(own, m_town.grid1.id, day(2026, 10, 1), false));
        EXPECT_ERROR(service(actor).move(own, m_town.grid3.id, day(2026, 10, 10), false),
                     Error::Kind::Forbidden);
        // a receptionist edits nothing
        Worker mine = *WorkerRepository(*m_db).get(own.id);
        EXPECT_ERROR(service(m_town.actor(m_town.reception)).update(mine), Error::Kind::Forbidden);
        QVERIFY(service(actor).mayEdit(m_town.grid1.id));
        QVERIFY(!service(actor).mayEdit(m_town.grid3.id));
    }

    void serverHoldsAgainstRawSql()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        const User admin1 = townshipAdmin(u"raw"_s, m_town.township1.id);
        Worker south = newWorker(u"南三"_s, m_town.village3.id);
        EXPECT_OK(service(county()).create(south, m_town.grid3.id));
        Session s = AuthService(m_clock).login(m_testDb->currentUrl(), admin1.login, password);
        const auto count = [&](const QString &sql) { return Query(*m_db, sql).scalar().toLongLong(); };

        // no worker written into another township
        EXPECT_ERROR(
            Query::run(*s.db,
                       u"INSERT INTO workers (org_unit_id, name, code) VALUES (%1, '外镇', 'X1')"_s.arg(
                           m_town.grid3.id)),
            Error::Kind::Forbidden);
        // another township's worker is invisible to updates and deletes, and cannot be pulled over
        Query::run(*s.db,
                   u"UPDATE workers SET name = '改名', org_unit_id = %1 WHERE id = %2"_s.arg(m_town.grid1.id)
                       .arg(south.id));
        Query::run(*s.db, u"DELETE FROM worker_grids WHERE worker_id = %1"_s.arg(south.id));
        QCOMPARE(WorkerRepository(*m_db).get(south.id)->name, u"南三"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM worker_grids WHERE worker_id = %1"_s.arg(south.id)), 1);
        // no assignment onto another township's grid, nor of another township's worker onto one's own
        Worker spare = newWorker(u"备用"_s, m_town.village1.id);
        EXPECT_OK(service(county()).create(spare));
        EXPECT_OK(service(county()).end(south, day(2026, 6, 30)));
        EXPECT_ERROR(Query::run(*s.db, u"INSERT INTO worker_grids (worker_id, grid_id, from_date) "
                                       "VALUES (%1, %2, '2027-01-01')"_s.arg(spare.id)
                                           .arg(m_town.grid3.id)),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*s.db, u"INSERT INTO worker_grids (worker_id, grid_id, from_date) "
                                       "VALUES (%1, %2, '2027-01-01')"_s.arg(south.id)
                                           .arg(m_town.grid1.id)),
                     Error::Kind::Forbidden);
        // an own worker's open span moved to another township's grid
        const qint64 own = WorkerRepository(*m_db).openAssignment(m_town.gridWorker.id)->id;
        EXPECT_ERROR(
            Query::run(*s.db,
                       u"UPDATE worker_grids SET grid_id = %1 WHERE id = %2"_s.arg(m_town.grid3.id).arg(own)),
            Error::Kind::Forbidden);
        // within the township the server lets him work, through the program and by hand
        Worker mine = *WorkerRepository(*s.db).get(m_town.gridWorker.id);
        const QDate since = WorkerRepository(*s.db).openAssignment(mine.id)->from;
        EXPECT_OK(
            WorkerService(*s.db, m_clock, s.actor()).move(mine, m_town.grid2.id, since.addDays(10), true));
        QCOMPARE(count(u"SELECT org_unit_id FROM workers WHERE id = %1"_s.arg(mine.id)), m_town.grid2.id);
        // and every change left an audit row written by the server
        QVERIFY(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' AND object_type = "
                      "'worker_grids' AND actor_login = '%1'"_s.arg(admin1.login)) >= 2);
        // ID numbers: no account reads the column; the masked copy is for everyone; the number only
        // through zz_worker_resident_id(), for the roles that may reveal, within their scope, audited
        Worker marked = newWorker(u"身份"_s, m_town.village1.id);
        marked.residentId = u"33010219900101123"_s + Validators::residentIdCheckChar(u"33010219900101123");
        EXPECT_OK(service(county()).create(marked, m_town.grid1.id));
        EXPECT_ERROR(Query::run(*s.db, u"SELECT resident_id FROM workers"_s), Error::Kind::Forbidden);
        QCOMPARE(Query(*s.db, u"SELECT resident_id_masked FROM workers WHERE id = %1"_s.arg(marked.id))
                     .scalar()
                     .toString(),
                 u"3301**********1234"_s);
        const QString reveal = u"SELECT zz_worker_resident_id(%1)"_s.arg(marked.id);
        EXPECT_ERROR(Query::run(*s.db, reveal), Error::Kind::Forbidden); // an admin manages, does not look
        User clerk;
        clerk.login = u"wk%1_clerk"_s.arg(QCoreApplication::applicationPid() % 1000000);
        clerk.displayName = u"受理甲"_s;
        clerk.roles = Role::Reception;
        clerk.orgUnitId = m_town.township2.id;
        m_roles << clerk.login;
        AccountService(*m_db, m_clock, county()).create(clerk, password);
        Session c = AuthService(m_clock).login(m_testDb->currentUrl(), clerk.login, password);
        EXPECT_ERROR(Query::run(*c.db, reveal), Error::Kind::Forbidden); // another township's worker
        EXPECT_ERROR(Query::run(*c.db, u"SELECT resident_id FROM workers"_s), Error::Kind::Forbidden);
        EXPECT_OK(Query::run(
            *m_db,
            u"UPDATE users SET org_unit_id = %1 WHERE id = %2"_s.arg(m_town.township1.id).arg(clerk.id)));
        QCOMPARE(Query(*c.db, reveal).scalar().toString(), u"330102199001011234"_s);
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'reveal' AND object_type = 'worker' AND "
                  "object_id = %1 AND actor_login = '%2'"_s.arg(marked.id)
                      .arg(clerk.login)),
            1);

        // the overlap guard holds for him too
        EXPECT_ERROR(Query::run(*s.db, u"INSERT INTO worker_grids (worker_id, grid_id, from_date) "
                                       "VALUES (%1, %2, '%3')"_s.arg(mine.id)
                                           .arg(m_town.grid1.id)
                                           .arg(since.addDays(12).toString(Qt::ISODate))),
                     Error::Kind::Validation);
    }

    // The demo county gives the assessment something to score: every worker has a number, an
    // employment, an in-post date and a current grid matching his unit, some a history of moves.
    void demoWorkersHaveAssignments()
    {
        auto db = m_testDb->fresh();
        DemoOptions options;
        options.cases = 0;
        options.now = m_clock.now();
        EXPECT_OK(DemoDataGenerator(*db, options).run());
        const auto count = [&](const QString &sql) { return Query(*db, sql).scalar().toLongLong(); };
        const qint64 workers = count(u"SELECT COUNT(*) FROM workers"_s);
        QVERIFY(workers > 50);
        QCOMPARE(
            count(
                u"SELECT COUNT(DISTINCT code) FROM workers WHERE code <> '' AND in_post_date IS NOT NULL"_s),
            workers);
        QVERIFY(count(u"SELECT COUNT(*) FROM workers WHERE employment = 'part_time'"_s) > 0);
        QCOMPARE(
            count(
                u"SELECT COUNT(*) FROM workers w JOIN worker_grids g ON g.worker_id = w.id AND g.to_date IS "
                "NULL AND g.grid_id = w.org_unit_id AND g.is_head = w.is_grid_head"_s),
            workers);
        QVERIFY(count(u"SELECT COUNT(*) FROM worker_grids WHERE to_date IS NOT NULL"_s) > 0);
        // no moves dated after today, none before the worker took up his post
        QCOMPARE(count(u"SELECT COUNT(*) FROM worker_grids g JOIN workers w ON w.id = g.worker_id "
                       "WHERE g.from_date < w.in_post_date OR g.from_date > '2026-10-20'"_s),
                 0);
    }

    void revealIsAudited()
    {
        Worker w = newWorker(u"赵显"_s, m_town.village1.id);
        const QString id = u"33010219900101123"_s + Validators::residentIdCheckChar(u"33010219900101123");
        w.residentId = id;
        EXPECT_OK(service(county()).create(w, m_town.grid1.id));
        // an edit that leaves the number empty keeps it; a new one replaces it
        w.phone = u"13700000000"_s;
        EXPECT_OK(service(county()).update(w));
        QCOMPARE(WorkerRepository(*m_db).get(w.id)->residentIdMasked, u"3301**********1234"_s);
        EXPECT_ERROR(service(county()).reveal(w.id), Error::Kind::Forbidden); // admins manage, leaders look
        Worker shown;
        EXPECT_OK(shown = service(m_town.actor(m_town.leader)).reveal(w.id));
        QCOMPARE(shown.residentId, id);
        Query q(*m_db, u"SELECT object_type, object_id, detail FROM audit_log WHERE action = 'reveal'"_s);
        q.exec();
        QVERIFY(q.next());
        QCOMPARE(q.text(0), u"worker"_s);
        QCOMPARE(q.int64(1), w.id);
        QCOMPARE(q.text(2), u"fields=resident_id,phone"_s);
        QVERIFY(!q.text(2).contains(id));
        // a leader of another township sees only the masked copy
        Actor south = m_town.actor(m_town.leader);
        south.orgUnitId = m_town.township2.id;
        EXPECT_ERROR(service(south).reveal(w.id), Error::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestWorkers)
#include "tst_workers.moc"
