#include "AccountCommand.h"

#include "AccountService.h"
#include "AuthService.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "ReferenceRepositories.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace zz::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zz::cli", text);
}

} // namespace

QString readLine(bool echo)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = !echo && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#else
    Q_UNUSED(echo);
#endif
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

namespace {

// The new password: one line of standard input with --password-stdin, else asked twice on the terminal.
std::optional<QString> newPassword(const QCommandLineParser &parser, QTextStream &err)
{
    QString password;
    if (parser.isSet(u"password-stdin"_s)) {
        password = readLine(true);
    } else {
#ifdef Q_OS_UNIX
        if (!isatty(STDIN_FILENO)) {
            err << tr("标准输入不是终端:请用 --password-stdin 提供密码。") << Qt::endl;
            return std::nullopt;
        }
#endif
        err << tr("新密码:") << Qt::flush;
        password = readLine(false);
        err << tr("再输入一次:") << Qt::flush;
        if (readLine(false) != password) {
            err << tr("两次输入的密码不一致。") << Qt::endl;
            return std::nullopt;
        }
    }
    if (password.isEmpty()) {
        err << tr("密码不能为空。") << Qt::endl;
        return std::nullopt;
    }
    return password;
}

std::optional<Roles> parseRoles(const QString &text, QTextStream &err)
{
    Roles roles;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto role = fromCode<Role>(part.trimmed());
        if (!role) {
            err << tr("未知角色“%1”。可用:reception, duty_officer, handler, leader, admin")
                       .arg(part.trimmed())
                << Qt::endl;
            return std::nullopt;
        }
        roles |= *role;
    }
    return roles;
}

// The command line is an operator on the server: it acts as an Admin whose scope is the account's own unit.
Actor operatorFor(qint64 orgUnitId, const QString &operatorLogin)
{
    return Actor{0, operatorLogin, Role::Admin, orgUnitId, 0};
}

} // namespace

void addAccountOptions(QCommandLineParser &parser)
{
    parser.addOption({u"login"_s, tr("登录名"), u"LOGIN"_s});
    parser.addOption({u"name"_s, tr("姓名"), u"NAME"_s});
    parser.addOption({u"roles"_s, tr("角色,逗号分隔"), u"ROLES"_s});
    parser.addOption({u"org"_s, tr("所属单位代码"), u"CODE"_s});
    parser.addOption({u"department"_s, tr("所属部门名称(部门处置人)"), u"NAME"_s});
    parser.addOption({u"password-stdin"_s, tr("从标准输入读取一行作为密码")});
}

int runAccount(const QString &url, const QCommandLineParser &parser, const QString &operatorLogin,
               QTextStream &out, QTextStream &err)
{
    const QString sub = parser.positionalArguments().value(0);
    const QString login = parser.value(u"login"_s).trimmed();
    const QStringList known{u"create"_s, u"passwd"_s, u"disable"_s, u"enable"_s};
    if (!known.contains(sub) || login.isEmpty()) {
        err << tr("用法:zongzhi-cli account create|passwd|disable|enable --db URL --login 登录名 [选项]")
            << Qt::endl;
        return 2;
    }
    Database db(url);
    if (db.schemaVersion() < Database::latestSchemaVersion())
        db.migrate();
    const SystemClock clock;

    if (sub == u"create"_s) {
        const auto roles = parseRoles(parser.value(u"roles"_s), err);
        if (!roles)
            return 2;
        const auto org = OrgUnitRepository(db).byCode(parser.value(u"org"_s).trimmed());
        if (!org) {
            err << tr("找不到单位代码“%1”(--org)。").arg(parser.value(u"org"_s)) << Qt::endl;
            return 2;
        }
        User user;
        user.login = login;
        user.displayName = parser.value(u"name"_s);
        user.roles = *roles;
        user.orgUnitId = org->id;
        if (parser.isSet(u"department"_s)) {
            for (const Department &d : DepartmentRepository(db).list(org->id))
                if (d.name == parser.value(u"department"_s).trimmed())
                    user.departmentId = d.id;
            if (user.departmentId == 0) {
                err << tr("单位“%1”下没有部门“%2”。").arg(org->name, parser.value(u"department"_s))
                    << Qt::endl;
                return 2;
            }
        }
        const auto password = newPassword(parser, err);
        if (!password)
            return 2;
        if (AuthService::needsFirstAdmin(db)) {
            AccountService(db, clock, Actor{0, operatorLogin, {}, 0, 0}).createFirstAdmin(user, *password);
            out << tr("已创建初始管理员账号 %1(%2)。").arg(user.login, user.displayName.trimmed())
                << Qt::endl;
        } else {
            AccountService(db, clock, operatorFor(org->id, operatorLogin)).create(user, *password);
            out << tr("已创建账号 %1(%2)。").arg(user.login, user.displayName.trimmed()) << Qt::endl;
        }
        return 0;
    }

    const auto user = UserRepository(db).byLogin(login);
    if (!user) {
        err << tr("账号“%1”不存在。").arg(login) << Qt::endl;
        return 1;
    }
    AccountService accounts(db, clock, operatorFor(user->orgUnitId, operatorLogin));
    if (sub == u"passwd"_s) {
        const auto password = newPassword(parser, err);
        if (!password)
            return 2;
        accounts.resetPassword(user->id, *password);
        out << tr("账号 %1 的密码已重置。").arg(login) << Qt::endl;
    } else {
        accounts.setActive(user->id, sub == u"enable"_s);
        out << (sub == u"enable"_s ? tr("账号 %1 已启用。") : tr("账号 %1 已停用。")).arg(login) << Qt::endl;
    }
    return 0;
}

} // namespace zz::cli
