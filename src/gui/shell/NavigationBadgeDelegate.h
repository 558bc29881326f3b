#pragma once

#include <QStyledItemDelegate>

namespace zz {

// Draws a module's navigation item as usual, with a red count badge at its right edge when the item
// carries a count (badgeRole > 0): the notices waiting on that module.
class NavigationBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int badgeRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // "99+" above 99.
    static QString badgeText(int count);
};

} // namespace zz
