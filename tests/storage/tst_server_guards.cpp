// The server is the last line (PostgreSQL, migration 0008): every attack of issue 9 replayed as raw SQL
// through real township login roles — a clerk, a leader and an admin — each refused, the data unchanged;
// and the program itself still works through the server's functions under those roles.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "CaseWorkflow.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "WorkflowSettings.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

} // namespace

class TestServerGuards : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QStringList m_roles;
    User m_clerk, m_leader, m_townAdmin, m_countyAdmin, m_handler, m_south;
    qint64 m_northCase = 0, m_southCase = 0;

    QString loginName(const QString &base) const
    {
        return u"g%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
    }

    User account(const QString &base, Roles roles, qint64 orgUnitId, qint64 departmentId = 0)
    {
        User u;
        u.login = loginName(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        u.departmentId = departmentId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        return u;
    }

    Session login(const User &u, const QString &pw = password)
    {
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, pw);
    }

    CaseService service(const Database &db)
    {
        return CaseService(db, m_clock, CalendarRepository(db).load());
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

    // Everything an attack could have changed, read as the owner.
    QString snapshot()
    {
        QStringList parts;
        for (
            const QString &sql :
            {u"SELECT string_agg(id || ':' || path || ':' || coalesce(township_id, 0), ',' ORDER BY id) FROM org_units"_s,
             u"SELECT string_agg(township_id || ':' || year || ':' || last_seq, ',' ORDER BY township_id, "
             u"year) "
             "FROM case_counters"_s,
             u"SELECT string_agg(id || ':' || status || ':' || title || ':' || version || ':' || "
             "coalesce(deadline_at, 0), ',' ORDER BY id) FROM cases"_s,
             u"SELECT COUNT(*) FROM case_flow"_s, u"SELECT COUNT(*) FROM case_parties"_s,
             u"SELECT string_agg(login || ':' || roles || ':' || org_unit_id || ':' || active, ',' ORDER BY "
             u"id) "
             "FROM users"_s,
             u"SELECT string_agg(r.rolname || ':' || r.rolcreaterole || ':' || r.rolcanlogin, ',' ORDER BY "
             u"r.rolname) "
             "FROM pg_roles r WHERE r.rolname LIKE 'g%'"_s,
             u"SELECT string_agg(g.rolname || '>' || r.rolname, ',' ORDER BY g.rolname, r.rolname) FROM "
             "pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
             "WHERE g.rolname LIKE 'zongzhi%'"_s})
            parts << Query(*m_db, sql).scalar().toString();
        return parts.join(u'\n');
    }

    qint64 count(const Database &db, const QString &sql) { return Query(db, sql).scalar().toLongLong(); }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        if (!m_testDb->isPostgres())
            QSKIP(
                "login roles and row-level security are PostgreSQL's (SQLite: the program is the last line)");
    }

    void init()
    {
        m_db.reset();
        m_roles.clear();
        try {
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
            m_clerk = account(u"clerk"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township1.id);
            m_leader = account(u"leader"_s, Role::Leader, m_town.township1.id);
            m_townAdmin = account(u"tadmin"_s, Role::Admin, m_town.township1.id);
            m_countyAdmin = account(u"cadmin"_s, Role::Admin, m_town.county.id);
            m_handler =
                account(u"handler"_s, Role::DepartmentHandler, m_town.township1.id, m_town.judicial.id);
            m_south = account(u"south"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township2.id);
            const Actor clerk{m_town.reception.id, u"王受理"_s, Role::Reception, m_town.county.id, 0};
            m_northCase = service(*m_db).report(draft(m_town.grid1.id, u"青石镇事件"_s), clerk).id;
            m_southCase = service(*m_db).report(draft(m_town.grid3.id, u"城南事件"_s), clerk).id;
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

    // Attack 1: a township leader (and admin) widens its own scope through org_units.
    void leaderCannotWidenScope()
    {
        const QString before = snapshot();
        const QString widen =
            u"UPDATE org_units SET path = (SELECT path FROM org_units WHERE code = '330681') "
            "WHERE code = '330681001'"_s;
        Session leader = login(m_leader);
        EXPECT_ERROR(Query::run(*leader.db, widen), Error::Kind::Forbidden);
        Session admin = login(m_townAdmin);
        // an admin's own unit is the root of his scope: not his to edit, so nothing matches
        QCOMPARE(Query(*admin.db, widen).exec().rowsAffected(), 0);
        // a unit below it keeps its server-computed path whatever is written
        EXPECT_OK(Query(*admin.db, u"UPDATE org_units SET path = '/', township_id = NULL WHERE id = ?"_s)
                      .bind(m_town.village1.id)
                      .exec());
        // nor can it be moved out into the other township
        EXPECT_ERROR(Query(*admin.db, u"UPDATE org_units SET parent_id = ? WHERE id = ?"_s)
                         .bind(m_town.township2.id)
                         .bind(m_town.village1.id)
                         .exec(),
                     Error::Kind::Forbidden);
        QCOMPARE(snapshot(), before);
        QCOMPARE(count(*leader.db,
                       u"SELECT COUNT(*) FROM cases WHERE township_id <> %1"_s.arg(m_town.township1.id)),
                 0);
    }

    // Attack 2: any clerk breaks another township's numbering.
    void clerkCannotTouchCounters()
    {
        const QString before = snapshot();
        Session clerk = login(m_clerk);
        EXPECT_ERROR(Query(*clerk.db, u"UPDATE case_counters SET last_seq = 0 WHERE township_id = ?"_s)
                         .bind(m_town.township2.id)
                         .exec(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*clerk.db, u"INSERT INTO case_counters VALUES (1, 2025, 99)"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*clerk.db, u"DELETE FROM case_counters"_s), Error::Kind::Forbidden);
        QCOMPARE(snapshot(), before);
        // the other township goes on numbering without a gap
        Session south = login(m_south);
        CaseRecord next;
        EXPECT_OK(next = service(*south.db).report(draft(m_town.grid3.id, u"城南新事件"_s), south.actor()));
        QCOMPARE(next.caseNo, u"330681002-2025-000002"_s);
        // a clerk's own township may not pick another township's counter through the function either
        EXPECT_ERROR(service(*clerk.db).report(draft(m_town.grid3.id, u"越界登记"_s), clerk.actor()),
                     Error::Kind::Forbidden);
    }

    // Attack 3: staff change cases directly, around the workflow.
    void staffCannotChangeCasesDirectly()
    {
        const QString before = snapshot();
        Session clerk = login(m_clerk);
        EXPECT_ERROR(Query(*clerk.db, u"UPDATE cases SET status = 'archived', title = '改掉' WHERE id = ?"_s)
                         .bind(m_northCase)
                         .exec(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query(*clerk.db, u"DELETE FROM cases WHERE id = ?"_s).bind(m_northCase).exec(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(
            Query(*clerk.db, u"INSERT INTO case_parties (case_id, role, name) VALUES (?, 'party', '某')"_s)
                .bind(m_northCase)
                .exec(),
            Error::Kind::Forbidden);
        // the server's own function refuses what the workflow does not allow: a jump to archived, an
        // action outside the account's roles, a deadline moved by an urge, a stale version
        const auto c = *CaseRepository(*m_db).get(m_northCase);
        auto apply = [&](const QString &action, const QString &to, qint64 deadline, int version) {
            Query(*clerk.db,
                  u"SELECT zz_case_apply(NULL, '', ?, ?, ?, ?, ?, NULL, NULL, ?, true, NULL, 'none', 0, "
                  "NULL, NULL, 0, '', 0)"_s)
                .bind(c.id)
                .bind(version)
                .bind(action)
                .bind(to)
                .bind(c.levelOrgUnitId)
                .bind(deadline)
                .exec();
        };
        const qint64 deadline = c.deadline.toSecsSinceEpoch();
        EXPECT_ERROR(apply(u"archive"_s, u"archived"_s, deadline, c.version), Error::Kind::Forbidden);
        EXPECT_ERROR(apply(u"sign"_s, u"in_progress"_s, deadline, c.version), Error::Kind::Forbidden);
        EXPECT_ERROR(apply(u"register"_s, u"registered"_s, deadline + 86400 * 30, c.version),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(apply(u"register"_s, u"registered"_s, deadline, c.version + 7), Error::Kind::Conflict);
        // the other township's case is out of reach even through the function
        const auto s = *CaseRepository(*m_db).get(m_southCase);
        EXPECT_ERROR(service(*clerk.db).apply(s.id, s.version, CaseAction::Register, {}, clerk.actor()),
                     Error::Kind::NotFound); // invisible under row-level security
        EXPECT_ERROR(Query(*clerk.db,
                           u"SELECT zz_case_apply(NULL, '', ?, ?, 'register', 'registered', ?, NULL, "
                           "NULL, ?, true, NULL, 'none', 0, NULL, NULL, 0, '', 0)"_s)
                         .bind(s.id)
                         .bind(s.version)
                         .bind(s.levelOrgUnitId)
                         .bindTime(s.deadline)
                         .exec(),
                     Error::Kind::Forbidden);
        QCOMPARE(snapshot(), before);
    }

    // Attack 4: staff forge the actor; a township admin reaches for county accounts and roles.
    void actorsAndRolesCannotBeForged()
    {
        Session clerk = login(m_clerk);
        EXPECT_ERROR(Query(*clerk.db,
                           u"INSERT INTO case_flow (case_id, action, from_status, to_status, "
                           "actor_user_id, actor_name, at) VALUES (?, 'urge', 'reported', 'reported', "
                           "?, '县管理员', 0)"_s)
                         .bind(m_northCase)
                         .bind(m_countyAdmin.id)
                         .exec(),
                     Error::Kind::Forbidden);
        // naming the county admin as the actor of a real action: the server writes the clerk
        const auto c = *CaseRepository(*m_db).get(m_northCase);
        EXPECT_OK(Query(*clerk.db,
                        u"SELECT zz_case_apply(?, '县管理员', ?, ?, 'register', 'registered', ?, NULL, NULL, "
                        "?, true, NULL, 'none', 0, NULL, NULL, 0, '', 0)"_s)
                      .bind(m_countyAdmin.id)
                      .bind(c.id)
                      .bind(c.version)
                      .bind(c.levelOrgUnitId)
                      .bindTime(c.deadline)
                      .exec());
        Query flow(
            *m_db,
            u"SELECT actor_user_id, actor_name FROM case_flow WHERE case_id = ? ORDER BY id DESC LIMIT 1"_s);
        flow.bind(c.id).exec();
        QVERIFY(flow.next());
        QCOMPARE(flow.int64(0), m_clerk.id);
        QCOMPARE(flow.text(1), m_clerk.displayName);
        QCOMPARE(
            Query(*m_db, u"SELECT actor_login FROM audit_log ORDER BY id DESC LIMIT 1"_s).scalar().toString(),
            m_clerk.login);

        const QString before = snapshot();
        Session admin = login(m_townAdmin);
        const Database &db = *admin.db;
        QCOMPARE(Query(*m_db, u"SELECT rolcreaterole FROM pg_roles WHERE rolname = ?"_s)
                     .bind(m_townAdmin.login)
                     .scalar()
                     .toBool(),
                 false);
        EXPECT_ERROR(Query(db, u"UPDATE users SET org_unit_id = ? WHERE login = ?"_s)
                         .bind(m_town.county.id)
                         .bind(m_townAdmin.login)
                         .exec(),
                     Error::Kind::Forbidden);
        User self = *UserRepository(*m_db).get(m_townAdmin.id);
        self.orgUnitId = m_town.county.id;
        EXPECT_ERROR(AccountService(db, m_clock, admin.actor()).update(self), Error::Kind::Forbidden);
        EXPECT_ERROR(Query(db, u"SELECT zz_account_update(?, ?, 'x', 'admin', ?, NULL, true)"_s)
                         .bind(self.id)
                         .bind(self.version)
                         .bind(m_town.county.id)
                         .exec(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(db, u"ALTER ROLE %1 PASSWORD 'Stolen#2026'"_s.arg(m_countyAdmin.login)),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(db, u"GRANT zongzhi_admin TO %1"_s.arg(m_clerk.login)),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(db, u"ALTER ROLE %1 CREATEROLE"_s.arg(m_townAdmin.login)),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query(db, u"SELECT zz_account_password(?, 'SCRAM-SHA-256$4096:AAAA$BBBB:CCCC')"_s)
                         .bind(m_countyAdmin.login)
                         .exec(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(
            AccountService(db, m_clock, admin.actor()).resetPassword(m_countyAdmin.id, u"Stolen#2026"_s),
            Error::Kind::Forbidden);
        User county;
        county.login = loginName(u"mole"_s);
        county.displayName = u"内鬼"_s;
        county.roles = Role::Admin;
        county.orgUnitId = m_town.county.id;
        m_roles << county.login;
        EXPECT_ERROR(Query(db, u"SELECT zz_account_create(?, '内鬼', 'admin', ?, NULL, "
                               "'SCRAM-SHA-256$4096:AAAA$BBBB:CCCC', 0)"_s)
                         .bind(county.login)
                         .bind(m_town.county.id)
                         .exec(),
                     Error::Kind::Forbidden);
        QCOMPARE(snapshot(), before);
        // the county admin still logs in with his own password
        EXPECT_OK(login(m_countyAdmin));

        // inside its scope the township admin does its job, and the server audits it
        User clerk2;
        clerk2.login = loginName(u"clerk2"_s);
        clerk2.displayName = u"新受理员"_s;
        clerk2.roles = Role::Reception;
        clerk2.orgUnitId = m_town.village1.id;
        m_roles << clerk2.login;
        EXPECT_OK(AccountService(db, m_clock, admin.actor()).create(clerk2, password));
        EXPECT_OK(AccountService(db, m_clock, admin.actor()).resetPassword(clerk2.id, u"Another#2026"_s));
        EXPECT_OK(login(clerk2, u"Another#2026"_s));
        QCOMPARE(
            count(*m_db,
                  u"SELECT COUNT(*) FROM audit_log WHERE action = 'password_reset' AND actor_login = '%1'"_s
                      .arg(m_townAdmin.login)),
            1);
        QCOMPARE(Query(*m_db, u"SELECT rolcreaterole FROM pg_roles WHERE rolname = ?"_s)
                     .bind(clerk2.login)
                     .scalar()
                     .toBool(),
                 false);
    }

    // Reference data: admins only, within their scope, audited by the server.
    void referenceDataByAdminsInScope()
    {
        Session clerk = login(m_clerk);
        EXPECT_ERROR(Query(*clerk.db, u"INSERT INTO departments (org_unit_id, name) VALUES (?, '冒牌所')"_s)
                         .bind(m_town.township1.id)
                         .exec(),
                     Error::Kind::Forbidden);
        Session leader = login(m_leader);
        EXPECT_ERROR(Query::run(*leader.db, u"UPDATE categories SET time_limit_days = 365"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*leader.db, u"DELETE FROM holidays"_s), Error::Kind::Forbidden);

        Session admin = login(m_townAdmin);
        const qint64 auditBefore = count(*m_db, u"SELECT COUNT(*) FROM audit_log"_s);
        EXPECT_OK(Query(*admin.db, u"INSERT INTO departments (org_unit_id, name) VALUES (?, '综合执法队')"_s)
                      .bind(m_town.township1.id)
                      .exec());
        EXPECT_OK(OrgUnitRepository(*admin.db).rename(m_town.village1.id, u"上溪新村"_s));
        OrgUnit village;
        village.parentId = m_town.township1.id;
        village.code = u"330681001099"_s;
        village.name = u"新建社区"_s;
        village.level = OrgLevel::Village;
        EXPECT_OK(OrgUnitRepository(*admin.db).create(village));
        QCOMPARE(OrgUnitRepository(*m_db).path(village.id),
                 OrgUnitRepository(*m_db).path(m_town.township1.id) + QString::number(village.id) + u'/');
        QCOMPARE(
            count(*m_db,
                  u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' AND actor_login = '%1'"_s
                      .arg(m_townAdmin.login)),
            count(*m_db, u"SELECT COUNT(*) FROM audit_log"_s) - auditBefore);
        QVERIFY(count(*m_db, u"SELECT COUNT(*) FROM audit_log"_s) - auditBefore >= 3);

        // the other township and the county-wide tables are out of its reach
        EXPECT_ERROR(Query(*admin.db, u"INSERT INTO departments (org_unit_id, name) VALUES (?, '越界所')"_s)
                         .bind(m_town.township2.id)
                         .exec(),
                     Error::Kind::Forbidden);
        QCOMPARE(Query(*admin.db, u"UPDATE departments SET name = '改名' WHERE org_unit_id = ?"_s)
                     .bind(m_town.township2.id)
                     .exec()
                     .rowsAffected(),
                 0);
        QCOMPARE(Query(*admin.db, u"UPDATE categories SET time_limit_days = 365"_s).exec().rowsAffected(), 0);
        EXPECT_ERROR(
            Query::run(*admin.db, u"INSERT INTO holidays (day, is_workday) VALUES ('2027-01-04', true)"_s),
            Error::Kind::Forbidden);
        // the county admin may
        Session county = login(m_countyAdmin);
        QVERIFY(Query(*county.db, u"UPDATE categories SET time_limit_days = 20 WHERE id = ?"_s)
                    .bind(m_town.disputes.id)
                    .exec()
                    .rowsAffected() == 1);
    }

    // Settings: an account never reads another's saved filters, and writes no shared key.
    void settingsArePrivate()
    {
        Query(*m_db, u"INSERT INTO settings (key, value) VALUES (?, 'secret filter')"_s)
            .bind(u"user.%1.filters"_s.arg(m_leader.id))
            .exec();
        Session clerk = login(m_clerk);
        QCOMPARE(count(*clerk.db, u"SELECT COUNT(*) FROM settings WHERE key LIKE 'user.%'"_s), 0);
        EXPECT_OK(SettingsRepository(*clerk.db).setValue(u"user.%1.filters"_s.arg(m_clerk.id), u"mine"_s));
        EXPECT_ERROR(SettingsRepository(*clerk.db).setValue(u"center.name"_s, u"冒名"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(SettingsRepository(*clerk.db).setValue(u"user.%1.filters"_s.arg(m_leader.id), u"x"_s),
                     Error::Kind::Forbidden);
    }

    // Confidential access lists are given by leaders only.
    void accessListsByLeadersOnly()
    {
        Session clerk = login(m_clerk);
        EXPECT_ERROR(Query(*clerk.db, u"INSERT INTO case_access (case_id, user_id) VALUES (?, ?)"_s)
                         .bind(m_northCase)
                         .bind(m_clerk.id)
                         .exec(),
                     Error::Kind::Forbidden);
    }

    // The server's copy of the workflow is the core's table, row for row.
    void workflowTableMirrorsCore()
    {
        QSet<QString> core, server;
        for (const Transition &t : CaseWorkflow::transitions()) {
            QStringList roles;
            for (const Role r : allValues<Role>())
                if (t.roles.testFlag(r))
                    roles << code(r);
            roles.sort();
            const QString only = !t.only ? QString() : *t.only == CheckSteps::Two ? u"two"_s : u"one"_s;
            core << code(t.action) + u' ' + code(t.from) + u' ' + code(t.to) + u' ' + roles.join(u',') +
                        u' ' + only;
        }
        Query q(
            *m_db,
            u"SELECT action, from_status, to_status, roles, coalesce(check_steps, '') FROM workflow_transitions"_s);
        q.exec();
        while (q.next()) {
            QStringList roles = q.text(3).split(u',');
            roles.sort();
            server << q.text(0) + u' ' + q.text(1) + u' ' + q.text(2) + u' ' + roles.join(u',') + u' ' +
                          q.text(4);
        }
        QCOMPARE(server, core);
    }

    // The program's whole loop still works as real accounts under these rules.
    void loopWorksAsAccounts()
    {
        Session clerk = login(m_clerk);
        Session handler = login(m_handler);
        Session leader = login(m_leader);
        CaseRecord c;
        EXPECT_OK(c = service(*clerk.db).report(draft(m_town.grid1.id, u"环路事件"_s), clerk.actor()));
        QCOMPARE(c.caseNo, u"330681001-2025-000002"_s);
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Register, {}, clerk.actor()));
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        dispatch.copiedOrgUnits = {m_town.village1.id};
        EXPECT_OK(
            c = service(*clerk.db).apply(c.id, c.version, CaseAction::Dispatch, dispatch, clerk.actor()));
        EXPECT_OK(c = service(*handler.db).apply(c.id, c.version, CaseAction::Sign, {}, handler.actor()));
        ActionInput extension;
        extension.days = 3;
        extension.note = u"需要现场测量"_s;
        EXPECT_OK(c = service(*handler.db)
                          .apply(c.id, c.version, CaseAction::RequestExtension, extension, handler.actor()));
        EXPECT_OK(
            c = service(*leader.db).apply(c.id, c.version, CaseAction::ApproveExtension, {}, leader.actor()));
        ActionInput feedback;
        feedback.result = u"已调解"_s;
        feedback.disputeSettled = true;
        EXPECT_OK(c = service(*handler.db)
                          .apply(c.id, c.version, CaseAction::SubmitFeedback, feedback, handler.actor()));
        ActionInput close;
        close.satisfaction = Satisfaction::Satisfied;
        EXPECT_OK(c = service(*leader.db).apply(c.id, c.version, CaseAction::Close, close, leader.actor()));
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Archive, {}, clerk.actor()));
        QCOMPARE(CaseRepository(*m_db).get(c.id)->status, CaseStatus::Archived);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM case_flow WHERE case_id = %1"_s.arg(c.id)), 9);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM case_copies WHERE case_id = %1"_s.arg(c.id)), 1);
        QCOMPARE(count(*m_db,
                       u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'case' AND object_id = %1"_s.arg(
                           c.id)),
                 9);
        // a handler of another department is refused by the program and by the server
        CaseRecord other = *CaseRepository(*m_db).get(m_northCase);
        EXPECT_OK(other = service(*clerk.db).apply(other.id, other.version, CaseAction::Register, {},
                                                   clerk.actor()));
        dispatch.departmentId = m_town.police.id;
        dispatch.copiedOrgUnits.clear();
        EXPECT_OK(other = service(*clerk.db).apply(other.id, other.version, CaseAction::Dispatch, dispatch,
                                                   clerk.actor()));
        EXPECT_ERROR(
            service(*handler.db).apply(other.id, other.version, CaseAction::Sign, {}, handler.actor()),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query(*handler.db,
                           u"SELECT zz_case_apply(NULL, '', ?, ?, 'sign', 'in_progress', ?, ?, NULL, "
                           "?, true, NULL, 'none', 0, NULL, NULL, 0, '', 0)"_s)
                         .bind(other.id)
                         .bind(other.version)
                         .bind(other.levelOrgUnitId)
                         .bind(m_town.police.id)
                         .bindTime(other.deadline)
                         .exec(),
                     Error::Kind::Forbidden);
    }

    // Failed logins are counted by the server: five lock the login role for 15 minutes.
    // A pending extension request is settled on the server too: raw feedback over it is refused, and a
    // withdrawal must name a request that is pending.
    void pendingExtensionHeldByTheServer()
    {
        Session clerk = login(m_clerk);
        Session handler = login(m_handler);
        CaseRecord c;
        EXPECT_OK(c = service(*clerk.db).report(draft(m_town.grid1.id, u"延期事件"_s), clerk.actor()));
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Register, {}, clerk.actor()));
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        EXPECT_OK(
            c = service(*clerk.db).apply(c.id, c.version, CaseAction::Dispatch, dispatch, clerk.actor()));
        EXPECT_OK(c = service(*handler.db).apply(c.id, c.version, CaseAction::Sign, {}, handler.actor()));
        ActionInput extension;
        extension.days = 3;
        extension.note = u"需要现场测量"_s;
        EXPECT_OK(c = service(*handler.db)
                          .apply(c.id, c.version, CaseAction::RequestExtension, extension, handler.actor()));
        const auto raw = [&](const QString &action, const QString &to, int days) {
            Query(*handler.db,
                  u"SELECT zz_case_apply(NULL, '', ?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL, 'none', 0, "
                  "NULL, NULL, ?, '', 0)"_s)
                .bind(c.id)
                .bind(c.version)
                .bind(action)
                .bind(to)
                .bind(c.levelOrgUnitId)
                .bind(m_town.judicial.id)
                .bindTime(c.deadline)
                .bind(c.deadlineWorkingDays)
                .bind(days)
                .exec();
        };
        EXPECT_ERROR(raw(u"feedback"_s, u"feedback"_s, 0), Error::Kind::Forbidden);
        EXPECT_ERROR(raw(u"withdraw_extension"_s, u"in_progress"_s, 0), Error::Kind::Forbidden);
        QCOMPARE(CaseRepository(*m_db).get(c.id)->extensionPendingDays, 3);
        EXPECT_OK(c = service(*handler.db)
                          .apply(c.id, c.version, CaseAction::WithdrawExtension, {}, handler.actor()));
        QCOMPARE(CaseRepository(*m_db).flow(c.id).last().days, 3);
        EXPECT_ERROR(raw(u"withdraw_extension"_s, u"in_progress"_s, 3), Error::Kind::Forbidden);
        ActionInput feedback;
        feedback.result = u"已测量并调解"_s;
        EXPECT_OK(c = service(*handler.db)
                          .apply(c.id, c.version, CaseAction::SubmitFeedback, feedback, handler.actor()));
    }

    // 核查 and 结案 as two steps: a township admin sets his own township only, and where two steps hold
    // raw SQL cannot close a case straight from 待核查; 核查通过 then 结案 goes through.
    void checkStepsHeldByTheServer()
    {
        Session admin = login(m_townAdmin);
        Session clerk = login(m_clerk);
        Session handler = login(m_handler);
        const auto rawSetting = [](const Database &db, const QString &key, const QString &value) {
            Query(db, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s).bind(key).bind(value).exec();
        };
        EXPECT_ERROR(rawSetting(*admin.db, WorkflowSettings::countyKey, u"two"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(rawSetting(*admin.db, WorkflowSettings::townshipKey(m_town.township2.id), u"two"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(rawSetting(*clerk.db, WorkflowSettings::townshipKey(m_town.township1.id), u"two"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(WorkflowSettings(*admin.db).setCountyCheckSteps(admin.actor(), CheckSteps::Two),
                     Error::Kind::Forbidden);
        EXPECT_OK(WorkflowSettings(*admin.db).setTownshipCheckSteps(admin.actor(), m_town.township1.id,
                                                                    CheckSteps::Two));
        QCOMPARE(WorkflowSettings(*clerk.db).checkSteps(m_town.township1.id), CheckSteps::Two);
        QCOMPARE(WorkflowSettings(*clerk.db).checkSteps(m_town.township2.id), CheckSteps::One);
        // The change is audited by the server.
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' "
                              "AND detail LIKE '%workflow.check_steps.%'"_s),
                 1);

        CaseRecord c;
        EXPECT_OK(c = service(*clerk.db).report(draft(m_town.grid1.id, u"两步核查事件"_s), clerk.actor()));
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Register, {}, clerk.actor()));
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        EXPECT_OK(
            c = service(*clerk.db).apply(c.id, c.version, CaseAction::Dispatch, dispatch, clerk.actor()));
        EXPECT_OK(c = service(*handler.db).apply(c.id, c.version, CaseAction::Sign, {}, handler.actor()));
        ActionInput feedback;
        feedback.result = u"已调解"_s;
        EXPECT_OK(c = service(*handler.db)
                          .apply(c.id, c.version, CaseAction::SubmitFeedback, feedback, handler.actor()));
        const auto raw = [&](const QString &action, const QString &to, bool closing) {
            const QDateTime at = m_clock.now();
            Query(*clerk.db, u"SELECT zz_case_apply(NULL, '', ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'none', 0, "
                             "NULL, NULL, 0, '', ?)"_s)
                .bind(c.id)
                .bind(c.version)
                .bind(action)
                .bind(to)
                .bind(c.levelOrgUnitId)
                .bind(m_town.judicial.id)
                .bindTime(c.deadline)
                .bind(c.deadlineWorkingDays)
                .bindTime(closing ? at : QDateTime())
                .bindTime(at)
                .exec();
        };
        EXPECT_ERROR(raw(u"close"_s, u"closed"_s, true), Error::Kind::Forbidden);
        EXPECT_ERROR(service(*clerk.db).apply(c.id, c.version, CaseAction::Close, {}, clerk.actor()),
                     Error::Kind::InvalidState);
        QCOMPARE(CaseRepository(*m_db).get(c.id)->status, CaseStatus::Feedback);
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Verify, {}, clerk.actor()));
        QCOMPARE(c.status, CaseStatus::Verified);
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Close, {}, clerk.actor()));
        QCOMPARE(CaseRepository(*m_db).get(c.id)->status, CaseStatus::Closed);

        // Back to one step: 核查通过 is refused by the server, 核查结案 goes through.
        EXPECT_OK(WorkflowSettings(*admin.db).setTownshipCheckSteps(admin.actor(), m_town.township1.id, {}));
        QCOMPARE(WorkflowSettings(*clerk.db).checkSteps(m_town.township1.id), CheckSteps::One);
        EXPECT_OK(c = service(*clerk.db).report(draft(m_town.grid1.id, u"一步核查事件"_s), clerk.actor()));
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Register, {}, clerk.actor()));
        EXPECT_OK(
            c = service(*clerk.db).apply(c.id, c.version, CaseAction::Dispatch, dispatch, clerk.actor()));
        EXPECT_OK(c = service(*handler.db).apply(c.id, c.version, CaseAction::Sign, {}, handler.actor()));
        EXPECT_OK(c = service(*handler.db)
                          .apply(c.id, c.version, CaseAction::SubmitFeedback, feedback, handler.actor()));
        EXPECT_ERROR(raw(u"verify"_s, u"verified"_s, false), Error::Kind::Forbidden);
        EXPECT_OK(c = service(*clerk.db).apply(c.id, c.version, CaseAction::Close, {}, clerk.actor()));
        QCOMPARE(c.status, CaseStatus::Closed);
    }

    void failedLoginsLockTheRole()
    {
        for (int i = 0; i < AuthService::maxFailedLogins - 1; ++i)
            EXPECT_ERROR(login(m_clerk, u"wrong-password"_s), Error::Kind::Forbidden);
        QCOMPARE(count(*m_db, u"SELECT failed_logins FROM users WHERE id = %1"_s.arg(m_clerk.id)),
                 AuthService::maxFailedLogins - 1);
        try {
            login(m_clerk, u"wrong-password"_s);
            QFAIL("a wrong password was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"锁定"_s), qPrintable(e.message()));
        }
        // the right password is now refused too, with the same message
        try {
            login(m_clerk);
            QFAIL("a locked account logged in");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
            QVERIFY2(e.message().contains(u"锁定"_s), qPrintable(e.message()));
        }
        QVERIFY(!Query(*m_db, u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s)
                     .bind(m_clerk.login)
                     .scalar()
                     .toBool());
        // admins see it, in the account row and the audit log
        Session admin = login(m_townAdmin);
        QVERIFY(count(*admin.db, u"SELECT COUNT(*) FROM users WHERE locked_until IS NOT NULL"_s) == 1);
        QCOMPARE(count(*admin.db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed'"_s),
                 AuthService::maxFailedLogins);
        EXPECT_OK(AccountService(*admin.db, m_clock, admin.actor()).unlock(m_clerk.id));
        EXPECT_OK(login(m_clerk));

        // an expired lock lifts itself at the next login
        for (int i = 0; i < AuthService::maxFailedLogins; ++i)
            EXPECT_ERROR(login(m_clerk, u"wrong-password"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(login(m_clerk), Error::Kind::Forbidden);
        Query(*m_db, u"UPDATE users SET locked_until = locked_until - 3600 WHERE id = ?"_s)
            .bind(m_clerk.id)
            .exec();
        EXPECT_OK(login(m_clerk));
        QCOMPARE(count(*m_db, u"SELECT failed_logins FROM users WHERE id = %1"_s.arg(m_clerk.id)), 0);
        // a disabled account stays disabled: the gate never reopens it
        EXPECT_OK(AccountService(*admin.db, m_clock, admin.actor()).setActive(m_clerk.id, false));
        try {
            login(m_clerk);
            QFAIL("a disabled account logged in");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"停用"_s), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerGuards)
#include "tst_server_guards.moc"
