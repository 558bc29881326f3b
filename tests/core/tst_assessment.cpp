// The assessment's rules and arithmetic (网格员积分考评): the default scheme as issue 13 gives it, items
// with caps, thresholds and formulas, a deduct item that never adds, 扣完为止, coverage over two grids
// weighted by days, 不参评 under 15 days, grades, stipends and ranks — on a hand-computed month.
#include "AssessmentCalculator.h"
#include "AssessmentScheme.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

GridAssignment grid(qint64 id, const QString &name, const QString &village, int households, QDate from,
                    QDate to = {})
{
    return GridAssignment{id, name, village, households, from, to};
}

WorkerFacts worker(qint64 id, const QString &code, const QString &name)
{
    WorkerFacts f;
    f.workerId = id;
    f.code = code;
    f.name = name;
    return f;
}

const QDate oct1(2026, 10, 1);

// The golden month, October 2026 (31 days). Hand computation beside each worker.
QList<WorkerFacts> goldenFacts()
{
    QList<WorkerFacts> out;
    // W001 张伟, 一网格 (200 households) all month.
    //   运作成效: 12 reported ×2 = 24 → cap 20; 6 settled ×3 = 18 → cap 15; 16 on time → cap 15;
    //             1 overdue −2; 1 yellow −5                                      = 43
    //   履职绩效: 190/200 = 0.95 × 15 = 14.25; 12 records × 0.5 = 6; 24 h × 0.25 = 6 → cap 5 = 25.25
    //   个人绩效: 20 − 2 (one 不满意)                                               = 18
    //   加分: 4 + 8 = 12 → cap 10                                                   = 10
    //   total 96.25 优秀, stipend 2000 + 1000 × 0.9625 = 2962.5 → 2963
    WorkerFacts w1 = worker(1, u"W001"_s, u"张伟"_s);
    w1.assignments = {grid(11, u"一网格"_s, u"东村"_s, 200, QDate(2020, 1, 1))};
    w1.visitedByGrid = {{11, 190}};
    w1.units = {{ScoreFact::ReportedCases, 12}, {ScoreFact::SettledOnSpot, 6},
                {ScoreFact::ClosedOnTime, 16},  {ScoreFact::Overdue, 1},
                {ScoreFact::YellowCards, 1},    {ScoreFact::BaseRecords, 12},
                {ScoreFact::PatrolHours, 24},   {ScoreFact::UnsatisfiedCallbacks, 1}};
    w1.adjustments = {{101, u"bonus"_s, 4, 0, u"协助抢险"_s}, {102, u"bonus"_s, 8, 0, u"市级表彰"_s}};
    out << w1;
    // W002 李娜, 二网格 (250) all month.
    //   运作成效: 3×2 = 6; 2 on time = 2; 4 overdue −8; yellow −5; red −10 → −15 → 扣完为止  = 0
    //   履职绩效: 100/250 = 0.4 × 15 = 6; 10 h × 0.25 = 2.5                          = 8.5
    //   个人绩效: 20 − 3×2 (meetings) − 2×2 (不满意)                                   = 10
    //   total 18.5 不合格; an adjustment of 0 points deducting 100 元: 2000 + 185 − 100 = 2085
    WorkerFacts w2 = worker(2, u"W002"_s, u"李娜"_s);
    w2.assignments = {grid(12, u"二网格"_s, u"东村"_s, 250, QDate(2020, 1, 1))};
    w2.visitedByGrid = {{12, 100}};
    w2.units = {{ScoreFact::ReportedCases, 3},  {ScoreFact::ClosedOnTime, 2},
                {ScoreFact::Overdue, 4},        {ScoreFact::YellowCards, 1},
                {ScoreFact::RedCards, 1},       {ScoreFact::PatrolHours, 10},
                {ScoreFact::MeetingsMissed, 3}, {ScoreFact::UnsatisfiedCallbacks, 2}};
    w2.adjustments = {{103, u"personal"_s, 0, 100, u"信息报送不及时，扣发100元"_s}};
    out << w2;
    // W003 王强, moved on the 15th: 三网格 (100) days 1–14, 四网格 (300) days 15–31.
    //   运作成效: 10×2 = 20; 3×3 = 9; 8 on time = 8                                   = 37
    //   履职绩效: coverage (80/100 × 14 + 150/300 × 17) ÷ 31 = 19.7/31 = 0.63548 × 15 = 9.53;
    //             20 records = 10 (the cap exactly); 8 h = 2                          = 21.53
    //   个人绩效                                                                       = 20
    //   total 78.53 良好, stipend 2000 + 785.3 → 2785
    WorkerFacts w3 = worker(3, u"W003"_s, u"王强"_s);
    w3.assignments = {grid(13, u"三网格"_s, u"西村"_s, 100, QDate(2024, 5, 1), QDate(2026, 10, 14)),
                      grid(14, u"四网格"_s, u"西村"_s, 300, QDate(2026, 10, 15))};
    w3.visitedByGrid = {{13, 80}, {14, 150}};
    w3.units = {{ScoreFact::ReportedCases, 10},
                {ScoreFact::SettledOnSpot, 3},
                {ScoreFact::ClosedOnTime, 8},
                {ScoreFact::BaseRecords, 20},
                {ScoreFact::PatrolHours, 8}};
    out << w3;
    // W004 赵敏, in post from the 20th (12 days): listed, 不参评; her grid's households are unknown,
    //   so coverage has no data ("—") and gives nothing. 2 + 0 + 20 = 22, no grade, stipend, rank.
    WorkerFacts w4 = worker(4, u"W004"_s, u"赵敏"_s);
    w4.inPost = QDate(2026, 10, 20);
    w4.assignments = {grid(15, u"五网格"_s, u"西村"_s, 0, QDate(2026, 10, 20))};
    w4.units = {{ScoreFact::ReportedCases, 1}};
    out << w4;
    // W005 陈刚, 六网格 (120) all month.
    //   运作成效: 4×2 + 6 = 14; 履职绩效: 120/120 = 15, 10 × 0.5 = 5, 20 h = 5 → 25;
    //   个人绩效 20 − 2 = 18; 加分 5; total 62 合格, stipend 2620
    WorkerFacts w5 = worker(5, u"W005"_s, u"陈刚"_s);
    w5.assignments = {grid(16, u"六网格"_s, u"东村"_s, 120, QDate(2021, 3, 1))};
    w5.visitedByGrid = {{16, 120}};
    w5.units = {{ScoreFact::ReportedCases, 4},
                {ScoreFact::ClosedOnTime, 6},
                {ScoreFact::BaseRecords, 10},
                {ScoreFact::PatrolHours, 20},
                {ScoreFact::MeetingsMissed, 1}};
    w5.adjustments = {{104, u"bonus"_s, 5, 0, u"优秀调解案例"_s}};
    out << w5;
    return out;
}

} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

private slots:
    void defaultSchemeAsTheIssueSays()
    {
        const ScoreScheme s = ScoreScheme::defaultScheme();
        QCOMPARE(s.check(), QString());
        QCOMPARE(s.sections.size(), 4);
        QCOMPARE(s.section(u"work"_s)->maximum, 50.0);
        QCOMPARE(s.section(u"duty"_s)->maximum, 30.0);
        QCOMPARE(s.section(u"personal"_s)->start, 20.0);
        QCOMPARE(s.section(u"personal"_s)->maximum, 20.0);
        QVERIFY(s.section(u"bonus"_s)->bonus);
        QCOMPARE(s.section(u"bonus"_s)->maximum, 10.0);
        QCOMPARE(s.item(u"reported"_s)->perUnit, 2.0);
        QCOMPARE(*s.item(u"reported"_s)->cap, 20.0);
        QCOMPARE(*s.item(u"settled"_s)->cap, 15.0);
        QCOMPARE(*s.item(u"on_time"_s)->cap, 15.0);
        QVERIFY(s.item(u"overdue"_s)->deduct);
        QCOMPARE(s.item(u"red"_s)->perUnit, 10.0);
        QCOMPARE(s.item(u"visits"_s)->formula, u"15*min(1,N)"_s);
        QCOMPARE(*s.item(u"patrol"_s)->cap, 5.0);
        QCOMPARE(s.baseStipend, 2000.0);
        QCOMPARE(s.performancePool, 1000.0);
        QCOMPARE(s.minDaysInPost, 15);
        // survives its JSON form
        const ScoreScheme back =
            ScoreScheme::fromJson(QJsonDocument::fromJson(QJsonDocument(s.toJson()).toJson()).object());
        QCOMPARE(QJsonDocument(back.toJson()).toJson(), QJsonDocument(s.toJson()).toJson());
    }

    void formulas_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<double>("n");
        QTest::addColumn<double>("value");
        QTest::newRow("per unit") << u"2*N"_s << 3.0 << 6.0;
        QTest::newRow("min") << u"15*min(1,N)"_s << 1.4 << 15.0;
        QTest::newRow("max and parentheses") << u"max(0, (N-2)) / 2"_s << 6.0 << 2.0;
        QTest::newRow("unary minus") << u"-N+10"_s << 4.0 << 6.0;
        QTest::newRow("division by zero") << u"N/0"_s << 4.0 << 0.0;
    }

    void formulas()
    {
        QFETCH(QString, formula);
        QFETCH(double, n);
        QFETCH(double, value);
        QCOMPARE(ScoreFormula::evaluate(formula, n), value);
    }

    void badFormulaRefused()
    {
        QVERIFY(ScoreFormula::check(u"2*N"_s).isEmpty());
        QVERIFY(!ScoreFormula::check(u"2*X"_s).isEmpty());
        QVERIFY(!ScoreFormula::check(u"min(1"_s).isEmpty());
        ScoreScheme s = ScoreScheme::defaultScheme();
        s.sections[0].items[0].formula = u"N**"_s;
        QVERIFY(!s.check().isEmpty());
        s = ScoreScheme::defaultScheme();
        s.sections[2].start = 25; // above its maximum
        QVERIFY(!s.check().isEmpty());
    }

    void itemCapsThresholdsAndDeductsThatNeverAdd()
    {
        ScoreItem add;
        add.perUnit = 2;
        add.cap = 20;
        bool capped = false;
        QCOMPARE(add.points(9, &capped), 18.0);
        QVERIFY(!capped);
        QCOMPARE(add.points(12, &capped), 20.0);
        QVERIFY(capped);
        add.threshold = 3; // the first three count nothing
        QCOMPARE(add.points(5), 4.0);
        QCOMPARE(add.points(2), 0.0);

        ScoreItem deduct;
        deduct.deduct = true;
        deduct.perUnit = 2;
        QCOMPARE(deduct.points(3), -6.0);
        deduct.cap = 5; // at most 5 taken
        QCOMPARE(deduct.points(3), -5.0);
        // a deduct formula that turns negative would add points: it takes nothing instead
        deduct.cap.reset();
        deduct.formula = u"2*N-5"_s;
        QCOMPARE(deduct.points(1), 0.0);
        QCOMPARE(deduct.points(4), -3.0);
        // an add item with a formula gone negative takes nothing away either
        add.formula = u"N-10"_s;
        add.threshold = 0;
        QCOMPARE(add.points(4), 0.0);
        // money beside points
        deduct.moneyPerUnit = 50;
        deduct.threshold = 1;
        QCOMPARE(deduct.money(3), 100.0);
    }

    void gradesAndStipend_data()
    {
        QTest::addColumn<double>("total");
        QTest::addColumn<double>("money");
        QTest::addColumn<int>("grade");
        QTest::addColumn<int>("stipend");
        QTest::newRow("90 is 优秀") << 90.0 << 0.0 << int(ScoreGrade::Excellent) << 2900;
        QTest::newRow("89.99 is 良好") << 89.99 << 0.0 << int(ScoreGrade::Good) << 2900;
        QTest::newRow("75") << 75.0 << 0.0 << int(ScoreGrade::Good) << 2750;
        QTest::newRow("60") << 60.0 << 0.0 << int(ScoreGrade::Pass) << 2600;
        QTest::newRow("59.5") << 59.5 << 0.0 << int(ScoreGrade::Fail) << 2595;
        QTest::newRow("bonus above 100 pays 100") << 108.0 << 0.0 << int(ScoreGrade::Excellent) << 3000;
        QTest::newRow("half a yuan rounds up") << 80.25 << 0.0 << int(ScoreGrade::Good) << 2803;
        QTest::newRow("money deducted") << 80.0 << 150.0 << int(ScoreGrade::Good) << 2650;
    }

    void gradesAndStipend()
    {
        QFETCH(double, total);
        QFETCH(double, money);
        QFETCH(int, grade);
        QFETCH(int, stipend);
        const ScoreScheme s = ScoreScheme::defaultScheme();
        QCOMPARE(int(s.grade(total)), grade);
        QCOMPARE(s.stipend(total, money), stipend);
    }

    void goldenMonth()
    {
        const ScoreScheme scheme = ScoreScheme::defaultScheme();
        QList<WorkerScore> scores;
        for (const WorkerFacts &f : goldenFacts())
            scores << AssessmentCalculator::score(scheme, 2026, 10, f);
        AssessmentCalculator::rank(scores);
        QCOMPARE(scores.size(), 5);

        struct Row
        {
            double work, duty, personal, bonus, total;
            ScoreGrade grade;
            std::optional<int> stipend;
            int rank;
        };
        const QList<Row> expected{
            {43, 25.25, 18, 10, 96.25, ScoreGrade::Excellent, 2963, 1},
            {0, 8.5, 10, 0, 18.5, ScoreGrade::Fail, 2085, 4},
            {37, 21.53, 20, 0, 78.53, ScoreGrade::Good, 2785, 2},
            {2, 0, 20, 0, 22, ScoreGrade::NotGraded, std::nullopt, 0},
            {14, 25, 18, 5, 62, ScoreGrade::Pass, 2620, 3},
        };
        for (int i = 0; i < expected.size(); ++i) {
            const WorkerScore &s = scores.at(i);
            const Row &e = expected.at(i);
            QVERIFY2(qFuzzyCompare(s.section(u"work"_s) + 1, e.work + 1), qPrintable(s.name));
            QVERIFY2(qFuzzyCompare(s.section(u"duty"_s) + 1, e.duty + 1), qPrintable(s.name));
            QVERIFY2(qFuzzyCompare(s.section(u"personal"_s) + 1, e.personal + 1), qPrintable(s.name));
            QVERIFY2(qFuzzyCompare(s.bonus + 1, e.bonus + 1), qPrintable(s.name));
            QVERIFY2(qFuzzyCompare(s.total + 1, e.total + 1),
                     qPrintable(s.name + u" "_s + QString::number(s.total)));
            QCOMPARE(int(s.grade), int(e.grade));
            QCOMPARE(s.stipend, e.stipend);
            QCOMPARE(s.rank, e.rank);
        }
        // caps, the floor and the money, item by item
        const auto line = [](const WorkerScore &s, const QString &item) {
            for (const ScoreLine &l : s.lines)
                if (l.item == item)
                    return l;
            return ScoreLine{};
        };
        QCOMPARE(line(scores[0], u"reported"_s).points, 20.0);
        QVERIFY(line(scores[0], u"reported"_s).capped);
        QCOMPARE(line(scores[0], u"bonus"_s).points, 10.0);
        QVERIFY(line(scores[0], u"bonus"_s).capped);
        QCOMPARE(line(scores[0], u"bonus"_s).sources.size(), 2);
        QVERIFY(scores[1].sections.at(0).floored); // −15 stopped at 0
        QCOMPARE(scores[1].money, 100.0);
        QCOMPARE(line(scores[1], u"adjustment"_s).sources.first().id, qint64(103));
        // the moved worker: both grids with their days, coverage weighted by them
        QCOMPARE(scores[2].daysInPost, 31);
        QCOMPARE(scores[2].grids.size(), 2);
        QCOMPARE(scores[2].grids[0].days, 14);
        QCOMPARE(scores[2].grids[1].days, 17);
        QVERIFY(qAbs(*scores[2].coverage - 19.7 / 31) < 1e-9);
        QCOMPARE(line(scores[2], u"visits"_s).points, 9.53);
        QCOMPARE(scores[2].gridsText(), u"三网格(1–14日)、四网格(15–31日)"_s);
        QCOMPARE(scores[2].village(), u"西村"_s);
        // not graded: 12 days in post, no coverage data
        QCOMPARE(scores[3].daysInPost, 12);
        QVERIFY(!scores[3].graded);
        QVERIFY(!scores[3].coverage);
        QCOMPARE(scores[3].villageRank, 0);
        // village ranks: 东村 has 张伟 96.25, 陈刚 62, 李娜 18.5; 西村 王强 alone
        QCOMPARE(scores[0].villageRank, 1);
        QCOMPARE(scores[4].villageRank, 2);
        QCOMPARE(scores[1].villageRank, 3);
        QCOMPARE(scores[2].villageRank, 1);
    }

    void tiesShareARank()
    {
        QList<WorkerScore> s(4);
        const double totals[] = {80, 90, 80, 70};
        for (int i = 0; i < 4; ++i) {
            s[i].total = totals[i];
            s[i].graded = true;
        }
        AssessmentCalculator::rank(s);
        QCOMPARE(s[1].rank, 1);
        QCOMPARE(s[0].rank, 2);
        QCOMPARE(s[2].rank, 2);
        QCOMPARE(s[3].rank, 4);
    }

    void daysInPostCountsOverlapsOnce()
    {
        WorkerFacts f;
        f.assignments = {grid(1, u"甲"_s, u"村"_s, 100, QDate(2026, 9, 1), QDate(2026, 10, 10)),
                         grid(2, u"乙"_s, u"村"_s, 100, QDate(2026, 10, 5))};
        f.leftPost = QDate(2026, 10, 20);
        QCOMPARE(AssessmentCalculator::daysInPost(2026, 10, f), 20);
        // no assignment in the month: nothing
        f.assignments = {grid(1, u"甲"_s, u"村"_s, 100, QDate(2026, 1, 1), QDate(2026, 9, 30))};
        QCOMPARE(AssessmentCalculator::daysInPost(2026, 10, f), 0);
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
