#include "ScoreTableModel.h"

#include "AssessmentPrinter.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace zz {

void ScoreTableModel::setRun(const ScoreScheme &scheme, QList<ScoreResultRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_sections.clear();
    for (const ScoreSection *s : scheme.mainSections())
        m_sections << qMakePair(s->name, s->maximum);
    m_bonusName = scheme.bonusSection() ? scheme.bonusSection()->name : tr("加分");
    endResetModel();
}

int ScoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : villageRankColumn() + 1;
}

QVariant ScoreTableModel::data(const QModelIndex &index, int role) const
{
    const ScoreResultRow *r = row(index.row());
    if (!r)
        return {};
    const int c = index.column();
    if (role == WorkerIdRole)
        return r->workerId;
    if (role == Qt::TextAlignmentRole)
        return c >= sectionColumn(0) && c != gradeColumn() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && c == gradeColumn() && r->grade == ScoreGrade::Fail)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == SortRole) {
        if (c == 0)
            return r->rank > 0 ? r->rank : 1000000;
        if (c == villageRankColumn())
            return r->village +
                   QString::number(r->villageRank > 0 ? r->villageRank : 999999).rightJustified(6, u'0');
        if (c >= sectionColumn(0) && c < bonusColumn())
            return r->sections.value(c - sectionColumn(0)).points;
        if (c == bonusColumn())
            return r->bonus;
        if (c == totalColumn())
            return r->total;
        if (c == stipendColumn())
            return r->stipend.value_or(-1);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole && c == 0 && r->grade == ScoreGrade::NotGraded)
        return tr("本月在岗 %n 天，不参评", nullptr, r->daysInPost);
    if (role != Qt::DisplayRole)
        return {};
    switch (c) {
    case 0:
        return r->rank > 0 ? QString::number(r->rank) : u"—"_s;
    case 1:
        return r->code;
    case 2:
        return r->name;
    case 3:
        return r->village;
    case 4:
        return r->grids;
    default:
        break;
    }
    if (c >= sectionColumn(0) && c < bonusColumn())
        return AssessmentPrinter::points(r->sections.value(c - sectionColumn(0)).points);
    if (c == bonusColumn())
        return AssessmentPrinter::points(r->bonus);
    if (c == totalColumn())
        return AssessmentPrinter::points(r->total);
    if (c == gradeColumn())
        return gradeLabel(r->grade);
    if (c == stipendColumn())
        return r->stipend ? QLocale().toString(*r->stipend) : u"—"_s;
    if (c == villageRankColumn())
        return r->villageRank > 0 ? QString::number(r->villageRank) : u"—"_s;
    return {};
}

QVariant ScoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("排名");
    case 1:
        return tr("编号");
    case 2:
        return tr("网格员");
    case 3:
        return tr("村(社区)");
    case 4:
        return tr("网格");
    default:
        break;
    }
    if (section >= sectionColumn(0) && section < bonusColumn()) {
        const auto &s = m_sections.at(section - sectionColumn(0));
        return tr("%1(%2)").arg(s.first, AssessmentPrinter::points(s.second));
    }
    if (section == bonusColumn())
        return m_bonusName;
    if (section == totalColumn())
        return tr("总分");
    if (section == gradeColumn())
        return tr("等次");
    if (section == stipendColumn())
        return tr("补贴(元)");
    if (section == villageRankColumn())
        return tr("村内排名");
    return {};
}

} // namespace zz
