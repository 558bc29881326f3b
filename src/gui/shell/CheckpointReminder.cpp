#include "CheckpointReminder.h"

#include "AuditWitness.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace zz {

CheckpointReminder::CheckpointReminder(const AppContext &context, QMainWindow *window,
                                       std::chrono::milliseconds interval)
    : QObject(window), m_context(context)
{
    setObjectName(u"checkpointReminder"_s);
    if (!window || !appliesTo(context.user))
        return;
    m_label = new QLabel(window);
    m_label->setObjectName(u"checkpointReminderLabel"_s);
    m_label->setStyleSheet(u"QLabel#checkpointReminderLabel { color: #a04000; font-weight: bold; }"_s);
    m_label->setToolTip(tr(
        "审计日志要由服务器以外保管的密钥签名作见证,才能发现整体改写。\n"
        "请由保管私钥的单位运行:zongzhi-cli audit checkpoint --db 数据库地址 --key 私钥文件 --out 检查点文件,"
        "并把检查点文件保存在服务器以外。"));
    m_label->hide();
    window->statusBar()->addPermanentWidget(m_label);
    m_timer = new QTimer(this);
    m_timer->setInterval(interval);
    connect(m_timer, &QTimer::timeout, this, &CheckpointReminder::check);
    m_timer->start();
    check();
}

bool CheckpointReminder::appliesTo(const User &user)
{
    // The accounts that may take checkpoints (AuditWitness): admins.
    return user.id > 0 && Permissions::allows(user.roles, Permission::ManageAccounts);
}

bool CheckpointReminder::check()
{
    if (!m_label)
        return false;
    std::optional<QDateTime> last;
    try {
        if (m_context.db.schemaVersion() < AuditWitness::firstSchemaVersion)
            return false;
        last = AuditWitness(m_context.db, m_context.clock).lastCheckpointAt();
    } catch (const Error &) {
        // A dropped connection is reported elsewhere; the reminder waits for the next check.
        return !m_label->isHidden();
    }
    const QDateTime now = m_context.clock.now();
    const bool due = AuditWitness::checkpointDue(last, now);
    if (due)
        m_label->setText(last ? tr("审计日志已 %n 天未签检查点", nullptr, int(last->daysTo(now)))
                              : tr("审计日志还没有签过检查点"));
    m_label->setVisible(due);
    return due;
}

} // namespace zz
