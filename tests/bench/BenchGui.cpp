// zongzhi-bench-gui: what users get, measured through the app itself. Real accounts log in through
// AuthService (a township and a county duty officer; on PostgreSQL their own login roles, so row-level
// security applies), the real board opens offscreen with its real page size and viewer clause, and
// each user action is timed end to end: how long the window's thread was blocked (the synchronous
// part and the longest stall of the event loop afterwards), when the list was shown and when
// "共 N 件" and the stage strip were. Every statement an action sent is recorded (Query::Observer) and
// run again through the raw engine (sqlite3 / libpq) under the same identity, next to ours.
//
//   zongzhi-bench-gui --db OWNER_URL [--township-login L --township-password P]
//                     [--county-login L --county-password P] [--repeats R] [--action-repeats N]
//                     [--saves N] [--json FILE]
//
// The accounts are created (AccountService, as the owner) when missing; the database must be
// migrated already. Cold starts run in fresh processes (this program again with --child-start):
// QApplication, translations and fonts, the login (the database opened as the account), the main window with
// the board shown and its first page and counts loaded. The actions run in one process per account
// (--child-actions).

#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "RawEngine.h"
#include "ReferenceRepositories.h"
#include "RelatedCases.h"
#include "Validators.h"
#include "dispatch/BoardCatalog.h"
#include "dispatch/BoardModel.h"
#include "dispatch/BoardPage.h"
#include "dispatch/StageStrip.h"
#include "dispatch/SupervisionNotifier.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QSysInfo>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QWindow>
#include <algorithm>
#include <chrono>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double residentMb()
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    const QStringList lines = QString::fromLatin1(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u"VmRSS:"_s))
            return line.mid(6).trimmed().section(u' ', 0, 0).toDouble() / 1024.0;
    }
    return 0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString cpuName()
{
    QFile f(u"/proc/cpuinfo"_s);
    if (f.open(QIODevice::ReadOnly | QIODevice::Text))
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n'))
            if (line.startsWith(u"model name"_s))
                return line.section(u':', 1).trimmed();
    return {};
}

// ---------------------------------------------------------------------------------------------
// Cold start, in this process: one JSON object on stdout.

int runStart(int argc, char *argv[], qint64 spawnNs)
{
    const qint64 mainNs = monotonicNs();
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime"); // as the app's main()
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, QString(), u"url"_s);
    const QCommandLineOption loginOption(u"login"_s, QString(), u"login"_s);
    const QCommandLineOption passwordOption(u"password"_s, QString(), u"password"_s);
    const QCommandLineOption childOption(u"child-start"_s, QString(), u"ns"_s);
    parser.addOptions({dbOption, loginOption, passwordOption, childOption});
    parser.process(app);
    const QString url = parser.value(dbOption);

    QJsonObject phases;
    auto mark = [&phases, last = mainNs](const QString &name) mutable {
        const qint64 now = monotonicNs();
        phases.insert(name, double(now - last) / 1e6);
        last = now;
    };
    phases.insert(u"exec_to_main"_s, double(mainNs - spawnNs) / 1e6);
    QCoreApplication::setOrganizationName(u"Zongzhi"_s);
    QCoreApplication::setApplicationName(u"zongzhi-bench-gui"_s);
    zz::Localization::installTranslations(app, u"zh_CN"_s);
    zz::Localization::applyChineseFont();
    mark(u"qapplication"_s);

    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        const zz::SystemClock clock;
        zz::Session session =
            zz::AuthService(clock).login(url, parser.value(loginOption), parser.value(passwordOption));
        session.db->schemaVersion(); // as the app's open on a current schema: read, nothing to apply
        mark(u"login_open"_s);
        const zz::AppContext context{*session.db, clock, zz::CalendarRepository(*session.db).load(),
                                     session.user};
        zz::MainWindow window(context);
        if (!window.setCurrentModule(u"board"_s)) {
            err << "the account cannot see the board\n";
            return 1;
        }
        mark(u"main_window"_s);
        window.resize(1280, 800);
        window.show();
        new zz::SupervisionNotifier(window.context(), &window);
        auto *board = window.findChild<zz::BoardPage *>();
        QElapsedTimer guard;
        guard.start();
        // Usable: shown, the first page in the table and the counts on the screen.
        while (!(window.windowHandle() && window.windowHandle()->isExposed() && board && board->isVisible() &&
                 !board->countsPending()) &&
               guard.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            board = window.findChild<zz::BoardPage *>();
        }
        QCoreApplication::processEvents();
        if (!board || board->model()->rowCount() == 0) {
            err << "the board did not load a page\n";
            return 1;
        }
        qint64 stripTotal = 0;
        for (int s = 0; s <= int(zz::CaseStatus::Archived); ++s)
            stripTotal += board->stageStrip()->count(zz::CaseStatus(s));
        mark(u"shown_board_loaded"_s);
        const qint64 usableNs = monotonicNs();
        const double rssStart = residentMb();
        QScrollBar *bar = board->table()->verticalScrollBar();
        for (int page = 0; page < 5; ++page) {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
        }
        const QJsonObject result{{u"startup_ms"_s, double(usableNs - spawnNs) / 1e6},
                                 {u"startup_in_main_ms"_s, double(usableNs - mainNs) / 1e6},
                                 {u"rss_start_mb"_s, rssStart},
                                 {u"rss_mb"_s, residentMb()},
                                 {u"rows_loaded"_s, board->model()->rowCount()},
                                 {u"strip_total"_s, stripTotal},
                                 {u"phases_ms"_s, phases}};
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    } catch (const zz::Error &error) {
        err << error.message() << '\n';
        return 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// Actions, in this process.

// Every statement our layer runs while recording, with the thread it ran on.
class Recorder : public zz::Query::Observer
{
public:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    void executed(const zz::Database &, const QString &sql, const QVariantList &values) override
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

bool isCountStatement(const QString &sql)
{
    return sql.contains(u"COUNT("_s) || sql.contains(u"SUM("_s);
}

struct Sample
{
    double blocked = 0;
    double list = 0;
    double counts = 0;
    double rawList = 0;
    double rawCounts = 0;
    int statements = 0;
};

// One action of the figures table, with its samples.
struct Figure
{
    QString name;
    QString note;
    double blockedTarget = 50, listTarget = 100, countsTarget = 200;
    QList<Sample> samples;
    qint64 hits = -1; // "共 N 件" after the action, when it shows one
};

class ActionBench
{
public:
    ActionBench(zz::BoardPage *board, const zz::Session &session, Recorder &recorder, int repeats)
        : m_board(board), m_session(session), m_recorder(recorder), m_repeats(repeats),
          m_raw(zz::cli::RawEngine::open(session.db->url()))
    {}

    // Times `action` after `prepare` (untimed), m_repeats times, replaying its statements raw.
    Figure &measure(const QString &name, const std::function<void()> &prepare,
                    const std::function<void()> &action)
    {
        m_figures.append(Figure{name, {}, 50, 100, 200, {}, -1});
        Figure &figure = m_figures.last();
        for (int i = 0; i < m_repeats + 1; ++i) { // the first run warms up and is not counted
            prepare();
            settle();
            Sample sample = once(action);
            if (i > 0)
                figure.samples.append(sample);
        }
        figure.hits = shownTotal();
        return figure;
    }

    // A synchronous call outside the board (the intake's similar-title check, a statistic).
    Figure &measureCall(const QString &name, double target, const std::function<void()> &call)
    {
        m_figures.append(Figure{name, {}, target, target, 0, {}, -1});
        Figure &figure = m_figures.last();
        for (int i = 0; i < m_repeats + 1; ++i) {
            m_recorder.start();
            QElapsedTimer t;
            t.start();
            call();
            Sample sample;
            sample.blocked = sample.list = msSince(t);
            replay(m_recorder.stop(), sample);
            if (i > 0)
                figure.samples.append(sample);
        }
        return figure;
    }

    QList<Figure> &figures() { return m_figures; }
    zz::cli::RawEngine &raw() { return *m_raw; }

    void settle()
    {
        QElapsedTimer guard;
        guard.start();
        while (m_board->countsPending() && guard.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::processEvents();
    }

private:
    Sample once(const std::function<void()> &action)
    {
        Sample sample;
        m_recorder.start();
        QElapsedTimer t;
        t.start();
        action();
        m_board->table()->viewport()->repaint(); // the list on the screen
        sample.list = msSince(t);
        sample.blocked = sample.list;
        sample.counts = sample.list; // counted at once: shown with the list
        if (m_board->countsPending()) {
            // The counts come from the background: the event loop keeps running meanwhile; its
            // longest stall (a heartbeat timer's late ticks) is time the window was blocked too.
            QEventLoop loop;
            QTimer heartbeat;
            heartbeat.setInterval(1);
            QElapsedTimer beat;
            beat.start();
            double longest = 0;
            QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&] {
                longest = std::max(longest, msSince(beat) - 1.0);
                beat.restart();
            });
            const auto connection = QObject::connect(m_board, &zz::BoardPage::countsShown, &loop, [&] {
                sample.counts = msSince(t);
                loop.quit();
            });
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            heartbeat.start();
            if (m_board->countsPending())
                loop.exec();
            QObject::disconnect(connection);
            sample.blocked = std::max(sample.blocked, longest);
        }
        replay(m_recorder.stop(), sample);
        return sample;
    }

    void replay(const QList<Recorder::Statement> &statements, Sample &sample)
    {
        const bool postgres = m_session.db->isPostgres();
        for (const Recorder::Statement &s : statements) {
            const QString verb = s.sql.trimmed().section(u' ', 0, 0).toUpper();
            if (verb != u"SELECT"_s && verb != u"WITH"_s)
                continue;
            const zz::cli::RawStatement st = zz::cli::rawStatement(s.sql, s.values, postgres);
            QElapsedTimer t;
            t.start();
            m_raw->run(st, nullptr);
            (isCountStatement(s.sql) ? sample.rawCounts : sample.rawList) += msSince(t);
            ++sample.statements;
        }
    }

    qint64 shownTotal() const
    {
        QString text = m_board->findChild<QLabel *>(u"boardCountLabel"_s)->text();
        text.remove(QRegularExpression(u"[^0-9]"_s));
        return text.isEmpty() ? -1 : text.toLongLong();
    }

    zz::BoardPage *m_board;
    const zz::Session &m_session;
    Recorder &m_recorder;
    int m_repeats;
    std::unique_ptr<zz::cli::RawEngine> m_raw;
    QList<Figure> m_figures;
};

// A term of the demo data, and the terms no case holds.
struct SearchTerm
{
    QString name;
    QString text;
};

int runActions(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, QString(), u"url"_s);
    const QCommandLineOption loginOption(u"login"_s, QString(), u"login"_s);
    const QCommandLineOption passwordOption(u"password"_s, QString(), u"password"_s);
    const QCommandLineOption repeatsOption(u"action-repeats"_s, QString(), u"n"_s, u"5"_s);
    const QCommandLineOption savesOption(u"saves"_s, QString(), u"n"_s, u"0"_s);
    const QCommandLineOption childOption(u"child-actions"_s);
    const QCommandLineOption caseNoOption(u"case-no"_s, QString(), u"no"_s);
    const QCommandLineOption nameOption(u"reporter"_s, QString(), u"name"_s);
    parser.addOptions({dbOption, loginOption, passwordOption, repeatsOption, savesOption, childOption,
                       caseNoOption, nameOption});
    parser.process(app);
    QCoreApplication::setOrganizationName(u"Zongzhi"_s);
    QCoreApplication::setApplicationName(u"zongzhi-bench-gui"_s);
    zz::Localization::installTranslations(app, u"zh_CN"_s);
    zz::Localization::applyChineseFont();
    QTextStream out(stdout);
    QTextStream err(stderr);
    Recorder recorder;
    try {
        const zz::SystemClock clock;
        zz::Session session = zz::AuthService(clock).login(parser.value(dbOption), parser.value(loginOption),
                                                           parser.value(passwordOption));
        const zz::AppContext context{*session.db, clock, zz::CalendarRepository(*session.db).load(),
                                     session.user};
        zz::MainWindow window(context);
        if (!window.setCurrentModule(u"board"_s)) {
            err << "the account cannot see the board\n";
            return 1;
        }
        window.resize(1280, 800);
        window.show();
        auto *board = window.findChild<zz::BoardPage *>();
        zz::Query::setObserver(&recorder);
        ActionBench bench(board, session, recorder, std::max(1, parser.value(repeatsOption).toInt()));
        bench.settle();

        const zz::BoardCatalog &catalog = board->catalog();
        const qint64 scope = catalog.scopeOrgUnitId();
        qint64 below = 0; // a unit one level below the scope: a township for the county, a village
        qint64 grid = 0;
        for (const zz::OrgUnit &unit : catalog.orgUnits()) {
            if (below == 0 && unit.parentId == scope && unit.id != scope)
                below = unit.id;
            if (grid == 0 && unit.level == zz::OrgLevel::Grid)
                grid = unit.id;
        }
        qint64 category = 0;
        for (const zz::Category &c : catalog.categories())
            if (category == 0 && c.parentId == 0)
                category = c.id;
        const auto base = [board] { board->setFilter(zz::BoardFilter{}); };
        QTableView *table = board->table();
        QScrollBar *bar = table->verticalScrollBar();

        bench.measure(u"filter_status_chip"_s, base,
                      [board] { board->stageStrip()->tile(zz::CaseStatus::Dispatched)->click(); });
        bench
            .measure(u"filter_unit"_s, base,
                     [board, below] {
                         zz::BoardFilter f;
                         f.orgUnitId = below;
                         board->setFilter(f);
                     })
            .note = catalog.orgUnitName(below);
        bench
            .measure(u"filter_category"_s, base,
                     [board, category] {
                         zz::BoardFilter f;
                         f.categoryId = category;
                         board->setFilter(f);
                     })
            .note = catalog.categoryName(category);
        bench.measure(u"sort_deadline"_s, base, [table] {
            emit table->horizontalHeader()->sectionClicked(zz::BoardModel::DeadlineColumn);
        });
        bench.measure(u"scroll_page"_s, base, [bar] { bar->setValue(bar->maximum()); }).blockedTarget = 50;
        bench.figures().last().listTarget = 50;
        bench.measure(u"ctrl_end"_s, base, [table] {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_End, Qt::ControlModifier);
            QCoreApplication::sendEvent(table, &press);
        });
        bench
            .measure(
                u"live_refresh"_s,
                [&] {
                    base();
                    for (int i = 0; i < 5; ++i) {
                        bar->setValue(bar->maximum());
                        QCoreApplication::processEvents();
                    }
                    table->scrollTo(board->model()->index(3 * zz::BoardModel::pageSize, 0),
                                    QAbstractItemView::PositionAtTop);
                },
                [board] { board->refresh(); })
            .listTarget = 100;

        // Searches: terms of the demo's titles and addresses, identifiers, and terms no case holds.
        QList<SearchTerm> terms = {
            {u"search_1char_none"_s, u"鑫"_s},       {u"search_1char_many"_s, u"水"_s},
            {u"search_2char_none"_s, u"鲸鱼"_s},     {u"search_2char_many"_s, u"噪音"_s},
            {u"search_3char_none"_s, u"宇宙飞船"_s}, {u"search_3char_many"_s, u"电动车"_s}};
        if (parser.isSet(nameOption))
            terms.append({u"search_2char_few"_s, parser.value(nameOption)});
        if (parser.isSet(caseNoOption))
            terms.append({u"search_3char_few"_s, parser.value(caseNoOption)});
        auto *search = board->findChild<QLineEdit *>(u"boardSearchLineEdit"_s);
        for (const SearchTerm &term : std::as_const(terms)) {
            Figure &f = bench.measure(term.name, base, [search, text = term.text] {
                search->setText(text);
                emit search->returnPressed();
            });
            f.note = term.text;
            f.listTarget = 150;
            f.countsTarget = 300;
        }

        // The intake form's similar-title check, at a grid of the scope, for the last 90 days.
        const zz::RelatedCases related(*session.db, session.actor());
        const QString title = u"楼上漏水严重，多次协商未果"_s;
        const QDateTime since = clock.now().addDays(-90);
        bench.measureCall(u"intake_similar_title"_s, 50, [&] { related.similar(title, grid, since); });
        // A month's statistics by closing date, scope-wide: last month.
        const QDate first = clock.now().date().addMonths(-1);
        const QDateTime from(QDate(first.year(), first.month(), 1), QTime(0, 0));
        const QDateTime to = from.addMonths(1);
        qint64 closed = 0;
        bench
            .measureCall(u"stats_closed_month"_s, 200,
                         [&] { closed = zz::CaseRepository(*session.db).closedCount(scope, from, to); })
            .hits = closed;
        bench.figures().last().hits = closed;
        zz::Query::setObserver(nullptr);

        // Saves: as this account, a walk-in complaint at a grid of the scope.
        QList<double> saves;
        const int saveCount = parser.value(savesOption).toInt();
        if (saveCount > 0 && grid > 0) {
            qint64 leaf = 0;
            for (const zz::Category &c : catalog.categories())
                if (leaf == 0 && c.parentId > 0)
                    leaf = c.id;
            zz::CaseService service(*session.db, clock, context.calendar);
            for (int i = 0; i < saveCount + 2; ++i) {
                zz::CaseRecord draft;
                draft.title = title;
                draft.description = u"群众来访反映，楼上住户卫生间防水层老化，导致楼下天花板长期渗水发霉，"
                                    "已影响正常居住，双方多次协商未果，请求社区上门核实并协调处理。"_s;
                draft.address = u"上溪村 %1 号"_s.arg(i % 199 + 1);
                draft.source = zz::CaseSource::Visit;
                draft.categoryId = leaf;
                draft.orgUnitId = grid;
                zz::CaseParty party;
                party.name = u"张建国"_s;
                const QString id17 = u"33068119800101%1"_s.arg(i % 1000, 3, 10, QChar(u'0'));
                party.residentId = id17 + zz::Validators::residentIdCheckChar(id17);
                party.phone = u"139%1"_s.arg(i, 8, 10, QChar(u'0'));
                draft.parties = {party};
                QElapsedTimer t;
                t.start();
                service.report(draft, session.actor());
                if (i >= 2)
                    saves << msSince(t);
            }
        }

        QJsonArray figures;
        for (const Figure &f : std::as_const(bench.figures())) {
            QList<double> blocked, list, counts, rawList, rawCounts;
            for (const Sample &s : f.samples) {
                blocked << s.blocked;
                list << s.list;
                counts << s.counts;
                rawList << s.rawList;
                rawCounts << s.rawCounts;
            }
            figures.append(
                QJsonObject{{u"name"_s, f.name},
                            {u"note"_s, f.note},
                            {u"hits"_s, f.hits},
                            {u"blocked_ms"_s, median(blocked)},
                            {u"blocked_max_ms"_s, *std::max_element(blocked.begin(), blocked.end())},
                            {u"list_ms"_s, median(list)},
                            {u"counts_ms"_s, f.countsTarget > 0 ? median(counts) : 0},
                            {u"raw_list_ms"_s, median(rawList)},
                            {u"raw_counts_ms"_s, median(rawCounts)},
                            {u"statements"_s, f.samples.isEmpty() ? 0 : f.samples.first().statements},
                            {u"blocked_target_ms"_s, f.blockedTarget},
                            {u"list_target_ms"_s, f.listTarget},
                            {u"counts_target_ms"_s, f.countsTarget}});
        }
        QJsonObject result{{u"login"_s, session.user.login},
                           {u"engine"_s, bench.raw().version()},
                           {u"scope"_s, catalog.orgUnitName(scope)},
                           {u"figures"_s, figures}};
        if (!saves.isEmpty())
            result.insert(u"saves"_s, QJsonObject{{u"count"_s, saves.size()},
                                                  {u"p50_ms"_s, percentile(saves, 0.5)},
                                                  {u"p99_ms"_s, percentile(saves, 0.99)}});
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        out.flush();
    } catch (const zz::Error &error) {
        zz::Query::setObserver(nullptr);
        err << error.message() << ' ' << error.detail() << '\n';
        return 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The parent: accounts, children, the table.

struct Account
{
    QString kind; // township, county
    QString login;
    QString password;
};

// Creates the account through AccountService as the owner when it is missing.
void ensureAccount(const zz::Database &db, const Account &account, QTextStream &out)
{
    if (zz::UserRepository(db).byLogin(account.login))
        return;
    zz::OrgUnitRepository orgs(db);
    qint64 county = 0, township = 0;
    for (const zz::OrgUnit &unit : orgs.all()) {
        if (unit.parentId == 0 && county == 0)
            county = unit.id;
        if (unit.level == zz::OrgLevel::Township && township == 0)
            township = unit.id;
    }
    std::optional<zz::User> admin;
    for (const zz::User &u : zz::UserRepository(db).list())
        if (!admin && u.roles.testFlag(zz::Role::Admin))
            admin = u;
    const zz::Actor actor =
        admin ? zz::Actor{admin->id, admin->displayName, admin->roles, admin->orgUnitId, admin->departmentId}
              : zz::Actor{0, u"bench"_s, zz::Role::Admin, county, 0};
    zz::User user;
    user.login = account.login;
    user.displayName = account.kind == u"county"_s ? u"县级值班员"_s : u"乡镇值班员"_s;
    user.roles = account.kind == u"county"_s ? zz::Roles(zz::Role::DutyOfficer) | zz::Role::Leader
                                             : zz::Roles(zz::Role::DutyOfficer);
    user.orgUnitId = account.kind == u"county"_s ? county : township;
    const zz::SystemClock clock;
    zz::AccountService(db, clock, actor).create(user, account.password);
    out << "created the " << account.kind << " account " << account.login << '\n';
}

QJsonObject runChild(const QStringList &args, QTextStream &err)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForFinished(3600000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0) {
        err << "a run failed: " << QString::fromLocal8Bit(child.readAllStandardError()) << '\n';
        return {};
    }
    const QByteArray lines = child.readAllStandardOutput().trimmed();
    return QJsonDocument::fromJson(lines.mid(lines.lastIndexOf('\n') + 1)).object();
}

QString cell(double value)
{
    return value > 0 ? QString::number(value, value < 10 ? 'f' : 'f', value < 10 ? 2 : 1) : u"—"_s;
}

int runParent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times what users of the board get, as real accounts."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database URL (the owner's on PostgreSQL)."_s, u"url"_s);
    const QCommandLineOption townshipLogin(u"township-login"_s, u"Township account."_s, u"login"_s,
                                           u"duty1"_s);
    const QCommandLineOption townshipPassword(u"township-password"_s, u"Its password."_s, u"password"_s,
                                              u"zongzhi2026"_s);
    const QCommandLineOption countyLogin(u"county-login"_s, u"County account."_s, u"login"_s,
                                         u"countyduty"_s);
    const QCommandLineOption countyPassword(u"county-password"_s, u"Its password."_s, u"password"_s,
                                            u"County#2026x"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures as JSON to this file."_s, u"file"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Cold starts per account (default 5)."_s, u"n"_s,
                                           u"5"_s);
    const QCommandLineOption actionRepeatsOption(u"action-repeats"_s, u"Runs of each action (default 5)."_s,
                                                 u"n"_s, u"5"_s);
    const QCommandLineOption savesOption(
        u"saves"_s, u"Cases registered by the township account (default 200)."_s, u"n"_s, u"200"_s);
    parser.addOptions({dbOption, townshipLogin, townshipPassword, countyLogin, countyPassword, jsonOption,
                       repeatsOption, actionRepeatsOption, savesOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(dbOption)) {
        err << "--db is required\n";
        return 2;
    }
    const QString url = parser.value(dbOption);
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());
    const QList<Account> accounts = {
        {u"township"_s, parser.value(townshipLogin), parser.value(townshipPassword)},
        {u"county"_s, parser.value(countyLogin), parser.value(countyPassword)}};

    // Accounts, the identifiers searched for, and the ids to take the saved cases out again.
    QString caseNo, reporter;
    qint64 lastId = 0, cases = 0;
    try {
        // The schema is taken as it is (migrations are not what is measured, and a shared server's
        // schema is its owner's business).
        zz::Database owner(url);
        for (const Account &account : accounts)
            ensureAccount(owner, account, out);
        caseNo =
            zz::Query(owner, u"SELECT case_no FROM cases ORDER BY id DESC LIMIT 1"_s).scalar().toString();
        reporter = zz::Query(owner, u"SELECT name FROM case_parties WHERE length(name) = 2 ORDER BY id DESC "
                                    "LIMIT 1"_s)
                       .scalar()
                       .toString();
        lastId = zz::Query(owner, u"SELECT COALESCE(MAX(id), 0) FROM cases"_s).scalar().toLongLong();
        cases = zz::Query(owner, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong();
    } catch (const zz::Error &error) {
        err << error.message() << ' ' << error.detail() << '\n';
        return 1;
    }

    QJsonObject byAccount;
    QString engine;
    for (const Account &account : accounts) {
        QList<double> startups;
        QJsonArray runs;
        for (int i = 0; i < repeats; ++i) {
            const QJsonObject run =
                runChild({u"--child-start"_s, QString::number(monotonicNs()), u"--db"_s, url, u"--login"_s,
                          account.login, u"--password"_s, account.password},
                         err);
            if (run.isEmpty())
                return 1;
            runs.append(run);
            startups << run.value(u"startup_ms"_s).toDouble();
            QThread::msleep(200); // let the previous process's teardown settle
        }
        QStringList args = {u"--child-actions"_s,
                            u"--db"_s,
                            url,
                            u"--login"_s,
                            account.login,
                            u"--password"_s,
                            account.password,
                            u"--action-repeats"_s,
                            parser.value(actionRepeatsOption),
                            u"--saves"_s,
                            account.kind == u"township"_s ? parser.value(savesOption) : u"0"_s};
        if (!caseNo.isEmpty())
            args << u"--case-no"_s << caseNo;
        if (!reporter.isEmpty())
            args << u"--reporter"_s << reporter;
        const QJsonObject actions = runChild(args, err);
        if (actions.isEmpty())
            return 1;
        engine = actions.value(u"engine"_s).toString();
        QJsonObject entry = actions;
        entry.insert(u"startup_ms"_s, median(startups));
        entry.insert(u"startup_runs"_s, runs);
        byAccount.insert(account.kind, entry);
    }

    // The saved cases out again (parties and flow rows cascade), their numbers given back.
    try {
        zz::Database owner(url);
        zz::Transaction tx(owner);
        zz::Query(owner, u"DELETE FROM cases WHERE id > ?"_s).bind(lastId).exec();
        zz::Query(owner,
                  u"UPDATE case_counters SET last_seq = COALESCE((SELECT MAX(c.seq) FROM cases c WHERE "
                  "c.township_id = case_counters.township_id AND c.year = case_counters.year), 0)"_s)
            .exec();
        tx.commit();
    } catch (const zz::Error &error) {
        err << "could not remove the saved cases: " << error.message() << '\n';
    }

    // The table: ours / raw, per account.
    const QString date = QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s);
    out << "zongzhi-bench-gui " << date << ", " << engine << ", " << cases << " cases, " << cpuName() << ", "
        << QThread::idealThreadCount() << " cores; medians of " << parser.value(actionRepeatsOption)
        << " runs (cold start: " << repeats << "), ms\n";
    const QJsonObject township = byAccount.value(u"township"_s).toObject();
    const QJsonObject county = byAccount.value(u"county"_s).toObject();
    out << u"%1 | %2 | %3\n"_s.arg(u"action"_s, -22)
               .arg(u"township: blocked / list / counts (raw list / raw counts) hits"_s, -58)
               .arg(u"county: the same"_s);
    out << u"%1 | %2 | %3\n"_s.arg(u"cold start"_s, -22)
               .arg(cell(township.value(u"startup_ms"_s).toDouble()), -58)
               .arg(cell(county.value(u"startup_ms"_s).toDouble()));
    const QJsonArray names = township.value(u"figures"_s).toArray();
    const auto find = [](const QJsonObject &account, const QString &name) {
        for (const QJsonValue &v : account.value(u"figures"_s).toArray())
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject();
        return QJsonObject();
    };
    const auto describe = [](const QJsonObject &f) {
        if (f.isEmpty())
            return u"—"_s;
        QString text = u"%1 / %2 / %3 (%4 / %5)"_s.arg(
            cell(f.value(u"blocked_ms"_s).toDouble()), cell(f.value(u"list_ms"_s).toDouble()),
            cell(f.value(u"counts_ms"_s).toDouble()), cell(f.value(u"raw_list_ms"_s).toDouble()),
            cell(f.value(u"raw_counts_ms"_s).toDouble()));
        if (f.value(u"hits"_s).toInteger() >= 0)
            text += u' ' + QString::number(f.value(u"hits"_s).toInteger());
        return text;
    };
    for (const QJsonValue &v : names) {
        const QString name = v.toObject().value(u"name"_s).toString();
        out << u"%1 | %2 | %3\n"_s.arg(name, -22)
                   .arg(describe(find(township, name)), -58)
                   .arg(describe(find(county, name)));
    }
    const QJsonObject saves = township.value(u"saves"_s).toObject();
    if (!saves.isEmpty())
        out << u"save p50 / p99 (township): %1 / %2 ms over %3 cases\n"_s
                   .arg(cell(saves.value(u"p50_ms"_s).toDouble()), cell(saves.value(u"p99_ms"_s).toDouble()))
                   .arg(saves.value(u"count"_s).toInt());
    out.flush();

    if (parser.isSet(jsonOption)) {
        const QJsonObject doc{{u"machine"_s, QJsonObject{{u"os"_s, QSysInfo::prettyProductName()},
                                                         {u"cpu"_s, cpuName()},
                                                         {u"cores"_s, QThread::idealThreadCount()},
                                                         {u"qt"_s, QString::fromLatin1(qVersion())}}},
                              {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                              {u"engine"_s, engine},
                              {u"cases"_s, cases},
                              {u"repeats"_s, repeats},
                              {u"action_repeats"_s, parser.value(actionRepeatsOption).toInt()},
                              {u"accounts"_s, byAccount}};
        QSaveFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(doc).toJson()) < 0 ||
            !file.commit()) {
            err << "cannot write " << parser.value(jsonOption) << '\n';
            return 1;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const qint64 entryNs = monotonicNs();
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--child-start") == 0 && i + 1 < argc) {
            bool ok = false;
            const qint64 spawnNs = QByteArray(argv[i + 1]).toLongLong(&ok);
            return runStart(argc, argv, ok ? spawnNs : entryNs);
        }
        if (qstrcmp(argv[i], "--child-actions") == 0)
            return runActions(argc, argv);
    }
    return runParent(argc, argv);
}
