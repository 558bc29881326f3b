#include "ScreenshotRunner.h"

#include "MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QTextStream>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int settleMs = 2500; // pages load their first rows from the database after showing

MainWindow *visibleMainWindow()
{
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(top); window && window->isVisible())
            return window;
    }
    return nullptr;
}

} // namespace

ScreenshotRunner::ScreenshotRunner(const QString &file, int timeLimitMs, QObject *parent)
    : QObject(parent), m_file(file), m_timeLimitMs(timeLimitMs)
{
    m_elapsed.start();
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotRunner::poll);
    m_timer.start();
}

bool ScreenshotRunner::save(QWidget *window, const QString &file)
{
    const QImage image = window->grab().toImage();
    const bool saved = !image.isNull() && image.save(file, "PNG");
    QTextStream(stderr) << (saved ? "screenshot: " : "screenshot failed: ") << file << ' ' << image.width()
                        << 'x' << image.height() << Qt::endl;
    return saved;
}

void ScreenshotRunner::poll()
{
    MainWindow *window = visibleMainWindow();
    if (!window) {
        if (m_elapsed.elapsed() < m_timeLimitMs)
            return;
        // No main window in time: keep what is showing (a login error, a failed connection).
        QWidget *shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                           : QApplication::activeWindow();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!shown && top->isVisible() && top->isWindow())
                shown = top;
        }
        if (shown)
            save(shown, m_file);
        finish(3);
        return;
    }
    if (!m_settled.isValid()) {
        m_settled.start();
        return;
    }
    if (m_settled.elapsed() < settleMs)
        return;
    if (!m_helpOpened) {
        if (!save(window, m_file)) {
            finish(1);
            return;
        }
        window->showHelp();
        m_helpOpened = true;
        m_settled.restart();
        return;
    }
    QWidget *help = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets())
        if (top->isVisible() && top->objectName() == u"helpWindow"_s)
            help = top;
    finish(help && save(help, helpFile(m_file)) ? 0 : 1);
}

QString ScreenshotRunner::helpFile(const QString &file)
{
    const QFileInfo info(file);
    const QString suffix = info.suffix().isEmpty() ? u"png"_s : info.suffix();
    return info.path() + u'/' + info.completeBaseName() + u"-help."_s + suffix;
}

void ScreenshotRunner::finish(int exitCode)
{
    m_timer.stop();
    m_exitCode = exitCode;
    // exit() rather than quit(): the code reaches main's return; windows close as the app ends.
    QCoreApplication::exit(exitCode);
}

} // namespace zz
