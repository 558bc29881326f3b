#pragma once

#include "Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// Plain domain records as the repositories hand them out. Ids are database ids (0 = not stored yet).
namespace zz {

struct OrgUnit
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for the root (county)
    QString code;        // GB/T 2260-style: 6 digits county, 9 township, 12 village, longer for grids
    QString name;
    OrgLevel level = OrgLevel::Township;
    bool active = true;
    bool special = false; // NBS code's 7th–9th digits 400–599: 开发区, 农场 … (not an ordinary township)
    bool local = false; // added by the center itself: its code is local, never an NBS code
    int version = 1;
};

struct Grid
{
    qint64 orgUnitId = 0; // the grid's own org unit (level Grid)
    GridType type = GridType::Rural;
    int households = 0;
    QString boundaryGeoJson;
    int version = 1;
};

struct Department
{
    qint64 id = 0;
    qint64 orgUnitId = 0; // the township (or county) it belongs to
    QString name;         // 司法所, 派出所 ...
    DepartmentKind kind = DepartmentKind::Functional;
    QString phone;
    int sortOrder = 0; // lists follow sort_order, then name
    bool active = true;
    int version = 1;
};

struct Category
{
    qint64 id = 0;
    qint64 parentId = 0; // 0 for a top-level category
    QString code;
    QString name;
    int timeLimitDays = 15;
    bool workingDays = true; // limit counted in working days (else natural days)
    qint64 defaultDepartmentId = 0;
    Urgency defaultUrgency = Urgency::Normal; // preset on the intake form
    int sortOrder = 0;                        // pickers follow sort_order, then name
    bool active = true;
    int version = 1;
};

// A grid worker (网格员; 网格长 when heading the grid). orgUnitId and isGridHead follow the worker's
// open grid assignment (WorkerGrid) and are written by the repository, not by the editor: without
// one, orgUnitId is the village or township the worker belongs to.
struct Worker
{
    qint64 id = 0;
    qint64 orgUnitId = 0; // usually a grid
    QString code;         // the worker's number, unique; generated when left empty
    QString name;
    Employment employment = Employment::FullTime;
    QString phone;
    QString residentId;       // written when set; never read back by lists (see residentIdMasked)
    QString residentIdMasked; // as read: 3301**********1234 (the number itself only through a reveal)
    QDate inPostDate;         // invalid: not recorded
    QDate leftPostDate;       // set when deactivated
    bool isGridHead = false;
    bool active = true;
    int version = 1;
};

// One span of a worker on a grid, both dates inclusive; `to` invalid while it is current. A worker
// holds one grid at a time (spans never overlap): the monthly assessment scores him on each grid for
// the days he was assigned there.
struct WorkerGrid
{
    qint64 id = 0;
    qint64 workerId = 0;
    qint64 gridId = 0;
    QDate from;
    QDate to;
    bool isHead = false;
    int version = 1;

    bool isOpen() const { return !to.isValid(); }
    bool covers(QDate day) const { return from <= day && (!to.isValid() || day <= to); }
};

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Roles roles;
    qint64 orgUnitId = 0;    // scope: county, township or village
    qint64 departmentId = 0; // for department handlers
    bool active = true;
    int version = 1;
};

// Who is acting: the logged-in account as the services see it.
struct Actor
{
    qint64 userId = 0;
    QString name;
    Roles roles;
    qint64 orgUnitId = 0;    // scope root
    qint64 departmentId = 0; // for department handlers
};

struct CaseParty
{
    qint64 id = 0;
    qint64 caseId = 0;
    PartyRole role = PartyRole::Reporter;
    QString name;
    QString residentId;
    QString phone;
    bool anonymous = false;
};

struct CaseRecord
{
    qint64 id = 0;
    QString caseNo; // e.g. 330102001-2026-000123, unique per township and year
    qint64 townshipId = 0;
    int year = 0;
    int seq = 0;
    QString lookupCode; // 查询码 for phone enquiries
    QString title;
    QString description;
    CaseSource source = CaseSource::Visit;
    CaseNature nature = CaseNature::Complaint;
    qint64 categoryId = 0;
    qint64 orgUnitId = 0; // where it happened (township, village or grid)
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    Urgency urgency = Urgency::Normal;
    RiskColor risk = RiskColor::Green;
    CaseStatus status = CaseStatus::Reported;
    qint64 levelOrgUnitId = 0; // the center currently holding the case (after escalation/hand-down)
    qint64 departmentId = 0;
    qint64 workerId = 0;
    QDateTime receivedAt;
    QDateTime deadline; // invalid when no limit applies yet
    bool deadlineWorkingDays = true;
    QDateTime closedAt;
    SuperviseLevel superviseLevel = SuperviseLevel::None;
    int extensionPendingDays = 0;
    std::optional<Satisfaction> satisfaction;
    std::optional<bool> disputeSettled;
    bool confidential = false;
    qint64 createdBy = 0;
    QDateTime updatedAt;
    int version = 1;
    QList<CaseParty> parties;
};

struct FlowEntry
{
    qint64 id = 0;
    qint64 caseId = 0;
    CaseAction action = CaseAction::Report;
    std::optional<CaseStatus> fromStatus;
    CaseStatus toStatus = CaseStatus::Reported;
    qint64 actorUserId = 0;
    QString actorName;
    qint64 fromOrgUnitId = 0;
    qint64 toOrgUnitId = 0;
    qint64 departmentId = 0;
    qint64 workerId = 0;
    int days = 0;
    QString note;
    QDateTime at;
};

} // namespace zz
