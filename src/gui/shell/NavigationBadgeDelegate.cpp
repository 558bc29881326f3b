#include "NavigationBadgeDelegate.h"

#include "cases/StatusPalette.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace zz {

QString NavigationBadgeDelegate::badgeText(int count)
{
    return count > 99 ? u"99+"_s : QString::number(count);
}

void NavigationBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const int count = index.data(badgeRole).toInt();
    if (count <= 0)
        return;
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const QString text = badgeText(count);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 10);
    const QRect badge(option.rect.right() - width - 6, option.rect.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, StatusPalette::warning(WarningLevel::Overdue));
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace zz
