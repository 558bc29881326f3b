#pragma once

#include "Entities.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <optional>

namespace zz {

class Database;

// Filters for case lists. Empty members do not filter.
struct CaseQuery
{
    enum class Sort { ReceivedDesc, DeadlineAsc };

    QString text;                 // substring of title, description or address (search index)
    QList<CaseStatus> statuses;
    qint64 orgUnitId = 0;         // this unit and everything below it
    qint64 categoryId = 0;        // this category or its children
    qint64 departmentId = 0;
    std::optional<CaseSource> source;
    std::optional<Urgency> urgency;
    QDateTime receivedFrom;
    QDateTime receivedTo;
    Sort sort = Sort::ReceivedDesc;
    int limit = 100;
    // Keyset cursor: the last row of the previous page (0 = first page).
    qint64 afterId = 0;
    qint64 afterKey = 0;          // received_at or deadline_at of that row
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
    QDateTime receivedAt;
    QDateTime deadline;
    bool deadlineWorkingDays = true;
    SuperviseLevel superviseLevel = SuperviseLevel::None;
    int version = 1;
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

    std::optional<CaseRecord> get(qint64 id) const;           // with parties
    std::optional<CaseRecord> byNumber(const QString &caseNo) const;
    std::optional<CaseRecord> byIdempotencyKey(const QString &key) const;
    QList<CaseParty> parties(qint64 caseId) const;
    QList<FlowEntry> flow(qint64 caseId) const;               // oldest first

    // One page in the query's order; pass the last row's id and sort key back for the next page.
    QList<CaseListRow> list(const CaseQuery &query) const;
    static qint64 sortKey(const CaseListRow &row, CaseQuery::Sort sort);
    qint64 count(const CaseQuery &query) const;
    QMap<CaseStatus, qint64> countByStatus(qint64 orgUnitId = 0) const;

    // The statements behind list(), count() and countByStatus().
    SqlStatement listStatement(const CaseQuery &query) const;
    SqlStatement countStatement(const CaseQuery &query) const;
    SqlStatement countByStatusStatement(qint64 orgUnitId = 0) const;

private:
    const Database &m_db;
};

} // namespace zz
