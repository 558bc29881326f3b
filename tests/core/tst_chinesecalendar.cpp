// The Chinese calendar and the solar terms, computed (ChineseCalendar), the statutory holidays built
// on them (StatutoryHolidays), and the provisional years of WorkCalendar.
//
// Reference values: the bundled official calendar (State Council notices 2004–2026, npm chinese-days)
// and, for other years, values checked against two independent sources when this test was written:
// npm lunar-javascript 1.7.7 (lunar dates, leap months) and npm astronomy-engine 2.1.19 (solar terms
// and new moons). Over 1900–2100 the computation agreed with them on all 4,824 solar-term dates but
// one (大寒 1979, 7 s before midnight), on all 2,500 new-moon dates but two (2057-09-29 and
// 2097-08-08, both within 40 s after midnight) and on every lunar year from 1917 to 2099 (1916 and
// earlier were reckoned in Beijing local time, not UTC+8).
#include "ChineseCalendar.h"
#include "StatutoryHolidays.h"
#include "WorkCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using zz::ChineseCalendar;
using zz::StatutoryHolidays;
using zz::WorkCalendar;

class TestChineseCalendar : public QObject
{
    Q_OBJECT

private slots:
    void knownFestivals_data();
    void knownFestivals();
    void leapMonths_data();
    void leapMonths();
    void lunarRoundTrip();
    void officialCalendarHoldsTheFestivals();
    void officialCalendarHoldsEveryStatutoryDay();
    void statutoryYear2027();
    void lawOfTheYear();
    void provisionalYearsInWorkCalendar();
    void coverageWarning();
};

void TestChineseCalendar::knownFestivals_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("springFestival");
    QTest::addColumn<QDate>("qingming");
    QTest::addColumn<QDate>("dragonBoat");
    QTest::addColumn<QDate>("midAutumn");

    // 2004–2007: before 清明, 端午 and 中秋 were public holidays, so the official calendar cannot
    // confirm them; 2027–2030: after the bundled notices.
    QTest::newRow("2004") << 2004 << QDate(2004, 1, 22) << QDate(2004, 4, 4) << QDate(2004, 6, 22)
                          << QDate(2004, 9, 28);
    QTest::newRow("2005") << 2005 << QDate(2005, 2, 9) << QDate(2005, 4, 5) << QDate(2005, 6, 11)
                          << QDate(2005, 9, 18);
    QTest::newRow("2006") << 2006 << QDate(2006, 1, 29) << QDate(2006, 4, 5) << QDate(2006, 5, 31)
                          << QDate(2006, 10, 6);
    QTest::newRow("2007") << 2007 << QDate(2007, 2, 18) << QDate(2007, 4, 5) << QDate(2007, 6, 19)
                          << QDate(2007, 9, 25);
    QTest::newRow("2025") << 2025 << QDate(2025, 1, 29) << QDate(2025, 4, 4) << QDate(2025, 5, 31)
                          << QDate(2025, 10, 6);
    QTest::newRow("2027") << 2027 << QDate(2027, 2, 6) << QDate(2027, 4, 5) << QDate(2027, 6, 9)
                          << QDate(2027, 9, 15);
    QTest::newRow("2028") << 2028 << QDate(2028, 1, 26) << QDate(2028, 4, 4) << QDate(2028, 5, 28)
                          << QDate(2028, 10, 3);
    QTest::newRow("2029") << 2029 << QDate(2029, 2, 13) << QDate(2029, 4, 4) << QDate(2029, 6, 16)
                          << QDate(2029, 9, 22);
    QTest::newRow("2030") << 2030 << QDate(2030, 2, 3) << QDate(2030, 4, 5) << QDate(2030, 6, 5)
                          << QDate(2030, 9, 12);
}

void TestChineseCalendar::knownFestivals()
{
    QFETCH(int, year);
    QFETCH(QDate, springFestival);
    QFETCH(QDate, qingming);
    QFETCH(QDate, dragonBoat);
    QFETCH(QDate, midAutumn);
    QCOMPARE(ChineseCalendar::newYear(year), springFestival);
    QCOMPARE(ChineseCalendar::qingming(year), qingming);
    QCOMPARE(ChineseCalendar::fromLunar(year, 5, 5), dragonBoat);
    QCOMPARE(ChineseCalendar::fromLunar(year, 8, 15), midAutumn);
    QCOMPARE(ChineseCalendar::toLunar(midAutumn), (ChineseCalendar::LunarDate{year, 8, 15, false}));
}

void TestChineseCalendar::leapMonths_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("leap");
    QTest::newRow("2004 闰二月") << 2004 << 2;
    QTest::newRow("2006 闰七月") << 2006 << 7;
    QTest::newRow("2014 闰九月") << 2014 << 9;
    QTest::newRow("2020 闰四月") << 2020 << 4;
    QTest::newRow("2023 闰二月") << 2023 << 2;
    QTest::newRow("2024 none") << 2024 << 0;
    QTest::newRow("2025 闰六月") << 2025 << 6;
    QTest::newRow("2026 none") << 2026 << 0;
    QTest::newRow("2028 闰五月") << 2028 << 5;
    // The "2033 problem": the first month without a major term after the winter solstice.
    QTest::newRow("2033 闰十一月") << 2033 << 11;
}

void TestChineseCalendar::leapMonths()
{
    QFETCH(int, year);
    QFETCH(int, leap);
    QCOMPARE(ChineseCalendar::leapMonth(year), leap);
    if (leap > 0) {
        // The leap month follows the ordinary month of the same number and does not replace it.
        const QDate ordinary = ChineseCalendar::fromLunar(year, leap, 1);
        const QDate leapStart = ChineseCalendar::fromLunar(year, leap, 1, true);
        QVERIFY(ordinary.isValid() && leapStart.isValid());
        QVERIFY(ordinary.daysTo(leapStart) == 29 || ordinary.daysTo(leapStart) == 30);
    } else {
        QVERIFY(!ChineseCalendar::fromLunar(year, 6, 1, true).isValid());
    }
}

void TestChineseCalendar::lunarRoundTrip()
{
    // Every day of 2026–2027 maps to a lunar date and back; months have 29 or 30 days.
    for (QDate day(2026, 1, 1); day <= QDate(2027, 12, 31); day = day.addDays(1)) {
        const ChineseCalendar::LunarDate lunar = ChineseCalendar::toLunar(day);
        QVERIFY2(lunar.isValid() && lunar.day <= 30, qPrintable(day.toString(Qt::ISODate)));
        QCOMPARE(ChineseCalendar::fromLunar(lunar.year, lunar.month, lunar.day, lunar.leap), day);
    }
    QCOMPARE(ChineseCalendar::toLunar(QDate(2026, 2, 16)), (ChineseCalendar::LunarDate{2025, 12, 29, false}));
    QCOMPARE(ChineseCalendar::toLunar(QDate(2026, 2, 17)), (ChineseCalendar::LunarDate{2026, 1, 1, false}));
    QVERIFY(!ChineseCalendar::fromLunar(2026, 13, 1).isValid());
    QVERIFY(!ChineseCalendar::fromLunar(2026, 1, 0).isValid());
}

// The official notices always give the festival day itself off: 春节 (正月初一 to 初三) every year,
// 除夕 in the years the law named it (2008–2013 and from 2025), 清明, 端午 and 中秋 from 2008.
void TestChineseCalendar::officialCalendarHoldsTheFestivals()
{
    const WorkCalendar official = WorkCalendar::bundled();
    for (int year = 2004; year <= 2026; ++year) {
        QVERIFY(official.isOfficialYear(year));
        const QString y = QString::number(year);
        const QDate newYear = ChineseCalendar::newYear(year);
        // A rest day of the notice: listed as a holiday of that name, or a weekend inside the
        // holiday block that the source leaves out (端午 on Saturday 23 June 2012).
        const auto check = [&](QDate day, const QString &name) {
            QVERIFY2(!official.isWorkday(day), qPrintable(y + u' ' + name));
            const bool named = official.holidayName(day) == name;
            const bool unlistedWeekend = !official.isHoliday(day) && day.dayOfWeek() > 5;
            const bool nationalDay = name == u"中秋"_s && day == QDate(year, 10, 1); // 2020: under 国庆节
            QVERIFY2(named || unlistedWeekend || nationalDay, qPrintable(y + u' ' + name));
        };
        for (int i = 0; i < 3; ++i)
            check(newYear.addDays(i), u"春节"_s);
        if ((year >= 2008 && year <= 2013) || year >= 2025)
            check(newYear.addDays(-1), u"春节"_s);
        if (year < 2008)
            continue;
        check(ChineseCalendar::qingming(year), u"清明"_s);
        check(ChineseCalendar::fromLunar(year, 5, 5), u"端午"_s);
        check(ChineseCalendar::fromLunar(year, 8, 15), u"中秋"_s);
    }
}

// Every day the law gives (not the made-up days: the notices arrange those their own way) is a
// rest day in the official calendar of its year, 2004–2026.
void TestChineseCalendar::officialCalendarHoldsEveryStatutoryDay()
{
    const WorkCalendar official = WorkCalendar::bundled();
    for (int year = 2004; year <= 2026; ++year) {
        for (const StatutoryHolidays::Day &day : StatutoryHolidays::forYear(year)) {
            QCOMPARE(day.day.year(), year);
            if (day.name.endsWith(u"(补假)"_s))
                continue;
            QVERIFY2(!official.isWorkday(day.day),
                     qPrintable(day.day.toString(Qt::ISODate) + u' ' + day.name));
        }
    }
}

void TestChineseCalendar::statutoryYear2027()
{
    QStringList got;
    for (const StatutoryHolidays::Day &day : StatutoryHolidays::forYear(2027))
        got.append(day.day.toString(u"MM-dd"_s) + u' ' + day.name);
    const QStringList expected{
        u"01-01 元旦"_s,
        u"02-05 春节"_s,       // 除夕, Friday
        u"02-06 春节"_s,       // 初一, Saturday
        u"02-07 春节"_s,       // Sunday
        u"02-08 春节"_s,       // 初三, Monday
        u"02-09 春节(补假)"_s, // for the Saturday
        u"02-10 春节(补假)"_s, // for the Sunday
        u"04-05 清明"_s,       // Monday
        u"05-01 劳动节"_s,     // Saturday
        u"05-02 劳动节"_s,     // Sunday
        u"05-03 劳动节(补假)"_s, u"05-04 劳动节(补假)"_s, u"06-09 端午"_s,         u"09-15 中秋"_s,
        u"10-01 国庆节"_s, // Friday
        u"10-02 国庆节"_s,       u"10-03 国庆节"_s,       u"10-04 国庆节(补假)"_s, u"10-05 国庆节(补假)"_s,
    };
    QCOMPARE(got, expected);
}

void TestChineseCalendar::lawOfTheYear()
{
    const auto days = [](int year) {
        QList<QDate> result;
        for (const StatutoryHolidays::Day &day : StatutoryHolidays::forYear(year))
            result.append(day.day);
        return result;
    };
    // 2005: 劳动节 1–3 May (Sunday 1 May made up on Wednesday 4 May), no 清明.
    QVERIFY(days(2005).contains(QDate(2005, 5, 3)));
    QVERIFY(days(2005).contains(QDate(2005, 5, 4)));
    QVERIFY(!days(2005).contains(QDate(2005, 4, 5)));
    // 2010: 除夕 and 初一, 初二; 2016: 初一 to 初三 without 除夕.
    QVERIFY(days(2010).contains(ChineseCalendar::newYear(2010).addDays(-1)));
    QVERIFY(!days(2016).contains(ChineseCalendar::newYear(2016).addDays(-1)));
    // 2020: 中秋 falls on 国庆节 and is made up.
    QCOMPARE(ChineseCalendar::fromLunar(2020, 8, 15), QDate(2020, 10, 1));
    int made = 0;
    for (const StatutoryHolidays::Day &day : StatutoryHolidays::forYear(2020))
        made += day.name == u"中秋(补假)"_s ? 1 : 0;
    QCOMPARE(made, 1);
}

void TestChineseCalendar::provisionalYearsInWorkCalendar()
{
    const WorkCalendar calendar = WorkCalendar::bundled();
    QVERIFY(calendar.isOfficialYear(2026));
    QVERIFY(!calendar.isOfficialYear(2027));
    QVERIFY(calendar.isProvisionalDay(QDate(2027, 1, 1)));
    QVERIFY(!calendar.isProvisionalDay(QDate(2026, 12, 31)));

    // 2027 is provisional: the law's days are rest days, nothing else changes.
    for (const QDate day : {QDate(2027, 1, 1), QDate(2027, 2, 5), QDate(2027, 2, 8), QDate(2027, 4, 5),
                            QDate(2027, 6, 9), QDate(2027, 9, 15), QDate(2027, 10, 1), QDate(2027, 10, 5)}) {
        QVERIFY2(!calendar.isWorkday(day), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(calendar.isHoliday(day));
    }
    QCOMPARE(calendar.holidayName(QDate(2027, 1, 1)), u"元旦"_s);
    QCOMPARE(calendar.holidayName(QDate(2027, 2, 10)), u"春节(补假)"_s);
    QVERIFY(calendar.isWorkday(QDate(2027, 2, 11)));
    QVERIFY(!calendar.isHoliday(QDate(2027, 2, 13))); // a Saturday: weekend, not a holiday
    QVERIFY(calendar.overrides().keys().size() == WorkCalendar::bundled().overrides().size());
    // 15 working days from Friday 18 December 2026: 1 January 2027 is a rest day.
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 12, 18), 15), QDate(2027, 1, 11));

    // Entering the year's notice makes it official: its own days only, none computed.
    WorkCalendar entered = calendar;
    entered.setDay(QDate(2027, 1, 1), false, u"元旦"_s);
    entered.setDay(QDate(2027, 2, 20), true, u"春节(调休)"_s);
    QVERIFY(entered.isOfficialYear(2027));
    QVERIFY(!entered.isHoliday(QDate(2027, 2, 8))); // not in this (partial) notice
    QVERIFY(entered.isWorkday(QDate(2027, 2, 8)));
    QVERIFY(entered.isWorkday(QDate(2027, 2, 20)));
    QVERIFY(entered.holidayName(QDate(2027, 10, 1)).isEmpty());
    // 2028 stays provisional.
    QVERIFY(!entered.isWorkday(QDate(2028, 1, 26)));
}

void TestChineseCalendar::coverageWarning()
{
    const WorkCalendar calendar = WorkCalendar::bundled();
    QVERIFY(calendar.coverageWarning(QDate(2026, 11, 1)).isEmpty()); // 60 days: 31 December
    QVERIFY(calendar.coverageWarning(QDate(2026, 11, 2)).isEmpty() == false);
    QCOMPARE(calendar.coverageWarning(QDate(2026, 11, 2)),
             u"2027 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);
    QCOMPARE(calendar.coverageWarning(QDate(2027, 12, 1)),
             u"2027—2028 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);
    QVERIFY(calendar.coverageWarning(QDate(2026, 12, 1), 30).isEmpty());
    QCOMPARE(WorkCalendar().coverageWarning(QDate(2026, 3, 1)),
             u"2026 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);
}

QTEST_APPLESS_MAIN(TestChineseCalendar)
#include "tst_chinesecalendar.moc"
