#include "ImportCommand.h"

#include "AccountCommand.h"
#include "AuthService.h"
#include "CommandLogin.h"
#include "Database.h"
#include "Error.h"
#include "FileSource.h"
#include "ImportKinds.h"
#include "ImportProfileRepository.h"
#include "ImportRunner.h"
#include "ImportWorkbooks.h"
#include "Permissions.h"
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

constexpr int maxRejectsShown = 20;

QString usage()
{
    return tr("用法:zongzhi-cli import --db URL --kind 类型 --file 文件 [--sheet 工作表] [--mapping 方案]\n"
              "       [--mode all|valid] [--dry-run] [--rejects 错误报告.xlsx] [--login 账号 "
              "--password-stdin]\n"
              "       zongzhi-cli import --template 类型 --out 模板.xlsx\n"
              "类型:%1")
        .arg(ImportKinds::ids().join(u", "_s));
}

// The account the import runs as: see logInForCommand.
std::optional<Session> logIn(const QString &url, const QCommandLineParser &parser, QTextStream &err)
{
    return logInForCommand(url, parser, err,
                           tr("数据库账号“%1”不是本系统的账号:请用 --login 指定导入所用的账号。"),
                           tr("请用 --login 指定导入所用的账号(导入按该账号的权限和范围进行)。"));
}

} // namespace

void addImportOptions(QCommandLineParser &parser)
{
    parser.addOption({u"kind"_s, tr("导入或导出的数据类型"), u"KIND"_s});
    parser.addOption({u"file"_s, tr("要导入的文件(.xlsx、.ods 或 .csv)"), u"FILE"_s});
    parser.addOption({u"sheet"_s, tr("工作表名称(缺省为第一张)"), u"NAME"_s});
    parser.addOption({u"mapping"_s, tr("已保存的列对应方案名称"), u"PROFILE"_s});
    parser.addOption(
        {u"mode"_s, tr("all:一行有错则全部不导入;valid:只导入无误的行"), u"all|valid"_s, u"all"_s});
    parser.addOption({u"dry-run"_s, tr("只检查,不保存")});
    parser.addOption({u"rejects"_s, tr("把未导入的行及原因另存为 Excel 文件"), u"FILE"_s});
    parser.addOption({u"template"_s, tr("生成该类型的导入模板(与 --out 一起使用)"), u"KIND"_s});
}

int runImport(const QString &url, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(u"template"_s)) {
        const auto kind = ImportKinds::describe(parser.value(u"template"_s).trimmed());
        if (!kind || !parser.isSet(u"out"_s)) {
            err << usage() << Qt::endl;
            return 2;
        }
        ImportWorkbooks::writeTemplate(*kind, parser.value(u"out"_s));
        out << tr("已生成“%1”的导入模板:%2").arg(kind->title, parser.value(u"out"_s)) << Qt::endl;
        return 0;
    }
    const QString kindId = parser.value(u"kind"_s).trimmed();
    const QString file = parser.value(u"file"_s);
    const QString mode = parser.value(u"mode"_s).trimmed();
    if (!ImportKinds::describe(kindId) || file.isEmpty() || (mode != u"all"_s && mode != u"valid"_s)) {
        err << usage() << Qt::endl;
        return 2;
    }
    if (!QFileInfo::exists(file)) {
        err << tr("找不到文件“%1”。").arg(file) << Qt::endl;
        return 4;
    }
    auto session = logIn(url, parser, err);
    if (!session)
        return 1;
    const Database &db = *session->db;
    if (db.schemaVersion() < Database::latestSchemaVersion()) {
        err << tr("数据库结构版本过旧,请先运行 zongzhi-cli init 升级。") << Qt::endl;
        return 1;
    }
    const SystemClock clock;
    const Actor actor = session->actor();
    // The kinds the wizard does not offer the account are refused before the file is read.
    if (const auto k = ImportKinds::describe(kindId);
        k->permission && !Permissions::allows(actor.roles, *k->permission)) {
        err << tr("账号“%1”的角色不能导入“%2”。").arg(session->user.login, k->title) << Qt::endl;
        return 2;
    }
    auto importer = ImportKinds::create(kindId, db, clock, actor);
    ImportRunner runner(db, *importer);
    const FileSource source(file, parser.value(u"sheet"_s));

    ImportMapping mapping;
    if (parser.isSet(u"mapping"_s)) {
        const auto profile =
            ImportProfileRepository(db, clock, actor).find(kindId, parser.value(u"mapping"_s));
        if (!profile) {
            err << tr("没有名为“%1”的列对应方案。").arg(parser.value(u"mapping"_s)) << Qt::endl;
            return 2;
        }
        mapping = runner.mappingAt(source, profile->headerRow, profile->headerRows, profile->columns);
    } else {
        mapping = runner.detect(source);
    }
    const QStringList missing = runner.missingRequired(mapping);
    if (!missing.isEmpty()) {
        err << tr("第 %1 行的表头中找不到:%2。请改用模板的列名,或用 --mapping 指定列对应方案。")
                   .arg(mapping.headerRow)
                   .arg(missing.join(u"、"_s))
            << Qt::endl;
        return 4;
    }

    ImportOptions options;
    options.mode = mode == u"valid"_s ? ImportMode::ValidOnly : ImportMode::AllOrNothing;
    options.dryRun = parser.isSet(u"dry-run"_s);
    const ImportSummary s = runner.run(source, mapping, options);

    if (!s.failure.isEmpty())
        err << s.failure << Qt::endl;
    out << tr("%1:读取 %2 行,新增 %3,更新 %4,未变 %5,未导入 %6。")
               .arg(importer->kind().title)
               .arg(s.rows)
               .arg(s.inserted)
               .arg(s.updated)
               .arg(s.unchanged)
               .arg(s.rejectedRows)
        << Qt::endl;
    for (int i = 0; i < s.rejects.size() && i < maxRejectsShown; ++i) {
        const ImportReject &r = s.rejects.at(i);
        out << (r.column.isEmpty() ? tr("  第 %1 行:%2").arg(r.row).arg(r.reason)
                                   : tr("  第 %1 行 %2:%3").arg(r.row).arg(r.column, r.reason))
            << Qt::endl;
    }
    if (s.rejects.size() > maxRejectsShown)
        out << QCoreApplication::translate("zz::cli", "  …… 另有 %n 条", nullptr,
                                           int(s.rejects.size() - maxRejectsShown))
            << Qt::endl;
    for (int i = 0; i < s.updates.size() && i < maxRejectsShown; ++i) {
        const ImportUpdate &u = s.updates.at(i);
        out << tr("  第 %1 行 %2 更新了:%3").arg(u.row).arg(u.key, u.changed.join(u"、"_s)) << Qt::endl;
    }
    if (s.updates.size() > maxRejectsShown)
        out << QCoreApplication::translate("zz::cli", "  …… 另有 %n 条", nullptr,
                                           int(s.updates.size() - maxRejectsShown))
            << Qt::endl;
    if (!s.flags.isEmpty()) {
        out << QCoreApplication::translate("zz::cli",
                                           "需核对 %n 条:来电人已有同类别或同地点的在办案件或信访件。",
                                           nullptr, int(s.flags.size()))
            << Qt::endl;
        for (int i = 0; i < s.flags.size() && i < maxRejectsShown; ++i) {
            const ImportFlag &f = s.flags.at(i);
            out << tr("  第 %1 行 工单 %2(来电人 %3):%4").arg(f.row).arg(f.key, f.caller, f.reason)
                << Qt::endl;
        }
        if (s.flags.size() > maxRejectsShown)
            out << QCoreApplication::translate("zz::cli", "  …… 另有 %n 条", nullptr,
                                               int(s.flags.size() - maxRejectsShown))
                << Qt::endl;
    }
    if (parser.isSet(u"rejects"_s) && (!s.rejects.isEmpty() || !s.flags.isEmpty())) {
        ImportWorkbooks::writeRejects(importer->kind(), s, QFileInfo(file).fileName(),
                                      parser.value(u"rejects"_s));
        out << tr("错误报告已保存到 %1。").arg(parser.value(u"rejects"_s)) << Qt::endl;
    }
    if (s.dryRun)
        out << tr("试导入:没有保存任何数据。") << Qt::endl;
    else if (!s.committed && s.rejectedRows > 0 && options.mode == ImportMode::AllOrNothing)
        out << tr("有错误的行,按“全部或不导入”方式没有保存任何数据。") << Qt::endl;

    if (!s.failure.isEmpty() || s.rows == 0)
        return 4;
    if (s.dryRun)
        return s.rejectedRows > 0 ? (s.stored() > 0 ? 3 : 4) : 0;
    if (!s.committed && s.stored() == 0 && s.rows > 0 && s.rejectedRows > 0)
        return 4;
    if (s.rejectedRows > 0)
        return s.committed ? 3 : 4;
    return 0;
}

} // namespace zz::cli
