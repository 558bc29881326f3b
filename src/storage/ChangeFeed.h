#pragma once

#include <QObject>
#include <QPointer>

class QSqlDriver;
class QTimer;

namespace zz {

class Database;

// Says "cases changed" (and "petitions changed") whoever changed them, so that open lists, boards and
// badges can refresh. PostgreSQL: LISTEN zz_cases and zz_petitions on the session's connection (the
// statement triggers of migrations 0004 and 0040 notify on every write to cases and to petitions).
// SQLite has no notifications: the connection polls PRAGMA data_version (moves when another connection
// commits) and total_changes() (this connection's own writes), and cannot tell which table: both fire.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int pollIntervalMs = 500;
    // Notifications arriving within this window become one casesChanged().
    static constexpr int settleMs = 100;

    explicit ChangeFeed(const Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // The PostgreSQL channels the triggers notify.
    static QString channel();
    static QString petitionChannel();
    // True while changes are being watched (subscribed or polling).
    bool isActive() const;
    // SQLite: polls once now (emits casesChanged() when something changed since the last look).
    void poll();

signals:
    void casesChanged();
    void petitionsChanged();

private:
    void subscribe();
    void notified(const QString &name);

    const Database &m_db;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_settleTimer = nullptr;
    QTimer *m_petitionSettleTimer = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_ownChanges = -1;
    QPointer<QSqlDriver> m_driver;
    bool m_subscribed = false;
};

} // namespace zz
