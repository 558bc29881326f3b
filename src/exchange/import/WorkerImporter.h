#pragma once

#include "BaseDataImporter.h"

#include <QCoreApplication>

namespace zz {

// Grid workers with their grid assignment (kind "workers"), by worker number, through
// WorkerService (scope, validation, assignments that never overlap).
class WorkerImporter : public BaseDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkerImporter)

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
