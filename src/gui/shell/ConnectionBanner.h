#pragma once

#include "Database.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace zz {

// The strip across the top of the main window while the database connection is lost: it says so,
// reconnects by itself with growing pauses (Database::reconnect() under a ReconnectPolicy) and
// hides once the connection is back. Whatever the user was typing stays where it was.
class ConnectionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionBanner(const Database &db, QWidget *parent = nullptr);
    ~ConnectionBanner() override;

    // Pauses between attempts (its `attempts` is not used: the banner keeps trying until the
    // connection is back). Default: 1 s, doubled up to 30 s.
    void setPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    // How often a quiet connection is probed with a trivial query; 0 never. Default 15 s.
    void setCheckInterval(int milliseconds);
    // Reconnect attempts since the connection was lost (0 while connected).
    int attempts() const { return m_attempt; }

public slots:
    // Probes the connection now; a dead one shows the banner and starts reconnecting.
    void check();
    // Tries to reconnect at once (the banner's 立即重试 button).
    void retryNow();

signals:
    void connectionLost();
    void reconnected();

private:
    void connectionChanged(bool connected);
    void attempt();
    void scheduleNext();

    const Database &m_db;
    int m_listenerId = 0;
    ReconnectPolicy m_policy{0, 1000, 30000};
    int m_attempt = 0;
    QTimer m_retryTimer;
    QTimer m_checkTimer;
    QLabel *m_label = nullptr;
    QPushButton *m_retryButton = nullptr;
};

} // namespace zz
