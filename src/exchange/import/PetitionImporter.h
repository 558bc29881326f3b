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
// A row whose dates contradict each other or its status is rejected naming the columns. A re-import
// changes nothing; a row whose status advanced moves its petition forward with dated flow rows (counted
// as updated); a row going backwards is rejected.
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

private:
    std::optional<WorkCalendar> m_calendar; // loaded once per run
    qint64 m_rowsTried = 0;                 // rows handed to upsert() in this run

    void replanAsTablesGrow();
};

} // namespace zz
