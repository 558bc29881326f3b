#include "CaseWorkflow.h"
#include "Entities.h"
#include "Error.h"
#include "InputLimits.h"

#include <QTest>

using namespace Qt::StringLiterals;
using zz::InputLimits;

namespace {

QString repeated(const QString &piece, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

} // namespace

// The one check every stored text goes through: lengths and refused characters.
class TestInputLimits : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("problem"); // a fragment of the message; empty: accepted

        const QString pair = QString::fromUcs4(U"\U00020BB7"); // 𠮷, one character in two UTF-16 units
        QTest::newRow("plain") << u"楼上漏水"_s << 10 << QString();
        QTest::newRow("empty") << QString() << 10 << QString();
        QTest::newRow("exactly max") << repeated(u"字"_s, 10) << 10 << QString();
        QTest::newRow("one over") << repeated(u"字"_s, 11) << 10 << u"不能超过 10 个字"_s;
        QTest::newRow("trimmed before counting")
            << u"  "_s + repeated(u"字"_s, 10) + u"\n"_s << 10 << QString();
        QTest::newRow("pairs count once") << repeated(pair, 10) << 10 << QString();
        QTest::newRow("pairs over") << repeated(pair, 11) << 10 << u"不能超过"_s;
        QTest::newRow("tab, newline, return") << u"第一行\r\n\t第二行"_s << 20 << QString();
        QTest::newRow("nul") << QString(u"漏水"_s + QChar(0) + u"了"_s) << 10 << u"控制字符"_s;
        QTest::newRow("nul alone") << QString(QChar(0)) << 10 << u"控制字符"_s;
        QTest::newRow("bell") << u"a\u0007b"_s << 10 << u"控制字符"_s;
        QTest::newRow("escape") << u"\u001b[31m"_s << 10 << u"控制字符"_s;
        QTest::newRow("delete") << u"a\u007fb"_s << 10 << u"控制字符"_s;
        QTest::newRow("C1 control") << u"a\u0085b"_s << 10 << u"控制字符"_s;
        QTest::newRow("vertical tab") << u"a\u000bb"_s << 10 << u"控制字符"_s;
        QTest::newRow("lone high surrogate")
            << QString(u"a"_s + QChar(0xD842) + u"b"_s) << 10 << u"无效的字符"_s;
        QTest::newRow("lone high at end") << QString(u"a"_s + QChar(0xD842)) << 10 << u"无效的字符"_s;
        QTest::newRow("lone low surrogate") << QString(u"a"_s + QChar(0xDFB7)) << 10 << u"无效的字符"_s;
        QTest::newRow("swapped pair") << QString(QChar(0xDFB7)) + QChar(0xD842) << 10 << u"无效的字符"_s;
        // Characters come before length: an overlong text with a NUL names the NUL.
        QTest::newRow("nul in overlong") << repeated(u"字"_s, 20) + QChar(0) << 10 << u"控制字符"_s;
    }

    void validate()
    {
        QFETCH(QString, value);
        QFETCH(int, max);
        QFETCH(QString, problem);
        const zz::Validation v = InputLimits::validate(u"事件描述"_s, value, max);
        QCOMPARE(v.ok, problem.isEmpty());
        if (!problem.isEmpty()) {
            QVERIFY2(v.message.startsWith(u"事件描述"_s), qPrintable(v.message));
            QVERIFY2(v.message.contains(problem), qPrintable(v.message));
            QVERIFY(!v.message.contains(QChar(0)));
        }
    }

    void messageReadsAsSpecified()
    {
        const auto v =
            InputLimits::validate(u"事件描述"_s, repeated(u"字"_s, 4001), InputLimits::caseDescription);
        QCOMPARE(v.message, u"事件描述不能超过 4000 个字"_s);
    }

    void checkThrowsValidation()
    {
        try {
            InputLimits::check(u"标题"_s, u"a\u0000"_s, 10);
            QFAIL("no error");
        } catch (const zz::Error &e) {
            QCOMPARE(e.kind(), zz::Error::Kind::Validation);
            QVERIFY(e.message().startsWith(u"标题"_s));
        }
        InputLimits::check(u"标题"_s, u"正常"_s, 10); // does not throw
    }

    void recordChecks()
    {
        zz::CaseRecord draft;
        draft.title = u"漏水"_s;
        InputLimits::check(draft);
        draft.parties.append(zz::CaseParty{});
        draft.parties[0].phone = u"138\u00001234"_s;
        QVERIFY_THROWS_EXCEPTION(zz::Error, InputLimits::check(draft));
        draft.parties[0].phone.clear();
        draft.address = repeated(u"路"_s, InputLimits::address + 1);
        QVERIFY_THROWS_EXCEPTION(zz::Error, InputLimits::check(draft));

        zz::ActionInput input;
        input.note = repeated(u"意"_s, InputLimits::actionNote);
        InputLimits::check(input);
        input.result = QString(QChar(0xDC00));
        QVERIFY_THROWS_EXCEPTION(zz::Error, InputLimits::check(input));

        zz::User user;
        user.login = u"duty1"_s;
        user.displayName = repeated(u"名"_s, InputLimits::displayName + 1);
        QVERIFY_THROWS_EXCEPTION(zz::Error, InputLimits::check(user));

        zz::Worker worker;
        worker.name = u"王\u0001"_s;
        QVERIFY_THROWS_EXCEPTION(zz::Error, InputLimits::check(worker));
        zz::Department department;
        department.name = repeated(u"所"_s, InputLimits::departmentName + 1);
        QVERIFY_THROWS_EXCEPTION(zz::Error, InputLimits::check(department));
        zz::Category category;
        category.code = u"A\u0000"_s;
        QVERIFY_THROWS_EXCEPTION(zz::Error, InputLimits::check(category));
        zz::OrgUnit unit;
        unit.name = u"青石镇"_s;
        unit.code = u"330102001"_s;
        InputLimits::check(unit);
    }
};

QTEST_APPLESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
