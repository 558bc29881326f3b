#pragma once

#include "Database.h"
#include "Entities.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace zz::test {

// The backend a storage test runs on, from ZONGZHI_TEST_BACKEND (sqlite, the default, or postgresql).
// PostgreSQL needs ZONGZHI_TEST_PG_URL: a URL to a maintenance database on a server where the
// user may create databases; each test process gets its own database, dropped at exit.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    QString backendName() const { return m_backend; }
    bool isPostgres() const { return m_backend == u"postgresql"; }

    // A URL to an empty database (SQLite: a new file; PostgreSQL: the process's database with an
    // empty public schema). Fails the test (throws std::runtime_error) if the backend is unusable.
    QString freshUrl();
    // freshUrl(), opened and migrated.
    std::unique_ptr<Database> fresh();
    // Another connection to the database last handed out.
    std::unique_ptr<Database> connectAgain() const;
    QString currentUrl() const { return m_currentUrl; }

private:
    QString m_backend;
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_adminUrl;
    QString m_pgDatabase;
    QString m_currentUrl;
};

// A small county for tests: one county, two townships with two villages each and two grids per
// village, departments, two-level categories, and one account per role in the first township.
struct TestTown
{
    OrgUnit county;
    OrgUnit township1, township2;
    OrgUnit village1, village2;          // in township1
    OrgUnit village3;                    // in township2
    OrgUnit grid1, grid2;                // in village1
    OrgUnit grid3;                       // in village3
    Department judicial, police, market; // township1: 司法所, 派出所, 市场监管所
    Department township2Police;
    Category disputes, neighbourDispute, leak,
        wages; // 矛盾纠纷/邻里纠纷, 城乡建设/漏水(5 natural days), 劳动保障/拖欠工资
    Category construction, labour;
    Worker gridWorker;
    User reception, duty, handler, leader, admin;

    Actor actor(const User &u) const;

    static TestTown create(const Database &db);
};

} // namespace zz::test
