// What the storage layer refuses and survives, on SQLite and on PostgreSQL (ZONGZHI_TEST_BACKEND):
// lock-out under parallel login attempts, files that are not ours, a schema newer than the program
// in every entry point, and a connection that drops and comes back.
#include "AccountService.h"
#include "AuditLog.h"
#include "AuthService.h"
#include "BackupService.h"
#include "CliCommands.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <atomic>
#include <chrono>
#include <functional>
#include <latch>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

} // namespace

class TestResilience : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QTemporaryDir m_files;
    QStringList m_roles; // PostgreSQL login roles made by this test function

    bool isPostgres() const { return m_testDb->isPostgres(); }

    AccountService admin() { return AccountService(*m_db, m_clock, m_town.actor(m_town.admin)); }

    User account(const QString &base)
    {
        User u;
        u.login =
            isPostgres() ? u"t%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base) : base;
        u.displayName = u"测试"_s + base;
        u.roles = Role::Reception;
        u.orgUnitId = m_town.township1.id;
        m_roles << u.login;
        admin().create(u, password);
        return u;
    }

    qint64 count(const QString &sql) { return Query(*m_db, sql).scalar().toLongLong(); }

    static QByteArray fileHash(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QString writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(bytes);
        return path;
    }

    static int cli(const QStringList &args, QString *output = nullptr)
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = zz::cli::run(args, out, err);
        out.flush();
        err.flush();
        if (output)
            *output = outText + errText;
        return code;
    }

    // Another program's SQLite database (rollback journal, two tables), written without our code.
    QString foreignFile(const QString &name)
    {
        const QString path = m_files.filePath(name);
        const QString connection = u"foreign-"_s + name;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            raw.setDatabaseName(path);
            if (raw.open()) {
                QSqlQuery q(raw);
                q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s);
                q.exec(u"CREATE TABLE tags (note INTEGER, tag TEXT)"_s);
                q.exec(u"INSERT INTO notes (body) VALUES ('买菜'), ('交电费')"_s);
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return path;
    }

    // The database behind m_db, marked as written by a newer program.
    void makeNewer()
    {
        Query(*m_db, u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', 0)"_s)
            .bind(Database::latestSchemaVersion() + 1)
            .exec();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
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
        m_clock.set(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    }

    void cleanup()
    {
        if (isPostgres() && !m_roles.isEmpty() && m_db) {
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

    // ------------------------------------------------------------ lock-out

    // 30 wrong passwords at once, each on its own connection, then the right one 0.3 s later: the
    // attempts are counted before the slow hash, so at most maxFailedLogins passwords are checked
    // and the account stays locked.
    void lockOutHoldsUnderParallelAttempts()
    {
        if (isPostgres())
            QSKIP("lock-out is kept in users on SQLite; PostgreSQL authenticates in the server");
        const User u = account(u"clerk"_s);
        const QString url = m_testDb->currentUrl();
        constexpr int attempts = 30;
        std::atomic<int> accepted{0}, refused{0}, otherErrors{0};
        std::latch start(attempts + 1);
        std::vector<std::thread> threads;
        for (int i = 0; i < attempts; ++i) {
            threads.emplace_back([&] {
                start.arrive_and_wait();
                try {
                    AuthService(m_clock).login(url, u.login, u"wrong-password"_s);
                    ++accepted;
                } catch (const Error &e) {
                    ++(e.kind() == Error::Kind::Forbidden ? refused : otherErrors);
                } catch (...) {
                    ++otherErrors;
                }
            });
        }
        start.arrive_and_wait();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        bool rightAcceptedDuringBurst = false;
        try {
            AuthService(m_clock).login(url, u.login, password);
            rightAcceptedDuringBurst = true;
        } catch (const Error &) {
        }
        for (std::thread &t : threads)
            t.join();

        const qint64 checked = count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' "
                                     "AND detail LIKE 'failures=%'"_s);
        qInfo() << "parallel wrong passwords:" << attempts << "checked against the hash:" << checked
                << "right password during the burst accepted:" << rightAcceptedDuringBurst;
        QCOMPARE(accepted.load(), 0);
        QCOMPARE(otherErrors.load(), 0);
        QCOMPARE(refused.load(), attempts);
        QVERIFY2(checked <= AuthService::maxFailedLogins, qPrintable(QString::number(checked)));
        QVERIFY(!rightAcceptedDuringBurst);
        QVERIFY(!Query(*m_db, u"SELECT locked_until FROM users WHERE id = ?"_s).bind(u.id).scalar().isNull());
        QCOMPARE(Query(*m_db, u"SELECT failed_logins FROM users WHERE id = ?"_s).bind(u.id).scalar().toInt(),
                 AuthService::maxFailedLogins);

        // Locked: the right password is refused until an admin unlocks.
        EXPECT_ERROR(AuthService(m_clock).login(url, u.login, password), Error::Kind::Forbidden);
        EXPECT_OK(admin().unlock(u.id));
        EXPECT_OK(AuthService(m_clock).login(url, u.login, password));
    }

    // ------------------------------------------------------------ files that are not ours

    void foreignFileRefusedUnchanged()
    {
        if (isPostgres())
            QSKIP("SQLite files only");
        const QString path = foreignFile(u"notes.db"_s);
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());
        const QString url = u"sqlite://"_s + path;
        try {
            Database db(url);
            QFAIL("another program's database was opened");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Schema);
            QVERIFY2(e.message().contains(u"不是综治中心工作台的数据库"_s), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(u"权限"_s), qPrintable(e.message()));
        }
        // Every entry point refuses it the same way.
        EXPECT_ERROR(AuthService(m_clock).login(url, u"admin"_s, password), Error::Kind::Schema);
        QString output;
        QCOMPARE(cli({u"init"_s, u"--db"_s, url}, &output), 1);
        QVERIFY2(output.contains(u"不是综治中心工作台的数据库"_s), qPrintable(output));
        QCOMPARE(cli({u"info"_s, u"--db"_s, url}), 1);
        // A restore does not overwrite it either.
        const QString backup = m_files.filePath(u"for-foreign.db"_s);
        BackupService(m_clock).backup(*m_db, backup);
        EXPECT_ERROR(BackupService(m_clock).restore(backup, url), Error::Kind::Validation);

        // Byte for byte as it was: no WAL switch (header bytes 18-19 stay 1 = rollback journal),
        // no schema_version, no tables added.
        QCOMPARE(fileHash(path), before);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(int(header.at(18)), 1);
        QCOMPARE(int(header.at(19)), 1);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void randomBytesAreNotADatabase()
    {
        if (isPostgres())
            QSKIP("SQLite files only");
        QByteArray noise(8192, '\0');
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString path = writeFile(m_files.filePath(u"noise.db"_s), noise);
        try {
            Database db(u"sqlite://"_s + path);
            QFAIL("random bytes were opened as a database");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Schema);
            QVERIFY2(e.message().contains(u"不是数据库"_s), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(u"权限"_s), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), QCryptographicHash::hash(noise, QCryptographicHash::Sha256));
    }

    void emptyFileBecomesADatabase()
    {
        if (isPostgres())
            QSKIP("SQLite files only");
        for (const QString &name : {u"empty.db"_s, u"新文件夹/new.db"_s}) {
            const QString path = m_files.filePath(name);
            if (name == u"empty.db"_s)
                writeFile(path, {});
            std::unique_ptr<Database> db;
            EXPECT_OK(db = std::make_unique<Database>(u"sqlite://"_s + path));
            EXPECT_OK(db->migrate());
            QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        }
    }

    // ------------------------------------------------------------ a newer schema, everywhere

    void newerSchemaRefusedEverywhere()
    {
        const User u = account(u"clerk"_s);
        makeNewer();
        const QString url = m_testDb->currentUrl();
        const QString future = QString::number(Database::latestSchemaVersion() + 1);
        try {
            Database db(url);
            QFAIL("a newer database was opened");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Schema);
            QVERIFY2(e.message().contains(future), qPrintable(e.message()));
            QVERIFY2(!e.message().contains(ConnectionUrl::parse(url).password + u'@') || !isPostgres(),
                     "password shown");
        }
        EXPECT_ERROR(AuthService(m_clock).login(url, u.login, password), Error::Kind::Schema);
        EXPECT_ERROR(m_db->migrate(), Error::Kind::Schema);
        for (const QString &command : {u"init"_s, u"info"_s}) {
            QString output;
            QCOMPARE(cli({command, u"--db"_s, url}, &output), 1);
            QVERIFY2(output.contains(future), qPrintable(output));
        }
        QCOMPARE(cli({u"audit"_s, u"verify"_s, u"--db"_s, url}), 1);

        if (isPostgres())
            return; // backups of PostgreSQL are pg_dump's
        // As the source of a restore, and as its target: both left as they were.
        const QString newerFile = ConnectionUrl::parse(url).path;
        const QString good = m_files.filePath(u"good-backup.db"_s);
        {
            auto other = m_testDb->fresh();
            BackupService(m_clock).backup(*other, good);
        }
        const QString target = m_files.filePath(u"restore-target.db"_s);
        EXPECT_ERROR(BackupService(m_clock).restore(newerFile, u"sqlite://"_s + target), Error::Kind::Schema);
        QVERIFY(!QFile::exists(target));
        m_db.reset(); // lets go of the newer database
        const QByteArray newerBefore = fileHash(newerFile);
        EXPECT_ERROR(BackupService(m_clock).restore(good, url), Error::Kind::Schema);
        QCOMPARE(fileHash(newerFile), newerBefore);
    }

    // ------------------------------------------------------------ a dropped connection

    // The server drops the connection (as after a restart) and refuses new ones for a moment: the
    // first reconnect fails and statements keep saying "connection lost"; then it comes back.
    void reconnectAfterServerRestart()
    {
        std::unique_ptr<Database> live = m_testDb->connectAgain();
        QList<bool> heard;
        live->addConnectionListener([&heard](bool connected) { heard.append(connected); });
        QCOMPARE(Query(*live, u"SELECT COUNT(*) FROM users"_s).scalar().toInt(), 5);

        std::unique_ptr<Database> admin;
        const QString path = live->url().path;
        const QString away = path + u".away"_s;
        const QString dbName = live->url().databaseName;
        auto allowConnections = [&](bool on) {
            Query::run(*admin,
                       u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(dbName, on ? u"true"_s : u"false"_s));
        };
        if (isPostgres()) {
            admin = std::make_unique<Database>(qEnvironmentVariable("ZONGZHI_TEST_PG_URL"));
            const qint64 pid = Query(*live, u"SELECT pg_backend_pid()"_s).scalar().toLongLong();
            allowConnections(false);
            Query(*admin, u"SELECT pg_terminate_backend(?)"_s).bind(pid).exec();
        } else {
            // The file goes away under a closed connection (an unmounted share).
            live->connection().close();
            QVERIFY(QFile::rename(path, away));
        }
        // Whatever happens below, the database is reachable again for the next test.
        const std::unique_ptr<void, std::function<void(void *)>> comeBackOnExit(this, [&](void *) {
            try {
                if (admin)
                    allowConnections(true);
            } catch (const Error &) {
            }
            if (QFile::exists(away))
                QFile::rename(away, path);
        });

        const auto expectLost = [&](const std::function<void()> &what) {
            try {
                what();
                QFAIL("no error while the database is away");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::Connection);
                QCOMPARE(e.message(), Database::connectionLostMessage());
            }
        };
        expectLost([&] { Query(*live, u"SELECT COUNT(*) FROM users"_s).scalar(); });
        QVERIFY(live->isConnectionLost());
        expectLost([&] { live->reconnect(); });
        expectLost([&] { Query(*live, u"SELECT COUNT(*) FROM users"_s).scalar(); });
        expectLost([&] { UserRepository(*live).byLogin(u"admin"_s); });
        expectLost([&] { live->ensureConnected(ReconnectPolicy{2, 10, 10}); });
        QVERIFY(live->isConnectionLost());
        QCOMPARE(heard, QList<bool>({false}));

        // Back after a moment: a retrying reconnect gets through on a later attempt.
        std::thread comesBack([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            if (isPostgres()) {
                Database other(qEnvironmentVariable("ZONGZHI_TEST_PG_URL")); // a connection of its own thread
                Query::run(other, u"ALTER DATABASE %1 ALLOW_CONNECTIONS true"_s.arg(dbName));
            } else {
                QFile::rename(away, path);
            }
        });
        try {
            live->ensureConnected(ReconnectPolicy{30, 100, 200});
        } catch (const Error &e) {
            comesBack.join();
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
        comesBack.join();
        QVERIFY(!live->isConnectionLost());
        QCOMPARE(heard, QList<bool>({false, true}));
        QCOMPARE(Query(*live, u"SELECT COUNT(*) FROM users"_s).scalar().toInt(), 5);
        QCOMPARE(live->schemaVersion(), Database::latestSchemaVersion());
    }

    void reconnectPolicyBacksOff()
    {
        const ReconnectPolicy policy{6, 500, 3000};
        QCOMPARE(policy.delayBefore(1), 0);
        QCOMPARE(policy.delayBefore(2), 500);
        QCOMPARE(policy.delayBefore(3), 1000);
        QCOMPARE(policy.delayBefore(4), 2000);
        QCOMPARE(policy.delayBefore(5), 3000);
        QCOMPARE(policy.delayBefore(6), 3000);
    }
};

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
