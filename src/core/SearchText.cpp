#include "SearchText.h"

#include <QSet>

namespace zz::SearchText {

namespace {

bool separates(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol() || c.category() == QChar::Other_Control;
}

} // namespace

QString gramsText(const QString &text)
{
    // Characters as code points, grams as numbers (a pair: both code points and a flag) for the
    // first-seen check; the text is built as it goes. Runs once per case written (the grams trigger).
    constexpr quint64 pairFlag = quint64(1) << 42;
    const QString t = text.toLower();
    QString out;
    out.reserve(t.size() * 4);
    QSet<quint64> seen;
    seen.reserve(t.size() * 2);
    const auto appendChar = [&out](char32_t c) {
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
    };
    char32_t previous = 0; // 0: none (after a separator or at the start)
    const QChar *d = t.constData();
    const qsizetype n = t.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = d[i].unicode();
        // A surrogate pair (CJK Extension B and beyond) is one character.
        if (d[i].isHighSurrogate() && i + 1 < n && d[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(d[i], d[i + 1]);
            ++i;
        } else if (separates(d[i]) || c == 0) {
            previous = 0;
            continue;
        }
        if (!seen.contains(c)) {
            seen.insert(c);
            if (!out.isEmpty())
                out.append(u' ');
            appendChar(c);
        }
        if (previous) {
            const quint64 pair = pairFlag | (quint64(previous) << 21) | c;
            if (!seen.contains(pair)) {
                seen.insert(pair);
                out.append(u' ');
                appendChar(previous);
                appendChar(c);
            }
        }
        previous = c;
    }
    return out;
}

QStringList grams(const QString &text)
{
    return gramsText(text).split(u' ', Qt::SkipEmptyParts);
}

bool isGram(const QString &term)
{
    const QList<uint> chars = term.toLower().toUcs4();
    if (chars.isEmpty() || chars.size() > 2)
        return false;
    for (const uint c : chars)
        if (QChar::requiresSurrogates(c) ? false : separates(QChar(char16_t(c))))
            return false;
    return true;
}

} // namespace zz::SearchText
