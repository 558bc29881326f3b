// Indicators defined once (issue 14): periods with their 环比 and 同比 periods, the formulas, rates
// that are undefined on an empty denominator, and changes from a base of 0.
#include "Indicators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void parsesPeriods()
    {
        const auto m = ReportPeriod::parse(u"2026-10"_s);
        QVERIFY(m);
        QCOMPARE(m->kind(), ReportPeriod::Kind::Month);
        QCOMPARE(m->first(), QDate(2026, 10, 1));
        QCOMPARE(m->last(), QDate(2026, 10, 31));
        QCOMPARE(m->code(), u"2026-10"_s);

        const auto q = ReportPeriod::parse(u"2026-Q3"_s);
        QVERIFY(q);
        QCOMPARE(q->first(), QDate(2026, 7, 1));
        QCOMPARE(q->last(), QDate(2026, 9, 30));
        QCOMPARE(q->code(), u"2026-Q3"_s);

        const auto y = ReportPeriod::parse(u"2026"_s);
        QVERIFY(y);
        QCOMPARE(y->days(), 365);
        QCOMPARE(y->code(), u"2026"_s);

        const auto c = ReportPeriod::parse(u"2026-01-05..2026-02-04"_s);
        QVERIFY(c);
        QCOMPARE(c->kind(), ReportPeriod::Kind::Custom);
        QCOMPARE(c->days(), 31);
        QCOMPARE(ReportPeriod::parse(c->code()), c);

        QVERIFY(!ReportPeriod::parse(u"2026-13"_s));
        QVERIFY(!ReportPeriod::parse(u"2026-Q5"_s));
        QVERIFY(!ReportPeriod::parse(u"2026-02-04..2026-01-05"_s));
        QVERIFY(!ReportPeriod::parse(u"十月"_s));
    }

    void previousAndYearEarlier()
    {
        // 环比 across the year boundary: January's previous period is the previous December.
        QCOMPARE(ReportPeriod::month(2026, 1).previous(), ReportPeriod::month(2025, 12));
        QCOMPARE(ReportPeriod::month(2026, 3).previous().last(), QDate(2026, 2, 28));
        QCOMPARE(ReportPeriod::quarter(2026, 1).previous(), ReportPeriod::quarter(2025, 4));
        QCOMPARE(ReportPeriod::year(2026).previous(), ReportPeriod::year(2025));
        const ReportPeriod c = ReportPeriod::custom(QDate(2026, 1, 5), QDate(2026, 1, 14));
        QCOMPARE(c.previous(), ReportPeriod::custom(QDate(2025, 12, 26), QDate(2026, 1, 4)));
        // 同比
        QCOMPARE(ReportPeriod::month(2026, 1).yearEarlier(), ReportPeriod::month(2025, 1));
        QCOMPARE(ReportPeriod::quarter(2026, 3).yearEarlier(), ReportPeriod::quarter(2025, 3));
        QCOMPARE(ReportPeriod::month(2024, 2).yearEarlier().last(), QDate(2023, 2, 28));
        QCOMPARE(c.yearEarlier(), ReportPeriod::custom(QDate(2025, 1, 5), QDate(2025, 1, 14)));
    }

    void everyIndicatorHasKeyTitleAndFormula()
    {
        QStringList keys;
        for (const Indicator i : allIndicators()) {
            QVERIFY(!indicatorTitle(i).isEmpty());
            QVERIFY(!indicatorFormula(i).isEmpty());
            keys << indicatorKey(i);
            QCOMPARE(indicatorFromKey(indicatorKey(i)), i);
        }
        for (const QString &k : {u"received"_s, u"registered"_s, u"closed"_s, u"closure_rate"_s,
                                 u"on_time_rate"_s, u"resolution_rate"_s, u"satisfaction_rate"_s,
                                 u"avg_handling_working_days"_s, u"overdue_open"_s})
            QVERIFY2(keys.contains(k), qPrintable(k));
        QVERIFY(indicatorFormula(Indicator::OnTimeRate).contains(u"延期"_s));
    }

    void ratesAndEmptyDenominators()
    {
        IndicatorCounts c;
        c.received = 10;
        c.registered = 8;
        c.closedOfRegistered = 6;
        c.closed = 4;
        c.closedOnTime = 3;
        c.handlingWorkingDays = 10;
        QCOMPARE(indicatorValue(c, Indicator::Received), 10.0);
        QCOMPARE(indicatorValue(c, Indicator::ClosureRate), 0.75);
        QCOMPARE(indicatorValue(c, Indicator::OnTimeRate), 0.75);
        QCOMPARE(indicatorValue(c, Indicator::AvgHandlingWorkingDays), 2.5);
        // No dispute outcome recorded, no call-backs: undefined, never 0 % or 100 %.
        QVERIFY(!indicatorValue(c, Indicator::ResolutionRate));
        QVERIFY(!indicatorValue(c, Indicator::SatisfactionRate));
        QCOMPARE(formatIndicatorValue(Indicator::SatisfactionRate, std::nullopt), u"—"_s);
        QCOMPARE(formatIndicatorValue(Indicator::OnTimeRate, 0.75), u"75.0%"_s);
        QCOMPARE(formatIndicatorValue(Indicator::Received, 10.0), u"10"_s);
        QVERIFY(!indicatorValue(IndicatorCounts{}, Indicator::AvgHandlingWorkingDays));
        QCOMPARE(indicatorValue(IndicatorCounts{}, Indicator::Received), 0.0);

        IndicatorCounts sum = c;
        sum += c;
        QCOMPARE(sum.received, 20);
        QCOMPARE(indicatorValue(sum, Indicator::ClosureRate), 0.75);
    }

    void changes()
    {
        // From a base of 0: 新增; both 0: —.
        const auto fresh = indicatorChange(Indicator::Received, 5.0, 0.0);
        QCOMPARE(fresh.kind, IndicatorChange::Kind::New);
        QCOMPARE(formatIndicatorChange(Indicator::Received, fresh), u"新增"_s);
        QCOMPARE(indicatorChange(Indicator::Received, 0.0, 0.0).kind, IndicatorChange::Kind::Undefined);
        QCOMPARE(formatIndicatorChange(Indicator::Received, indicatorChange(Indicator::Received, 0.0, 0.0)),
                 u"—"_s);
        const auto up = indicatorChange(Indicator::Received, 15.0, 12.0);
        QCOMPARE(up.kind, IndicatorChange::Kind::Value);
        QCOMPARE(formatIndicatorChange(Indicator::Received, up), u"+25.0%"_s);
        QCOMPARE(formatIndicatorChange(Indicator::Received, indicatorChange(Indicator::Received, 0.0, 4.0)),
                 u"-100.0%"_s);
        // Rates change in percentage points; an undefined side gives no change.
        QCOMPARE(
            formatIndicatorChange(Indicator::OnTimeRate, indicatorChange(Indicator::OnTimeRate, 0.8, 0.75)),
            u"+5.0个百分点"_s);
        QCOMPARE(formatIndicatorChange(Indicator::OnTimeRate,
                                       indicatorChange(Indicator::OnTimeRate, 0.8571, 0.85714)),
                 u"0.0个百分点"_s);
        QCOMPARE(formatIndicatorChange(Indicator::Received, indicatorChange(Indicator::Received, 7.0, 7.0)),
                 u"0.0%"_s);
        QCOMPARE(indicatorChange(Indicator::OnTimeRate, 0.8, std::nullopt).kind,
                 IndicatorChange::Kind::Undefined);
        QCOMPARE(indicatorChange(Indicator::OnTimeRate, std::nullopt, 0.5).kind,
                 IndicatorChange::Kind::Undefined);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
