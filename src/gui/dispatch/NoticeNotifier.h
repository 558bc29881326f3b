#pragma once

#include "NoticeService.h"
#include "shell/AppContext.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <chrono>
#include <memory>

class QLabel;
class QSystemTrayIcon;
class QTimer;

namespace zz {

class ChangeFeed;
class MainWindow;

// Tells the account what is new for it (NoticeService: dispatches to his department, 催办, 督办, due
// soon, 重大紧急 petitions for leaders) while he works elsewhere: a count badge on 指挥调度 in the
// navigation, and for each new batch a tray message where the desktop has a tray, else a notice in the
// window. Live across counters: every change another client makes (ChangeFeed: LISTEN/NOTIFY on
// PostgreSQL, data_version on SQLite) and a timer (due soon) start a check, which runs in a thread of its
// own with its own connection. Clicking the notice opens the case or the petition, or the board filtered
// to what the notices are about (the 信访超市 when 重大紧急 petitions are among them); opening 指挥调度
// counts as having looked.
class NoticeNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr auto defaultInterval = std::chrono::minutes(1);
    static inline const QString moduleId = QStringLiteral("board");

    NoticeNotifier(const AppContext &context, MainWindow *window,
                   std::chrono::milliseconds interval = defaultInterval);
    ~NoticeNotifier() override;

    // Starts a check now (or right after the running one).
    void checkNow();
    bool isBusy() const { return m_busy; }
    // The last check's result.
    const NoticeService::Unseen &unseen() const { return m_unseen; }
    QLabel *toast() const { return m_toast; }
    QTimer *timer() const { return m_timer; }
    // What clicking the notice does: the one case, or the board filtered; then all is seen.
    void openNotices();
    // The account has looked at everything checked so far.
    void markSeen();

    // "新派遣 2 件、督办 1 件" for a list of notices.
    static QString summary(const QList<NoticeService::Notice> &notices);

signals:
    // A check ended (result in unseen()).
    void checked();
    // New notices were announced (toast or tray).
    void announced(const QList<zz::NoticeService::Notice> &notices);

private:
    class Worker;
    void checkDone(const NoticeService::Unseen &unseen, const QString &error);
    void announce(const QList<NoticeService::Notice> &notices);
    void updateBadge();
    void placeToast();
    bool eventFilter(QObject *watched, QEvent *event) override;

    const AppContext &m_context;
    QPointer<MainWindow> m_window;
    ChangeFeed *m_feed = nullptr;
    QTimer *m_timer = nullptr;
    QTimer *m_toastTimer = nullptr;
    QLabel *m_toast = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread; null when checking on the window's connection
    NoticeService::Unseen m_unseen;
    QList<NoticeService::Notice> m_lastAnnounced;
    qint64 m_announcedFlow = 0;
    qint64 m_announcedPetitionFlow = 0;
    QSet<qint64> m_announcedDueSoon;
    bool m_busy = false;
    bool m_again = false;
};

} // namespace zz
