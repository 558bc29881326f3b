#include "ScoreCommand.h"

#include "AssessmentPrinter.h"
#include "AssessmentService.h"
#include "AssessmentXlsx.h"
#include "Clock.h"
#include "Database.h"
#include "Error.h"
#include "ReferenceRepositories.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace zz::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zz::cli", text);
}

constexpr int assessmentSchema = 21; // migration 0021_assessment

struct TownshipMonth
{
    OrgUnit township;
    ScoreRun run; // id 0 when scored afresh
    QList<ScoreResultRow> rows;
};

} // namespace

void addScoreOptions(QCommandLineParser &parser)
{
    parser.addOption({u"period"_s, tr("考评月份,如 2026-10"), u"YYYY-MM"_s});
    parser.addOption({u"township"_s, tr("乡镇(街道)区划代码"), u"CODE"_s});
    parser.addOption({u"xlsx"_s, tr("把考评表另存为 Excel 文件"), u"FILE"_s});
    parser.addOption({u"pdf"_s, tr("把考评表另存为 PDF 文件"), u"FILE"_s});
}

int runScore(const QString &url, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const auto period = ScorePeriod::parse(parser.value(u"period"_s));
    if (!period) {
        err << tr("用法:zongzhi-cli score --db URL --period YYYY-MM [--township 代码] [--json 文件] [--xlsx "
                  "文件] "
                  "[--pdf 文件]")
            << Qt::endl;
        return 2;
    }
    Database db(url);
    if (db.schemaVersion() < assessmentSchema) {
        err << tr("数据库结构版本过旧,请先运行 zongzhi-cli init 升级。") << Qt::endl;
        return 1;
    }
    OrgUnitRepository units(db);
    QList<OrgUnit> townships;
    if (parser.isSet(u"township"_s)) {
        const auto unit = units.byCode(parser.value(u"township"_s).trimmed());
        if (!unit || unit->level != OrgLevel::Township) {
            err << tr("没有代码为“%1”的乡镇(街道)。").arg(parser.value(u"township"_s)) << Qt::endl;
            return 1;
        }
        townships << *unit;
    } else {
        for (const OrgUnit &u : units.all())
            if (u.level == OrgLevel::Township)
                townships << u;
    }

    const SystemClock clock;
    AssessmentService service(db, clock);
    QList<TownshipMonth> months;
    for (const OrgUnit &t : std::as_const(townships)) {
        TownshipMonth m;
        m.township = t;
        const auto run = service.run(t.id, *period);
        if (run && run->status != ScoreRunStatus::Draft) {
            m.run = *run;
            m.rows = service.results(run->id);
        } else {
            m.run.townshipId = t.id;
            m.run.period = *period;
            m.run.status = ScoreRunStatus::Draft;
            m.run.scheme = service.scheme(t.id, *period);
            m.run.computedAt = clock.now();
            for (const WorkerScore &s : service.preview(t.id, *period))
                m.rows << resultRow(s);
            std::stable_sort(m.rows.begin(), m.rows.end(),
                             [](const ScoreResultRow &a, const ScoreResultRow &b) {
                                 return (a.rank > 0 ? a.rank : 1000000) < (b.rank > 0 ? b.rank : 1000000);
                             });
        }
        if (!m.rows.isEmpty() || parser.isSet(u"township"_s))
            months << m;
    }

    QJsonArray json;
    for (const TownshipMonth &m : std::as_const(months)) {
        const QString state = m.run.id ? runStatusLabel(m.run.status) : tr("按现有事实试算,未保存");
        out << tr("%1 %2(%3):%4 名网格员").arg(m.township.name, period->label(), state).arg(m.rows.size())
            << Qt::endl;
        for (const ScoreResultRow &r : m.rows) {
            out << u"  %1  %2  %3  %4  %5  %6"_s.arg(r.rank > 0 ? QString::number(r.rank) : u"—"_s, r.code,
                                                     r.name, AssessmentPrinter::points(r.total),
                                                     gradeLabel(r.grade),
                                                     r.stipend ? QString::number(*r.stipend) : u"—"_s)
                << Qt::endl;
            QJsonObject sections;
            for (const SectionScore &s : r.sections)
                sections.insert(s.name, s.points);
            json.append(QJsonObject{{u"township"_s, m.township.code},
                                    {u"period"_s, period->code()},
                                    {u"status"_s, m.run.id ? runStatusCode(m.run.status) : u"preview"_s},
                                    {u"code"_s, r.code},
                                    {u"worker"_s, r.name},
                                    {u"village"_s, r.village},
                                    {u"grids"_s, r.grids},
                                    {u"days_in_post"_s, r.daysInPost},
                                    {u"sections"_s, sections},
                                    {u"bonus"_s, r.bonus},
                                    {u"total"_s, r.total},
                                    {u"grade"_s, gradeLabel(r.grade)},
                                    {u"grade_code"_s, gradeCode(r.grade)},
                                    {u"stipend"_s, r.stipend ? QJsonValue(*r.stipend) : QJsonValue()},
                                    {u"money_deducted"_s, r.money},
                                    {u"rank"_s, r.rank}});
        }
    }
    if (parser.isSet(u"json"_s)) {
        QFile file(parser.value(u"json"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0) {
            err << tr("无法写入文件 %1。").arg(file.fileName()) << Qt::endl;
            return 1;
        }
    }
    if (parser.isSet(u"xlsx"_s) || parser.isSet(u"pdf"_s)) {
        if (months.size() != 1) {
            err << tr("导出 Excel 或 PDF 时请用 --township 指定一个乡镇(街道)。") << Qt::endl;
            return 2;
        }
        const TownshipMonth &m = months.first();
        if (parser.isSet(u"xlsx"_s)) {
            QString problem;
            if (!AssessmentXlsx::write(parser.value(u"xlsx"_s), m.township.name, m.run, m.rows, &problem)) {
                err << problem << Qt::endl;
                return 1;
            }
        }
        if (parser.isSet(u"pdf"_s)) {
            if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
                err << tr("生成 PDF 需要图形环境(zongzhi-cli 在给出 --pdf 时自动以 offscreen 方式创建)。")
                    << Qt::endl;
                return 1;
            }
            if (!AssessmentPrinter(m.township.name, m.run, clock.now())
                     .tablePdf(m.rows, parser.value(u"pdf"_s))) {
                err << tr("无法写入文件 %1。").arg(parser.value(u"pdf"_s)) << Qt::endl;
                return 1;
            }
        }
    }
    return 0;
}

} // namespace zz::cli
