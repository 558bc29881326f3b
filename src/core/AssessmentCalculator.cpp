#include "AssessmentCalculator.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace zz {

std::optional<ScorePeriod> ScorePeriod::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() != 7 || t.at(4) != u'-')
        return std::nullopt;
    bool okYear = false, okMonth = false;
    const ScorePeriod p{t.left(4).toInt(&okYear), t.mid(5, 2).toInt(&okMonth)};
    if (!okYear || !okMonth || p.year < 2000 || p.year > 2999 || !p.isValid())
        return std::nullopt;
    return p;
}

QString ScorePeriod::code() const
{
    return u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

QString ScorePeriod::label() const
{
    return QCoreApplication::translate("zz::WorkerScore", "%1年%2月").arg(year).arg(month);
}

QString sourceKindCode(ScoreSource::Kind kind)
{
    switch (kind) {
    case ScoreSource::Kind::Case:
        return u"case"_s;
    case ScoreSource::Kind::Activity:
        return u"activity"_s;
    case ScoreSource::Kind::Adjustment:
        return u"adjustment"_s;
    }
    return {};
}

std::optional<ScoreSource::Kind> sourceKindFromCode(QStringView code)
{
    for (const auto kind :
         {ScoreSource::Kind::Case, ScoreSource::Kind::Activity, ScoreSource::Kind::Adjustment})
        if (code == sourceKindCode(kind))
            return kind;
    return std::nullopt;
}

QString WorkerScore::village() const
{
    const GridShare *best = nullptr;
    for (const GridShare &g : grids)
        if (!best || g.days > best->days)
            best = &g;
    return best ? best->villageName : QString();
}

QString WorkerScore::gridsText() const
{
    if (grids.size() == 1)
        return grids.first().gridName;
    QStringList parts;
    for (const GridShare &g : grids)
        parts << QCoreApplication::translate("zz::WorkerScore", "%1(%2–%3日)")
                     .arg(g.gridName)
                     .arg(g.first.day())
                     .arg(g.last.day());
    return parts.join(QCoreApplication::translate("zz::WorkerScore", "、"));
}

double WorkerScore::section(const QString &code) const
{
    for (const SectionScore &s : sections)
        if (s.code == code)
            return s.points;
    return 0;
}

int AssessmentCalculator::daysInPost(int year, int month, const WorkerFacts &facts, QList<GridShare> *shares)
{
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    QDate from = first, to = last;
    if (facts.inPost.isValid() && facts.inPost > from)
        from = facts.inPost;
    if (facts.leftPost.isValid() && facts.leftPost < to)
        to = facts.leftPost;
    // Day by day: a month has at most 31, and overlapping assignments must not count a day twice.
    QSet<int> inPost;
    QMap<qint64, GridShare> byGrid;
    QList<qint64> order;
    for (const GridAssignment &a : facts.assignments) {
        const QDate s = std::max(from, a.from);
        const QDate e = a.to.isValid() ? std::min(to, a.to) : to;
        if (!s.isValid() || s > e)
            continue;
        if (!byGrid.contains(a.gridId)) {
            GridShare g;
            g.gridId = a.gridId;
            g.gridName = a.gridName;
            g.villageName = a.villageName;
            g.households = a.households;
            g.first = s;
            g.last = e;
            g.visited = facts.visitedByGrid.value(a.gridId);
            byGrid.insert(a.gridId, g);
            order << a.gridId;
        }
        GridShare &g = byGrid[a.gridId];
        g.first = std::min(g.first, s);
        g.last = std::max(g.last, e);
        for (QDate d = s; d <= e; d = d.addDays(1)) {
            inPost.insert(d.day());
            ++g.days;
        }
    }
    if (shares) {
        shares->clear();
        for (const qint64 id : order)
            shares->append(byGrid.value(id));
        std::sort(shares->begin(), shares->end(),
                  [](const GridShare &a, const GridShare &b) { return a.first < b.first; });
    }
    return int(inPost.size());
}

WorkerScore AssessmentCalculator::score(const ScoreScheme &scheme, int year, int month,
                                        const WorkerFacts &facts)
{
    WorkerScore out;
    out.workerId = facts.workerId;
    out.code = facts.code;
    out.name = facts.name;
    out.daysInPost = daysInPost(year, month, facts, &out.grids);

    // 走访 coverage: on each grid, min(1, distinct households visited ÷ its households), weighted by
    // the days the worker was assigned there; grids whose households are unknown do not count.
    double weighted = 0;
    int weightDays = 0;
    for (GridShare &g : out.grids) {
        if (g.households > 0) {
            g.coverage = std::min(1.0, g.visited / g.households);
            weighted += *g.coverage * g.days;
            weightDays += g.days;
        }
    }
    if (weightDays > 0)
        out.coverage = weighted / weightDays;

    for (const ScoreSection &section : scheme.sections) {
        double sum = section.start;
        bool hasManual = false;
        for (const ScoreItem &item : section.items) {
            ScoreLine line;
            line.section = section.code;
            line.item = item.code;
            line.name = item.name;
            line.fact = item.fact;
            if (item.fact == ScoreFact::Manual) {
                hasManual = true;
                // Approved adjustments: signed, an add item keeps only what adds, a deduct item only
                // what takes away, and the cap bounds the item either way.
                double value = 0;
                for (const ScoreAdjustmentFact &a : facts.adjustments) {
                    if (a.section != section.code)
                        continue;
                    value += a.points;
                    line.money += a.money;
                    line.units += 1;
                    line.sources << ScoreSource{ScoreSource::Kind::Adjustment, a.id, a.reason, {}, a.points};
                }
                value = item.deduct ? std::min(0.0, value) : std::max(0.0, value);
                if (item.cap && std::abs(value) > *item.cap) {
                    value = value < 0 ? -*item.cap : *item.cap;
                    line.capped = true;
                }
                line.points = roundPoints(value);
            } else {
                line.units = item.fact == ScoreFact::VisitCoverage ? out.coverage.value_or(0.0)
                                                                   : facts.units.value(item.fact);
                line.points = item.points(line.units, &line.capped);
                line.money = item.money(line.units);
                line.sources = facts.sources.value(item.fact);
            }
            sum += line.points;
            out.money += line.money;
            out.lines << line;
        }
        if (!hasManual) {
            // Adjustments in a section without a manual item (a correction carried into this month).
            ScoreLine line;
            line.section = section.code;
            line.item = u"adjustment"_s;
            line.name = QCoreApplication::translate("zz::WorkerScore", "人工调整");
            double value = 0;
            for (const ScoreAdjustmentFact &a : facts.adjustments) {
                if (a.section != section.code)
                    continue;
                value += a.points;
                line.money += a.money;
                line.units += 1;
                line.sources << ScoreSource{ScoreSource::Kind::Adjustment, a.id, a.reason, {}, a.points};
            }
            if (!line.sources.isEmpty()) {
                line.points = roundPoints(value);
                sum += line.points;
                out.money += line.money;
                out.lines << line;
            }
        }
        SectionScore s;
        s.code = section.code;
        s.name = section.name;
        s.floored = sum < section.floor;
        s.topped = sum > section.maximum;
        s.points = roundPoints(std::clamp(sum, section.floor, section.maximum));
        if (section.bonus)
            out.bonus += s.points;
        else
            out.sections << s;
        out.total += s.points;
    }
    out.total = roundPoints(out.total);
    out.money = roundPoints(out.money);
    out.graded = out.daysInPost >= scheme.minDaysInPost;
    if (out.graded) {
        out.grade = scheme.grade(out.total);
        out.stipend = scheme.stipend(out.total, out.money);
    }
    return out;
}

void AssessmentCalculator::rank(QList<WorkerScore> &scores)
{
    // Competition ranking: one more than the number of graded totals above one's own, in the township
    // and in the worker's village.
    QList<double> all;
    QHash<QString, QList<double>> byVillage;
    QList<QString> villages;
    villages.reserve(scores.size());
    for (const WorkerScore &s : std::as_const(scores)) {
        villages << s.village();
        if (s.graded) {
            all << s.total;
            byVillage[villages.last()] << s.total;
        }
    }
    const auto sortDesc = [](QList<double> &v) { std::sort(v.begin(), v.end(), std::greater<double>()); };
    sortDesc(all);
    for (auto it = byVillage.begin(); it != byVillage.end(); ++it)
        sortDesc(it.value());
    const auto above = [](const QList<double> &sorted, double total) {
        return int(std::lower_bound(sorted.begin(), sorted.end(), total, std::greater<double>()) -
                   sorted.begin());
    };
    for (qsizetype i = 0; i < scores.size(); ++i) {
        WorkerScore &s = scores[i];
        s.rank = s.graded ? above(all, s.total) + 1 : 0;
        s.villageRank = s.graded ? above(byVillage.value(villages.at(i)), s.total) + 1 : 0;
    }
}

} // namespace zz
