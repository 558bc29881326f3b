#include "MultiRowInsert.h"

#include "Database.h"

using namespace Qt::StringLiterals;

namespace zz {

MultiRowInsert::MultiRowInsert(const Database &db, const QString &head, const QString &row,
                               const QString &tail, int rowsPerStatement)
    : m_db(db), m_head(head), m_row(row), m_tail(tail), m_columns(row.count(u'?')),
      m_rowsPerStatement(qMax(1, rowsPerStatement))
{
    Q_ASSERT(m_columns > 0);
    m_values.reserve(m_columns * m_rowsPerStatement);
}

void MultiRowInsert::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns);
    m_values.append(values);
    if (waiting() >= m_rowsPerStatement)
        send(m_rowsPerStatement);
}

void MultiRowInsert::flush()
{
    if (const qsizetype rows = waiting())
        send(rows);
}

QString MultiRowInsert::statement(qsizetype rows) const
{
    QString sql = m_head + u" VALUES "_s;
    sql.reserve(sql.size() + rows * (m_row.size() + 2) + m_tail.size() + 1);
    for (qsizetype i = 0; i < rows; ++i) {
        if (i)
            sql += u", "_s;
        sql += m_row;
    }
    if (!m_tail.isEmpty())
        sql += u' ' + m_tail;
    return sql;
}

void MultiRowInsert::send(qsizetype rows)
{
    std::optional<Query> partial;
    Query *q = nullptr;
    if (rows == m_rowsPerStatement) {
        if (!m_full)
            m_full.emplace(m_db, statement(rows));
        q = &*m_full;
    } else {
        q = &partial.emplace(m_db, statement(rows));
    }
    // Whatever happens next, these rows are not sent again.
    const QVariantList values = std::exchange(m_values, {});
    m_values.reserve(m_columns * m_rowsPerStatement);
    for (const QVariant &v : values)
        q->bind(v);
    q->exec();
    if (m_onReturned)
        while (q->next())
            m_onReturned(*q);
    q->raw().finish();
}

} // namespace zz
