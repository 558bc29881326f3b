#include "AssessmentService.h"

#include "AssessmentFacts.h"
#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

struct StatusText
{
    ScoreRunStatus status;
    const char *code;
    const char *label;
};

constexpr StatusText statusTexts[] = {
    {ScoreRunStatus::Draft, "draft", QT_TRANSLATE_NOOP("zz::AssessmentService", "草稿")},
    {ScoreRunStatus::Approved, "approved", QT_TRANSLATE_NOOP("zz::AssessmentService", "已审核")},
    {ScoreRunStatus::Locked, "locked", QT_TRANSLATE_NOOP("zz::AssessmentService", "已锁定")},
};

QString decisionCode(DecisionStatus s)
{
    switch (s) {
    case DecisionStatus::Pending:
        return u"pending"_s;
    case DecisionStatus::Approved:
        return u"approved"_s;
    case DecisionStatus::Refused:
        return u"refused"_s;
    }
    return {};
}

DecisionStatus decisionFromCode(const QString &code)
{
    if (code == u"approved"_s)
        return DecisionStatus::Approved;
    if (code == u"refused"_s)
        return DecisionStatus::Refused;
    return DecisionStatus::Pending;
}

QDateTime timeOf(const Query &q, int column)
{
    return q.isNull(column) ? QDateTime() : QDateTime::fromSecsSinceEpoch(q.int64(column));
}

// One element of a PostgreSQL array literal.
QString arrayElement(const QVariant &v)
{
    if (v.isNull())
        return u"NULL"_s;
    switch (v.typeId()) {
    case QMetaType::QString: {
        QString t = v.toString();
        t.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        return u'"' + t + u'"';
    }
    case QMetaType::Bool:
        return v.toBool() ? u"t"_s : u"f"_s;
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return v.toString();
    }
}

// Inserts rows in bulk. PostgreSQL: one statement per 5,000 rows, each column bound as one array and
// unnested (a statement per few rows paid a parse and a round trip each). SQLite: several rows per
// statement, ~64 values each — its driver looks every bound value's name up along the statement's
// list of parameters, quadratic in their number.
void insertRows(const Database &db, const QString &table, const QStringList &columns,
                const QStringList &pgTypes, const QList<QVariantList> &rows)
{
    const QString head = u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u")"_s;
    if (db.isPostgres()) {
        QStringList casts;
        for (const QString &type : pgTypes)
            casts << u"CAST(? AS "_s + type + u"[])"_s;
        const QString sql = head + u" SELECT * FROM unnest("_s + casts.join(u", "_s) + u")"_s;
        for (qsizetype start = 0; start < rows.size(); start += 5000) {
            const qsizetype n = std::min<qsizetype>(5000, rows.size() - start);
            Query q(db, sql);
            for (int c = 0; c < columns.size(); ++c) {
                QStringList items;
                items.reserve(n);
                for (qsizetype i = start; i < start + n; ++i)
                    items << arrayElement(rows.at(i).at(c));
                q.bind(u"{"_s + items.join(u',') + u"}"_s);
            }
            q.exec();
        }
        return;
    }
    const qsizetype perStatement = std::max<qsizetype>(1, 64 / columns.size());
    const QString one = u"("_s + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    QString fullSql;
    for (qsizetype start = 0; start < rows.size(); start += perStatement) {
        const qsizetype n = std::min<qsizetype>(perStatement, rows.size() - start);
        if (n != perStatement || fullSql.isEmpty())
            fullSql = head + u" VALUES "_s + QStringList(n, one).join(u", "_s);
        Query q(db, fullSql);
        for (qsizetype i = start; i < start + n; ++i)
            for (const QVariant &v : rows.at(i))
                q.bind(v);
        q.exec();
    }
}

QVariant nullable(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant nullableInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

const QString runColumns =
    u"r.id, r.township_id, r.period, r.status, r.scheme_body, r.computed_at, COALESCE(cu.display_name, ''), "
    "r.approved_at, COALESCE(au.display_name, ''), r.locked_at, COALESCE(lu.display_name, ''), r.unlocks, "
    "r.unlock_reason, r.version FROM score_runs r LEFT JOIN users cu ON cu.id = r.computed_by "
    "LEFT JOIN users au ON au.id = r.approved_by LEFT JOIN users lu ON lu.id = r.locked_by "_s;

ScoreRun readRun(const Query &q)
{
    ScoreRun r;
    r.id = q.int64(0);
    r.townshipId = q.int64(1);
    r.period = ScorePeriod::parse(q.text(2)).value_or(ScorePeriod{});
    r.status = runStatusFromCode(q.text(3)).value_or(ScoreRunStatus::Draft);
    r.scheme = ScoreScheme::fromJson(QJsonDocument::fromJson(q.text(4).toUtf8()).object());
    r.computedAt = timeOf(q, 5);
    r.computedBy = q.text(6);
    r.approvedAt = timeOf(q, 7);
    r.approvedBy = q.text(8);
    r.lockedAt = timeOf(q, 9);
    r.lockedBy = q.text(10);
    r.unlocks = q.integer(11);
    r.unlockReason = q.text(12);
    r.version = q.integer(13);
    return r;
}

ScoreResultRow readResult(const Query &q, const ScoreScheme &scheme)
{
    ScoreResultRow r;
    r.workerId = q.int64(0);
    r.code = q.text(1);
    r.name = q.text(2);
    r.village = q.text(3);
    r.grids = q.text(4);
    r.daysInPost = q.integer(5);
    if (!q.isNull(6))
        r.coverage = q.value(6).toDouble();
    const QJsonObject sections = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
    for (const ScoreSection *s : scheme.mainSections())
        r.sections << SectionScore{s->code, s->name, sections.value(s->code).toDouble(), false, false};
    r.bonus = q.value(8).toDouble();
    r.total = q.value(9).toDouble();
    r.money = q.value(10).toDouble();
    r.grade = gradeFromCode(q.text(11)).value_or(ScoreGrade::NotGraded);
    if (!q.isNull(12))
        r.stipend = q.integer(12);
    r.rank = q.integer(13);
    r.villageRank = q.integer(14);
    return r;
}

const QString resultColumns =
    u"s.worker_id, s.code, s.name, s.village, s.grids, s.days_in_post, s.coverage, "
    "s.sections, s.bonus, s.total, s.money, s.grade, s.stipend, s.rank, s.village_rank "_s;

} // namespace

QString runStatusCode(ScoreRunStatus status)
{
    for (const StatusText &t : statusTexts)
        if (t.status == status)
            return QString::fromLatin1(t.code);
    return {};
}

std::optional<ScoreRunStatus> runStatusFromCode(QStringView code)
{
    for (const StatusText &t : statusTexts)
        if (code == QLatin1StringView(t.code))
            return t.status;
    return std::nullopt;
}

QString runStatusLabel(ScoreRunStatus status)
{
    for (const StatusText &t : statusTexts)
        if (t.status == status)
            return QCoreApplication::translate("zz::AssessmentService", t.label);
    return {};
}

ScoreResultRow resultRow(const WorkerScore &s)
{
    ScoreResultRow r;
    r.workerId = s.workerId;
    r.code = s.code;
    r.name = s.name;
    r.village = s.village();
    r.grids = s.gridsText();
    r.daysInPost = s.daysInPost;
    r.coverage = s.coverage;
    r.sections = s.sections;
    r.bonus = s.bonus;
    r.total = s.total;
    r.money = s.money;
    r.grade = s.grade;
    r.stipend = s.stipend;
    r.rank = s.rank;
    r.villageRank = s.villageRank;
    return r;
}

// ---- AssessmentGuard

void AssessmentGuard::requireTownship(qint64 townshipId, const Actor &actor) const
{
    OrgUnitRepository units(m_db);
    const auto township = units.get(townshipId);
    if (!township || township->level != OrgLevel::Township)
        throw Error(Error::Kind::NotFound, tr("没有这个乡镇(街道)。"));
    const QString scope = units.path(actor.orgUnitId);
    if (scope.isEmpty() || !units.path(townshipId).startsWith(scope))
        throw Error(Error::Kind::Forbidden, tr("这个乡镇不在您的管辖范围内。"));
}

void AssessmentGuard::require(qint64 townshipId, const Actor &actor, Permission permission) const
{
    if (!Permissions::allows(actor.roles, permission))
        throw Error(Error::Kind::Forbidden, permission == Permission::ApproveScores
                                                ? tr("只有领导可以审核、锁定和解锁考评，审批调整和答复申诉。")
                                                : tr("只有管理员和领导可以进行网格员考评。"));
    requireTownship(townshipId, actor);
}

void AssessmentGuard::requireWritable(qint64 townshipId, const ScorePeriod &period, const Actor &actor) const
{
    require(townshipId, actor, Permission::ScoreWorkers);
    if (isLocked(townshipId, period))
        throw Error(
            Error::Kind::InvalidState,
            tr("%1的考评已锁定，不能再修改；如需更正，请在下月以人工调整的方式进行。").arg(period.label()));
}

bool AssessmentGuard::isLocked(qint64 townshipId, const ScorePeriod &period) const
{
    return Query(
               m_db,
               u"SELECT COUNT(*) FROM score_runs WHERE township_id = ? AND period = ? AND status = 'locked'"_s)
               .bind(townshipId)
               .bind(period.code())
               .scalar()
               .toInt() > 0;
}

std::optional<qint64> AssessmentGuard::gridOn(qint64 workerId, qint64 townshipId, QDate day) const
{
    const QString d = day.toString(Qt::ISODate);
    Query q(m_db, u"SELECT wg.grid_id FROM worker_grids wg JOIN org_units o ON o.id = wg.grid_id "
                  "WHERE wg.worker_id = ? AND o.township_id = ? AND wg.from_date <= ? "
                  "AND (wg.to_date IS NULL OR wg.to_date >= ?) ORDER BY wg.from_date DESC LIMIT 1"_s);
    q.bind(workerId).bind(townshipId).bind(d).bind(d).exec();
    if (q.next())
        return q.int64(0);
    return std::nullopt;
}

// ---- AssessmentService

AssessmentService::AssessmentService(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

ScoreScheme AssessmentService::scheme(qint64 townshipId, const ScorePeriod &period) const
{
    Query q(m_db, u"SELECT body FROM score_schemes WHERE township_id = ? AND from_period <= ? "
                  "ORDER BY from_period DESC LIMIT 1"_s);
    q.bind(townshipId).bind(period.code()).exec();
    if (q.next()) {
        const ScoreScheme s = ScoreScheme::fromJson(QJsonDocument::fromJson(q.text(0).toUtf8()).object());
        if (s.check().isEmpty())
            return s;
    }
    return ScoreScheme::defaultScheme();
}

void AssessmentService::saveScheme(qint64 townshipId, const ScorePeriod &from, const ScoreScheme &scheme,
                                   const Actor &actor)
{
    if (const QString problem = scheme.check(); !problem.isEmpty())
        throw Error(Error::Kind::Validation, problem);
    Transaction tx(m_db);
    AssessmentGuard(m_db).requireWritable(townshipId, from, actor);
    const QString body = QString::fromUtf8(QJsonDocument(scheme.toJson()).toJson(QJsonDocument::Compact));
    Query update(m_db,
                 u"UPDATE score_schemes SET body = ?, created_by = ?, created_at = ?, version = version + 1 "
                 "WHERE township_id = ? AND from_period = ?"_s);
    update.bind(body).bindId(actor.userId).bindTime(m_clock.now()).bind(townshipId).bind(from.code()).exec();
    if (update.rowsAffected() == 0)
        Query(m_db, u"INSERT INTO score_schemes (township_id, from_period, body, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?)"_s)
            .bind(townshipId)
            .bind(from.code())
            .bind(body)
            .bindId(actor.userId)
            .bindTime(m_clock.now())
            .exec();
    AuditLog(m_db, m_clock)
        .record(actor, {}, u"score_scheme"_s, u"org_unit"_s, townshipId, u"from="_s + from.code());
    tx.commit();
}

std::optional<ScoreRun> AssessmentService::run(qint64 townshipId, const ScorePeriod &period) const
{
    Query q(m_db, u"SELECT "_s + runColumns + u"WHERE r.township_id = ? AND r.period = ?"_s);
    q.bind(townshipId).bind(period.code()).exec();
    if (q.next())
        return readRun(q);
    return std::nullopt;
}

std::optional<ScoreRun> AssessmentService::runById(qint64 runId) const
{
    Query q(m_db, u"SELECT "_s + runColumns + u"WHERE r.id = ?"_s);
    q.bind(runId).exec();
    if (q.next())
        return readRun(q);
    return std::nullopt;
}

QList<WorkerScore> AssessmentService::preview(qint64 townshipId, const ScorePeriod &period) const
{
    const ScoreScheme s = scheme(townshipId, period);
    QList<WorkerScore> scores;
    for (const WorkerFacts &f : AssessmentFacts(m_db).gather(townshipId, period, m_clock.now()))
        scores << AssessmentCalculator::score(s, period.year, period.month, f);
    AssessmentCalculator::rank(scores);
    return scores;
}

ScoreRun AssessmentService::compute(qint64 townshipId, const ScorePeriod &period, const Actor &actor)
{
    if (!period.isValid())
        throw Error(Error::Kind::Validation, tr("请选择考评月份。"));
    Transaction tx(m_db);
    AssessmentGuard(m_db).requireWritable(townshipId, period, actor);
    ScoreRun run = this->run(townshipId, period).value_or(ScoreRun{});
    run.townshipId = townshipId;
    run.period = period;
    run.scheme = scheme(townshipId, period);
    const QList<WorkerScore> scores = preview(townshipId, period);
    writeRun(run, scores, actor);
    AuditLog(m_db, m_clock)
        .record(actor, {}, u"score_compute"_s, u"score_run"_s, run.id,
                u"period=%1 workers=%2"_s.arg(period.code()).arg(scores.size()));
    tx.commit();
    return *runById(run.id);
}

void AssessmentService::writeRun(ScoreRun &run, const QList<WorkerScore> &scores, const Actor &actor)
{
    const QString body = QString::fromUtf8(QJsonDocument(run.scheme.toJson()).toJson(QJsonDocument::Compact));
    const QDateTime now = m_clock.now();
    if (run.id == 0) {
        run.id =
            Query(m_db, u"INSERT INTO score_runs (township_id, period, status, scheme_body, computed_at, "
                        "computed_by) VALUES (?, ?, 'draft', ?, ?, ?) RETURNING id"_s)
                .bind(run.townshipId)
                .bind(run.period.code())
                .bind(body)
                .bindTime(now)
                .bindId(actor.userId)
                .scalar()
                .toLongLong();
    } else {
        Query q(m_db,
                u"UPDATE score_runs SET status = 'draft', scheme_body = ?, computed_at = ?, computed_by = ?, "
                "approved_at = NULL, approved_by = NULL, version = version + 1 "
                "WHERE id = ? AND status <> 'locked'"_s);
        q.bind(body).bindTime(now).bindId(actor.userId).bind(run.id).exec();
        if (q.rowsAffected() == 0)
            throw Error(Error::Kind::InvalidState, tr("该月考评已锁定，不能重新计算。"));
        for (const QString &table : {u"score_rows"_s, u"score_lines"_s, u"score_results"_s})
            Query(m_db, u"DELETE FROM "_s + table + u" WHERE run_id = ?"_s).bind(run.id).exec();
    }

    QList<QVariantList> results, lines, rows;
    for (const WorkerScore &s : scores) {
        QJsonObject sections;
        for (const SectionScore &section : s.sections)
            sections.insert(section.code, section.points);
        results << QVariantList{run.id,
                                s.workerId,
                                s.code,
                                s.name,
                                s.village(),
                                s.gridsText(),
                                s.daysInPost,
                                nullable(s.coverage),
                                QString::fromUtf8(QJsonDocument(sections).toJson(QJsonDocument::Compact)),
                                s.bonus,
                                s.total,
                                s.money,
                                gradeCode(s.grade),
                                nullableInt(s.stipend),
                                s.rank,
                                s.villageRank};
        int seq = 0;
        for (const ScoreLine &line : s.lines) {
            lines << QVariantList{run.id,    s.workerId, ++seq,       line.section, line.item,
                                  line.name, line.units, line.points, line.money,   line.capped};
            for (const ScoreSource &src : line.sources)
                rows << QVariantList{run.id,
                                     s.workerId,
                                     line.item,
                                     sourceKindCode(src.kind),
                                     src.id,
                                     src.label,
                                     src.day.isValid() ? QVariant(src.day.toString(Qt::ISODate))
                                                       : QVariant(QMetaType(QMetaType::QString)),
                                     src.units};
        }
    }
    const QString big = u"bigint"_s, integer = u"integer"_s, text = u"text"_s, real = u"double precision"_s;
    insertRows(m_db, u"score_results"_s,
               {u"run_id"_s, u"worker_id"_s, u"code"_s, u"name"_s, u"village"_s, u"grids"_s,
                u"days_in_post"_s, u"coverage"_s, u"sections"_s, u"bonus"_s, u"total"_s, u"money"_s,
                u"grade"_s, u"stipend"_s, u"rank"_s, u"village_rank"_s},
               {big, big, text, text, text, text, integer, real, text, real, real, real, text, integer,
                integer, integer},
               results);
    insertRows(m_db, u"score_lines"_s,
               {u"run_id"_s, u"worker_id"_s, u"seq"_s, u"section"_s, u"item"_s, u"name"_s, u"units"_s,
                u"points"_s, u"money"_s, u"capped"_s},
               {big, big, integer, text, text, text, real, real, real, u"boolean"_s}, lines);
    insertRows(m_db, u"score_rows"_s,
               {u"run_id"_s, u"worker_id"_s, u"item"_s, u"source_kind"_s, u"source_id"_s, u"label"_s,
                u"day"_s, u"units"_s},
               {big, big, text, text, big, text, text, real}, rows);
}

QList<ScoreResultRow> AssessmentService::results(qint64 runId) const
{
    const auto run = runById(runId);
    if (!run)
        return {};
    Query q(m_db,
            u"SELECT "_s + resultColumns +
                u"FROM score_results s WHERE s.run_id = ? ORDER BY CASE WHEN s.rank = 0 THEN 1 ELSE 0 END, "
                "s.rank, s.code, s.worker_id"_s);
    q.bind(runId).exec();
    QList<ScoreResultRow> out;
    while (q.next())
        out << readResult(q, run->scheme);
    return out;
}

QList<ScoreResultRow> AssessmentService::workers(qint64 townshipId, const ScorePeriod &period) const
{
    QList<ScoreResultRow> out;
    for (const WorkerFacts &f : AssessmentFacts(m_db).workers(townshipId, period)) {
        WorkerScore s;
        s.daysInPost = AssessmentCalculator::daysInPost(period.year, period.month, f, &s.grids);
        ScoreResultRow r;
        r.workerId = f.workerId;
        r.code = f.code;
        r.name = f.name;
        r.village = s.village();
        r.grids = s.gridsText();
        r.daysInPost = s.daysInPost;
        out << r;
    }
    return out;
}

QList<ScoreLine> AssessmentService::lines(qint64 runId, qint64 workerId) const
{
    QList<ScoreLine> out;
    QHash<QString, int> byItem;
    {
        Query q(m_db, u"SELECT section, item, name, units, points, money, capped FROM score_lines "
                      "WHERE run_id = ? AND worker_id = ? ORDER BY seq"_s);
        q.bind(runId).bind(workerId).exec();
        while (q.next()) {
            ScoreLine l;
            l.section = q.text(0);
            l.item = q.text(1);
            l.name = q.text(2);
            l.units = q.value(3).toDouble();
            l.points = q.value(4).toDouble();
            l.money = q.value(5).toDouble();
            l.capped = q.boolean(6);
            byItem.insert(l.item, int(out.size()));
            out << l;
        }
    }
    Query q(m_db, u"SELECT item, source_kind, source_id, label, day, units FROM score_rows "
                  "WHERE run_id = ? AND worker_id = ? ORDER BY id"_s);
    q.bind(runId).bind(workerId).exec();
    while (q.next()) {
        const auto it = byItem.constFind(q.text(0));
        if (it == byItem.cend())
            continue;
        ScoreSource s;
        s.kind = sourceKindFromCode(q.text(1)).value_or(ScoreSource::Kind::Case);
        s.id = q.int64(2);
        s.label = q.text(3);
        s.day = QDate::fromString(q.text(4), Qt::ISODate);
        s.units = q.value(5).toDouble();
        out[it.value()].sources << s;
    }
    return out;
}

void AssessmentService::setStatus(qint64 runId, int version, ScoreRunStatus from, ScoreRunStatus to,
                                  const Actor &actor, const QString &auditAction, const QString &reason)
{
    Transaction tx(m_db);
    const auto run = runById(runId);
    if (!run)
        throw Error(Error::Kind::NotFound, tr("这个月的考评不存在。"));
    AssessmentGuard(m_db).require(run->townshipId, actor, Permission::ApproveScores);
    if (run->version != version)
        throw Error(Error::Kind::Conflict, tr("该月考评已被他人修改，请重新读取。"));
    if (run->status != from)
        throw Error(Error::Kind::InvalidState,
                    tr("该月考评当前为“%1”，不能进行此操作。").arg(runStatusLabel(run->status)));
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    if (to == ScoreRunStatus::Approved) {
        const int open =
            Query(m_db, u"SELECT COUNT(*) FROM score_appeals WHERE township_id = ? AND period = ? "
                        "AND status = 'open'"_s)
                .bind(run->townshipId)
                .bind(run->period.code())
                .scalar()
                .toInt();
        if (open > 0)
            throw Error(Error::Kind::InvalidState,
                        tr("还有 %n 件申诉未答复，答复后才能审核。", nullptr, open));
        const int pending = Query(m_db, u"SELECT COUNT(*) FROM score_adjustments WHERE township_id = ? "
                                        "AND period = ? AND status = 'pending'"_s)
                                .bind(run->townshipId)
                                .bind(run->period.code())
                                .scalar()
                                .toInt();
        if (pending > 0)
            throw Error(Error::Kind::InvalidState,
                        tr("还有 %n 项人工调整待审批，审批后才能审核。", nullptr, pending));
        Query(m_db, u"UPDATE score_runs SET status = 'approved', approved_at = ?, approved_by = ?, "
                    "version = version + 1 WHERE id = ?"_s)
            .bind(now)
            .bindId(actor.userId)
            .bind(runId)
            .exec();
    } else if (to == ScoreRunStatus::Locked) {
        Query(m_db,
              u"UPDATE score_runs SET status = 'locked', locked_at = ?, locked_by = ?, version = version + 1 "
              "WHERE id = ?"_s)
            .bind(now)
            .bindId(actor.userId)
            .bind(runId)
            .exec();
    } else if (from == ScoreRunStatus::Locked) {
        Query(m_db,
              u"UPDATE score_runs SET status = 'draft', unlocks = unlocks + 1, unlock_reason = ?, "
              "unlocked_at = ?, unlocked_by = ?, approved_at = NULL, approved_by = NULL, locked_at = NULL, "
              "locked_by = NULL, version = version + 1 WHERE id = ?"_s)
            .bind(reason)
            .bind(now)
            .bindId(actor.userId)
            .bind(runId)
            .exec();
    } else {
        Query(m_db, u"UPDATE score_runs SET status = 'draft', approved_at = NULL, approved_by = NULL, "
                    "version = version + 1 WHERE id = ?"_s)
            .bind(runId)
            .exec();
    }
    // On PostgreSQL the server writes approve, lock and unlock rows itself (migration 0021).
    if (!(m_db.isPostgres() && auditAction != u"score_return"_s))
        AuditLog(m_db, m_clock)
            .record(actor, {}, auditAction, u"score_run"_s, runId,
                    u"period="_s + run->period.code() +
                        (reason.isEmpty() ? QString() : u" reason="_s + reason));
    tx.commit();
}

void AssessmentService::approve(qint64 runId, int version, const Actor &actor)
{
    setStatus(runId, version, ScoreRunStatus::Draft, ScoreRunStatus::Approved, actor, u"score_approve"_s);
}

void AssessmentService::returnToDraft(qint64 runId, int version, const Actor &actor)
{
    setStatus(runId, version, ScoreRunStatus::Approved, ScoreRunStatus::Draft, actor, u"score_return"_s);
}

void AssessmentService::lock(qint64 runId, int version, const Actor &actor)
{
    setStatus(runId, version, ScoreRunStatus::Approved, ScoreRunStatus::Locked, actor, u"score_lock"_s);
}

void AssessmentService::unlock(qint64 runId, int version, const QString &reason, const Actor &actor)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        throw Error(Error::Kind::Validation, tr("解锁须写明理由。"));
    InputLimits::check(tr("解锁理由"), r, maxReasonLength);
    setStatus(runId, version, ScoreRunStatus::Locked, ScoreRunStatus::Draft, actor, u"score_unlock"_s, r);
}

void AssessmentService::recomputeIfDraft(qint64 townshipId, const ScorePeriod &period, const Actor &actor)
{
    const auto r = run(townshipId, period);
    if (r && r->status != ScoreRunStatus::Locked)
        compute(townshipId, period, actor);
}

ScoreAdjustment AssessmentService::proposeAdjustment(ScoreAdjustment draft, const Actor &actor)
{
    draft.reason = draft.reason.trimmed();
    if (draft.reason.isEmpty())
        throw Error(Error::Kind::Validation, tr("人工调整须写明理由。"));
    InputLimits::check(tr("调整理由"), draft.reason, maxReasonLength);
    if (draft.points < -100 || draft.points > 100)
        throw Error(Error::Kind::Validation, tr("调整分值应在 -100 到 100 之间。"));
    if (draft.money < 0 || draft.money > 100000)
        throw Error(Error::Kind::Validation, tr("扣款金额应在 0 到 100000 元之间。"));
    if (draft.points == 0 && draft.money == 0)
        throw Error(Error::Kind::Validation, tr("请填写调整分值或扣款金额。"));
    Transaction tx(m_db);
    AssessmentGuard guard(m_db);
    guard.requireWritable(draft.townshipId, draft.period, actor);
    if (!scheme(draft.townshipId, draft.period).section(draft.section))
        throw Error(Error::Kind::Validation, tr("考评方案中没有这个部分。"));
    if (!guard.gridOn(draft.workerId, draft.townshipId, draft.period.last()) &&
        !guard.gridOn(draft.workerId, draft.townshipId, draft.period.first()))
        throw Error(Error::Kind::Validation, tr("该网格员本月不在本乡镇的网格。"));
    draft.status = DecisionStatus::Pending;
    draft.authorId = actor.userId;
    draft.authorName = actor.name;
    draft.createdAt = m_clock.now();
    draft.id =
        Query(m_db, u"INSERT INTO score_adjustments (township_id, period, worker_id, section, points, money, "
                    "reason, status, author_id, author_name, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?) RETURNING id"_s)
            .bind(draft.townshipId)
            .bind(draft.period.code())
            .bind(draft.workerId)
            .bind(draft.section)
            .bind(draft.points)
            .bind(draft.money)
            .bind(draft.reason)
            .bindId(actor.userId)
            .bind(actor.name)
            .bindTime(draft.createdAt)
            .scalar()
            .toLongLong();
    if (m_db.isSqlite())
        AuditLog(m_db, m_clock)
            .record(actor, {}, u"score_adjustment"_s, u"score_adjustment"_s, draft.id,
                    u"propose period=%1 worker=%2 points=%3 money=%4"_s.arg(draft.period.code())
                        .arg(draft.workerId)
                        .arg(draft.points)
                        .arg(draft.money));
    tx.commit();
    return draft;
}

void AssessmentService::decideAdjustment(qint64 id, bool approve, const Actor &actor)
{
    Transaction tx(m_db);
    Query q(m_db, u"SELECT township_id, period, author_id, status FROM score_adjustments WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("这项调整已不存在。"));
    const qint64 township = q.int64(0);
    const ScorePeriod period = ScorePeriod::parse(q.text(1)).value_or(ScorePeriod{});
    const qint64 author = q.int64(2);
    const QString status = q.text(3);
    AssessmentGuard guard(m_db);
    guard.require(township, actor, Permission::ApproveScores);
    guard.requireWritable(township, period, actor);
    if (status != u"pending"_s)
        throw Error(Error::Kind::InvalidState, tr("这项调整已经审批过了。"));
    if (author != 0 && author == actor.userId)
        throw Error(Error::Kind::Forbidden, tr("人工调整须由提出人以外的领导审批。"));
    Query(m_db,
          u"UPDATE score_adjustments SET status = ?, approver_id = ?, approver_name = ?, decided_at = ?, "
          "version = version + 1 WHERE id = ? AND status = 'pending'"_s)
        .bind(decisionCode(approve ? DecisionStatus::Approved : DecisionStatus::Refused))
        .bindId(actor.userId)
        .bind(actor.name)
        .bindTime(m_clock.now())
        .bind(id)
        .exec();
    if (m_db.isSqlite())
        AuditLog(m_db, m_clock)
            .record(actor, {}, u"score_adjustment"_s, u"score_adjustment"_s, id,
                    approve ? u"approve"_s : u"refuse"_s);
    if (approve)
        recomputeIfDraft(township, period, actor);
    tx.commit();
}

QList<ScoreAdjustment> AssessmentService::adjustments(qint64 townshipId, const ScorePeriod &period) const
{
    Query q(
        m_db,
        u"SELECT a.id, a.worker_id, COALESCE(w.name, ''), a.section, a.points, a.money, a.reason, a.status, "
        "a.author_id, a.author_name, a.approver_id, a.approver_name, a.created_at, a.decided_at, a.version "
        "FROM score_adjustments a LEFT JOIN workers w ON w.id = a.worker_id "
        "WHERE a.township_id = ? AND a.period = ? ORDER BY a.id"_s);
    q.bind(townshipId).bind(period.code()).exec();
    QList<ScoreAdjustment> out;
    while (q.next()) {
        ScoreAdjustment a;
        a.id = q.int64(0);
        a.townshipId = townshipId;
        a.period = period;
        a.workerId = q.int64(1);
        a.workerName = q.text(2);
        a.section = q.text(3);
        a.points = q.value(4).toDouble();
        a.money = q.value(5).toDouble();
        a.reason = q.text(6);
        a.status = decisionFromCode(q.text(7));
        a.authorId = q.int64(8);
        a.authorName = q.text(9);
        a.approverId = q.int64(10);
        a.approverName = q.text(11);
        a.createdAt = timeOf(q, 12);
        a.decidedAt = timeOf(q, 13);
        a.version = q.integer(14);
        out << a;
    }
    return out;
}

ScoreAppeal AssessmentService::fileAppeal(ScoreAppeal draft, const Actor &actor)
{
    draft.reason = draft.reason.trimmed();
    if (draft.reason.isEmpty())
        throw Error(Error::Kind::Validation, tr("请写明申诉理由。"));
    InputLimits::check(tr("申诉理由"), draft.reason, 1000);
    Transaction tx(m_db);
    AssessmentGuard(m_db).requireWritable(draft.townshipId, draft.period, actor);
    draft.filedBy = actor.name;
    draft.filedAt = m_clock.now();
    draft.id =
        Query(m_db, u"INSERT INTO score_appeals (township_id, period, worker_id, reason, status, filed_by, "
                    "filed_by_name, filed_at) VALUES (?, ?, ?, ?, 'open', ?, ?, ?) RETURNING id"_s)
            .bind(draft.townshipId)
            .bind(draft.period.code())
            .bind(draft.workerId)
            .bind(draft.reason)
            .bindId(actor.userId)
            .bind(actor.name)
            .bindTime(draft.filedAt)
            .scalar()
            .toLongLong();
    if (m_db.isSqlite())
        AuditLog(m_db, m_clock)
            .record(actor, {}, u"score_appeal"_s, u"score_appeal"_s, draft.id,
                    u"file period=%1 worker=%2"_s.arg(draft.period.code()).arg(draft.workerId));
    tx.commit();
    return draft;
}

void AssessmentService::answerAppeal(qint64 id, const QString &answer, const Actor &actor)
{
    const QString text = answer.trimmed();
    if (text.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写答复意见。"));
    InputLimits::check(tr("答复意见"), text, 1000);
    Transaction tx(m_db);
    Query q(m_db, u"SELECT township_id, period, status FROM score_appeals WHERE id = ?"_s);
    q.bind(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("这件申诉已不存在。"));
    const qint64 township = q.int64(0);
    const ScorePeriod period = ScorePeriod::parse(q.text(1)).value_or(ScorePeriod{});
    AssessmentGuard guard(m_db);
    guard.require(township, actor, Permission::ApproveScores);
    guard.requireWritable(township, period, actor);
    if (q.text(2) != u"open"_s)
        throw Error(Error::Kind::InvalidState, tr("这件申诉已经答复过了。"));
    Query(m_db,
          u"UPDATE score_appeals SET status = 'answered', answer = ?, answered_by = ?, answered_by_name = ?, "
          "answered_at = ?, version = version + 1 WHERE id = ?"_s)
        .bind(text)
        .bindId(actor.userId)
        .bind(actor.name)
        .bindTime(m_clock.now())
        .bind(id)
        .exec();
    if (m_db.isSqlite())
        AuditLog(m_db, m_clock).record(actor, {}, u"score_appeal"_s, u"score_appeal"_s, id, u"answer"_s);
    recomputeIfDraft(township, period, actor);
    tx.commit();
}

QList<ScoreAppeal> AssessmentService::appeals(qint64 townshipId, const ScorePeriod &period) const
{
    Query q(
        m_db,
        u"SELECT a.id, a.worker_id, COALESCE(w.name, ''), a.reason, a.answer, a.status, a.filed_by_name, "
        "a.filed_at, a.answered_by_name, a.answered_at, a.version FROM score_appeals a "
        "LEFT JOIN workers w ON w.id = a.worker_id WHERE a.township_id = ? AND a.period = ? ORDER BY a.id"_s);
    q.bind(townshipId).bind(period.code()).exec();
    QList<ScoreAppeal> out;
    while (q.next()) {
        ScoreAppeal a;
        a.id = q.int64(0);
        a.townshipId = townshipId;
        a.period = period;
        a.workerId = q.int64(1);
        a.workerName = q.text(2);
        a.reason = q.text(3);
        a.answer = q.text(4);
        a.answered = q.text(5) == u"answered"_s;
        a.filedBy = q.text(6);
        a.filedAt = timeOf(q, 7);
        a.answeredBy = q.text(8);
        a.answeredAt = timeOf(q, 9);
        a.version = q.integer(10);
        out << a;
    }
    return out;
}

QList<ScoreTrendPoint> AssessmentService::trend(qint64 workerId, const ScorePeriod &last, int months) const
{
    ScorePeriod first = last;
    for (int i = 1; i < months; ++i)
        first = first.previous();
    Query q(m_db,
            u"SELECT r.period, s.total, s.grade, r.status FROM score_results s "
            "JOIN score_runs r ON r.id = s.run_id WHERE s.worker_id = ? AND r.period >= ? AND r.period <= ? "
            "ORDER BY r.period"_s);
    q.bind(workerId).bind(first.code()).bind(last.code()).exec();
    QList<ScoreTrendPoint> out;
    while (q.next()) {
        ScoreTrendPoint p;
        p.period = ScorePeriod::parse(q.text(0)).value_or(ScorePeriod{});
        p.total = q.value(1).toDouble();
        p.grade = gradeFromCode(q.text(2)).value_or(ScoreGrade::NotGraded);
        p.status = runStatusFromCode(q.text(3)).value_or(ScoreRunStatus::Draft);
        out << p;
    }
    return out;
}

QList<ScoreResultRow> AssessmentService::consecutiveFailures(qint64 townshipId,
                                                             const ScorePeriod &period) const
{
    const auto r = run(townshipId, period);
    if (!r)
        return {};
    Query q(
        m_db,
        u"SELECT "_s + resultColumns +
            u"FROM score_results s WHERE s.run_id = ? AND s.grade = 'fail' AND EXISTS ("
            "SELECT 1 FROM score_results p JOIN score_runs pr ON pr.id = p.run_id "
            "WHERE pr.township_id = ? AND pr.period = ? AND p.worker_id = s.worker_id AND p.grade = 'fail') "
            "ORDER BY s.code, s.worker_id"_s);
    q.bind(r->id).bind(townshipId).bind(period.previous().code()).exec();
    QList<ScoreResultRow> out;
    while (q.next())
        out << readResult(q, r->scheme);
    return out;
}

} // namespace zz
