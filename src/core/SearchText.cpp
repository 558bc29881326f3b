#include "SearchText.h"

#include <QSet>

namespace zz::SearchText {

namespace {

bool separates(QChar c)
{
    return c.isSpace() || c.isPunct() || c.isSymbol() || c.category() == QChar::Other_Control;
}

} // namespace

QStringList grams(const QString &text)
{
    const QString t = text.toLower();
    QStringList out;
    QSet<QString> seen;
    auto add = [&](const QString &g) {
        if (!seen.contains(g)) {
            seen.insert(g);
            out.append(g);
        }
    };
    QString previous;
    for (qsizetype i = 0; i < t.size(); ++i) {
        // A surrogate pair (CJK Extension B and beyond) is one character.
        const qsizetype width = t.at(i).isHighSurrogate() && i + 1 < t.size() ? 2 : 1;
        const QString c = t.mid(i, width);
        i += width - 1;
        if (width == 1 && separates(c.at(0))) {
            previous.clear();
            continue;
        }
        add(c);
        if (!previous.isEmpty())
            add(previous + c);
        previous = c;
    }
    return out;
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
