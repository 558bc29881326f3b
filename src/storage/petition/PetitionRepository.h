#pragma once

#include "Entities.h"
#include "PetitionIndicatorQueries.h"
#include "PetitionRecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace zz {

class Database;
class DocumentTemplate;
class Query;

// What the petition board (信访台账) shows.
struct PetitionBoardFilter
{
    QList<PetitionStatus> statuses; // empty: every status
    bool openOnly = false;          // leave out the final statuses (isFinal)
    qint64 orgUnitId = 0;           // a township or village within the scope; 0: the whole scope
    std::optional<PetitionType> type;
    std::optional<PetitionChannel> channel;
    bool repeatOnly = false;
    // A petition number exactly (a returning resident's receipt): a ledger number is unique within its
    // township only, so a county's scope may show one petition per township holding it.
    QString number;
    // Exactly the petitions behind one figure of the dashboard (PetitionIndicatorQueries::drillClause).
    std::optional<PetitionDrill> drill;
};

// One row of the board: the petition and its nearest running clock.
struct PetitionBoardRow
{
    qint64 id = 0;
    QString petitionNo;
    QDateTime receivedAt;
    PetitionChannel channel = PetitionChannel::Visit;
    PetitionType type = PetitionType::Claim;
    VisitForm visitForm = VisitForm::Individual;
    int headCount = 1;
    PetitionStatus status = PetitionStatus::Registered;
    PetitionFlags flags;
    bool repeat = false;
    QString request;
    QString petitioner; // the first petitioner's or representative's name (lists mask nothing else)
    qint64 orgUnitId = 0;
    qint64 caseId = 0;
    QDate nextDueDate; // invalid when no clock runs (or it is paused)
    std::optional<ClockKind> nextClockKind;
    std::optional<ClockState> clockState; // Running, DueSoon, Overdue or Paused on `today`
    int version = 1;
};

// The keyset of the board's order (newest receipt first).
struct PetitionBoardKey
{
    QDateTime receivedAt;
    qint64 id = 0;
};

// Reads petitions for the board, the leader's overview and the petition view, within the account's
// scope (the problem place's org unit under the account's unit; on PostgreSQL the server's row-level
// security says the same, migration 0026): keyset pages, counts by status, overdue and due-soon lists,
// one petition with its persons, clocks, flow, documents and links, templates.
class PetitionRepository
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionRepository)

public:
    PetitionRepository(const Database &db, const Actor &actor);

    // Newest first, `limit` rows after `after` (the last row of the previous page). `today` and
    // `reminderDays` give each row's clock state.
    QList<PetitionBoardRow> page(const PetitionBoardFilter &filter, int limit, QDate today,
                                 int reminderDays = 3,
                                 const std::optional<PetitionBoardKey> &after = {}) const;
    // Petitions per status in the scope or the filter's org unit (the filter's statuses ignored); a
    // county's or township's unfiltered counts are read from counts kept by the server's triggers.
    QHash<PetitionStatus, qint64> countsByStatus(const PetitionBoardFilter &filter = {}) const;
    // Running clocks past their due day (超期), most overdue first; and those due within `days`
    // days from today (即将到期), soonest first.
    QList<PetitionBoardRow> overdue(QDate today, int limit) const;
    QList<PetitionBoardRow> dueSoon(QDate today, int days, int limit) const;
    // How many petitions in the scope have a running clock past its due day, and how many are due within
    // `days` days (the 信访超市 badge). A county or township adds up the counts per township and due date
    // kept by triggers (migration 0046); a village counts its range of the (township, due date) index.
    struct ClockCounts
    {
        qint64 overdue = 0;
        qint64 dueSoon = 0;
    };
    ClockCounts clockCounts(QDate today, int days) const;

    // One petition with its persons; nullopt when it does not exist or is out of scope.
    std::optional<PetitionRecord> get(qint64 petitionId) const;
    // The petition a dispatched case came from (转为事件), if any and in scope.
    std::optional<PetitionRecord> forCase(qint64 caseId) const;
    QList<PetitionClockRecord> clocks(qint64 petitionId) const;
    QList<PetitionFlowEntry> flow(qint64 petitionId) const;
    QList<PetitionDocumentRecord> documents(qint64 petitionId) const;
    std::optional<PetitionDocumentRecord> document(qint64 documentId) const;
    // Standing and unlinked links in either direction (otherPetitionId is the other end).
    QList<PetitionLinkRecord> links(qint64 petitionId) const;

    // True when the account may see a protected reporter of this petition: a leader, or its
    // registrar, receiving officer or handler.
    bool isInsider(const PetitionRecord &petition) const;
    static bool isInsider(const PetitionRecord &petition, const Actor &actor);

    // The template in force for the account's township (its own newest version, else the county's,
    // else the bundled one), with its stored id (0 for the bundled one) and version.
    struct StoredTemplate
    {
        qint64 id = 0;
        qint64 orgUnitId = 0;
        int version = 0;
        QDateTime createdAt;
    };
    std::pair<DocumentTemplate, StoredTemplate> currentTemplate(DocumentKind kind) const;
    // Every stored version of a kind for the account's unit and above, newest first.
    QList<StoredTemplate> templateVersions(DocumentKind kind) const;

    // The scope path of the account ("/1/5/"); empty when the account has none.
    const QString &scopePath() const { return m_path; }
    // The columns of petitions (alias p) that fromRow() reads, for the service.
    static QString petitionColumns();
    static PetitionRecord fromRow(const Query &q);
    // A petition_flow row read from flowColumns(), in that order.
    static QString flowColumns();
    static PetitionFlowEntry flowFromRow(const Query &q);

private:
    void loadPersons(PetitionRecord &petition) const;
    // The scope column as the queries repeat it: on SQLite, for a county or township (level 0: the
    // account's own), kept off the org_path index ("+p.org_path") so the planner walks an index in the
    // list's order instead of sorting most of the table.
    QString scopeColumn(int level = 0) const;
    // The account's township when its scope is exactly one (its lists then walk the township's
    // indexes), else 0; with the scope column.
    std::pair<qint64, QString> townshipScope() const;

    const Database &m_db;
    Actor m_actor;
    QString m_path;
};

} // namespace zz
