#pragma once

#include "Error.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace zz {

class Database;

// A prepared statement that throws zz::Error on failure. The error's detail names the failing
// statement but never the bound values (they may hold personal data).
class Query
{
public:
    Query(const Database &db, const QString &sql);

    Query &bind(const QVariant &value);
    Query &bindId(qint64 id);               // 0 binds NULL (optional foreign keys)
    Query &bindTime(const QDateTime &time); // invalid binds NULL, else epoch seconds
    template <typename... Args> Query &bindAll(const Args &...values)
    {
        (bind(QVariant::fromValue(values)), ...);
        return *this;
    }

    Query &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    QString text(int column) const { return m_query.value(column).toString(); }
    bool boolean(int column) const { return m_query.value(column).toBool(); }
    QDateTime time(int column) const; // NULL -> invalid
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Executes the statement and returns the first column of the first row (or an invalid QVariant).
    QVariant scalar();

    // Runs one statement with no bound values.
    static void run(const Database &db, const QString &sql);

    // Turns a driver error into a zz::Error of the right kind.
    [[noreturn]] static void raise(const QSqlError &error, const QString &sql, const Database &db);

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
};

// A LIKE pattern matching `text` anywhere, with %, _ and \ escaped (use with ESCAPE '\').
QString containsPattern(const QString &text);

// "?, ?, ?" — the markers of an IN (...) list of `count` bound values.
QString inListMarkers(qsizetype count);

// An open transaction that rolls back unless commit() is called (RAII). Nested ones use savepoints,
// so a repository call that opens its own transaction can run inside a caller's.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    const Database &m_db;
    bool m_open = false;
    int m_level = 0; // 1 = outermost
};

} // namespace zz
