// Petition indicators defined once (issue 14): the golden figures of a fixed set of counts, the keys
// the CLI writes, "—" for an empty denominator, 新增 from a zero base and changes in points.
#include "PetitionIndicators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

class TestPetitionIndicators : public QObject
{
    Q_OBJECT

private:
    static PetitionIndicatorCounts sample()
    {
        PetitionIndicatorCounts c;
        c.received = 8;
        c.decided = 5;
        c.accepted = 4;
        c.noticeDue = 6;
        c.noticeOnTime = 5;
        c.handlingMet = 4;
        c.handlingOnTime = 3;
        c.repliesDelivered = 4;
        c.reviewRequests = 1;
        c.reviewsDelivered = 1;
        c.recheckRequests = 1;
        c.repeats = 2;
        return c;
    }

private slots:
    void keysAndTexts()
    {
        QStringList keys;
        for (const PetitionIndicator i : allPetitionIndicators()) {
            keys << petitionIndicatorKey(i);
            QVERIFY(!petitionIndicatorTitle(i).isEmpty());
            QVERIFY(!petitionIndicatorFormula(i).isEmpty());
        }
        QCOMPARE(keys, (QStringList{u"received"_s, u"acceptance_rate"_s, u"on_time_notice_rate"_s,
                                    u"on_time_handling_rate"_s, u"review_rate"_s, u"re_review_rate"_s,
                                    u"repeat_rate"_s, u"overdue_open"_s}));
        QCOMPARE(petitionIndicatorKind(PetitionIndicator::Received), IndicatorKind::Count);
        QCOMPARE(petitionIndicatorKind(PetitionIndicator::RepeatRate), IndicatorKind::Rate);
        QVERIFY(petitionIndicatorFormula(PetitionIndicator::RepeatRate).contains(u"一信多投"_s));
    }

    void golden_data()
    {
        QTest::addColumn<PetitionIndicator>("indicator");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<QString>("text");
        QTest::newRow("received") << PetitionIndicator::Received << qint64(8) << qint64(1) << u"8"_s;
        QTest::newRow("acceptance") << PetitionIndicator::AcceptanceRate << qint64(4) << qint64(5)
                                    << u"80.0%"_s;
        QTest::newRow("notice") << PetitionIndicator::OnTimeNoticeRate << qint64(5) << qint64(6)
                                << u"83.3%"_s;
        QTest::newRow("handling") << PetitionIndicator::OnTimeHandlingRate << qint64(3) << qint64(4)
                                  << u"75.0%"_s;
        QTest::newRow("review") << PetitionIndicator::ReviewRate << qint64(1) << qint64(4) << u"25.0%"_s;
        QTest::newRow("recheck") << PetitionIndicator::RecheckRate << qint64(1) << qint64(1) << u"100.0%"_s;
        QTest::newRow("repeat") << PetitionIndicator::RepeatRate << qint64(2) << qint64(8) << u"25.0%"_s;
    }

    void golden()
    {
        QFETCH(PetitionIndicator, indicator);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(QString, text);
        const IndicatorFraction f = petitionIndicatorFraction(sample(), indicator);
        QCOMPARE(f.numerator, numerator);
        QCOMPARE(f.denominator, denominator);
        QCOMPARE(formatPetitionIndicatorValue(indicator, petitionIndicatorValue(sample(), indicator)), text);
    }

    void zeroDenominators()
    {
        const PetitionIndicatorCounts none;
        for (const PetitionIndicator i : allPetitionIndicators()) {
            const auto v = petitionIndicatorValue(none, i);
            if (petitionIndicatorKind(i) == IndicatorKind::Count) {
                QCOMPARE(v, std::optional<double>(0));
                QCOMPARE(formatPetitionIndicatorValue(i, v), u"0"_s);
            } else {
                QVERIFY2(!v, qPrintable(petitionIndicatorKey(i)));
                QCOMPARE(formatPetitionIndicatorValue(i, v), u"—"_s);
            }
        }
        // a rate with its numerator only (a 复查 request with no reply delivered in the period): undefined
        PetitionIndicatorCounts c;
        c.reviewRequests = 1;
        QVERIFY(!petitionIndicatorValue(c, PetitionIndicator::ReviewRate));
    }

    void changes()
    {
        const PetitionIndicatorCounts now = sample();
        PetitionIndicatorCounts base;
        // 新增: a count from a base of 0; a rate against an undefined base has no change
        const auto received = PetitionIndicator::Received;
        const auto change = petitionIndicatorChange(received, petitionIndicatorValue(now, received),
                                                    petitionIndicatorValue(base, received));
        QCOMPARE(change.kind, IndicatorChange::Kind::New);
        QCOMPARE(formatPetitionIndicatorChange(received, change), u"新增"_s);
        QCOMPARE(formatPetitionIndicatorChange(received, petitionIndicatorChange(received, 0.0, 0.0)),
                 u"—"_s);
        const auto rate = PetitionIndicator::AcceptanceRate;
        QCOMPARE(petitionIndicatorChange(rate, petitionIndicatorValue(now, rate),
                                         petitionIndicatorValue(base, rate))
                     .kind,
                 IndicatorChange::Kind::Undefined);
        // a count relatively, a rate in points
        base.received = 4;
        base.decided = 4;
        base.accepted = 2;
        QCOMPARE(formatPetitionIndicatorChange(
                     received, petitionIndicatorChange(received, petitionIndicatorValue(now, received),
                                                       petitionIndicatorValue(base, received))),
                 u"+100.0%"_s);
        QCOMPARE(formatPetitionIndicatorChange(
                     rate, petitionIndicatorChange(rate, petitionIndicatorValue(now, rate),
                                                   petitionIndicatorValue(base, rate))),
                 u"+30.0个百分点"_s);
    }

    void sums()
    {
        PetitionIndicatorCounts a = sample();
        a += sample();
        QCOMPARE(a.received, 16);
        QCOMPARE(a.recheckRequests, 2);
        QCOMPARE(petitionIndicatorValue(a, PetitionIndicator::AcceptanceRate),
                 petitionIndicatorValue(sample(), PetitionIndicator::AcceptanceRate));
    }
};

QTEST_GUILESS_MAIN(TestPetitionIndicators)
#include "tst_petition_indicators.moc"
