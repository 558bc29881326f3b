#include "GridAssignmentText.h"

#include <QRegularExpression>
#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QString isoDate(QDate day)
{
    return day.toString(u"yyyy-MM-dd"_s);
}

} // namespace

QString GridAssignmentText::entry(const QString &gridCode, const QString &place,
                                  const GridAssignmentEntry &span)
{
    const QString days = span.to.isValid() ? tr("%1 至 %2").arg(isoDate(span.from), isoDate(span.to))
                                           : tr("%1 起").arg(isoDate(span.from));
    QString out = gridCode;
    if (!place.isEmpty())
        out += u' ' + place;
    out += u' ' + days;
    if (span.isHead)
        out += tr("（网格长）");
    return out;
}

QString GridAssignmentText::separator()
{
    return u"；"_s; // not translated: the import reads it back
}

QList<GridAssignmentEntry> GridAssignmentText::parse(const QString &text, QString *error)
{
    static const QRegularExpression entrySplit(u"[；;\\n\\r]"_s);
    static const QRegularExpression codeAtStart(u"^([A-Za-z0-9][A-Za-z0-9-]*)"_s);
    static const QRegularExpression headMark(u"[（(]\\s*(网格长|grid head)\\s*[）)]|网格长$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dateShape(
        u"(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"_s);
    QList<GridAssignmentEntry> out;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QList<GridAssignmentEntry>{};
    };
    const QStringList parts = text.split(entrySplit, Qt::SkipEmptyParts);
    int n = 0;
    for (const QString &part : parts) {
        QString rest = part.trimmed();
        if (rest.isEmpty())
            continue;
        ++n;
        const QString written = rest;
        const auto malformed = [&] {
            return fail(tr("网格分配第%1段“%2”无法识别：应写作“网格代码 开始日期 至 结束日期”，"
                           "当前网格写作“网格代码 开始日期 起”，网格长在其后加“（网格长）”。")
                            .arg(n)
                            .arg(written));
        };
        const QRegularExpressionMatch code = codeAtStart.match(rest);
        if (!code.hasMatch())
            return malformed();
        GridAssignmentEntry e;
        e.gridCode = code.captured(1);
        rest = rest.mid(code.capturedLength()).trimmed();
        if (const QRegularExpressionMatch head = headMark.match(rest); head.hasMatch()) {
            e.isHead = true;
            rest.remove(head.capturedStart(), head.capturedLength());
        }
        QList<QDate> days;
        for (auto it = dateShape.globalMatch(rest); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QDate day(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (!day.isValid())
                return fail(tr("网格分配第%1段的日期“%2”不是有效日期。").arg(n).arg(m.captured(0).trimmed()));
            days << day;
        }
        if (days.size() > 2)
            return malformed();
        e.from = days.value(0);
        e.to = days.value(1);
        if (e.to.isValid() && e.to < e.from)
            return fail(tr("网格分配第%1段的结束日期 %2 早于开始日期 %3。")
                            .arg(n)
                            .arg(isoDate(e.to), isoDate(e.from)));
        out << e;
    }
    if (out.size() > 1 &&
        std::any_of(out.cbegin(), out.cend(), [](const auto &e) { return !e.from.isValid(); }))
        return fail(tr("网格分配有多段时，每段都须写明开始日期。"));
    // Spans in time order must not share a day (one grid at a time; an open one runs on forever).
    QList<int> order(out.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return out.at(a).from < out.at(b).from; });
    for (int i = 0; i + 1 < order.size(); ++i) {
        const GridAssignmentEntry &a = out.at(order.at(i));
        const GridAssignmentEntry &b = out.at(order.at(i + 1));
        if (!a.to.isValid() || a.to >= b.from)
            return fail(tr("网格分配第%1段与第%2段的日期重叠（一名网格员同一天只能在一个网格）。")
                            .arg(std::min(order.at(i), order.at(i + 1)) + 1)
                            .arg(std::max(order.at(i), order.at(i + 1)) + 1));
    }
    if (error)
        error->clear();
    return out;
}

} // namespace zz
