#include "LoginDialog.h"

#include "Error.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

LoginDialog::LoginDialog(const QString &url, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_url(url), m_clock(clock)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("登录 - 综治中心工作台"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("综治中心工作台"), this);
    title->setObjectName(u"titleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *databaseLabel = new QLabel(this);
    databaseLabel->setObjectName(u"databaseLabel"_s);
    QString where;
    try {
        where = ConnectionUrl::parse(url).toDisplayString();
    } catch (const Error &) {
        where = url;
    }
    databaseLabel->setText(tr("数据库：%1").arg(where));
    databaseLabel->setToolTip(where);
    databaseLabel->setWordWrap(true);
    databaseLabel->setAlignment(Qt::AlignCenter);
    databaseLabel->setForegroundRole(QPalette::PlaceholderText);
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(databaseLabel);
    layout->addSpacing(4);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(10);
    m_loginEdit = new QLineEdit(this);
    m_loginEdit->setObjectName(u"loginLineEdit"_s);
    m_loginEdit->setPlaceholderText(tr("登录名"));
    m_loginEdit->setMaxLength(32);
    m_loginEdit->setInputMethodHints(Qt::ImhLatinOnly | Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    form->addRow(tr("用户名(&U)："), m_loginEdit);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("密码"));
    form->addRow(tr("密码(&P)："), m_passwordEdit);
    layout->addLayout(form);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"hintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hintLabel->setStyleSheet(u"QLabel#hintLabel { background: #e8f1fb; border: 1px solid #b6cfe8;"
                               " border-radius: 4px; padding: 6px 8px; color: #1f3b57; }"_s);
    m_hintLabel->hide();
    layout->addWidget(m_hintLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_loginButton = buttons->addButton(tr("登录"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("退出"), QDialogButtonBox::RejectRole);
    quit->setObjectName(u"quitButton"_s);
    quit->setAutoDefault(false);
    layout->addWidget(buttons);

    // The accept role only submits; the dialog closes once a session is open.
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    // Enter in either field presses the default 登录 button (QDialog's own key handling); an empty
    // password then just moves the focus there.

    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 36);
    m_loginEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setHint(const QString &text)
{
    m_hintLabel->setText(text);
    m_hintLabel->setVisible(!text.isEmpty());
    adjustSize();
}

void LoginDialog::setLogin(const QString &login)
{
    m_loginEdit->setText(login);
    if (!login.isEmpty())
        m_passwordEdit->setFocus();
}

void LoginDialog::submitWhenShown(const QString &password)
{
    QTimer::singleShot(0, this, [this, password] {
        m_passwordEdit->setText(password);
        submit();
    });
}

QString LoginDialog::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

std::optional<Session> LoginDialog::takeSession()
{
    std::optional<Session> session = std::move(m_session);
    m_session.reset();
    return session;
}

void LoginDialog::submit()
{
    const QString login = m_loginEdit->text().trimmed();
    if (login.isEmpty()) {
        showError(tr("请输入用户名。"));
        m_loginEdit->setFocus();
        return;
    }
    if (m_passwordEdit->text().isEmpty()) {
        if (!m_loginEdit->hasFocus()) // Enter after the login name just moves on
            showError(tr("请输入密码。"));
        m_passwordEdit->setFocus();
        return;
    }
    m_loginButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        m_session = AuthService(m_clock).login(m_url, login, m_passwordEdit->text());
    } catch (const Error &error) {
        problem = error.message();
    } catch (const std::exception &error) {
        problem = QString::fromLocal8Bit(error.what());
    }
    QApplication::restoreOverrideCursor();
    m_loginButton->setEnabled(true);
    if (!problem.isEmpty()) {
        showError(problem);
        m_passwordEdit->clear();
        m_passwordEdit->setFocus();
        return;
    }
    m_passwordEdit->clear(); // the password is not kept in the widget after use
    accept();
}

void LoginDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace zz
