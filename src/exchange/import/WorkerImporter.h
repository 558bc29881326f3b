#pragma once

#include "BaseDataImporter.h"
#include "GridAssignmentText.h"

#include <QCoreApplication>

namespace zz {

// Grid workers with their grid assignments (kind "workers"), by worker number, through
// WorkerService (scope, validation, assignments that never overlap, audit): the 网格分配 column's
// whole history as GridAssignmentText reads it, or only the current grid (网格代码), and 状态 /
// 离岗日期 as the page's 停用 and 启用 do them.
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
    struct Row;
    QList<WorkerGrid> historyOf(const QList<GridAssignmentEntry> &entries, const Row &w,
                                const std::optional<Worker> &stored, const QString &gridCode,
                                RowErrors &errors);
    qint64 homeOf(const QList<WorkerGrid> &history) const;

    ImportKind m_kind = describe();
};

} // namespace zz
