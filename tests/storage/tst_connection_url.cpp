// Connection URLs: the valid forms parse into their fields and back; malformed ones are refused
// with a message (never falling back to localhost:5432) that does not repeat the password.
#include "ConnectionFailure.h"
#include "Database.h"
#include "Error.h"
#include "TestMacros.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

class TestConnectionUrl : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");

        QTest::newRow("sqlite absolute")
            << u"sqlite:///abs/path.db"_s << true << u"/abs/path.db"_s << QString() << 5432 << QString()
            << QString() << QString() << QString();
        QTest::newRow("sqlite relative") << u"sqlite:data/zz.db"_s << true << u"data/zz.db"_s << QString()
                                         << 5432 << QString() << QString() << QString() << QString();
        QTest::newRow("sqlite memory") << u"sqlite::memory:"_s << true << u":memory:"_s << QString() << 5432
                                       << QString() << QString() << QString() << QString();
        QTest::newRow("sqlite percent")
            << u"  SQLite:///tmp/100%25/综治.db "_s << true << u"/tmp/100%/综治.db"_s << QString() << 5432
            << QString() << QString() << QString() << QString();
        QTest::newRow("postgresql full") << u"postgresql://user:pw@host:5432/db"_s << false << QString()
                                         << u"host"_s << 5432 << u"user"_s << u"pw"_s << u"db"_s << QString();
        QTest::newRow("postgres scheme")
            << u"postgres://center@db.example.org/zongzhi"_s << false << QString() << u"db.example.org"_s
            << 5432 << u"center"_s << QString() << u"zongzhi"_s << QString();
        QTest::newRow("no user") << u"postgresql://10.0.0.5:6543/county"_s << false << QString()
                                 << u"10.0.0.5"_s << 6543 << QString() << QString() << u"county"_s
                                 << QString();
        QTest::newRow("ipv6") << u"postgresql://user@[::1]:5432/db"_s << false << QString() << u"::1"_s
                              << 5432 << u"user"_s << QString() << u"db"_s << QString();
        QTest::newRow("ipv6 no port")
            << u"postgresql://[fe80::1%25eth0]/db"_s << false << QString() << u"fe80::1%eth0"_s << 5432
            << QString() << QString() << u"db"_s << QString();
        QTest::newRow("encoded password")
            << u"postgresql://ops:p%40ss%3Aw%2Frd%25%20x%E4%B8%AD@host:1/db"_s << false << QString()
            << u"host"_s << 1 << u"ops"_s << u"p@ss:w/rd% x中"_s << u"db"_s << QString();
        QTest::newRow("raw @ in password")
            << u"postgresql://ops:a@b@host/db"_s << false << QString() << u"host"_s << 5432 << u"ops"_s
            << u"a@b"_s << u"db"_s << QString();
        QTest::newRow("options") << u"postgresql://u@h:65535/db?sslmode=require&connect_timeout=3"_s << false
                                 << QString() << u"h"_s << 65535 << u"u"_s << QString() << u"db"_s
                                 << u"sslmode=require;connect_timeout=3"_s;
        QTest::newRow("socket folder")
            << u"postgresql://u@%2Fvar%2Frun%2Fpostgresql/db"_s << false << QString()
            << u"/var/run/postgresql"_s << 5432 << u"u"_s << QString() << u"db"_s << QString();
    }

    void valid()
    {
        QFETCH(QString, url);
        QFETCH(bool, sqlite);
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, options);
        ConnectionUrl parsed;
        EXPECT_OK(parsed = ConnectionUrl::parse(url));
        QCOMPARE(parsed.backend == ConnectionUrl::Backend::SQLite, sqlite);
        QCOMPARE(parsed.path, path);
        if (!sqlite) {
            QCOMPARE(parsed.host, host);
            QCOMPARE(parsed.port, port);
            QCOMPARE(parsed.user, user);
            QCOMPARE(parsed.password, password);
            QCOMPARE(parsed.databaseName, database);
            QCOMPARE(parsed.options, options);
            // toString() gives back the same fields; the display string never shows the password.
            ConnectionUrl again;
            EXPECT_OK(again = ConnectionUrl::parse(parsed.toString()));
            QCOMPARE(again.host, host);
            QCOMPARE(again.port, port);
            QCOMPARE(again.user, user);
            QCOMPARE(again.password, password);
            QCOMPARE(again.databaseName, database);
            QCOMPARE(again.options, options);
            if (!password.isEmpty())
                QVERIFY(!parsed.toDisplayString().contains(password));
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says"); // a piece of the message

        QTest::newRow("empty") << u"   "_s << u"数据库地址"_s;
        QTest::newRow("port out of range") << u"postgresql://u@h:99999/db"_s << u"99999"_s;
        QTest::newRow("port zero") << u"postgresql://u@h:0/db"_s << u"端口"_s;
        QTest::newRow("port not a number") << u"postgresql://u@h:54x2/db"_s << u"端口"_s;
        QTest::newRow("port signed") << u"postgresql://u@h:+5432/db"_s << u"端口"_s;
        QTest::newRow("port empty") << u"postgresql://u@h:/db"_s << u"端口"_s;
        QTest::newRow("space in user") << u"postgresql://zhang san@h/db"_s << u"用户名"_s;
        QTest::newRow("encoded space in user") << u"postgresql://zhang%20san@h/db"_s << u"用户名"_s;
        QTest::newRow("empty user") << u"postgresql://:pw@h/db"_s << u"用户名"_s;
        QTest::newRow("unclosed ipv6") << u"postgresql://u@[::1/db"_s << u"]"_s;
        QTest::newRow("not ipv6") << u"postgresql://u@[zz]/db"_s << u"IPv6"_s;
        QTest::newRow("junk after ipv6") << u"postgresql://u@[::1]x/db"_s << u"]"_s;
        QTest::newRow("empty host") << u"postgresql://u@/db"_s << u"主机名"_s;
        QTest::newRow("empty host and port") << u"postgresql://u@:5432/db"_s << u"主机名"_s;
        QTest::newRow("no host at all") << u"postgresql:///db"_s << u"主机名"_s;
        QTest::newRow("bad host") << u"postgresql://u@ho st/db"_s << u"主机名"_s;
        QTest::newRow("bare ipv6") << u"postgresql://u@::1:5432/db"_s << u"主机名"_s;
        QTest::newRow("no slashes") << u"postgresql:u@h/db"_s << u"//"_s;
        QTest::newRow("no database") << u"postgresql://u@h:5432/"_s << u"数据库名"_s;
        QTest::newRow("no path") << u"postgresql://u@h:5432"_s << u"数据库名"_s;
        QTest::newRow("slash in database") << u"postgresql://u@h/db/x"_s << u"数据库名"_s;
        QTest::newRow("bad percent") << u"postgresql://u:p%zz@h/db"_s << u"百分号"_s;
        QTest::newRow("short percent") << u"postgresql://u:p%4@h/db"_s << u"百分号"_s;
        QTest::newRow("not utf-8") << u"postgresql://u:%FF%FE@h/db"_s << u"UTF-8"_s;
        QTest::newRow("fragment") << u"postgresql://u:p#w@h/db"_s << u"#"_s;
        QTest::newRow("option injection")
            << u"postgresql://u@h/db?sslmode=disable%20host%3Devil"_s << u"选项"_s;
        QTest::newRow("option without value") << u"postgresql://u@h/db?sslmode"_s << u"选项"_s;
        QTest::newRow("unknown scheme") << u"mysql://root:secret@db/zongzhi"_s << u"mysql"_s;
        QTest::newRow("no scheme") << u"/home/zz/data.db"_s << u"sqlite:///"_s;
        QTest::newRow("sqlite without path") << u"sqlite://"_s << u"路径"_s;
        QTest::newRow("sqlite bad percent") << u"sqlite:///tmp/100%.db"_s << u"百分号"_s;
    }

    void malformed()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        try {
            ConnectionUrl::parse(url);
            QFAIL("a malformed URL was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(says), qPrintable(e.message()));
            for (const QString &secret : {u"secret"_s, u"p%zz"_s, u"p#w"_s})
                QVERIFY2(!e.message().contains(secret) && !e.detail().contains(secret),
                         qPrintable(e.message()));
        }
        // The Database constructor refuses it the same way, before anything is opened.
        EXPECT_ERROR(Database db(url), Error::Kind::Validation);
    }

    // libpq's refusals as PostgreSQL 15 words them, each to the plain sentence a user is shown.
    void failureKinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ConnectionFailure::Kind>("kind");
        using K = ConnectionFailure::Kind;
        QTest::newRow("password")
            << u"connection to server at \"10.0.0.5\", port 5432 failed: FATAL:  password "
               "authentication failed for user \"reception1\"\nQPSQL: Unable to connect"_s
            << K::WrongPassword;
        QTest::newRow("no password") << u"fe_sendauth: no password supplied"_s << K::PasswordMissing;
        QTest::newRow("disabled") << u"FATAL:  role \"handler1\" is not permitted to log in"_s
                                  << K::LoginDisabled;
        QTest::newRow("no role") << u"FATAL:  role \"nobody\" does not exist"_s << K::UnknownAccount;
        QTest::newRow("no database") << u"FATAL:  database \"county\" does not exist"_s << K::DatabaseMissing;
        QTest::newRow("hba") << u"FATAL:  no pg_hba.conf entry for host \"10.0.0.9\", user \"zz\", database "
                                "\"county\", no encryption"_s
                             << K::NotAllowed;
        QTest::newRow("busy") << u"FATAL:  sorry, too many clients already"_s << K::ServerBusy;
        QTest::newRow("starting") << u"FATAL:  the database system is starting up"_s << K::ServerStarting;
        QTest::newRow("host")
            << u"could not translate host name \"dbserver\" to address: Name or service not "
               "known"_s
            << K::ServerNotFound;
        QTest::newRow("refused")
            << u"connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n"
               "\tIs the server running on that host and accepting TCP/IP connections?"_s
            << K::ServerNotRunning;
        QTest::newRow("timeout")
            << u"connection to server at \"10.9.9.9\", port 5432 failed: timeout expired"_s << K::NoAnswer;
        QTest::newRow("route")
            << u"connection to server at \"10.9.9.9\", port 5432 failed: No route to host"_s << K::NoAnswer;
        QTest::newRow("other") << u"SSL SYSCALL error: EOF detected"_s << K::Other;
    }

    void failureKinds()
    {
        QFETCH(QString, text);
        QFETCH(ConnectionFailure::Kind, kind);
        QCOMPARE(ConnectionFailure::classify(text), kind);
        const QString sentence = ConnectionFailure::sentence(kind);
        QVERIFY(!sentence.isEmpty());
        for (const QChar c : sentence) // no driver English leaks into the sentence
            QVERIFY2(!c.isLetter() || c.unicode() > 0x2e80, qPrintable(sentence));
        const QString detail = ConnectionFailure::detail(text + u" secret-pw"_s, u"secret-pw"_s);
        QVERIFY(!detail.contains(u"secret-pw"_s));
        QVERIFY(!detail.contains(u'\t'));
    }

    // A real server's refusals: the error a user sees is the sentence, the driver's text its detail.
    void realServerRefusals()
    {
        const QString admin = QProcessEnvironment::systemEnvironment().value(u"ZONGZHI_TEST_PG_URL"_s);
        if (admin.isEmpty())
            QSKIP("ZONGZHI_TEST_PG_URL is not set");
        const ConnectionUrl base = ConnectionUrl::parse(admin);
        const auto refusal = [](const ConnectionUrl &url) -> std::optional<Error> {
            try {
                Database db(url);
                db.schemaVersion();
            } catch (const Error &e) {
                return e;
            }
            return std::nullopt;
        };
        using K = ConnectionFailure::Kind;
        ConnectionUrl wrongPassword = base;
        wrongPassword.password = u"not-the-password"_s;
        ConnectionUrl noDatabase = base;
        noDatabase.databaseName = u"zz_no_such_database"_s;
        ConnectionUrl closedPort = base;
        closedPort.port = 1;
        ConnectionUrl noHost = base;
        noHost.host = u"no-such-host.invalid"_s;
        const QList<std::pair<ConnectionUrl, K>> cases{{wrongPassword, K::WrongPassword},
                                                       {noDatabase, K::DatabaseMissing},
                                                       {closedPort, K::ServerNotRunning},
                                                       {noHost, K::ServerNotFound}};
        for (const auto &[url, kind] : cases) {
            const std::optional<Error> error = refusal(url);
            QVERIFY(error);
            QCOMPARE(error->kind(), Error::Kind::Connection);
            QCOMPARE(ConnectionFailure::classify(error->detail()), kind);
            QVERIFY2(error->message().contains(ConnectionFailure::sentence(kind)),
                     qPrintable(error->message()));
            QVERIFY2(!error->message().contains(u"FATAL"_s) && !error->message().contains(u"failed"_s),
                     qPrintable(error->message()));
            QVERIFY(!error->message().contains(u"not-the-password"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connection_url.moc"
