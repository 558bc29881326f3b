#pragma once

#include <QString>
#include <QTextStream>

namespace zz::cli {

// `zongzhi-cli bench`: fills the database with demo data up to `cases` cases (reusing what is there),
// then times the board queries, the stage counts, a deep keyset page and saving a case, each as the
// median of `repeats` runs after two warm-ups, next to the same SQL run straight through the engine's
// C API (sqlite3 / libpq). Prints an aligned table to `out`; with a non-empty `jsonPath` also writes the
// figures as JSON there. Returns 0 when it ran (a missed target is reported, not an error), 1 on a
// database error, 3 when our layer and the raw engine returned different rows (the SQL copied into the
// benchmark has drifted from CaseRepository's).
int runBench(const QString &url, qint64 cases, const QString &jsonPath, int repeats, QTextStream &out,
             QTextStream &err);

} // namespace zz::cli
