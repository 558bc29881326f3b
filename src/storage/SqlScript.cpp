#include "SqlScript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zz {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inSingle = false;
    bool inDollar = false;
    bool inTrigger = false;
    const qsizetype n = script.size();

    auto flush = [&] {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
        inTrigger = false;
    };
    static const QRegularExpression triggerStart(u"^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression endsWithEnd(u"\\bEND\\s*$"_s, QRegularExpression::CaseInsensitiveOption);
    // A SQLite trigger body opens with BEGIN; a PostgreSQL CREATE TRIGGER ... EXECUTE FUNCTION has none.
    static const QRegularExpression hasBegin(u"\\bBEGIN\\b"_s, QRegularExpression::CaseInsensitiveOption);

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (!inSingle && !inDollar && c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            current.append(u'\n');
            continue;
        }
        if (!inDollar && c == u'\'') {
            inSingle = !inSingle;
        } else if (!inSingle && c == u'$' && i + 1 < n && script.at(i + 1) == u'$') {
            inDollar = !inDollar;
            current.append(u"$$"_s);
            ++i;
            continue;
        } else if (!inSingle && !inDollar && c == u';') {
            if (!inTrigger && triggerStart.match(current).hasMatch() && hasBegin.match(current).hasMatch())
                inTrigger = true;
            if (inTrigger && !endsWithEnd.match(current).hasMatch()) {
                current.append(c); // a statement inside the trigger body
                continue;
            }
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return statements;
}

} // namespace zz
