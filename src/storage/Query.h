#pragma once

#include "Error.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace zz {

class Database;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

// A prepared statement that throws zz::Error on failure. The error's message is a plain translated
// sentence chosen by the kind of failure (duplicate, missing reference, no permission, ...): never
// SQL, never a value. The detail, also logged under zz.storage, names the failing statement by its
// verb and table and carries the driver's first line; never the bound values.
class Query
{
public:
    Query(const Database &db, const QString &sql);

    // Text holding U+0000 is refused at exec() (Validation) on both engines: SQLite would store it,
    // PostgreSQL's driver would cut the statement at it. The services refuse it before (InputLimits).
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

    // Turns a driver error into a zz::Error of the right kind (see the class comment).
    [[noreturn]] static void raise(const QSqlError &error, const QString &sql, const Database &db);

    // Sees every statement exec() runs, on the thread that runs it, after it ran: the benchmark
    // records what each user action sends, to replay the very same statements through the raw
    // engine. One observer at a time (nullptr: none); it must be thread-safe.
    class Observer
    {
    public:
        virtual ~Observer() = default;
        virtual void executed(const Database &db, const QString &sql, const QVariantList &values) = 0;
    };
    static void setObserver(Observer *observer);

private:
    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_nulBound = false; // a bound text holds U+0000: refused at exec() on both engines
};

// "INSERT cases", "UPDATE users": a statement's verb and first table, for logs.
QString statementName(const QString &sql);

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
