#pragma once

#include "BaseDataAccess.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace zz {

class Database;

// The county's two-level category tree (category → sub-category) with each one's time limit
// (natural or working days), default department and urgency, order and active flag. Every account
// reads it; only a county admin changes it (PostgreSQL: row-level security, migration 0008). A
// category that cases or sub-categories refer to is deactivated, not deleted.
class CategoryService
{
    Q_DECLARE_TR_FUNCTIONS(zz::CategoryService)

public:
    struct References
    {
        qint64 cases = 0;
        qint64 children = 0;
        qint64 total() const { return cases + children; }
    };

    CategoryService(const Database &db, const Clock &clock, const Actor &actor);

    // A county admin.
    bool mayManage() const;

    // The tree in order (each top-level category followed by its sub-categories, both in
    // sort_order, then name). With a text: the categories whose name or code contains it, with
    // their parents (and a matching parent's sub-categories).
    QList<Category> tree(const QString &text = {}, bool includeInactive = true) const;
    std::optional<Category> get(qint64 id) const;
    // A free code for a new category under `parentId` (0: top level): "10", "0106" …
    QString suggestCode(qint64 parentId) const;
    // The next sort_order after the last sibling.
    int suggestSortOrder(qint64 parentId) const;

    qint64 create(Category &category);
    // Optimistic: Conflict when category.version is stale.
    void update(Category &category);
    void setActive(Category &category, bool active);
    References references(qint64 id) const;
    // Refused (Validation, with the counts) while cases or sub-categories refer to it.
    void remove(const Category &category);

private:
    void validate(const Category &category) const;

    const Database &m_db;
    BaseDataAccess m_access;
};

} // namespace zz
