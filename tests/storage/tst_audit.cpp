// The audit log and backups: runs on SQLite and on PostgreSQL (ZONGZHI_TEST_BACKEND).
#include "AuditLog.h"
#include "BackupService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "CliCommands.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SqlScript.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString partyPhone = u"13812345678"_s;

QString partyResidentId()
{
    const QString first17 = u"33068119800101123"_s;
    return first17 + Validators::residentIdCheckChar(first17);
}

QByteArray fileDigest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// One value from an SQLite file opened read-only through Qt (leaves the file as it is).
QString sqliteScalar(const QString &file, const QString &sql)
{
    static int counter = 0;
    const QString name = u"audit-probe-%1"_s.arg(++counter);
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
            else
                value = u"error: "_s + q.lastError().text();
        } else {
            value = u"cannot open"_s;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 1, 24), QTime(10, 0))};
    std::unique_ptr<CaseService> m_service;
    QTemporaryDir m_files;

    bool isPostgres() const { return m_testDb->isPostgres(); }

    CaseRecord reportOne(const QString &title = u"楼上漏水严重,多次协商未果"_s)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"三楼住户反映楼上卫生间漏水。"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        CaseParty p;
        p.name = u"张三"_s;
        p.residentId = partyResidentId();
        p.phone = partyPhone;
        c.parties = {p};
        return m_service->report(c, m_town.actor(m_town.reception));
    }

    qint64 auditCount() { return Query(*m_db, u"SELECT COUNT(*) FROM audit_log"_s).scalar().toLongLong(); }

    AuditLog::Entry lastEntry() const
    {
        const auto entries = AuditLog(*m_db, m_clock).recent(1);
        return entries.isEmpty() ? AuditLog::Entry{} : entries.first();
    }

    // Five or more rows of history on every backend.
    void someHistory()
    {
        for (int i = 0; i < 3; ++i) {
            const CaseRecord c = reportOne(u"历史案件%1"_s.arg(i));
            m_service->apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.reception));
        }
    }

    // Changes rows behind the program's back: SQLite without its triggers, PostgreSQL with the
    // superuser switching the user triggers off.
    void tamper(const QString &sql, qint64 id)
    {
        Database raw(m_testDb->currentUrl());
        if (isPostgres()) {
            Query::run(raw, u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s);
            Query(raw, sql).bind(id).exec();
            Query::run(raw, u"ALTER TABLE audit_log ENABLE TRIGGER USER"_s);
        } else {
            Query::run(raw, u"DROP TRIGGER IF EXISTS audit_log_no_update"_s);
            Query::run(raw, u"DROP TRIGGER IF EXISTS audit_log_no_delete"_s);
            Query(raw, sql).bind(id).exec();
        }
    }

    qint64 middleId()
    {
        const qint64 maxId = Query(*m_db, u"SELECT MAX(id) FROM audit_log"_s).scalar().toLongLong();
        return maxId / 2 + 1;
    }

    QString sessionLogin() const { return ConnectionUrl::parse(m_testDb->currentUrl()).user; }

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
        m_service.reset();
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_clock.set(QDateTime(QDate(2025, 1, 24), QTime(10, 0)));
        m_service = std::make_unique<CaseService>(*m_db, m_clock, CalendarRepository(*m_db).load());
    }

    void cleanup()
    {
        m_service.reset();
        m_db.reset();
    }

    // ------------------------------------------------------------ the chain

    void canonicalHash()
    {
        const QString first = AuditLog::hashOf(AuditLog::genesisHash(), 1, 1737684000, 3, u"reception"_s,
                                               u"case_report"_s, u"case"_s, 42, u"report →reported 来访"_s);
        QCOMPARE(first, u"8e5771c67edee72c61467cbe19922fea49e9763eea18147f72c4466b19b0868b"_s);
        const QString awkward = u"/tmp/备份 1:2\x1f|x.db"_s;
        const QString second =
            AuditLog::hashOf(first, 2, 1737684001, 0, u"cli:root"_s, u"backup"_s, u"database"_s, 0, awkward);
        QCOMPARE(second, u"d8fbf5441e0e68da0ad283a95d337dede64981ca3488e14e86270d1600b9c314"_s);
        // Moving text from one field into the next must change the hash.
        QVERIFY(AuditLog::hashOf(first, 2, 1, 0, u"ab"_s, u"c"_s, {}, 0, {}) !=
                AuditLog::hashOf(first, 2, 1, 0, u"a"_s, u"bc"_s, {}, 0, {}));
        QCOMPARE(AuditLog::genesisHash(), QString(64, u'0'));

        if (!isPostgres())
            return;
        // The server's copy of the canonical form agrees with ours, byte for byte.
        Query q(*m_db, u"SELECT zz_audit_hash(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.bind(first).bind(2).bind(1737684001).bind(QVariant(QMetaType::fromType<qint64>()));
        q.bind(u"cli:root"_s)
            .bind(u"backup"_s)
            .bind(u"database"_s)
            .bind(QVariant(QMetaType::fromType<qint64>()));
        q.bind(awkward);
        QCOMPARE(q.scalar().toString(), second);
        Query q2(*m_db, u"SELECT zz_audit_hash(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q2.bind(AuditLog::genesisHash())
            .bind(1)
            .bind(1737684000)
            .bind(3)
            .bind(u"reception"_s)
            .bind(u"case_report"_s);
        q2.bind(u"case"_s).bind(42).bind(u"report →reported 来访"_s);
        QCOMPARE(q2.scalar().toString(), first);
    }

    void caseActionsAreAudited()
    {
        qint64 rows = auditCount();
        const CaseRecord reported = reportOne();
        QCOMPARE(auditCount(), rows + 1);
        AuditLog::Entry e = lastEntry();
        QCOMPARE(e.action, u"case_report"_s);
        QCOMPARE(e.objectType, u"case"_s);
        QCOMPARE(e.objectId, reported.id);
        QCOMPARE(e.actorUserId, m_town.reception.id);
        QCOMPARE(e.actorLogin, m_town.reception.login);
        QVERIFY2(e.detail.startsWith(u"report →reported"_s), qPrintable(e.detail));
        rows = auditCount();

        struct Step
        {
            CaseAction action;
            ActionInput input;
            User user;
        };
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        dispatch.note = u"请联系当事人 %1,身份证 %2"_s.arg(partyPhone, partyResidentId());
        ActionInput feedback;
        feedback.result = u"已调解"_s;
        feedback.disputeSettled = true;
        ActionInput close;
        close.satisfaction = Satisfaction::Satisfied;
        const QList<Step> steps{{CaseAction::Register, {}, m_town.reception},
                                {CaseAction::Dispatch, dispatch, m_town.duty},
                                {CaseAction::Sign, {}, m_town.handler},
                                {CaseAction::SubmitFeedback, feedback, m_town.handler},
                                {CaseAction::Close, close, m_town.duty},
                                {CaseAction::Archive, {}, m_town.leader}};
        CaseRecord c = reported;
        for (const Step &step : steps) {
            const CaseStatus from = c.status;
            c = m_service->apply(c.id, c.version, step.action, step.input, m_town.actor(step.user));
            QCOMPARE(auditCount(), ++rows);
            e = lastEntry();
            QCOMPARE(e.action, u"case_action"_s);
            QCOMPARE(e.objectType, u"case"_s);
            QCOMPARE(e.objectId, c.id);
            QCOMPARE(e.actorUserId, step.user.id);
            QCOMPARE(e.actorLogin, step.user.login);
            QVERIFY2(e.detail.startsWith(code(step.action) + u' ' + code(from) + u"→"_s + code(c.status)),
                     qPrintable(e.detail));
            QVERIFY2(!e.detail.contains(partyPhone) && !e.detail.contains(partyResidentId()) &&
                         !e.detail.contains(u"张三"_s),
                     qPrintable(e.detail));
            if (step.action == CaseAction::Dispatch)
                QVERIFY2(e.detail.contains(u"请联系当事人 ***"_s), qPrintable(e.detail));
        }
        // A refused action writes nothing.
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::Sign, {}, m_town.actor(m_town.handler)),
                     Error::Kind::InvalidState);
        QCOMPARE(auditCount(), rows);
        QVERIFY(AuditLog(*m_db, m_clock).verify().ok);
    }

    void recordWritesARow()
    {
        const CaseRecord c = reportOne();
        const qint64 partyId = CaseRepository(*m_db).get(c.id)->parties.value(0).id;
        const qint64 rows = auditCount();
        AuditLog log(*m_db, m_clock);
        log.record(m_town.actor(m_town.leader), m_town.leader.login, AuditAction::Reveal, u"case_party"_s,
                   partyId, u"resident_id"_s);
        QCOMPARE(auditCount(), rows + 1);
        const AuditLog::Entry e = lastEntry();
        QCOMPARE(e.action, u"reveal"_s);
        QCOMPARE(e.objectType, u"case_party"_s);
        QCOMPARE(e.objectId, partyId);
        QCOMPARE(e.detail, u"resident_id"_s);
        QCOMPARE(e.hash, AuditLog::hashOf(e.prevHash, e.id, e.at.toSecsSinceEpoch(), e.actorUserId,
                                          e.actorLogin, e.action, e.objectType, e.objectId, e.detail));
        if (isPostgres()) {
            QCOMPARE(e.actorLogin, sessionLogin()); // the server names the session's account
            QCOMPARE(e.actorUserId, qint64(0));
        } else {
            QCOMPARE(e.actorUserId, m_town.leader.id);
            QCOMPARE(e.actorLogin, m_town.leader.login);
            QCOMPARE(e.at, m_clock.now());
        }
        // The case codes belong to the database's own triggers there: nothing forged through record().
        log.record(m_town.actor(m_town.leader), {}, AuditAction::CaseAction, u"case"_s, c.id, u"forged"_s);
        QCOMPARE(auditCount(), rows + (isPostgres() ? 1 : 2));
        if (isPostgres())
            EXPECT_ERROR(Query(*m_db, u"SELECT zz_audit('case_action', 'case', 1, 'forged')"_s).exec(),
                         Error::Kind::Storage);
    }

    void verifyPassesAndPages()
    {
        someHistory();
        const AuditLog log(*m_db, m_clock);
        const AuditLog::Verification v = log.verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.rowsChecked, auditCount());
        QCOMPARE(v.firstBrokenId, qint64(0));
        QVERIFY(v.reason.isEmpty());

        const auto newest = log.recent(2);
        QCOMPARE(newest.size(), 2);
        QVERIFY(newest[0].id > newest[1].id);
        QCOMPARE(newest[0].prevHash, newest[1].hash);
        const auto older = log.recent(2, newest[1].id);
        QCOMPARE(older.first().id, newest[1].id - 1);
        QCOMPARE(log.recent(1000).last().prevHash, AuditLog::genesisHash());
    }

    void rolledBackRowLeavesNoGap()
    {
        someHistory();
        AuditLog log(*m_db, m_clock);
        const qint64 before = auditCount();
        {
            Transaction tx(*m_db);
            log.record(m_town.actor(m_town.admin), m_town.admin.login, AuditAction::Export, u"report"_s, 0,
                       u"x"_s);
            tx.rollback();
        }
        log.record(m_town.actor(m_town.admin), m_town.admin.login, AuditAction::Export, u"report"_s, 0,
                   u"y"_s);
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(lastEntry().detail, u"y"_s);
        QVERIFY(log.verify().ok);
    }

    void changedRowIsFound()
    {
        someHistory();
        const qint64 id = middleId();
        tamper(u"UPDATE audit_log SET detail = detail || ' (改)' WHERE id = ?"_s, id);
        const AuditLog::Verification v = AuditLog(*m_db, m_clock).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, id);
        QCOMPARE(v.rowsChecked, id - 1);
        QVERIFY(!v.reason.isEmpty());
    }

    void changedRowWithFreshHashBreaksTheNextLink()
    {
        someHistory();
        const qint64 id = middleId();
        AuditLog::Entry e;
        for (const AuditLog::Entry &x : AuditLog(*m_db, m_clock).recent(1000))
            if (x.id == id)
                e = x;
        QCOMPARE(e.id, id);
        e.detail = u"改写后的内容"_s;
        const QString hash = AuditLog::hashOf(e.prevHash, e.id, e.at.toSecsSinceEpoch(), e.actorUserId,
                                              e.actorLogin, e.action, e.objectType, e.objectId, e.detail);
        tamper(u"UPDATE audit_log SET detail = '%1', hash = '%2' WHERE id = ?"_s.arg(e.detail, hash), id);
        const AuditLog::Verification v = AuditLog(*m_db, m_clock).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, id + 1);
    }

    void removedRowIsFound()
    {
        someHistory();
        const qint64 id = middleId();
        tamper(u"DELETE FROM audit_log WHERE id = ?"_s, id);
        const AuditLog::Verification v = AuditLog(*m_db, m_clock).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenId, id + 1);
        QVERIFY(!v.reason.isEmpty());
    }

    void changesThroughSqlAreRefused()
    {
        someHistory();
        const qint64 rows = auditCount();
        const AuditLog::Entry before = lastEntry();
        const Error::Kind refused = isPostgres() ? Error::Kind::Forbidden : Error::Kind::Storage;
        EXPECT_ERROR(Query(*m_db, u"UPDATE audit_log SET detail = 'x' WHERE id = ?"_s).bind(before.id).exec(),
                     refused);
        EXPECT_ERROR(Query(*m_db, u"DELETE FROM audit_log WHERE id = ?"_s).bind(before.id).exec(), refused);
        if (isPostgres())
            EXPECT_ERROR(Query::run(*m_db, u"TRUNCATE audit_log"_s), refused);
        QCOMPARE(auditCount(), rows);
        QCOMPARE(lastEntry().detail, before.detail);
        QVERIFY(AuditLog(*m_db, m_clock).verify().ok);
    }

    void staffRoleMayOnlyAppend()
    {
        if (!isPostgres())
            QSKIP("login roles and grants exist on PostgreSQL only");
        const QString role = u"zz_audit_probe_%1"_s.arg(QCoreApplication::applicationPid());
        Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
        // scripts/test.sh runs the server with password authentication (scram-sha-256)
        Query::run(*m_db, u"CREATE ROLE %1 LOGIN PASSWORD 'probe-Pw-1' IN ROLE zongzhi_staff"_s.arg(role));
        Query::run(*m_db,
                   u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(role)); // as createdb's public schema has
        {
            ConnectionUrl url = ConnectionUrl::parse(m_testDb->currentUrl());
            url.user = role;
            url.password = u"probe-Pw-1"_s;
            Database staff(url);
            // Look-alike temporary tables must not catch the definer functions' reads and writes.
            Query::run(staff,
                       u"CREATE TEMP TABLE audit_log (id BIGINT, at BIGINT, actor_user_id BIGINT, "
                       "actor_login TEXT, action TEXT, object_type TEXT, object_id BIGINT, detail TEXT, "
                       "prev_hash TEXT, hash TEXT)"_s);
            Query::run(staff, u"CREATE TEMP TABLE users (id BIGINT, login TEXT)"_s);
            Query(staff, u"INSERT INTO users VALUES (?, ?)"_s).bind(m_town.admin.id).bind(role).exec();
            const qint64 id =
                Query(staff, u"SELECT zz_audit('export', 'report', 0, 'monthly')"_s).scalar().toLongLong();
            QVERIFY(id > 0);
            // Reading the log is for leaders and admins (Permission::ViewAuditLog), not all staff.
            EXPECT_ERROR(Query(staff, u"SELECT COUNT(*) FROM public.audit_log"_s).exec(),
                         Error::Kind::Forbidden);
            EXPECT_ERROR(
                Query(staff, u"UPDATE public.audit_log SET detail = 'x' WHERE id = ?"_s).bind(id).exec(),
                Error::Kind::Forbidden);
            EXPECT_ERROR(Query(staff, u"INSERT INTO public.audit_log (id, at, action, prev_hash, hash) "
                                      "VALUES (999999, 0, 'login', '', '')"_s)
                             .exec(),
                         Error::Kind::Forbidden);
            // Dropped here, not left to the backend's exit: DROP ROLE below would race its cleanup.
            Query::run(staff, u"DROP TABLE pg_temp.audit_log, pg_temp.users"_s);
        }
        const AuditLog::Entry e = lastEntry();
        QCOMPARE(e.action, u"export"_s);
        QCOMPARE(e.actorLogin, role);
        QCOMPARE(e.actorUserId, qint64(0)); // no users row of that login: not the temporary one
        QCOMPARE(e.objectId, qint64(0));
        Query::run(*m_db, u"REVOKE USAGE ON SCHEMA public FROM %1"_s.arg(role));
        Query::run(*m_db, u"DROP ROLE %1"_s.arg(role));
        QVERIFY(AuditLog(*m_db, m_clock).verify().ok);
    }

    void concurrentWritersShareOneChain()
    {
        constexpr int writers = 4;
        constexpr int perWriter = 8;
        const QString url = m_testDb->currentUrl();
        const TestTown town = m_town;
        const qint64 before = auditCount();
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            threads << QThread::create([&, w] {
                try {
                    Database db(url);
                    SystemClock clock;
                    CaseService service(db, clock, WorkCalendar::bundled());
                    AuditLog log(db, clock);
                    for (int i = 0; i < perWriter; ++i) {
                        for (int attempt = 0;; ++attempt) {
                            try {
                                if (w == 0) {
                                    log.record(town.actor(town.leader), town.leader.login,
                                               AuditAction::Reveal, u"case_party"_s, i + 1, u"phone"_s);
                                } else {
                                    CaseRecord c;
                                    c.title = u"并发审计%1-%2"_s.arg(w).arg(i);
                                    c.categoryId = town.wages.id;
                                    c.orgUnitId = town.grid2.id;
                                    service.report(c, town.actor(town.reception));
                                }
                                break;
                            } catch (const Error &e) {
                                if (e.kind() != Error::Kind::Conflict || attempt > 20)
                                    throw;
                            }
                        }
                    }
                } catch (const Error &e) {
                    qWarning() << e.message() << e.detail();
                    ++failures;
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(auditCount(), before + writers * perWriter);
        const AuditLog::Verification v = AuditLog(*m_db, m_clock).verify();
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.rowsChecked, auditCount());
    }

    void postgresTriggerScriptsSplit()
    {
        const QStringList parts = splitSqlScript(
            u"CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
            "CREATE TABLE b (x INT);\n"
            "CREATE TRIGGER u BEFORE DELETE ON b BEGIN\n  SELECT RAISE(ABORT, 'no');\nEND;\n"_s);
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts[0].endsWith(u"f()"_s));
        QVERIFY(parts[2].endsWith(u"END"_s));
    }

    // ------------------------------------------------------------ backups

    void backupWhileWriting()
    {
        if (isPostgres())
            QSKIP("networked databases are backed up with pg_dump");
        for (int i = 0; i < 200; ++i)
            reportOne(u"备份前的案件%1"_s.arg(i));
        const qint64 casesBefore = CaseRepository(*m_db).countByStatus().value(CaseStatus::Reported);

        const QString url = m_testDb->currentUrl();
        const TestTown town = m_town;
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::atomic<int> failures{0};
        QThread *writer = QThread::create([&] {
            try {
                Database db(url);
                SystemClock clock;
                CaseService service(db, clock, WorkCalendar::bundled());
                while (!stop.load()) {
                    CaseRecord c;
                    c.title = u"备份期间的案件%1"_s.arg(written.load());
                    c.categoryId = town.wages.id;
                    c.orgUnitId = town.grid2.id;
                    service.report(c, town.actor(town.reception));
                    ++written;
                }
            } catch (const Error &e) {
                qWarning() << e.message() << e.detail();
                ++failures;
            }
        });
        writer->start();
        QTRY_VERIFY_WITH_TIMEOUT(written.load() >= 5, 20000);
        const int writtenBefore = written.load();
        const QString file = m_files.filePath(u"backup-live.db"_s);
        BackupService backups(m_clock, m_town.actor(m_town.admin), m_town.admin.login);
        backups.setPagesPerStep(2); // many small steps while the writer carries on
        try {
            backups.backup(*m_db, file);
        } catch (const Error &e) {
            stop = true;
            writer->wait();
            delete writer;
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        const int writtenDuring = written.load() - writtenBefore;
        QTRY_VERIFY_WITH_TIMEOUT(written.load() >= writtenBefore + 5, 20000); // the writer was never shut out
        stop = true;
        QVERIFY(writer->wait(60000));
        delete writer;
        QCOMPARE(failures.load(), 0);
        qInfo() << "cases written while the backup ran:" << writtenDuring;

        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(file + u".part"_s));
        QCOMPARE(sqliteScalar(file, u"PRAGMA integrity_check"_s), u"ok"_s);
        QCOMPARE(sqliteScalar(file, u"PRAGMA journal_mode"_s), u"delete"_s);
        const qint64 backedUp = sqliteScalar(file, u"SELECT COUNT(*) FROM cases"_s).toLongLong();
        QVERIFY(backedUp >= casesBefore + writtenBefore);
        QVERIFY(backedUp <= casesBefore + written.load());
        // One consistent snapshot: every case with its flow row and its audit row.
        QCOMPARE(sqliteScalar(file, u"SELECT COUNT(*) FROM case_flow"_s).toLongLong(), backedUp);
        QCOMPARE(
            sqliteScalar(file, u"SELECT COUNT(*) FROM audit_log WHERE action = 'case_report'"_s).toLongLong(),
            backedUp);
        QCOMPARE(sqliteScalar(file, u"SELECT MAX(version) FROM schema_version"_s).toInt(),
                 Database::latestSchemaVersion());

        // The writer went on after the backup, so its row is not necessarily the last one.
        std::optional<AuditLog::Entry> found;
        for (const AuditLog::Entry &entry : AuditLog(*m_db, m_clock).recent(10000))
            if (!found && entry.action == u"backup"_s)
                found = entry;
        QVERIFY(found);
        const AuditLog::Entry e = *found;
        QCOMPARE(e.detail, QFileInfo(file).absoluteFilePath());
        QCOMPARE(e.actorUserId, m_town.admin.id);
        QVERIFY(AuditLog(*m_db, m_clock).verify().ok);
    }

    void backupAndRestore()
    {
        if (isPostgres())
            QSKIP("networked databases are restored with pg_restore");
        someHistory();
        const QString file = m_files.filePath(u"backup-restore.db"_s);
        BackupService(m_clock).backup(*m_db, file);
        BackupService(m_clock).backup(*m_db, file); // replacing an older backup
        const qint64 cases = Query(*m_db, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong();

        const QString target = m_files.filePath(u"restored/new.db"_s);
        BackupService(m_clock, {}, u"cli:test"_s).restore(file, u"sqlite://"_s + target);
        Database restored(u"sqlite://"_s + target);
        QCOMPARE(restored.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(Query(restored, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong(), cases);
        const AuditLog log(restored, m_clock);
        QCOMPARE(log.recent(1).first().action, u"restore"_s);
        QCOMPARE(log.recent(1).first().actorLogin, u"cli:test"_s);
        QCOMPARE(log.recent(2).last().action, u"backup"_s); // the first backup is in the second one
        QVERIFY(log.verify().ok);
        // Again over the (now WAL-mode, open) database: every page is replaced.
        Query::run(restored, u"DELETE FROM settings"_s);
        BackupService(m_clock).restore(file, u"sqlite://"_s + target);
        QCOMPARE(Query(restored, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong(), cases);
        QCOMPARE(log.recent(1).first().action, u"restore"_s);
        QCOMPARE(log.recent(2).last().action, u"backup"_s);
        QVERIFY(log.verify().ok);

        // The backup file itself is the same database and passes a chain check.
        QCOMPARE(sqliteScalar(file, u"PRAGMA integrity_check"_s), u"ok"_s);
        EXPECT_ERROR(BackupService(m_clock).backup(*m_db, ConnectionUrl::parse(m_testDb->currentUrl()).path),
                     Error::Kind::Validation);
        EXPECT_ERROR(BackupService(m_clock, m_town.actor(m_town.reception)).backup(*m_db, file),
                     Error::Kind::Forbidden);
    }

    void badBackupLeavesTargetAlone()
    {
        if (isPostgres())
            QSKIP("networked databases are restored with pg_restore");
        someHistory();
        const QString good = m_files.filePath(u"good.db"_s);
        BackupService(m_clock).backup(*m_db, good);
        const QString target = m_files.filePath(u"target.db"_s);
        const QString targetUrl = u"sqlite://"_s + target;
        BackupService(m_clock).restore(good, targetUrl);
        const QByteArray digest = fileDigest(target);
        QVERIFY(!digest.isEmpty());

        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = goodFile.readAll();
        goodFile.close();
        auto write = [&](const QString &name, const QByteArray &content) {
            const QString path = m_files.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(content);
            return path;
        };
        QByteArray garbage(16384, '\0');
        for (char &c : garbage)
            c = char(QRandomGenerator::global()->bounded(256));
        QByteArray damaged = bytes;
        for (qsizetype i = 4096 * 2; i < 4096 * 3 && i < damaged.size(); ++i)
            damaged[i] = char(0x5a);

        const QList<QPair<QString, QString>> bad{
            {write(u"garbage.db"_s, garbage), u"random bytes"_s},
            {write(u"truncated.db"_s, bytes.left(bytes.size() / 2)), u"half a file"_s},
            {write(u"damaged.db"_s, damaged), u"an overwritten page"_s},
            {write(u"empty.db"_s, {}), u"an empty file"_s},
            {m_files.filePath(u"missing.db"_s), u"no file"_s},
        };
        for (const auto &[path, what] : bad) {
            bool thrown = false;
            try {
                BackupService(m_clock).restore(path, targetUrl);
            } catch (const Error &e) {
                thrown = true;
                QVERIFY2(e.kind() == Error::Kind::Validation, qPrintable(what));
                QVERIFY2(e.message().contains(QFileInfo(path).absoluteFilePath()), qPrintable(e.message()));
                qInfo().noquote() << what << "->" << e.message();
            }
            QVERIFY2(thrown, qPrintable(what));
            QVERIFY2(fileDigest(target) == digest, qPrintable(what));
        }

        // A database from a newer program, and an SQLite file that is not ours.
        const QString newer = m_files.filePath(u"newer.db"_s);
        QFile::copy(good, newer);
        {
            Database db(u"sqlite://"_s + newer);
            Query(db, u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', 0)"_s)
                .bind(Database::latestSchemaVersion() + 1)
                .exec();
        }
        EXPECT_ERROR(BackupService(m_clock).restore(newer, targetUrl), Error::Kind::Schema);
        const QString foreign = m_files.filePath(u"foreign.db"_s);
        {
            Database db(u"sqlite://"_s + foreign);
            Query::run(db, u"CREATE TABLE t (x INTEGER)"_s);
        }
        EXPECT_ERROR(BackupService(m_clock).restore(foreign, targetUrl), Error::Kind::Validation);
        QCOMPARE(fileDigest(target), digest);
        EXPECT_ERROR(BackupService(m_clock).restore(good, u"sqlite://"_s + good), Error::Kind::Validation);
    }

    void postgresPointsToPgDump()
    {
        if (isPostgres()) {
            bool thrown = false;
            try {
                BackupService(m_clock).backup(*m_db, m_files.filePath(u"pg.db"_s));
            } catch (const Error &e) {
                thrown = true;
                QCOMPARE(int(e.kind()), int(Error::Kind::Validation));
                QVERIFY(e.message().contains(u"pg_dump"_s));
            }
            QVERIFY(thrown);
        }
        bool thrown = false;
        try {
            BackupService(m_clock).restore(m_files.filePath(u"any.db"_s),
                                           u"postgresql://zz@127.0.0.1:1/zongzhi"_s);
        } catch (const Error &e) {
            thrown = true;
            QCOMPARE(int(e.kind()), int(Error::Kind::Validation));
            QVERIFY(e.message().contains(u"pg_restore"_s));
        }
        QVERIFY(thrown);
    }

    // ------------------------------------------------------------ command line

    void commandLine()
    {
        someHistory();
        const QString url = m_testDb->currentUrl();
        auto cli = [](const QStringList &args, QString *output = nullptr) {
            QString outText, errText;
            QTextStream out(&outText), err(&errText);
            const int code = zz::cli::run(args, out, err);
            out.flush();
            err.flush();
            if (output)
                *output = outText + errText;
            return code;
        };
        QString output;
        QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, url}, &output), 0);
        QVERIFY2(output.startsWith(u"OK"_s), qPrintable(output));
        QVERIFY2(output.contains(QString::number(auditCount())), qPrintable(output));
        QCOMPARE(cli({u"audit"_s, u"--db"_s, url}), 2);

        const QString file = m_files.filePath(u"cli-backup.db"_s);
        if (isPostgres()) {
            QCOMPARE(cli({u"backup"_s, u"--db"_s, url, u"--to"_s, file}, &output), 1);
            QVERIFY2(output.contains(u"pg_dump"_s), qPrintable(output));
        } else {
            QCOMPARE(cli({u"backup"_s, u"--db"_s, url, u"--to"_s, file}, &output), 0);
            QVERIFY(QFile::exists(file));
            const QString restored = u"sqlite://"_s + m_files.filePath(u"cli-restored.db"_s);
            QCOMPARE(cli({u"restore"_s, u"--from"_s, file, u"--db"_s, restored}, &output), 0);
            QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, restored}), 0);
            QCOMPARE(cli({u"restore"_s, u"--from"_s, file}), 2); // never onto a guessed database
        }

        const qint64 id = middleId();
        tamper(u"UPDATE audit_log SET detail = 'x' WHERE id = ?"_s, id);
        QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, url}, &output), 4);
        QVERIFY2(output.contains(QString::number(id)), qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
