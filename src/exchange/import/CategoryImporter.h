#pragma once

#include "BaseDataImporter.h"

#include <QCoreApplication>

namespace zz {

// The two-level category tree with time limits (kind "categories"), by code, through
// CategoryService (county admins only).
class CategoryImporter : public BaseDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::CategoryImporter)

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
