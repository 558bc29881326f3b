// `zongzhi-cli bench-score` end to end on a small database (10,000 cases, 10,000 activities, 500
// workers, 2 repeats) on the backend of the run: it finishes, the raw engine returns the same rows and
// every figure is written. The timings are printed, never judged (the 1M run is done by hand).
#include "ScoreBench.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBenchScoreSmoke : public QObject
{
    Q_OBJECT

private slots:
    void smallTownshipMonth()
    {
        std::unique_ptr<zz::test::TestDatabase> testDb;
        QString url;
        try {
            testDb = std::make_unique<zz::test::TestDatabase>();
            url = testDb->freshUrl();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        QTemporaryDir dir;
        zz::cli::ScoreBenchOptions options;
        options.cases = 10000;
        options.activities = 10000;
        options.workers = 500;
        options.repeats = 2;
        options.jsonPath = dir.filePath(u"score.json"_s);
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = zz::cli::runScoreBench(url, options, out, err);
        out.flush();
        qInfo().noquote() << outText;
        QVERIFY2(code == 0, qPrintable(u"exit code %1: %2"_s.arg(code).arg(errText)));
        QFile file(options.jsonPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(doc.value(u"cases"_s).toInteger() >= 10000);
        QVERIFY(doc.value(u"activities"_s).toInteger() >= 10000);
        QVERIFY(doc.value(u"workers"_s).toInt() >= 500);
        QVERIFY(doc.value(u"rows_match"_s).toBool());
        QVERIFY(doc.value(u"point_rows"_s).toInteger() > 0);
        for (const QString &key : {u"preview_ms"_s, u"compute_ms"_s, u"raw_ms"_s})
            QVERIFY(doc.value(key).toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TestBenchScoreSmoke)
#include "tst_bench_score_smoke.moc"
