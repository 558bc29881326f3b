#include "BenchCommand.h"
#include "Database.h"
#include "Query.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs `zongzhi-cli bench` on 10,000 demo cases with 3 repeats and checks that it finishes and writes
// every figure; the numbers themselves are not judged here.
class TestBenchSmoke : public QObject
{
    Q_OBJECT

private slots:
    void sqlite();
    void postgresql();

private:
    void runAndCheck(const QString &url);

    QTemporaryDir m_dir;
};

void TestBenchSmoke::runAndCheck(const QString &url)
{
    const QString jsonPath =
        m_dir.filePath(u"bench-%1.json"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = zz::cli::runBench(url, 10000, jsonPath, 3, out, err);
    out.flush();
    err.flush();
    qInfo().noquote() << outText;
    QVERIFY2(code == 0, qPrintable(u"exit code %1: %2"_s.arg(code).arg(errText)));

    QFile file(jsonPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!doc.value(u"machine"_s).toObject().value(u"cpu"_s).toString().isEmpty());
    QVERIFY(doc.value(u"machine"_s).toObject().value(u"cores"_s).toInt() > 0);
    QVERIFY(doc.value(u"cases"_s).toInteger() >= 10000);
    QVERIFY(doc.value(u"rss_mb"_s).toDouble() > 0);
    QVERIFY(!doc.value(u"date"_s).toString().isEmpty());

    const QSet<QString> withRaw = {
        u"board_first_page"_s,           u"board_filter"_s,  u"board_search"_s,
        u"board_search_2char"_s,         u"stage_counts"_s,  u"page_500"_s,
        u"board_urgency_page2"_s,        u"board_overdue"_s, u"board_stage_strip"_s,
        u"board_stage_strip_township"_s, u"intake_related"_s};
    QSet<QString> expected = withRaw;
    expected << u"save_p50"_s << u"save_p99"_s;
    QSet<QString> seen;
    const QJsonArray figures = doc.value(u"figures"_s).toArray();
    for (const QJsonValue &value : figures) {
        const QJsonObject f = value.toObject();
        const QString name = f.value(u"name"_s).toString();
        seen << name;
        QVERIFY2(f.value(u"ours_ms"_s).toDouble() > 0, qPrintable(name));
        QVERIFY2(f.value(u"rows"_s).toInteger() > 0, qPrintable(name));
        if (withRaw.contains(name)) {
            QVERIFY2(f.value(u"raw_ms"_s).toDouble() > 0, qPrintable(name));
            QVERIFY2(f.value(u"ratio"_s).toDouble() > 0, qPrintable(name));
            QVERIFY2(f.value(u"target_ms"_s).toDouble() > 0, qPrintable(name));
        }
    }
    QCOMPARE(seen, expected);
}

void TestBenchSmoke::sqlite()
{
    QVERIFY(m_dir.isValid());
    runAndCheck(u"sqlite://"_s + m_dir.filePath(u"bench.db"_s));
}

void TestBenchSmoke::postgresql()
{
    const QString adminUrl = qEnvironmentVariable("ZONGZHI_TEST_PG_URL");
    if (adminUrl.isEmpty())
        QSKIP("ZONGZHI_TEST_PG_URL is not set");
    // A database of our own, UTF-8 with a UTF-8 LC_CTYPE as pg_trgm needs, dropped afterwards.
    const QString name = u"zz_bench_%1"_s.arg(QCoreApplication::applicationPid());
    {
        zz::Database admin(adminUrl);
        zz::Query::run(admin, u"DROP DATABASE IF EXISTS %1"_s.arg(name));
        zz::Query::run(admin, u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                              "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"_s.arg(name));
    }
    auto url = zz::ConnectionUrl::parse(adminUrl);
    url.databaseName = name;
    const auto dropDatabase = qScopeGuard([&] {
        try {
            zz::Database admin(adminUrl);
            zz::Query::run(admin, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
        } catch (...) {
            // the server may already be gone at the end of the run
        }
    });
    runAndCheck(url.toString());
}

QTEST_GUILESS_MAIN(TestBenchSmoke)
#include "tst_bench_smoke.moc"
