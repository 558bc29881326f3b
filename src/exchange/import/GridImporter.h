#pragma once

#include "BaseDataImporter.h"

#include <QCoreApplication>

namespace zz {

// Grids with their type, households and GeoJSON boundary (kind "grids"), by grid code: a missing
// grid is added under its village, the details saved through OrgUnitService::saveGrid, 状态 through
// OrgUnitService::setActive.
class GridImporter : public BaseDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::GridImporter)

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
