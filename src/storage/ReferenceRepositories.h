#pragma once

#include "Entities.h"
#include "WorkCalendar.h"
#include "WorkerRepository.h" // WorkerRepository moved there; its users include this file

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace zz {

class Database;
class Query;

// The county → township → village → grid tree. Trees are small (a county has a few thousand
// units), so whole-tree reads are fine here.
class OrgUnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::OrgUnitRepository)

public:
    explicit OrgUnitRepository(const Database &db) : m_db(db) {}

    // The columns every org-unit read selects, in this order, qualified by `alias` when given; and the
    // unit read back from them (the first nine columns of the row).
    static QString columns(const QString &alias = {});
    static OrgUnit fromRow(const Query &q);

    // Inserts the unit (id, path and township are filled in) and returns its id.
    qint64 create(OrgUnit &unit);
    void rename(qint64 id, const QString &name);
    std::optional<OrgUnit> get(qint64 id) const;
    std::optional<OrgUnit> byCode(const QString &code) const;
    QList<OrgUnit> all() const;
    QList<OrgUnit> children(qint64 parentId) const; // 0: the roots
    // Root first, the unit itself last.
    QList<OrgUnit> ancestors(qint64 id) const;
    // The township the unit belongs to (itself for a township); nullopt for a county.
    std::optional<OrgUnit> township(qint64 id) const;
    // The unit's materialized path, e.g. "/1/5/23/" (for subtree filters).
    QString path(qint64 id) const;
    // Units whose name or code contains the text.
    QList<OrgUnit> search(const QString &text, int limit = 50) const;

    void saveGrid(const Grid &grid);
    std::optional<Grid> grid(qint64 orgUnitId) const;

private:
    const Database &m_db;
};

class Query;

// Functional departments and petition-hall windows of a township or the county. Writes check
// nothing but the row itself: DepartmentService holds the rights and the scope.
class DepartmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::DepartmentRepository)

public:
    explicit DepartmentRepository(const Database &db) : m_db(db) {}
    qint64 create(Department &department);
    // Optimistic: throws zz::Error(Conflict) when department.version is stale; bumps it.
    void update(Department &department);
    void remove(qint64 id);
    std::optional<Department> get(qint64 id) const;
    // In sort_order, then name, per unit.
    QList<Department> list(qint64 orgUnitId = 0, bool activeOnly = true) const; // 0: all units

    // The column list read() expects, for queries built elsewhere in storage.
    static QString columns();
    static Department read(const Query &q);

private:
    const Database &m_db;
};

// Two-level categories with their default time limit, department and urgency; county-wide.
// Lists come in sort_order, then name. Writes check nothing but the row: CategoryService holds the
// rights.
class CategoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::CategoryRepository)

public:
    static constexpr int maxTimeLimitDays = 365;

    explicit CategoryRepository(const Database &db) : m_db(db) {}
    qint64 create(Category &category);
    // Optimistic: throws zz::Error(Conflict) when category.version is stale; bumps it.
    void update(Category &category);
    void remove(qint64 id);
    std::optional<Category> get(qint64 id) const;
    std::optional<Category> byCode(const QString &code) const;
    QList<Category> all(bool activeOnly = true) const;
    QList<Category> children(qint64 parentId) const; // 0: top level
    QList<Category> search(const QString &text, int limit = 50) const;

    static QString columns();
    static Category read(const Query &q);

private:
    void validate(const Category &category) const;

    const Database &m_db;
};

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::UserRepository)

public:
    explicit UserRepository(const Database &db) : m_db(db) {}
    qint64 create(User &user, const QString &passwordHash = {});
    // Optimistic: throws zz::Error(Conflict) when user.version is stale; bumps user.version.
    void update(User &user);
    std::optional<User> get(qint64 id) const;
    std::optional<User> byLogin(const QString &login) const;
    QList<User> list() const;

private:
    const Database &m_db;
};

// Official holidays and adjusted working days, stored so the admin can add later years.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &db) : m_db(db) {}
    WorkCalendar load() const;
    void setDay(QDate day, bool isWorkday, const QString &name);
    // Copies the bundled calendar into an empty table; returns the number of days written.
    int seedFromBundled();
    // Replaces the stored days of `year` by the entries `source` has in that year; returns their
    // number. Open cases whose deadlines were counted past the old calendar's end are not touched
    // here: DeadlineRecompute::storeYears() does both in one transaction.
    int replaceYear(int year, const WorkCalendar &source);

private:
    const Database &m_db;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(const Database &db) : m_db(db) {}
    QString value(const QString &key, const QString &fallback = {}) const;
    void setValue(const QString &key, const QString &value);

private:
    const Database &m_db;
};

} // namespace zz
