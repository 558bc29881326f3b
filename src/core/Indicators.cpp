#include "Indicators.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The titles and formulas, marked with QT_TRANSLATE_NOOP below; the other texts name the context
// themselves so lupdate files them under zz::Indicators too.
QString tr(const char *text)
{
    return QCoreApplication::translate("zz::Indicators", text);
}

struct IndicatorText
{
    Indicator indicator;
    IndicatorKind kind;
    const char *key;
    const char *title;
    const char *formula;
};

// The formulas as the issue defines them; QT_TRANSLATE_NOOP so lupdate finds them.
constexpr std::array indicatorTexts{
    IndicatorText{Indicator::Received, IndicatorKind::Count, "received",
                  QT_TRANSLATE_NOOP("zz::Indicators", "受理量"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "本期受理的案件数")},
    IndicatorText{Indicator::Registered, IndicatorKind::Count, "registered",
                  QT_TRANSLATE_NOOP("zz::Indicators", "立案量"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "本期受理的案件中未作不予立案的件数")},
    IndicatorText{Indicator::Closed, IndicatorKind::Count, "closed",
                  QT_TRANSLATE_NOOP("zz::Indicators", "办结量"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "本期结案或归档的案件数(含就地化解)")},
    IndicatorText{Indicator::ClosureRate, IndicatorKind::Rate, "closure_rate",
                  QT_TRANSLATE_NOOP("zz::Indicators", "结案率"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "本期立案的案件中截至统计日已结案的件数 ÷ 本期立案量")},
    IndicatorText{Indicator::OnTimeRate, IndicatorKind::Rate, "on_time_rate",
                  QT_TRANSLATE_NOOP("zz::Indicators", "按期办结率"),
                  QT_TRANSLATE_NOOP("zz::Indicators",
                                    "本期办结的案件中在办理期限(含批准的延期)内办结的件数 ÷ 本期办结量")},
    IndicatorText{Indicator::ResolutionRate, IndicatorKind::Rate, "resolution_rate",
                  QT_TRANSLATE_NOOP("zz::Indicators", "化解率"),
                  QT_TRANSLATE_NOOP("zz::Indicators",
                                    "本期办结的案件中矛盾已化解的件数 ÷ 本期办结且记录了化解结果的件数")},
    IndicatorText{Indicator::SatisfactionRate, IndicatorKind::Rate, "satisfaction_rate",
                  QT_TRANSLATE_NOOP("zz::Indicators", "满意率"),
                  QT_TRANSLATE_NOOP("zz::Indicators",
                                    "本期回访中(满意 + 基本满意)的次数 ÷ 本期有回访结果的次数(未接通不计)")},
    IndicatorText{Indicator::AvgHandlingWorkingDays, IndicatorKind::Average, "avg_handling_working_days",
                  QT_TRANSLATE_NOOP("zz::Indicators", "平均办理时长"),
                  QT_TRANSLATE_NOOP("zz::Indicators",
                                    "本期办结的案件从受理到结案的工作日数之和 ÷ 本期办结量(按工作日历计)")},
    IndicatorText{Indicator::OverdueOpen, IndicatorKind::Count, "overdue_open",
                  QT_TRANSLATE_NOOP("zz::Indicators", "在办超期"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "截至统计日尚未办结且已超过办理期限的案件数")},
    IndicatorText{Indicator::SupervisedNormal, IndicatorKind::Count, "supervised_normal",
                  QT_TRANSLATE_NOOP("zz::Indicators", "普通督办"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "本期被普通督办的案件数")},
    IndicatorText{Indicator::SupervisedYellow, IndicatorKind::Count, "supervised_yellow",
                  QT_TRANSLATE_NOOP("zz::Indicators", "黄牌督办"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "本期被黄牌督办的案件数")},
    IndicatorText{Indicator::SupervisedRed, IndicatorKind::Count, "supervised_red",
                  QT_TRANSLATE_NOOP("zz::Indicators", "红牌督办"),
                  QT_TRANSLATE_NOOP("zz::Indicators", "本期被红牌督办的案件数")},
};

const IndicatorText &textOf(Indicator indicator)
{
    for (const IndicatorText &t : indicatorTexts) {
        if (t.indicator == indicator)
            return t;
    }
    return indicatorTexts.front();
}

QDate lastOfMonth(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

} // namespace

ReportPeriod ReportPeriod::month(int year, int month)
{
    ReportPeriod p;
    p.m_kind = Kind::Month;
    p.m_first = QDate(year, month, 1);
    p.m_last = p.m_first.isValid() ? lastOfMonth(year, month) : QDate();
    return p;
}

ReportPeriod ReportPeriod::quarter(int year, int quarter)
{
    ReportPeriod p;
    if (quarter < 1 || quarter > 4)
        return p;
    p.m_kind = Kind::Quarter;
    p.m_first = QDate(year, quarter * 3 - 2, 1);
    p.m_last = p.m_first.isValid() ? lastOfMonth(year, quarter * 3) : QDate();
    return p;
}

ReportPeriod ReportPeriod::year(int year)
{
    ReportPeriod p;
    p.m_kind = Kind::Year;
    p.m_first = QDate(year, 1, 1);
    p.m_last = QDate(year, 12, 31);
    return p;
}

ReportPeriod ReportPeriod::custom(QDate first, QDate last)
{
    ReportPeriod p;
    p.m_kind = Kind::Custom;
    p.m_first = first;
    p.m_last = last;
    return p;
}

std::optional<ReportPeriod> ReportPeriod::parse(const QString &text)
{
    static const QRegularExpression monthRe(u"^(\\d{4})-(\\d{1,2})$"_s);
    static const QRegularExpression quarterRe(u"^(\\d{4})-?[Qq]([1-4])$"_s);
    static const QRegularExpression yearRe(u"^(\\d{4})$"_s);
    static const QRegularExpression customRe(u"^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"_s);
    const QString t = text.trimmed();
    ReportPeriod p;
    if (const auto m = monthRe.match(t); m.hasMatch())
        p = month(m.captured(1).toInt(), m.captured(2).toInt());
    else if (const auto q = quarterRe.match(t); q.hasMatch())
        p = quarter(q.captured(1).toInt(), q.captured(2).toInt());
    else if (const auto y = yearRe.match(t); y.hasMatch())
        p = year(y.captured(1).toInt());
    else if (const auto c = customRe.match(t); c.hasMatch())
        p = custom(QDate::fromString(c.captured(1), Qt::ISODate),
                   QDate::fromString(c.captured(2), Qt::ISODate));
    if (!p.isValid() || p.m_first.year() < 1970)
        return std::nullopt;
    return p;
}

QString ReportPeriod::code() const
{
    switch (m_kind) {
    case Kind::Month:
        return m_first.toString(u"yyyy-MM"_s);
    case Kind::Quarter:
        return u"%1-Q%2"_s.arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year:
        return QString::number(m_first.year());
    case Kind::Custom:
        break;
    }
    return m_first.toString(Qt::ISODate) + u".."_s + m_last.toString(Qt::ISODate);
}

QString ReportPeriod::label() const
{
    switch (m_kind) {
    case Kind::Month:
        return QCoreApplication::translate("zz::Indicators", "%1年%2月")
            .arg(m_first.year())
            .arg(m_first.month());
    case Kind::Quarter:
        return QCoreApplication::translate("zz::Indicators", "%1年第%2季度")
            .arg(m_first.year())
            .arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year:
        return QCoreApplication::translate("zz::Indicators", "%1年").arg(m_first.year());
    case Kind::Custom:
        break;
    }
    return QCoreApplication::translate("zz::Indicators", "%1 至 %2")
        .arg(m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate));
}

ReportPeriod ReportPeriod::previous() const
{
    switch (m_kind) {
    case Kind::Month: {
        const QDate d = m_first.addMonths(-1);
        return month(d.year(), d.month());
    }
    case Kind::Quarter: {
        const QDate d = m_first.addMonths(-3);
        return quarter(d.year(), (d.month() - 1) / 3 + 1);
    }
    case Kind::Year:
        return year(m_first.year() - 1);
    case Kind::Custom:
        break;
    }
    return custom(m_first.addDays(-days()), m_first.addDays(-1));
}

ReportPeriod ReportPeriod::yearEarlier() const
{
    switch (m_kind) {
    case Kind::Month:
        return month(m_first.year() - 1, m_first.month());
    case Kind::Quarter:
        return quarter(m_first.year() - 1, (m_first.month() - 1) / 3 + 1);
    case Kind::Year:
        return year(m_first.year() - 1);
    case Kind::Custom:
        break;
    }
    return custom(m_first.addYears(-1), m_last.addYears(-1));
}

QList<Indicator> allIndicators()
{
    QList<Indicator> out;
    for (const IndicatorText &t : indicatorTexts)
        out << t.indicator;
    return out;
}

IndicatorKind indicatorKind(Indicator indicator)
{
    return textOf(indicator).kind;
}

QString indicatorKey(Indicator indicator)
{
    return QString::fromLatin1(textOf(indicator).key);
}

std::optional<Indicator> indicatorFromKey(const QString &key)
{
    for (const IndicatorText &t : indicatorTexts) {
        if (key == QLatin1StringView(t.key))
            return t.indicator;
    }
    return std::nullopt;
}

QString indicatorTitle(Indicator indicator)
{
    return tr(textOf(indicator).title);
}

QString indicatorFormula(Indicator indicator)
{
    return tr(textOf(indicator).formula);
}

IndicatorCounts &IndicatorCounts::operator+=(const IndicatorCounts &o)
{
    received += o.received;
    registered += o.registered;
    closedOfRegistered += o.closedOfRegistered;
    closed += o.closed;
    closedOnTime += o.closedOnTime;
    disputeRecorded += o.disputeRecorded;
    disputeSettled += o.disputeSettled;
    callbacks += o.callbacks;
    satisfied += o.satisfied;
    handlingWorkingDays += o.handlingWorkingDays;
    overdueOpen += o.overdueOpen;
    supervisedNormal += o.supervisedNormal;
    supervisedYellow += o.supervisedYellow;
    supervisedRed += o.supervisedRed;
    return *this;
}

IndicatorFraction indicatorFraction(const IndicatorCounts &c, Indicator indicator)
{
    switch (indicator) {
    case Indicator::Received:
        return {c.received, 1};
    case Indicator::Registered:
        return {c.registered, 1};
    case Indicator::Closed:
        return {c.closed, 1};
    case Indicator::ClosureRate:
        return {c.closedOfRegistered, c.registered};
    case Indicator::OnTimeRate:
        return {c.closedOnTime, c.closed};
    case Indicator::ResolutionRate:
        return {c.disputeSettled, c.disputeRecorded};
    case Indicator::SatisfactionRate:
        return {c.satisfied, c.callbacks};
    case Indicator::AvgHandlingWorkingDays:
        return {c.handlingWorkingDays, c.closed};
    case Indicator::OverdueOpen:
        return {c.overdueOpen, 1};
    case Indicator::SupervisedNormal:
        return {c.supervisedNormal, 1};
    case Indicator::SupervisedYellow:
        return {c.supervisedYellow, 1};
    case Indicator::SupervisedRed:
        return {c.supervisedRed, 1};
    }
    return {};
}

std::optional<double> indicatorValue(const IndicatorCounts &counts, Indicator indicator)
{
    const IndicatorFraction f = indicatorFraction(counts, indicator);
    if (f.denominator == 0)
        return std::nullopt;
    return double(f.numerator) / double(f.denominator);
}

IndicatorChange indicatorChange(Indicator indicator, std::optional<double> current,
                                std::optional<double> base)
{
    if (!current || !base)
        return {};
    if (indicatorKind(indicator) == IndicatorKind::Rate)
        return {IndicatorChange::Kind::Value, *current - *base};
    if (*base == 0)
        return *current == 0 ? IndicatorChange{} : IndicatorChange{IndicatorChange::Kind::New, 0};
    return {IndicatorChange::Kind::Value, (*current - *base) / *base};
}

QString formatIndicatorValue(Indicator indicator, std::optional<double> value)
{
    if (!value)
        return u"—"_s;
    switch (indicatorKind(indicator)) {
    case IndicatorKind::Count:
        return QString::number(qint64(*value));
    case IndicatorKind::Rate:
        return QString::number(*value * 100, 'f', 1) + u"%"_s;
    case IndicatorKind::Average:
        return QString::number(*value, 'f', 1);
    }
    return u"—"_s;
}

QString formatIndicatorChange(Indicator indicator, const IndicatorChange &change)
{
    switch (change.kind) {
    case IndicatorChange::Kind::Undefined:
        return u"—"_s;
    case IndicatorChange::Kind::New:
        return QCoreApplication::translate("zz::Indicators", "新增");
    case IndicatorChange::Kind::Value:
        break;
    }
    // In tenths of a percent (or point), so a change that rounds to nothing reads "0.0", not "-0.0".
    const double tenths = std::round(change.value * 1000);
    const QString text =
        tenths == 0 ? u"0.0"_s : (tenths > 0 ? u"+"_s : QString()) + QString::number(tenths / 10, 'f', 1);
    if (indicatorKind(indicator) == IndicatorKind::Rate)
        return QCoreApplication::translate("zz::Indicators", "%1个百分点").arg(text);
    return text + u"%"_s;
}

} // namespace zz
