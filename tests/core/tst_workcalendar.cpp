#include "WorkCalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using zz::WarningLevel;
using zz::WorkCalendar;

namespace {

QDateTime at(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s));
}

QDateTime endOf(int y, int m, int d)
{
    return at(y, m, d, 23, 59, 59);
}

} // namespace

// Working days, deadlines and warnings against the bundled mainland-China holiday calendar.
class TestWorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isWorkday_data();
    void isWorkday();
    void bundledCoversTheNotices();
    void bundledReturnsIndependentCopies();
    void plainCalendarIsMondayToFriday();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void workingDaysBetweenUndoesAddWorkingDays();
    void deadline_data();
    void deadline();
    void deadlineKeepsTimeZone();
    void remainingDays_data();
    void remainingDays();
    void warning_data();
    void warning();
    void loadCustomJson();
    void loadChineseDaysFormat();
    void loadMalformedJson_data();
    void loadMalformedJson();
    void coveredUntil_data();
    void coveredUntil();
    void provisional_data();
    void provisional();
    void provisionalNoteNamesMissingYears();

private:
    WorkCalendar m_calendar;
};

void TestWorkCalendar::initTestCase()
{
    m_calendar = WorkCalendar::bundled();
    QVERIFY(!m_calendar.overrides().isEmpty());
}

void TestWorkCalendar::isWorkday_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("workday");
    QTest::addColumn<bool>("holiday");
    QTest::addColumn<QString>("name");

    QTest::newRow("ordinary wednesday") << QDate(2025, 1, 22) << true << false << QString();
    QTest::newRow("ordinary saturday") << QDate(2025, 1, 25) << false << false << QString();
    QTest::newRow("ordinary sunday") << QDate(2025, 3, 9) << false << false << QString();
    QTest::newRow("2025 new year") << QDate(2025, 1, 1) << false << true << u"元旦"_s;
    QTest::newRow("2025 spring festival first") << QDate(2025, 1, 28) << false << true << u"春节"_s;
    QTest::newRow("2025 spring festival sunday") << QDate(2025, 2, 2) << false << true << u"春节"_s;
    QTest::newRow("2025 spring festival last") << QDate(2025, 2, 4) << false << true << u"春节"_s;
    QTest::newRow("2025 after spring festival") << QDate(2025, 2, 5) << true << false << QString();
    QTest::newRow("2025 adjusted sunday") << QDate(2025, 1, 26) << true << false << u"春节(调休)"_s;
    QTest::newRow("2025 adjusted saturday") << QDate(2025, 2, 8) << true << false << u"春节(调休)"_s;
    QTest::newRow("2024 adjusted sunday") << QDate(2024, 9, 29) << true << false << u"国庆节(调休)"_s;
    QTest::newRow("2024 national day") << QDate(2024, 10, 1) << false << true << u"国庆节"_s;
    QTest::newRow("2024 national day monday") << QDate(2024, 10, 7) << false << true << u"国庆节"_s;
    QTest::newRow("2024 after national day") << QDate(2024, 10, 8) << true << false << QString();
    QTest::newRow("2024 adjusted saturday") << QDate(2024, 10, 12) << true << false << u"国庆节(调休)"_s;
    QTest::newRow("2026 national day") << QDate(2026, 10, 1) << false << true << u"国庆节"_s;
    QTest::newRow("2026 new year") << QDate(2026, 1, 1) << false << true << u"元旦"_s;
}

void TestWorkCalendar::isWorkday()
{
    QFETCH(QDate, day);
    QFETCH(bool, workday);
    QFETCH(bool, holiday);
    QFETCH(QString, name);

    QCOMPARE(m_calendar.isWorkday(day), workday);
    QCOMPARE(m_calendar.isHoliday(day), holiday);
    QCOMPARE(m_calendar.holidayName(day), name);
}

void TestWorkCalendar::bundledCoversTheNotices()
{
    // Every entry lies in 2004–2026, and each of those years has its own holiday notice.
    QHash<int, int> holidaysPerYear;
    const QHash<QDate, bool> overrides = m_calendar.overrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        QVERIFY2(it.key() >= QDate(2004, 1, 1) && it.key() <= QDate(2026, 12, 31),
                 qPrintable(it.key().toString(Qt::ISODate)));
        if (!it.value())
            ++holidaysPerYear[it.key().year()];
    }
    for (int year = 2004; year <= 2026; ++year)
        QVERIFY2(holidaysPerYear.value(year) >= 20, qPrintable(QString::number(year)));
    QCOMPARE(m_calendar.years().first(), 2004);
}

void TestWorkCalendar::bundledReturnsIndependentCopies()
{
    WorkCalendar copy = WorkCalendar::bundled();
    copy.clear();
    // Monday 3 February 2025: 春节 in the notice, not one of the law's own days.
    QVERIFY(copy.isWorkday(QDate(2025, 2, 3)));
    QVERIFY(!WorkCalendar::bundled().isWorkday(QDate(2025, 2, 3)));
}

void TestWorkCalendar::plainCalendarIsMondayToFriday()
{
    // Without entries every year is provisional: Monday to Friday minus the law's own holidays.
    WorkCalendar plain;
    QVERIFY(plain.isWorkday(QDate(2025, 2, 3))); // a Monday, 春节 only in the notice
    QVERIFY(!plain.isWorkday(QDate(2025, 1, 26)));
    QVERIFY(!plain.isWorkday(QDate(2025, 1, 28))); // 除夕, a holiday by law
    QCOMPARE(plain.holidayName(QDate(2025, 1, 28)), u"春节"_s);
    QCOMPARE(plain.addWorkingDays(QDate(2025, 3, 7), 5), QDate(2025, 3, 14));

    plain.setDay(QDate(2025, 3, 11), false, u"测试假日"_s);
    QVERIFY(!plain.isWorkday(QDate(2025, 3, 11)));
    QCOMPARE(plain.holidayName(QDate(2025, 3, 11)), u"测试假日"_s);
    QVERIFY(plain.isWorkday(QDate(2025, 1, 28))); // 2025 is official now, with this one entry
    plain.clear();
    QVERIFY(plain.isWorkday(QDate(2025, 3, 11)));
    QVERIFY(plain.holidayName(QDate(2025, 3, 11)).isEmpty());
}

void TestWorkCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("tuesday + 3") << QDate(2025, 3, 4) << 3 << QDate(2025, 3, 7);
    QTest::newRow("friday + 1 skips weekend") << QDate(2025, 3, 7) << 1 << QDate(2025, 3, 10);
    QTest::newRow("saturday + 1") << QDate(2025, 3, 8) << 1 << QDate(2025, 3, 10);
    // 2025 Spring Festival: Sun 01-26 is worked, 01-28..02-04 are off.
    QTest::newRow("spring festival + 1") << QDate(2025, 1, 24) << 1 << QDate(2025, 1, 26);
    QTest::newRow("spring festival + 2") << QDate(2025, 1, 24) << 2 << QDate(2025, 1, 27);
    QTest::newRow("spring festival + 3") << QDate(2025, 1, 24) << 3 << QDate(2025, 2, 5);
    QTest::newRow("spring festival + 5") << QDate(2025, 1, 24) << 5 << QDate(2025, 2, 7);
    QTest::newRow("spring festival + 6") << QDate(2025, 1, 24) << 6 << QDate(2025, 2, 8);
    QTest::newRow("from inside holiday") << QDate(2025, 1, 30) << 1 << QDate(2025, 2, 5);
    // 2024 National Day: Sun 09-29 and Sat 10-12 are worked, 10-01..10-07 are off.
    QTest::newRow("national day friday + 1") << QDate(2024, 9, 27) << 1 << QDate(2024, 9, 29);
    QTest::newRow("national day + 1") << QDate(2024, 9, 30) << 1 << QDate(2024, 10, 8);
    QTest::newRow("national day + 5") << QDate(2024, 9, 30) << 5 << QDate(2024, 10, 12);
    QTest::newRow("across year end") << QDate(2024, 12, 31) << 1 << QDate(2025, 1, 2);
}

void TestWorkCalendar::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(m_calendar.addWorkingDays(from, n), expected);
}

void TestWorkCalendar::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << QDate(2025, 3, 4) << QDate(2025, 3, 4) << 0;
    QTest::newRow("backwards") << QDate(2025, 3, 10) << QDate(2025, 3, 4) << 0;
    QTest::newRow("one week") << QDate(2025, 3, 3) << QDate(2025, 3, 10) << 5;
    QTest::newRow("spring festival") << QDate(2025, 1, 24) << QDate(2025, 2, 7) << 5;
    QTest::newRow("national day only") << QDate(2024, 9, 30) << QDate(2024, 10, 7) << 0;
    QTest::newRow("includes adjusted saturday") << QDate(2024, 10, 11) << QDate(2024, 10, 13) << 1;
}

void TestWorkCalendar::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(m_calendar.workingDaysBetween(from, to), expected);
}

void TestWorkCalendar::workingDaysBetweenUndoesAddWorkingDays()
{
    for (QDate from(2024, 1, 1); from <= QDate(2026, 12, 31); from = from.addDays(7)) {
        for (int n : {1, 5, 15, 60}) {
            const QDate to = m_calendar.addWorkingDays(from, n);
            QVERIFY(m_calendar.isWorkday(to));
            QCOMPARE(m_calendar.workingDaysBetween(from, to), n);
        }
    }
}

void TestWorkCalendar::deadline_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("5 natural days") << at(2025, 1, 24, 10) << 5 << false << endOf(2025, 1, 29);
    QTest::newRow("5 working days over spring festival")
        << at(2025, 1, 24, 10) << 5 << true << endOf(2025, 2, 7);
    QTest::newRow("natural days ignore holidays") << at(2025, 9, 20, 9) << 15 << false << endOf(2025, 10, 5);
    QTest::newRow("natural across year end") << at(2024, 12, 30, 9) << 5 << false << endOf(2025, 1, 4);
    QTest::newRow("working across year end") << at(2024, 12, 27, 16, 30) << 3 << true << endOf(2025, 1, 2);
    // 2026-01-01..03 off, Sunday 01-04 worked.
    QTest::newRow("working into 2026") << at(2025, 12, 30, 8) << 3 << true << endOf(2026, 1, 5);
    QTest::newRow("received on a holiday") << at(2024, 10, 3, 11) << 1 << true << endOf(2024, 10, 8);
    QTest::newRow("zero days") << at(2025, 1, 24, 10) << 0 << true << endOf(2025, 1, 24);
    QTest::newRow("negative days") << at(2025, 1, 24, 10) << -3 << false << endOf(2025, 1, 24);
}

void TestWorkCalendar::deadline()
{
    QFETCH(QDateTime, start);
    QFETCH(int, days);
    QFETCH(bool, working);
    QFETCH(QDateTime, expected);

    const QDateTime result = m_calendar.deadline(start, days, working);
    QCOMPARE(result, expected);
    QCOMPARE(result.time(), QTime(23, 59, 59));
}

void TestWorkCalendar::deadlineKeepsTimeZone()
{
    const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
    if (!beijing.isValid())
        QSKIP("no time zone data for Asia/Shanghai");
    const QDateTime start(QDate(2025, 1, 24), QTime(10, 0), beijing);
    const QDateTime result = m_calendar.deadline(start, 5, true);
    QCOMPARE(result.timeZone(), beijing);
    QCOMPARE(result, QDateTime(QDate(2025, 2, 7), QTime(23, 59, 59), beijing));

    const QDateTime utcStart(QDate(2025, 1, 24), QTime(20, 0), Qt::UTC);
    const QDateTime utcResult = m_calendar.deadline(utcStart, 5, false);
    QCOMPARE(utcResult.timeSpec(), Qt::UTC);
    QCOMPARE(utcResult, QDateTime(QDate(2025, 1, 29), QTime(23, 59, 59), Qt::UTC));
}

void TestWorkCalendar::remainingDays_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<bool>("working");
    QTest::addColumn<int>("expected");

    const QDateTime due = endOf(2025, 2, 7);
    QTest::newRow("natural, two weeks") << at(2025, 1, 24, 10) << due << false << 14;
    QTest::newRow("working, over the holiday") << at(2025, 1, 24, 10) << due << true << 5;
    QTest::newRow("working, from inside the holiday") << at(2025, 1, 31, 10) << due << true << 3;
    QTest::newRow("day before") << at(2025, 2, 6, 18) << due << true << 1;
    QTest::newRow("due today, morning") << at(2025, 2, 7, 8) << due << false << 0;
    QTest::newRow("due today, working") << at(2025, 2, 7, 23, 59, 59) << due << true << 0;
    QTest::newRow("natural, a day late") << at(2025, 2, 8, 9) << due << false << -1;
    // Saturday 2025-02-08 is an adjusted working day, Sunday 02-09 is not.
    QTest::newRow("working, adjusted saturday late") << at(2025, 2, 8, 9) << due << true << -1;
    QTest::newRow("natural, three days late") << at(2025, 2, 10, 9) << due << false << -3;
    QTest::newRow("working, three days late") << at(2025, 2, 10, 9) << due << true << -2;
    QTest::newRow("late on the same day") << at(2025, 3, 10, 15) << at(2025, 3, 10, 12) << false << -1;
    QTest::newRow("late over a weekend") << at(2025, 3, 16, 9) << endOf(2025, 3, 14) << true << -1;
}

void TestWorkCalendar::remainingDays()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, deadline);
    QFETCH(bool, working);
    QFETCH(int, expected);
    QCOMPARE(m_calendar.remainingDays(now, deadline, working), expected);
}

void TestWorkCalendar::warning_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<WarningLevel>("expected");

    // Start 2025-03-01 00:00, deadline 2025-03-11 00:00: ten days, 70 % is 03-08 00:00.
    QTest::newRow("at start") << at(2025, 3, 1) << 0.7 << WarningLevel::Normal;
    QTest::newRow("half way") << at(2025, 3, 6) << 0.7 << WarningLevel::Normal;
    QTest::newRow("just before 70%") << at(2025, 3, 7, 23, 59, 59) << 0.7 << WarningLevel::Normal;
    QTest::newRow("exactly 70%") << at(2025, 3, 8) << 0.7 << WarningLevel::DueSoon;
    QTest::newRow("due soon") << at(2025, 3, 10, 12) << 0.7 << WarningLevel::DueSoon;
    QTest::newRow("at the deadline") << at(2025, 3, 11) << 0.7 << WarningLevel::DueSoon;
    QTest::newRow("a second late") << at(2025, 3, 11, 0, 0, 1) << 0.7 << WarningLevel::Overdue;
    QTest::newRow("a month late") << at(2025, 4, 11) << 0.7 << WarningLevel::Overdue;
    QTest::newRow("custom fraction reached") << at(2025, 3, 6) << 0.5 << WarningLevel::DueSoon;
    QTest::newRow("custom fraction not reached") << at(2025, 3, 5, 23) << 0.5 << WarningLevel::Normal;
}

void TestWorkCalendar::warning()
{
    QFETCH(QDateTime, now);
    QFETCH(double, fraction);
    QFETCH(WarningLevel, expected);

    const WarningLevel level = WorkCalendar::warning(at(2025, 3, 1), at(2025, 3, 11), now, fraction);
    QCOMPARE(zz::code(level), zz::code(expected));
}

void TestWorkCalendar::loadCustomJson()
{
    WorkCalendar calendar = WorkCalendar::bundled();
    const QByteArray json = R"json({
        "source": "test",
        "holidays": {"2027-03-03": "测试节"},
        "workdays": {"2027-03-06": "测试节(调休)"}
    })json";
    QVERIFY(calendar.loadJson(json));

    QVERIFY(!calendar.isWorkday(QDate(2027, 3, 3)));
    QVERIFY(calendar.isHoliday(QDate(2027, 3, 3)));
    QCOMPARE(calendar.holidayName(QDate(2027, 3, 3)), u"测试节"_s);
    QVERIFY(calendar.isWorkday(QDate(2027, 3, 6)));
    QCOMPARE(calendar.addWorkingDays(QDate(2027, 3, 2), 1), QDate(2027, 3, 4));
    QCOMPARE(calendar.addWorkingDays(QDate(2027, 3, 5), 1), QDate(2027, 3, 6));
    // Loading adds to the bundled days; the bundled calendar itself is untouched.
    QVERIFY(calendar.isHoliday(QDate(2025, 1, 28)));
    QVERIFY(WorkCalendar::bundled().isWorkday(QDate(2027, 3, 3)));
}

void TestWorkCalendar::loadChineseDaysFormat()
{
    WorkCalendar calendar;
    const QByteArray json = R"json({
        "holidays": {"2027-02-08": "Spring Festival,春节,3"},
        "workdays": {"2027-02-20": "Spring Festival,春节,3"},
        "inLieuDays": {"2027-02-12": "Spring Festival,春节,3"}
    })json";
    QVERIFY(calendar.loadJson(json));
    QVERIFY(calendar.isHoliday(QDate(2027, 2, 8)));
    QCOMPARE(calendar.holidayName(QDate(2027, 2, 8)), u"春节"_s);
    QVERIFY(calendar.isWorkday(QDate(2027, 2, 20)));
    QCOMPARE(calendar.holidayName(QDate(2027, 2, 20)), u"春节(调休)"_s);
    QVERIFY(calendar.isWorkday(QDate(2027, 2, 12))); // inLieuDays is informational only
    QCOMPARE(calendar.overrides().size(), 2);
}

void TestWorkCalendar::loadMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("holidays: 2027-03-03");
    QTest::newRow("truncated") << QByteArray(R"json({"holidays": {"2027-03-03": "测试节")json");
    QTest::newRow("array") << QByteArray(R"json([{"2027-03-03": "测试节"}])json");
    QTest::newRow("no calendar keys") << QByteArray(R"json({"source": "x"})json");
    QTest::newRow("holidays not an object") << QByteArray(R"json({"holidays": ["2027-03-03"]})json");
    QTest::newRow("impossible date") << QByteArray(R"json({"holidays": {"2027-02-30": "x"}})json");
    QTest::newRow("compact date") << QByteArray(R"json({"holidays": {"20270303": "x"}})json");
    QTest::newRow("one bad key among good") << QByteArray(
        R"json({"holidays": {"2027-03-03": "测试节"}, "workdays": {"next saturday": "x"}})json");
}

void TestWorkCalendar::loadMalformedJson()
{
    QFETCH(QByteArray, json);

    WorkCalendar calendar;
    calendar.setDay(QDate(2027, 1, 1), false, u"元旦"_s);
    QVERIFY(!calendar.loadJson(json));
    // Nothing is half-loaded.
    QCOMPARE(calendar.overrides().size(), 1);
    QVERIFY(calendar.isHoliday(QDate(2027, 1, 1)));
    QVERIFY(calendar.isWorkday(QDate(2027, 3, 3)));
}

// The calendar knows the unbroken run of years with entries from its first one; a later year entered
// out of turn does not extend it.
void TestWorkCalendar::coveredUntil_data()
{
    QTest::addColumn<QList<QDate>>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("empty") << QList<QDate>{} << QDate();
    QTest::newRow("one year") << QList<QDate>{QDate(2026, 1, 1)} << QDate(2026, 12, 31);
    QTest::newRow("two years") << QList<QDate>{QDate(2026, 10, 1), QDate(2025, 1, 1)} << QDate(2026, 12, 31);
    QTest::newRow("gap") << QList<QDate>{QDate(2025, 1, 1), QDate(2026, 1, 1), QDate(2028, 1, 1)}
                         << QDate(2026, 12, 31);
    QTest::newRow("gap filled") << QList<QDate>{QDate(2026, 1, 1), QDate(2028, 1, 1), QDate(2027, 2, 6)}
                                << QDate(2028, 12, 31);
}

void TestWorkCalendar::coveredUntil()
{
    QFETCH(QList<QDate>, days);
    QFETCH(QDate, expected);
    WorkCalendar calendar;
    for (const QDate day : days)
        calendar.setDay(day, false, u"节日"_s);
    QCOMPARE(calendar.coveredUntil(), expected);
    calendar.clear();
    QCOMPARE(calendar.coveredUntil(), QDate());
}

void TestWorkCalendar::provisional_data()
{
    QTest::addColumn<QDateTime>("deadline");
    QTest::addColumn<bool>("workingDays");
    QTest::addColumn<bool>("provisional");

    // The bundled data ends with 2026.
    QTest::newRow("inside") << endOf(2026, 6, 30) << true << false;
    QTest::newRow("last covered day") << endOf(2026, 12, 31) << true << false;
    QTest::newRow("first day after") << endOf(2027, 1, 1) << true << true;
    QTest::newRow("first working day after") << endOf(2027, 1, 4) << true << true;
    QTest::newRow("years after") << endOf(2029, 5, 6) << true << true;
    QTest::newRow("natural days after") << endOf(2027, 1, 4) << false << false;
    QTest::newRow("no deadline") << QDateTime() << true << false;
}

void TestWorkCalendar::provisional()
{
    QFETCH(QDateTime, deadline);
    QFETCH(bool, workingDays);
    QFETCH(bool, provisional);
    QCOMPARE(m_calendar.coveredUntil(), QDate(2026, 12, 31));
    QCOMPARE(m_calendar.isProvisional(deadline, workingDays), provisional);
    QCOMPARE(m_calendar.provisionalNote(deadline, workingDays).isEmpty(), !provisional);

    // A deadline computed across the end: 15 working days from 2026-12-18 land in January 2027,
    // counted with the law's holidays (元旦), and are provisional; the same limit well inside is not.
    const QDateTime across = m_calendar.deadline(at(2026, 12, 18, 9), 15, true);
    QCOMPARE(across.date(), QDate(2027, 1, 11));
    QVERIFY(m_calendar.isProvisional(across, true));
    QVERIFY(!m_calendar.isProvisional(m_calendar.deadline(at(2026, 11, 2, 9), 15, true), true));

    // Entering 2027 ends the warning; a notice with a longer 元旦 moves the deadline.
    WorkCalendar extended = m_calendar;
    extended.setDay(QDate(2027, 1, 1), false, u"元旦"_s);
    extended.setDay(QDate(2027, 1, 4), false, u"元旦"_s);
    QCOMPARE(extended.coveredUntil(), QDate(2027, 12, 31));
    QVERIFY(!extended.isProvisional(across, true));
    QCOMPARE(extended.deadline(at(2026, 12, 18, 9), 15, true).date(), QDate(2027, 1, 12));

    // Without any entries nothing is known: every working-day deadline is provisional.
    QVERIFY(WorkCalendar().isProvisional(endOf(2025, 3, 3), true));
}

void TestWorkCalendar::provisionalNoteNamesMissingYears()
{
    QCOMPARE(m_calendar.provisionalNote(endOf(2027, 1, 8), true),
             u"2027 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);
    QCOMPARE(m_calendar.provisionalNote(endOf(2028, 2, 1), true),
             u"2027—2028 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);
    QCOMPARE(WorkCalendar().provisionalNote(endOf(2025, 3, 3), true),
             u"2025 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);
    QVERIFY(m_calendar.provisionalNote(endOf(2026, 12, 31), true).isEmpty());
}

QTEST_APPLESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
