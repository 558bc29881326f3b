#pragma once

#include "AuthService.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace zz {

class Clock;

// 登录: asks for a login and password and opens the account's session on the database at `url`
// through AuthService. Stays open on a wrong password, showing AuthService's message.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(const QString &url, const Clock &clock, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // A line under the fields, e.g. the demo accounts of a database just filled with demo data.
    void setHint(const QString &text);
    void setLogin(const QString &login);
    // Fills in the password and presses 登录 as soon as the dialog runs: `zongzhi --login L
    // --password-stdin` (scripted smoke tests). A wrong password leaves the dialog open as usual.
    void submitWhenShown(const QString &password);
    // The message of the last failed attempt (empty when none).
    QString errorText() const;

    // After exec() returned Accepted: the logged-in session (moved out; nullopt afterwards).
    std::optional<Session> takeSession();

private:
    void submit();
    void showError(const QString &message);

    QString m_url;
    const Clock &m_clock;
    std::optional<Session> m_session;
    QLineEdit *m_loginEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_loginButton = nullptr;
};

} // namespace zz
