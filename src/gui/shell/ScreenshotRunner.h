#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace zz {

// `zongzhi --screenshot FILE` (smoke tests of an installed package, scripts/package-test.sh): waits
// until the main window is up and has had time to load its page, saves it as FILE (PNG), opens the
// help for the module on screen as F1 does and saves that window as FILE with "-help" before the
// extension, and quits. exitCode() 0 when both were saved; 3 when no main window came within the
// time limit (the window showing instead, e.g. the login dialog with its error, is saved as FILE).
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    explicit ScreenshotRunner(const QString &file, int timeLimitMs = 60000, QObject *parent = nullptr);

    // FILE with "-help" before the extension.
    static QString helpFile(const QString &file);
    // -1 while waiting, then what the program should exit with.
    int exitCode() const { return m_exitCode; }

private:
    void poll();
    void finish(int exitCode);
    static bool save(QWidget *window, const QString &file);

    QString m_file;
    int m_timeLimitMs;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_settled; // since the main window was first seen
    int m_exitCode = -1;
    bool m_helpOpened = false;
};

} // namespace zz
