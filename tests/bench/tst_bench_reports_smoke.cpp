#include "Database.h"
#include "DemoDataGenerator.h"
#include "Query.h"
#include "ScratchPostgres.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    // A database of our own and login roles of our own (they belong to the whole server), dropped after.
    zz::test::ScratchPostgres scratch(adminUrl, u"zz_bench_reports"_s);
    const QString prefix = u"zzbenchrep%1"_s.arg(QCoreApplication::applicationPid());
    scratch.dropRoleAtEnd(prefix + u"_county"_s);
    scratch.dropRoleAtEnd(prefix + u"_town"_s);
    runAndCheck(scratch.url(), prefix);
}

QTEST_GUILESS_MAIN(TestBenchReportsSmoke)
#include "tst_bench_reports_smoke.moc"
