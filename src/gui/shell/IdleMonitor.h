#pragma once

#include <QObject>
#include <QTimer>

namespace zz {

// Notices when nobody has touched the keyboard or mouse of this application for a while: an
// application-wide event filter restarts a single-shot timer on every input event.
class IdleMonitor : public QObject
{
    Q_OBJECT

public:
    explicit IdleMonitor(QObject *parent = nullptr);
    ~IdleMonitor() override;

    // Milliseconds without input before idle() is emitted; 0 or less turns the monitor off.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }

    // Starts (or restarts) watching; idle() fires once, then the monitor stops until started again.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeout = 0;
    bool m_watching = false;
};

} // namespace zz
