#pragma once

#include <QDate>
#include <QList>

namespace zz {

// The Chinese lunisolar calendar (农历) and the 24 solar terms (节气), computed from the positions of
// the Sun and the Moon rather than read from a table, following GB/T 33661-2017 《农历的编算和颁行》:
// days are counted in Beijing time (UTC+8); a lunar month starts on the day of a new moon (朔);
// the month containing the winter solstice (冬至) is month 11; when 13 months lie between two such
// months, the first of them without a major solar term (中气) is a leap month repeating the number
// of the month before it.
//
// The Sun's apparent longitude comes from the truncated VSOP87 theory (J. Meeus, Astronomical
// Algorithms, 2nd ed., ch. 25, 32 and appendix III: about one arc second), new moons from Meeus
// ch. 49 (seconds), Delta T from the Espenak–Meeus polynomials. Checked against independent
// ephemerides for 1900–2100 (see tests/core/tst_chinesecalendar.cpp).
class ChineseCalendar
{
public:
    struct LunarDate
    {
        int year = 0;  // the lunar year, named by the Gregorian year its first month starts in
        int month = 0; // 1–12
        int day = 0;   // 1–30
        bool leap = false;
        bool isValid() const { return month > 0; }
        bool operator==(const LunarDate &) const = default;
    };

    // The Beijing date on which the Sun's apparent longitude reaches `longitude` degrees (a multiple
    // of 15: 0 春分, 15 清明, 90 夏至, 270 冬至 …) in the Gregorian `year`.
    static QDate solarTerm(int year, int longitude);
    static QDate qingming(int year) { return solarTerm(year, 15); }

    // The Gregorian date of a lunar date; invalid when that month (or leap month, or day 30) does
    // not exist in that lunar year.
    static QDate fromLunar(int lunarYear, int month, int day, bool leap = false);
    static LunarDate toLunar(QDate date);
    // 春节 (正月初一) of the lunar year starting in the Gregorian `year`.
    static QDate newYear(int year) { return fromLunar(year, 1, 1); }
    // The leap month of the lunar year (its number: 6 for 闰六月), 0 when there is none.
    static int leapMonth(int lunarYear);

    // Instants as Julian days in Terrestrial Time, for the tests and for whoever needs the time.
    static double solarTermJde(int year, int longitude);
    static double newMoonJde(double k);               // k: lunation number, 0 = the new moon of 2000-01-06
    static double apparentSolarLongitude(double jde); // degrees, 0 ≤ λ < 360
    // The Beijing calendar date of an instant given in Terrestrial Time.
    static QDate beijingDate(double jde);

private:
    struct Month
    {
        QDate start;
        int number = 0;
        bool leap = false;
    };
    // The months from the one containing the winter solstice of `year - 1` to the one before the
    // month containing the winter solstice of `year`, numbered.
    static QList<Month> monthsOfSui(int year);
    // The months of one lunar year (正月 to the month before the next 正月), followed by the next
    // year's 正月 as an end marker.
    static QList<Month> monthsOfLunarYear(int lunarYear);
};

} // namespace zz
