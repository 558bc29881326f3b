#include "Query.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

bool isConnectionLoss(const QSqlError &error, bool sqlite)
{
    const QString text = error.driverText() + u' ' + error.databaseText();
    if (sqlite) {
        // Qt's SQLite driver labels every failed step a ConnectionError, so only the code counts:
        // SQLITE_IOERR (10, with its extended codes) and SQLITE_CANTOPEN (14) mean the file went
        // away or its disk failed (an unplugged drive, a network share gone).
        const int code = error.nativeErrorCode().toInt() & 0xff;
        return code == 10 || code == 14 || text.contains(u"disk I/O error"_s, Qt::CaseInsensitive);
    }
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 08 (connection exception), 57P01..03 (admin shutdown, crash, cannot connect now)
    if (code.startsWith(u"08"_s) || code.startsWith(u"57P0"_s))
        return true;
    // libpq's own texts when the socket is gone (no SQLSTATE then).
    return text.contains(u"server closed the connection"_s, Qt::CaseInsensitive) ||
           text.contains(u"no connection to the server"_s, Qt::CaseInsensitive) ||
           text.contains(u"terminating connection"_s, Qt::CaseInsensitive) ||
           text.contains(u"connection to server"_s, Qt::CaseInsensitive) ||
           text.contains(u"could not send data to server"_s, Qt::CaseInsensitive) ||
           text.contains(u"could not receive data from server"_s, Qt::CaseInsensitive) ||
           text.contains(u"connection is bad"_s, Qt::CaseInsensitive);
}

} // namespace

QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString inListMarkers(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

Query::Query(const Database &db, const QString &sql) : m_db(db), m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        raise(m_query.lastError(), sql, db);
}

Query &Query::bind(const QVariant &value)
{
    // A null QString would be stored as NULL; text columns here are NOT NULL with '' for "none".
    // (A typed null QVariant still binds NULL.)
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.addBindValue(QString::fromLatin1(""));
    else
        m_query.addBindValue(value);
    return *this;
}

Query &Query::bindId(qint64 id)
{
    m_query.addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

Query &Query::bindTime(const QDateTime &time)
{
    m_query.addBindValue(time.isValid() ? QVariant(time.toSecsSinceEpoch())
                                        : QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        raise(m_query.lastError(), m_sql, m_db);
    return *this;
}

QDateTime Query::time(int column) const
{
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong());
}

QVariant Query::scalar()
{
    exec();
    QVariant value;
    if (m_query.next())
        value = m_query.value(0);
    // An unfinished statement (INSERT ... RETURNING read once) would keep SQLite from committing.
    m_query.finish();
    return value;
}

void Query::run(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        raise(q.lastError(), sql, db);
}

void Query::raise(const QSqlError &error, const QString &sql, const Database &db)
{
    const QString detail =
        u"%1 [%2] in: %3"_s.arg(error.text(), error.nativeErrorCode(), sql.simplified().left(300));
    // A connection closed by a failed reconnect fails without a driver error of its own.
    if (!db.connection().isOpen() || isConnectionLoss(error, db.isSqlite())) {
        db.markConnectionLost();
        throw Error(Error::Kind::Connection,
                    QCoreApplication::translate("zz::Database",
                                                "与数据库的连接已断开,请检查网络或数据库服务后重试。"),
                    detail);
    }
    const QString code = error.nativeErrorCode();
    // PostgreSQL: serialization failure / deadlock; SQLite: 5 = SQLITE_BUSY, 6 = SQLITE_LOCKED.
    if (code == u"40001"_s || code == u"40P01"_s || code == u"5"_s || code == u"6"_s)
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate("zz::Database", "数据库正忙或发生并发冲突,请稍后重试。"),
                    detail);
    // PostgreSQL 42501: insufficient privilege (row-level security, revoked rights).
    if (code == u"42501"_s)
        throw Error(Error::Kind::Forbidden,
                    QCoreApplication::translate("zz::Database", "当前账号无权执行此数据库操作。"), detail);
    throw Error(Error::Kind::Storage,
                QCoreApplication::translate("zz::Database", "数据库操作失败:%1").arg(error.text()), detail);
}

Transaction::Transaction(const Database &db) : m_db(db)
{
    int &depth = m_db.transactionDepth();
    m_level = depth + 1;
    Query::run(m_db, m_level == 1 ? m_db.beginStatement() : u"SAVEPOINT zz_sp%1"_s.arg(m_level));
    depth = m_level;
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db.connection()); // best effort: the connection may already be gone
    if (m_level == 1)
        q.exec(u"ROLLBACK"_s);
    else
        q.exec(u"ROLLBACK TO SAVEPOINT zz_sp%1"_s.arg(m_level));
    m_db.transactionDepth() = m_level - 1;
}

void Transaction::commit()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.transactionDepth() = m_level - 1;
    Query::run(m_db, m_level == 1 ? u"COMMIT"_s : u"RELEASE SAVEPOINT zz_sp%1"_s.arg(m_level));
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.transactionDepth() = m_level - 1;
    Query::run(m_db, m_level == 1 ? u"ROLLBACK"_s : u"ROLLBACK TO SAVEPOINT zz_sp%1"_s.arg(m_level));
}

} // namespace zz
