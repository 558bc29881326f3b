#pragma once

#include "Database.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QVariantList>
#include <memory>
#include <vector>

namespace zz::cli {

// The raw engines: the same SQL and values our layer sends, through sqlite3 / libpq directly, on a
// connection of their own with the same URL (on PostgreSQL the same login role, so row-level
// security applies alike). The benchmarks time them next to our layer.

// One bound value, encoded once so that encoding is not timed.
struct RawParam
{
    bool isNull = false;
    bool isInteger = false;
    qint64 integer = 0;
    QByteArray text; // UTF-8; for PostgreSQL also the integer's digits
};

// A statement ready for one engine.
struct RawStatement
{
    QByteArray sql; // '?' markers on SQLite, $1.. on PostgreSQL
    std::vector<RawParam> params;
};

// '?' -> $1, $2 ... outside quoted literals (what Qt's PostgreSQL driver does before it prepares).
QString numberedMarkers(const QString &sql);
RawStatement rawStatement(const QString &sql, const QVariantList &values, bool postgres);

// A second connection to the same database that runs statements through the engine's C API.
class RawEngine
{
public:
    virtual ~RawEngine() = default;
    // sqlite3 for a SQLite URL, libpq for a PostgreSQL one. Throws zz::Error.
    static std::unique_ptr<RawEngine> open(const ConnectionUrl &url);
    // Runs the statement to its last row, reading every value; with `rows`, also returns them as text.
    virtual void run(const RawStatement &st, QList<QStringList> *rows) = 0;
    // The engine's plan (SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN ANALYZE), one line per step.
    virtual QStringList plan(const RawStatement &st) = 0;
    virtual QString version() const = 0;
};

} // namespace zz::cli
