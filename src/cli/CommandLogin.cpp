#include "CommandLogin.h"

#include "AccountCommand.h"
#include "Clock.h"
#include "Database.h"
#include "ReferenceRepositories.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
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

std::optional<Session> logInForCommand(const QString &url, const QCommandLineParser &parser, QTextStream &err,
                                       const QString &notAnAccount, const QString &noLogin)
{
    const SystemClock clock;
    const QString login = parser.value(u"login"_s).trimmed();
    const ConnectionUrl parsed = ConnectionUrl::parse(url);
    if (login.isEmpty() && parsed.backend == ConnectionUrl::Backend::PostgreSQL && !parsed.user.isEmpty()) {
        auto db = std::make_unique<Database>(url);
        const auto user = UserRepository(*db).byLogin(parsed.user);
        if (user && user->active)
            return Session{std::move(db), *user};
        err << notAnAccount.arg(parsed.user) << Qt::endl;
        return std::nullopt;
    }
    if (login.isEmpty()) {
        err << noLogin << Qt::endl;
        return std::nullopt;
    }
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
        err << tr("%1 的密码:").arg(login) << Qt::flush;
        password = readLine(false);
    }
    return AuthService(clock).login(url, login, password);
}

} // namespace zz::cli
