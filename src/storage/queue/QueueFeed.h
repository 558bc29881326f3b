#pragma once

#include <QObject>
#include <QPointer>

class QSqlDriver;
class QTimer;

namespace zz {

class ChangeFeed;
class Database;

// Says "tickets changed" whoever changed them, so that the public display, the window consoles and
// the evaluator follow every counter of the hall. PostgreSQL: LISTEN zz_queue (the statement trigger
// of the queue migration notifies on every write to queue_tickets). SQLite: the project's ChangeFeed
// (PRAGMA data_version polling) — it moves with any table, which is cheap to re-read here.
class QueueFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int settleMs = 50;

    explicit QueueFeed(const Database &db, QObject *parent = nullptr);
    ~QueueFeed() override;

    static QString channel();
    bool isActive() const;
    // SQLite: polls once now.
    void poll();

signals:
    void ticketsChanged();

private:
    void subscribe();

    const Database &m_db;
    ChangeFeed *m_sqliteFeed = nullptr;
    QTimer *m_resubscribeTimer = nullptr;
    QTimer *m_settleTimer = nullptr;
    QPointer<QSqlDriver> m_driver;
    bool m_subscribed = false;
};

} // namespace zz
