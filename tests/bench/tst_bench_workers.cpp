// Timings of the 网格员 list at the size of a whole county (30 townships, 600 villages, 3,000 grids,
// about 4,500 workers from the demo generator), printed by QBENCHMARK and never asserted: the count
// and first page the list shows, a page deep in the list, a search, a township's part-timers, and the
// grid picker's search — as a county admin (on PostgreSQL his own login role under row-level
// security), on SQLite or PostgreSQL. The pages' sizes are asserted: 100 rows, never the table.
#include "AccountService.h"
#include "AuthService.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "WorkerRepository.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

class BenchWorkers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_owner;
    std::optional<Session> m_session; // the county admin's own connection
    FixedClock m_clock{QDateTime(QDate(2026, 10, 20), QTime(9, 0))};
    QString m_login;
    qint64 m_township = 0;

    const Database &db() const { return m_session ? *m_session->db : *m_owner; }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_owner = m_testDb->fresh();
            DemoOptions options;
            options.cases = 0;
            options.townships = 30;
            options.villagesPerTownship = 20;
            options.gridsPerVillage = 5;
            options.now = m_clock.now();
            DemoDataGenerator(*m_owner, options).run();
            const OrgUnit county = OrgUnitRepository(*m_owner).children(0).first();
            m_township = OrgUnitRepository(*m_owner).children(county.id).at(3).id;
            User admin;
            m_login = u"bw%1_admin"_s.arg(QCoreApplication::applicationPid() % 1000000);
            admin.login = m_login;
            admin.displayName = u"县管理员"_s;
            admin.roles = Role::Admin;
            admin.orgUnitId = county.id;
            Actor owner{0, u"bench"_s, Role::Admin, county.id, 0};
            AccountService(*m_owner, m_clock, owner).create(admin, u"Qingshi#2026"_s);
            if (m_testDb->isPostgres())
                m_session = AuthService(m_clock).login(m_testDb->currentUrl(), m_login, u"Qingshi#2026"_s);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
        qInfo("%lld workers, %lld grids",
              Query(*m_owner, u"SELECT COUNT(*) FROM workers"_s).scalar().toLongLong(),
              Query(*m_owner, u"SELECT COUNT(*) FROM org_units WHERE level = 4"_s).scalar().toLongLong());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_testDb && m_testDb->isPostgres() && m_owner)
            Query::run(*m_owner, u"DROP ROLE IF EXISTS %1"_s.arg(m_login));
    }

    void countAndFirstPage()
    {
        WorkerRepository workers(db());
        WorkerFilter filter;
        filter.active = true;
        QBENCHMARK
        {
            QVERIFY(workers.count(filter) > 4000);
            QCOMPARE(workers.pageAt(filter, 0, 100).size(), 100);
        }
    }

    void deepPage()
    {
        WorkerRepository workers(db());
        WorkerFilter filter;
        filter.active = true;
        QBENCHMARK
        {
            QCOMPARE(workers.pageAt(filter, 3000, 100).size(), 100);
        }
    }

    void search()
    {
        WorkerRepository workers(db());
        WorkerFilter filter;
        filter.text = u"第3网格"_s;
        QBENCHMARK
        {
            QVERIFY(workers.count(filter) > 0);
            QVERIFY(workers.pageAt(filter, 0, 100).size() <= 100);
        }
    }

    void townshipPartTimers()
    {
        WorkerRepository workers(db());
        WorkerFilter filter;
        filter.orgUnitId = m_township;
        filter.employment = Employment::PartTime;
        QBENCHMARK
        {
            QVERIFY(workers.count(filter) > 0);
            QVERIFY(workers.pageAt(filter, 0, 100).size() <= 100);
        }
    }

    void gridPicker()
    {
        WorkerRepository workers(db());
        QBENCHMARK
        {
            QCOMPARE(workers.searchGrids(u"村 2"_s, 0, 50).size(), 50);
        }
    }
};

QTEST_GUILESS_MAIN(BenchWorkers)
#include "tst_bench_workers.moc"
