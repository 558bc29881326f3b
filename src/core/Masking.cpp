#include "Validators.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {
namespace {

constexpr QChar maskChar = u'*';

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Replaces every digit of `text` except the last `keep` ones, leaving separators in place.
QString maskDigitsKeepingLast(QStringView text, qsizetype keep)
{
    QString result = text.toString();
    const qsizetype digits = std::count_if(text.begin(), text.end(), isAsciiDigit);
    qsizetype seen = 0;
    for (QChar &c : result) {
        if (isAsciiDigit(c) && seen++ < digits - keep)
            c = maskChar;
    }
    return result;
}

// Separators inside names stay visible: 阿依古丽·买买提 -> 阿***·***.
bool isNameSeparator(char32_t c)
{
    return c == U' ' || c == U'·' || c == U'・' || c == U'•' || c == U'.';
}

} // namespace

QString Masking::residentId(QStringView id)
{
    id = id.trimmed();
    const qsizetype length = id.size();
    if (length == 18)
        return id.first(4).toString() + QString(length - 8, maskChar) + id.last(4).toString();
    if (length <= 4)
        return QString(length, maskChar);
    return QString(length - 4, maskChar) + id.last(4).toString();
}

QString Masking::phone(QStringView phone)
{
    phone = phone.trimmed();
    if (phone.isEmpty())
        return {};

    if (Validators::isMobile(phone)) {
        // The national number is the last 11 digits; a +86/86 prefix stays as written.
        const qsizetype digits = std::count_if(phone.begin(), phone.end(), isAsciiDigit);
        const qsizetype prefixDigits = digits - 11;
        QString result = phone.toString();
        qsizetype seen = 0;
        for (QChar &c : result) {
            if (!isAsciiDigit(c))
                continue;
            const qsizetype national = seen++ - prefixDigits;
            if (national >= 3 && national <= 6)
                c = maskChar;
        }
        return result;
    }

    const QRegularExpressionMatch landline = Validators::landlinePattern().match(phone);
    if (landline.hasMatch()) {
        return landline.captured(1) + landline.captured(2) +
               maskDigitsKeepingLast(landline.capturedView(3), 4) + landline.captured(4);
    }
    return maskDigitsKeepingLast(phone, 4);
}

QString Masking::name(QStringView name)
{
    const QList<uint> characters = name.trimmed().toUcs4();
    if (characters.isEmpty())
        return {};
    if (characters.size() == 1)
        return QString(maskChar);

    const auto first = char32_t(characters.first());
    QString result = QString::fromUcs4(&first, 1);
    for (qsizetype i = 1; i < characters.size(); ++i) {
        const auto c = char32_t(characters.at(i));
        if (isNameSeparator(c))
            result += QString::fromUcs4(&c, 1);
        else
            result += maskChar;
    }
    return result;
}

} // namespace zz
