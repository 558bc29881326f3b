#pragma once

#include "AssessmentCalculator.h"
#include "AssessmentScheme.h"
#include "Clock.h"
#include "Entities.h"
#include "Permissions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace zz {

class Database;

enum class ScoreRunStatus { Draft, Approved, Locked };
QString runStatusCode(ScoreRunStatus status);
std::optional<ScoreRunStatus> runStatusFromCode(QStringView code);
QString runStatusLabel(ScoreRunStatus status); // 草稿 已审核 已锁定

// A township's month (score_runs).
struct ScoreRun
{
    qint64 id = 0;
    qint64 townshipId = 0;
    ScorePeriod period;
    ScoreRunStatus status = ScoreRunStatus::Draft;
    ScoreScheme scheme; // as applied when computed
    QDateTime computedAt;
    QString computedBy; // display names
    QDateTime approvedAt;
    QString approvedBy;
    QDateTime lockedAt;
    QString lockedBy;
    int unlocks = 0;
    QString unlockReason;
    int version = 1;
};

// One row of the monthly table as stored.
struct ScoreResultRow
{
    qint64 workerId = 0;
    QString code;
    QString name;
    QString village;
    QString grids;
    int daysInPost = 0;
    std::optional<double> coverage;
    QList<SectionScore> sections; // main sections in the scheme's order
    double bonus = 0;
    double total = 0;
    double money = 0;
    ScoreGrade grade = ScoreGrade::NotGraded;
    std::optional<int> stipend;
    int rank = 0;
    int villageRank = 0;
};

// A computed worker's row as the table shows it (what compute() stores).
ScoreResultRow resultRow(const WorkerScore &score);

enum class DecisionStatus { Pending, Approved, Refused };

struct ScoreAdjustment
{
    qint64 id = 0;
    qint64 townshipId = 0;
    ScorePeriod period;
    qint64 workerId = 0;
    QString workerName;
    QString section; // section code
    double points = 0;
    double money = 0;
    QString reason;
    DecisionStatus status = DecisionStatus::Pending;
    qint64 authorId = 0;
    QString authorName;
    qint64 approverId = 0;
    QString approverName;
    QDateTime createdAt;
    QDateTime decidedAt;
    int version = 1;
};

struct ScoreAppeal
{
    qint64 id = 0;
    qint64 townshipId = 0;
    ScorePeriod period;
    qint64 workerId = 0;
    QString workerName;
    QString reason;
    QString answer;
    bool answered = false;
    QString filedBy;
    QDateTime filedAt;
    QString answeredBy;
    QDateTime answeredAt;
    int version = 1;
};

struct ScoreTrendPoint
{
    ScorePeriod period;
    double total = 0;
    ScoreGrade grade = ScoreGrade::NotGraded;
    ScoreRunStatus status = ScoreRunStatus::Draft;
};

// The program's copy of the server's rules for assessment writes (the only copy on SQLite): the
// actor's permission and scope over the township, and a locked month refusing change.
class AssessmentGuard
{
    Q_DECLARE_TR_FUNCTIONS(zz::AssessmentGuard)

public:
    explicit AssessmentGuard(const Database &db) : m_db(db) {}
    // The township must be one (level 2) and within the actor's scope; throws Forbidden/NotFound.
    void requireTownship(qint64 townshipId, const Actor &actor) const;
    void require(qint64 townshipId, const Actor &actor, Permission permission) const;
    // require(ScoreWorkers) and the month not locked (InvalidState).
    void requireWritable(qint64 townshipId, const ScorePeriod &period, const Actor &actor) const;
    bool isLocked(qint64 townshipId, const ScorePeriod &period) const;
    // The grid of the township the worker was assigned to that day.
    std::optional<qint64> gridOn(qint64 workerId, qint64 townshipId, QDate day) const;

private:
    const Database &m_db;
};

// The monthly assessment of a township: schemes, the draft computed from logged facts, approval,
// lock and unlock, adjustments and appeals, trends. Every write is one transaction with its audit
// row (on PostgreSQL the server's triggers also check and audit them, migration 0021).
class AssessmentService
{
    Q_DECLARE_TR_FUNCTIONS(zz::AssessmentService)

public:
    AssessmentService(const Database &db, const Clock &clock);

    // The scheme in force for the month: the township's latest from that month or before, else the default.
    ScoreScheme scheme(qint64 townshipId, const ScorePeriod &period) const;
    // Saves the scheme from `from` on (a later month's row still wins for later months).
    void saveScheme(qint64 townshipId, const ScorePeriod &from, const ScoreScheme &scheme,
                    const Actor &actor);

    std::optional<ScoreRun> run(qint64 townshipId, const ScorePeriod &period) const;
    std::optional<ScoreRun> runById(qint64 runId) const;
    // Facts → draft. Refused for a locked month; an approved month goes back to draft.
    ScoreRun compute(qint64 townshipId, const ScorePeriod &period, const Actor &actor);
    // Scores the month without storing anything (the command line, previews).
    QList<WorkerScore> preview(qint64 townshipId, const ScorePeriod &period) const;

    QList<ScoreResultRow> results(qint64 runId) const;
    // The township's workers in the month (number, name, village, grids; no scores), by number.
    QList<ScoreResultRow> workers(qint64 townshipId, const ScorePeriod &period) const;
    // The worker's items with their point rows (sources), in the scheme's order.
    QList<ScoreLine> lines(qint64 runId, qint64 workerId) const;

    void approve(qint64 runId, int version, const Actor &actor);
    void returnToDraft(qint64 runId, int version, const Actor &actor);
    void lock(qint64 runId, int version, const Actor &actor);
    void unlock(qint64 runId, int version, const QString &reason, const Actor &actor);

    ScoreAdjustment proposeAdjustment(ScoreAdjustment draft, const Actor &actor);
    // The approver must be a leader other than the author; an approved adjustment recomputes the
    // month's draft when there is one.
    void decideAdjustment(qint64 id, bool approve, const Actor &actor);
    QList<ScoreAdjustment> adjustments(qint64 townshipId, const ScorePeriod &period) const;

    ScoreAppeal fileAppeal(ScoreAppeal draft, const Actor &actor);
    // Answers and recomputes the month's draft.
    void answerAppeal(qint64 id, const QString &answer, const Actor &actor);
    QList<ScoreAppeal> appeals(qint64 townshipId, const ScorePeriod &period) const;

    // The worker's totals over the `months` months ending with `last`, oldest first (months without a run
    // left out).
    QList<ScoreTrendPoint> trend(qint64 workerId, const ScorePeriod &last, int months = 12) const;
    // Workers graded 不合格 in the month and in the month before (the notice a leader must see).
    QList<ScoreResultRow> consecutiveFailures(qint64 townshipId, const ScorePeriod &period) const;

    static constexpr int maxReasonLength = 500;

private:
    void writeRun(ScoreRun &run, const QList<WorkerScore> &scores, const Actor &actor);
    void setStatus(qint64 runId, int version, ScoreRunStatus from, ScoreRunStatus to, const Actor &actor,
                   const QString &auditAction, const QString &reason = {});
    void recomputeIfDraft(qint64 townshipId, const ScorePeriod &period, const Actor &actor);

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace zz
