#pragma once

#include "AssessmentCalculator.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace zz {

class Database;

// What a grid worker did besides cases, as the assessment counts it.
enum class ActivityKind { Visit, Patrol, BaseRecord, Meeting };
QString activityKindCode(ActivityKind kind);
std::optional<ActivityKind> activityKindFromCode(QStringView code);
QString activityKindLabel(ActivityKind kind); // 走访 巡查 基础信息 会议

// One logged activity (worker_activities, migration 0021).
struct WorkerActivity
{
    qint64 id = 0;
    qint64 townshipId = 0;
    qint64 workerId = 0;
    qint64 gridId = 0; // a visit's grid; 0: the worker's grid on that day
    ActivityKind kind = ActivityKind::Visit;
    QDate day;
    QString household;    // a visit to a named household (门牌/户号); empty when households are counted
    double quantity = 1;  // households counted, patrol hours, records, 1 for a meeting
    int keyPersons = 0;   // 重点人员 met on a visit
    bool night = false;   // a patrol at night
    bool attended = true; // a meeting
    QString note;
    bool imported = false;
    int version = 1;
};

// Worker activities of a township: the quick-entry grid's rows for a month. Writes need
// Permission::ScoreWorkers within the township; a locked month refuses them (here and, on
// PostgreSQL, in the server).
class WorkerActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkerActivityRepository)

public:
    explicit WorkerActivityRepository(const Database &db) : m_db(db) {}

    // The month's activities (of one worker when workerId > 0), by day and id.
    QList<WorkerActivity> list(qint64 townshipId, const ScorePeriod &period, qint64 workerId = 0) const;
    // Saves new rows (id 0) and changed ones, in one transaction; fills ids and versions.
    void save(QList<WorkerActivity> &rows, const Actor &actor);
    void remove(qint64 id, const Actor &actor);

    static constexpr int maxHouseholdLength = 100;
    static constexpr int maxNoteLength = 500;

private:
    void validate(WorkerActivity &row) const;
    const Database &m_db;
};

} // namespace zz
