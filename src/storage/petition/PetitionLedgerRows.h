#pragma once

#include "petition/PetitionRepository.h"

#include <QList>
#include <optional>

namespace zz {

class Database;

// One petition as the ledger export (信访台账) writes it: the petition, its first petitioner (or
// representative), its flow, its clocks, the delivery method of its delivered documents and the name of
// the department it was transferred to.
struct PetitionLedgerRow
{
    PetitionBoardRow board; // the board's row (its key, clock state and petitioner's name)
    PetitionRecord petition;
    std::optional<Person> petitioner;
    QList<PetitionFlowEntry> flow;           // in the order written
    QList<PetitionClockRecord> clocks;       // in the order started
    QList<PetitionDocumentRecord> delivered; // the delivered documents (kind, day, method), in issue order
    std::optional<DeliveryMethod> delivery;  // of the first delivered document that records one
    QString departmentName;
};

// Reads the board's petitions page by page for the ledger export: a page of the board (the same filter,
// scope and order as PetitionRepository::page) and then, set-wise for the page, the petitions, their
// persons, flow, clocks and documents (five statements per page, none per row).
class PetitionLedgerRows
{
public:
    PetitionLedgerRows(const Database &db, const Actor &actor);

    // At most `limit` (≤ 1,000) petitions after `after`, newest receipt first.
    QList<PetitionLedgerRow> page(const PetitionBoardFilter &filter, int limit, QDate today,
                                  const std::optional<PetitionBoardKey> &after) const;

private:
    const Database &m_db;
    Actor m_actor;
    PetitionRepository m_repository;
};

} // namespace zz
