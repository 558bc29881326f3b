#include "ConnectionFailure.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zz {

ConnectionFailure::Kind ConnectionFailure::classify(const QString &driverText)
{
    const auto has = [&](QStringView text) { return driverText.contains(text, Qt::CaseInsensitive); };
    // Order matters: "connection to server … failed: FATAL: password authentication failed" names
    // both the connection and the refusal.
    if (has(u"password authentication failed") || has(u"28P01") || has(u"authentication failed"))
        return Kind::WrongPassword;
    if (has(u"no password supplied") || has(u"password is required"))
        return Kind::PasswordMissing;
    if (has(u"is not permitted to log in"))
        return Kind::LoginDisabled;
    if (has(u"role \"") && has(u"does not exist"))
        return Kind::UnknownAccount;
    if (has(u"database \"") && has(u"does not exist"))
        return Kind::DatabaseMissing;
    if (has(u"no pg_hba.conf entry") || has(u"pg_hba.conf rejects"))
        return Kind::NotAllowed;
    if (has(u"too many clients") || has(u"too many connections") || has(u"remaining connection slots"))
        return Kind::ServerBusy;
    if (has(u"starting up") || has(u"shutting down") || has(u"in recovery mode") ||
        has(u"not yet accepting connections"))
        return Kind::ServerStarting;
    if (has(u"could not translate host name") || has(u"Name or service not known") ||
        has(u"nodename nor servname") || has(u"Temporary failure in name resolution") ||
        has(u"No address associated with hostname"))
        return Kind::ServerNotFound;
    if (has(u"Connection refused") || has(u"No such file or directory"))
        return Kind::ServerNotRunning;
    if (has(u"timeout expired") || has(u"timed out") || has(u"No route to host") ||
        has(u"Network is unreachable") || has(u"Host is unreachable"))
        return Kind::NoAnswer;
    return Kind::Other;
}

QString ConnectionFailure::sentence(Kind kind)
{
    switch (kind) {
    case Kind::WrongPassword:
        return tr("密码错误（或服务器上没有这个账号）。请检查用户名和密码。");
    case Kind::PasswordMissing:
        return tr("服务器要求输入密码。请填写密码后再试。");
    case Kind::UnknownAccount:
        return tr("服务器上没有这个账号。请检查用户名。");
    case Kind::LoginDisabled:
        return tr("此账号已停用或暂时锁定，不能登录。请联系管理员。");
    case Kind::ServerNotFound:
        return tr("找不到服务器。请检查服务器地址是否写对，以及这台电脑的网络是否连通。");
    case Kind::ServerNotRunning:
        return tr("服务器拒绝连接：数据库服务可能没有启动，或端口号不对。");
    case Kind::NoAnswer:
        return tr("服务器无响应。请检查网络和防火墙，稍后再试。");
    case Kind::DatabaseMissing:
        return tr("服务器上没有这个数据库。请检查数据库名称。");
    case Kind::NotAllowed:
        return tr("服务器不允许从这台电脑连接。请联系数据库管理员。");
    case Kind::ServerBusy:
        return tr("服务器的连接数已满。请稍后再试。");
    case Kind::ServerStarting:
        return tr("数据库服务正在启动或关闭。请稍后再试。");
    case Kind::Other:
        break;
    }
    return tr("无法连接数据库服务器。");
}

QString ConnectionFailure::detail(const QString &driverText, const QString &password)
{
    QStringList lines = driverText.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) {
        line = line.trimmed();
        if (!password.isEmpty())
            line.replace(password, u"********"_s);
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

} // namespace zz
