#include "Error.h"
#include "petition/PetitionClock.h"
#include "petition/PetitionRuleSet.h"

#include <QTest>

using namespace Qt::StringLiterals;
using zz::ClockExtension;
using zz::ClockKind;
using zz::ClockPause;
using zz::ClockSettings;
using zz::ClockState;
using zz::PetitionClock;
using zz::PetitionClockValue;
using zz::PetitionRuleSet;
using zz::WorkCalendar;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QDateTime at(QDate day, int h = 12, int min = 0)
{
    return QDateTime(day, QTime(h, min));
}

PetitionRuleSet rules(const QString &id)
{
    const auto set = PetitionRuleSet::bundled(id);
    if (!set)
        qFatal("rule set %s missing", qPrintable(id));
    return *set;
}

} // namespace

// The statutory clocks against the project's holiday data (resources/data/holidays-cn.json, 2026:
// 元旦 1–3 Jan with Sunday 4 Jan worked; 春节 15–23 Feb with Saturdays 14 and 28 Feb worked; 清明 4–6 Apr;
// 劳动节 1–5 May with Saturday 9 May worked; 端午 19–21 Jun; 中秋 25–27 Sep with Sunday 20 Sep worked;
// 国庆 1–7 Oct with Saturday 10 Oct worked).
class TestPetitionClock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dueDate_data();
    void dueDate();
    void zhejiangGivesOtherDates_data();
    void zhejiangGivesOtherDates();
    void extension();
    void extensionBeyondTheLimitIsRefused_data();
    void extensionBeyondTheLimitIsRefused();
    void hearingPause();
    void openHearingPausesTheClock();
    void hearingOnAClockThatDoesNotPause();
    void reviewWindowFromDelivery();
    void state_data();
    void state();
    void remainingWorkingDays();
    void ruleChangeLeavesOldDueDatesAlone();
    void provisionalBeyondTheCalendar();
    void deadlineIsMidnight();

private:
    WorkCalendar m_calendar;
};

void TestPetitionClock::initTestCase()
{
    m_calendar = WorkCalendar::bundled();
    QVERIFY(m_calendar.isOfficialYear(2026));
    QVERIFY(m_calendar.isWorkday(d(2026, 2, 14))); // the calendar really has the make-up days
    QVERIFY(!m_calendar.isWorkday(d(2026, 2, 23)));
}

void TestPetitionClock::dueDate_data()
{
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<ClockKind>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<bool>("weekendsRollOver");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("article");

    const QString n = u"national-2022"_s;
    // 受理告知 15 days (Art. 23): the start day is not counted.
    QTest::newRow("notice 15d, plain weekday") << n << ClockKind::AcceptanceNotice << d(2026, 3, 2) << true
                                               << d(2026, 3, 17) << u"第二十三条第二款"_s;
    QTest::newRow("notice ends in 春节, rolls to Tue 24 Feb")
        << n << ClockKind::AcceptanceNotice << d(2026, 2, 6) << true << d(2026, 2, 24)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends in 春节, weekend setting off: still 24 Feb")
        << n << ClockKind::AcceptanceNotice << d(2026, 2, 6) << false << d(2026, 2, 24)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends on make-up Saturday 14 Feb: kept")
        << n << ClockKind::AcceptanceNotice << d(2026, 1, 30) << true << d(2026, 2, 14)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends on make-up Saturday 28 Feb: kept")
        << n << ClockKind::AcceptanceNotice << d(2026, 2, 13) << true << d(2026, 2, 28)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends 元旦, rolls to make-up Sunday 4 Jan")
        << n << ClockKind::AcceptanceNotice << d(2025, 12, 17) << true << d(2026, 1, 4)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends ordinary Saturday, rolls to Monday")
        << n << ClockKind::AcceptanceNotice << d(2026, 3, 6) << true << d(2026, 3, 23)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends ordinary Saturday, weekend setting off: kept")
        << n << ClockKind::AcceptanceNotice << d(2026, 3, 6) << false << d(2026, 3, 21)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends 国庆 1 Oct, rolls past the week to 8 Oct")
        << n << ClockKind::AcceptanceNotice << d(2026, 9, 16) << true << d(2026, 10, 8)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends 中秋 Sunday 27 Sep, rolls to 28 Sep")
        << n << ClockKind::AcceptanceNotice << d(2026, 9, 12) << false << d(2026, 9, 28)
        << u"第二十三条第二款"_s;
    QTest::newRow("notice ends 劳动节 Tuesday 5 May, rolls to 6 May, not to make-up 9 May")
        << n << ClockKind::AcceptanceNotice << d(2026, 4, 20) << true << d(2026, 5, 6)
        << u"第二十三条第二款"_s;
    // 转送交办 15 days (Art. 22).
    QTest::newRow("transfer 15d across 清明")
        << n << ClockKind::Transfer << d(2026, 3, 20) << true << d(2026, 4, 7) << u"第二十二条第一款"_s;
    QTest::newRow("transfer 15d ends ordinary Sunday, setting off: kept")
        << n << ClockKind::Transfer << d(2026, 3, 7) << false << d(2026, 3, 22) << u"第二十二条第一款"_s;
    // 异议 5 working days (Art. 23): make-up Saturday 14 Feb counts, the 春节 week does not.
    QTest::newRow("objection 5 working days across 春节")
        << n << ClockKind::Objection << d(2026, 2, 12) << true << d(2026, 2, 26) << u"第二十三条第三款"_s;
    QTest::newRow("objection 5 working days across 国庆 with make-up 10 Oct")
        << n << ClockKind::Objection << d(2026, 9, 30) << true << d(2026, 10, 13) << u"第二十三条第三款"_s;
    QTest::newRow("objection 5 working days, weekend setting does not matter")
        << n << ClockKind::Objection << d(2026, 9, 30) << false << d(2026, 10, 13) << u"第二十三条第三款"_s;
    QTest::newRow("objection from a Friday")
        << n << ClockKind::Objection << d(2026, 3, 6) << true << d(2026, 3, 13) << u"第二十三条第三款"_s;
    // 办理 60 days from acceptance (Art. 34).
    QTest::newRow("handling 60d ends 劳动节 1 May, rolls to 6 May")
        << n << ClockKind::Handling << d(2026, 3, 2) << true << d(2026, 5, 6) << u"第三十四条"_s;
    QTest::newRow("handling 60d plain")
        << n << ClockKind::Handling << d(2026, 6, 1) << true << d(2026, 7, 31) << u"第三十四条"_s;
    // 复查 and 复核 (Art. 35, 36).
    QTest::newRow("review request 30d from delivery, ends 国庆")
        << n << ClockKind::ReviewRequest << d(2026, 9, 1) << true << d(2026, 10, 8) << u"第三十五条"_s;
    QTest::newRow("review answer 30d")
        << n << ClockKind::ReviewAnswer << d(2026, 1, 10) << true << d(2026, 2, 9) << u"第三十五条"_s;
    QTest::newRow("recheck request 30d ends 端午 Sunday 21 Jun")
        << n << ClockKind::RecheckRequest << d(2026, 5, 22) << true << d(2026, 6, 22)
        << u"第三十六条第一款"_s;
    QTest::newRow("recheck answer 30d plain") << n << ClockKind::RecheckAnswer << d(2026, 7, 5) << true
                                              << d(2026, 8, 4) << u"第三十六条第一款、第二款"_s;
    QTest::newRow("recheck answer 30d ends ordinary Sunday, rolls to Monday")
        << n << ClockKind::RecheckAnswer << d(2026, 7, 3) << true << d(2026, 8, 3)
        << u"第三十六条第一款、第二款"_s;
    QTest::newRow("recheck answer 30d ends ordinary Sunday, setting off: kept")
        << n << ClockKind::RecheckAnswer << d(2026, 7, 3) << false << d(2026, 8, 2)
        << u"第三十六条第一款、第二款"_s;
}

void TestPetitionClock::dueDate()
{
    QFETCH(QString, ruleSet);
    QFETCH(ClockKind, kind);
    QFETCH(QDate, start);
    QFETCH(bool, weekendsRollOver);
    QFETCH(QDate, due);
    QFETCH(QString, article);

    const PetitionClock engine(m_calendar, ClockSettings{weekendsRollOver, 3});
    const PetitionClockValue clock = engine.start(rules(ruleSet), kind, start);
    QCOMPARE(clock.due, due);
    QCOMPARE(clock.start, start);
    QCOMPARE(clock.article, article);
    QCOMPARE(clock.ruleVersion, rules(ruleSet).versionId());
    QCOMPARE(clock.kind, kind);
    QVERIFY(!clock.provisional);
}

void TestPetitionClock::zhejiangGivesOtherDates_data()
{
    QTest::addColumn<ClockKind>("kind");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("national");
    QTest::addColumn<QDate>("zhejiang");
    QTest::addColumn<QString>("zhejiangArticle");

    // Zhejiang Art. 20: acceptance decided within 5 working days (national: notice within 15 days).
    QTest::newRow("acceptance across 春节") << ClockKind::AcceptanceNotice << d(2026, 2, 12) << d(2026, 2, 27)
                                            << d(2026, 2, 26) << u"第二十条第一款"_s;
    QTest::newRow("acceptance plain week") << ClockKind::AcceptanceNotice << d(2026, 3, 2) << d(2026, 3, 17)
                                           << d(2026, 3, 9) << u"第二十条第一款"_s;
    QTest::newRow("transfer") << ClockKind::Transfer << d(2026, 3, 20) << d(2026, 4, 7) << d(2026, 3, 27)
                              << u"第二十条第一款第四项"_s;
    // Zhejiang Art. 23: handling 30 days (national: 60).
    QTest::newRow("handling") << ClockKind::Handling << d(2026, 3, 2) << d(2026, 5, 6) << d(2026, 4, 1)
                              << u"第二十三条第一款"_s;
    QTest::newRow("handling ends 清明")
        << ClockKind::Handling << d(2026, 3, 5) << d(2026, 5, 6) << d(2026, 4, 7) << u"第二十三条第一款"_s;
}

void TestPetitionClock::zhejiangGivesOtherDates()
{
    QFETCH(ClockKind, kind);
    QFETCH(QDate, start);
    QFETCH(QDate, national);
    QFETCH(QDate, zhejiang);
    QFETCH(QString, zhejiangArticle);

    const PetitionClock engine(m_calendar);
    const PetitionClockValue n = engine.start(rules(u"national-2022"_s), kind, start);
    const PetitionClockValue z = engine.start(rules(u"zhejiang-2016"_s), kind, start);
    QCOMPARE(n.due, national);
    QCOMPARE(z.due, zhejiang);
    QVERIFY(n.due != z.due);
    QCOMPARE(z.article, zhejiangArticle);
    QCOMPARE(z.ruleVersion, u"zhejiang-2016@1"_s);
}

void TestPetitionClock::extension()
{
    const PetitionClock engine(m_calendar);
    const QList<ClockExtension> thirty{{30, u"涉及多个部门，需进一步调查核实"_s, d(2026, 4, 20)}};
    // 60 + 30 days from 2 Mar: Sunday 31 May rolls to Monday 1 Jun.
    const PetitionClockValue clock =
        engine.start(rules(u"national-2022"_s), ClockKind::Handling, d(2026, 3, 2), {}, thirty);
    QCOMPARE(clock.due, d(2026, 6, 1));
    QCOMPARE(clock.extensionDays, 30);
    QCOMPARE(clock.maxExtensionDays, 30);

    // Two extensions add up; with the weekend setting off, the Sunday is kept.
    const PetitionClock noRoll(m_calendar, ClockSettings{false, 3});
    const PetitionClockValue split =
        noRoll.start(rules(u"national-2022"_s), ClockKind::Handling, d(2026, 3, 2), {},
                     {{10, u"第一次"_s, d(2026, 4, 1)}, {20, u"第二次"_s, d(2026, 4, 20)}});
    QCOMPARE(split.due, d(2026, 5, 31));
    QCOMPARE(split.extensionDays, 30);

    // Zhejiang allows up to 60: 30 + 60 days from 2 Mar is Sunday 31 May.
    const PetitionClockValue zj = engine.start(rules(u"zhejiang-2016"_s), ClockKind::Handling, d(2026, 3, 2),
                                               {}, {{60, u"取证困难"_s, d(2026, 3, 25)}});
    QCOMPARE(zj.due, d(2026, 6, 1));
    QCOMPARE(zj.maxExtensionDays, 60);
}

void TestPetitionClock::extensionBeyondTheLimitIsRefused_data()
{
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<ClockKind>("kind");
    QTest::addColumn<QList<int>>("extensions");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("national 31 days")
        << u"national-2022"_s << ClockKind::Handling << QList<int>{31} << u"30"_s;
    QTest::newRow("national 20 + 11 days")
        << u"national-2022"_s << ClockKind::Handling << QList<int>{20, 11} << u"第三十四条"_s;
    QTest::newRow("zhejiang 61 days")
        << u"zhejiang-2016"_s << ClockKind::Handling << QList<int>{61} << u"60"_s;
    QTest::newRow("acceptance notice cannot be extended")
        << u"national-2022"_s << ClockKind::AcceptanceNotice << QList<int>{5} << u"受理告知"_s;
    QTest::newRow("zero days") << u"national-2022"_s << ClockKind::Handling << QList<int>{0} << u"正数"_s;
}

void TestPetitionClock::extensionBeyondTheLimitIsRefused()
{
    QFETCH(QString, ruleSet);
    QFETCH(ClockKind, kind);
    QFETCH(QList<int>, extensions);
    QFETCH(QString, fragment);

    QList<ClockExtension> list;
    for (int days : extensions)
        list.append({days, u"理由"_s, d(2026, 4, 1)});
    const PetitionClock engine(m_calendar);
    try {
        engine.start(rules(ruleSet), kind, d(2026, 3, 2), {}, list);
        QFAIL("the extension was accepted");
    } catch (const zz::Error &error) {
        QCOMPARE(error.kind(), zz::Error::Kind::Validation);
        QVERIFY2(error.message().contains(fragment), qPrintable(error.message()));
    }
}

void TestPetitionClock::hearingPause()
{
    const PetitionClock engine(m_calendar);
    const PetitionRuleSet national = rules(u"national-2022"_s);
    // 复核 answer 30 days from 1 Jun: 1 Jul; a hearing 10–14 Jun (5 days) is not counted: 6 Jul.
    const PetitionClockValue plain = engine.start(national, ClockKind::RecheckAnswer, d(2026, 6, 1));
    QCOMPARE(plain.due, d(2026, 7, 1));
    const QList<ClockPause> hearing{{u"举行听证"_s, d(2026, 6, 10), d(2026, 6, 14)}};
    const PetitionClockValue paused =
        engine.start(national, ClockKind::RecheckAnswer, d(2026, 6, 1), hearing);
    QCOMPARE(paused.due, d(2026, 7, 6));
    QCOMPARE(paused.pausedDays, 5);

    // A hearing across 端午 (19–21 Jun): the paused days are left out, the period goes on after.
    const QList<ClockPause> overHoliday{{u"听证"_s, d(2026, 6, 18), d(2026, 6, 22)}};
    const PetitionClockValue moved =
        engine.start(national, ClockKind::RecheckAnswer, d(2026, 6, 1), overHoliday);
    QCOMPARE(moved.due, d(2026, 7, 6));

    // A clock stored before the hearing is recomputed once, on its stored period.
    const PetitionClockValue recomputed = engine.recompute(plain, hearing, {});
    QCOMPARE(recomputed.due, d(2026, 7, 6));
    QCOMPARE(recomputed.ruleVersion, plain.ruleVersion);
}

void TestPetitionClock::openHearingPausesTheClock()
{
    const PetitionClock engine(m_calendar);
    const QList<ClockPause> open{{u"举行听证"_s, d(2026, 6, 10), QDate()}};
    const PetitionClockValue clock = engine.start(rules(u"national-2022"_s), ClockKind::RecheckAnswer,
                                                  d(2026, 6, 1), open, {}, d(2026, 6, 12));
    // Open through 12 Jun (3 days so far): at least 4 Jul (Saturday) → Monday 6 Jul.
    QCOMPARE(clock.pausedDays, 3);
    QCOMPARE(clock.due, d(2026, 7, 6));
    QCOMPARE(engine.state(clock, at(d(2026, 6, 12)), open), ClockState::Paused);
    // Closed on 14 Jun, recomputed once: five days left out.
    const QList<ClockPause> closed{{u"举行听证"_s, d(2026, 6, 10), d(2026, 6, 14)}};
    const PetitionClockValue after = engine.recompute(clock, closed, {}, d(2026, 6, 20));
    QCOMPARE(after.due, d(2026, 7, 6));
    QCOMPARE(after.pausedDays, 5);
    QCOMPARE(engine.state(after, at(d(2026, 6, 20)), closed), ClockState::Running);
}

void TestPetitionClock::hearingOnAClockThatDoesNotPause()
{
    // Hearing time is excluded only where the rule says so (复核, Art. 36); the handling period runs on.
    const PetitionClock engine(m_calendar);
    const QList<ClockPause> hearing{{u"听证"_s, d(2026, 3, 10), d(2026, 3, 14)}};
    const PetitionClockValue clock =
        engine.start(rules(u"national-2022"_s), ClockKind::Handling, d(2026, 3, 2), hearing);
    QCOMPARE(clock.due, d(2026, 5, 6));
    QCOMPARE(clock.pausedDays, 0);
    QCOMPARE(engine.state(clock, at(d(2026, 3, 12)), hearing), ClockState::Running);
}

void TestPetitionClock::reviewWindowFromDelivery()
{
    const PetitionClock engine(m_calendar);
    const PetitionRuleSet national = rules(u"national-2022"_s);
    // The reply delivered on 23 Mar: 复查 may be asked until 22 Apr, 24:00.
    const PetitionClockValue window = engine.start(national, ClockKind::ReviewRequest, d(2026, 3, 23));
    QCOMPARE(window.due, d(2026, 4, 22));
    QCOMPARE(engine.state(window, at(d(2026, 4, 22), 23, 59)), ClockState::DueSoon);
    QCOMPARE(engine.state(window, at(d(2026, 4, 23), 0, 0)), ClockState::Overdue);
    // Delivered on 15 Sep: the window's last day 15 Oct is past 国庆 and the make-up Saturday.
    QCOMPARE(engine.start(national, ClockKind::ReviewRequest, d(2026, 9, 15)).due, d(2026, 10, 15));
    // Delivered 1 Sep: ends 1 Oct → 8 Oct.
    QCOMPARE(engine.start(national, ClockKind::ReviewRequest, d(2026, 9, 1)).due, d(2026, 10, 8));
    // A request received on 20 Apr is within the window: the window is met.
    PetitionClockValue met = window;
    met.metOn = d(2026, 4, 20);
    QCOMPARE(engine.state(met, at(d(2026, 5, 1))), ClockState::Met);
}

void TestPetitionClock::state_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("metOn");
    QTest::addColumn<int>("reminderDays");
    QTest::addColumn<ClockState>("state");

    // The handling clock of 2 Mar, due 6 May.
    QTest::newRow("running") << at(d(2026, 4, 20)) << QDate() << 3 << ClockState::Running;
    QTest::newRow("four days before: running") << at(d(2026, 5, 2)) << QDate() << 3 << ClockState::Running;
    QTest::newRow("three days before: due soon") << at(d(2026, 5, 3)) << QDate() << 3 << ClockState::DueSoon;
    QTest::newRow("reminder 7 days") << at(d(2026, 4, 29)) << QDate() << 7 << ClockState::DueSoon;
    QTest::newRow("due day 23:59") << at(d(2026, 5, 6), 23, 59) << QDate() << 3 << ClockState::DueSoon;
    QTest::newRow("24:00 passed: overdue") << at(d(2026, 5, 7), 0, 0) << QDate() << 3 << ClockState::Overdue;
    QTest::newRow("met on the due day") << at(d(2026, 6, 1)) << d(2026, 5, 6) << 3 << ClockState::Met;
    QTest::newRow("met a day late") << at(d(2026, 6, 1)) << d(2026, 5, 7) << 3 << ClockState::MetLate;
}

void TestPetitionClock::state()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, metOn);
    QFETCH(int, reminderDays);
    QFETCH(ClockState, state);

    const PetitionClock engine(m_calendar, ClockSettings{true, reminderDays});
    PetitionClockValue clock = engine.start(rules(u"national-2022"_s), ClockKind::Handling, d(2026, 3, 2));
    QCOMPARE(clock.due, d(2026, 5, 6));
    clock.metOn = metOn;
    QCOMPARE(engine.state(clock, now), state);
}

void TestPetitionClock::remainingWorkingDays()
{
    const PetitionClock engine(m_calendar);
    const PetitionClockValue objection =
        engine.start(rules(u"national-2022"_s), ClockKind::Objection, d(2026, 2, 12));
    QCOMPARE(objection.due, d(2026, 2, 26));
    QCOMPARE(engine.remainingDays(objection, d(2026, 2, 13)), 4); // 14 Feb (worked), 24, 25, 26 Feb
    QCOMPARE(engine.remainingDays(objection, d(2026, 2, 26)), 0);
    QCOMPARE(engine.remainingDays(objection, d(2026, 2, 27)), -1);
    const PetitionClockValue handling =
        engine.start(rules(u"national-2022"_s), ClockKind::Handling, d(2026, 3, 2));
    QCOMPARE(engine.remainingDays(handling, d(2026, 5, 1)), 5);
    QCOMPARE(engine.remainingDays(handling, d(2026, 5, 8)), -2);
}

void TestPetitionClock::ruleChangeLeavesOldDueDatesAlone()
{
    const PetitionClock engine(m_calendar);
    const PetitionRuleSet v1 = rules(u"national-2022"_s);
    const PetitionClockValue stored = engine.start(v1, ClockKind::Handling, d(2026, 3, 2));
    QCOMPARE(stored.due, d(2026, 5, 6));
    QCOMPARE(stored.ruleVersion, u"national-2022@2"_s);

    // The province edits the rule: handling 45 days, extension up to 15; saved as version 3 (the bundled set
    // is at 2).
    PetitionRuleSet v2 = v1;
    zz::ClockRule handling = v2.rule(ClockKind::Handling);
    handling.days = 45;
    handling.maxExtensionDays = 15;
    v2.setRule(handling);
    v2.setVersion(3);
    QVERIFY(v2.validate().isEmpty());
    const auto reread = PetitionRuleSet::fromJson(v2.toJson());
    QVERIFY(reread);
    QCOMPARE(reread->versionId(), u"national-2022@3"_s);

    // A petition accepted after the change gets the new period and version …
    const PetitionClockValue fresh = engine.start(*reread, ClockKind::Handling, d(2026, 3, 2));
    QCOMPARE(fresh.due, d(2026, 4, 16));
    QCOMPARE(fresh.ruleVersion, u"national-2022@3"_s);

    // … the stored clock keeps its own: its state, and an extension granted later, use the stored
    // 60 days and the stored 30-day maximum, never version 3's 45 and 15.
    QCOMPARE(engine.state(stored, at(d(2026, 4, 20))), ClockState::Running);
    const PetitionClockValue extended = engine.recompute(stored, {}, {{30, u"情况复杂"_s, d(2026, 4, 20)}});
    QCOMPARE(extended.due, d(2026, 6, 1));
    QCOMPARE(extended.ruleVersion, u"national-2022@2"_s);
    QCOMPARE(extended.days, 60);
    QCOMPARE(extended.article, stored.article);
    QVERIFY_THROWS_EXCEPTION(zz::Error, engine.recompute(fresh, {}, {{30, u"情况复杂"_s, d(2026, 4, 20)}}));
}

void TestPetitionClock::provisionalBeyondTheCalendar()
{
    const PetitionClock engine(m_calendar);
    const QDate end = m_calendar.coveredUntil();
    QVERIFY(end.isValid());
    const PetitionClockValue inside =
        engine.start(rules(u"national-2022"_s), ClockKind::Handling, end.addDays(-90));
    QVERIFY(!inside.provisional);
    const PetitionClockValue beyond =
        engine.start(rules(u"national-2022"_s), ClockKind::Handling, end.addDays(-10));
    QVERIFY(beyond.provisional);
}

void TestPetitionClock::deadlineIsMidnight()
{
    QCOMPARE(PetitionClock::deadline(d(2026, 5, 6)), QDateTime(d(2026, 5, 7), QTime(0, 0)));
    QVERIFY(!PetitionClock::deadline(QDate()).isValid());
    QCOMPARE(PetitionClock::formatDate(d(2026, 5, 6)), u"2026年5月6日"_s);
}

QTEST_GUILESS_MAIN(TestPetitionClock)
#include "tst_petition_clock.moc"
