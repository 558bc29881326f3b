#include "Validators.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

constexpr std::array<int, 17> residentIdWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char16_t, 11> residentIdCheckChars{u'1', u'0', u'X', u'9', u'8', u'7',
                                                        u'6', u'5', u'4', u'3', u'2'};

// Only ASCII digits: QChar::isDigit() would also accept full-width and other scripts' digits.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allAsciiDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isAsciiDigit);
}

qsizetype characterCount(QStringView value)
{
    return value.trimmed().toUcs4().size();
}

// Spaces and dashes are only formatting in a mobile number.
QString withoutSeparators(QStringView phone)
{
    QString result;
    result.reserve(phone.size());
    for (const QChar c : phone) {
        if (c != u' ' && c != u'-')
            result.append(c);
    }
    return result;
}

const QRegularExpression &mobilePattern()
{
    static const QRegularExpression pattern(u"^(?:\\+?86)?1[3-9]\\d{9}$"_s);
    return pattern;
}

} // namespace

// Two-digit area codes are 010 and 02x; all others are 0 + three digits (0571, 0898). Local
// numbers never start with 0 or 1. The optional extension follows '-', a space or 转.
const QRegularExpression &Validators::landlinePattern()
{
    static const QRegularExpression pattern(
        u"^(0[12]\\d|0[3-9]\\d{2})([- ]?)([2-9]\\d{6,7})((?:[- ]|[- ]?转)\\d{1,6})?$"_s);
    return pattern;
}

Validation Validators::residentId(QStringView id, QDate today, ResidentIdInfo *info)
{
    id = id.trimmed();
    if (id.isEmpty())
        return Validation::fail(tr("请输入身份证号码"));
    if (id.size() != 18)
        return Validation::fail(tr("身份证号码应为18位，当前为%n位", nullptr, int(id.size())));
    const QChar last = id.at(17);
    if (!allAsciiDigits(id.first(17)) || !(isAsciiDigit(last) || last == u'X' || last == u'x'))
        return Validation::fail(tr("身份证号码前17位应为数字，最后一位为数字或X"));
    if (!isKnownProvinceCode(id.first(2)))
        return Validation::fail(tr("身份证号码的地区代码无效"));

    const QDate birth(id.sliced(6, 4).toInt(), id.sliced(10, 2).toInt(), id.sliced(12, 2).toInt());
    if (!birth.isValid())
        return Validation::fail(tr("身份证号码中的出生日期无效"));
    if (birth < QDate(1900, 1, 1))
        return Validation::fail(tr("身份证号码中的出生日期早于1900年"));
    if (today.isValid() && birth > today)
        return Validation::fail(tr("身份证号码中的出生日期晚于今天"));

    if (residentIdCheckChar(id.first(17)) != last.toUpper())
        return Validation::fail(tr("身份证号码校验位错误，请核对号码"));

    if (info) {
        info->provinceCode = id.first(2).toString();
        info->regionCode = id.first(6).toString();
        info->birthDate = birth;
        info->male = (id.at(16).unicode() - u'0') % 2 == 1;
    }
    return Validation::pass();
}

QChar Validators::residentIdCheckChar(QStringView first17)
{
    if (first17.size() < 17 || !allAsciiDigits(first17.first(17)))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * residentIdWeights[i];
    return QChar(residentIdCheckChars[sum % 11]);
}

Validation Validators::phone(QStringView phone)
{
    const QStringView trimmed = phone.trimmed();
    if (trimmed.isEmpty())
        return Validation::fail(tr("请输入电话号码"));
    for (const QChar c : trimmed) {
        if (!isAsciiDigit(c) && c != u' ' && c != u'-' && c != u'+' && c != u'转')
            return Validation::fail(tr("电话号码只能包含数字、空格、“-”和“+”"));
    }
    if (isMobile(trimmed))
        return Validation::pass();
    if (landlinePattern().match(trimmed).hasMatch())
        return Validation::pass();

    if (trimmed.startsWith(u'0'))
        return Validation::fail(tr("固定电话号码格式不正确，应为区号加7至8位号码，如0571-87654321"));
    const QString compact = withoutSeparators(trimmed);
    if (compact.startsWith(u'1') || compact.startsWith(u"+86") || compact.startsWith(u"86"))
        return Validation::fail(tr("手机号码格式不正确，应为以1开头的11位号码"));
    return Validation::fail(tr("电话号码格式不正确，请填写手机号码或带区号的固定电话"));
}

bool Validators::isMobile(QStringView phone)
{
    return mobilePattern().match(withoutSeparators(phone.trimmed())).hasMatch();
}

Validation Validators::required(const QString &fieldLabel, QStringView value)
{
    if (value.trimmed().isEmpty())
        return Validation::fail(tr("%1不能为空").arg(fieldLabel));
    return Validation::pass();
}

Validation Validators::maxLength(const QString &fieldLabel, QStringView value, int max)
{
    const qsizetype count = characterCount(value);
    if (count > max) {
        return Validation::fail(
            tr("%1最多%n个字符，当前为%2个", nullptr, max).arg(fieldLabel, QString::number(count)));
    }
    return Validation::pass();
}

Validation Validators::lengthBetween(const QString &fieldLabel, QStringView value, int min, int max)
{
    const qsizetype count = characterCount(value);
    if (count < min) {
        return Validation::fail(
            tr("%1至少需要%n个字符，当前为%2个", nullptr, min).arg(fieldLabel, QString::number(count)));
    }
    return maxLength(fieldLabel, value, max);
}

bool Validators::isKnownProvinceCode(QStringView twoDigits)
{
    if (twoDigits.size() != 2 || !allAsciiDigits(twoDigits))
        return false;
    const int code = twoDigits.toInt();
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
           code == 71 || code == 81 || code == 82 || code == 83;
}

} // namespace zz
