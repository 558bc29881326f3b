#include "CliCommands.h"

#include "AccountCommand.h"
#include "AuditLog.h"
#include "AuditWitness.h"
#include "BackupService.h"
#include "BenchCommand.h"
#include "CalendarCommand.h"
#include "CaseRepository.h"
#include "Clock.h"
#include "Database.h"
#include "DeadlineRecompute.h"
#include "DemoDataGenerator.h"
#include "DivisionLoader.h"
#include "Error.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ReferenceRepositories.h"
#include "ReportCommand.h"
#include "ScoreBench.h"
#include "ScoreCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <memory>

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

const char *usage = QT_TRANSLATE_NOOP(
    "zz::cli",
    "用法:zongzhi-cli <命令> [选项]\n"
    "\n"
    "命令:\n"
    "  init   创建或升级数据库结构,写入节假日日历\n"
    "  init --division 代码\n"
    "         同时按国家统计局 2023 年区划建立组织机构:6 位县级代码载入该县及其全部乡镇(街道)\n"
    "         和村(社区);9 位乡镇代码载入所属县、该乡镇及其村(社区)。重复执行只补缺,\n"
    "         不改动已有和本地新增的单位\n"
    "  demo   生成演示数据(--cases N,默认 2000)\n"
    "  info   显示数据库版本和案件数量\n"
    "  account create --login L --name 姓名 --roles admin,leader --org 单位代码\n"
    "         [--department 部门名称] [--password-stdin]\n"
    "                       创建账号(数据库中还没有账号时创建初始管理员)\n"
    "  account passwd|disable|enable --login L [--password-stdin]\n"
    "                       重置密码、停用或启用账号。以连接数据库的角色执行(起初是数据库所有者),\n"
    "                       是服务器上的运维工具;密码从终端输入,或用 --password-stdin 从标准输入读一行\n"
    "  calendar status      显示节假日日历覆盖的年份\n"
    "  calendar import --from 文件.json [--year YYYY]\n"
    "                       录入新年度节假日(chinese-days 格式),并重算期限落在原日历之外的在办案件;\n"
    "                       在 PostgreSQL 上须以数据库所有者连接\n"
    "  audit verify [--checkpoint 文件]...\n"
    "                       校验审计日志的哈希链、防改触发器和已签名的检查点\n"
    "                       (完好时退出码 0,不可信时 4,检查点文件不被采信时 3)\n"
    "  audit keygen --out 文件 [--db URL]\n"
    "                       生成审计见证密钥对(私钥离线保管;给出 --db 时同时登记公钥)\n"
    "  audit trust --public-key 十六进制|公钥文件 [--label 说明]\n"
    "                       在数据库中登记可信的审计见证公钥\n"
    "  audit checkpoint --key 私钥文件 --out 文件\n"
    "                       签署审计链头的检查点并写入文件(建议每周至少一次)\n"
    "  backup --to 文件     在线备份 SQLite 数据库(PostgreSQL 请在服务器上用 pg_dump)\n"
    "  restore --from 文件  检查备份文件后恢复到 --db 指定的 SQLite 数据库\n"
    "  score --period YYYY-MM [--township 代码] [--json 文件] [--xlsx 文件] [--pdf 文件]\n"
    "                       网格员月度考评表:已审核或锁定的月份按保存的结果,其余按现有事实试算(不保存)\n"
    "  report --period 2026-10|2026-Q3|2026 [--township 代码] [--as-of YYYY-MM-DD] [--json 文件]\n"
    "                       领导工作指标(受理量、结案率、按期办结率、满意率等)及环比、同比;\n"
    "                       JSON 中比率为小数,分母为 0 时为 null,另含分乡镇明细 by_township\n"
    "  import --kind 类型 --file 文件 [--sheet 工作表] [--mapping 方案] [--mode all|valid] [--dry-run]\n"
    "         [--rejects 错误报告.xlsx] [--login 账号 --password-stdin]\n"
    "                       以该账号的权限导入 Excel/CSV(在 PostgreSQL 上也可由 URL 中的账号登录);\n"
    "                       类型:org-units grids departments categories workers worker-activities 等;\n"
    "                       退出码 0 全部导入,3 部分行未导入,4 没有导入任何数据,\n"
    "                       2 用法有误或账号无权导入该类型\n"
    "  import --template 类型 --out 模板.xlsx\n"
    "                       生成导入模板(中文列名、一行示例和填写说明)\n"
    "  export --kind 类型 --out 文件.xlsx|文件.csv [--from YYYY-MM-DD --to YYYY-MM-DD] [--township 代码]\n"
    "         [--login 账号 --password-stdin]\n"
    "                       把清单导出为 Excel 或 CSV:cases、workers、org-units、grids、departments、\n"
    "                       categories、callbacks、callbacks-due、audit-log、petitions(信访台账)、\n"
    "                       case-ledger(案件台账:历史案件导入模板的列,可再导入);\n"
    "                       按账号的权限和范围,\n"
    "                       身份证号码和电话只对可导出个人信息的角色完整导出,每次导出记入审计日志\n"
    "  bench-score [--cases N] [--activities N] [--workers N] [--repeats R] [--json 文件]\n"
    "                       网格员考评基准:一个乡镇(默认 500 名网格员)一个月的考评,默认 1,000,000 件案件\n"
    "                       和 1,000,000 条活动,与原生引擎执行相同语句对比\n"
    "  bench  性能基准:不足 N 件时先生成演示数据,再测量调度台查询与案件登记\n"
    "         (--cases N,默认 100000;--json 文件;--repeats R,默认 15)\n"
    "\n"
    "公共选项:\n"
    "  --db URL   数据库地址:sqlite:///路径/文件.db 或 postgresql://用户@主机:端口/库名\n"
    "             (缺省时依次使用环境变量 ZONGZHI_DB、用户数据目录中的 zongzhi.db)\n");

QString resolveUrl(const QCommandLineParser &parser)
{
    if (parser.isSet(u"db"_s))
        return parser.value(u"db"_s);
    const QString env = qEnvironmentVariable("ZONGZHI_DB");
    return env.isEmpty() ? Database::defaultUrl() : env;
}

std::unique_ptr<Database> openMigrated(const QCommandLineParser &parser, QTextStream &out)
{
    auto db = std::make_unique<Database>(resolveUrl(parser));
    const int before = db->schemaVersion();
    db->migrate();
    const int after = db->schemaVersion();
    if (after != before)
        out << tr("数据库结构已从版本 %1 升级到版本 %2。").arg(before).arg(after) << Qt::endl;
    const int days = CalendarRepository(*db).seedFromBundled();
    if (days > 0)
        out << tr("已写入 %1 天节假日与调休上班日。").arg(days) << Qt::endl;
    // A newer program may bundle a year the database lacks: store it and move the deadlines
    // that were counted past the old calendar's end.
    const SystemClock clock;
    const auto added = DeadlineRecompute(*db, clock, u"cli:init"_s).addBundledYears();
    if (!added.years.isEmpty())
        out << tr("已补录节假日 %1 天,重算了 %2 件案件的办理期限。")
                   .arg(added.daysWritten)
                   .arg(added.casesChanged)
            << Qt::endl;
    return db;
}

// Who the audit log names for command-line work: the operating-system account.
QString cliLogin()
{
    return u"cli:"_s + qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

int commandInit(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString division = parser.value(u"division"_s).trimmed();
    if (parser.isSet(u"division"_s) && division.size() != 6 && division.size() != 9) {
        err << tr("--division 需要 6 位县级区划代码或 9 位乡镇(街道)区划代码,例如 330281 或 330281001。")
            << Qt::endl;
        return 2;
    }
    const auto db = openMigrated(parser, out);
    out << tr("数据库已就绪:%1(结构版本 %2)").arg(db->url().toDisplayString()).arg(db->schemaVersion())
        << Qt::endl;
    if (division.isEmpty())
        return 0;
    const SystemClock clock;
    const DivisionLoadResult r =
        DivisionLoader(clock, Actor{0, cliLogin(), {}, 0, 0}).loadCode(*db, division);
    out << (r.countyCreated ? tr("已建立县级单位:%1(%2)。") : tr("县级单位:%1(%2),已存在。"))
               .arg(r.countyName, r.countyCode)
        << Qt::endl;
    out << tr("新建乡镇(街道)%n 个", nullptr, r.townships);
    if (r.special > 0)
        out << tr("(其中开发区、农场等 %n 个)", nullptr, r.special);
    out << tr(",新建村(社区)%n 个", nullptr, r.villages)
        << tr(";已存在而未改动的单位 %n 个。", nullptr, r.alreadyPresent) << Qt::endl;
    return 0;
}

int commandDemo(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const qint64 cases = parser.value(u"cases"_s).toLongLong(&ok);
    if (!ok || cases < 0) {
        err << tr("--cases 需要一个非负整数。") << Qt::endl;
        return 2;
    }
    DemoOptions options;
    options.cases = cases;
    if (parser.isSet(u"seed"_s))
        options.seed = parser.value(u"seed"_s).toUInt();
    const auto db = openMigrated(parser, out);
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    DemoDataGenerator generator(*db, options);
    const qint64 written = generator.run([&](qint64 done, qint64 total) {
        if (timer.elapsed() - lastReport >= 2000 || done == total) {
            lastReport = timer.elapsed();
            out << tr("  已生成 %1 / %2 件").arg(done).arg(total) << Qt::endl;
        }
    });
    const double seconds = double(timer.elapsed()) / 1000.0;
    out << tr("演示数据已生成:%1 件案件,用时 %2 秒(%3)。")
               .arg(written)
               .arg(seconds, 0, 'f', 1)
               .arg(db->url().toDisplayString())
        << Qt::endl;
    for (const QString &note : generator.notes())
        out << note << Qt::endl;
    out << tr("演示账号(admin、reception1、duty1、leader1、handler1 等)的密码均为 %1。")
               .arg(DemoDataGenerator::demoPassword())
        << Qt::endl;
    return 0;
}

int commandInfo(QCommandLineParser &parser, QTextStream &out)
{
    Database db(resolveUrl(parser));
    out << tr("数据库:%1").arg(db.url().toDisplayString()) << Qt::endl;
    out << tr("结构版本:%1(本程序支持 %2)").arg(db.schemaVersion()).arg(Database::latestSchemaVersion())
        << Qt::endl;
    if (db.schemaVersion() == 0)
        return 0;
    const auto counts = CaseRepository(db).countByStatus();
    qint64 total = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        out << u"  "_s << label(it.key()) << u": "_s << it.value() << Qt::endl;
        total += it.value();
    }
    out << tr("案件总数:%1").arg(total) << Qt::endl;
    return 0;
}

// Exit codes of `audit`: 0 intact, 4 broken; 3 when a checkpoint file is refused (not one, a bad
// signature, an unregistered key), so scripts can tell "the log was changed" from "the witness
// given could not be used"; 2 for usage, 1 for any other failure.
constexpr int auditBroken = 4;
constexpr int auditRefused = 3;

QString auditUsage()
{
    return tr("用法:zongzhi-cli audit verify --db URL [--checkpoint 文件]...\n"
              "      zongzhi-cli audit keygen --out 私钥文件 [--db URL]\n"
              "      zongzhi-cli audit trust --db URL --public-key 十六进制|公钥文件 [--label 说明]\n"
              "      zongzhi-cli audit checkpoint --db URL --key 私钥文件 --out 检查点文件");
}

int commandAuditVerify(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Database db(resolveUrl(parser));
    const SystemClock clock;
    const AuditWitness witness(db, clock);
    QList<AuditWitness::Checkpoint> checkpoints;
    for (const QString &path : parser.values(u"checkpoint"_s)) {
        try {
            checkpoints << witness.readCheckpoint(path);
        } catch (const Error &e) {
            if (e.kind() != Error::Kind::Validation)
                throw;
            err << u"REFUSED "_s << e.message() << Qt::endl;
            return auditRefused;
        }
    }
    const AuditWitness::Verification result = witness.verify(checkpoints);
    if (result.ok) {
        out << u"OK "_s << tr("审计日志完好,已校验 %1 条记录。").arg(result.rowsChecked) << Qt::endl;
        if (checkpoints.isEmpty())
            out << tr("未提供检查点(--checkpoint):哈希链被整体重算或末尾记录被删除时,仅凭哈希链无法发现。")
                << Qt::endl;
        else
            out << tr("与 %1 个已签名的检查点一致。").arg(result.checkpointsMatched) << Qt::endl;
    } else {
        const qint64 from = result.firstFrom();
        const qint64 to = result.firstTo();
        out << u"BROKEN "_s;
        if (from == 0)
            out << tr("审计日志不可信:防改触发器缺失或已停用。") << Qt::endl;
        else if (from == to)
            out << tr("审计日志不可信:第一处不同在第 %1 条记录。").arg(from) << Qt::endl;
        else
            out << tr("审计日志不可信:第一处不同在第 %1 至 %2 条记录之间。").arg(from).arg(to) << Qt::endl;
        for (const AuditWitness::Problem &problem : result.problems)
            out << u"  - "_s << problem.text << Qt::endl;
    }
    for (const QString &note : result.notes)
        out << tr("注意:%1").arg(note) << Qt::endl;
    return result.ok ? 0 : auditBroken;
}

int commandAuditKeygen(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(u"out"_s)) {
        err << auditUsage() << Qt::endl;
        return 2;
    }
    const QString path = parser.value(u"out"_s);
    const AuditWitness::KeyPair keys = AuditWitness::generateKeyPair();
    AuditWitness::writeKeyFiles(path, keys);
    out << tr("私钥已写入 %1(仅本人可读写)。请把它离线保管(例如由县级综治中心保管),不要留在数据库服务器上。")
               .arg(path)
        << Qt::endl;
    out << tr("公钥已写入 %1.pub。").arg(path) << Qt::endl;
    out << tr("公钥:%1").arg(AuditWitness::hex(keys.publicKey)) << Qt::endl;
    // Registering right away is for the explicit --db only, never a guessed database.
    if (parser.isSet(u"db"_s)) {
        Database db(parser.value(u"db"_s));
        const SystemClock clock;
        AuditWitness(db, clock).trust(keys.publicKey, parser.value(u"label"_s), {}, cliLogin());
        out << tr("公钥已登记为 %1 的审计见证密钥。").arg(db.url().toDisplayString()) << Qt::endl;
    }
    return 0;
}

int commandAuditTrust(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(u"public-key"_s)) {
        err << auditUsage() << Qt::endl;
        return 2;
    }
    const QByteArray key = AuditWitness::parsePublicKey(parser.value(u"public-key"_s));
    Database db(resolveUrl(parser));
    const SystemClock clock;
    const bool added = AuditWitness(db, clock).trust(key, parser.value(u"label"_s), {}, cliLogin());
    out << (added ? tr("已登记审计见证公钥 %1。") : tr("公钥 %1 早已登记,未作改动。"))
               .arg(AuditWitness::hex(key))
        << Qt::endl;
    return 0;
}

int commandAuditCheckpoint(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(u"key"_s) || !parser.isSet(u"out"_s)) {
        err << auditUsage() << Qt::endl;
        return 2;
    }
    const AuditWitness::KeyPair keys = AuditWitness::readSecretKey(parser.value(u"key"_s));
    Database db(resolveUrl(parser));
    const SystemClock clock;
    const AuditWitness::Checkpoint c =
        AuditWitness(db, clock).checkpoint(keys, parser.value(u"out"_s), {}, cliLogin());
    out << tr("已签署检查点:审计链到第 %1 条记录,哈希 %2,写入 %3。")
               .arg(c.headId)
               .arg(c.headHash.left(16), parser.value(u"out"_s))
        << Qt::endl;
    out << tr("请把检查点文件与私钥一起保存在服务器以外;核对时用 audit verify --checkpoint 该文件。")
        << Qt::endl;
    return 0;
}

int commandAudit(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString sub = parser.positionalArguments().value(0);
    if (sub == u"verify"_s)
        return commandAuditVerify(parser, out, err);
    if (sub == u"keygen"_s)
        return commandAuditKeygen(parser, out, err);
    if (sub == u"trust"_s)
        return commandAuditTrust(parser, out, err);
    if (sub == u"checkpoint"_s)
        return commandAuditCheckpoint(parser, out, err);
    err << auditUsage() << Qt::endl;
    return 2;
}

int commandBackup(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(u"to"_s)) {
        err << tr("用法:zongzhi-cli backup --db URL --to 文件") << Qt::endl;
        return 2;
    }
    Database db(resolveUrl(parser));
    const SystemClock clock;
    BackupService(clock, {}, cliLogin()).backup(db, parser.value(u"to"_s));
    out << tr("已备份到 %1。").arg(parser.value(u"to"_s)) << Qt::endl;
    return 0;
}

int commandRestore(QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    // The target is never guessed: restoring replaces a whole database.
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"db"_s)) {
        err << tr("用法:zongzhi-cli restore --from 文件 --db URL") << Qt::endl;
        return 2;
    }
    const SystemClock clock;
    BackupService(clock, {}, cliLogin()).restore(parser.value(u"from"_s), parser.value(u"db"_s));
    out << tr("已从 %1 恢复到 %2。")
               .arg(parser.value(u"from"_s), ConnectionUrl::parse(parser.value(u"db"_s)).toDisplayString())
        << Qt::endl;
    return 0;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || arguments.first() == u"--help"_s || arguments.first() == u"-h"_s ||
        arguments.first() == u"help"_s) {
        out << tr(usage);
        return arguments.isEmpty() ? 2 : 0;
    }
    const QString command = arguments.first();
    QCommandLineParser parser;
    parser.addOption({u"db"_s, tr("数据库地址"), u"URL"_s});
    parser.addOption({u"cases"_s, tr("演示案件数"), u"N"_s, u"2000"_s});
    parser.addOption({u"seed"_s, tr("随机种子(相同种子生成相同数据)"), u"N"_s});
    parser.addOption({u"json"_s, tr("把基准测试结果另存为 JSON 文件"), u"FILE"_s});
    parser.addOption({u"repeats"_s, tr("每项测量的重复次数"), u"R"_s, u"15"_s});
    parser.addOption({u"to"_s, tr("备份文件"), u"FILE"_s});
    parser.addOption({u"from"_s, tr("用于恢复的备份文件"), u"FILE"_s});
    parser.addOption({u"out"_s, tr("输出文件(审计密钥或检查点)"), u"FILE"_s});
    parser.addOption({u"key"_s, tr("审计见证私钥文件"), u"FILE"_s});
    parser.addOption({u"public-key"_s, tr("审计见证公钥(十六进制或公钥文件)"), u"KEY"_s});
    parser.addOption({u"label"_s, tr("公钥的说明(例如保管单位)"), u"TEXT"_s});
    parser.addOption({u"division"_s, tr("国家统计局区划代码(6 位县级或 9 位乡镇级)"), u"CODE"_s});
    parser.addOption({u"checkpoint"_s, tr("已签名的检查点文件(可重复)"), u"FILE"_s});
    addAccountOptions(parser);
    addCalendarOptions(parser);
    addScoreOptions(parser);
    addReportOptions(parser);
    addImportOptions(parser);
    parser.addOption({u"activities"_s, tr("网格员活动条数(考评基准)"), u"N"_s});
    parser.addOption({u"workers"_s, tr("被测乡镇的网格员人数(考评基准)"), u"N"_s});
    if (!parser.parse(QStringList{u"zongzhi-cli"_s} + arguments.mid(1))) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    try {
        if (command == u"init"_s)
            return commandInit(parser, out, err);
        if (command == u"demo"_s)
            return commandDemo(parser, out, err);
        if (command == u"info"_s)
            return commandInfo(parser, out);
        if (command == u"account"_s)
            return runAccount(resolveUrl(parser), parser, cliLogin(), out, err);
        if (command == u"calendar"_s)
            return runCalendar(resolveUrl(parser), parser, cliLogin(), out, err);
        if (command == u"audit"_s)
            return commandAudit(parser, out, err);
        if (command == u"backup"_s)
            return commandBackup(parser, out, err);
        if (command == u"restore"_s)
            return commandRestore(parser, out, err);
        if (command == u"bench-score"_s) {
            ScoreBenchOptions o;
            o.cases = parser.isSet(u"cases"_s) ? parser.value(u"cases"_s).toLongLong() : 1000000;
            o.activities =
                parser.isSet(u"activities"_s) ? parser.value(u"activities"_s).toLongLong() : 1000000;
            o.workers = parser.isSet(u"workers"_s) ? parser.value(u"workers"_s).toInt() : 500;
            o.repeats = parser.isSet(u"repeats"_s) ? parser.value(u"repeats"_s).toInt() : 5;
            o.jsonPath = parser.value(u"json"_s);
            return runScoreBench(resolveUrl(parser), o, out, err);
        }
        if (command == u"import"_s)
            return runImport(resolveUrl(parser), parser, out, err);
        if (command == u"export"_s)
            return runExport(resolveUrl(parser), parser, out, err);
        if (command == u"report"_s)
            return runReport(resolveUrl(parser), parser, QDate::currentDate(), out, err);
        if (command == u"score"_s)
            return runScore(resolveUrl(parser), parser, out, err);
        if (command == u"bench"_s) {
            const qint64 cases = parser.isSet(u"cases"_s) ? parser.value(u"cases"_s).toLongLong() : 100000;
            return runBench(resolveUrl(parser), cases, parser.value(u"json"_s),
                            parser.value(u"repeats"_s).toInt(), out, err);
        }
        err << tr("未知命令“%1”。").arg(command) << Qt::endl << tr(usage);
        return 2;
    } catch (const Error &e) {
        err << e.message() << Qt::endl;
        return 1;
    }
}

} // namespace zz::cli
