// Accounts, login and township isolation, on SQLite and on PostgreSQL (ZONGZHI_TEST_BACKEND).
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseScope.h"
#include "CaseService.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "PasswordHasher.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QStringList m_roles; // PostgreSQL login roles made by this test function (roles outlive databases)

    // Login roles are cluster-wide: a per-process prefix keeps parallel test runs apart.
    QString loginName(const QString &base) const
    {
        if (!m_testDb->isPostgres())
            return base;
        return u"t%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
    }

    AccountService admin() { return AccountService(*m_db, m_clock, m_town.actor(m_town.admin)); }

    User account(const QString &base, Roles roles, qint64 orgUnitId, const QString &pw = password)
    {
        User u;
        u.login = loginName(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_roles << u.login;
        admin().create(u, pw);
        return u;
    }

    Session login(const QString &login, const QString &pw = password)
    {
        return AuthService(m_clock).login(m_testDb->currentUrl(), login, pw);
    }

    int failedLogins(qint64 userId)
    {
        return Query(*m_db, u"SELECT failed_logins FROM users WHERE id = ?"_s).bind(userId).scalar().toInt();
    }

    CaseRecord draft(qint64 place, const QString &title)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        CaseParty p;
        p.name = u"张三"_s;
        p.phone = u"13812345678"_s;
        c.parties = {p};
        return c;
    }

    CaseService service(const Database &db)
    {
        return CaseService(db, m_clock, CalendarRepository(db).load());
    }

    QSet<qint64> ids(const Database &db, const QString &sql)
    {
        QSet<qint64> out;
        Query q(db, sql);
        q.exec();
        while (q.next())
            out.insert(q.int64(0));
        return out;
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        qInfo() << "backend:" << m_testDb->backendName();
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
        m_clock.set(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && !m_roles.isEmpty()) {
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

    // ------------------------------------------------------------ rules

    void loginNames_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"duty1"_s << true;
        QTest::newRow("underscore") << u"wang_li"_s << true;
        QTest::newRow("two chars") << u"ab"_s << true;
        QTest::newRow("32 chars") << u"a"_s + QString(31, u'b') << true;
        QTest::newRow("33 chars") << u"a"_s + QString(32, u'b') << false;
        QTest::newRow("one char") << u"a"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("capital") << u"Duty1"_s << false;
        QTest::newRow("digit first") << u"1duty"_s << false;
        QTest::newRow("underscore first") << u"_duty"_s << false;
        QTest::newRow("hyphen") << u"duty-1"_s << false;
        QTest::newRow("space") << u"duty 1"_s << false;
        QTest::newRow("quote") << u"duty\"1"_s << false;
        QTest::newRow("chinese") << u"张三"_s << false;
        QTest::newRow("pg reserved") << u"pg_monitor2"_s << false;
        QTest::newRow("group role") << u"zongzhi_staff"_s << false;
        QTest::newRow("owner") << u"zongzhi"_s << false;
        QTest::newRow("public") << u"public"_s << false;
        QTest::newRow("postgres") << u"postgres"_s << false;
    }

    void loginNames()
    {
        QFETCH(QString, login);
        QFETCH(bool, valid);
        QCOMPARE(AccountService::loginProblem(login).isEmpty(), valid);
        if (valid)
            return;
        User u;
        u.login = login;
        u.displayName = u"某人"_s;
        u.roles = Role::Reception;
        u.orgUnitId = m_town.township1.id;
        EXPECT_ERROR(admin().create(u, password), Error::Kind::Validation);
    }

    void passwordPolicy_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("7 chars") << u"abc1234"_s << false;
        QTest::newRow("digits only") << u"1234567890"_s << false;
        QTest::newRow("8 letters") << u"abcdefgh"_s << true;
        QTest::newRow("mixed") << u"Zz-2026!"_s << true;
        QTest::newRow("chinese 8") << u"综治中心工作台啊"_s << true;
        QTest::newRow("chinese 7") << u"综治中心工作台"_s << false;
    }

    void passwordPolicy()
    {
        QFETCH(QString, password);
        QFETCH(bool, valid);
        QCOMPARE(PasswordHasher::policyViolation(password).isEmpty(), valid);
    }

    void hashing()
    {
        const QString hash = PasswordHasher::hash(u"correct horse"_s);
        QVERIFY2(hash.startsWith(u"$argon2id$"_s), qPrintable(hash));
        QVERIFY(PasswordHasher::verify(hash, u"correct horse"_s));
        QVERIFY(!PasswordHasher::verify(hash, u"correct horsE"_s));
        QVERIFY(!PasswordHasher::verify(QString(), u"correct horse"_s));
        QVERIFY(!PasswordHasher::verify(u"garbage"_s, u"correct horse"_s));
        QVERIFY(PasswordHasher::hash(u"correct horse"_s) != hash); // fresh salt each time
    }

    // ------------------------------------------------------------ accounts and login

    void createAndLogin()
    {
        User u;
        EXPECT_OK(u = account(u"clerk"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township1.id));
        QVERIFY(u.id > 0);
        const auto stored = UserRepository(*m_db).byLogin(u.login);
        QVERIFY(stored);
        QCOMPARE(stored->roles, Roles(Role::Reception) | Role::DutyOfficer);
        const QString hash =
            Query(*m_db, u"SELECT password_hash FROM users WHERE id = ?"_s).bind(u.id).scalar().toString();
        if (!m_testDb->isPostgres())
            QVERIFY(hash.startsWith(u"$argon2id$"_s));
        else
            QVERIFY(hash.isEmpty()); // the server keeps the SCRAM verifier of the login role

        Session s;
        EXPECT_OK(s = login(u.login.toUpper())); // names are case-insensitive for people
        QCOMPARE(s.user.id, u.id);
        QCOMPARE(s.actor().orgUnitId, m_town.township1.id);
        QVERIFY(s.db);
        if (m_testDb->isPostgres())
            QCOMPARE(Query(*s.db, u"SELECT session_user"_s).scalar().toString(), u.login);
        EXPECT_ERROR(login(u.login, QString()), Error::Kind::Validation);
        EXPECT_ERROR(login(loginName(u"nobody"_s)), Error::Kind::Forbidden);
        // the same login twice
        User again = u;
        again.id = 0;
        EXPECT_ERROR(admin().create(again, password), Error::Kind::Validation);
    }

    void specialCharactersInPassword()
    {
        const QString tricky = u"it's \"x\"\\; DROP ROLE x; --密码"_s;
        User u;
        EXPECT_OK(u = account(u"quoted"_s, Role::Reception, m_town.township1.id, tricky));
        EXPECT_OK(login(u.login, tricky));
    }

    void wrongPasswordCounts()
    {
        if (m_testDb->isPostgres())
            QSKIP("PostgreSQL checks passwords in the server (see serverRefusesWrongPassword)");
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        EXPECT_ERROR(login(u.login, u"wrong-password"_s), Error::Kind::Forbidden);
        QCOMPARE(failedLogins(u.id), 1);
        EXPECT_ERROR(login(u.login, u"wrong-password"_s), Error::Kind::Forbidden);
        QCOMPARE(failedLogins(u.id), 2);
        EXPECT_OK(login(u.login));
        QCOMPARE(failedLogins(u.id), 0);
    }

    void lockOut()
    {
        if (m_testDb->isPostgres())
            QSKIP("lock-out is kept in users on SQLite; PostgreSQL authenticates in the server");
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        for (int i = 1; i <= AuthService::maxFailedLogins; ++i) {
            try {
                login(u.login, u"wrong-password"_s);
                QFAIL("a wrong password was accepted");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::Forbidden);
                if (i == AuthService::maxFailedLogins)
                    QVERIFY2(e.message().contains(u"锁定"_s), qPrintable(e.message()));
            }
        }
        QCOMPARE(failedLogins(u.id), AuthService::maxFailedLogins);
        // the sixth attempt, with the RIGHT password, is still refused and says how long
        try {
            login(u.login);
            QFAIL("a locked account logged in");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
            QVERIFY2(e.message().contains(u"15"_s), qPrintable(e.message()));
        }
        m_clock.advanceSecs(14 * 60);
        EXPECT_ERROR(login(u.login), Error::Kind::Forbidden);
        m_clock.advanceSecs(61);
        EXPECT_OK(login(u.login));
        QCOMPARE(failedLogins(u.id), 0);
        QVERIFY(Query(*m_db, u"SELECT locked_until FROM users WHERE id = ?"_s).bind(u.id).scalar().isNull());
    }

    void expiredLockStartsAfresh()
    {
        if (m_testDb->isPostgres())
            QSKIP("SQLite lock-out only");
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        for (int i = 0; i < AuthService::maxFailedLogins; ++i)
            EXPECT_ERROR(login(u.login, u"wrong-password"_s), Error::Kind::Forbidden);
        m_clock.advanceSecs(16 * 60);
        EXPECT_ERROR(login(u.login, u"wrong-password"_s), Error::Kind::Forbidden);
        QCOMPARE(failedLogins(u.id), 1); // one more failure after the lock does not lock again
        EXPECT_OK(login(u.login));
    }

    void adminUnlocks()
    {
        if (m_testDb->isPostgres())
            QSKIP("SQLite lock-out only");
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        for (int i = 0; i < AuthService::maxFailedLogins; ++i)
            EXPECT_ERROR(login(u.login, u"wrong-password"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(login(u.login), Error::Kind::Forbidden);
        EXPECT_OK(admin().unlock(u.id));
        EXPECT_OK(login(u.login));
    }

    void serverRefusesWrongPassword()
    {
        if (!m_testDb->isPostgres())
            QSKIP("PostgreSQL only (SQLite: wrongPasswordCounts)");
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        ConnectionUrl url = ConnectionUrl::parse(m_testDb->currentUrl());
        url.user = u.login;
        url.password = u"wrong-password"_s;
        bool trusted = false;
        try {
            Database probe(url);
            trusted = true;
        } catch (const Error &) {
        }
        if (trusted)
            QSKIP("the test server accepts any password (trust authentication); "
                  "run it with scram-sha-256 as scripts/test.sh does to check wrong passwords");
        try {
            login(u.login, u"wrong-password"_s);
            QFAIL("a wrong password was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.kind() == Error::Kind::Forbidden, qPrintable(e.detail()));
            QCOMPARE(e.message(), u"用户名或密码错误。"_s);
        }
        EXPECT_OK(login(u.login));
    }

    void disabledAccountRefused()
    {
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        EXPECT_OK(admin().setActive(u.id, false));
        QVERIFY(!UserRepository(*m_db).get(u.id)->active);
        try {
            login(u.login);
            QFAIL("a disabled account logged in");
        } catch (const Error &e) {
            QVERIFY2(e.kind() == Error::Kind::Forbidden, qPrintable(e.message() + u" "_s + e.detail()));
            QVERIFY2(e.message().contains(u"停用"_s), qPrintable(e.message()));
        }
        EXPECT_OK(admin().setActive(u.id, true));
        EXPECT_OK(login(u.login));
    }

    void resetPassword()
    {
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        EXPECT_ERROR(admin().resetPassword(u.id, u"1234567890"_s), Error::Kind::Validation);
        EXPECT_OK(admin().resetPassword(u.id, u"NewSecret-1"_s));
        EXPECT_OK(login(u.login, u"NewSecret-1"_s));
        if (!m_testDb->isPostgres()) // PostgreSQL under trust accepts any password
            EXPECT_ERROR(login(u.login), Error::Kind::Forbidden);
    }

    void changeOwnPassword()
    {
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        Session s = login(u.login);
        AccountService own(*s.db, m_clock, s.actor());
        if (!m_testDb->isPostgres())
            EXPECT_ERROR(own.changeOwnPassword(u"wrong-password"_s, u"Another-2"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(own.changeOwnPassword(password, u"short"_s), Error::Kind::Validation);
        EXPECT_OK(own.changeOwnPassword(password, u"Another-2"_s));
        EXPECT_OK(login(u.login, u"Another-2"_s));
    }

    void updateAccount()
    {
        User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        u.displayName = u"王受理(改)"_s;
        u.roles = Roles(Role::Reception) | Role::Leader;
        const int before = u.version;
        EXPECT_OK(admin().update(u));
        QCOMPARE(u.version, before + 1);
        QCOMPARE(UserRepository(*m_db).get(u.id)->roles, Roles(Role::Reception) | Role::Leader);
        User stale = u;
        stale.version = before;
        EXPECT_ERROR(admin().update(stale), Error::Kind::Conflict);
        User renamed = u;
        renamed.login = u"other"_s;
        EXPECT_OK(admin().update(renamed));
        QCOMPARE(renamed.login, u.login); // the login name stays
        if (m_testDb->isPostgres()) {
            const bool inReference = Query(*m_db, u"SELECT pg_has_role(?, 'zongzhi_reference', 'MEMBER')"_s)
                                         .bind(u.login)
                                         .scalar()
                                         .toBool();
            QVERIFY(inReference); // leaders manage reference data
        }
    }

    void nonAdminRefused()
    {
        const User u = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        for (const User *who : {&m_town.leader, &m_town.duty, &m_town.reception, &m_town.handler}) {
            AccountService service(*m_db, m_clock, m_town.actor(*who));
            User fresh;
            fresh.login = loginName(u"newbie"_s);
            fresh.displayName = u"新人"_s;
            fresh.roles = Role::Reception;
            fresh.orgUnitId = m_town.township1.id;
            EXPECT_ERROR(service.create(fresh, password), Error::Kind::Forbidden);
            User edit = *UserRepository(*m_db).get(u.id);
            edit.roles = Role::Admin;
            EXPECT_ERROR(service.update(edit), Error::Kind::Forbidden);
            EXPECT_ERROR(service.setActive(u.id, false), Error::Kind::Forbidden);
            EXPECT_ERROR(service.resetPassword(u.id, u"Whatever-1"_s), Error::Kind::Forbidden);
            EXPECT_ERROR(service.unlock(u.id), Error::Kind::Forbidden);
        }
        QVERIFY(!UserRepository(*m_db).byLogin(loginName(u"newbie"_s)));
        QVERIFY(UserRepository(*m_db).get(u.id)->active);
    }

    void validation()
    {
        auto attempt = [&](User u) { admin().create(u, password); };
        User base;
        base.login = loginName(u"valid"_s);
        base.displayName = u"某人"_s;
        base.roles = Role::Reception;
        base.orgUnitId = m_town.township1.id;
        User noName = base;
        noName.displayName = u"  "_s;
        EXPECT_ERROR(attempt(noName), Error::Kind::Validation);
        User noRoles = base;
        noRoles.roles = {};
        EXPECT_ERROR(attempt(noRoles), Error::Kind::Validation);
        User noOrg = base;
        noOrg.orgUnitId = 999999;
        EXPECT_ERROR(attempt(noOrg), Error::Kind::Validation);
        User handler = base;
        handler.roles = Role::DepartmentHandler;
        EXPECT_ERROR(attempt(handler), Error::Kind::Validation);
        EXPECT_ERROR(admin().create(base, u"1234567890"_s), Error::Kind::Validation);
        QVERIFY(!UserRepository(*m_db).byLogin(base.login));
    }

    void adminStaysInScope()
    {
        m_roles << loginName(u"townadmin"_s);
        User townAdmin;
        townAdmin.login = loginName(u"townadmin"_s);
        townAdmin.displayName = u"镇管理员"_s;
        townAdmin.roles = Role::Admin;
        townAdmin.orgUnitId = m_town.township1.id;
        EXPECT_OK(admin().create(townAdmin, password));
        AccountService local(
            *m_db, m_clock,
            Actor{townAdmin.id, townAdmin.displayName, townAdmin.roles, townAdmin.orgUnitId, 0});
        User elsewhere;
        elsewhere.login = loginName(u"southclerk"_s);
        elsewhere.displayName = u"城南受理"_s;
        elsewhere.roles = Role::Reception;
        elsewhere.orgUnitId = m_town.township2.id;
        EXPECT_ERROR(local.create(elsewhere, password), Error::Kind::Forbidden);
        elsewhere.orgUnitId = m_town.village1.id;
        m_roles << elsewhere.login;
        EXPECT_OK(local.create(elsewhere, password));
        // and nobody disables himself or the last admin
        EXPECT_ERROR(local.setActive(townAdmin.id, false), Error::Kind::Validation);
    }

    void firstAdmin()
    {
        QVERIFY(!AuthService::needsFirstAdmin(*m_db));
        User first;
        first.login = loginName(u"boss"_s);
        first.displayName = u"首任管理员"_s;
        first.roles = Role::Leader;
        first.orgUnitId = m_town.county.id;
        EXPECT_ERROR(AccountService(*m_db, m_clock, Actor{}).createFirstAdmin(first, password),
                     Error::Kind::Forbidden);
        Query::run(*m_db, u"DELETE FROM users"_s);
        QVERIFY(AuthService::needsFirstAdmin(*m_db));
        m_roles << first.login;
        EXPECT_OK(AccountService(*m_db, m_clock, Actor{}).createFirstAdmin(first, password));
        QVERIFY(first.roles.testFlag(Role::Admin));
        QVERIFY(!AuthService::needsFirstAdmin(*m_db));
        Session s;
        EXPECT_OK(s = login(first.login));
        QVERIFY(s.user.roles.testFlag(Role::Admin));
        // the first admin, logged in as himself, creates the next account
        User next;
        next.login = loginName(u"next"_s);
        next.displayName = u"第二人"_s;
        next.roles = Role::DutyOfficer;
        next.orgUnitId = m_town.township2.id;
        m_roles << next.login;
        EXPECT_OK(AccountService(*s.db, m_clock, s.actor()).create(next, password));
        EXPECT_OK(login(next.login));
        User third = first;
        third.id = 0;
        third.login = loginName(u"third"_s);
        EXPECT_ERROR(AccountService(*m_db, m_clock, Actor{}).createFirstAdmin(third, password),
                     Error::Kind::Forbidden);
    }

    void emptyDatabaseNeedsFirstAdmin()
    {
        const auto fresh = std::make_unique<Database>(m_testDb->freshUrl());
        QVERIFY(AuthService::needsFirstAdmin(*fresh));
    }

    void demoAccountsLogIn()
    {
        DemoOptions options;
        options.cases = 0;
        options.now = m_clock.now();
        DemoDataGenerator generator(*m_db, options);
        EXPECT_OK(generator.run());
        QVERIFY2(generator.notes().isEmpty(), qPrintable(generator.notes().join(u'\n')));
        // Roles are cluster-wide: another test process may have made the demo roles already.
        for (const QString &name : {u"duty1"_s, u"reception1"_s, u"leader1"_s}) {
            Session s;
            EXPECT_OK(s = login(name, DemoDataGenerator::demoPassword()));
            QCOMPARE(s.user.login, name);
        }
        if (!m_testDb->isPostgres()) { // every demo account got the hash, and only demo accounts
            QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM users WHERE login = 'duty' AND password_hash = ''"_s)
                         .scalar()
                         .toInt(),
                     1);
            QCOMPARE(Query(*m_db,
                           u"SELECT COUNT(*) FROM users WHERE login LIKE 'handler_' AND password_hash = ''"_s)
                         .scalar()
                         .toInt(),
                     0);
        }
    }

    // ------------------------------------------------------------ isolation in the services

    void serviceRefusesOutOfScope()
    {
        CaseService cases = service(*m_db);
        // registered by the county center's desk, which may register anywhere in the county
        const Actor countyDesk{m_town.reception.id, u"县中心受理员"_s, Role::Reception, m_town.county.id, 0};
        const CaseRecord south = cases.report(draft(m_town.grid3.id, u"城南漏水"_s), countyDesk);
        try {
            cases.apply(south.id, south.version, CaseAction::Register, {}, m_town.actor(m_town.duty));
            QFAIL("a township-1 officer registered a township-2 case");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
            QVERIFY2(e.message().contains(u"管辖范围"_s), qPrintable(e.message()));
        }
        EXPECT_ERROR(CaseScope(*m_db, m_town.actor(m_town.duty)).get(south.id), Error::Kind::Forbidden);
        QCOMPARE(CaseRepository(*m_db).get(south.id)->status, CaseStatus::Reported);

        User countyDuty;
        EXPECT_OK(countyDuty = account(u"countyduty"_s, Role::DutyOfficer, m_town.county.id));
        const Actor county{countyDuty.id, countyDuty.displayName, countyDuty.roles, countyDuty.orgUnitId, 0};
        CaseRecord after;
        EXPECT_OK(after = cases.apply(south.id, south.version, CaseAction::Register, {}, county));
        QCOMPARE(after.status, CaseStatus::Registered);

        // an actor without an org unit sees nothing
        Actor nowhere = m_town.actor(m_town.duty);
        nowhere.orgUnitId = 0;
        EXPECT_ERROR(cases.apply(after.id, after.version, CaseAction::Dispatch, {}, nowhere),
                     Error::Kind::Forbidden);
    }

    void confidentialCases()
    {
        CaseService cases = service(*m_db);
        CaseRecord secret = draft(m_town.grid1.id, u"涉密举报"_s);
        secret.confidential = true;
        secret = cases.report(secret, m_town.actor(m_town.reception));
        const Actor duty = m_town.actor(m_town.duty);
        try {
            cases.apply(secret.id, secret.version, CaseAction::Register, {}, duty);
            QFAIL("a confidential case was handled by someone not on its list");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
            QVERIFY2(e.message().contains(u"保密"_s), qPrintable(e.message()));
        }
        QVERIFY(CaseScope(*m_db, m_town.actor(m_town.reception)).get(secret.id)); // the registrar sees it
        EXPECT_ERROR(CaseScope(*m_db, duty).grant(secret.id, m_town.duty.id), Error::Kind::Forbidden);
        EXPECT_ERROR(CaseScope(*m_db, m_town.actor(m_town.leader)).grant(secret.id, m_town.duty.id),
                     Error::Kind::Forbidden); // the leader is not on the list either
        Query(*m_db, u"INSERT INTO case_access (case_id, user_id) VALUES (?, ?)"_s)
            .bind(secret.id)
            .bind(m_town.leader.id)
            .exec();
        EXPECT_OK(CaseScope(*m_db, m_town.actor(m_town.leader)).grant(secret.id, m_town.duty.id));
        QCOMPARE(CaseScope(*m_db, duty).accessList(secret.id),
                 (QList<qint64>{m_town.duty.id, m_town.leader.id}));
        CaseRecord after;
        EXPECT_OK(after = cases.apply(secret.id, secret.version, CaseAction::Register, {}, duty));
        EXPECT_OK(CaseScope(*m_db, m_town.actor(m_town.leader)).revoke(secret.id, m_town.duty.id));
        EXPECT_ERROR(cases.apply(after.id, after.version, CaseAction::Decline, {}, duty),
                     Error::Kind::Forbidden);
    }

    // ------------------------------------------------------------ isolation in PostgreSQL

    void rowLevelSecurity()
    {
        if (!m_testDb->isPostgres())
            QSKIP("row-level security is PostgreSQL's; SQLite: serviceRefusesOutOfScope");
        User north, south, county;
        EXPECT_OK(north =
                      account(u"north"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township1.id));
        EXPECT_OK(south =
                      account(u"south"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township2.id));
        EXPECT_OK(county = account(u"county"_s, Roles(Role::DutyOfficer) | Role::Leader, m_town.county.id));

        // cases in both townships, reported as the owner (not subject to the policies)
        CaseService owner = service(*m_db);
        const Actor clerk{m_town.reception.id, u"县中心受理员"_s, Role::Reception, m_town.county.id, 0};
        QSet<qint64> northCases, southCases;
        for (int i = 0; i < 2; ++i) {
            northCases << owner.report(draft(m_town.grid1.id, u"青石镇事件%1"_s.arg(i)), clerk).id;
            southCases << owner.report(draft(m_town.grid3.id, u"城南事件%1"_s.arg(i)), clerk).id;
        }
        CaseRecord secret = draft(m_town.grid3.id, u"城南保密件"_s);
        secret.confidential = true;
        secret = owner.report(secret, clerk);
        const qint64 northId = *northCases.cbegin();

        Session s;
        EXPECT_OK(s = login(south.login));
        const Database &db = *s.db;
        QCOMPARE(Query(db, u"SELECT session_user"_s).scalar().toString(), south.login);
        // an up-to-date database asks nothing of the account's role
        QCOMPARE(s.db->schemaVersion(), m_db->schemaVersion());
        EXPECT_OK(s.db->migrate());

        // reads: only township 2, not the confidential case
        QCOMPARE(ids(db, u"SELECT id FROM cases"_s), southCases);
        QCOMPARE(ids(db, u"SELECT DISTINCT township_id FROM cases"_s), QSet<qint64>{m_town.township2.id});
        QCOMPARE(ids(db, u"SELECT DISTINCT case_id FROM case_parties"_s), southCases);
        QCOMPARE(ids(db, u"SELECT DISTINCT case_id FROM case_flow"_s), southCases);
        QVERIFY(!CaseRepository(db).get(northId));
        QCOMPARE(CaseRepository(db).count(CaseQuery{}), qint64(southCases.size()));

        // writes outside the server's case functions are refused outright (migration 0008)
        EXPECT_ERROR(Query(db, u"UPDATE cases SET title = ? WHERE township_id = ?"_s)
                         .bind(u"改掉"_s)
                         .bind(m_town.township1.id)
                         .exec(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query(db, u"UPDATE case_parties SET name = ? WHERE case_id = ?"_s)
                         .bind(u"改掉"_s)
                         .bind(northId)
                         .exec(),
                     Error::Kind::Forbidden);
        const QString northPath = OrgUnitRepository(*m_db).path(m_town.grid1.id);
        EXPECT_ERROR(
            Query(db,
                  u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, source, nature, "
                  "org_unit_id, org_path, status, level_org_unit_id, received_at, updated_at) "
                  "VALUES ('X-1', ?, 2025, 999, '000000', '伪造', 'visit', 'complaint', ?, ?, "
                  "'reported', ?, 0, 0)"_s)
                .bind(m_town.township1.id)
                .bind(m_town.grid1.id)
                .bind(northPath)
                .bind(m_town.township1.id)
                .exec(),
            Error::Kind::Forbidden);
        EXPECT_ERROR(
            Query(
                db,
                u"INSERT INTO case_flow (case_id, action, to_status, at) VALUES (?, 'urge', 'reported', 0)"_s)
                .bind(northId)
                .exec(),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query(db, u"INSERT INTO case_parties (case_id, role, name) VALUES (?, 'party', '某')"_s)
                         .bind(northId)
                         .exec(),
                     Error::Kind::Forbidden);
        // moving an own case into township 1 is refused
        EXPECT_ERROR(Query(db, u"UPDATE cases SET org_path = ? WHERE id = ?"_s)
                         .bind(northPath)
                         .bind(*southCases.cbegin())
                         .exec(),
                     Error::Kind::Forbidden);
        // no deletes at all, and no account administration for staff
        EXPECT_ERROR(Query::run(db, u"DELETE FROM case_flow"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(db, u"DELETE FROM cases"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(db, u"UPDATE users SET roles = 'admin'"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(db, u"SELECT password_hash FROM users"_s), Error::Kind::Forbidden);
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM cases WHERE title = '改掉'"_s).scalar().toInt(), 0);

        // the program itself works under the policies: report and handle a township-2 case
        CaseService own = service(db);
        CaseRecord mine;
        EXPECT_OK(mine = own.report(draft(m_town.grid3.id, u"城南新事件"_s), s.actor()));
        EXPECT_OK(mine = own.apply(mine.id, mine.version, CaseAction::Register, {}, s.actor()));
        QCOMPARE(mine.status, CaseStatus::Registered);
        EXPECT_ERROR(own.report(draft(m_town.grid1.id, u"越界登记"_s), s.actor()), Error::Kind::Forbidden);
        southCases << mine.id;

        // the confidential case appears once the account is on its list
        Query(*m_db, u"INSERT INTO case_access (case_id, user_id) VALUES (?, ?)"_s)
            .bind(secret.id)
            .bind(south.id)
            .exec();
        QCOMPARE(ids(db, u"SELECT id FROM cases"_s), southCases + QSet<qint64>{secret.id});

        // township 1 sees its own; the county account sees both townships, but not the confidential case
        Session n;
        EXPECT_OK(n = login(north.login));
        QCOMPARE(ids(*n.db, u"SELECT id FROM cases"_s), northCases);
        Session c;
        EXPECT_OK(c = login(county.login));
        QCOMPARE(ids(*c.db, u"SELECT id FROM cases"_s), northCases + southCases);
        QCOMPARE(ids(*c.db, u"SELECT DISTINCT case_id FROM case_flow"_s), northCases + southCases);

        // a disabled account's users row no longer grants a scope even on an open connection
        EXPECT_OK(admin().setActive(south.id, false));
        QCOMPARE(ids(db, u"SELECT id FROM cases"_s), QSet<qint64>{});
    }

    void staffCannotManageAccounts()
    {
        if (!m_testDb->isPostgres())
            QSKIP("PostgreSQL roles only");
        const User clerk = account(u"clerk"_s, Role::Reception, m_town.township1.id);
        Session s;
        EXPECT_OK(s = login(clerk.login));
        // even a forged Admin actor fails: the server refuses the role statements and the users write
        Actor forged = s.actor();
        forged.roles = Role::Admin;
        User other;
        other.login = loginName(u"sneaky"_s);
        other.displayName = u"冒充"_s;
        other.roles = Role::Admin;
        other.orgUnitId = m_town.township1.id;
        m_roles << other.login;
        EXPECT_ERROR(AccountService(*s.db, m_clock, forged).create(other, password), Error::Kind::Forbidden);
        QVERIFY(!UserRepository(*m_db).byLogin(other.login));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
