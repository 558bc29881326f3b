#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

namespace zz {

class Database;

// Display names for the ids a case carries (org units with their chain, departments, workers,
// categories), read on first use and remembered for the life of the object (one dialog or slip).
class ReferenceNames
{
    Q_DECLARE_TR_FUNCTIONS(zz::ReferenceNames)

public:
    explicit ReferenceNames(const Database &db) : m_db(db) {}

    std::optional<OrgUnit> orgUnit(qint64 id) const;
    QString orgUnitName(qint64 id) const;
    // "安澜县 / 青石镇 / 上溪村 / 上溪村第1网格"
    QString orgUnitChain(qint64 id) const;
    QString departmentName(qint64 id) const;
    QString workerName(qint64 id) const;
    // "矛盾纠纷 / 邻里纠纷"
    QString categoryPath(qint64 id) const;
    std::optional<Category> category(qint64 id) const;
    // The department and/or grid worker handling a case: "司法所", "李网格(网格员)" or both.
    QString handler(qint64 departmentId, qint64 workerId) const;

private:
    const Database &m_db;
    mutable QHash<qint64, std::optional<OrgUnit>> m_units;
    mutable QHash<qint64, QString> m_departments;
    mutable QHash<qint64, QString> m_workers;
    mutable QHash<qint64, std::optional<Category>> m_categories;
};

} // namespace zz
