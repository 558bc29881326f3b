#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The rules of the monthly grid-worker assessment (网格员积分考评): sections with a maximum, items
// that add or deduct, grades and the stipend. A scheme is data: the township admin edits it and it
// is stored per month (score_schemes); defaultScheme() is the one the issue specifies.
namespace zz {

// What an item counts for a worker and month: each is a number of units (coverage is a ratio).
enum class ScoreFact {
    ReportedCases,        // 网格上报 cases he reported in the month and that were registered
    SettledOnSpot,        // cases he settled on the spot (就地化解) in the month
    ClosedOnTime,         // cases assigned to him and closed in the month by their deadline
    Overdue,              // cases assigned to him whose deadline passed in the month without closing by it
    YellowCards,          // yellow cards (黄牌督办) on his cases in the month
    RedCards,             // red cards (红牌督办) on his cases in the month
    VisitCoverage,        // distinct households visited ÷ households of his grids, weighted by days
    BaseRecords,          // base-data records collected or updated
    PatrolHours,          // patrol hours
    NightPatrolHours,     // patrol hours at night (a part of PatrolHours)
    KeyPersonVisits,      // key persons (重点人员) visited
    MeetingsMissed,       // meetings missed
    UnsatisfiedCallbacks, // 不满意 call-backs on his cases in the month
    Manual,               // approved manual adjustments of the item's section
};

QString factCode(ScoreFact fact);
std::optional<ScoreFact> factFromCode(QStringView code);
QString factLabel(ScoreFact fact); // translated
QList<ScoreFact> allFacts();

enum class ScoreGrade { Excellent, Good, Pass, Fail, NotGraded };
QString gradeCode(ScoreGrade grade);
std::optional<ScoreGrade> gradeFromCode(QStringView code);
QString gradeLabel(ScoreGrade grade); // 优秀 良好 合格 不合格 不参评

// A formula in N ("15*min(1,N)", "2*N-1"): numbers, N, + - * /, parentheses, min(a,b), max(a,b).
class ScoreFormula
{
    Q_DECLARE_TR_FUNCTIONS(zz::ScoreFormula)

public:
    // Empty when valid, else a translated sentence saying what is wrong.
    static QString check(const QString &formula);
    // The value for N; 0 when the formula is invalid or divides by zero.
    static double evaluate(const QString &formula, double n);
};

struct ScoreItem
{
    QString code; // stable within the scheme: point rows name their item by it
    QString name;
    ScoreFact fact = ScoreFact::Manual;
    bool deduct = false;       // a deduct item only ever takes points away, however its formula turns out
    double perUnit = 0;        // points per unit when there is no formula
    QString formula;           // in N, the units above the threshold; empty: perUnit × N
    double threshold = 0;      // units up to here count nothing
    std::optional<double> cap; // at most this many points from the item (added or deducted)
    double moneyPerUnit = 0;   // 元 deducted from the stipend per unit above the threshold (deduct items)
    bool automatic = true;     // derived from logged facts; manual items come from adjustments

    // Units above the threshold (never negative).
    double effectiveUnits(double units) const;
    // The item's points for `units` (positive for add items, ≤ 0 for deduct items), capped and
    // rounded to hundredths; `capped` tells whether the cap cut it.
    double points(double units, bool *capped = nullptr) const;
    double money(double units) const;
};

struct ScoreSection
{
    QString code;
    QString name;
    double start = 0;   // points before any item (个人绩效 starts at 20 and only loses)
    double maximum = 0; // the section never exceeds it
    double floor = 0;   // 扣完为止: the section never goes below it
    bool bonus = false; // 加分: shown apart from the sections, on top of the 100
    QList<ScoreItem> items;
};

struct ScoreScheme
{
    Q_DECLARE_TR_FUNCTIONS(zz::ScoreScheme)

public:
    QList<ScoreSection> sections;
    double excellentFrom = 90; // 优秀
    double goodFrom = 75;      // 良好
    double passFrom = 60;      // 合格; below: 不合格
    double baseStipend = 2000; // 元
    double performancePool = 1000;
    int minDaysInPost = 15; // fewer days in post in the month: listed, not graded (不参评)

    static ScoreScheme defaultScheme();

    ScoreGrade grade(double total) const;
    // base + pool × min(total, 100) ÷ 100 − money deductions, rounded to the yuan, never below 0.
    int stipend(double total, double moneyDeductions) const;
    const ScoreSection *section(const QString &code) const;
    const ScoreItem *item(const QString &code, const ScoreSection **section = nullptr) const;
    // The sections counted in the 100 points (not the bonus).
    QList<const ScoreSection *> mainSections() const;
    const ScoreSection *bonusSection() const;

    // Empty when the scheme can be used, else a translated sentence naming the first problem.
    QString check() const;

    QJsonObject toJson() const;
    // Throws nothing: unknown keys are ignored, missing ones keep their defaults; check() afterwards.
    static ScoreScheme fromJson(const QJsonObject &json);
};

// Rounds to hundredths (points as printed).
double roundPoints(double value);

} // namespace zz
