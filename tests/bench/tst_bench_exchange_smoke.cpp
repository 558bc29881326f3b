#include "Database.h"
#include "Query.h"
#include "ScratchPostgres.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs zongzhi-bench-exchange with 10,000 rows on both engines (one timed import per account) and checks
// that every row went in and came out again for both accounts; the figures are printed, never judged.
class TestBenchExchangeSmoke : public QObject
{
    Q_OBJECT

private slots:
    void sqlite();
    void postgresql();

private:
    void runAndCheck(const QString &url, const QString &prefix);

    QTemporaryDir m_dir;
};

void TestBenchExchangeSmoke::runAndCheck(const QString &url, const QString &prefix)
{
    const QString jsonPath =
        m_dir.filePath(u"bench-exchange-%1.json"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(ZONGZHI_BENCH_EXCHANGE),
                {u"--db"_s, url, u"--rows"_s, u"10000"_s, u"--repeats"_s, u"1"_s, u"--json"_s, jsonPath,
                 u"--login-prefix"_s, prefix});
    QVERIFY(bench.waitForFinished(900000));
    qInfo().noquote() << QString::fromUtf8(bench.readAllStandardOutput());
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);
    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject accounts =
        QJsonDocument::fromJson(file.readAll()).object().value(u"accounts"_s).toObject();
    for (const QString &kind : {u"township"_s, u"county"_s}) {
        const QJsonObject a = accounts.value(kind).toObject();
        QCOMPARE(a.value(u"inserted"_s).toInteger(), 10000);
        QCOMPARE(a.value(u"export_rows"_s).toInteger(), 10000);
        QVERIFY2(a.value(u"raw_ms"_s).toDouble() > 0, qPrintable(kind));
        QVERIFY2(a.value(u"export_peak_rss_mb"_s).toDouble() > 0, qPrintable(kind));
    }
}

void TestBenchExchangeSmoke::sqlite()
{
    QVERIFY(m_dir.isValid());
    runAndCheck(u"sqlite://"_s + m_dir.filePath(u"bench-exchange.db"_s), u"xsmoke"_s);
}

void TestBenchExchangeSmoke::postgresql()
{
    const QString adminUrl = qEnvironmentVariable("ZONGZHI_TEST_PG_URL");
    if (adminUrl.isEmpty())
        QSKIP("ZONGZHI_TEST_PG_URL is not set");
    // A database of our own and login roles of our own (they belong to the whole server), dropped after.
    zz::test::ScratchPostgres scratch(adminUrl, u"zz_bench_exchange"_s);
    const QString prefix = u"zzxb%1"_s.arg(QCoreApplication::applicationPid());
    scratch.dropRoleAtEnd(prefix + u"town"_s);
    scratch.dropRoleAtEnd(prefix + u"county"_s);
    runAndCheck(scratch.url(), prefix);
}

QTEST_GUILESS_MAIN(TestBenchExchangeSmoke)
#include "tst_bench_exchange_smoke.moc"
