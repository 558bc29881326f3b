#include "WorkerActivityImporter.h"

#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "WorkerActivityRepository.h"
#include "WorkerRepository.h"

#include <QSet>
#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

enum Column { WorkerCode, Day, Kind, Household, Quantity, KeyPersons, Night, Attended, Note };

} // namespace

ImportKind WorkerActivityImporter::describe()
{
    ImportKind k;
    k.id = u"worker-activities"_s;
    k.title = tr("网格员工作记录");
    k.description = tr("网格平台每月导出的走访、巡查、基础信息采集和会议记录，供网格员考评；按网格员、日期、"
                       "类型和走访户识别，已锁定月份不能导入。");
    k.columns = {
        {u"worker"_s,
         u"网格员编号"_s,
         {u"编号"_s, u"工号"_s, u"人员编号"_s},
         ImportType::Code,
         true,
         u"QS0001"_s,
         tr("网格员须已在系统中"),
         {}},
        {u"day"_s,
         u"日期"_s,
         {u"工作日期"_s, u"走访日期"_s, u"记录日期"_s},
         ImportType::Date,
         true,
         u"2026-03-02"_s,
         {},
         {}},
        {u"kind"_s,
         u"类型"_s,
         {u"工作类型"_s, u"记录类型"_s},
         ImportType::Choice,
         true,
         u"走访"_s,
         tr("走访、巡查、基础信息或会议"),
         {{u"visit"_s, {u"走访"_s, u"入户走访"_s}},
          {u"patrol"_s, {u"巡查"_s, u"巡逻"_s}},
          {u"base_record"_s, {u"基础信息"_s, u"基础信息采集"_s, u"信息采集"_s}},
          {u"meeting"_s, {u"会议"_s, u"参加会议"_s}}}},
        {u"household"_s,
         u"走访户"_s,
         {u"门牌号"_s, u"户号"_s, u"走访对象"_s},
         ImportType::Text,
         false,
         u"上溪村12号"_s,
         tr("走访的门牌或户号；按户数合计时留空并填数量"),
         {}},
        {u"quantity"_s,
         u"数量"_s,
         {u"户数"_s, u"时长(小时)"_s, u"条数"_s},
         ImportType::Decimal,
         false,
         u"1"_s,
         tr("走访户数、巡查小时数或采集条数；留空为 1"),
         {}},
        {u"keyPersons"_s,
         u"重点人员数"_s,
         {u"重点人员"_s},
         ImportType::Integer,
         false,
         u"0"_s,
         tr("走访中见到的重点人员"),
         {}},
        {u"night"_s,
         u"夜间"_s,
         {u"夜巡"_s, u"是否夜间"_s},
         ImportType::Boolean,
         false,
         u"否"_s,
         tr("夜间巡查填“是”"),
         {}},
        {u"attended"_s,
         u"出席"_s,
         {u"是否出席"_s, u"参会"_s},
         ImportType::Boolean,
         false,
         u"是"_s,
         tr("会议：出席填“是”，缺席填“否”"),
         {}},
        {u"note"_s, u"备注"_s, {u"说明"_s}, ImportType::Text, false, {}, {}, {}},
    };
    k.naturalKey = {u"worker"_s, u"day"_s, u"kind"_s, u"household"_s};
    k.permission = Permission::ScoreWorkers;
    return k;
}

QStringList WorkerActivityImporter::tables() const
{
    return {u"worker_activities"_s};
}

void WorkerActivityImporter::begin()
{
    BaseDataImporter::begin();
    m_workers.clear();
    m_month.clear();
}

void WorkerActivityImporter::end()
{
    BaseDataImporter::end();
    m_workers.clear();
    m_month.clear();
}

std::any WorkerActivityImporter::convert(const ImportRow &row, RowErrors &errors)
{
    const QString code = row.text(WorkerCode);
    if (!m_workers.contains(code)) {
        std::optional<std::pair<qint64, qint64>> found;
        if (const auto w = WorkerRepository(database()).byCode(code))
            if (const auto township = OrgUnitRepository(database()).township(w->orgUnitId))
                found = std::pair{w->id, township->id};
        m_workers.insert(code, found);
    }
    const auto worker = m_workers.value(code);
    if (!worker) {
        errors << RowError{u"worker"_s, tr("没有编号为“%1”的乡镇网格员。").arg(code)};
        return {};
    }
    WorkerActivity a;
    a.workerId = worker->first;
    a.townshipId = worker->second;
    a.day = row.date(Day);
    a.kind = activityKindFromCode(row.text(Kind)).value_or(ActivityKind::Visit);
    a.household = a.kind == ActivityKind::Visit ? row.text(Household) : QString();
    a.quantity = row.has(Quantity) ? row.decimal(Quantity) : 1;
    a.keyPersons = int(row.integer(KeyPersons));
    a.night = row.boolean(Night, false);
    a.attended = row.boolean(Attended, true);
    a.note = row.text(Note);
    a.imported = true;
    if (a.day > clock().now().date())
        errors << RowError{u"day"_s, tr("日期不能晚于今天。")};
    if (!errors.isEmpty())
        return {};
    return a;
}

std::optional<WorkerActivity> WorkerActivityImporter::classify(const WorkerActivity &a,
                                                               UpsertOutcome &outcome, int &storedAt)
{
    const ScorePeriod period = ScorePeriod::of(a.day);
    const QString monthKey = u"%1/%2"_s.arg(a.workerId).arg(period.code());
    if (!m_month.contains(monthKey))
        m_month.insert(monthKey, WorkerActivityRepository(database()).list(a.townshipId, period, a.workerId));
    const QList<WorkerActivity> &month = m_month[monthKey];
    const QString household = a.kind == ActivityKind::Visit ? a.household.trimmed() : QString();
    storedAt = -1;
    for (int i = 0; i < month.size(); ++i) {
        const WorkerActivity &stored = month.at(i);
        if (stored.day != a.day || stored.kind != a.kind || stored.household != household)
            continue;
        const double quantity = a.kind == ActivityKind::Meeting || !household.isEmpty() ? 1 : a.quantity;
        if (std::fabs(stored.quantity - quantity) < 1e-9 && stored.keyPersons == a.keyPersons &&
            stored.night == a.night && stored.attended == a.attended && stored.note == a.note.trimmed()) {
            outcome = UpsertOutcome::Unchanged;
            return std::nullopt;
        }
        WorkerActivity next = stored;
        next.quantity = a.quantity;
        next.keyPersons = a.keyPersons;
        next.night = a.night;
        next.attended = a.attended;
        next.note = a.note;
        storedAt = i;
        outcome = UpsertOutcome::Updated;
        return next;
    }
    outcome = UpsertOutcome::Inserted;
    return a;
}

void WorkerActivityImporter::remember(const WorkerActivity &saved, int storedAt)
{
    QList<WorkerActivity> &month =
        m_month[u"%1/%2"_s.arg(saved.workerId).arg(ScorePeriod::of(saved.day).code())];
    if (storedAt >= 0 && storedAt < month.size())
        month[storedAt] = saved;
    else
        month << saved;
}

UpsertOutcome WorkerActivityImporter::upsert(const std::any &record)
{
    UpsertOutcome outcome = UpsertOutcome::Unchanged;
    int storedAt = -1;
    const auto next = classify(std::any_cast<WorkerActivity>(record), outcome, storedAt);
    if (!next)
        return outcome;
    QList<WorkerActivity> one{*next};
    WorkerActivityRepository(database()).save(one, actor());
    remember(one.first(), storedAt);
    return outcome;
}

void WorkerActivityImporter::upsertBatch(QList<PendingRow> &rows)
{
    // A monthly export holds thousands of rows: the batch's new and changed rows are saved in one
    // call (one savepoint, the month's lock checked once). When the repository refuses any of them,
    // or a key comes twice in the batch, the rows are stored one by one so that each refusal names
    // its own row.
    QList<WorkerActivity> pending;
    QList<int> which, storedAt;
    QList<UpsertOutcome> outcomes;
    QSet<QString> keys;
    for (int i = 0; i < rows.size(); ++i) {
        const auto a = std::any_cast<WorkerActivity>(rows.at(i).record);
        const QString key =
            u"%1/%2/%3/%4"_s.arg(a.workerId)
                .arg(a.day.toString(Qt::ISODate), activityKindCode(a.kind), a.household.trimmed());
        if (keys.contains(key)) {
            RowImporter::upsertBatch(rows);
            return;
        }
        keys.insert(key);
        UpsertOutcome outcome = UpsertOutcome::Unchanged;
        int at = -1;
        const auto next = classify(a, outcome, at);
        if (!next) {
            rows[i].outcome = outcome;
            continue;
        }
        pending << *next;
        which << i;
        storedAt << at;
        outcomes << outcome;
    }
    if (pending.isEmpty())
        return;
    try {
        Transaction savepoint(database());
        WorkerActivityRepository(database()).save(pending, actor());
        savepoint.commit();
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Connection)
            throw;
        for (int i : std::as_const(which))
            rows[i].outcome.reset();
        RowImporter::upsertBatch(rows);
        return;
    }
    for (int j = 0; j < pending.size(); ++j) {
        remember(pending.at(j), storedAt.at(j));
        rows[which.at(j)].outcome = outcomes.at(j);
    }
}

} // namespace zz
