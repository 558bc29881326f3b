#include "Database.h"

#include "Error.h"
#include "Query.h"
#include "SqlScript.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

QAtomicInteger<quint64> connectionCounter;

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
};

// Numbered files NNNN_name.sql: a dialect's own file wins over the common one of the same number.
QMap<int, Migration> migrationsFor(ConnectionUrl::Backend backend)
{
    QMap<int, Migration> out;
    const QString dialect = backend == ConnectionUrl::Backend::SQLite ? u"sqlite"_s : u"postgresql"_s;
    for (const QString &folder : {u"common"_s, dialect}) {
        const QDir dir(u":/zongzhi/sql/"_s + folder);
        for (const QString &file : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
            const int underscore = int(file.indexOf(u'_'));
            bool ok = false;
            const int version = file.left(underscore).toInt(&ok);
            if (!ok || version <= 0)
                continue;
            out[version] = Migration{version, file.mid(underscore + 1).chopped(4), dir.filePath(file)};
        }
    }
    return out;
}

} // namespace

ConnectionUrl ConnectionUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    ConnectionUrl url;
    if (trimmed.startsWith(u"sqlite:"_s, Qt::CaseInsensitive)) {
        url.backend = Backend::SQLite;
        QString rest = trimmed.mid(7);
        if (rest.startsWith(u"//"_s))
            rest = rest.mid(2); // sqlite:///abs/path -> /abs/path
        url.path = QUrl::fromPercentEncoding(rest.toUtf8());
        if (url.path.isEmpty())
            throw Error(Error::Kind::Validation, tr("SQLite 连接地址缺少数据库文件路径。"), trimmed);
        return url;
    }
    const QUrl parsed(trimmed, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"postgresql"_s || scheme == u"postgres"_s) {
        url.backend = Backend::PostgreSQL;
        url.host = parsed.host().isEmpty() ? u"localhost"_s : parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        url.password = parsed.password();
        url.databaseName = parsed.path().mid(1);
        if (url.databaseName.isEmpty())
            throw Error(Error::Kind::Validation, tr("PostgreSQL 连接地址缺少数据库名。"),
                        parsed.toDisplayString());
        QStringList options;
        for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded))
            options.append(key + u'=' + value);
        url.options = options.join(u';');
        return url;
    }
    throw Error(
        Error::Kind::Validation,
        tr("无法识别的数据库地址“%1”。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。")
            .arg(trimmed));
}

QString ConnectionUrl::toDisplayString() const
{
    if (backend == Backend::SQLite)
        return u"sqlite://"_s + path;
    QString s = u"postgresql://"_s;
    if (!user.isEmpty())
        s += user + u'@';
    s += host + u':' + QString::number(port) + u'/' + databaseName;
    return s;
}

QString ConnectionUrl::toString() const
{
    if (backend == Backend::SQLite)
        return u"sqlite://"_s + path;
    QUrl u;
    u.setScheme(u"postgresql"_s);
    u.setHost(host);
    u.setPort(port);
    u.setUserName(user);
    u.setPassword(password);
    u.setPath(u'/' + databaseName);
    if (!options.isEmpty()) {
        QUrlQuery q;
        for (const QString &opt : options.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = opt.indexOf(u'=');
            q.addQueryItem(opt.left(eq), opt.mid(eq + 1));
        }
        u.setQuery(q);
    }
    return u.toString();
}

QString Database::defaultUrl()
{
    return u"sqlite://"_s + QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/zongzhi.db"_s;
}

Database::Database(const QString &url) : Database(ConnectionUrl::parse(url)) {}

Database::Database(const ConnectionUrl &url)
    : m_url(url), m_connectionName(u"zongzhi-%1"_s.arg(++connectionCounter))
{
    open();
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::open()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        const QString driver = isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s;
        if (!QSqlDatabase::isDriverAvailable(driver))
            throw Error(Error::Kind::Connection,
                        tr("缺少数据库驱动 %1,请安装对应的 Qt SQL 插件。").arg(driver));
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_connectionName);
        if (isSqlite()) {
            if (m_url.path != u":memory:"_s) {
                const QFileInfo info(m_url.path);
                if (!QDir().mkpath(info.absolutePath()))
                    throw Error(Error::Kind::Connection,
                                tr("无法创建数据库所在的文件夹“%1”。").arg(info.absolutePath()));
            }
            db.setDatabaseName(m_url.path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        } else {
            db.setHostName(m_url.host);
            db.setPort(m_url.port);
            db.setUserName(m_url.user);
            db.setPassword(m_url.password);
            db.setDatabaseName(m_url.databaseName);
            QString options = m_url.options;
            if (!options.contains(u"connect_timeout"_s))
                options += (options.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=5"_s;
            db.setConnectOptions(options);
        }
    }
    QSqlDatabase db = connection();
    if (!db.open()) {
        const QString detail = db.lastError().text();
        throw Error(Error::Kind::Connection,
                    tr("无法连接数据库 %1:%2").arg(m_url.toDisplayString(), detail.trimmed()), detail);
    }
    if (isSqlite())
        configureSqlite();
    else
        checkPostgres();
}

void Database::configureSqlite()
{
    Query::run(*this, u"PRAGMA foreign_keys = ON"_s);
    Query::run(*this, u"PRAGMA busy_timeout = 10000"_s);
    if (m_url.path != u":memory:"_s) {
        QSqlQuery q(connection());
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next() ||
            q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            throw Error(Error::Kind::Connection,
                        tr("无法为数据库文件“%1”启用 WAL 日志模式,请检查文件夹的写权限。").arg(m_url.path),
                        q.lastError().text());
    }
    Query::run(*this, u"PRAGMA synchronous = NORMAL"_s);
}

void Database::checkPostgres()
{
    Query encoding(*this, u"SELECT current_setting('server_encoding'), current_setting('lc_ctype')"_s);
    encoding.exec();
    if (encoding.next()) {
        const QString serverEncoding = encoding.text(0);
        const QString ctype = encoding.text(1);
        const bool utf8Ctype =
            ctype.contains(u"utf8"_s, Qt::CaseInsensitive) || ctype.contains(u"utf-8"_s, Qt::CaseInsensitive);
        if (serverEncoding.compare(u"UTF8"_s, Qt::CaseInsensitive) != 0 || !utf8Ctype)
            throw Error(
                Error::Kind::Schema,
                tr("PostgreSQL 数据库“%1”的编码为 %2、字符分类(LC_CTYPE)为 %3。"
                   "中文检索需要 UTF-8:请用 createdb --encoding=UTF8 --locale=C.UTF-8 重新创建数据库。")
                    .arg(m_url.databaseName, serverEncoding, ctype));
    }
    Query::run(*this, u"SET application_name = 'zongzhi'"_s);
    Query::run(*this, u"SET client_min_messages = warning"_s);
}

QString Database::beginStatement() const
{
    return isSqlite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;
}

int Database::latestSchemaVersion()
{
    const auto sqlite = migrationsFor(ConnectionUrl::Backend::SQLite);
    const auto pg = migrationsFor(ConnectionUrl::Backend::PostgreSQL);
    return qMax(sqlite.isEmpty() ? 0 : sqlite.lastKey(), pg.isEmpty() ? 0 : pg.lastKey());
}

int Database::schemaVersion() const
{
    QSqlQuery probe(connection());
    const bool exists =
        isSqlite()
            ? probe.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s) &&
                  probe.next()
            : probe.exec(u"SELECT to_regclass('schema_version') IS NOT NULL"_s) && probe.next() &&
                  probe.value(0).toBool();
    if (!exists)
        return 0;
    return Query(*this, u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s).scalar().toInt();
}

void Database::migrate()
{
    // Only when missing: an account's own PostgreSQL role may not create tables, and an up-to-date
    // database then needs nothing from it.
    if (schemaVersion() == 0)
        Query::run(*this, u"CREATE TABLE IF NOT EXISTS schema_version ("
                          "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
    const auto migrations = migrationsFor(backend());
    const int latest = migrations.isEmpty() ? 0 : migrations.lastKey();
    const int current = schemaVersion();
    if (current > latest)
        throw Error(
            Error::Kind::Schema,
            tr("数据库的结构版本为 %1,而本程序只支持到版本 %2。请升级综治中心工作台后再打开此数据库。")
                .arg(current)
                .arg(latest));
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Schema, tr("缺少数据库迁移脚本 %1。").arg(m.resource));
        const QString script = QString::fromUtf8(file.readAll());

        Transaction tx(*this);
        if (isPostgres()) // several clients may start at once: one migrates, the others wait
            Query::run(*this, u"SELECT pg_advisory_xact_lock(7243001)"_s);
        if (Query(*this, u"SELECT COUNT(*) FROM schema_version WHERE version = ?"_s)
                .bind(m.version)
                .scalar()
                .toInt() > 0)
            continue; // another client applied it while we waited
        for (const QString &statement : splitSqlScript(script))
            Query::run(*this, statement);
        Query(*this, u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s)
            .bind(m.version)
            .bind(m.name)
            .bind(QDateTime::currentSecsSinceEpoch())
            .exec();
        tx.commit();
    }
}

void Database::maintainSearchIndex() const
{
    if (!isSqlite())
        return;
    // At most 300 leaf pages of merge work (a few milliseconds): idle time is taken in small steps.
    Query::run(*this, u"INSERT INTO cases_fts(cases_fts, rank) VALUES('merge', 300)"_s);
    QSqlQuery checkpoint(connection());
    checkpoint.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

void Database::reconnect()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    open();
}

bool Database::isAlive() const
{
    QSqlQuery q(connection());
    return q.exec(u"SELECT 1"_s) && q.next();
}

} // namespace zz
