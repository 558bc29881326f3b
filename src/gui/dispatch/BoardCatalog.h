#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace zz {

class Database;

// The reference data the board names and filters by: org units, categories, departments and grid
// workers. These tables are small (a county has a few thousand units), so they are read whole, once.
class BoardCatalog
{
    Q_DECLARE_TR_FUNCTIONS(zz::BoardCatalog)

public:
    // Reads everything; the units, departments and workers offered as filters are those inside the
    // scope unit's subtree (0 = everywhere). Throws zz::Error.
    static BoardCatalog load(const Database &db, qint64 scopeOrgUnitId);

    qint64 scopeOrgUnitId() const { return m_scope; }
    // The scope unit and everything below it, parents before children.
    const QList<OrgUnit> &orgUnits() const { return m_scopeUnits; }
    const QList<Category> &categories() const { return m_categories; }
    const QList<Department> &departments() const { return m_departments; }
    const QList<Worker> &workers() const { return m_workers; }

    // True when the unit is the scope unit or below it.
    bool inScope(qint64 orgUnitId) const;

    QString orgUnitName(qint64 id) const;
    // "青石镇 / 上溪村 / 上溪村第1网格", from below the county.
    QString orgUnitChain(qint64 id) const;
    // "大塘村 / 第2网格": the path below the township (PlaceLabel), for the 属地 column.
    QString placeLabel(qint64 id) const;
    QString categoryName(qint64 id) const;
    // "矛盾纠纷 / 邻里纠纷"
    QString categoryPath(qint64 id) const;
    QString departmentName(qint64 id) const;
    QString workerName(qint64 id) const;

private:
    qint64 m_scope = 0;
    QHash<qint64, OrgUnit> m_units;
    QHash<qint64, QString> m_paths;
    QString m_scopePath;
    QList<OrgUnit> m_scopeUnits;
    QList<Category> m_categories;
    QHash<qint64, int> m_categoryIndex;
    QList<Department> m_departments;
    QHash<qint64, QString> m_departmentNames;
    QList<Worker> m_workers;
    QHash<qint64, QString> m_workerNames;
};

} // namespace zz
