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

// Runs zongzhi-bench-gui on 10,000 demo cases on both engines (1 cold start and 1 run of each action
// per account, a few saves) and checks that it finishes and reports every action for both accounts;
// the figures are printed, never judged here.
class TestBenchGuiSmoke : public QObject
{
    Q_OBJECT

private slots:
    void sqlite();
    void postgresql();

private:
    void runAndCheck(const QString &url, const QString &countyLogin);

    QTemporaryDir m_dir;
};

void TestBenchGuiSmoke::runAndCheck(const QString &url, const QString &countyLogin)
{
    {
        zz::Database db(url);
        db.migrate();
        zz::DemoOptions options;
        options.cases = 10000;
        QCOMPARE(zz::DemoDataGenerator(db, options).run(), qint64(10000));
    }
    const QString jsonPath =
        m_dir.filePath(u"bench-gui-%1.json"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(ZONGZHI_BENCH_GUI),
                {u"--db"_s, url, u"--township-login"_s, u"duty1"_s, u"--township-password"_s,
                 zz::DemoDataGenerator::demoPassword(), u"--county-login"_s, countyLogin,
                 u"--county-password"_s, u"County#2026x"_s, u"--json"_s, jsonPath, u"--repeats"_s, u"1"_s,
                 u"--action-repeats"_s, u"1"_s, u"--saves"_s, u"20"_s});
    QVERIFY(bench.waitForFinished(600000));
    qInfo().noquote() << QString::fromUtf8(bench.readAllStandardOutput());
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);

    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(doc.value(u"cases"_s).toInteger() >= 10000);
    QVERIFY(!doc.value(u"date"_s).toString().isEmpty());
    const QJsonObject accounts = doc.value(u"accounts"_s).toObject();
    for (const QString &kind : {u"township"_s, u"county"_s}) {
        const QJsonObject account = accounts.value(kind).toObject();
        QVERIFY2(account.value(u"startup_ms"_s).toDouble() > 0, qPrintable(kind));
        const QJsonArray figures = account.value(u"figures"_s).toArray();
        QVERIFY2(figures.size() >= 16, qPrintable(kind));
        for (const QJsonValue &value : figures) {
            const QJsonObject f = value.toObject();
            const QString name = kind + u' ' + f.value(u"name"_s).toString();
            QVERIFY2(f.value(u"list_ms"_s).toDouble() > 0, qPrintable(name));
            QVERIFY2(f.value(u"blocked_ms"_s).toDouble() > 0, qPrintable(name));
            QVERIFY2(f.value(u"raw_list_ms"_s).toDouble() + f.value(u"raw_counts_ms"_s).toDouble() > 0,
                     qPrintable(name));
        }
    }
    QVERIFY(
        accounts.value(u"township"_s).toObject().value(u"saves"_s).toObject().value(u"p99_ms"_s).toDouble() >
        0);
}

void TestBenchGuiSmoke::sqlite()
{
    QVERIFY(m_dir.isValid());
    runAndCheck(u"sqlite://"_s + m_dir.filePath(u"bench-gui.db"_s), u"countyduty"_s);
}

void TestBenchGuiSmoke::postgresql()
{
    const QString adminUrl = qEnvironmentVariable("ZONGZHI_TEST_PG_URL");
    if (adminUrl.isEmpty())
        QSKIP("ZONGZHI_TEST_PG_URL is not set");
    // A database of our own and login roles of our own (they belong to the whole server), dropped after.
    zz::test::ScratchPostgres scratch(adminUrl, u"zz_bench_gui"_s);
    const QString county = u"zzbenchcounty%1"_s.arg(QCoreApplication::applicationPid());
    scratch.dropRoleAtEnd(county);
    runAndCheck(scratch.url(), county);
}

QTEST_GUILESS_MAIN(TestBenchGuiSmoke)
#include "tst_bench_gui_smoke.moc"
