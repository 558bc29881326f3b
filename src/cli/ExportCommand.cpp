#include "ExportCommand.h"

#include "AccountCommand.h"
#include "AuthService.h"
#include "Clock.h"
#include "CommandLogin.h"
#include "Database.h"
#include "Error.h"
#include "ListExport.h"
#include "ReferenceRepositories.h"

#include <QCoreApplication>
#include <QFileInfo>

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

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("zz::cli", text, disambiguation, n);
}

QString usage()
{
    return tr("用法:zongzhi-cli export --db URL --kind 类型 --out 文件.xlsx|文件.csv [--from YYYY-MM-DD] "
              "[--to YYYY-MM-DD]\n"
              "       [--township 代码] [--login 账号 --password-stdin]\n"
              "类型:%1")
        .arg(ListExport::kindCodes().join(u", "_s));
}

// The account the export runs as: see logInForCommand.
std::optional<Session> logIn(const QString &url, const QCommandLineParser &parser, QTextStream &err)
{
    return logInForCommand(
        url, parser, err, tr("数据库账号“%1”不是本系统的账号:请用 --login 指定导出所用的账号。"),
        tr("请用 --login 指定导出所用的账号(按该账号的权限、范围和个人信息脱敏规则导出)。"));
}

bool parseDate(const QCommandLineParser &parser, const QString &option, QDate *date, QTextStream &err)
{
    if (!parser.isSet(option))
        return true;
    *date = QDate::fromString(parser.value(option).trimmed(), u"yyyy-MM-dd"_s);
    if (!date->isValid()) {
        err << tr("--%1 需要 YYYY-MM-DD 形式的日期,例如 2026-03-01。").arg(option) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int runExport(const QString &url, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString kind = parser.value(u"kind"_s).trimmed();
    const QString file = parser.value(u"out"_s);
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (!ListExport::kind(kind) || file.isEmpty() || (suffix != u"xlsx"_s && suffix != u"csv"_s)) {
        err << usage() << Qt::endl;
        return 2;
    }
    ExportFilter filter;
    if (!parseDate(parser, u"from"_s, &filter.from, err) || !parseDate(parser, u"to"_s, &filter.to, err))
        return 2;
    filter.townshipCode = parser.value(u"township"_s).trimmed();
    auto session = logIn(url, parser, err);
    if (!session)
        return 1;
    const SystemClock clock;
    const Actor actor = session->actor();
    const ListExport exporter(*session->db, clock, actor, session->user.login);
    const qint64 rows = exporter.write(kind, filter, file);
    out << tr("已导出 %n 行到 %1", nullptr, int(rows)).arg(file) << Qt::endl;
    out << (exporter.unmasked() ? tr("文件含完整的身份证号码和电话,请妥善保管。")
                                : tr("身份证号码和电话已按账号权限隐去部分数字。"))
        << Qt::endl;
    return 0;
}

} // namespace zz::cli
