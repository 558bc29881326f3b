#include "WorkerActivityRepository.h"

#include "AssessmentService.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Permissions.h"
#include "Query.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

struct KindText
{
    ActivityKind kind;
    const char *code;
    const char *label;
};

constexpr KindText kindTexts[] = {
    {ActivityKind::Visit, "visit", QT_TRANSLATE_NOOP("zz::WorkerActivityRepository", "走访")},
    {ActivityKind::Patrol, "patrol", QT_TRANSLATE_NOOP("zz::WorkerActivityRepository", "巡查")},
    {ActivityKind::BaseRecord, "base_record",
     QT_TRANSLATE_NOOP("zz::WorkerActivityRepository", "基础信息采集")},
    {ActivityKind::Meeting, "meeting", QT_TRANSLATE_NOOP("zz::WorkerActivityRepository", "会议")},
};

const QString columns = u"id, township_id, worker_id, grid_id, kind, day, household, quantity, key_persons, "
                        "night, attended, note, origin, version"_s;

WorkerActivity read(const Query &q)
{
    WorkerActivity a;
    a.id = q.int64(0);
    a.townshipId = q.int64(1);
    a.workerId = q.int64(2);
    a.gridId = q.int64(3);
    a.kind = activityKindFromCode(q.text(4)).value_or(ActivityKind::Visit);
    a.day = QDate::fromString(q.text(5), Qt::ISODate);
    a.household = q.text(6);
    a.quantity = q.value(7).toDouble();
    a.keyPersons = q.integer(8);
    a.night = q.boolean(9);
    a.attended = q.boolean(10);
    a.note = q.text(11);
    a.imported = q.text(12) == u"import"_s;
    a.version = q.integer(13);
    return a;
}

} // namespace

QString activityKindCode(ActivityKind kind)
{
    for (const KindText &t : kindTexts)
        if (t.kind == kind)
            return QString::fromLatin1(t.code);
    return {};
}

std::optional<ActivityKind> activityKindFromCode(QStringView code)
{
    for (const KindText &t : kindTexts)
        if (code == QLatin1StringView(t.code))
            return t.kind;
    return std::nullopt;
}

QString activityKindLabel(ActivityKind kind)
{
    for (const KindText &t : kindTexts)
        if (t.kind == kind)
            return QCoreApplication::translate("zz::WorkerActivityRepository", t.label);
    return {};
}

QList<WorkerActivity> WorkerActivityRepository::list(qint64 townshipId, const ScorePeriod &period,
                                                     qint64 workerId) const
{
    QString sql =
        u"SELECT "_s + columns + u" FROM worker_activities WHERE township_id = ? AND day >= ? AND day <= ?"_s;
    if (workerId > 0)
        sql += u" AND worker_id = ?"_s;
    sql += u" ORDER BY day, id"_s;
    Query q(m_db, sql);
    q.bind(townshipId).bind(period.first().toString(Qt::ISODate)).bind(period.last().toString(Qt::ISODate));
    if (workerId > 0)
        q.bind(workerId);
    q.exec();
    QList<WorkerActivity> out;
    while (q.next())
        out << read(q);
    return out;
}

void WorkerActivityRepository::validate(WorkerActivity &row) const
{
    row.household = row.household.trimmed();
    row.note = row.note.trimmed();
    if (!row.day.isValid())
        throw Error(Error::Kind::Validation, tr("请填写日期。"));
    if (row.workerId <= 0)
        throw Error(Error::Kind::Validation, tr("请选择网格员。"));
    InputLimits::check(tr("走访户"), row.household, maxHouseholdLength);
    InputLimits::check(tr("备注"), row.note, maxNoteLength);
    if (row.kind != ActivityKind::Visit)
        row.household.clear();
    if (row.kind == ActivityKind::Visit && !row.household.isEmpty())
        row.quantity = 1;
    if (row.kind == ActivityKind::Meeting)
        row.quantity = 1;
    if (!(row.quantity >= 0) || row.quantity > 10000)
        throw Error(Error::Kind::Validation, tr("数量应在 0 到 10000 之间。"));
    if (row.kind == ActivityKind::Patrol && row.quantity > 24)
        throw Error(Error::Kind::Validation, tr("一次巡查不能超过 24 小时。"));
    if (row.keyPersons < 0 || row.keyPersons > 1000)
        throw Error(Error::Kind::Validation, tr("重点人员数应在 0 到 1000 之间。"));
}

void WorkerActivityRepository::save(QList<WorkerActivity> &rows, const Actor &actor)
{
    if (rows.isEmpty())
        return;
    Transaction tx(m_db);
    AssessmentGuard guard(m_db);
    QSet<QString> checked;
    for (WorkerActivity &row : rows) {
        validate(row);
        const ScorePeriod period = ScorePeriod::of(row.day);
        const QString key = QString::number(row.townshipId) + period.code();
        if (!checked.contains(key)) {
            guard.requireWritable(row.townshipId, period, actor);
            checked.insert(key);
        }
        // The worker's grid on that day, and he must be one of the township's workers then.
        const auto grid = guard.gridOn(row.workerId, row.townshipId, row.day);
        if (!grid)
            throw Error(Error::Kind::Validation,
                        tr("该网格员在 %1 不在本乡镇的网格。").arg(row.day.toString(Qt::ISODate)));
        if (row.gridId <= 0)
            row.gridId = *grid;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (row.id == 0) {
            row.id =
                Query(
                    m_db,
                    u"INSERT INTO worker_activities (township_id, worker_id, grid_id, kind, day, household, "
                    "quantity, key_persons, night, attended, note, origin, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s)
                    .bind(row.townshipId)
                    .bind(row.workerId)
                    .bindId(row.gridId)
                    .bind(activityKindCode(row.kind))
                    .bind(row.day.toString(Qt::ISODate))
                    .bind(row.household)
                    .bind(row.quantity)
                    .bind(row.keyPersons)
                    .bind(row.night)
                    .bind(row.attended)
                    .bind(row.note)
                    .bind(row.imported ? u"import"_s : u"entry"_s)
                    .bindId(actor.userId)
                    .bind(now)
                    .scalar()
                    .toLongLong();
            row.version = 1;
        } else {
            Query q(
                m_db,
                u"UPDATE worker_activities SET worker_id = ?, grid_id = ?, kind = ?, day = ?, household = ?, "
                "quantity = ?, key_persons = ?, night = ?, attended = ?, note = ?, version = version + 1 "
                "WHERE id = ? AND township_id = ? AND version = ?"_s);
            q.bind(row.workerId)
                .bindId(row.gridId)
                .bind(activityKindCode(row.kind))
                .bind(row.day.toString(Qt::ISODate))
                .bind(row.household)
                .bind(row.quantity)
                .bind(row.keyPersons)
                .bind(row.night)
                .bind(row.attended)
                .bind(row.note)
                .bind(row.id)
                .bind(row.townshipId)
                .bind(row.version)
                .exec();
            if (q.rowsAffected() == 0)
                throw Error(Error::Kind::Conflict, tr("这条记录已被他人修改或删除，请重新读取。"));
            ++row.version;
        }
    }
    tx.commit();
}

void WorkerActivityRepository::remove(qint64 id, const Actor &actor)
{
    Transaction tx(m_db);
    Query q(m_db, u"SELECT township_id, day FROM worker_activities WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("这条记录已被删除。"));
    const qint64 township = q.int64(0);
    const QDate day = QDate::fromString(q.text(1), Qt::ISODate);
    AssessmentGuard(m_db).requireWritable(township, ScorePeriod::of(day), actor);
    Query(m_db, u"DELETE FROM worker_activities WHERE id = ?"_s).bind(id).exec();
    tx.commit();
}

} // namespace zz
