#include "BenchCommand.h"

#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "Query.h"
#include "RawEngine.h"
#include "ReferenceRepositories.h"
#include "RelatedCases.h"
#include "Validators.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSaveFile>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace zz::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zz::cli", text);
}

constexpr int kWarmups = 2;
constexpr int kSaves = 1000;
constexpr int kPageSize = 100;
constexpr int kDeepPage = 500;
constexpr double kMaxRatio = 1.5;

// ---------------------------------------------------------------------------------------------
// Figures and statistics.

// One measured figure: how our layer runs it, the same statement for the raw engine, the results.
struct Figure
{
    QString name;
    double targetMs = 0; // 0: no target
    // Runs our layer once; with `keys`, returns the ids (lists) or "status=count" lines (counts).
    std::function<void(QStringList *keys)> ours;
    QString sql; // the statement CaseRepository sends ('?' markers); empty: nothing to compare with
    QVariantList values;
    bool counts = false; // rows are (status, count)
    QString note;

    QStringList keys; // from the check pass
    double oursMs = 0;
    double rawMs = 0;
    qsizetype rows = 0;
    bool rowsMatch = true;

    bool hasRaw() const { return !sql.isEmpty(); }
    double ratio() const { return hasRaw() && rawMs > 0 ? oursMs / rawMs : 0; }
    bool meetsTarget() const { return targetMs <= 0 || oursMs < targetMs; }
    bool meetsRatio() const { return !hasRaw() || ratio() <= kMaxRatio; }
    bool passes() const { return meetsTarget() && meetsRatio() && rowsMatch; }
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Nearest-rank percentile of the samples (sorted in place).
double percentile(QList<double> &samples, double p)
{
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    if (n == 0)
        return 0;
    return n % 2 ? samples.at(n / 2) : (samples.at(n / 2 - 1) + samples.at(n / 2)) / 2;
}

QString procField(const QString &file, const QString &key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines)
        if (line.startsWith(key) && line.indexOf(u':') >= 0)
            return line.mid(line.indexOf(u':') + 1).trimmed();
    return {};
}

QString firstLine(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(f.readLine()).trimmed()
                                                         : QString();
}

double residentMb()
{
#ifdef __GLIBC__
    malloc_trim(0); // what demo generation freed is not the board's memory
#endif
    return procField(u"/proc/self/status"_s, u"VmRSS"_s).section(u' ', 0, 0).toDouble() / 1024.0;
}

QJsonObject machine()
{
    QFile f(u"/proc/cpuinfo"_s);
    int cores = 0;
    if (f.open(QIODevice::ReadOnly | QIODevice::Text))
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n'))
            cores += line.startsWith(u"processor"_s) ? 1 : 0;
    const double memoryMb =
        procField(u"/proc/meminfo"_s, u"MemTotal"_s).section(u' ', 0, 0).toDouble() / 1024.0;
    return {{u"cpu"_s, procField(u"/proc/cpuinfo"_s, u"model name"_s)},
            {u"cores"_s, cores},
            {u"memory_mb"_s, std::round(memoryMb)}};
}

// Display width in a terminal: CJK and full-width characters take two columns.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 ? 2 : 1;
    return width;
}

QString padded(const QString &text, int width, bool right)
{
    const QString fill(qMax(0, width - displayWidth(text)), u' ');
    return right ? fill + text : text + fill;
}

QString ms(double value)
{
    return value > 0 ? QString::number(value, 'f', 3) : u"—"_s;
}

// ---------------------------------------------------------------------------------------------
// The run.

// One benchmark run over one database: builds the figures, times them, reports.
class Bench
{
    // lupdate files the strings of this class under its own name; look them up there too.
    Q_DECLARE_TR_FUNCTIONS(zz::cli::Bench)

public:
    Bench(Database &db, int repeats, QTextStream &out) : m_db(db), m_repeats(repeats), m_out(out) {}

    qint64 prepareData(qint64 wanted);
    void buildFigures();
    void runOursOnce();
    bool compareWithRaw(RawEngine &raw); // false when the two paths returned different rows
    void time(RawEngine &raw);
    void timeSaves();
    void printTable(const QString &engineVersion, qint64 cases);
    void printPlans(RawEngine &raw);
    bool writeJson(const QString &path, const QString &engineVersion, qint64 cases, QTextStream &err) const;

    double rssMb = 0;
    QString loadStart;

private:
    QString pickTerm(const QStringList &candidates, qint64 *hits) const;

    Database &m_db;
    CaseRepository m_cases{m_db};
    int m_repeats;
    QTextStream &m_out;
    QList<Figure> m_figures;
};

qint64 Bench::prepareData(qint64 wanted)
{
    const qint64 existing = m_cases.count(CaseQuery{});
    if (existing >= wanted) {
        m_out << tr("数据库已有 %1 件案件,直接使用。").arg(existing) << Qt::endl;
        return existing;
    }
    DemoOptions options;
    options.cases = wanted - existing;
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    DemoDataGenerator(m_db, options).run([&](qint64 done, qint64 total) {
        if (timer.elapsed() - lastReport >= 5000 || done == total) {
            lastReport = timer.elapsed();
            m_out << tr("  已生成 %1 / %2 件").arg(done).arg(total) << Qt::endl;
        }
    });
    m_out << tr("演示数据已生成,用时 %1 秒。").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return m_cases.count(CaseQuery{});
}

QString Bench::pickTerm(const QStringList &candidates, qint64 *hits) const
{
    for (const QString &term : candidates) {
        CaseQuery q;
        q.text = term;
        if ((*hits = m_cases.count(q)) > 0)
            return term;
    }
    throw Error(Error::Kind::Validation,
                tr("演示数据中找不到可用于检索测试的词语(%1)。").arg(candidates.join(u'/')));
}

void Bench::buildFigures()
{
    // Every figure runs the repository's own statement through the raw engine too, so the two sides
    // always execute the same SQL.
    const auto listFigure = [&](const QString &name, double target, const CaseQuery &query) {
        Figure f;
        f.name = name;
        f.targetMs = target;
        f.ours = [this, query](QStringList *keys) {
            const QList<CaseListRow> rows = m_cases.list(query);
            if (keys)
                for (const CaseListRow &r : rows)
                    keys->append(QString::number(r.id));
        };
        const SqlStatement statement = m_cases.listStatement(query);
        f.sql = statement.sql;
        f.values = statement.values;
        m_figures.append(f);
        return &m_figures.last();
    };

    listFigure(u"board_first_page"_s, 50, CaseQuery{});

    // A township's open work by deadline, as its duty officer sees it.
    OrgUnitRepository orgs(m_db);
    qint64 township = 0;
    for (const OrgUnit &u : orgs.all())
        if (u.level == OrgLevel::Township && township == 0)
            township = u.id;
    CaseQuery filter;
    filter.statuses = {CaseStatus::Dispatched, CaseStatus::InProgress};
    filter.orgUnitId = township;
    filter.sort = CaseQuery::Sort::DeadlineAsc;
    listFigure(u"board_filter"_s, 100, filter)->note = tr("乡镇 %1").arg(orgs.path(township));

    // The dispatch board's own orders and filters: a township's second page by urgency (the cursor
    // seeks the urgency index), and its overdue cases by deadline.
    CaseQuery urgent;
    urgent.orgUnitId = township;
    urgent.sort = CaseQuery::Sort::UrgencyDesc;
    urgent.limit = kPageSize;
    const QList<CaseListRow> firstPage = m_cases.list(urgent);
    if (!firstPage.isEmpty())
        CaseRepository::seekAfter(urgent, firstPage.constLast());
    listFigure(u"board_urgency_page2"_s, 50, urgent)->note = tr("乡镇 %1").arg(orgs.path(township));
    CaseQuery overdue;
    overdue.orgUnitId = township;
    overdue.warning = WarningLevel::Overdue;
    overdue.now = QDateTime::currentDateTime();
    overdue.sort = CaseQuery::Sort::DeadlineAsc;
    listFigure(u"board_overdue"_s, 50, overdue)->note = tr("乡镇 %1").arg(orgs.path(township));

    // Phrases from the demo's title templates: 3+ characters take the trigram index, 2 take LIKE on SQLite.
    for (const bool shortTerm : {false, true}) {
        qint64 hits = 0;
        CaseQuery search;
        search.text = shortTerm ? pickTerm({u"赌博"_s, u"噪音"_s, u"漏水"_s}, &hits)
                                : pickTerm({u"电动车"_s, u"农民工"_s, u"消防通道"_s}, &hits);
        listFigure(shortTerm ? u"board_search_2char"_s : u"board_search"_s, 100, search)->note =
            tr("“%1”,共 %2 件命中").arg(search.text).arg(hits);
    }

    Figure counts;
    counts.name = u"stage_counts"_s;
    counts.targetMs = 100;
    counts.counts = true;
    counts.ours = [this](QStringList *keys) {
        const QMap<CaseStatus, qint64> byStatus = m_cases.countByStatus();
        if (keys)
            for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
                if (it.value() > 0)
                    keys->append(code(it.key()) + u'=' + QString::number(it.value()));
    };
    const SqlStatement countStatement = m_cases.countByStatusStatement();
    counts.sql = countStatement.sql;
    counts.values = countStatement.values;
    m_figures.append(counts);

    // The dispatch board's stage strip: per status plus due-soon and overdue, county-wide and for
    // one township, in one statement each.
    const QDateTime now = QDateTime::currentDateTime();
    for (const qint64 scope : {qint64(0), township}) {
        Figure strip;
        strip.name = scope == 0 ? u"board_stage_strip"_s : u"board_stage_strip_township"_s;
        strip.targetMs = 100;
        strip.counts = true;
        strip.ours = [this, scope, now](QStringList *keys) {
            const StageCounts stage = m_cases.stageCounts(scope, now);
            if (keys) // compared with the raw rows' first two columns, as stage_counts is
                for (auto it = stage.byStatus.cbegin(); it != stage.byStatus.cend(); ++it)
                    if (it.value() > 0)
                        keys->append(code(it.key()) + u'=' + QString::number(it.value()));
        };
        const SqlStatement stripStatement = m_cases.stageCountsStatement(scope, now);
        strip.sql = stripStatement.sql;
        strip.values = stripStatement.values;
        if (scope != 0)
            strip.note = tr("乡镇 %1").arg(orgs.path(scope));
        m_figures.append(strip);
    }

    // The intake window's same-person check (重复件): one resident ID and one phone from the data,
    // across the county, through the partial indexes on case_parties.
    {
        QStringList ids;
        QStringList phones;
        if (const QVariant v = Query(m_db, u"SELECT resident_id FROM case_parties WHERE resident_id <> '' "
                                           "ORDER BY id LIMIT 1"_s)
                                   .scalar();
            v.isValid())
            ids << v.toString();
        if (const QVariant v =
                Query(m_db, u"SELECT phone FROM case_parties WHERE phone <> '' ORDER BY id LIMIT 1"_s)
                    .scalar();
            v.isValid())
            phones << v.toString();
        qint64 county = 0;
        for (const OrgUnit &u : orgs.all())
            if (u.parentId == 0 && county == 0)
                county = u.id;
        Actor actor;
        actor.roles = Role::Leader;
        actor.orgUnitId = county;
        Figure related;
        related.name = u"intake_related"_s;
        related.targetMs = 50;
        related.ours = [this, actor, ids, phones](QStringList *keys) {
            for (const RelatedCase &r : RelatedCases(m_db, actor).samePerson(ids, phones))
                if (keys)
                    keys->append(QString::number(r.id));
        };
        const SqlStatement relatedStatement = RelatedCases(m_db, actor).samePersonStatement(ids, phones);
        related.sql = relatedStatement.sql;
        related.values = relatedStatement.values;
        m_figures.append(related);
    }

    // Scrolling to page 500 walks keyset pages; the cost that matters is the one fetch at that depth,
    // so the cursor is found once with OFFSET and the keyset fetch from it is timed.
    const qint64 total = m_cases.count(CaseQuery{});
    const int page = int(std::clamp<qint64>(total / kPageSize, 2, kDeepPage));
    Query cursor(m_db,
                 u"SELECT id, received_at FROM cases ORDER BY received_at DESC, id DESC LIMIT 1 OFFSET ?"_s);
    cursor.bind(qint64(page - 1) * kPageSize - 1).exec();
    CaseQuery deep;
    if (cursor.next()) {
        deep.afterId = cursor.int64(0);
        deep.afterKey = cursor.int64(1);
    }
    listFigure(u"page_500"_s, 50, deep)->note =
        page == kDeepPage ? QString() : tr("案件不足 %1 页,测第 %2 页").arg(kDeepPage).arg(page);
}

void Bench::runOursOnce()
{
    for (Figure &f : m_figures) {
        f.ours(&f.keys);
        f.rows = f.keys.size();
        if (f.counts)
            f.keys.sort();
    }
}

bool Bench::compareWithRaw(RawEngine &raw)
{
    bool same = true;
    for (Figure &f : m_figures) {
        QList<QStringList> rows;
        raw.run(rawStatement(f.sql, f.values, m_db.isPostgres()), &rows);
        QStringList theirs;
        for (const QStringList &row : std::as_const(rows))
            theirs << (f.counts ? row.value(0) + u'=' + row.value(1) : row.value(0));
        if (f.counts)
            theirs.sort();
        f.rowsMatch = f.keys == theirs;
        same = same && f.rowsMatch;
    }
    return same;
}

void Bench::time(RawEngine &raw)
{
    for (Figure &f : m_figures) {
        const RawStatement st = rawStatement(f.sql, f.values, m_db.isPostgres());
        for (int i = 0; i < kWarmups; ++i) {
            f.ours(nullptr);
            raw.run(st, nullptr);
        }
        // Interleaved, so a load that comes and goes (another job on the machine) hits both sides alike.
        QList<double> ours, theirs;
        for (int i = 0; i < m_repeats; ++i) {
            QElapsedTimer t;
            t.start();
            f.ours(nullptr);
            ours << msSince(t);
            t.restart();
            raw.run(st, nullptr);
            theirs << msSince(t);
        }
        f.oursMs = median(ours);
        f.rawMs = median(theirs);
    }
}

void Bench::timeSaves()
{
    std::optional<User> clerk = UserRepository(m_db).byLogin(u"reception1"_s);
    if (!clerk)
        for (const User &u : UserRepository(m_db).list())
            if (!clerk && u.roles.testFlag(Role::Reception))
                clerk = u;
    if (!clerk)
        throw Error(Error::Kind::Validation, tr("数据库中没有受理员账号,无法测试案件登记。"));
    const Actor actor{clerk->id, clerk->displayName, clerk->roles, clerk->orgUnitId, clerk->departmentId};

    // Grids inside the clerk's own unit: a clerk registers cases only there.
    QList<qint64> places, categories;
    OrgUnitRepository orgs(m_db);
    const QString scope = orgs.path(clerk->orgUnitId);
    for (const OrgUnit &u : orgs.all())
        if (u.level == OrgLevel::Grid && orgs.path(u.id).startsWith(scope))
            places << u.id;
    for (const Category &c : CategoryRepository(m_db).all())
        if (c.parentId > 0)
            categories << c.id;
    if (places.isEmpty() || categories.isEmpty())
        throw Error(Error::Kind::Validation, tr("数据库中没有网格或事件小类,无法测试案件登记。"));

    const SystemClock clock;
    CaseService service(m_db, clock, CalendarRepository(m_db).load());
    const qint64 lastId = Query(m_db, u"SELECT COALESCE(MAX(id), 0) FROM cases"_s).scalar().toLongLong();
    QList<double> samples;
    for (int i = 0; i < kWarmups + kSaves; ++i) {
        // A walk-in complaint as a counter clerk types it: one reporting party with ID and phone.
        CaseRecord draft;
        draft.title = u"楼上卫生间漏水，多次协商未果"_s;
        draft.description = u"群众来访反映，楼上住户卫生间防水层老化，导致楼下天花板长期渗水发霉，"
                            "已影响正常居住，双方多次协商未果，请求社区上门核实并协调处理。"_s;
        draft.address = u"上溪村 %1 号"_s.arg(i % 199 + 1);
        draft.source = CaseSource::Visit;
        draft.categoryId = categories.at(i % categories.size());
        draft.orgUnitId = places.at(i % places.size());
        CaseParty party;
        party.name = u"张建国"_s;
        const QString id17 = u"33068119800101%1"_s.arg(i % 1000, 3, 10, QChar(u'0'));
        party.residentId = id17 + Validators::residentIdCheckChar(id17);
        party.phone = u"139%1"_s.arg(i, 8, 10, QChar(u'0'));
        draft.parties = {party};

        QElapsedTimer t;
        t.start();
        service.report(draft, actor);
        if (i >= kWarmups)
            samples << msSince(t);
    }

    // Take the test cases out again (parties and flow rows cascade) and give their numbers back, so
    // the next run measures the same database.
    Transaction tx(m_db);
    Query(m_db, u"DELETE FROM cases WHERE id > ?"_s).bind(lastId).exec();
    Query(m_db,
          u"UPDATE case_counters SET last_seq = COALESCE((SELECT MAX(c.seq) FROM cases c WHERE "
          "c.township_id = case_counters.township_id AND c.year = case_counters.year), 0) WHERE year = ?"_s)
        .bind(clock.now().date().year())
        .exec();
    tx.commit();

    Figure p50, p99;
    p50.name = u"save_p50"_s;
    p99.name = u"save_p99"_s;
    p99.targetMs = 20;
    p50.rows = p99.rows = samples.size();
    p50.oursMs = percentile(samples, 0.50);
    p99.oursMs = percentile(samples, 0.99);
    p50.note = p99.note = tr("%1 次登记").arg(samples.size());
    m_figures << p50 << p99;
}

void Bench::printTable(const QString &engineVersion, qint64 cases)
{
    m_out << Qt::endl
          << tr("%1,%2 件案件,每项取 %3 次的中位数(预热 %4 次);负载 %5 → %6")
                 .arg(engineVersion)
                 .arg(cases)
                 .arg(m_repeats)
                 .arg(kWarmups)
                 .arg(loadStart.section(u' ', 0, 2), firstLine(u"/proc/loadavg"_s).section(u' ', 0, 2))
          << Qt::endl;
    const QStringList header = {tr("指标"), tr("行数"),    tr("本程序 ms"), tr("原生 ms"),
                                tr("比值"), tr("目标 ms"), tr("结果"),      tr("说明")};
    QList<QStringList> table{header};
    for (const Figure &f : std::as_const(m_figures)) {
        QStringList verdict;
        if (!f.meetsTarget())
            verdict << tr("超出目标");
        if (!f.meetsRatio())
            verdict << tr("比值 > %1").arg(kMaxRatio);
        if (!f.rowsMatch)
            verdict << tr("结果不一致");
        table << QStringList{f.name,
                             QString::number(f.rows),
                             ms(f.oursMs),
                             f.hasRaw() ? ms(f.rawMs) : u"—"_s,
                             f.hasRaw() ? QString::number(f.ratio(), 'f', 2) : u"—"_s,
                             f.targetMs > 0 ? QString::number(f.targetMs) : u"—"_s,
                             verdict.isEmpty() ? tr("通过") : verdict.join(u", "_s),
                             f.note};
    }
    table << QStringList{u"rss_mb"_s, QString(), QString::number(rssMb, 'f', 1), QString(), QString(),
                         QString(),   QString(), tr("查询看板后的常驻内存(MB)")};
    QList<int> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(table))
        for (int c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row.at(c)));
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += padded(row.at(c), widths[c], c >= 1 && c <= 5) + u"  "_s;
        m_out << line.trimmed() << Qt::endl;
    }
}

void Bench::printPlans(RawEngine &raw)
{
    for (const Figure &f : std::as_const(m_figures)) {
        if (!f.hasRaw() || f.meetsTarget())
            continue;
        m_out << Qt::endl << tr("%1 的查询计划:").arg(f.name) << Qt::endl;
        for (const QString &line : raw.plan(rawStatement(f.sql, f.values, m_db.isPostgres())))
            m_out << u"  "_s << line << Qt::endl;
    }
}

bool Bench::writeJson(const QString &path, const QString &engineVersion, qint64 cases, QTextStream &err) const
{
    QJsonArray figures;
    for (const Figure &f : m_figures) {
        QJsonObject o{{u"name"_s, f.name}, {u"ours_ms"_s, f.oursMs}, {u"rows"_s, qint64(f.rows)}};
        o.insert(u"raw_ms"_s, f.hasRaw() ? QJsonValue(f.rawMs) : QJsonValue());
        o.insert(u"ratio"_s, f.hasRaw() ? QJsonValue(f.ratio()) : QJsonValue());
        o.insert(u"target_ms"_s, f.targetMs > 0 ? QJsonValue(f.targetMs) : QJsonValue());
        o.insert(u"pass"_s, f.passes());
        if (!f.note.isEmpty())
            o.insert(u"note"_s, f.note);
        figures.append(o);
    }
    const QJsonObject doc{{u"machine"_s, machine()},
                          {u"backend"_s, m_db.isPostgres() ? u"postgresql"_s : u"sqlite"_s},
                          {u"engine"_s, engineVersion},
                          {u"cases"_s, cases},
                          {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {u"repeats"_s, m_repeats},
                          {u"loadavg_start"_s, loadStart},
                          {u"loadavg_end"_s, firstLine(u"/proc/loadavg"_s)},
                          {u"rss_mb"_s, rssMb},
                          {u"figures"_s, figures}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(doc).toJson()) < 0 || !file.commit()) {
        err << tr("无法写入 %1:%2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int runBench(const QString &url, qint64 cases, const QString &jsonPath, int repeats, QTextStream &out,
             QTextStream &err)
{
    if (cases < 1 || repeats < 1) {
        err << tr("--cases 与 --repeats 需要正整数。") << Qt::endl;
        return 2;
    }
    try {
        Database db(url);
        db.migrate();
        CalendarRepository(db).seedFromBundled();
        Bench bench(db, repeats, out);
        const qint64 total = bench.prepareData(cases);
        bench.loadStart = firstLine(u"/proc/loadavg"_s);
        bench.buildFigures();
        bench.runOursOnce(); // the board queries once through our layer, before the raw engine opens
        bench.rssMb = residentMb();

        const std::unique_ptr<RawEngine> raw = RawEngine::open(db.url());
        const bool same = bench.compareWithRaw(*raw);
        bench.time(*raw);
        bench.timeSaves();
        bench.printTable(raw->version(), total);
        bench.printPlans(*raw);
        if (!jsonPath.isEmpty() && !bench.writeJson(jsonPath, raw->version(), total, err))
            return 1;
        if (!same) {
            err << tr("本程序与原生引擎返回的行不一致:基准测试中复制的 SQL 已与 CaseRepository 不同步。")
                << Qt::endl;
            return 3;
        }
        return 0;
    } catch (const Error &e) {
        err << e.message() << Qt::endl;
        if (!e.detail().isEmpty())
            err << e.detail() << Qt::endl;
        return 1;
    }
}

} // namespace zz::cli
