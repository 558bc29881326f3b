#include "Database.h"
#include "DemoDataGenerator.h"
#include "Query.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs zongzhi-bench-reports on 10,000 demo cases on both engines (a county and a township leader: the
// dashboard, the report PDF, the hotspot map; one timed run each) and checks that it finishes and
// reports every figure for both accounts; the figures are printed, never judged here.
class TestBenchReportsSmoke : public QObject
{
    Q_OBJECT

private slots:
    void sqlite();
    void postgresql();

private:
    void runAndCheck(const QString &url, const QString &prefix);

    QTemporaryDir m_dir;
};

void TestBenchReportsSmoke::runAndCheck(const QString &url, const QString &prefix)
{
    {
        zz::Database db(url);
        db.migrate();
        zz::DemoOptions options;
        options.cases = 10000;
        options.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
        QCOMPARE(zz::DemoDataGenerator(db, options).run(), qint64(10000));
    }
    const QString jsonPath =
        m_dir.filePath(u"bench-reports-%1.json"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(ZONGZHI_BENCH_REPORTS),
                {u"--db"_s, url, u"--county-period"_s, u"2026"_s, u"--township-period"_s, u"2026-10"_s,
                 u"--repeats"_s, u"1"_s, u"--json"_s, jsonPath, u"--login-prefix"_s, prefix});
    QVERIFY(bench.waitForFinished(600000));
    qInfo().noquote() << QString::fromUtf8(bench.readAllStandardOutput());
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);

    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(u"cases"_s).toInteger(), 10000);
    const QJsonArray runs = doc.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &value : runs) {
        const QJsonObject run = value.toObject();
        const QString who = run.value(u"account"_s).toString();
        for (const QString &figure :
             {u"dashboard"_s, u"dashboard_raw"_s, u"report_pdf"_s, u"map_first_paint"_s})
            QVERIFY2(run.value(figure).toObject().value(u"median_ms"_s).toDouble() > 0,
                     qPrintable(who + u' ' + figure));
        QVERIFY2(run.value(u"dashboard_statements"_s).toInt() > 10, qPrintable(who));
        QVERIFY2(run.value(u"map_cases"_s).toInteger() > 0, qPrintable(who));
    }
}

void TestBenchReportsSmoke::sqlite()
{
    QVERIFY(m_dir.isValid());
    runAndCheck(u"sqlite://"_s + m_dir.filePath(u"bench-reports.db"_s), u"benchrep"_s);
}

void TestBenchReportsSmoke::postgresql()
{
    const QString adminUrl = qEnvironmentVariable("ZONGZHI_TEST_PG_URL");
    if (adminUrl.isEmpty())
        QSKIP("ZONGZHI_TEST_PG_URL is not set");
    // A database of our own (UTF-8 LC_CTYPE, as pg_trgm needs) and login roles of our own (they belong
    // to the whole server), all dropped afterwards.
    const QString name = u"zz_bench_reports_%1"_s.arg(QCoreApplication::applicationPid());
    const QString prefix = u"zzbenchrep%1"_s.arg(QCoreApplication::applicationPid());
    {
        zz::Database admin(adminUrl);
        zz::Query::run(admin, u"DROP DATABASE IF EXISTS %1"_s.arg(name));
        zz::Query::run(admin, u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s.arg(name));
    }
    auto url = zz::ConnectionUrl::parse(adminUrl);
    url.databaseName = name;
    const auto drop = qScopeGuard([&] {
        try {
            zz::Database admin(adminUrl);
            zz::Query::run(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
            for (const QString &suffix : {u"_county"_s, u"_town"_s})
                zz::Query::run(admin, u"DROP ROLE IF EXISTS %1%2"_s.arg(prefix, suffix));
        } catch (...) {
            // the server may already be gone at the end of the run
        }
    });
    runAndCheck(url.toString(), prefix);
}

QTEST_GUILESS_MAIN(TestBenchReportsSmoke)
#include "tst_bench_reports_smoke.moc"
