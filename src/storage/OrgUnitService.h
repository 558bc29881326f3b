#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace zz {

class Database;

// A unit as the org tree shows it: the row and how many units lie directly below it.
struct OrgUnitNode
{
    OrgUnit unit;
    int childCount = 0;
};

// A search hit with the name of the unit above it (to tell 第1网格 of one village from another's).
struct OrgUnitHit
{
    OrgUnit unit;
    QString parentName;
};

// What refers to an org unit and so refuses its deletion.
struct OrgUnitReferences
{
    qint64 children = 0;    // units directly below it
    qint64 cases = 0;       // cases that happened there, are numbered or handled there, or passed through it
    qint64 workers = 0;     // grid workers attached to it or assigned to it (now or before)
    qint64 departments = 0; // departments of the unit
    qint64 accounts = 0;    // accounts of the unit
    qint64 caseNumbers = 0; // case numbers the township issued (its cases may have moved away since)
    qint64 total() const { return children + cases + workers + departments + accounts + caseNumbers; }
};

// A grid worker as the grid's page lists him (read from worker_grids; assignments are edited on the
// workers page).
struct GridWorkerLine
{
    qint64 workerId = 0;
    QString name;
    QString code;
    QDate from;
    bool isHead = false;
};

// The county → township → village/community → grid tree as the 基础数据 module edits it: children
// read a level at a time with their counts, search in the database, add a child with a local code,
// edit (optimistic), deactivate, delete refused while anything refers to the unit, grids' details,
// and moving a village to another township with its cases.
//
// Rights (the program's copy of migration 0008's policies, the only one on SQLite): an account with
// Permission::ManageReferenceData changes units strictly below its own unit (a township admin its
// township's villages and grids, the county admin everything below the county); only a county admin
// moves a village. On SQLite each change writes a reference_change audit row; on PostgreSQL the
// server's triggers and zz_org_unit_move() do.
class OrgUnitService
{
    Q_DECLARE_TR_FUNCTIONS(zz::OrgUnitService)

public:
    // Children are read in pages of at most this many.
    static constexpr int maxPage = 500;

    OrgUnitService(const Database &db, const Clock &clock, const Actor &actor);

    bool mayManage() const;
    // The unit lies strictly below the account's own unit and the account may manage reference data.
    bool mayEdit(const OrgUnit &unit) const;
    // A child may be added under the unit (its own unit or below; grids have no children).
    bool mayAddChild(const OrgUnit &parent) const;
    // Only a county admin moves villages between townships.
    bool mayMove() const;

    std::optional<OrgUnit> get(qint64 id) const;
    // Units directly below `parentId` (0: the roots) in code order, `offset`/`limit` as in SQL.
    QList<OrgUnitNode> children(qint64 parentId, bool includeInactive, int offset = 0,
                                int limit = maxPage) const;
    int childCount(qint64 parentId, bool includeInactive) const;
    // Units whose name or code contains the text, townships before villages before grids.
    QList<OrgUnit> search(const QString &text, bool includeInactive, int limit = 50) const;
    // The same with each hit's parent name.
    QList<OrgUnitHit> find(const QString &text, bool includeInactive, int limit = 50) const;
    // Root first, the unit itself last.
    QList<OrgUnit> ancestors(qint64 id) const;

    // The code a new child of `parent` gets (see the class .cpp for the scheme).
    QString nextLocalCode(const OrgUnit &parent) const;
    // Whether `code` has the shape of a national (NBS) division code: 6, 9 or 12 digits.
    static bool looksLikeNationalCode(const QString &code);
    // Adds a local unit one level below `parentId`; an empty code is generated. Returns the stored unit.
    OrgUnit addChild(qint64 parentId, const QString &name, const QString &requestedCode = {});
    // Saves the name (and the code of a local unit); unit.version must be the one read, else
    // Conflict. Bumps unit.version.
    void update(OrgUnit &unit);
    void setActive(OrgUnit &unit, bool active);
    OrgUnitReferences references(qint64 id) const;
    // Refused with the counts while anything refers to the unit; its grid row goes with it.
    void remove(const OrgUnit &unit);

    // Cases that happened within the unit's subtree (what follows it on a move).
    qint64 casesWithin(qint64 id) const;
    // Moves a village (with its grids and cases) under another township; returns the number of
    // cases that followed. Case numbers stay as issued (see the .cpp for the numbering).
    qint64 moveVillage(OrgUnit &village, qint64 newTownshipId);

    std::optional<Grid> grid(qint64 gridUnitId) const;
    // Creates or updates the grid's row; grid.version must be the one read (1 for a new row).
    void saveGrid(Grid &grid);
    QList<GridWorkerLine> gridWorkers(qint64 gridUnitId) const;

private:
    const OrgUnit requireEditable(qint64 id, int version) const;
    void audit(qint64 id, const QString &detail) const;
    QString ownPath() const;

    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    mutable QString m_ownPath;
};

} // namespace zz
