#pragma once

#include "Query.h"

#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>
#include <utility>

namespace zz {

class Database;

// Many rows per INSERT: `head VALUES row, row, … tail`, where `row` is the template of one row's values
// ("(?, ?, ?, 0)": its markers are the values add() takes, in order). On SQLite every statement that
// writes a table with triggers pays a fixed cost at its start and end (a statement journal; each FTS5
// index writes out its pending terms), so rows sent together cost a fraction of the same rows sent one
// statement each. Rows go out in the order added, up to rowsPerStatement per statement: whenever that
// many are waiting, and at flush(). With RETURNING in the tail each returned row is handed to the
// callback set by onReturned(); SQLite promises no order for them, so return a key to match them by.
class MultiRowInsert
{
public:
    MultiRowInsert(const Database &db, const QString &head, const QString &row, const QString &tail = {},
                   int rowsPerStatement = 100);

    void onReturned(std::function<void(Query &)> handler) { m_onReturned = std::move(handler); }

    // One row's values, as many as the row template has markers.
    void add(const QVariantList &values);
    // Sends the rows still waiting.
    void flush();
    qsizetype waiting() const { return m_values.size() / m_columns; }

private:
    void send(qsizetype rows);
    QString statement(qsizetype rows) const;

    const Database &m_db;
    QString m_head, m_row, m_tail;
    qsizetype m_columns = 0;
    int m_rowsPerStatement = 100;
    QVariantList m_values;
    std::optional<Query> m_full; // the statement of a whole batch, prepared once
    std::function<void(Query &)> m_onReturned;
};

} // namespace zz
