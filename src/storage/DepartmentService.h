#pragma once

#include "BaseDataAccess.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace zz {

class Database;

// A department as the base-data list shows it: the row and the unit it belongs to.
struct DepartmentRow
{
    Department department;
    QString unitName;
    bool editable = false; // the account may change it
};

struct DepartmentFilter
{
    QString text;                       // name or phone contains
    qint64 orgUnitId = 0;               // 0: every unit the account sees
    std::optional<DepartmentKind> kind; // nullopt: both kinds
    bool includeInactive = true;
};

// Departments and petition-hall windows (进驻部门) of the county and its townships: paged lists,
// create, edit (optimistic), deactivate and delete. An account sees the departments of its own
// subtree and of the units above it (a township also sends cases to the county's departments);
// an admin changes only those of its own subtree, a township admin its own township's, the county
// admin all. The same rule holds on PostgreSQL as row-level security (migration 0008).
class DepartmentService
{
    Q_DECLARE_TR_FUNCTIONS(zz::DepartmentService)

public:
    // What refuses a delete: the cases (assigned now or in their history), accounts and categories
    // that name the department.
    struct References
    {
        qint64 cases = 0;
        qint64 accounts = 0;
        qint64 categories = 0;
        qint64 total() const { return cases + accounts + categories; }
    };

    DepartmentService(const Database &db, const Clock &clock, const Actor &actor);

    bool mayManage() const { return m_access.mayManage(); }
    bool mayEdit(const Department &department) const;
    // The units a department may belong to in this account's hands: the county and townships in
    // its subtree (an admin of a village manages none).
    QList<OrgUnit> placeableUnits() const;
    // The units whose departments this account sees (its own subtree's county and townships and
    // the units above it), county first.
    QList<OrgUnit> visibleUnits() const;

    int count(const DepartmentFilter &filter) const;
    // One page in unit, sort_order, name order.
    QList<DepartmentRow> page(const DepartmentFilter &filter, int offset, int limit) const;
    std::optional<Department> get(qint64 id) const;

    qint64 create(Department &department);
    // Optimistic: Conflict when department.version is stale ("someone else changed it").
    void update(Department &department);
    void setActive(Department &department, bool active);
    References references(qint64 id) const;
    // Refused (Validation, with the counts) while anything refers to the department: deactivate it.
    void remove(const Department &department);

private:
    void validate(const Department &department) const;
    void requireEditable(qint64 orgUnitId) const;

    const Database &m_db;
    BaseDataAccess m_access;
};

} // namespace zz
