#pragma once

#include "Clock.h"
#include "Entities.h"
#include "PetitionRecords.h"
#include "petition/PetitionWorkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace zz {

class Database;
class PetitionService;

// What a re-imported ledger row corrects in the values the ledger owns (the petition's text, head count,
// channel and type, its petitioner's name, phone and address), each set only when it changes; the
// ledger's corrected words of 办理结果 (noted in the flow row: the documents as issued keep their text);
// the names of the columns changed, for the flow row; and the row's values to remember (ledger_row).
struct PetitionLedgerCorrection
{
    std::optional<QString> request;
    std::optional<QString> facts;
    std::optional<int> headCount;
    std::optional<PetitionChannel> channel;
    std::optional<PetitionType> type;
    qint64 personId = 0;
    int personVersion = 0;
    std::optional<QString> name;
    std::optional<QString> phone;
    std::optional<QString> address;
    QString result;
    QStringList changed;
    QString ledgerRow;
};

// One step of a petition's history as a ledger (信访台账) records it: the action, when it happened and
// what the ledger says about it (input.date is the step's day).
struct PetitionHistoryStep
{
    PetitionAction action = PetitionAction::Accept;
    QDateTime at;
    PetitionActionInput input;
};

// Brings a petition registered from a ledger to the status the ledger records, step by step along
// PetitionWorkflow's table and dated at the ledger's dates, as PetitionService::apply() would have done
// on those days: each step is allowed for the account's roles and writes its flow row (dated the step's
// day, noted as taken from the ledger), the clock it stops is met that day, the clock it starts runs from
// that day under the rule set in force at receipt (2005 or 2022, or the county's choice), a final status
// stops the others. A row the ledger leaves at 已送达 or 复查已送达 starts the petitioner's 30-day window to
// ask for 复查/复核 (Art. 35/36) on the delivery day; when that window ran out before the import day (the
// ledger records no request), the clock is stored stopped and the delivery's flow row says so, so the
// board does not show the petitioner's lapsed right as the center's overdue task; a window still open
// keeps running. The documents the ledger only mentions (a reply, a 复查/复核 opinion, a 不予受理 notice)
// are recorded with the ledger's dates and no invented text: their text says they came from the ledger.
// On PostgreSQL the server checks each status change against petition_transitions for the account, as
// for every other change. Runs in the caller's transaction (or its own).
class PetitionLedgerWalk
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionLedgerWalk)

public:
    PetitionLedgerWalk(const Database &db, const Clock &clock, const PetitionService &service);

    // Gives a petition registered by `actor` in the current transaction the ledger's number (信访编号) in
    // place of the counter's: 1–64 characters, not of the counter's own form, used by no other petition of
    // its township (another township may hold the same ledger number, migration 0047; on PostgreSQL
    // through zz_petition_keep_number(), which checks the same again). Throws zz::Error (Validation,
    // translated) otherwise.
    void keepNumber(qint64 petitionId, const QString &ledgerNo, const Actor &actor);

    // Takes `steps` in order from the petition's stored status. Throws zz::Error (InvalidState when the
    // workflow does not allow a step from where the petition stands, Forbidden when the account's roles
    // may not take it, Validation for a date after today or an extension past the rule's maximum).
    PetitionRecord walk(qint64 petitionId, const QList<PetitionHistoryStep> &steps, const Actor &actor);

    // The values of the petition's ledger row as last imported (JSON, migration 0048); empty when none.
    QString storedLedgerRow(qint64 petitionId) const;
    // Remembers the ledger row of a petition the import wrote in this transaction (ledger_row).
    void rememberLedgerRow(qint64 petitionId, const QString &ledgerRow, const Actor &actor);
    // Applies a correction from a re-imported ledger row, version-checked (`expectedVersion` of the petition,
    // the person's version in the correction): the petition's and its petitioner's columns, the remembered
    // row, a flow row "更正" (the status unchanged) naming the columns, audited. Throws zz::Error (Conflict
    // on a stale version, Forbidden/NotFound as the account's scope says).
    PetitionRecord correct(qint64 petitionId, int expectedVersion, const PetitionLedgerCorrection &correction,
                           const Actor &actor);

    // The flow action of a correction ("correct"): not a step of the workflow, the status stays.
    static QString correctionAction();

    // True when `number` has the counter's own form ("330102001-X-2026-00012").
    static bool isCounterNumber(const QString &number);

private:
    const Database &m_db;
    const Clock &m_clock;
    const PetitionService &m_service;
};

} // namespace zz
