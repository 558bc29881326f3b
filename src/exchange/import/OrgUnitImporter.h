#pragma once

#include "BaseDataImporter.h"

#include <QCoreApplication>

namespace zz {

class OrgUnitService;

// Townships, villages (communities) and grids below existing units (kind "org-units"), by code:
// new units through OrgUnitService::addChild (local codes; national codes come from the bundled
// division tables), names updated through OrgUnitService::update, 状态 through OrgUnitService::setActive
// (启用 at once; 停用 after the run's last row, so that the units a file lists below a unit it
// deactivates can still be added).
class OrgUnitImporter : public BaseDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::OrgUnitImporter)

public:
    using BaseDataImporter::BaseDataImporter;

    static ImportKind describe();

    const ImportKind &kind() const override { return m_kind; }
    std::any convert(const ImportRow &row, RowErrors &errors) override;
    UpsertOutcome upsert(const std::any &record) override;
    QStringList tables() const override;
    void begin() override;
    void end() override;

private:
    // Enables the unit now, or notes it for deactivation at the end of the run; refused (Forbidden)
    // outside the account's scope. True: the unit changes.
    bool setActive(OrgUnitService &service, OrgUnit &unit, bool active);

    ImportKind m_kind = describe();
    QList<qint64> m_deactivate; // units the file deactivates, applied at the end of the run
    int m_runDepth = 0;         // the connection's transaction depth when the run began
};

} // namespace zz
