#include "ChangeFeed.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
// PostgreSQL: how often to check that the subscription survived a reconnect (closing a Qt
// connection drops its LISTENs).
constexpr int resubscribeIntervalMs = 5000;
// On the driver: how many feeds listen through it.
constexpr char feedCountProperty[] = "zongzhiChangeFeeds";
} // namespace

ChangeFeed::ChangeFeed(const Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(settleMs);
    connect(m_settleTimer, &QTimer::timeout, this, &ChangeFeed::casesChanged);
    m_petitionSettleTimer = new QTimer(this);
    m_petitionSettleTimer->setSingleShot(true);
    m_petitionSettleTimer->setInterval(settleMs);
    connect(m_petitionSettleTimer, &QTimer::timeout, this, &ChangeFeed::petitionsChanged);

    m_pollTimer = new QTimer(this);
    if (db.isSqlite()) {
        poll(); // the baseline
        m_pollTimer->setInterval(pollIntervalMs);
        connect(m_pollTimer, &QTimer::timeout, this, &ChangeFeed::poll);
    } else {
        subscribe();
        m_pollTimer->setInterval(resubscribeIntervalMs);
        connect(m_pollTimer, &QTimer::timeout, this, &ChangeFeed::subscribe);
    }
    m_pollTimer->start();
}

ChangeFeed::~ChangeFeed()
{
    // Several feeds may listen on one connection (two pages of one session): the last one to go
    // stops listening.
    if (!m_driver)
        return;
    const int feeds = m_driver->property(feedCountProperty).toInt() - 1;
    m_driver->setProperty(feedCountProperty, feeds);
    if (feeds > 0 || !m_db.connection().isOpen())
        return;
    for (const QString &name : {channel(), petitionChannel()})
        if (m_driver->subscribedToNotifications().contains(name))
            m_driver->unsubscribeFromNotification(name);
}

QString ChangeFeed::channel()
{
    return u"zz_cases"_s;
}

QString ChangeFeed::petitionChannel()
{
    return u"zz_petitions"_s;
}

bool ChangeFeed::isActive() const
{
    return m_db.isSqlite() ? m_pollTimer->isActive() : m_subscribed;
}

void ChangeFeed::poll()
{
    if (!m_db.isSqlite())
        return;
    // Not through zz::Query: a failed poll (database busy, connection gone) is not worth an error
    // dialog; the next one tries again.
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT data_version, total_changes() FROM pragma_data_version"_s) || !q.next())
        return;
    const qint64 dataVersion = q.value(0).toLongLong();
    const qint64 ownChanges = q.value(1).toLongLong();
    const bool first = m_dataVersion < 0;
    const bool changed = dataVersion != m_dataVersion || ownChanges != m_ownChanges;
    m_dataVersion = dataVersion;
    m_ownChanges = ownChanges;
    if (!first && changed) {
        emit casesChanged();
        emit petitionsChanged();
    }
}

void ChangeFeed::subscribe()
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
                    notified(name);
                });
    }
    const QStringList listening = driver->subscribedToNotifications();
    if (listening.contains(channel()) && listening.contains(petitionChannel())) {
        m_subscribed = true;
        return;
    }
    // Not listening: the first time, or the connection was reopened (which drops its LISTENs). After
    // a reopen, catch up on whatever happened while nobody listened.
    const bool lost = m_subscribed;
    m_subscribed =
        (listening.contains(channel()) || driver->subscribeToNotification(channel())) &&
        (listening.contains(petitionChannel()) || driver->subscribeToNotification(petitionChannel()));
    if (lost && m_subscribed) {
        m_settleTimer->start();
        m_petitionSettleTimer->start();
    }
}

void ChangeFeed::notified(const QString &name)
{
    if (name == channel() && !m_settleTimer->isActive())
        m_settleTimer->start();
    else if (name == petitionChannel() && !m_petitionSettleTimer->isActive())
        m_petitionSettleTimer->start();
}

} // namespace zz
