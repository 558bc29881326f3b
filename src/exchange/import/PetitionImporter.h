#pragma once

#include "CaseImporter.h"
#include "WorkCalendar.h"

#include <optional>

namespace zz {

// Historical petitions from a ledger (历史信访台账, kind "petitions"), in every status a ledger holds:
// registered through PetitionService at the ledger's receipt time (persons found again or stored, 首次 or
// 重复), the ledger's 信访编号 kept as the petition's number, then brought to the row's status step by step
// along the petition workflow at the ledger's dates (PetitionLedgerWalk): 受理, 转送交办, 延期, 答复, 送达,
// 复查, 复核, 办结, 不予受理, 不再受理, 当场化解. Clocks run under the rule set in force at receipt and are
// met on the ledger's dates; replies and opinions the ledger mentions are recorded without invented text.
// A row whose dates contradict each other or its status is rejected naming the columns. A ledger number
// is the township's: the row's petition is found by its place's township and number.
// Re-import (counted as updated, the summary naming the columns changed; the same row again changes
// nothing):
//  - a row whose status advanced moves its petition forward with dated flow rows; backwards, or off the
//    path the petition took, is refused;
//  - what the ledger owns is corrected through PetitionLedgerWalk::correct() (version-checked, a flow row
//    "据台账更正", audited; on PostgreSQL as the importing account under the server's guards): 诉求, 事实与
//    理由, 人数, 信访形式, 信访类型 (only before 受理: the periods depend on it), the petitioner's name,
//    phone and address, and the words of 办理结果 (noted in the flow; the documents as issued keep their
//    text). A blank cell corrects nothing. Each value is compared three ways: the ledger, what the last
//    import remembered (petitions.ledger_row) and the petition as stored. Unchanged in the ledger: the
//    program's value stands. Changed in the ledger and untouched in the program since: updated. Changed in
//    both (to something else): the row is refused, nothing overwritten. A petition imported before the ledger
//    was remembered counts its stored values as the ledger's;
//  - refused with the reason: a date of a step already walked (flow rows, clocks and documents hang on it
//    and the flow is append-only: re-walking would rewrite history), the 登记日期 (the number, rule set
//    and every period hang on it; the server forbids it), a 处理意见 different from the reply already
//    recorded, and a 身份证号 other than the petitioner's (it identifies the person).
class PetitionImporter : public CaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::PetitionImporter)

public:
    PetitionImporter(const Database &db, const Clock &clock, const Actor &actor);

    static ImportKind describe();

    std::any convert(const ImportRow &row, RowErrors &errors) override;
    UpsertOutcome upsert(const std::any &record) override;
    void upsertBatch(QList<PendingRow> &rows) override { RowImporter::upsertBatch(rows); }
    QStringList tables() const override;
    void begin() override;
    QList<ImportUpdate> updates() const override { return m_updates; }

private:
    std::optional<WorkCalendar> m_calendar; // loaded once per run
    QList<ImportUpdate> m_updates;          // rows whose ledger values corrected the petition
    qint64 m_rowsTried = 0;                 // rows handed to upsert() in this run

    void replanAsTablesGrow();
};

} // namespace zz
