#include "CellCoercion.h"
#include "Validators.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

Q_DECLARE_METATYPE(zz::Cell)

namespace {

Cell number(double v, bool date1904 = false)
{
    return Cell::fromNumber(v, date1904);
}

Cell text(const QString &s)
{
    return Cell::fromText(s);
}

// An 18-digit ID with its correct check character.
QString validId(const QString &first17)
{
    return first17 + Validators::residentIdCheckChar(first17);
}

} // namespace

// Cell coercion: serial dates (1900 quirk, 1904 system), text dates in Chinese forms mixed in one
// column, numbers with separators, none markers, resident IDs (numeric cells refused, 15-digit
// legacy IDs kept, X), phones keeping their leading zero (issue 11).
class TestCoercion : public QObject
{
    Q_OBJECT

private slots:
    void serialDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QDate>("expected"); // invalid = refused
        QTest::newRow("1 = 1900-01-01") << 1.0 << false << QDate(1900, 1, 1);
        QTest::newRow("59 = 1900-02-28") << 59.0 << false << QDate(1900, 2, 28);
        QTest::newRow("60 = fictitious 1900-02-29") << 60.0 << false << QDate();
        QTest::newRow("61 = 1900-03-01") << 61.0 << false << QDate(1900, 3, 1);
        QTest::newRow("46086 = 2026-03-05") << 46086.0 << false << QDate(2026, 3, 5);
        QTest::newRow("with time") << 46086.75 << false << QDate(2026, 3, 5);
        QTest::newRow("1904: 0 = 1904-01-01") << 0.0 << true << QDate(1904, 1, 1);
        QTest::newRow("1904: 44624 = 2026-03-05") << 44624.0 << true << QDate(2026, 3, 5);
        QTest::newRow("negative") << -1.0 << false << QDate();
        QTest::newRow("past 9999") << 3e6 << false << QDate();
    }
    void serialDates()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QDate, expected);
        bool ok = false;
        const QDate d = CellCoercion::serialToDate(serial, date1904, &ok);
        QCOMPARE(ok, expected.isValid());
        QCOMPARE(d, expected);
        if (expected.isValid() && !date1904)
            QCOMPARE(CellCoercion::dateToSerial(expected), std::floor(serial));
    }

    void serialTime()
    {
        bool ok = false;
        // 08:30 is 0.354166…; rounding must not lose a second
        const QDateTime t = CellCoercion::serialToDateTime(46086.0 + (8 * 60 + 30) / 1440.0, false, &ok);
        QVERIFY(ok);
        QCOMPARE(t, QDateTime(QDate(2026, 3, 5), QTime(8, 30)));
        const QDateTime late = CellCoercion::serialToDateTime(46086.0 + 86399.6 / 86400.0, false, &ok);
        QCOMPARE(late, QDateTime(QDate(2026, 3, 6), QTime(0, 0)));
    }

    // One column as people fill it: date cells, serial numbers, text in several forms, blanks, 无.
    void mixedDateColumn_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::addColumn<QDateTime>("expected");
        QTest::addColumn<bool>("empty");
        const QDateTime d(QDate(2026, 3, 5), QTime(0, 0));
        QTest::newRow("date cell") << Cell::fromSerialDate(46086) << d << false;
        QTest::newRow("date cell 1904") << Cell::fromSerialDate(44624, true) << d << false;
        QTest::newRow("plain number") << number(46086) << d << false;
        QTest::newRow("yyyymmdd number") << number(20260305) << d << false;
        QTest::newRow("iso") << text(u"2026-03-05"_s) << d << false;
        QTest::newRow("slashes") << text(u"2026/3/5"_s) << d << false;
        QTest::newRow("dots") << text(u"2026.3.5"_s) << d << false;
        QTest::newRow("chinese") << text(u"2026年3月5日"_s) << d << false;
        QTest::newRow("chinese spaced") << text(u" 2026 年 3 月 5 日 "_s) << d << false;
        QTest::newRow("full-width digits") << text(u"２０２６年３月５日"_s) << d << false;
        QTest::newRow("compact text") << text(u"20260305"_s) << d << false;
        QTest::newRow("serial as text") << text(u"46086"_s) << d << false;
        QTest::newRow("with time") << text(u"2026-03-05 08:30"_s)
                                   << QDateTime(QDate(2026, 3, 5), QTime(8, 30)) << false;
        QTest::newRow("with seconds")
            << text(u"2026/3/5 8:30:15"_s) << QDateTime(QDate(2026, 3, 5), QTime(8, 30, 15)) << false;
        QTest::newRow("chinese time")
            << text(u"2026年3月5日 8时30分"_s) << QDateTime(QDate(2026, 3, 5), QTime(8, 30)) << false;
        QTest::newRow("iso T") << text(u"2026-03-05T08:30:00"_s) << QDateTime(QDate(2026, 3, 5), QTime(8, 30))
                               << false;
        QTest::newRow("blank") << Cell{} << QDateTime() << true;
        QTest::newRow("spaces") << text(u"  "_s) << QDateTime() << true;
        QTest::newRow("无") << text(u"无"_s) << QDateTime() << true;
        QTest::newRow("slash") << text(u"/"_s) << QDateTime() << true;
        QTest::newRow("dash") << text(u"-"_s) << QDateTime() << true;
        QTest::newRow("em dash") << text(u"—"_s) << QDateTime() << true;
        QTest::newRow("not a date") << text(u"三月初五"_s) << QDateTime() << false;
        QTest::newRow("no such day") << text(u"2026-02-30"_s) << QDateTime() << false;
        QTest::newRow("serial 60") << number(60) << QDateTime() << false;
        QTest::newRow("time only") << Cell::fromSerialDate(0.5) << QDateTime() << false;
        QTest::newRow("boolean") << Cell::fromBool(true) << QDateTime() << false;
    }
    void mixedDateColumn()
    {
        QFETCH(Cell, cell);
        QFETCH(QDateTime, expected);
        QFETCH(bool, empty);
        const Coerced<QDateTime> r = CellCoercion::toDateTime(cell);
        if (expected.isValid()) {
            QVERIFY2(r.ok(), qPrintable(r.reason));
            QCOMPARE(r.value, expected);
            const Coerced<QDate> date = CellCoercion::toDate(cell);
            QVERIFY(date.ok());
            QCOMPARE(date.value, expected.date());
        } else if (empty) {
            QVERIFY(r.isEmpty());
        } else {
            QVERIFY(r.invalid());
            QVERIFY(!r.reason.isEmpty());
        }
    }

    void serial60Reason()
    {
        const auto r = CellCoercion::toDate(number(60));
        QVERIFY(r.invalid());
        QVERIFY2(r.reason.contains(u"1900年2月29日"_s), qPrintable(r.reason));
    }

    void numbers_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::addColumn<QString>("expected"); // "" = empty, "!" = invalid
        QTest::addColumn<bool>("integer");
        QTest::newRow("number") << number(12) << u"12"_s << true;
        QTest::newRow("text") << text(u"12"_s) << u"12"_s << true;
        QTest::newRow("thousands") << text(u"1,234,567"_s) << u"1234567"_s << true;
        QTest::newRow("full-width comma") << text(u"1，234"_s) << u"1234"_s << true;
        QTest::newRow("full-width digits") << text(u"１２"_s) << u"12"_s << true;
        QTest::newRow("12.0 text") << text(u"12.0"_s) << u"12"_s << true;
        QTest::newRow("fraction refused") << number(12.5) << u"!"_s << true;
        QTest::newRow("decimal") << text(u"1,234.50"_s) << u"1234.5"_s << false;
        QTest::newRow("percent") << text(u"85%"_s) << u"0.85"_s << false;
        QTest::newRow("negative") << text(u"-3.5"_s) << u"-3.5"_s << false;
        QTest::newRow("bad grouping") << text(u"12,34"_s) << u"!"_s << false;
        QTest::newRow("words") << text(u"十二"_s) << u"!"_s << true;
        QTest::newRow("无") << text(u"无"_s) << QString() << true;
        QTest::newRow("blank") << Cell{} << QString() << false;
    }
    void numbers()
    {
        QFETCH(Cell, cell);
        QFETCH(QString, expected);
        QFETCH(bool, integer);
        if (integer) {
            const auto r = CellCoercion::toInteger(cell);
            if (expected.isEmpty())
                QVERIFY(r.isEmpty());
            else if (expected == u"!"_s)
                QVERIFY(r.invalid() && !r.reason.isEmpty());
            else
                QCOMPARE(r.value, expected.toLongLong());
        } else {
            const auto r = CellCoercion::toDecimal(cell);
            if (expected.isEmpty())
                QVERIFY(r.isEmpty());
            else if (expected == u"!"_s)
                QVERIFY(r.invalid() && !r.reason.isEmpty());
            else
                QCOMPARE(r.value, expected.toDouble());
        }
    }

    void residentIds_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::addColumn<QString>("expected"); // "" = empty, "!..." = invalid, reason contains the rest
        const QString x = u"11010519491231002X"_s;
        const QString digits = validId(u"33010219900101123"_s);
        QTest::newRow("text") << text(digits) << digits;
        QTest::newRow("ending in X") << text(x) << x;
        QTest::newRow("ending in lower x") << text(u"11010519491231002x"_s) << x;
        QTest::newRow("spaces and apostrophe") << text(u"'110105 19491231 002X "_s) << x;
        QTest::newRow("our csv form") << text(u"=\"11010519491231002X\""_s) << x;
        QTest::newRow("full-width") << text(u"１１０１０５１９４９１２３１００２Ｘ"_s) << x;
        QTest::newRow("legacy 15 text") << text(u"110105491231002"_s) << u"110105491231002"_s;
        QTest::newRow("legacy 15 numeric") << number(110105491231002.0) << u"110105491231002"_s;
        QTest::newRow("numeric 18 truncated") << number(digits.toDouble()) << u"!15 位有效数字"_s;
        QTest::newRow("scientific text") << text(u"3.30102E+17"_s) << u"!15 位有效数字"_s;
        QTest::newRow("bad check digit")
            << text(digits.left(17) + (digits.endsWith(u'1') ? u'2' : u'1')) << u"!"_s;
        QTest::newRow("too short") << text(u"1101051949"_s) << u"!18 位"_s;
        QTest::newRow("legacy bad date") << text(u"110105491331002"_s) << u"!15 位"_s;
        QTest::newRow("无") << text(u"无"_s) << QString();
        QTest::newRow("blank") << Cell{} << QString();
    }
    void residentIds()
    {
        QFETCH(Cell, cell);
        QFETCH(QString, expected);
        const auto r = CellCoercion::toResidentId(cell, QDate(2026, 12, 6));
        if (expected.isEmpty()) {
            QVERIFY(r.isEmpty());
        } else if (expected.startsWith(u'!')) {
            QVERIFY(r.invalid());
            QVERIFY2(r.reason.contains(expected.mid(1)), qPrintable(r.reason));
            QVERIFY(!r.reason.contains(u"330102"_s)); // no personal data in reasons
        } else {
            QVERIFY2(r.ok(), qPrintable(r.reason));
            QCOMPARE(r.value, expected);
        }
    }

    void phones_data()
    {
        QTest::addColumn<Cell>("cell");
        QTest::addColumn<QString>("expected"); // "" = empty, "!" = invalid
        QTest::addColumn<bool>("repaired");
        QTest::newRow("mobile text") << text(u"13812345678"_s) << u"13812345678"_s << false;
        QTest::newRow("mobile number") << number(13812345678.0) << u"13812345678"_s << false;
        QTest::newRow("landline text") << text(u"0571-87654321"_s) << u"0571-87654321"_s << false;
        QTest::newRow("landline no separator") << text(u"057187654321"_s) << u"057187654321"_s << false;
        QTest::newRow("bracketed area") << text(u"(0571)87654321"_s) << u"0571-87654321"_s << false;
        QTest::newRow("our csv form") << text(u"=\"0571-87654321\""_s) << u"0571-87654321"_s << false;
        QTest::newRow("landline lost its zero") << number(57187654321.0) << u"057187654321"_s << true;
        QTest::newRow("beijing lost its zero") << number(1087654321.0) << u"01087654321"_s << true;
        QTest::newRow("numeric short") << number(87654321.0) << u"!"_s << false;
        QTest::newRow("letters") << text(u"电话不详"_s) << u"!"_s << false;
        QTest::newRow("无") << text(u"无"_s) << QString() << false;
        QTest::newRow("blank") << Cell{} << QString() << false;
    }
    void phones()
    {
        QFETCH(Cell, cell);
        QFETCH(QString, expected);
        QFETCH(bool, repaired);
        const auto r = CellCoercion::toPhone(cell);
        if (expected.isEmpty()) {
            QVERIFY(r.isEmpty());
        } else if (expected == u"!"_s) {
            QVERIFY(r.invalid());
            QVERIFY(!r.reason.isEmpty());
        } else {
            QVERIFY2(r.ok(), qPrintable(r.reason));
            QCOMPARE(r.value, expected);
            QCOMPARE(!r.note.isEmpty(), repaired);
        }
    }

    void textAndBool()
    {
        QCOMPARE(CellCoercion::toText(text(u"  张三 "_s)).value, u"张三"_s);
        QVERIFY(CellCoercion::toText(text(u"——"_s)).isEmpty());
        QCOMPARE(CellCoercion::toText(number(12)).value, u"12"_s);
        QVERIFY(CellCoercion::toText(Cell::error(u"#N/A"_s)).invalid());
        QCOMPARE(CellCoercion::toBool(text(u"是"_s)).value, true);
        QCOMPARE(CellCoercion::toBool(text(u"否"_s)).value, false);
        QCOMPARE(CellCoercion::toBool(number(1)).value, true);
        QVERIFY(CellCoercion::toBool(text(u"也许"_s)).invalid());
        QCOMPARE(CellCoercion::toHalfWidth(u"ＡＢ１２，　"), u"AB12, "_s);
    }

    void shownText()
    {
        QCOMPARE(Cell::fromNumber(330102199001011234.0).text, u"3.30102199001011e+17"_s);
        QCOMPARE(Cell::fromNumber(110105491231002.0).text, u"110105491231002"_s);
        QCOMPARE(Cell::fromNumber(2.5).text, u"2.5"_s);
        QCOMPARE(Cell::fromSerialDate(46086).text, u"2026-03-05"_s);
        QCOMPARE(Cell::fromSerialDate(46086.5).text, u"2026-03-05 12:00:00"_s);
    }
};

QTEST_GUILESS_MAIN(TestCoercion)
#include "tst_coercion.moc"
