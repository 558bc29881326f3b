#include "NavigationBadgeDelegate.h"

#include "cases/StatusPalette.h"

#include <QApplication>
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
    const int count = index.data(badgeRole).toInt();
    if (count <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics metrics(font);
    const QString text = badgeText(count);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 10);
    const QRect badge(option.rect.right() - width - 6, option.rect.center().y() - height / 2, width, height);
    // The title gives way to the badge (elided) instead of running under it.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const int room = badge.left() - 4 - textRect.left();
    item.text = item.fontMetrics.elidedText(item.text, Qt::ElideRight, std::max(0, room));
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

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
