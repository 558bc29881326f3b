#include "ReportCommand.h"

#include "Database.h"
#include "IndicatorQueries.h"
#include "Indicators.h"
#include "PetitionIndicatorQueries.h"
#include "ReferenceRepositories.h"
#include "WorkReport.h"

#include <QCoreApplication>
#include <QFile>
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

constexpr int indicatorSchema = 21; // migration 0021: case_flow.supervise_level
constexpr int petitionSchema = 29;  // migration 0029: petition_clocks.met_on

// Each indicator under its key: counts as integers, rates as fractions, the mean in working days;
// null when the denominator is 0.
void insertIndicators(QJsonObject &o, const IndicatorCounts &counts)
{
    for (const Indicator i : allIndicators()) {
        const auto value = indicatorValue(counts, i);
        if (!value)
            o.insert(indicatorKey(i), QJsonValue::Null);
        else if (indicatorKind(i) == IndicatorKind::Count)
            o.insert(indicatorKey(i), qint64(*value));
        else
            o.insert(indicatorKey(i), *value);
    }
}

// The petition indicators under their keys, rates as fractions, null when undefined.
QJsonObject petitionObject(const PetitionIndicatorCounts &counts)
{
    QJsonObject o;
    for (const PetitionIndicator i : allPetitionIndicators()) {
        const auto value = petitionIndicatorValue(counts, i);
        if (!value)
            o.insert(petitionIndicatorKey(i), QJsonValue::Null);
        else if (petitionIndicatorKind(i) == IndicatorKind::Count)
            o.insert(petitionIndicatorKey(i), qint64(*value));
        else
            o.insert(petitionIndicatorKey(i), *value);
    }
    return o;
}

QJsonObject periodObject(const IndicatorFigures &f)
{
    QJsonObject o{{u"period"_s, f.period.code()},
                  {u"from"_s, f.period.first().toString(Qt::ISODate)},
                  {u"to"_s, f.period.last().toString(Qt::ISODate)},
                  {u"as_of"_s, f.asOf.toString(Qt::ISODate)}};
    insertIndicators(o, f.total);
    return o;
}

} // namespace

void addReportOptions(QCommandLineParser &parser)
{
    // --period, --township, --json, --pdf and --xlsx are shared with `score`.
    parser.addOption({u"as-of"_s, tr("统计截止日(结案率与在办超期按此日计算),默认今天"), u"YYYY-MM-DD"_s});
}

int runReport(const QString &url, const QCommandLineParser &parser, QDate today, QTextStream &out,
              QTextStream &err)
{
    const auto period = ReportPeriod::parse(parser.value(u"period"_s));
    const QDate asOf =
        parser.isSet(u"as-of"_s) ? QDate::fromString(parser.value(u"as-of"_s).trimmed(), Qt::ISODate) : today;
    if (!period || period->kind() == ReportPeriod::Kind::Custom || !asOf.isValid()) {
        err << tr("用法:zongzhi-cli report --db URL --period 2026-10|2026-Q3|2026 [--township 代码] "
                  "[--as-of YYYY-MM-DD] [--pdf 文件] [--xlsx 文件] [--json 文件]")
            << Qt::endl;
        return 2;
    }
    Database db(url);
    if (db.schemaVersion() < indicatorSchema) {
        err << tr("数据库结构版本过旧,请先运行 zongzhi-cli init 升级。") << Qt::endl;
        return 1;
    }
    const WorkCalendar calendar = CalendarRepository(db).load();
    IndicatorQueries queries(db, calendar);
    IndicatorScope scope;
    QString townshipCode;
    if (parser.isSet(u"township"_s)) {
        townshipCode = parser.value(u"township"_s).trimmed();
        scope.orgUnitId = queries.townshipByCode(townshipCode);
        if (!scope.orgUnitId) {
            err << tr("没有代码为“%1”的乡镇(街道)。").arg(townshipCode) << Qt::endl;
            return 1;
        }
    }
    const IndicatorFigures current = queries.compute(*period, scope, asOf);
    // A comparison period is taken as far past its end as this one is, so its 结案率 had as long to
    // close and its 在办超期 is the count at that time.
    const qint64 lag = period->last().daysTo(asOf);
    const ReportPeriod previousPeriod = period->previous();
    const ReportPeriod yearEarlierPeriod = period->yearEarlier();
    const IndicatorFigures previous =
        queries.compute(previousPeriod, scope, previousPeriod.last().addDays(lag));
    const IndicatorFigures yearEarlier =
        queries.compute(yearEarlierPeriod, scope, yearEarlierPeriod.last().addDays(lag));

    out << tr("%1 综治中心工作指标(统计截止 %2)").arg(period->label(), asOf.toString(Qt::ISODate))
        << Qt::endl;
    out << tr("指标\t本期\t环比(%1)\t同比(%2)").arg(period->previous().label(), period->yearEarlier().label())
        << Qt::endl;
    for (const Indicator i : allIndicators()) {
        const auto now = indicatorValue(current.total, i);
        out << indicatorTitle(i) << u'\t' << formatIndicatorValue(i, now) << u'\t'
            << formatIndicatorChange(i, indicatorChange(i, now, indicatorValue(previous.total, i))) << u'\t'
            << formatIndicatorChange(i, indicatorChange(i, now, indicatorValue(yearEarlier.total, i)))
            << Qt::endl;
    }

    // 信访: the petition indicators for the same period, place and as-of date (and the comparisons).
    std::optional<PetitionIndicatorFigures> petitions, petitionsPrevious, petitionsYearEarlier;
    if (db.schemaVersion() >= petitionSchema) {
        const PetitionIndicatorQueries petitionQueries(db);
        petitions = petitionQueries.compute(*period, scope.orgUnitId, asOf);
        petitionsPrevious =
            petitionQueries.compute(previousPeriod, scope.orgUnitId, previousPeriod.last().addDays(lag));
        petitionsYearEarlier = petitionQueries.compute(yearEarlierPeriod, scope.orgUnitId,
                                                       yearEarlierPeriod.last().addDays(lag));
        for (const PetitionIndicator i : allPetitionIndicators()) {
            const auto now = petitionIndicatorValue(petitions->total, i);
            out << petitionIndicatorTitle(i) << u'\t' << formatPetitionIndicatorValue(i, now) << u'\t'
                << formatPetitionIndicatorChange(
                       i,
                       petitionIndicatorChange(i, now, petitionIndicatorValue(petitionsPrevious->total, i)))
                << u'\t'
                << formatPetitionIndicatorChange(
                       i, petitionIndicatorChange(i, now,
                                                  petitionIndicatorValue(petitionsYearEarlier->total, i)))
                << Qt::endl;
        }
    }

    // 综治中心工作报表 as PDF and xlsx: the same figures, with the breakdowns and the summary.
    if (parser.isSet(u"pdf"_s) || parser.isSet(u"xlsx"_s)) {
        const WorkReport report(
            WorkReportData::load(db, calendar, *period, scope, asOf, QDateTime::currentDateTime()));
        if (parser.isSet(u"pdf"_s) && !report.pdf(parser.value(u"pdf"_s))) {
            err << tr("无法写入文件“%1”。").arg(parser.value(u"pdf"_s)) << Qt::endl;
            return 1;
        }
        QString problem;
        if (parser.isSet(u"xlsx"_s) && !report.xlsx(parser.value(u"xlsx"_s), &problem)) {
            err << problem << Qt::endl;
            return 1;
        }
    }

    if (parser.isSet(u"json"_s)) {
        QJsonObject root = periodObject(current);
        root.insert(u"township"_s, townshipCode.isEmpty() ? QJsonValue(QJsonValue::Null) : townshipCode);
        root.insert(u"previous"_s, periodObject(previous));
        root.insert(u"year_earlier"_s, periodObject(yearEarlier));
        QJsonObject formulas;
        for (const Indicator i : allIndicators())
            formulas.insert(indicatorKey(i), indicatorFormula(i));
        root.insert(u"formulas"_s, formulas);
        QJsonArray townships;
        for (const TownshipIndicators &t : current.byTownship) {
            QJsonObject o{{u"code"_s, t.code}, {u"name"_s, t.name}};
            insertIndicators(o, t.counts);
            townships.append(o);
        }
        root.insert(u"by_township"_s, townships);
        if (petitions) {
            QJsonObject o = petitionObject(petitions->total);
            o.insert(u"previous"_s, petitionObject(petitionsPrevious->total));
            o.insert(u"year_earlier"_s, petitionObject(petitionsYearEarlier->total));
            QJsonObject petitionFormulas;
            for (const PetitionIndicator i : allPetitionIndicators())
                petitionFormulas.insert(petitionIndicatorKey(i), petitionIndicatorFormula(i));
            o.insert(u"formulas"_s, petitionFormulas);
            QJsonArray petitionTownships;
            for (const PetitionTownshipIndicators &t : std::as_const(petitions->byTownship)) {
                QJsonObject row = petitionObject(t.counts);
                row.insert(u"code"_s, t.code);
                row.insert(u"name"_s, t.name);
                petitionTownships.append(row);
            }
            o.insert(u"by_township"_s, petitionTownships);
            root.insert(u"petitions"_s, o);
        } else {
            root.insert(u"petitions"_s, QJsonValue::Null);
        }
        QFile file(parser.value(u"json"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(QJsonDocument(root).toJson()) < 0) {
            err << tr("无法写入文件“%1”。").arg(file.fileName()) << Qt::endl;
            return 1;
        }
    }
    return 0;
}

} // namespace zz::cli
