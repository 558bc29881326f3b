#include "TestDatabase.h"

#include "Query.h"
#include "ReferenceRepositories.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace zz::test {

TestDatabase::TestDatabase()
{
    m_backend = qEnvironmentVariable("ZONGZHI_TEST_BACKEND", u"sqlite"_s).toLower();
    if (isPostgres()) {
        m_adminUrl = qEnvironmentVariable("ZONGZHI_TEST_PG_URL");
        if (m_adminUrl.isEmpty())
            throw std::runtime_error("ZONGZHI_TEST_BACKEND=postgresql needs ZONGZHI_TEST_PG_URL "
                                     "(the README's test command starts a server and sets it)");
        m_pgDatabase = u"zz_test_%1"_s.arg(QCoreApplication::applicationPid());
        Database admin(m_adminUrl);
        Query::run(admin, u"DROP DATABASE IF EXISTS %1"_s.arg(m_pgDatabase));
        Query::run(admin, u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                          "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s.arg(m_pgDatabase));
    }
}

TestDatabase::~TestDatabase()
{
    if (!isPostgres())
        return;
    try {
        Database admin(m_adminUrl);
        Query::run(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgDatabase));
    } catch (...) {
        // the server may already be gone at the end of the run
    }
}

QString TestDatabase::freshUrl()
{
    if (!isPostgres()) {
        m_currentUrl = u"sqlite://"_s + m_dir.filePath(u"test-%1.db"_s.arg(++m_counter));
        return m_currentUrl;
    }
    ConnectionUrl url = ConnectionUrl::parse(m_adminUrl);
    url.databaseName = m_pgDatabase;
    m_currentUrl = url.toString();
    // A raw connection: Database refuses what the previous test may have left (a newer schema).
    {
        const QString name = u"zz-test-reset-%1"_s.arg(++m_counter);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            raw.setHostName(url.host);
            raw.setPort(url.port);
            raw.setUserName(url.user);
            raw.setPassword(url.password);
            raw.setDatabaseName(url.databaseName);
            if (!raw.open())
                throw std::runtime_error("cannot reset the test database: " +
                                         raw.lastError().text().toStdString());
            QSqlQuery q(raw);
            if (!q.exec(u"SET client_min_messages = warning"_s) ||
                !q.exec(u"DROP SCHEMA IF EXISTS public CASCADE"_s) || !q.exec(u"CREATE SCHEMA public"_s))
                throw std::runtime_error("cannot reset the test database: " +
                                         q.lastError().text().toStdString());
        }
        QSqlDatabase::removeDatabase(name);
    }
    return m_currentUrl;
}

std::unique_ptr<Database> TestDatabase::fresh()
{
    auto db = std::make_unique<Database>(freshUrl());
    db->migrate();
    return db;
}

std::unique_ptr<Database> TestDatabase::connectAgain() const
{
    return std::make_unique<Database>(m_currentUrl);
}

Actor TestTown::actor(const User &u) const
{
    return Actor{u.id, u.displayName, u.roles, u.orgUnitId, u.departmentId};
}

TestTown TestTown::create(const Database &db)
{
    TestTown t;
    OrgUnitRepository orgs(db);
    auto unit = [&](OrgUnit &u, qint64 parent, const QString &code, const QString &name, OrgLevel level) {
        u.parentId = parent;
        u.code = code;
        u.name = name;
        u.level = level;
        orgs.create(u);
    };
    unit(t.county, 0, u"330681"_s, u"安澜县"_s, OrgLevel::County);
    unit(t.township1, t.county.id, u"330681001"_s, u"青石镇"_s, OrgLevel::Township);
    unit(t.township2, t.county.id, u"330681002"_s, u"城南街道"_s, OrgLevel::Township);
    unit(t.village1, t.township1.id, u"330681001001"_s, u"上溪村"_s, OrgLevel::Village);
    unit(t.village2, t.township1.id, u"330681001002"_s, u"东湖社区"_s, OrgLevel::Village);
    unit(t.village3, t.township2.id, u"330681002001"_s, u"南苑社区"_s, OrgLevel::Village);
    unit(t.grid1, t.village1.id, u"330681001001001"_s, u"上溪村第1网格"_s, OrgLevel::Grid);
    unit(t.grid2, t.village1.id, u"330681001001002"_s, u"上溪村第2网格"_s, OrgLevel::Grid);
    unit(t.grid3, t.village3.id, u"330681002001001"_s, u"南苑社区第1网格"_s, OrgLevel::Grid);

    DepartmentRepository departments(db);
    auto dept = [&](Department &d, qint64 org, const QString &name) {
        d.orgUnitId = org;
        d.name = name;
        departments.create(d);
    };
    dept(t.judicial, t.township1.id, u"司法所"_s);
    dept(t.police, t.township1.id, u"派出所"_s);
    dept(t.market, t.township1.id, u"市场监管所"_s);
    dept(t.township2Police, t.township2.id, u"派出所"_s);

    CategoryRepository categories(db);
    auto category = [&](Category &c, qint64 parent, const QString &code, const QString &name, int days,
                        bool working, qint64 department) {
        c.parentId = parent;
        c.code = code;
        c.name = name;
        c.timeLimitDays = days;
        c.workingDays = working;
        c.defaultDepartmentId = department;
        categories.create(c);
    };
    category(t.disputes, 0, u"01"_s, u"矛盾纠纷"_s, 15, true, 0);
    category(t.neighbourDispute, t.disputes.id, u"0101"_s, u"邻里纠纷"_s, 10, true, t.judicial.id);
    category(t.construction, 0, u"02"_s, u"城乡建设"_s, 15, true, 0);
    category(t.leak, t.construction.id, u"0201"_s, u"漏水"_s, 5, false, 0);
    category(t.labour, 0, u"03"_s, u"劳动保障"_s, 15, true, 0);
    category(t.wages, t.labour.id, u"0301"_s, u"拖欠工资"_s, 10, true, 0);

    WorkerRepository workers(db);
    t.gridWorker.orgUnitId = t.grid1.id;
    t.gridWorker.name = u"李网格"_s;
    t.gridWorker.phone = u"13900001111"_s;
    t.gridWorker.isGridHead = true;
    workers.create(t.gridWorker);

    UserRepository users(db);
    auto user = [&](User &u, const QString &login, const QString &name, Roles roles, qint64 org,
                    qint64 dept) {
        u.login = login;
        u.displayName = name;
        u.roles = roles;
        u.orgUnitId = org;
        u.departmentId = dept;
        users.create(u);
    };
    user(t.reception, u"reception"_s, u"王受理"_s, Role::Reception, t.township1.id, 0);
    user(t.duty, u"duty"_s, u"赵值班"_s, Role::DutyOfficer, t.township1.id, 0);
    user(t.handler, u"handler"_s, u"钱司法"_s, Role::DepartmentHandler, t.township1.id, t.judicial.id);
    user(t.leader, u"leader"_s, u"孙书记"_s, Role::Leader, t.township1.id, 0);
    user(t.admin, u"admin"_s, u"周管理"_s, Role::Admin, t.county.id, 0);
    return t;
}

} // namespace zz::test
