#include "IdleMonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace zz {

namespace {

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleMonitor::IdleMonitor(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        stop();
        emit idle();
    });
}

IdleMonitor::~IdleMonitor()
{
    stop();
}

void IdleMonitor::setTimeout(int milliseconds)
{
    m_timeout = milliseconds;
    if (m_watching)
        start();
}

void IdleMonitor::start()
{
    if (m_timeout <= 0) {
        stop();
        return;
    }
    if (!m_watching && QCoreApplication::instance()) {
        QCoreApplication::instance()->installEventFilter(this);
        m_watching = true;
    }
    m_timer.start(m_timeout);
}

void IdleMonitor::stop()
{
    m_timer.stop();
    if (m_watching && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_watching = false;
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    // One event reaches the filter once per object it propagates through; restarting is cheap.
    if (m_watching && isUserInput(event->type()))
        m_timer.start(m_timeout);
    return QObject::eventFilter(watched, event);
}

} // namespace zz
