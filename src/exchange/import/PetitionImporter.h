#pragma once

#include "CaseImporter.h"
#include "WorkCalendar.h"

#include <optional>

namespace zz {

// Historical petitions from a ledger (历史信访台账, kind "petitions"): registered through
// PetitionService with the ledger's date as the receipt time (persons found again or stored, 首次 or
// 重复, the acceptance-notice clock from that date); a row in status 受理 (办理中) is then accepted
// through the workflow on its 受理日期 (else its 登记日期), so the handling clock starts that day. Other
// statuses are rejected naming them. A re-import changes nothing: a row is known again by its
// 信访编号 (an existing petition of that number, or the number kept as the registration's idempotency
// key), else by its date, petitioner and request; a row now 受理 accepts a petition imported 登记. New
// petitions are numbered by the system.
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
};

} // namespace zz
