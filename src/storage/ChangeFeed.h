#pragma once

#include <QObject>
#include <QPointer>

class QSqlDriver;
class QTimer;

namespace zz {

class Database;

// Says "cases changed" whoever changed them, so that open lists and boards can refresh. PostgreSQL:
// LISTEN zz_cases on the session's connection (migration 0004's statement trigger notifies on every
// write to cases). SQLite has no notifications: the connection polls PRAGMA data_version (moves when
// another connection commits) and total_changes() (this connection's own writes).
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollIntervalMs = 500;
    // Notifications arriving within this window become one casesChanged().
    static constexpr int settleMs = 100;

    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // The PostgreSQL channel the trigger notifies.
    static QString channel();
    // True while changes are being watched (subscribed or polling).
    bool isActive() const;
    // SQLite: polls once now (emits casesChanged() when something changed since the last look).
    void poll();

signals:
    void casesChanged();

private:
    void subscribe();
    void notified(const QString &name);

    const Database &m_db;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_settleTimer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
    QPointer<QSqlDriver> m_driver;
    bool m_subscribed = false;
};

} // namespace zz
