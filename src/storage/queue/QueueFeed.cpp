#include "QueueFeed.h"

#include "ChangeFeed.h"
#include "Database.h"

#include <QSqlDriver>
#include <QTimer>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int resubscribeIntervalMs = 5000;
constexpr char feedCountProperty[] = "zongzhiQueueFeeds";
} // namespace

QueueFeed::QueueFeed(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(settleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &QueueFeed::ticketsChanged);
    if (db.isSqlite()) {
        m_sqliteFeed = new ChangeFeed(db, this);
        connect(m_sqliteFeed, &ChangeFeed::casesChanged, this, &QueueFeed::ticketsChanged);
        return;
    }
    subscribe();
    m_resubscribeTimer = new QTimer(this);
    m_resubscribeTimer->setInterval(resubscribeIntervalMs);
    connect(m_resubscribeTimer, &QTimer::timeout, this, &QueueFeed::subscribe);
    m_resubscribeTimer->start();
}

QueueFeed::~QueueFeed()
{
    if (!m_driver)
        return;
    const int feeds = m_driver->property(feedCountProperty).toInt() - 1;
    m_driver->setProperty(feedCountProperty, feeds);
    if (feeds <= 0 && m_db.connection().isOpen() && m_driver->subscribedToNotifications().contains(channel()))
        m_driver->unsubscribeFromNotification(channel());
}

QString QueueFeed::channel()
{
    return u"zz_queue"_s;
}

bool QueueFeed::isActive() const
{
    return m_sqliteFeed ? m_sqliteFeed->isActive() : m_subscribed;
}

void QueueFeed::poll()
{
    if (m_sqliteFeed)
        m_sqliteFeed->poll();
}

void QueueFeed::subscribe()
{
    QSqlDatabase connection = m_db.connection();
    QSqlDriver *driver = connection.isOpen() ? connection.driver() : nullptr;
    if (!driver) {
        m_subscribed = false;
        return;
    }
    if (driver != m_driver) {
        m_driver = driver;
        driver->setProperty(feedCountProperty, driver->property(feedCountProperty).toInt() + 1);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                    if (name == channel() && !m_settleTimer->isActive())
                        m_settleTimer->start();
                });
    }
    if (driver->subscribedToNotifications().contains(channel())) {
        m_subscribed = true;
        return;
    }
    const bool lost = m_subscribed;
    m_subscribed = driver->subscribeToNotification(channel());
    if (lost && m_subscribed)
        m_settleTimer->start();
}

} // namespace zz
