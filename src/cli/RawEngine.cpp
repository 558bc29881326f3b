#include "RawEngine.h"

#include "Error.h"

#include <QCoreApplication>
#include <QHash>
#include <libpq-fe.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace zz::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("zz::cli", text);
}

[[noreturn]] void rawFailure(const QString &engine, const QString &message)
{
    throw Error(Error::Kind::Storage, tr("基准测试的原生 %1 查询失败:%2").arg(engine, message.trimmed()));
}

class SqliteEngine final : public RawEngine
{
public:
    explicit SqliteEngine(const QString &path)
    {
        const QByteArray file = path.toUtf8();
        if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_close_v2(m_db);
            rawFailure(u"SQLite"_s, message);
        }
        sqlite3_busy_timeout(m_db, 10000);
    }
    ~SqliteEngine() override { sqlite3_close_v2(m_db); }

    void run(const RawStatement &st, QList<QStringList> *rows) override
    {
        const auto stmt = prepare(st.sql, st);
        volatile qint64 sink = 0;
        int rc;
        while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
            const int columns = sqlite3_column_count(stmt.get());
            QStringList row;
            for (int i = 0; i < columns; ++i) {
                if (sqlite3_column_type(stmt.get(), i) == SQLITE_INTEGER) {
                    sink = sink + sqlite3_column_int64(stmt.get(), i);
                } else {
                    const auto *text = sqlite3_column_text(stmt.get(), i);
                    sink = sink + sqlite3_column_bytes(stmt.get(), i) + (text ? text[0] : 0);
                }
                if (rows)
                    row << QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), i)));
            }
            if (rows)
                rows->append(row);
        }
        if (rc != SQLITE_DONE)
            rawFailure(u"SQLite"_s, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    QStringList plan(const RawStatement &st) override
    {
        const auto stmt = prepare("EXPLAIN QUERY PLAN " + st.sql, st);
        QHash<int, int> depth; // plan node id -> indentation
        QStringList lines;
        while (sqlite3_step(stmt.get()) == SQLITE_ROW) {
            const int id = sqlite3_column_int(stmt.get(), 0);
            const int level = depth.value(sqlite3_column_int(stmt.get(), 1), -1) + 1;
            depth.insert(id, level);
            lines << QString(level * 2, u' ') + QString::fromUtf8(reinterpret_cast<const char *>(
                                                    sqlite3_column_text(stmt.get(), 3)));
        }
        return lines;
    }

    QString version() const override { return u"SQLite "_s + QString::fromLatin1(sqlite3_libversion()); }

private:
    using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

    Statement prepare(const QByteArray &sql, const RawStatement &st)
    {
        sqlite3_stmt *raw = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
            rawFailure(u"SQLite"_s, QString::fromUtf8(sqlite3_errmsg(m_db)));
        Statement stmt(raw, &sqlite3_finalize);
        for (int i = 0; i < int(st.params.size()); ++i) {
            const RawParam &p = st.params[size_t(i)];
            const int rc = p.isNull      ? sqlite3_bind_null(raw, i + 1)
                           : p.isInteger ? sqlite3_bind_int64(raw, i + 1, p.integer)
                                         : sqlite3_bind_text(raw, i + 1, p.text.constData(),
                                                             int(p.text.size()), SQLITE_STATIC);
            if (rc != SQLITE_OK)
                rawFailure(u"SQLite"_s, QString::fromUtf8(sqlite3_errmsg(m_db)));
        }
        return stmt;
    }

    sqlite3 *m_db = nullptr;
};

// libpq connection string value: single-quoted, with \ and ' escaped.
QByteArray conninfoValue(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return "'" + v.toUtf8() + "'";
}

class PostgresEngine final : public RawEngine
{
public:
    explicit PostgresEngine(const ConnectionUrl &url)
    {
        QByteArray info = "host=" + conninfoValue(url.host) + " port=" + QByteArray::number(url.port) +
                          " dbname=" + conninfoValue(url.databaseName);
        if (!url.user.isEmpty())
            info += " user=" + conninfoValue(url.user);
        if (!url.password.isEmpty())
            info += " password=" + conninfoValue(url.password);
        for (const QString &option : url.options.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = option.indexOf(u'=');
            info += ' ' + option.left(eq).toUtf8() + '=' + conninfoValue(option.mid(eq + 1));
        }
        m_conn = PQconnectdb(info.constData());
        if (PQstatus(m_conn) != CONNECTION_OK) {
            const QString message = QString::fromUtf8(PQerrorMessage(m_conn));
            PQfinish(m_conn);
            rawFailure(u"PostgreSQL"_s, message);
        }
        // The program's own session settings (Database::checkPostgres()): no NOTICE lines on stderr.
        PQclear(PQexec(m_conn, "SET client_min_messages = warning"));
    }
    ~PostgresEngine() override { PQfinish(m_conn); }

    void run(const RawStatement &st, QList<QStringList> *rows) override
    {
        const auto result = exec(st.sql, st);
        volatile qint64 sink = 0;
        const int rowCount = PQntuples(result.get());
        const int columns = PQnfields(result.get());
        for (int r = 0; r < rowCount; ++r) {
            QStringList row;
            for (int c = 0; c < columns; ++c) {
                const char *value = PQgetvalue(result.get(), r, c);
                sink = sink + PQgetlength(result.get(), r, c) + value[0];
                if (rows)
                    row << QString::fromUtf8(value);
            }
            if (rows)
                rows->append(row);
        }
    }

    QStringList plan(const RawStatement &st) override
    {
        const auto result = exec("EXPLAIN (ANALYZE, BUFFERS) " + st.sql, st);
        QStringList lines;
        for (int r = 0; r < PQntuples(result.get()); ++r)
            lines << QString::fromUtf8(PQgetvalue(result.get(), r, 0));
        return lines;
    }

    QString version() const override
    {
        const int v = PQserverVersion(m_conn);
        return u"PostgreSQL %1.%2"_s.arg(v / 10000).arg(v % 10000);
    }

private:
    using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

    Result exec(const QByteArray &sql, const RawStatement &st)
    {
        std::vector<const char *> values;
        std::vector<int> lengths;
        for (const RawParam &p : st.params) {
            values.push_back(p.isNull ? nullptr : p.text.constData());
            lengths.push_back(int(p.text.size()));
        }
        Result result(PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, values.data(),
                                   lengths.data(), nullptr, 0),
                      &PQclear);
        // Statements without rows (BEGIN, ROLLBACK around a replay) end in PGRES_COMMAND_OK.
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            rawFailure(u"PostgreSQL"_s, QString::fromUtf8(PQerrorMessage(m_conn)));
        return result;
    }

    PGconn *m_conn = nullptr;
};

} // namespace

// '?' -> $1, $2 ... outside quoted literals (what Qt's PostgreSQL driver does before it prepares).
QString numberedMarkers(const QString &sql)
{
    QString out;
    int n = 0;
    bool quoted = false;
    for (const QChar ch : sql) {
        if (ch == u'\'')
            quoted = !quoted;
        if (ch == u'?' && !quoted)
            out += u'$' + QString::number(++n);
        else
            out += ch;
    }
    return out;
}

RawStatement rawStatement(const QString &sql, const QVariantList &values, bool postgres)
{
    RawStatement st;
    st.sql = (postgres ? numberedMarkers(sql) : sql).toUtf8();
    for (const QVariant &v : values) {
        RawParam p;
        const int type = v.typeId();
        p.isNull = v.isNull();
        p.isInteger = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt ||
                      type == QMetaType::ULongLong || (type == QMetaType::Bool && !postgres);
        p.integer = p.isInteger ? v.toLongLong() : 0;
        if (type == QMetaType::Bool && postgres)
            p.text = v.toBool() ? "true" : "false";
        else
            p.text = p.isInteger ? QByteArray::number(p.integer) : v.toString().toUtf8();
        st.params.push_back(std::move(p));
    }
    return st;
}

std::unique_ptr<RawEngine> RawEngine::open(const ConnectionUrl &url)
{
    if (url.backend == ConnectionUrl::Backend::PostgreSQL)
        return std::make_unique<PostgresEngine>(url);
    return std::make_unique<SqliteEngine>(url.path);
}

} // namespace zz::cli
