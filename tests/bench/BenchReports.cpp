// zongzhi-bench-reports: what leaders get (issue 14), measured through the app itself. A county leader
// and a township leader log in through AuthService (on PostgreSQL their own login roles, so row-level
// security applies); on the window's thread, offscreen, the program times
//   - the dashboard (统计分析) for a period: every tile, the 12-month trend, the breakdowns;
//   - the 综治中心工作报表 as a PDF (figures read, pages laid out, file written);
//   - the hotspot map (热点地图): the figures read and the page's first paint of the polygons and points;
// and replays every statement the dashboard sent through the raw engine (sqlite3 / libpq) as the same
// account, next to ours. Medians of --repeats runs (after one warm-up), min and max.
//
//   zongzhi-bench-reports --db OWNER_URL [--county-period 2026] [--township-period 2026-10]
//                         [--repeats R] [--json FILE] [--login-prefix P] [--explain N]
//
// The two accounts (P_county, P_town; P is bench_report by default) are created as the owner when
// missing.

#include "AccountService.h"
#include "AuthService.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "IndicatorCache.h"
#include "Query.h"
#include "RawEngine.h"
#include "ReferenceRepositories.h"
#include "WorkReport.h"
#include "map/HotspotView.h"
#include "map/MapPage.h"
#include "reports/DashboardPage.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString benchPassword = u"Bench#Report2026"_s;

struct Recorded
{
    QString sql;
    QVariantList values;
};

// Every statement the dashboard sends on its connection, for the raw engine to run again.
class Recorder final : public zz::Query::Observer
{
public:
    explicit Recorder(const zz::Database &db) : m_db(db) {}
    void executed(const zz::Database &db, const QString &sql, const QVariantList &values) override
    {
        if (&db != &m_db)
            return;
        QMutexLocker lock(&m_mutex);
        m_statements.append({sql, values});
    }
    QList<Recorded> take()
    {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_statements, {});
    }

private:
    const zz::Database &m_db;
    QMutex m_mutex;
    QList<Recorded> m_statements;
};

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    const qsizetype n = ms.size();
    const double median = n % 2 ? ms.at(n / 2) : (ms.at(n / 2 - 1) + ms.at(n / 2)) / 2;
    return {median, ms.first(), ms.last()};
}

QJsonObject toJson(const Stats &s)
{
    return {{u"median_ms"_s, s.median}, {u"min_ms"_s, s.min}, {u"max_ms"_s, s.max}};
}

void ensureAccount(const zz::Database &db, const QString &login, qint64 orgUnitId, QTextStream &out)
{
    if (zz::UserRepository(db).byLogin(login))
        return;
    std::optional<zz::User> admin;
    for (const zz::User &u : zz::UserRepository(db).list())
        if (!admin && u.roles.testFlag(zz::Role::Admin))
            admin = u;
    const zz::Actor actor =
        admin ? zz::Actor{admin->id, admin->displayName, admin->roles, admin->orgUnitId, admin->departmentId}
              : zz::Actor{0, u"bench"_s, zz::Role::Admin, orgUnitId, 0};
    zz::User user;
    user.login = login;
    user.displayName = u"基准领导"_s;
    user.roles = zz::Role::Leader;
    user.orgUnitId = orgUnitId;
    zz::SystemClock clock;
    zz::AccountService(db, clock, actor).create(user, benchPassword);
    out << "created the account " << login << '\n';
}

// The raw engine's connection gets the working-day table the dashboard's connection built (untimed),
// so the replayed statements find the same temporary tables.
void copyWorkdayTables(const zz::Database &db, zz::cli::RawEngine &raw)
{
    const bool pg = db.isPostgres();
    // The figures may not have needed them (the stored months count working days themselves).
    zz::Query::run(db,
                   u"CREATE TEMP TABLE IF NOT EXISTS zz_workdays (day INTEGER PRIMARY KEY, ordinal INTEGER "
                   "NOT NULL)"_s);
    zz::Query::run(db,
                   u"CREATE TEMP TABLE IF NOT EXISTS zz_workdays_meta (id INTEGER PRIMARY KEY, fingerprint "
                   "TEXT NOT NULL)"_s);
    raw.run(zz::cli::rawStatement(u"CREATE TEMP TABLE IF NOT EXISTS zz_workdays (day INTEGER PRIMARY KEY, "
                                  "ordinal INTEGER NOT NULL)"_s,
                                  {}, pg),
            nullptr);
    raw.run(
        zz::cli::rawStatement(u"CREATE TEMP TABLE IF NOT EXISTS zz_workdays_meta (id INTEGER PRIMARY KEY, "
                              "fingerprint TEXT NOT NULL)"_s,
                              {}, pg),
        nullptr);
    const QString table = pg ? u"pg_temp.zz_workdays"_s : u"zz_workdays"_s;
    const QString meta = pg ? u"pg_temp.zz_workdays_meta"_s : u"zz_workdays_meta"_s;
    raw.run(zz::cli::rawStatement(u"DELETE FROM %1"_s.arg(table), {}, pg), nullptr);
    raw.run(zz::cli::rawStatement(u"DELETE FROM %1"_s.arg(meta), {}, pg), nullptr);
    zz::Query days(db, u"SELECT day, ordinal FROM %1"_s.arg(table));
    days.exec();
    while (days.next())
        raw.run(zz::cli::rawStatement(u"INSERT INTO %1 (day, ordinal) VALUES (?, ?)"_s.arg(table),
                                      {days.value(0), days.value(1)}, pg),
                nullptr);
    const QVariant fingerprint = zz::Query(db, u"SELECT fingerprint FROM %1"_s.arg(meta)).scalar();
    if (!fingerprint.isValid())
        return;
    raw.run(zz::cli::rawStatement(u"INSERT INTO %1 (id, fingerprint) VALUES (1, ?)"_s.arg(meta),
                                  {fingerprint}, pg),
            nullptr);
}

// Runs the event loop until `done` or the timeout; returns whether it happened.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

QJsonObject measure(const QString &url, const QString &login, const zz::ReportPeriod &period, int repeats,
                    int explainTop, const QString &outDir, QTextStream &out)
{
    zz::SystemClock clock;
    zz::Session session = zz::AuthService(clock).login(url, login, benchPassword);
    const zz::Database &db = *session.db;
    const zz::AppContext context{db, clock, zz::CalendarRepository(db).load(), session.user};
    const QDate asOf = std::min(period.last(), QDate::currentDate());
    QJsonObject result{{u"account"_s, login}, {u"period"_s, period.code()}};

    // The dashboard: every figure of the page, as a click on 刷新 computes them.
    {
        zz::DashboardPage page(context);
        page.resize(1400, 900);
        page.show(); // the page builds its widgets when first shown
        QCoreApplication::processEvents();
        page.setPeriod(period);
        page.setAsOf(asOf);
        QList<double> ours;
        double first = 0;
        Recorder recorder(db);
        for (int i = 0; i <= repeats; ++i) {
            if (i == repeats)
                zz::Query::setObserver(&recorder);
            QElapsedTimer t;
            t.start();
            page.reload();
            const double ms = t.nsecsElapsed() / 1e6;
            zz::Query::setObserver(nullptr);
            if (i == 0)
                first = ms; // the months not yet stored are computed on this one
            if (i > 0 && i < repeats + 1)
                ours << ms;
        }
        const QList<Recorded> statements = recorder.take();
        // The same statements through the raw engine, as the same account.
        auto raw = zz::cli::RawEngine::open(db.url());
        copyWorkdayTables(db, *raw);
        QList<double> rawMs;
        for (int i = 0; i < std::max(1, repeats); ++i) {
            QElapsedTimer t;
            t.start();
            for (const Recorded &r : statements)
                raw->run(zz::cli::rawStatement(r.sql, r.values, db.isPostgres()), nullptr);
            rawMs << t.nsecsElapsed() / 1e6;
        }
        // The slowest statements with the engine's plan (--explain N).
        if (explainTop > 0) {
            QList<std::pair<double, qsizetype>> timed;
            for (qsizetype i = 0; i < statements.size(); ++i) {
                const auto st =
                    zz::cli::rawStatement(statements.at(i).sql, statements.at(i).values, db.isPostgres());
                QElapsedTimer t;
                t.start();
                raw->run(st, nullptr);
                timed.append({t.nsecsElapsed() / 1e6, i});
            }
            std::sort(timed.begin(), timed.end(), std::greater<>());
            for (qsizetype k = 0; k < std::min<qsizetype>(explainTop, timed.size()); ++k) {
                const Recorded &r = statements.at(timed.at(k).second);
                out << "  " << timed.at(k).first << " ms: " << r.sql.left(300) << '\n';
                for (const QString &line : raw->plan(zz::cli::rawStatement(r.sql, r.values, db.isPostgres())))
                    out << "      " << line << '\n';
            }
        }
        const Stats s = stats(ours), r = stats(rawMs);
        result[u"dashboard"_s] = toJson(s);
        result[u"dashboard_raw"_s] = toJson(r);
        result[u"dashboard_statements"_s] = int(statements.size());
        result[u"dashboard_first"_s] = first;
        out << login << "  dashboard " << period.code() << ": median " << s.median << " ms (min " << s.min
            << ", max " << s.max << "), raw engine " << r.median << " ms, " << statements.size()
            << " statements; the first time " << first << " ms\n";
    }

    // The printed report: figures, layout and the PDF file.
    {
        QList<double> ms;
        for (int i = 0; i <= repeats; ++i) {
            QElapsedTimer t;
            t.start();
            zz::IndicatorScope scope;
            scope.orgUnitId = session.user.orgUnitId;
            const zz::WorkReport report(
                zz::WorkReportData::load(db, context.calendar, period, scope, asOf, clock.now()));
            if (!report.pdf(outDir + u"/report-%1.pdf"_s.arg(login)))
                throw zz::Error(zz::Error::Kind::Storage, u"the report PDF could not be written"_s);
            if (i > 0)
                ms << t.nsecsElapsed() / 1e6;
        }
        const Stats s = stats(ms);
        result[u"report_pdf"_s] = toJson(s);
        out << login << "  report PDF: median " << s.median << " ms (min " << s.min << ", max " << s.max
            << ")\n";
    }

    // The hotspot map: the figures read and the page's first paint.
    {
        zz::MapPage page(context);
        page.resize(1400, 900);
        page.show();
        bool painted = false;
        QObject::connect(page.view(), &zz::HotspotView::painted, &page, [&] { painted = true; });
        if (!waitFor([&] { return painted; }, 60000))
            throw zz::Error(zz::Error::Kind::Storage, u"the map page did not paint"_s);
        auto *periods = page.findChild<QComboBox *>(u"mapPeriodCombo"_s);
        const int index = periods->findData(period.code());
        QList<double> ms;
        for (int i = 0; i <= repeats; ++i) {
            painted = false;
            QElapsedTimer t;
            t.start();
            if (index >= 0 && periods->currentIndex() != index)
                periods->setCurrentIndex(index); // reloads
            else
                page.reload();
            if (!waitFor([&] { return painted; }, 60000))
                throw zz::Error(zz::Error::Kind::Storage, u"the map page did not paint"_s);
            if (i > 0)
                ms << t.nsecsElapsed() / 1e6;
        }
        const Stats s = stats(ms);
        result[u"map_first_paint"_s] = toJson(s);
        result[u"map_points"_s] = int(page.current().points.size());
        result[u"map_cases"_s] = double(page.current().cases);
        result[u"map_grids"_s] = int(page.current().grids.size());
        out << login << "  map " << page.period().code() << ": " << page.current().cases << " cases, "
            << page.current().points.size() << " points, " << page.current().grids.size()
            << " grids; data to first paint median " << s.median << " ms (min " << s.min << ", max " << s.max
            << ")\n";
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication app(argc, argv);
    zz::Localization::applyChineseFont();
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, u"owner's connection URL"_s, u"url"_s);
    const QCommandLineOption countyOption(u"county-period"_s, u"the county leader's period"_s, u"period"_s,
                                          u"2026"_s);
    const QCommandLineOption townshipOption(u"township-period"_s, u"the township leader's period"_s,
                                            u"period"_s, u"2026-10"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"timed runs per action"_s, u"n"_s, u"5"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"write the figures as JSON"_s, u"file"_s);
    const QCommandLineOption prefixOption(u"login-prefix"_s, u"the accounts' login prefix"_s, u"prefix"_s,
                                          u"bench_report"_s);
    const QCommandLineOption explainOption(
        u"explain"_s, u"print the N slowest dashboard statements with their plans"_s, u"n"_s, u"0"_s);
    parser.addOptions(
        {dbOption, countyOption, townshipOption, repeatsOption, jsonOption, prefixOption, explainOption});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    if (!parser.isSet(dbOption)) {
        err << "--db is required\n";
        return 2;
    }
    const auto county = zz::ReportPeriod::parse(parser.value(countyOption));
    const auto township = zz::ReportPeriod::parse(parser.value(townshipOption));
    if (!county || !township) {
        err << "a period is not valid\n";
        return 2;
    }
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    QTemporaryDir dir;
    try {
        const QString url = parser.value(dbOption);
        const QString countyLogin = parser.value(prefixOption) + u"_county"_s;
        const QString townLogin = parser.value(prefixOption) + u"_town"_s;
        qint64 countyId = 0, townshipId = 0, cases = 0;
        {
            zz::Database owner(url);
            owner.migrate();
            // The working days the stored figures count (the owner's to write, not a leader's).
            zz::IndicatorCache::renewStoredCalendar(owner, zz::CalendarRepository(owner).load());
            for (const zz::OrgUnit &unit : zz::OrgUnitRepository(owner).children(0))
                countyId = countyId ? countyId : unit.id;
            for (const zz::OrgUnit &unit : zz::OrgUnitRepository(owner).children(countyId))
                townshipId = townshipId ? townshipId : unit.id;
            ensureAccount(owner, countyLogin, countyId, out);
            ensureAccount(owner, townLogin, townshipId, out);
            cases = zz::Query(owner, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong();
        }
        out << "zongzhi-bench-reports: " << cases << " cases, "
            << (url.startsWith(u"postgres"_s) ? "PostgreSQL" : "SQLite") << ", "
            << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount() << " cores\n";
        QJsonObject all{{u"cases"_s, double(cases)}, {u"repeats"_s, repeats}};
        QJsonArray runs;
        const int explain = parser.value(explainOption).toInt();
        runs.append(measure(url, countyLogin, *county, repeats, explain, dir.path(), out));
        runs.append(measure(url, townLogin, *township, repeats, explain, dir.path(), out));
        all[u"runs"_s] = runs;
        if (parser.isSet(jsonOption)) {
            QFile f(parser.value(jsonOption));
            if (!f.open(QIODevice::WriteOnly))
                throw zz::Error(zz::Error::Kind::Storage, u"cannot write the JSON file"_s);
            f.write(QJsonDocument(all).toJson());
        }
    } catch (const zz::Error &e) {
        err << "zongzhi-bench-reports: " << e.message() << '\n';
        return 1;
    }
    return 0;
}
