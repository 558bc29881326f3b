#include "LockScreen.h"

#include "AccountText.h"
#include "AuthService.h"
#include "Error.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zz {

LockScreen::LockScreen(const QString &url, const User &user, const Clock &clock, QWidget *window)
    : QWidget(window), m_url(url), m_user(user), m_clock(clock)
{
    setObjectName(u"lockScreen"_s);
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"QWidget#lockScreen { background: #2b3a4a; }"
                  " QFrame#lockPanel { background: palette(window); border-radius: 8px; }"_s);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *panel = new QFrame(this);
    panel->setObjectName(u"lockPanel"_s);
    panel->setFixedWidth(fontMetrics().horizontalAdvance(u"M"_s) * 34);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("屏幕已锁定"), panel);
    title->setObjectName(u"titleLabel"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    const QString roles = AccountText::roles(user.roles);
    auto *userLabel =
        new QLabel(roles.isEmpty() ? tr("%1（%2）").arg(user.displayName, user.login)
                                   : tr("%1（%2，%3）").arg(user.displayName, user.login, roles),
                   panel);
    userLabel->setObjectName(u"userLabel"_s);
    userLabel->setAlignment(Qt::AlignCenter);
    userLabel->setWordWrap(true);
    layout->addWidget(userLabel);
    auto *prompt = new QLabel(tr("工作台已锁定，请输入密码解锁。"), panel);
    prompt->setWordWrap(true);
    prompt->setAlignment(Qt::AlignCenter);
    layout->addWidget(prompt);

    m_passwordEdit = new QLineEdit(panel);
    m_passwordEdit->setObjectName(u"passwordLineEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("密码"));
    layout->addWidget(m_passwordEdit);

    m_errorLabel = new QLabel(panel);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QHBoxLayout;
    auto *logout = new QPushButton(tr("注销"), panel);
    logout->setObjectName(u"logoutButton"_s);
    logout->setToolTip(tr("退出当前账号，回到登录界面"));
    buttons->addWidget(logout);
    buttons->addStretch(1);
    m_unlockButton = new QPushButton(tr("解锁"), panel);
    m_unlockButton->setObjectName(u"unlockButton"_s);
    m_unlockButton->setDefault(true);
    buttons->addWidget(m_unlockButton);
    layout->addLayout(buttons);

    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(logout, &QPushButton::clicked, this, &LockScreen::logoutRequested);

    window->installEventFilter(this);
    setGeometry(window->rect());
    raise();
    m_passwordEdit->setFocus();
}

QString LockScreen::errorText() const
{
    return m_errorLabel->isVisible() ? m_errorLabel->text() : QString();
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    // Keys that reach the panel stop here: nothing behind the lock may react to them.
    event->accept();
}

void LockScreen::unlock()
{
    if (m_passwordEdit->text().isEmpty()) {
        m_errorLabel->setText(tr("请输入密码。"));
        m_errorLabel->show();
        return;
    }
    m_unlockButton->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        // A second login as the same account; its connection closes when the session goes.
        const Session check = AuthService(m_clock).login(m_url, m_user.login, m_passwordEdit->text());
        if (check.user.id != m_user.id)
            problem = tr("账号不符，请注销后重新登录。");
    } catch (const Error &error) {
        problem = error.message();
    } catch (const std::exception &error) {
        problem = QString::fromLocal8Bit(error.what());
    }
    QApplication::restoreOverrideCursor();
    m_unlockButton->setEnabled(true);
    m_passwordEdit->clear();
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->show();
        m_passwordEdit->setFocus();
        return;
    }
    emit unlocked();
}

} // namespace zz
