// The audit-log viewer's reads (AuditLogReader): filters by person, action, case and dates, keyset pages,
// the account's scope (a township leader reads its township's cases and accounts, a county account all),
// CSV export audited; on PostgreSQL the scope holds against raw SQL by a township leader (migration 0015).
#include "AccountService.h"
#include "AuditLogReader.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

} // namespace

class TestAuditViewer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QStringList m_roles;
    CaseRecord m_north, m_south;

    Actor leader() const { return m_town.actor(m_town.leader); }
    Actor county() const
    {
        Actor a = m_town.actor(m_town.leader);
        a.orgUnitId = m_town.county.id;
        return a;
    }
    Actor southLeader() const
    {
        Actor a = m_town.actor(m_town.leader);
        a.userId = 0;
        a.orgUnitId = m_town.township2.id;
        return a;
    }

    QSet<qint64> caseIds(const QList<AuditLog::Entry> &rows)
    {
        QSet<qint64> out;
        for (const auto &e : rows)
            if (e.objectType == u"case"_s)
                out << e.objectId;
        return out;
    }

    CaseRecord report(qint64 place, const QString &title)
    {
        CaseRecord c;
        c.title = title;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        const Actor clerk{m_town.reception.id, u"王受理"_s, Role::Reception, m_town.county.id, 0};
        return CaseService(*m_db, m_clock, CalendarRepository(*m_db).load()).report(c, clerk);
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
            m_north = report(m_town.grid1.id, u"青石镇事件"_s);
            m_clock.advanceDays(1);
            m_south = report(m_town.grid3.id, u"城南事件"_s);
            m_north =
                CaseService(*m_db, m_clock, CalendarRepository(*m_db).load())
                    .apply(m_north.id, m_north.version, CaseAction::Register, {}, m_town.actor(m_town.duty));
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
        m_clock = FixedClock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    }

    void onlyLeadersAndAdmins()
    {
        EXPECT_ERROR(AuditLogReader(*m_db, m_clock, m_town.actor(m_town.duty)), Error::Kind::Forbidden);
        EXPECT_ERROR(AuditLogReader(*m_db, m_clock, m_town.actor(m_town.reception)), Error::Kind::Forbidden);
        EXPECT_OK(AuditLogReader(*m_db, m_clock, m_town.actor(m_town.admin)));
    }

    void scope()
    {
        const auto township = AuditLogReader(*m_db, m_clock, leader()).page({}, 100);
        QVERIFY(caseIds(township).contains(m_north.id));
        QVERIFY(!caseIds(township).contains(m_south.id));
        QVERIFY(caseIds(AuditLogReader(*m_db, m_clock, southLeader()).page({}, 100)).contains(m_south.id));
        QVERIFY(!caseIds(AuditLogReader(*m_db, m_clock, southLeader()).page({}, 100)).contains(m_north.id));
        const auto all = AuditLogReader(*m_db, m_clock, county()).page({}, 100);
        QVERIFY(caseIds(all).contains(m_south.id) && caseIds(all).contains(m_north.id));
    }

    void filtersAndPages()
    {
        AuditLogReader reader(*m_db, m_clock, county());
        AuditFilter byCase;
        byCase.caseNo = m_north.caseNo;
        const auto north = reader.page(byCase, 100);
        QCOMPARE(north.size(), 2); // reported, registered
        QCOMPARE(caseIds(north), QSet<qint64>{m_north.id});
        AuditFilter byAction;
        byAction.action = AuditAction::CaseAction;
        QCOMPARE(reader.page(byAction, 100).size(), 1);
        AuditFilter byPerson;
        byPerson.person = m_town.duty.displayName;
        const auto duty = reader.page(byPerson, 100);
        QCOMPARE(duty.size(), 1);
        QCOMPARE(duty.first().action, u"case_action"_s);
        byPerson.person = m_town.reception.login;
        QCOMPARE(reader.page(byPerson, 100).size(), 2);
        const auto whole = reader.page({}, 1000);
        QVERIFY(whole.size() >= 3);
        QList<qint64> paged;
        qint64 before = 0;
        for (;;) {
            const auto rows = reader.page({}, 2, before);
            for (const auto &e : rows)
                paged << e.id;
            if (rows.size() < 2)
                break;
            before = rows.last().id;
        }
        QList<qint64> ids;
        for (const auto &e : whole)
            ids << e.id;
        QCOMPARE(paged, ids);

        // Dates in the clock's zone, both ends inclusive (on PostgreSQL the server stamps the rows).
        const QDate newest = whole.first().at.date();
        AuditFilter byDate;
        byDate.from = byDate.to = newest;
        const auto day = reader.page(byDate, 1000);
        QVERIFY(!day.isEmpty());
        QCOMPARE(day.first().id, whole.first().id);
        for (const auto &e : day)
            QCOMPARE(e.at.date(), newest);
        byDate.from = byDate.to = newest.addDays(1);
        QVERIFY(reader.page(byDate, 100).isEmpty());
        byDate.from = {};
        byDate.to = newest.addDays(-1);
        for (const auto &e : reader.page(byDate, 1000))
            QVERIFY(e.at.date() < newest);
    }

    void exportIsAudited()
    {
        AuditLogReader reader(*m_db, m_clock, leader());
        AuditFilter filter;
        filter.caseNo = m_north.caseNo;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        qint64 rows = 0;
        EXPECT_OK(rows = reader.exportCsv(filter, buffer));
        QCOMPARE(rows, 2);
        const QString csv = QString::fromUtf8(buffer.data());
        QCOMPARE(csv.count(u"\r\n"_s), 3);
        QVERIFY(csv.contains(u"登记案件"_s));
        const auto last = AuditLogReader(*m_db, m_clock, county()).page({}, 1).first();
        QCOMPARE(last.action, u"export"_s);
        QCOMPARE(last.objectType, u"audit_log"_s);
        QVERIFY(last.detail.contains(u"rows=2"_s));
        QVERIFY(last.detail.contains(m_north.caseNo));
    }

    // Raw SQL as a township leader: the other township's case rows and accounts stay out of sight,
    // whatever the query; a county admin reads them; the program reads the same through the session.
    void serverHoldsAgainstRawSql()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        auto account = [&](const QString &base, Roles roles, qint64 unit) {
            User u;
            u.login = u"av%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
            u.displayName = u"测试"_s + base;
            u.roles = roles;
            u.orgUnitId = unit;
            m_roles << u.login;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
            return u;
        };
        const User north = account(u"leader"_s, Role::Leader, m_town.township1.id);
        const User southClerk = account(u"south"_s, Role::DutyOfficer, m_town.township2.id);
        const User countyAdmin = account(u"cadmin"_s, Role::Admin, m_town.county.id);
        Session s = AuthService(m_clock).login(m_testDb->currentUrl(), southClerk.login, password);
        s.db.reset();
        Session leaderSession = AuthService(m_clock).login(m_testDb->currentUrl(), north.login, password);
        const Database &db = *leaderSession.db;
        auto count = [](const Database &d, const QString &sql) {
            return Query(d, sql).scalar().toLongLong();
        };
        QCOMPARE(
            count(db, u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'case' AND object_id = %1"_s.arg(
                          m_south.id)),
            0);
        QVERIFY(
            count(db, u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'case' AND object_id = %1"_s.arg(
                          m_north.id)) > 0);
        // the south account's rows (its creation, its login) are not the township leader's
        QCOMPARE(
            count(
                db,
                u"SELECT COUNT(*) FROM audit_log WHERE actor_user_id = %1 OR (object_type = 'user' AND object_id = %1)"_s
                    .arg(southClerk.id)),
            0);
        QVERIFY(
            count(db, u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'user' AND object_id = %1"_s.arg(
                          north.id)) > 0);
        QVERIFY(count(db, u"SELECT COUNT(*) FROM audit_log"_s) <
                count(*m_db, u"SELECT COUNT(*) FROM audit_log"_s));
        const auto rows = AuditLogReader(db, m_clock, leaderSession.actor()).page({}, 1000);
        QVERIFY(!caseIds(rows).contains(m_south.id));
        QVERIFY(caseIds(rows).contains(m_north.id));
        Session admin = AuthService(m_clock).login(m_testDb->currentUrl(), countyAdmin.login, password);
        QVERIFY(count(*admin.db,
                      u"SELECT COUNT(*) FROM audit_log WHERE object_type = 'case' AND object_id = %1"_s.arg(
                          m_south.id)) > 0);
        QCOMPARE(count(*admin.db, u"SELECT COUNT(*) FROM audit_log"_s),
                 count(*m_db, u"SELECT COUNT(*) FROM audit_log"_s));
        // a township admin verifies the chain: every row
        const User townAdmin = account(u"tadmin"_s, Role::Admin, m_town.township1.id);
        Session t = AuthService(m_clock).login(m_testDb->currentUrl(), townAdmin.login, password);
        QCOMPARE(count(*t.db, u"SELECT COUNT(*) FROM audit_log"_s),
                 count(*m_db, u"SELECT COUNT(*) FROM audit_log"_s));
        QVERIFY(AuditLog(*t.db, m_clock).verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestAuditViewer)
#include "tst_audit_viewer.moc"
