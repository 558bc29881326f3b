#pragma once

#include "BaseDataImporter.h"
#include "WorkerActivityRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace zz {

// The grid platform's monthly activity export (kind "worker-activities"): visits with households,
// patrols with hours, base-data records and meetings, by worker, day, kind and household, through
// WorkerActivityRepository (locked months refused).
class WorkerActivityImporter : public BaseDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(zz::WorkerActivityImporter)

public:
    using BaseDataImporter::BaseDataImporter;

    static ImportKind describe();

    const ImportKind &kind() const override { return m_kind; }
    std::any convert(const ImportRow &row, RowErrors &errors) override;
    UpsertOutcome upsert(const std::any &record) override;
    QStringList tables() const override;
    void upsertBatch(QList<PendingRow> &rows) override;
    void begin() override;
    void end() override;

private:
    // What storing the row would do: nullopt when it is stored as it is (outcome Unchanged), else the
    // row to save and, for a change, its place in the month's cache (storedAt, -1 for a new row).
    std::optional<WorkerActivity> classify(const WorkerActivity &row, UpsertOutcome &outcome, int &storedAt);
    void remember(const WorkerActivity &saved, int storedAt);

    // Per run: worker number → (worker id, township id); the month's stored rows per worker.
    QHash<QString, std::optional<std::pair<qint64, qint64>>> m_workers;
    QHash<QString, QList<WorkerActivity>> m_month;
    ImportKind m_kind = describe();
};

} // namespace zz
