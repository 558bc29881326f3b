// 12345 work orders (issue 11): the hotline's status, result and satisfaction words mapped into the
// loop, header aliases, unknown words refused by name, and the 5-working-day limit on the calendar.
#include "Error.h"
#include "HotlineCodes.h"
#include "WorkCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

class TestHotline : public QObject
{
    Q_OBJECT

private slots:
    void outcome_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("satisfaction");
        QTest::addColumn<QString>("caseStatus");
        QTest::addColumn<QString>("supervise");
        QTest::addColumn<QString>("ours");    // our satisfaction code, "" for none
        QTest::addColumn<QString>("settled"); // "yes", "no" or ""

        QTest::newRow("empty: received")
            << u""_s << u""_s << u""_s << u"registered"_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("待受理") << u"待受理"_s << u""_s << u""_s << u"registered"_s << u"none"_s << u""_s
                                << u""_s;
        QTest::newRow("转办 → dispatched")
            << u"转办"_s << u""_s << u""_s << u"dispatched"_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("办理中") << u" 办理中 "_s << u""_s << u""_s << u"in_progress"_s << u"none"_s << u""_s
                                << u""_s;
        QTest::newRow("督办 → supervision")
            << u"督办"_s << u""_s << u""_s << u"in_progress"_s << u"normal"_s << u""_s << u""_s;
        QTest::newRow("已办结 解决") << u"已办结"_s << u"解决"_s << u""_s << u"feedback"_s << u"none"_s
                                     << u""_s << u"yes"_s;
        QTest::newRow("回访复核 → call-back step") << u"回访复核"_s << u"部分解决"_s << u"理解"_s
                                                   << u"feedback"_s << u"none"_s << u"basic"_s << u"no"_s;
        QTest::newRow("result alone: answered")
            << u""_s << u"未解决"_s << u""_s << u"feedback"_s << u"none"_s << u""_s << u"no"_s;
        QTest::newRow("已回访 非常满意") << u"已回访"_s << u"已解决"_s << u"非常满意"_s << u"closed"_s
                                         << u"none"_s << u"satisfied"_s << u"yes"_s;
        QTest::newRow("结案 满意") << u"结案"_s << u"解决"_s << u"满意"_s << u"closed"_s << u"none"_s
                                   << u"satisfied"_s << u"yes"_s;
        QTest::newRow("结案 不满意") << u"已结案"_s << u"未解决"_s << u"不满意"_s << u"closed"_s << u"none"_s
                                     << u"unsatisfied"_s << u"no"_s;
        QTest::newRow("不办理退单 → declined")
            << u"已办结"_s << u"不办理退单"_s << u""_s << u"declined"_s << u"none"_s << u""_s << u""_s;
        QTest::newRow("退单") << u"退单"_s << u""_s << u""_s << u"declined"_s << u"none"_s << u""_s << u""_s;
    }

    void outcome()
    {
        QFETCH(QString, status);
        QFETCH(QString, result);
        QFETCH(QString, satisfaction);
        QFETCH(QString, caseStatus);
        QFETCH(QString, supervise);
        QFETCH(QString, ours);
        QFETCH(QString, settled);
        const HotlineOutcome o = HotlineCodes::outcome(status, result, satisfaction);
        QCOMPARE(code(o.status), caseStatus);
        QCOMPARE(code(o.supervise), supervise);
        QCOMPARE(o.satisfaction ? code(*o.satisfaction) : QString(), ours);
        QCOMPARE(o.disputeSettled ? (*o.disputeSettled ? u"yes"_s : u"no"_s) : QString(), settled);
    }

    void unknownWordsAreNamed_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("satisfaction");
        QTest::addColumn<QString>("named");
        QTest::newRow("status") << u"挂起"_s << u""_s << u""_s << u"挂起"_s;
        QTest::newRow("result") << u"已办结"_s << u"看情况"_s << u""_s << u"看情况"_s;
        QTest::newRow("satisfaction") << u"已回访"_s << u"解决"_s << u"一般"_s << u"一般"_s;
    }

    void unknownWordsAreNamed()
    {
        QFETCH(QString, status);
        QFETCH(QString, result);
        QFETCH(QString, satisfaction);
        QFETCH(QString, named);
        try {
            HotlineCodes::outcome(status, result, satisfaction);
            QFAIL("an unknown word was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(named), qPrintable(e.message()));
        }
    }

    void headersByAlias_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("key");
        QTest::newRow("工单编号") << u"工单编号"_s << u"order_no"_s;
        QTest::newRow("12345工单编号") << u"12345工单编号"_s << u"order_no"_s;
        QTest::newRow("一级业务分类") << u"一级业务分类"_s << u"category1"_s;
        QTest::newRow("spaces") << u" 二级 业务分类 "_s << u"category2"_s;
        QTest::newRow("来电人姓名") << u"来电人姓名"_s << u"caller_name"_s;
        QTest::newRow("联系电话") << u"联系电话"_s << u"caller_phone"_s;
        QTest::newRow("满意度") << u"回访满意度"_s << u"satisfaction"_s;
        QTest::newRow("unknown") << u"备注"_s << u""_s;
    }

    void headersByAlias()
    {
        QFETCH(QString, header);
        QFETCH(QString, key);
        QCOMPARE(HotlineCodes::columnFor(header), key);
    }

    // Every alias names one column only, and every required column is there.
    void columnsAreUnambiguous()
    {
        QStringList seen;
        for (const HotlineCodes::Column &c : HotlineCodes::columns())
            for (const QString &h : QStringList{c.header} + c.aliases) {
                QVERIFY2(!seen.contains(h), qPrintable(h));
                seen << h;
                QCOMPARE(HotlineCodes::columnFor(h), c.key);
            }
        for (const QString &key : {u"order_no"_s, u"called_at"_s, u"content"_s}) {
            bool required = false;
            for (const HotlineCodes::Column &c : HotlineCodes::columns())
                required |= c.key == key && c.required;
            QVERIFY2(required, qPrintable(key));
        }
    }

    // 5 working days on the bundled calendar: a call on Friday 2025-09-26 runs over the 国庆 holiday
    // (10-01..10-08, 09-28 and 10-11 worked): 9-28 (Sun, worked), 9-29, 9-30, 10-9, 10-10.
    void fiveWorkingDays()
    {
        const WorkCalendar calendar = WorkCalendar::bundled();
        const QDateTime called(QDate(2025, 9, 26), QTime(10, 0));
        const QDateTime due = HotlineCodes::dueAt(called, calendar);
        QCOMPARE(due, calendar.deadline(called, 5, true));
        QCOMPARE(due.date(), QDate(2025, 10, 10));
        // An ordinary week: Monday's call is due the next Monday.
        QCOMPARE(HotlineCodes::dueAt(QDateTime(QDate(2025, 3, 3), QTime(9, 0)), calendar).date(),
                 QDate(2025, 3, 10));
    }
};

QTEST_GUILESS_MAIN(TestHotline)
#include "tst_hotline.moc"
