// The hall's queue (issue 12, item 3): the ratio rule that calls priority tickets (elderly, disabled,
// veterans …) neither always first nor last in, first out; ticket codes; wait and service statistics.
#include "queue/QueueOrdering.h"
#include "queue/QueueStatistics.h"
#include "queue/QueueTypes.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

// "NNPNP" → false, false, true, false, true
QList<bool> tickets(const QString &pattern)
{
    QList<bool> out;
    for (QChar c : pattern)
        out << (c == u'P');
    return out;
}

} // namespace

class TestQueueOrdering : public QObject
{
    Q_OBJECT

private slots:
    void callOrder_data()
    {
        QTest::addColumn<QString>("taken");
        QTest::addColumn<int>("ratio");
        QTest::addColumn<QList<int>>("expected");

        QTest::newRow("empty") << u""_s << 2 << QList<int>{};
        QTest::newRow("normal only, oldest first") << u"NNN"_s << 2 << QList<int>{0, 1, 2};
        QTest::newRow("priority only, oldest first") << u"PPP"_s << 2 << QList<int>{0, 1, 2};
        QTest::newRow("2:1 as taken") << u"NNPNNPN"_s << 2 << QList<int>{0, 1, 2, 3, 4, 5, 6};
        // Three priority tickets at the door: not all served first, one after every two normal.
        QTest::newRow("2:1 priority waiting first") << u"PPPNNN"_s << 2 << QList<int>{3, 4, 0, 5, 1, 2};
        QTest::newRow("1:1 alternates") << u"NNPP"_s << 1 << QList<int>{0, 2, 1, 3};
        QTest::newRow("3:1") << u"PNNNNP"_s << 3 << QList<int>{1, 2, 3, 0, 4, 5};
        QTest::newRow("0: priority first") << u"NPNP"_s << 0 << QList<int>{1, 3, 0, 2};
        // Normal tickets run out: the priority ones are called at once, in their order.
        QTest::newRow("normal run out") << u"NPPP"_s << 2 << QList<int>{0, 1, 2, 3};
        // Priority tickets arriving later still wait their turn in the ratio, oldest first.
        QTest::newRow("late priority") << u"NNNNNPP"_s << 2 << QList<int>{0, 1, 5, 2, 3, 6, 4};
        QTest::newRow("ratio clamped") << u"PNN"_s << 99 << QList<int>{1, 2, 0};
    }

    void callOrder()
    {
        QFETCH(QString, taken);
        QFETCH(int, ratio);
        QFETCH(QList<int>, expected);
        QCOMPARE(QueueOrdering::callOrder(tickets(taken), ratio), expected);
    }

    void choose_data()
    {
        QTest::addColumn<bool>("normal");
        QTest::addColumn<bool>("priority");
        QTest::addColumn<QString>("recent"); // newest first
        QTest::addColumn<int>("ratio");
        QTest::addColumn<int>("expected"); // QueueOrdering::Pick

        using P = QueueOrdering::Pick;
        QTest::newRow("nobody") << false << false << u""_s << 2 << int(P::None);
        QTest::newRow("start of day") << true << true << u""_s << 2 << int(P::Normal);
        QTest::newRow("one normal since") << true << true << u"NP"_s << 2 << int(P::Normal);
        QTest::newRow("two normal since") << true << true << u"NNP"_s << 2 << int(P::Priority);
        QTest::newRow("priority just called") << true << true << u"PNN"_s << 2 << int(P::Normal);
        QTest::newRow("only priority") << false << true << u"P"_s << 2 << int(P::Priority);
        QTest::newRow("only normal") << true << false << u"NN"_s << 2 << int(P::Normal);
        QTest::newRow("ratio 0") << true << true << u"P"_s << 0 << int(P::Priority);
    }

    void choose()
    {
        QFETCH(bool, normal);
        QFETCH(bool, priority);
        QFETCH(QString, recent);
        QFETCH(int, ratio);
        QFETCH(int, expected);
        QCOMPARE(int(QueueOrdering::choose(normal, priority, tickets(recent), ratio)), expected);
    }

    void codes()
    {
        QCOMPARE(QueueText::ticketCode(u'A', 1), u"A001"_s);
        QCOMPARE(QueueText::ticketCode(u'F', 120), u"F120"_s);
        QCOMPARE(QueueText::ticketCode(u'B', 1000), u"B1000"_s);
        for (TicketPriority p : QueueText::priorities())
            QCOMPARE(QueueText::priorityFromCode(QueueText::code(p)), p);
        QCOMPARE(QueueText::priorityFromCode(QString()), TicketPriority::None);
        for (TicketStatus s :
             {TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Done, TicketStatus::NoShow})
            QCOMPARE(QueueText::statusFromCode(QueueText::code(s)), s);
        for (TicketRating r : {TicketRating::Satisfied, TicketRating::Basic, TicketRating::Unsatisfied})
            QCOMPARE(QueueText::ratingFromCode(QueueText::code(r)), r);
    }

    void medianAndMean()
    {
        QCOMPARE(QueueStatistics::median({}), -1.0);
        QCOMPARE(QueueStatistics::median({5}), 5.0);
        QCOMPARE(QueueStatistics::median({9, 1, 5}), 5.0);
        QCOMPARE(QueueStatistics::median({1, 2, 3, 10}), 2.5);
        QCOMPARE(QueueStatistics::mean({}), -1.0);
        QCOMPARE(QueueStatistics::mean({1, 2, 3, 10}), 4.0);
    }

    void grouping()
    {
        const QDate d1(2026, 3, 2), d2(2026, 3, 3);
        QList<QueueStatistics::Sample> samples;
        auto add = [&](qint64 type, qint64 window, QDate day, qint64 wait, qint64 service) {
            QueueStatistics::Sample s;
            s.serviceId = type;
            s.serviceName = type == 1 ? u"信访接待"_s : u"法律咨询"_s;
            s.windowId = window;
            s.windowName = u"%1号窗口"_s.arg(window);
            s.day = day;
            s.waitSecs = wait;
            s.serviceSecs = service;
            samples << s;
        };
        add(1, 1, d1, 60, 300);
        add(1, 2, d1, 120, 600);
        add(1, 1, d2, 600, -1); // 过号: waited, never served
        add(2, 2, d2, 30, 900);
        add(2, 2, d2, -1, -1); // never called

        const auto byType = QueueStatistics::group(samples, QueueStatistics::GroupBy::ServiceType);
        QCOMPARE(byType.size(), 2);
        QCOMPARE(byType[0].group, u"信访接待"_s);
        QCOMPARE(byType[0].tickets, 3);
        QCOMPARE(byType[0].served, 2);
        QCOMPARE(byType[0].waitMedianSecs, 120.0);
        QCOMPARE(byType[0].waitMeanSecs, 260.0);
        QCOMPARE(byType[0].serviceMedianSecs, 450.0);
        QCOMPARE(byType[1].tickets, 2);
        QCOMPARE(byType[1].waitMedianSecs, 30.0);
        QCOMPARE(byType[1].serviceMeanSecs, 900.0);

        const auto byWindow = QueueStatistics::group(samples, QueueStatistics::GroupBy::Window);
        QCOMPARE(byWindow.size(), 2);
        QCOMPARE(byWindow[1].group, u"2号窗口"_s);
        QCOMPARE(byWindow[1].tickets, 3);
        QCOMPARE(byWindow[1].served, 2);
        QCOMPARE(byWindow[1].serviceMedianSecs, 750.0);

        const auto byDay = QueueStatistics::group(samples, QueueStatistics::GroupBy::Day);
        QCOMPARE(byDay.size(), 2);
        QCOMPARE(byDay[0].day, d1);
        QCOMPARE(byDay[1].tickets, 3);
        QCOMPARE(byDay[1].waitMedianSecs, 315.0);
    }

    void durations()
    {
        QCOMPARE(QueueStatistics::duration(-1), u"—"_s);
        QCOMPARE(QueueStatistics::duration(42), u"42秒"_s);
        QCOMPARE(QueueStatistics::duration(750), u"12分30秒"_s);
        QCOMPARE(QueueStatistics::duration(3900), u"1小时5分"_s);
    }
};

QTEST_GUILESS_MAIN(TestQueueOrdering)
#include "tst_queue_ordering.moc"
