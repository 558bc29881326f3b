#include "Query.h"

#include "Database.h"

#include <QAtomicPointer>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QAtomicPointer<Query::Observer> statementObserver;

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

// The driver's first line, for logs. PostgreSQL's DETAIL line quotes the offending values
// ("Key (login)=(...)", "Failing row contains (...)"), and Qt's PostgreSQL driver sends bound values
// inside the statement text (EXECUTE ... ('value', ...)), so a syntax error's "at or near ..." and
// any single-quoted span may hold them too: all of these go.
QString scrubbedDriverText(const QSqlError &error)
{
    static const QRegularExpression nearText(u"\\s+at or near .*$"_s);
    static const QRegularExpression quoted(u"'(?:[^']|'')*'?"_s);
    QString text = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText());
    text = text.section(u'\n', 0, 0).trimmed();
    text.replace(nearText, QString());
    text.replace(quoted, u"'…'"_s);
    // Data exceptions (SQLSTATE class 22) quote the offending value in double quotes
    // ('invalid input syntax for type bigint: "..."'); elsewhere those name tables and constraints.
    if (error.nativeErrorCode().startsWith(u"22"_s)) {
        static const QRegularExpression doubleQuoted(u"\"[^\"]*\"?"_s);
        text.replace(doubleQuoted, u"\"…\""_s);
    }
    return text;
}

// The kinds of failure a user can be told about, each with its own plain sentence.
enum class Failure {
    Connection,
    Conflict,
    Forbidden,
    Unique,
    ForeignKey,
    Check,
    NotNull,
    BadText,
    TooLong,
    Other
};

Failure classify(const QSqlError &error, bool sqlite)
{
    if (isConnectionLoss(error, sqlite))
        return Failure::Connection;
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + u' ' + error.driverText();
    if (sqlite) {
        // Result codes 5 busy, 6 locked, 18 too big, 19 constraint, 23 auth; the message names
        // the constraint's kind.
        const int primary = code.toInt() & 0xff; // also right should extended codes be on
        if (primary == 5 || primary == 6)
            return Failure::Conflict;
        if (primary == 23)
            return Failure::Forbidden;
        if (text.contains(u"UNIQUE constraint failed"_s) || text.contains(u"PRIMARY KEY"_s))
            return Failure::Unique;
        if (text.contains(u"FOREIGN KEY constraint failed"_s))
            return Failure::ForeignKey;
        if (text.contains(u"CHECK constraint failed"_s))
            return Failure::Check;
        if (text.contains(u"NOT NULL constraint failed"_s))
            return Failure::NotNull;
        if (primary == 18)
            return Failure::TooLong;
        return Failure::Other;
    }
    // PostgreSQL SQLSTATE codes.
    if (code == u"40001"_s || code == u"40P01"_s || code == u"55P03"_s) // serialization, deadlock, lock
        return Failure::Conflict;
    if (code == u"42501"_s) // insufficient privilege (row-level security, revoked rights)
        return Failure::Forbidden;
    if (code == u"23505"_s)
        return Failure::Unique;
    if (code == u"23503"_s)
        return Failure::ForeignKey;
    if (code == u"23514"_s)
        return Failure::Check;
    if (code == u"23502"_s)
        return Failure::NotNull;
    // 22021: invalid byte sequence (a NUL in text), 22P05: untranslatable character.
    if (code == u"22021"_s || code == u"22P05"_s)
        return Failure::BadText;
    if (code == u"22001"_s || code == u"54000"_s) // string too long, program limit exceeded
        return Failure::TooLong;
    return Failure::Other;
}

} // namespace

Q_LOGGING_CATEGORY(lcStorage, "zz.storage")

// "INSERT cases", "UPDATE users", "SELECT cases": what the log names a statement by, never its values.
QString statementName(const QString &sql)
{
    static const QRegularExpression verb(u"^\\s*(?:WITH\\b.*?\\)\\s*)?(\\w+)"_s,
                                         QRegularExpression::DotMatchesEverythingOption |
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression target(u"\\b(?:INTO|UPDATE|FROM|TABLE|ON)\\s+([A-Za-z_][A-Za-z0-9_.]*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QString keyword = verb.match(sql).captured(1).toUpper();
    const QString table = target.match(sql).captured(1);
    if (keyword.isEmpty())
        return u"(empty statement)"_s;
    return table.isEmpty() ? keyword : keyword + u' ' + table;
}

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
    if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
        m_nulBound = true;
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
    if (m_nulBound) {
        m_nulBound = false;
        m_query.prepare(m_sql); // drops the values bound so far, should the statement be used again
        const QString detail = u"%1: NUL character in bound text, not sent"_s.arg(statementName(m_sql));
        qCWarning(lcStorage).noquote() << "statement refused:" << detail;
        throw Error(Error::Kind::Validation,
                    QCoreApplication::translate("zz::Database", "文字中含有无效或不可见的字符,未能保存。"),
                    detail);
    }
    if (!m_query.exec())
        raise(m_query.lastError(), m_sql, m_db);
    if (Observer *observer = statementObserver.loadAcquire())
        observer->executed(m_db, m_sql, m_query.boundValues());
    return *this;
}

void Query::setObserver(Observer *observer)
{
    statementObserver.storeRelease(observer);
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
    const QString name = statementName(sql);
    const QString code = error.nativeErrorCode();
    // The driver's first line only: PostgreSQL's DETAIL line quotes the offending values
    // ("Key (login)=(...)", "Failing row contains (...)"), which may be personal data.
    const QString detail = u"%1 [%2]: %3"_s.arg(name, code, scrubbedDriverText(error));
    // A connection closed by a failed reconnect fails without a driver error of its own.
    const Failure failure = !db.connection().isOpen() ? Failure::Connection : classify(error, db.isSqlite());
    if (failure == Failure::Connection)
        db.markConnectionLost();
    qCWarning(lcStorage).noquote() << "statement failed:" << detail;
    auto message = [](const char *text) { return QCoreApplication::translate("zz::Database", text); };
    switch (failure) {
    case Failure::Connection:
        throw Error(
            Error::Kind::Connection,
            message(QT_TRANSLATE_NOOP("zz::Database", "与数据库的连接已断开,请检查网络或数据库服务后重试。")),
            detail);
    case Failure::Conflict:
        throw Error(Error::Kind::Conflict,
                    message(QT_TRANSLATE_NOOP("zz::Database", "数据库正忙或发生并发冲突,请稍后重试。")),
                    detail);
    case Failure::Forbidden:
        throw Error(Error::Kind::Forbidden,
                    message(QT_TRANSLATE_NOOP("zz::Database", "当前账号无权执行此数据库操作。")), detail);
    case Failure::Unique:
        throw Error(Error::Kind::Validation, message(QT_TRANSLATE_NOOP("zz::Database", "该记录已存在。")),
                    detail);
    case Failure::ForeignKey:
        throw Error(Error::Kind::Validation,
                    message(QT_TRANSLATE_NOOP("zz::Database", "引用的数据不存在或已被删除。")), detail);
    case Failure::Check:
        throw Error(Error::Kind::Validation,
                    message(QT_TRANSLATE_NOOP("zz::Database", "数据不符合要求,未能保存。")), detail);
    case Failure::NotNull:
        throw Error(Error::Kind::Validation,
                    message(QT_TRANSLATE_NOOP("zz::Database", "有必填的数据缺失,未能保存。")), detail);
    case Failure::BadText:
        throw Error(Error::Kind::Validation,
                    message(QT_TRANSLATE_NOOP("zz::Database", "文字中含有无效或不可见的字符,未能保存。")),
                    detail);
    case Failure::TooLong:
        throw Error(Error::Kind::Validation,
                    message(QT_TRANSLATE_NOOP("zz::Database", "输入的内容过长,未能保存。")), detail);
    case Failure::Other:
        break;
    }
    throw Error(
        Error::Kind::Storage,
        message(QT_TRANSLATE_NOOP("zz::Database", "数据库操作失败,请稍后重试;如果问题持续,请联系管理员。")),
        detail);
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
