#pragma once

#include "AppContext.h"

#include <QObject>
#include <chrono>

class QLabel;
class QMainWindow;
class QTimer;

namespace zz {

// Reminds an admin, without blocking, that the audit log has gone unwitnessed: a label in the main
// window's status bar while no signed checkpoint (zongzhi-cli audit checkpoint) is newer than
// AuditWitness::reminderDays. Checked at once and then every hour, by the context's clock.
class CheckpointReminder : public QObject
{
    Q_OBJECT

public:
    // Does nothing for accounts that may not take checkpoints; the reminder is the window's child.
    CheckpointReminder(const AppContext &context, QMainWindow *window,
                       std::chrono::milliseconds interval = std::chrono::hours(1));

    // True for accounts the reminder is for (admins).
    static bool appliesTo(const User &user);
    // Checks again; true when the label is shown.
    bool check();
    QLabel *label() const { return m_label; }

private:
    const AppContext &m_context;
    QLabel *m_label = nullptr; // in the window's status bar, destroyed with the window like this object
    QTimer *m_timer = nullptr;
};

} // namespace zz
