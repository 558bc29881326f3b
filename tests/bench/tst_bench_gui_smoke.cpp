#include "Database.h"
#include "DemoDataGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs zongzhi-bench-gui on 10,000 demo cases (SQLite) with 2 cold starts and checks that it finishes
// and writes positive figures; the numbers themselves are not judged here.
class TestBenchGuiSmoke : public QObject
{
    Q_OBJECT

private slots:
    void sqlite();

private:
    QTemporaryDir m_dir;
};

void TestBenchGuiSmoke::sqlite()
{
    QVERIFY(m_dir.isValid());
    const QString url = u"sqlite://"_s + m_dir.filePath(u"bench-gui.db"_s);
    {
        zz::Database db(url);
        db.migrate();
        zz::DemoOptions options;
        options.cases = 10000;
        QCOMPARE(zz::DemoDataGenerator(db, options).run(), qint64(10000));
    }
    const QString jsonPath = m_dir.filePath(u"bench-gui.json"_s);
    QProcess bench;
    bench.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bench.start(QStringLiteral(ZONGZHI_BENCH_GUI),
                {u"--db"_s, url, u"--login"_s, u"duty1"_s, u"--password"_s,
                 zz::DemoDataGenerator::demoPassword(), u"--json"_s, jsonPath, u"--repeats"_s, u"2"_s});
    QVERIFY(bench.waitForFinished(300000));
    qInfo().noquote() << QString::fromUtf8(bench.readAllStandardOutput());
    QCOMPARE(bench.exitStatus(), QProcess::NormalExit);
    QCOMPARE(bench.exitCode(), 0);

    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(doc.value(u"repeats"_s).toInt(), 2);
    QVERIFY(doc.value(u"startup_ms"_s).toDouble() > 0);
    QVERIFY(doc.value(u"startup_in_main_ms"_s).toDouble() > 0);
    QVERIFY(doc.value(u"rss_mb"_s).toDouble() > 0);
    QVERIFY(doc.value(u"rss_start_mb"_s).toDouble() > 0);
    const QJsonObject phases = doc.value(u"phases_ms"_s).toObject();
    for (const QString &phase : {u"qapplication"_s, u"open_migrate"_s, u"login"_s, u"main_window"_s})
        QVERIFY2(phases.value(phase).toDouble() > 0, qPrintable(phase));
    const QJsonArray runs = doc.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 2);
    for (const QJsonValue &run : runs) {
        QVERIFY(run.toObject().value(u"rows_loaded"_s).toInt() > 0);
        QVERIFY(run.toObject().value(u"strip_total"_s).toInteger() > 0);
    }
}

QTEST_GUILESS_MAIN(TestBenchGuiSmoke)
#include "tst_bench_gui_smoke.moc"
