#include "Validators.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using zz::Masking;
using zz::ResidentIdInfo;
using zz::Validation;
using zz::Validators;

namespace {

// Every date-dependent check runs against this day, not the machine's clock.
const QDate today(2025, 6, 15);

// A resident ID with a correct check character, so that only the property under test is wrong.
QString withCheck(const QString &first17)
{
    return first17 + Validators::residentIdCheckChar(first17);
}

} // namespace

// Resident ID, phone and length checks and the masking of personal data.
class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void residentId_data();
    void residentId();
    void residentIdMessagesAreDistinct();
    void residentIdInfo_data();
    void residentIdInfo();
    void residentIdCheckChar_data();
    void residentIdCheckChar();
    void phone_data();
    void phone();
    void required_data();
    void required();
    void maxLength_data();
    void maxLength();
    void lengthBetween_data();
    void lengthBetween();
    void maskResidentId_data();
    void maskResidentId();
    void maskPhone_data();
    void maskPhone();
    void maskName_data();
    void maskName();
};

void TestValidators::residentId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart"); // what the person is told is wrong

    QTest::newRow("published example") << u"11010519491231002X"_s << true << QString();
    QTest::newRow("lowercase x") << u"11010519491231002x"_s << true << QString();
    QTest::newRow("surrounding spaces") << u" 11010519491231002X "_s << true << QString();
    QTest::newRow("generated hangzhou") << withCheck(u"33010219900101123"_s) << true << QString();
    QTest::newRow("generated leap day") << withCheck(u"44030420000229001"_s) << true << QString();
    QTest::newRow("born today") << withCheck(u"65010220250615001"_s) << true << QString();
    QTest::newRow("born 1900-01-01") << withCheck(u"81000019000101001"_s) << true << QString();
    QTest::newRow("taiwan 71") << withCheck(u"71000019800101002"_s) << true << QString();

    QTest::newRow("empty") << QString() << false << u"请输入身份证号码"_s;
    QTest::newRow("17 chars") << u"11010519491231002"_s << false << u"应为18位"_s;
    QTest::newRow("19 chars") << u"11010519491231002X1"_s << false << u"应为18位"_s;
    QTest::newRow("old 15 digits") << u"110105491231002"_s << false << u"应为18位"_s;
    QTest::newRow("letter inside") << u"1101051949A231002X"_s << false << u"前17位应为数字"_s;
    QTest::newRow("full-width digit") << u"１10105194912310021"_s << false << u"前17位应为数字"_s;
    QTest::newRow("check char Y") << u"11010519491231002Y"_s << false << u"前17位应为数字"_s;
    QTest::newRow("bad check digit") << u"110105194912310021"_s << false << u"校验位错误"_s;
    QTest::newRow("X where digit expected") << u"33010219900101123X"_s << false << u"校验位错误"_s;
    QTest::newRow("feb 30") << withCheck(u"11010519990230001"_s) << false << u"出生日期无效"_s;
    QTest::newRow("month 13") << withCheck(u"11010520001301001"_s) << false << u"出生日期无效"_s;
    QTest::newRow("day 00") << withCheck(u"11010520000100001"_s) << false << u"出生日期无效"_s;
    QTest::newRow("feb 29 non-leap") << withCheck(u"11010519000229001"_s) << false << u"出生日期无效"_s;
    QTest::newRow("born tomorrow") << withCheck(u"11010520250616001"_s) << false << u"晚于今天"_s;
    QTest::newRow("born 2030") << withCheck(u"11010520300101001"_s) << false << u"晚于今天"_s;
    QTest::newRow("born 1899") << withCheck(u"11010518991231001"_s) << false << u"早于1900年"_s;
    QTest::newRow("born 1880") << u"440524188001010014"_s << false << u"早于1900年"_s;
    QTest::newRow("province 99") << withCheck(u"99010219900101123"_s) << false << u"地区代码无效"_s;
    QTest::newRow("province 00") << withCheck(u"00010219900101123"_s) << false << u"地区代码无效"_s;
    QTest::newRow("province 20") << withCheck(u"20010219900101123"_s) << false << u"地区代码无效"_s;
    QTest::newRow("province 16") << withCheck(u"16010219900101123"_s) << false << u"地区代码无效"_s;
    QTest::newRow("province 84") << withCheck(u"84010219900101123"_s) << false << u"地区代码无效"_s;
}

void TestValidators::residentId()
{
    QFETCH(QString, id);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);

    const Validation result = Validators::residentId(id, today);
    QCOMPARE(result.ok, ok);
    QCOMPARE(bool(result), ok);
    if (ok) {
        QVERIFY(result.message.isEmpty());
    } else {
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    }
}

void TestValidators::residentIdMessagesAreDistinct()
{
    const QStringList wrongIds{
        u"1101051949123100"_s,             // length
        u"1101051949A231002X"_s,           // characters
        u"110105194912310021"_s,           // check digit
        withCheck(u"11010519990230001"_s), // impossible date
        withCheck(u"11010520250616001"_s), // future
        withCheck(u"11010518991231001"_s), // before 1900
        withCheck(u"99010219900101123"_s), // province
    };
    QSet<QString> messages;
    for (const QString &id : wrongIds) {
        const Validation result = Validators::residentId(id, today);
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
        messages.insert(result.message);
    }
    QCOMPARE(messages.size(), wrongIds.size());
}

void TestValidators::residentIdInfo_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("province");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("male");

    QTest::newRow("beijing woman") << u"11010519491231002X"_s << u"11"_s << u"110105"_s << QDate(1949, 12, 31)
                                   << false;
    QTest::newRow("hangzhou man") << withCheck(u"33010219900101123"_s) << u"33"_s << u"330102"_s
                                  << QDate(1990, 1, 1) << true;
    QTest::newRow("shenzhen leap day")
        << withCheck(u"44030420000229008"_s) << u"44"_s << u"440304"_s << QDate(2000, 2, 29) << false;
}

void TestValidators::residentIdInfo()
{
    QFETCH(QString, id);
    QFETCH(QString, province);
    QFETCH(QString, region);
    QFETCH(QDate, birth);
    QFETCH(bool, male);

    ResidentIdInfo info;
    QVERIFY(Validators::residentId(id, today, &info).ok);
    QCOMPARE(info.provinceCode, province);
    QCOMPARE(info.regionCode, region);
    QCOMPARE(info.birthDate, birth);
    QCOMPARE(info.male, male);
}

void TestValidators::residentIdCheckChar_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("X") << u"11010519491231002"_s << QChar(u'X');
    QTest::newRow("digit") << u"44052418800101001"_s << QChar(u'4');
    QTest::newRow("too short") << u"1101051949123100"_s << QChar();
    QTest::newRow("not digits") << u"1101051949123100A"_s << QChar();
}

void TestValidators::residentIdCheckChar()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(Validators::residentIdCheckChar(first17), expected);
}

void TestValidators::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("mobile");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("mobile") << u"13812345678"_s << true << true << QString();
    QTest::newRow("mobile 199") << u"19912345678"_s << true << true << QString();
    QTest::newRow("+86") << u"+8613812345678"_s << true << true << QString();
    QTest::newRow("86") << u"8613812345678"_s << true << true << QString();
    QTest::newRow("+86 spaced") << u"+86 138 1234 5678"_s << true << true << QString();
    QTest::newRow("dashes") << u"138-1234-5678"_s << true << true << QString();
    QTest::newRow("landline dash") << u"0571-87654321"_s << true << false << QString();
    QTest::newRow("landline no dash") << u"057187654321"_s << true << false << QString();
    QTest::newRow("beijing space") << u"010 62345678"_s << true << false << QString();
    QTest::newRow("shanghai") << u"021-62345678"_s << true << false << QString();
    QTest::newRow("hainan 7 digits") << u"0898-6612345"_s << true << false << QString();
    QTest::newRow("extension dash") << u"0571-87654321-123"_s << true << false << QString();
    QTest::newRow("extension 转") << u"0571-87654321转123"_s << true << false << QString();

    QTest::newRow("empty") << QString() << false << false << u"请输入电话号码"_s;
    QTest::newRow("10 digits") << u"1381234567"_s << false << false << u"手机号码格式不正确"_s;
    QTest::newRow("12 digits") << u"138123456789"_s << false << false << u"手机号码格式不正确"_s;
    QTest::newRow("prefix 10") << u"10012345678"_s << false << false << u"手机号码格式不正确"_s;
    QTest::newRow("prefix 11") << u"11012345678"_s << false << false << u"手机号码格式不正确"_s;
    QTest::newRow("prefix 12") << u"12012345678"_s << false << false << u"手机号码格式不正确"_s;
    QTest::newRow("+86 too short") << u"+86 138 1234 567"_s << false << false << u"手机号码格式不正确"_s;
    QTest::newRow("letters") << u"1381234567a"_s << false << false << u"只能包含数字"_s;
    QTest::newRow("chinese text") << u"一三八"_s << false << false << u"只能包含数字"_s;
    QTest::newRow("landline 6 digits") << u"0571-876543"_s << false << false << u"固定电话号码格式不正确"_s;
    QTest::newRow("landline 9 digits")
        << u"0571-876543210"_s << false << false << u"固定电话号码格式不正确"_s;
    // Local numbers never start with 0 or 1.
    QTest::newRow("local starts with 1")
        << u"0571-17654321"_s << false << false << u"固定电话号码格式不正确"_s;
    QTest::newRow("no area code") << u"87654321"_s << false << false << u"带区号的固定电话"_s;
    QTest::newRow("hong kong") << u"+852 2123 4567"_s << false << false << u"带区号的固定电话"_s;
}

void TestValidators::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, ok);
    QFETCH(bool, mobile);
    QFETCH(QString, messagePart);

    const Validation result = Validators::phone(phone);
    QCOMPARE(result.ok, ok);
    QCOMPARE(Validators::isMobile(phone), mobile);
    if (ok) {
        QVERIFY(result.message.isEmpty());
    } else {
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    }
}

void TestValidators::required_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");

    QTest::newRow("name") << u"张三"_s << true;
    QTest::newRow("one character") << u"张"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"   "_s << false;
    QTest::newRow("ideographic space") << u"\u3000"_s << false;
}

void TestValidators::required()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);

    const Validation result = Validators::required(u"当事人姓名"_s, value);
    QCOMPARE(result.ok, ok);
    if (!ok)
        QCOMPARE(result.message, u"当事人姓名不能为空"_s);
}

void TestValidators::maxLength_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("max");
    QTest::addColumn<bool>("ok");

    // Four Chinese characters are 12 bytes of UTF-8 but four characters.
    QTest::newRow("4 of 4") << u"综治中心"_s << 4 << true;
    QTest::newRow("6 of 4") << u"综治中心工作"_s << 4 << false;
    QTest::newRow("trimmed") << u"  张三  "_s << 2 << true;
    // Characters outside the BMP (rare name characters) are one character each, not two.
    QTest::newRow("extension B") << u"𠀀𠀁"_s << 2 << true;
    QTest::newRow("extension B over") << u"𠀀𠀁𠀂"_s << 2 << false;
    QTest::newRow("empty") << QString() << 0 << true;
}

void TestValidators::maxLength()
{
    QFETCH(QString, value);
    QFETCH(int, max);
    QFETCH(bool, ok);

    const Validation result = Validators::maxLength(u"事件标题"_s, value, max);
    QCOMPARE(result.ok, ok);
    if (!ok) {
        QVERIFY2(result.message.startsWith(u"事件标题"), qPrintable(result.message));
        QVERIFY2(result.message.contains(u"最多%1个字符"_s.arg(max)), qPrintable(result.message));
    }
}

void TestValidators::lengthBetween_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("too short") << u"张"_s << false << u"联系人至少需要2个字符"_s;
    QTest::newRow("empty") << QString() << false << u"联系人至少需要2个字符"_s;
    QTest::newRow("minimum") << u"张三"_s << true << QString();
    QTest::newRow("maximum") << u"阿依古丽·买买提"_s << true << QString();
    QTest::newRow("too long") << u"阿依古丽·买买提江"_s << false << u"联系人最多8个字符"_s;
}

void TestValidators::lengthBetween()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);

    const Validation result = Validators::lengthBetween(u"联系人"_s, value, 2, 8);
    QCOMPARE(result.ok, ok);
    if (!ok)
        QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
}

void TestValidators::maskResidentId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("18 digits") << u"330102199001011234"_s << u"3301**********1234"_s;
    QTest::newRow("ends in X") << u"11010519491231002X"_s << u"1101**********002X"_s;
    QTest::newRow("old 15 digits") << u"110105491231002"_s << u"***********1002"_s;
    QTest::newRow("short") << u"123456"_s << u"**3456"_s;
    QTest::newRow("tiny") << u"123"_s << u"***"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::maskResidentId()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::residentId(input), expected);
}

void TestValidators::maskPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mobile") << u"13812345678"_s << u"138****5678"_s;
    QTest::newRow("+86") << u"+8613812345678"_s << u"+86138****5678"_s;
    QTest::newRow("86") << u"8613812345678"_s << u"86138****5678"_s;
    QTest::newRow("+86 spaced") << u"+86 138 1234 5678"_s << u"+86 138 **** 5678"_s;
    QTest::newRow("landline") << u"0571-87654321"_s << u"0571-****4321"_s;
    QTest::newRow("landline no dash") << u"057187654321"_s << u"0571****4321"_s;
    QTest::newRow("beijing") << u"010-62345678"_s << u"010-****5678"_s;
    QTest::newRow("7 digits") << u"0898-6612345"_s << u"0898-***2345"_s;
    QTest::newRow("extension") << u"0571-87654321-123"_s << u"0571-****4321-123"_s;
    QTest::newRow("unrecognised") << u"12345"_s << u"*2345"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::maskPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::phone(input), expected);
}

void TestValidators::maskName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("two") << u"张三"_s << u"张*"_s;
    QTest::newRow("four") << u"欧阳娜娜"_s << u"欧***"_s;
    QTest::newRow("one") << u"张"_s << u"*"_s;
    QTest::newRow("trimmed") << u" 李四 "_s << u"李*"_s;
    QTest::newRow("middle dot kept") << u"阿依古丽·买买提"_s << u"阿***·***"_s;
    QTest::newRow("extension B surname") << u"𠀀三"_s << u"𠀀*"_s;
    QTest::newRow("extension B given name") << u"王𠀀"_s << u"王*"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::maskName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Masking::name(input), expected);
}

QTEST_APPLESS_MAIN(TestValidators)
#include "tst_validators.moc"
