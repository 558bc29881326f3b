#pragma once

#include "SupervisionService.h"
#include "shell/AppContext.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <chrono>
#include <memory>

class QLabel;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace zz {

// Runs automatic supervision (SupervisionService::sweep) on a timer, every minute by default, in a
// thread of its own with its own connection (same URL and credentials), and tells the user about the
// cards it issued without blocking: a status-bar message, a small toast in the window, and a tray
// message where the desktop has a tray.
class SupervisionNotifier : public QObject
{
    Q_OBJECT

public:
    // `window` shows the notices (its status bar when it is a QMainWindow); the notifier is its child.
    explicit SupervisionNotifier(const AppContext &context, QWidget *window,
                                 std::chrono::milliseconds interval = std::chrono::minutes(1));
    ~SupervisionNotifier() override;

    QTimer *timer() const { return m_timer; }
    // The toast label (hidden until cards arrive).
    QLabel *toast() const { return m_toast; }
    // Starts one sweep in the background (nothing when one is still running); its cards arrive
    // through cardsIssued().
    void sweepNow();
    // A sweep is running.
    bool isBusy() const { return m_busy; }
    // The text shown for a set of cards.
    static QString summary(const QList<SupervisionService::Card> &cards);

signals:
    void cardsIssued(const QList<zz::SupervisionService::Card> &cards);
    // A sweep ended (with or without cards, or failed).
    void sweepFinished();

private:
    class Worker;
    struct Shared;
    void sweepDone(const QList<SupervisionService::Card> &cards, const QString &error);
    void notify(const QList<SupervisionService::Card> &cards);
    void placeToast();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const AppContext &m_context;
    QPointer<QWidget> m_window;
    QTimer *m_timer = nullptr;
    QTimer *m_toastTimer = nullptr;
    QLabel *m_toast = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastError;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread; null when sweeping on the window's connection
    std::shared_ptr<Shared> m_shared;
    bool m_busy = false;
};

} // namespace zz
