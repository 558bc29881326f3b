#pragma once

#include "BaseDataImporter.h"

#include <QCoreApplication>

namespace zz {

// Townships, villages (communities) and grids below existing units (kind "org-units"), by code:
// new units through OrgUnitService::addChild (local codes; national codes come from the bundled
// division tables), names updated through OrgUnitService::update.
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

private:
    ImportKind m_kind = describe();
};

} // namespace zz
