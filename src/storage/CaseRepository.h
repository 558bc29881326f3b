#pragma once

#include "Entities.h"
#include "IndicatorQueries.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <optional>

namespace zz {

class Database;

// Filters for case lists. Empty members do not filter.
struct CaseQuery
{
    // Each order has a keyset cursor and an index behind it. UrgencyDesc: major, urgent, normal,
    // then the nearest deadline first.
    enum class Sort { ReceivedDesc, DeadlineAsc, ReceivedAsc, DeadlineDesc, UrgencyDesc };

    QString text; // substring of title, description or address (search index)
    QList<CaseStatus> statuses;
    qint64 orgUnitId = 0;  // this unit and everything below it
    qint64 categoryId = 0; // this category or its children
    qint64 departmentId = 0;
    std::optional<CaseSource> source;
    std::optional<Urgency> urgency;
    QDateTime receivedFrom;
    QDateTime receivedTo;
    qint64 workerId = 0; // the grid worker handling it
    std::optional<RiskColor> risk;
    // Open cases past 70 % of their limit (DueSoon) or past the deadline (Overdue), or neither
    // (Normal: closed, no deadline, or in time), as of `now`; see CaseRepository::warning().
    std::optional<WarningLevel> warning;
    bool supervisedOnly = false; // 督办件: any supervise level
    // The cases behind one figure of the leaders' indicators (dashboard drill-down), by the same
    // predicate the figure was counted with.
    std::optional<IndicatorDrill> drill;
    // When set, confidential cases (保密件) appear only if this account registered them or is on
    // their access list — the rule row-level security applies on PostgreSQL, here for SQLite too.
    qint64 viewerUserId = 0;
    QDateTime now; // the caller's Clock, for `warning`; invalid = the system time
    Sort sort = Sort::ReceivedDesc;
    int limit = 100;
    // Keyset cursor: the last row of the previous page (0 = first page); CaseRepository::seekAfter()
    // fills it in.
    qint64 afterId = 0;
    qint64 afterKey = 0;  // received_at or deadline_at of that row (UrgencyDesc: urgency rank)
    qint64 afterKey2 = 0; // UrgencyDesc: deadline_at of that row
    // Read from the other end of the order: the last page first, nearest the end first, and the
    // cursor (seekAfter()) then means "just before that row" (Ctrl+End, scrolling back up).
    bool reverse = false;
};

// A light row for lists (no description, no parties).
struct CaseListRow
{
    qint64 id = 0;
    QString caseNo;
    QString title;
    CaseStatus status = CaseStatus::Reported;
    CaseSource source = CaseSource::Visit;
    Urgency urgency = Urgency::Normal;
    RiskColor risk = RiskColor::Green;
    qint64 categoryId = 0;
    qint64 orgUnitId = 0;
    qint64 departmentId = 0;
    qint64 workerId = 0;
    QDateTime receivedAt;
    QDateTime deadline;
    bool deadlineWorkingDays = true;
    SuperviseLevel superviseLevel = SuperviseLevel::None;
    int version = 1;
};

// Counts for the board's stage strip.
struct StageCounts
{
    QMap<CaseStatus, qint64> byStatus; // every status, 0 when none
    qint64 dueSoon = 0;
    qint64 overdue = 0;
};

// A statement as the repository sends it: SQL with positional markers and the values in order.
// Exposed so the benchmark suite can run exactly the same SQL through the raw engine.
struct SqlStatement
{
    QString sql;
    QVariantList values;
};

// Reads cases, their parties and flow log. Writes go through CaseService.
class CaseRepository
{
public:
    explicit CaseRepository(const Database &db) : m_db(db) {}

    std::optional<CaseRecord> get(qint64 id) const; // with parties
    std::optional<CaseRecord> byNumber(const QString &caseNo) const;
    std::optional<CaseRecord> byIdempotencyKey(const QString &key) const;
    QList<CaseParty> parties(qint64 caseId) const;
    QList<FlowEntry> flow(qint64 caseId) const; // oldest first
    // The units the latest dispatch was copied to (抄告), by id.
    QList<qint64> copiedOrgUnits(qint64 caseId) const;

    // One page in the query's order; pass the last row's id and sort key back for the next page.
    QList<CaseListRow> list(const CaseQuery &query) const;
    static qint64 sortKey(const CaseListRow &row, CaseQuery::Sort sort);
    // Points the query's cursor just past `row` (the last row of the page before); with
    // query.reverse, just before it.
    static void seekAfter(CaseQuery &query, const CaseListRow &row);
    // Only the scope (org unit and viewer) is set: the counts come from the maintained counters
    // when the unit is a county or township.
    static bool isScopeOnly(const CaseQuery &query);
    // The warning level exactly as the `warning` filter and stageCounts() compute it, in whole seconds.
    static WarningLevel warning(const CaseListRow &row, const QDateTime &now);
    qint64 count(const CaseQuery &query) const;
    QMap<CaseStatus, qint64> countByStatus(qint64 orgUnitId = 0) const;
    // The board's stage strip in one round trip: cases per status, and open cases due soon or
    // overdue as of `now`, below an org unit (0 = everywhere).
    StageCounts stageCounts(qint64 orgUnitId, const QDateTime &now) const;

    // Cases closed (结案, 不予立案, 就地化解 …: closed_at set) in [from, to) below an org unit (0 =
    // everywhere): a month's statistics by closing date, through the index on closed_at.
    qint64 closedCount(qint64 orgUnitId, const QDateTime &from, const QDateTime &to) const;
    SqlStatement closedCountStatement(qint64 orgUnitId, const QDateTime &from, const QDateTime &to) const;

    // The statements behind list(), count(), countByStatus() and stageCounts().
    SqlStatement listStatement(const CaseQuery &query) const;
    SqlStatement countStatement(const CaseQuery &query) const;
    SqlStatement countByStatusStatement(qint64 orgUnitId = 0) const;
    SqlStatement stageCountsStatement(qint64 orgUnitId, const QDateTime &now) const;

private:
    QList<CaseListRow> readRows(const SqlStatement &statement, int limit) const;

    const Database &m_db;
};

} // namespace zz
