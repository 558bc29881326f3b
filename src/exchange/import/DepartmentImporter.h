#pragma once

#include "BaseDataImporter.h"

#include <QCoreApplication>

namespace zz {

// Departments and petition-hall windows (kind "departments"), by unit code and name, through
// DepartmentService (its scope and validation).
class DepartmentImporter : public BaseDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::DepartmentImporter)

public:
    using BaseDataImporter::BaseDataImporter;

    static ImportKind describe();

    const ImportKind &kind() const override { return m_kind; }
    std::any convert(const ImportRow &row, RowErrors &errors) override;
    UpsertOutcome upsert(const std::any &record) override;
    QStringList tables() const override { return {QStringLiteral("departments")}; }

private:
    ImportKind m_kind = describe();
};

} // namespace zz
