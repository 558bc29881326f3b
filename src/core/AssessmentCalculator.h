#pragma once

#include "AssessmentScheme.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// The arithmetic of a worker's month: logged facts in, points per item, sections, total, grade,
// stipend and rank out. Pure logic; storage gathers the facts (AssessmentFacts) and keeps the result.
namespace zz {

// A month of the assessment, "2026-10" in storage and on the command line.
struct ScorePeriod
{
    int year = 0;
    int month = 0;

    static std::optional<ScorePeriod> parse(QStringView text);
    static ScorePeriod of(QDate day) { return {day.year(), day.month()}; }
    QString code() const;
    QString label() const; // 2026年10月 (translated)
    QDate first() const { return QDate(year, month, 1); }
    QDate last() const { return first().addMonths(1).addDays(-1); }
    ScorePeriod previous() const { return of(first().addMonths(-1)); }
    ScorePeriod next() const { return of(first().addMonths(1)); }
    bool isValid() const { return first().isValid(); }
    friend bool operator==(const ScorePeriod &, const ScorePeriod &) = default;
    friend auto operator<=>(const ScorePeriod &, const ScorePeriod &) = default;
};

// Where a point came from: a case, a logged activity, a manual adjustment.
struct ScoreSource
{
    enum class Kind { Case, Activity, Adjustment };
    Kind kind = Kind::Case;
    qint64 id = 0; // cases.id, worker_activities.id, score_adjustments.id
    QString label; // case number, or what the activity was
    QDate day;     // when it happened
    double units = 1;
};
QString sourceKindCode(ScoreSource::Kind kind);
std::optional<ScoreSource::Kind> sourceKindFromCode(QStringView code);

// One assignment of the worker to a grid (worker_grids), dates inclusive, `to` invalid while current.
struct GridAssignment
{
    qint64 gridId = 0;
    QString gridName;
    QString villageName;
    int households = 0;
    QDate from;
    QDate to;
};

struct ScoreAdjustmentFact
{
    qint64 id = 0;
    QString section; // section code
    double points = 0;
    double money = 0; // 元 deducted
    QString reason;
};

struct WorkerFacts
{
    qint64 workerId = 0;
    QString code;
    QString name;
    QDate inPost;   // invalid: no date recorded (counts from the month's start)
    QDate leftPost; // invalid: still in post
    QList<GridAssignment> assignments;
    QHash<qint64, double> visitedByGrid; // distinct households visited per grid in the month
    QHash<ScoreFact, double> units;      // every fact but coverage and manual
    QHash<ScoreFact, QList<ScoreSource>> sources;
    QList<ScoreAdjustmentFact> adjustments; // approved ones of the month
};

// The worker's share of a grid in the month.
struct GridShare
{
    qint64 gridId = 0;
    QString gridName;
    QString villageName;
    int households = 0;
    int days = 0; // days in post assigned to the grid this month
    QDate first, last;
    double visited = 0;
    std::optional<double> coverage; // none when the grid's households are unknown
};

struct ScoreLine
{
    QString section;
    QString item;
    QString name;
    ScoreFact fact = ScoreFact::Manual;
    double units = 0;
    double points = 0;
    double money = 0;
    bool capped = false;
    QList<ScoreSource> sources;
};

struct SectionScore
{
    QString code;
    QString name;
    double points = 0;
    bool floored = false; // 扣完为止 stopped it at the floor
    bool topped = false;  // the maximum cut it
};

struct WorkerScore
{
    qint64 workerId = 0;
    QString code;
    QString name;
    int daysInPost = 0;
    QList<GridShare> grids;
    std::optional<double> coverage;
    QList<ScoreLine> lines;
    QList<SectionScore> sections; // the main sections, in the scheme's order
    double bonus = 0;
    double total = 0;
    double money = 0; // 元 deducted
    bool graded = true;
    ScoreGrade grade = ScoreGrade::NotGraded;
    std::optional<int> stipend;
    int rank = 0;        // within the township, 0 when not graded
    int villageRank = 0; // within the worker's village
    // The village the worker spent most days in, and his grids with their days.
    QString village() const;
    QString gridsText() const;
    double section(const QString &code) const;
};

class AssessmentCalculator
{
public:
    static WorkerScore score(const ScoreScheme &scheme, int year, int month, const WorkerFacts &facts);
    // Competition ranking (1, 2, 2, 4) by total among graded workers, in the township and in each village.
    static void rank(QList<WorkerScore> &scores);
    // Days of the month the worker was in post and assigned to some grid.
    static int daysInPost(int year, int month, const WorkerFacts &facts, QList<GridShare> *shares = nullptr);
};

} // namespace zz
