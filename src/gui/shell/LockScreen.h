#pragma once

#include "Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

class Clock;

// 屏幕已锁定: an opaque panel over the whole main window that asks the logged-in account's password
// again (a fresh AuthService login against the same database, closed at once) or lets the user
// log out. It follows the size of the window it covers.
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    // `window` is the widget to cover (the main window); the lock screen becomes its child.
    LockScreen(const QString &url, const User &user, const Clock &clock, QWidget *window);

    QString errorText() const;

signals:
    void unlocked();
    void logoutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void unlock();

    QString m_url;
    User m_user;
    const Clock &m_clock;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_unlockButton = nullptr;
};

} // namespace zz
