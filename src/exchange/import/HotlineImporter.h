#pragma once

#include "CaseImporter.h"

namespace zz {

// 12345 hotline work orders (kind "hotline-orders"): the hotline's export with the headers of any year
// (HotlineCodes' aliases), its status, result and satisfaction words mapped into the loop, the
// 5-working-day limit, one case per work-order number in the county (a re-import updates it), and the
// cross-check against the caller's open case on the same matter, listed by flags().
class HotlineImporter : public CaseImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::HotlineImporter)

public:
    HotlineImporter(const Database &db, const Clock &clock, const Actor &actor);

    static ImportKind describe();

    std::any convert(const ImportRow &row, RowErrors &errors) override;
    void begin() override;

    // The orders whose caller already has an open case or petition on the same matter (key: the
    // work-order number; matchedNo: the caller's open case or petition; caller: masked).
    QList<ImportFlag> flags() const override { return m_flags; }

protected:
    void stored(const PendingRow &row, const ImportRowResult &result) override;

private:
    QList<ImportFlag> m_flags;
};

} // namespace zz
