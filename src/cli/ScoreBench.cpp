#include "ScoreBench.h"

#include "AssessmentService.h"
#include "CaseRepository.h"
#include "Clock.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "Query.h"
#include "RawEngine.h"
#include "ReferenceRepositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace zz::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zz::cli", text);
}

// The statements our layer ran while recording.
class Recorder : public Query::Observer
{
public:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    void executed(const Database &, const QString &sql, const QVariantList &values) override
    {
        const QMutexLocker lock(&m_mutex);
        if (m_on)
            m_statements.append({sql, values});
    }
    void start()
    {
        const QMutexLocker lock(&m_mutex);
        m_statements.clear();
        m_on = true;
    }
    QList<Statement> stop()
    {
        const QMutexLocker lock(&m_mutex);
        m_on = false;
        return std::exchange(m_statements, {});
    }

private:
    QMutex m_mutex;
    bool m_on = false;
    QList<Statement> m_statements;
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

qint64 scalar(const Database &db, const QString &sql)
{
    return Query(db, sql).scalar().toLongLong();
}

// The first township, its first village, and its bench workers (评测员NNN on grids 评测网格NNN).
struct BenchTown
{
    OrgUnit township;
    OrgUnit village;
};

BenchTown benchTown(const Database &db)
{
    OrgUnitRepository units(db);
    BenchTown t;
    for (const OrgUnit &u : units.all())
        if (u.level == OrgLevel::Township && (t.township.id == 0 || u.code < t.township.code))
            t.township = u;
    if (t.township.id == 0)
        throw Error(Error::Kind::NotFound, tr("数据库中没有乡镇(街道)。"));
    for (const OrgUnit &v : units.children(t.township.id))
        if (v.level == OrgLevel::Village && (t.village.id == 0 || v.code < t.village.code))
            t.village = v;
    if (t.village.id == 0)
        throw Error(Error::Kind::NotFound, tr("数据库中没有村(社区)。"));
    return t;
}

int ensureWorkers(const Database &db, const BenchTown &town, int wanted, QTextStream &out)
{
    const int existing = int(scalar(db, u"SELECT COUNT(*) FROM workers WHERE name LIKE '评测员%'"_s));
    if (existing >= wanted)
        return existing;
    OrgUnitRepository units(db);
    Transaction tx(db);
    for (int i = existing; i < wanted; ++i) {
        OrgUnit grid;
        grid.parentId = town.village.id;
        grid.code = town.village.code + u"9%1"_s.arg(i, 3, 10, QChar(u'0'));
        grid.name = u"评测网格%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        grid.level = OrgLevel::Grid;
        units.create(grid);
        Grid g;
        g.orgUnitId = grid.id;
        g.households = 150 + (i * 37) % 200;
        units.saveGrid(g);
        const qint64 worker =
            Query(
                db,
                u"INSERT INTO workers (org_unit_id, name, code, in_post_date) VALUES (?, ?, ?, '2020-01-01') "
                "RETURNING id"_s)
                .bind(grid.id)
                .bind(u"评测员%1"_s.arg(i + 1, 3, 10, QChar(u'0')))
                .bind(u"%1P%2"_s.arg(town.township.code).arg(i + 1, 4, 10, QChar(u'0')))
                .scalar()
                .toLongLong();
        Query(
            db,
            u"INSERT INTO worker_grids (worker_id, grid_id, from_date, is_head) VALUES (?, ?, '2020-01-01', ?)"_s)
            .bind(worker)
            .bind(grid.id)
            .bind(true)
            .exec();
    }
    tx.commit();
    out << tr("已为%1建立 %2 名评测网格员。").arg(town.township.name).arg(wanted - existing) << Qt::endl;
    return wanted;
}

// Activities for the bench workers, spread over 50 months ending with `last`, in set-based inserts.
qint64 ensureActivities(const Database &db, const BenchTown &town, qint64 wanted, const ScorePeriod &last,
                        QTextStream &out)
{
    const qint64 existing = scalar(db, u"SELECT COUNT(*) FROM worker_activities"_s);
    if (existing >= wanted)
        return existing;
    QList<qint64> workers, grids;
    Query q(db, u"SELECT w.id, w.org_unit_id FROM workers w WHERE w.name LIKE '评测员%' ORDER BY w.id"_s);
    q.exec();
    while (q.next()) {
        workers << q.int64(0);
        grids << q.int64(1);
    }
    if (workers.isEmpty())
        return existing;
    const QDate end = last.last();
    const QDate start = end.addMonths(-50).addDays(1);
    const int days = int(start.daysTo(end)) + 1;
    const qint64 toAdd = wanted - existing;
    QElapsedTimer timer;
    timer.start();
    const qint64 chunk = 20000;
    for (qint64 done = 0; done < toAdd; done += chunk) {
        const qint64 n = std::min(chunk, toAdd - done);
        QStringList rows;
        rows.reserve(int(n));
        for (qint64 k = 0; k < n; ++k) {
            const qint64 i = existing + done + k;
            const int w = int(i % workers.size());
            const QDate day = start.addDays((i * 7919) % days);
            static const char *const kinds[] = {"visit",  "visit",       "visit",
                                                "patrol", "base_record", "meeting"};
            const QString kind = QString::fromLatin1(kinds[i % 6]);
            const QString household = kind == u"visit"_s && i % 2 == 0 ? u"'%1号'"_s.arg(i % 400) : u"''"_s;
            const double quantity = kind == u"visit"_s ? (i % 2 == 0 ? 1 : 3) : kind == u"patrol"_s ? 2 : 1;
            rows << u"(%1, %2, %3, '%4', '%5', %6, %7, %8, %9)"_s.arg(town.township.id)
                        .arg(workers.at(w))
                        .arg(grids.at(w))
                        .arg(kind, day.toString(Qt::ISODate), household)
                        .arg(quantity)
                        .arg(kind == u"meeting"_s && i % 5 == 0 ? u"FALSE"_s : u"TRUE"_s)
                        .arg(0);
        }
        Transaction tx(db);
        const QString sql = u"INSERT INTO worker_activities (township_id, worker_id, grid_id, kind, day, "
                            u"household, quantity, "
                            "attended, created_at) VALUES "_s +
                            rows.join(u", "_s);
        Query::run(db, sql);
        tx.commit();
    }
    out << tr("已生成 %1 条网格员活动,用时 %2 秒。")
               .arg(toAdd)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return wanted;
}

} // namespace

int runScoreBench(const QString &url, const ScoreBenchOptions &options, QTextStream &out, QTextStream &err)
{
    try {
        Database db(url);
        db.migrate();
        CaseRepository cases(db);
        qint64 caseCount = cases.count(CaseQuery{});
        if (caseCount < options.cases) {
            DemoOptions demo;
            demo.cases = options.cases - caseCount;
            QElapsedTimer timer;
            timer.start();
            DemoDataGenerator(db, demo).run();
            out << tr("演示数据已生成,用时 %1 秒。").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
            caseCount = cases.count(CaseQuery{});
        }
        const BenchTown town = benchTown(db);
        // The busiest full month of the township before the newest case.
        const QDateTime newest =
            QDateTime::fromSecsSinceEpoch(scalar(db, u"SELECT MAX(received_at) FROM cases"_s));
        const ScorePeriod period = ScorePeriod::of(newest.date()).previous();
        ensureWorkers(db, town, options.workers, out);
        const qint64 activityCount = ensureActivities(db, town, options.activities, period, out);

        const qint64 a = period.first().startOfDay().toSecsSinceEpoch();
        const qint64 b = period.last().addDays(1).startOfDay().toSecsSinceEpoch();
        const qint64 monthCases =
            Query(
                db,
                u"SELECT COUNT(*) FROM cases WHERE township_id = ? AND received_at >= ? AND received_at < ?"_s)
                .bind(town.township.id)
                .bind(a)
                .bind(b)
                .scalar()
                .toLongLong();
        const qint64 monthActivities =
            Query(db,
                  u"SELECT COUNT(*) FROM worker_activities WHERE township_id = ? AND day >= ? AND day <= ?"_s)
                .bind(town.township.id)
                .bind(period.first().toString(Qt::ISODate))
                .bind(period.last().toString(Qt::ISODate))
                .scalar()
                .toLongLong();

        FixedClock clock(newest);
        AssessmentService service(db, clock);
        Actor owner{0, u"bench"_s, Roles(Role::Admin) | Role::Leader, 0, 0};
        if (const auto county = OrgUnitRepository(db).get(town.township.id))
            owner.orgUnitId = county->parentId;
        // A warm-up, recording what our layer sends.
        Recorder recorder;
        Query::setObserver(&recorder);
        recorder.start();
        const QList<WorkerScore> scores = service.preview(town.township.id, period);
        const QList<Recorder::Statement> statements = recorder.stop();
        Query::setObserver(nullptr);

        std::unique_ptr<RawEngine> raw = RawEngine::open(db.url());
        // Same rows: every recorded statement returns as many rows through the raw engine.
        bool same = true;
        QList<RawStatement> rawStatements;
        for (const Recorder::Statement &s : statements) {
            rawStatements << rawStatement(s.sql, s.values, db.isPostgres());
            QList<QStringList> rows;
            raw->run(rawStatements.last(), &rows);
            Query ours(db, s.sql);
            for (const QVariant &v : s.values)
                ours.bind(v);
            ours.exec();
            qint64 n = 0;
            while (ours.next())
                ++n;
            same = same && n == rows.size();
        }

        QList<double> previewMs, computeMs, rawMs;
        for (int i = 0; i < std::max(1, options.repeats); ++i) {
            QElapsedTimer t;
            t.start();
            service.preview(town.township.id, period);
            previewMs << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            for (const RawStatement &st : std::as_const(rawStatements))
                raw->run(st, nullptr);
            rawMs << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            service.compute(town.township.id, period, owner);
            computeMs << double(t.nsecsElapsed()) / 1e6;
        }
        const qint64 pointRows =
            scalar(db, u"SELECT COUNT(*) FROM score_rows r JOIN score_runs u ON u.id = r.run_id "
                       "WHERE u.period = '"_s +
                           period.code() + u"'"_s);
        const double p = median(previewMs), c = median(computeMs), r = median(rawMs);
        out << tr("网格员考评基准(%1):%2 件案件,%3 条活动;%4 %5:%6 名网格员,当月 %7 件案件、%8 条活动,"
                  "%9 条计分来源")
                   .arg(db.isPostgres() ? u"PostgreSQL"_s : u"SQLite"_s)
                   .arg(caseCount)
                   .arg(activityCount)
                   .arg(town.township.name, period.label())
                   .arg(scores.size())
                   .arg(monthCases)
                   .arg(monthActivities)
                   .arg(pointRows)
            << Qt::endl;
        out << tr("  试算(读取事实并计分,不保存)  %1 ms").arg(p, 0, 'f', 1) << Qt::endl;
        out << tr("  计算并保存草稿               %1 ms").arg(c, 0, 'f', 1) << Qt::endl;
        out << tr("  原生引擎执行相同的 %1 条语句   %2 ms%3")
                   .arg(rawStatements.size())
                   .arg(r, 0, 'f', 1)
                   .arg(same ? QString() : tr("(行数不一致!)"))
            << Qt::endl;
        out << tr("  目标 2000 ms:%1").arg(std::max(p, c) < 2000 ? tr("达到") : tr("未达到")) << Qt::endl;
        if (!options.jsonPath.isEmpty()) {
            QFile file(options.jsonPath);
            const QJsonObject doc{{u"engine"_s, db.isPostgres() ? u"postgresql"_s : u"sqlite"_s},
                                  {u"cases"_s, caseCount},
                                  {u"activities"_s, activityCount},
                                  {u"workers"_s, scores.size()},
                                  {u"period"_s, period.code()},
                                  {u"month_cases"_s, monthCases},
                                  {u"month_activities"_s, monthActivities},
                                  {u"point_rows"_s, pointRows},
                                  {u"preview_ms"_s, p},
                                  {u"compute_ms"_s, c},
                                  {u"raw_ms"_s, r},
                                  {u"raw_statements"_s, rawStatements.size()},
                                  {u"rows_match"_s, same}};
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(QJsonDocument(doc).toJson()) < 0) {
                err << tr("无法写入文件 %1。").arg(options.jsonPath) << Qt::endl;
                return 1;
            }
        }
        return same ? 0 : 3;
    } catch (const Error &e) {
        Query::setObserver(nullptr);
        err << e.message() << u" ("_s << e.detail() << u")"_s << Qt::endl;
        return 1;
    }
}

} // namespace zz::cli
