#include "RowImporter.h"

#include "Error.h"
#include "Query.h"

namespace zz {

void RowImporter::upsertBatch(QList<PendingRow> &rows)
{
    for (PendingRow &row : rows) {
        try {
            Transaction savepoint(m_db);
            row.outcome = upsert(row.record);
            savepoint.commit();
        } catch (const Error &e) {
            if (e.kind() == Error::Kind::Connection)
                throw;
            row.outcome.reset();
            row.error = e.message();
        }
    }
}

} // namespace zz
