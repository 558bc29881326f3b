#include "CalendarCommand.h"

#include "Clock.h"
#include "Database.h"
#include "DeadlineRecompute.h"
#include "IndicatorCache.h"
#include "ReferenceRepositories.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace zz::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zz::cli", text);
}

QString coverage(const WorkCalendar &calendar)
{
    const QList<int> years = calendar.years();
    if (years.isEmpty())
        return tr("数据库中还没有节假日数据,所有期限按法定节日推算(暂定)。");
    return tr("节假日日历覆盖 %1—%2 年;此后的期限按法定节日推算(暂定),录入新年度后自动重算。")
        .arg(years.first())
        .arg(calendar.coveredUntil().year());
}

} // namespace

void addCalendarOptions(QCommandLineParser &parser)
{
    parser.addOption({u"year"_s, tr("只录入文件中这一年的节假日"), u"YYYY"_s});
}

int runCalendar(const QString &url, const QCommandLineParser &parser, const QString &operatorLogin,
                QTextStream &out, QTextStream &err)
{
    const QString sub = parser.positionalArguments().value(0);
    if (sub == u"status"_s) {
        Database db(url);
        out << coverage(CalendarRepository(db).load()) << Qt::endl;
        return 0;
    }
    if (sub != u"import"_s || !parser.isSet(u"from"_s)) {
        err << tr("用法:zongzhi-cli calendar status --db URL\n"
                  "      zongzhi-cli calendar import --from 文件.json [--year YYYY] --db URL")
            << Qt::endl;
        return 2;
    }
    QFile file(parser.value(u"from"_s));
    WorkCalendar source;
    if (!file.open(QIODevice::ReadOnly) || !source.loadJson(file.readAll())) {
        err << tr("无法读取节假日文件“%1”:应为 chinese-days 格式的 JSON({\"holidays\": {...}, \"workdays\": "
                  "{...}})。")
                   .arg(parser.value(u"from"_s))
            << Qt::endl;
        return 2;
    }
    QList<int> years = source.years();
    if (parser.isSet(u"year"_s)) {
        bool ok = false;
        const int year = parser.value(u"year"_s).toInt(&ok);
        if (!ok || !years.contains(year)) {
            err << tr("文件中没有 %1 年的节假日。").arg(parser.value(u"year"_s)) << Qt::endl;
            return 2;
        }
        years = {year};
    }
    Database db(url);
    const SystemClock clock;
    const auto result = DeadlineRecompute(db, clock, operatorLogin).storeYears(source, years);
    IndicatorCache::renewStoredCalendar(db, CalendarRepository(db).load());
    QStringList names;
    for (const int year : result.years)
        names.append(QString::number(year));
    out << tr("已录入 %1 年的节假日与调休上班日,共 %2 天;%3 件在办案件的办理期限已按新日历重算。")
               .arg(names.join(u"、"_s))
               .arg(result.daysWritten)
               .arg(result.casesChanged)
        << Qt::endl;
    out << coverage(CalendarRepository(db).load()) << Qt::endl;
    return 0;
}

} // namespace zz::cli
