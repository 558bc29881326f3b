#include "ConnectionBanner.h"

#include "Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr int defaultCheckIntervalMs = 15000;
}

ConnectionBanner::ConnectionBanner(const Database &db, QWidget *parent) : QFrame(parent), m_db(db)
{
    setObjectName(u"connectionBanner"_s);
    setStyleSheet(u"QFrame#connectionBanner { background: #fff4ce; border-bottom: 1px solid #e0b400; }"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_label = new QLabel(this);
    m_label->setObjectName(u"connectionBannerLabel"_s);
    m_label->setWordWrap(true);
    layout->addWidget(m_label, 1);
    m_retryButton = new QPushButton(tr("立即重试"), this);
    m_retryButton->setObjectName(u"reconnectButton"_s);
    layout->addWidget(m_retryButton);
    connect(m_retryButton, &QPushButton::clicked, this, &ConnectionBanner::retryNow);
    hide();

    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConnectionBanner::attempt);
    connect(&m_checkTimer, &QTimer::timeout, this, &ConnectionBanner::check);
    setCheckInterval(defaultCheckIntervalMs);

    // Storage tells when any statement found the connection gone (or a reconnect brought it back);
    // queued, because it tells from inside the failing call.
    m_listenerId = m_db.addConnectionListener([this](bool connected) {
        QMetaObject::invokeMethod(
            this, [this, connected] { connectionChanged(connected); }, Qt::QueuedConnection);
    });
    if (m_db.isConnectionLost())
        QMetaObject::invokeMethod(
            this, [this] { connectionChanged(false); }, Qt::QueuedConnection);
}

ConnectionBanner::~ConnectionBanner()
{
    m_db.removeConnectionListener(m_listenerId);
}

void ConnectionBanner::setCheckInterval(int milliseconds)
{
    m_checkTimer.stop();
    if (milliseconds > 0) {
        m_checkTimer.setInterval(milliseconds);
        m_checkTimer.start();
    }
}

void ConnectionBanner::check()
{
    if (m_db.isConnectionLost()) {
        connectionChanged(false);
        return;
    }
    if (!m_db.isAlive())
        m_db.markConnectionLost(); // the listener shows the banner
}

void ConnectionBanner::retryNow()
{
    m_retryTimer.stop();
    attempt();
}

void ConnectionBanner::connectionChanged(bool connected)
{
    if (connected) {
        if (m_attempt == 0 && isHidden())
            return;
        m_retryTimer.stop();
        m_attempt = 0;
        hide();
        emit reconnected();
        return;
    }
    if (!m_db.isConnectionLost() || m_retryTimer.isActive())
        return; // back already, or already reconnecting
    m_attempt = 0;
    m_label->setText(tr("与数据库的连接已断开，正在重新连接…已填写的内容会保留。"));
    show();
    emit connectionLost();
    scheduleNext();
}

void ConnectionBanner::attempt()
{
    ++m_attempt;
    m_label->setText(tr("重新连接中…（第 %1 次）").arg(m_attempt));
    m_retryButton->setEnabled(false);
    m_label->repaint(); // the attempt blocks for up to the connect timeout
    try {
        m_db.reconnect();
    } catch (const Error &) {
        m_retryButton->setEnabled(true);
        scheduleNext();
        return;
    }
    m_retryButton->setEnabled(true);
    connectionChanged(true);
}

void ConnectionBanner::scheduleNext()
{
    const int delay = m_policy.delayBefore(m_attempt + 2); // the pause after attempt m_attempt
    if (m_attempt > 0)
        m_label->setText(
            tr("与数据库的连接已断开，重新连接中…（已试 %n 次，%1 秒后再试）已填写的内容会保留。", nullptr,
               m_attempt)
                .arg((delay + 999) / 1000));
    m_retryTimer.start(delay);
}

} // namespace zz
