// zongzhi-bench-gui: the desktop app's cold start to a usable main window, and its resident memory
// with the board open. Each repeat runs in a fresh process (this program started again with
// --child), so every start pays for loading Qt, the fonts and the plug-ins like a real one.
//
//   zongzhi-bench-gui --db URL --login L --password P [--json FILE] [--repeats R]
//
// A start is: QApplication up (translations, Chinese font), the database opened, migrated and the
// calendar seeded as AppController::open() does, the login through AuthService (Argon2id verify on
// SQLite), the MainWindow built with the board as the current module and shown, and the board's first
// page and stage counts loaded (BoardPage reads both before it returns), with events processed until
// the window is exposed. The clock starts when the parent spawns the child (exec and dynamic loading
// included). Then the board is scrolled a few pages and VmRSS is read.

#include "AuthService.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "ReferenceRepositories.h"
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
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QScrollBar>
#include <QSysInfo>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QWindow>
#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
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

// One start, in this process. Prints one JSON object on stdout; returns the exit code.
int runChild(int argc, char *argv[], qint64 spawnNs)
{
    const qint64 mainNs = monotonicNs();
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime"); // as the app's main()
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(u"db"_s, QString(), u"url"_s);
    const QCommandLineOption loginOption(u"login"_s, QString(), u"login"_s);
    const QCommandLineOption passwordOption(u"password"_s, QString(), u"password"_s);
    const QCommandLineOption childOption(u"child"_s, QString(), u"ns"_s);
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
        {
            zz::Database preparation(url);
            preparation.migrate();
            zz::CalendarRepository(preparation).seedFromBundled();
            if (zz::AuthService::needsFirstAdmin(preparation)) {
                err << "the database has no accounts\n";
                return 1;
            }
        }
        mark(u"open_migrate"_s);
        zz::Session session =
            zz::AuthService(clock).login(url, parser.value(loginOption), parser.value(passwordOption));
        mark(u"login"_s);
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
        while (
            !(window.windowHandle() && window.windowHandle()->isExposed() && board && board->isVisible()) &&
            guard.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
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

        // A few pages down, as a user scrolling: each reaching the bottom fetches the next page.
        QScrollBar *bar = board->table()->verticalScrollBar();
        for (int page = 0; page < 5; ++page) {
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
        }
        const double rss = residentMb();
        const QJsonObject result{{u"startup_ms"_s, double(usableNs - spawnNs) / 1e6},
                                 {u"startup_in_main_ms"_s, double(usableNs - mainNs) / 1e6},
                                 {u"rss_start_mb"_s, rssStart},
                                 {u"rss_mb"_s, rss},
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

int runParent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times the desktop app's cold start and its memory with the board open."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database URL."_s, u"url"_s);
    const QCommandLineOption loginOption(u"login"_s, u"Login."_s, u"login"_s);
    const QCommandLineOption passwordOption(u"password"_s, u"Password."_s, u"password"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures as JSON to this file."_s, u"file"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Fresh processes to start (default 5)."_s, u"n"_s,
                                           u"5"_s);
    parser.addOptions({dbOption, loginOption, passwordOption, jsonOption, repeatsOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(dbOption) || !parser.isSet(loginOption) || !parser.isSet(passwordOption)) {
        err << "--db, --login and --password are required\n";
        return 2;
    }
    const int repeats = std::max(1, parser.value(repeatsOption).toInt());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    QList<double> startup, inMain, rss, rssStart;
    QJsonArray runs;
    for (int i = 0; i < repeats; ++i) {
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        const QStringList args{
            u"--db"_s,       parser.value(dbOption),       u"--login"_s, parser.value(loginOption),
            u"--password"_s, parser.value(passwordOption), u"--child"_s, QString::number(monotonicNs())};
        child.start(QCoreApplication::applicationFilePath(), args);
        if (!child.waitForFinished(300000) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0) {
            err << "run " << i + 1 << " failed: " << QString::fromLocal8Bit(child.readAllStandardError())
                << '\n';
            return 1;
        }
        const QJsonObject run = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
        if (run.isEmpty()) {
            err << "run " << i + 1 << " printed no figures\n";
            return 1;
        }
        runs.append(run);
        startup << run.value(u"startup_ms"_s).toDouble();
        inMain << run.value(u"startup_in_main_ms"_s).toDouble();
        rss << run.value(u"rss_mb"_s).toDouble();
        rssStart << run.value(u"rss_start_mb"_s).toDouble();
        QThread::msleep(200); // let the previous process's teardown settle
    }

    QJsonObject phases;
    const QJsonObject firstPhases = runs.first().toObject().value(u"phases_ms"_s).toObject();
    for (auto it = firstPhases.begin(); it != firstPhases.end(); ++it) {
        QList<double> values;
        for (const QJsonValue &run : std::as_const(runs))
            values << run.toObject().value(u"phases_ms"_s).toObject().value(it.key()).toDouble();
        phases.insert(it.key(), median(values));
    }

    out << "zongzhi-bench-gui: " << repeats << " cold starts, median\n";
    out << u"%1 %2 %3\n"_s.arg(u"figure"_s, -34).arg(u"value"_s, 10).arg(u"target"_s, 10);
    auto row = [&out](const QString &name, double value, const QString &unit, const QString &target) {
        out << u"%1 %2 %3\n"_s.arg(name, -34)
                   .arg(QString::number(value, 'f', 1) + u' ' + unit, 10)
                   .arg(target, 10);
    };
    row(u"startup_ms (spawn to usable board)"_s, median(startup), u"ms"_s, u"< 1500"_s);
    row(u"startup_in_main_ms"_s, median(inMain), u"ms"_s, QString());
    for (const QString &phase : {u"exec_to_main"_s, u"qapplication"_s, u"open_migrate"_s, u"login"_s,
                                 u"main_window"_s, u"shown_board_loaded"_s})
        row(u"  "_s + phase, phases.value(phase).toDouble(), u"ms"_s, QString());
    row(u"rss_start_mb (board first page)"_s, median(rssStart), u"MB"_s, QString());
    row(u"rss_mb (board, 5 pages scrolled)"_s, median(rss), u"MB"_s, u"< 300"_s);
    out << "rows loaded after scrolling: " << runs.last().toObject().value(u"rows_loaded"_s).toInt() << '\n';
    out.flush();

    if (parser.isSet(jsonOption)) {
        const QJsonObject doc{{u"machine"_s, QJsonObject{{u"os"_s, QSysInfo::prettyProductName()},
                                                         {u"cores"_s, QThread::idealThreadCount()},
                                                         {u"qt"_s, QString::fromLatin1(qVersion())}}},
                              {u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                              {u"repeats"_s, repeats},
                              {u"startup_ms"_s, median(startup)},
                              {u"startup_in_main_ms"_s, median(inMain)},
                              {u"rss_start_mb"_s, median(rssStart)},
                              {u"rss_mb"_s, median(rss)},
                              {u"phases_ms"_s, phases},
                              {u"targets"_s, QJsonObject{{u"startup_ms"_s, 1500}, {u"rss_mb"_s, 300}}},
                              {u"runs"_s, runs}};
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
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--child") == 0) {
            bool ok = false;
            const qint64 spawnNs = QByteArray(argv[i + 1]).toLongLong(&ok);
            return runChild(argc, argv, ok ? spawnNs : entryNs);
        }
    }
    return runParent(argc, argv);
}
