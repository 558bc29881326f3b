#include "Database.h"

#include "ConnectionFailure.h"
#include "Error.h"
#include "Query.h"
#include "SqlScript.h"
#include "SqliteFunctions.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QThread>
#include <QUrl>
#include <algorithm>
#include <cctype>
#include <libpq-fe.h>
#include <memory>
#include <sqlite3.h>

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

namespace {

[[noreturn]] void refuseUrl(const QString &message)
{
    throw Error(Error::Kind::Validation, message);
}

// Strict percent-decoding: every % starts two hex digits and the bytes are UTF-8.
QString percentDecoded(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] != '%') {
            out.append(bytes[i]);
            continue;
        }
        const auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
        bool ok = i + 2 < bytes.size() && hex(bytes[i + 1]) && hex(bytes[i + 2]);
        const int value = ok ? bytes.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (!ok)
            refuseUrl(
                ConnectionUrl::tr("数据库地址中的百分号编码无效:“%”后应为两位十六进制数(“%”本身写作 %25)。"));
        out.append(char(value));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString decoded = decoder(out);
    if (decoder.hasError())
        refuseUrl(ConnectionUrl::tr("数据库地址中的百分号编码不是有效的 UTF-8 文字。"));
    return decoded;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool hasSpaceOrControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; });
}

bool isHostName(const QString &host)
{
    return !host.isEmpty() && !host.startsWith(u'.') && !host.startsWith(u'-') &&
           std::all_of(host.cbegin(), host.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_'; });
}

bool isIpv6Address(const QString &address)
{
    const qsizetype zone = address.indexOf(u'%');
    const QString bare = zone < 0 ? address : address.left(zone);
    if (zone >= 0 && (address.size() == zone + 1 || hasSpaceOrControl(address.mid(zone + 1))))
        return false;
    return bare.contains(u':') && std::all_of(bare.cbegin(), bare.cend(), [](QChar c) {
               return c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u':' ||
                      c == u'.';
           });
}

void parsePostgres(const QString &rest, ConnectionUrl &url)
{
    const QString usage = ConnectionUrl::tr("格式为 postgresql://用户[:密码]@主机[:端口]/数据库[?选项=值]。");
    if (!rest.startsWith(u"//"_s))
        refuseUrl(ConnectionUrl::tr("PostgreSQL 连接地址在“postgresql:”之后应接“//”和主机名。") + usage);
    if (rest.contains(u'#'))
        refuseUrl(ConnectionUrl::tr("数据库地址中不能有“#”;密码中的 # 请写作 %23。"));
    QString body = rest.mid(2);
    QString query;
    if (const qsizetype mark = body.indexOf(u'?'); mark >= 0) {
        query = body.mid(mark + 1);
        body.truncate(mark);
    }
    const qsizetype slash = body.indexOf(u'/');
    const QString authority = slash < 0 ? body : body.left(slash);
    const QString path = slash < 0 ? QString() : body.mid(slash + 1);

    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        url.user = percentDecoded(colon < 0 ? userInfo : userInfo.left(colon));
        url.password = colon < 0 ? QString() : percentDecoded(userInfo.mid(colon + 1));
        if (url.user.isEmpty() || hasSpaceOrControl(url.user))
            refuseUrl(ConnectionUrl::tr("PostgreSQL 连接地址中的用户名不能为空,也不能含空格或控制字符。"));
        if (hasControlCharacters(url.password))
            refuseUrl(ConnectionUrl::tr("PostgreSQL 连接地址中的密码不能含控制字符。"));
    }

    QString portText;
    bool hasPort = false;
    if (hostPort.startsWith(u'[')) {
        const qsizetype close = hostPort.indexOf(u']');
        if (close < 0)
            refuseUrl(ConnectionUrl::tr(
                "PostgreSQL 连接地址中的 IPv6 地址缺少右方括号“]”,应写作 [::1]:5432 的形式。"));
        url.host = percentDecoded(hostPort.mid(1, close - 1)); // a zone: fe80::1%25eth0
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            refuseUrl(ConnectionUrl::tr("PostgreSQL 连接地址中 IPv6 地址的“]”之后只能接“:端口”。"));
        hasPort = !after.isEmpty();
        portText = after.mid(1);
        if (!isIpv6Address(url.host))
            refuseUrl(ConnectionUrl::tr("PostgreSQL 连接地址中方括号内的“%1”不是 IPv6 地址。").arg(url.host));
    } else {
        const qsizetype colon = hostPort.lastIndexOf(u':');
        hasPort = colon >= 0;
        url.host = percentDecoded(hasPort ? hostPort.left(colon) : hostPort);
        portText = hasPort ? hostPort.mid(colon + 1) : QString();
        if (url.host.isEmpty())
            refuseUrl(
                ConnectionUrl::tr("PostgreSQL 连接地址缺少主机名(例如 localhost 或服务器的 IP 地址)。") +
                usage);
        // A socket folder (percent-encoded /var/run/postgresql) is a host to libpq too.
        const bool socketFolder = url.host.startsWith(u'/') && !hasControlCharacters(url.host);
        if (!socketFolder && !isHostName(url.host))
            refuseUrl(ConnectionUrl::tr("PostgreSQL 连接地址中的主机名“%1”无效(IPv6 地址请放在方括号中)。")
                          .arg(url.host));
    }
    url.port = 5432;
    if (hasPort) {
        bool ok = !portText.isEmpty() && std::all_of(portText.cbegin(), portText.cend(),
                                                     [](QChar c) { return c >= u'0' && c <= u'9'; });
        const int port = ok ? portText.toInt(&ok) : 0;
        if (!ok || port < 1 || port > 65535)
            refuseUrl(
                ConnectionUrl::tr("端口“%1”无效:端口应为 1 到 65535 之间的整数。").arg(portText.left(12)));
        url.port = port;
    }

    url.databaseName = percentDecoded(path);
    if (url.databaseName.isEmpty())
        refuseUrl(ConnectionUrl::tr("PostgreSQL 连接地址缺少数据库名。") + usage);
    if (url.databaseName.contains(u'/') || hasControlCharacters(url.databaseName))
        refuseUrl(ConnectionUrl::tr("数据库名“%1”无效:不能含“/”或控制字符。").arg(url.databaseName));

    // The options go into libpq's "key=value" connection string: nothing that could end a value.
    QStringList options;
    for (const QString &item : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = eq < 0 ? item : percentDecoded(item.left(eq));
        const QString value = eq < 0 ? QString() : percentDecoded(item.mid(eq + 1));
        static const QRegularExpression keyPattern(u"^[a-z_]+$"_s);
        const bool valueOk = !value.isEmpty() && !hasSpaceOrControl(value) &&
                             std::none_of(value.cbegin(), value.cend(), [](QChar c) {
                                 return c == u';' || c == u'\'' || c == u'"' || c == u'\\' || c == u'=';
                             });
        if (eq < 0 || !keyPattern.match(key).hasMatch() || !valueOk)
            refuseUrl(
                ConnectionUrl::tr("连接选项“%1”无效:应写作 名称=值,值中不能有空格、分号、引号或反斜杠。")
                    .arg(eq < 0 ? item.left(40) : key.left(40)));
        options.append(key + u'=' + value);
    }
    url.options = options.join(u';');
}

} // namespace

ConnectionUrl ConnectionUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    ConnectionUrl url;
    if (trimmed.isEmpty())
        refuseUrl(tr("请填写数据库地址:sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。"));
    const qsizetype colon = trimmed.indexOf(u':');
    static const QRegularExpression schemePattern(u"^[A-Za-z][A-Za-z0-9+.-]*$"_s);
    const QString scheme = colon > 0 ? trimmed.left(colon).toLower() : QString();
    if (scheme == u"sqlite"_s) {
        url.backend = Backend::SQLite;
        QString rest = trimmed.mid(7);
        if (rest.startsWith(u"//"_s))
            rest = rest.mid(2); // sqlite:///abs/path -> /abs/path
        url.path = percentDecoded(rest);
        if (url.path.isEmpty())
            refuseUrl(tr("SQLite 连接地址缺少数据库文件路径。"));
        if (hasControlCharacters(url.path))
            refuseUrl(tr("SQLite 数据库文件路径不能含控制字符。"));
        return url;
    }
    if (scheme == u"postgresql"_s || scheme == u"postgres"_s) {
        url.backend = Backend::PostgreSQL;
        parsePostgres(trimmed.mid(colon + 1), url);
        return url;
    }
    // Only the scheme is repeated: the rest may hold a password.
    if (!scheme.isEmpty() && schemePattern.match(scheme).hasMatch())
        refuseUrl(
            tr("不支持的数据库类型“%1”。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。")
                .arg(scheme.left(20)));
    refuseUrl(tr("无法识别的数据库地址。请使用 sqlite:///文件路径 或 postgresql://用户@主机:端口/数据库。"));
}

QString ConnectionUrl::toDisplayString() const
{
    if (backend == Backend::SQLite)
        return u"sqlite://"_s + path;
    QString s = u"postgresql://"_s;
    if (!user.isEmpty())
        s += user + u'@';
    s += (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port) + u'/' +
         databaseName;
    return s;
}

QString ConnectionUrl::toString() const
{
    if (backend == Backend::SQLite)
        return u"sqlite://"_s + path;
    // Percent-encoded so that parse() gives back the same fields.
    const auto encode = [](const QString &part, const QByteArray &keep = {}) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part, keep));
    };
    QString s = u"postgresql://"_s;
    if (!user.isEmpty()) {
        s += encode(user);
        if (!password.isEmpty())
            s += u':' + encode(password);
        s += u'@';
    }
    if (host.contains(u':'))
        s += u'[' + QString(host).replace(u'%', u"%25"_s) + u']';
    else
        s += encode(host, ".-_");
    s += u':' + QString::number(port) + u'/' + encode(databaseName);
    QStringList query;
    for (const QString &opt : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = opt.indexOf(u'=');
        query.append(encode(opt.left(eq)) + u'=' + encode(opt.mid(eq + 1)));
    }
    if (!query.isEmpty())
        s += u'?' + query.join(u'&');
    return s;
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
    try {
        open();
    } catch (...) {
        // No destructor runs for a constructor that throws: let go of the file or the server here.
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
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

void Database::open() const
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
        // A server's refusal in a plain sentence; libpq's own English stays in the detail.
        const QString reason =
            isSqlite() ? detail.trimmed() : ConnectionFailure::sentence(ConnectionFailure::classify(detail));
        throw Error(Error::Kind::Connection, tr("无法连接数据库 %1:%2").arg(m_url.toDisplayString(), reason),
                    detail);
    }
    if (isSqlite()) {
        checkSqliteFile(); // before anything is written, WAL included
        configureSqlite();
    } else {
        checkPostgres();
    }
    checkSchemaSupported(schemaVersion(), backend(), m_url.toDisplayString());
}

void Database::checkSqliteFile() const
{
    if (m_url.path == u":memory:"_s)
        return;
    // Reading the schema is the first thing that reads the file; it writes nothing.
    QSqlQuery probe(connection());
    if (!probe.exec(u"SELECT COUNT(*), COALESCE(SUM(type = 'table' AND name = 'schema_version'), 0) "
                    "FROM sqlite_master"_s) ||
        !probe.next()) {
        const QSqlError error = probe.lastError();
        const int code = error.nativeErrorCode().toInt() & 0xff;
        // SQLITE_NOTADB (26): random bytes, an encrypted file, a document; SQLITE_CORRUPT (11).
        if (code == 26 || error.text().contains(u"not a database"_s, Qt::CaseInsensitive))
            throw Error(Error::Kind::Schema,
                        tr("文件“%1”不是数据库(也可能已加密或严重损坏)。请选择综治中心工作台的数据库文件;"
                           "本程序未改动此文件。")
                            .arg(m_url.path),
                        error.text());
        if (code == 11)
            throw Error(Error::Kind::Schema,
                        tr("数据库文件“%1”已损坏,无法读取。请从备份恢复。").arg(m_url.path), error.text());
        throw Error(Error::Kind::Connection, tr("无法读取数据库文件“%1”:%2").arg(m_url.path, error.text()),
                    error.text());
    }
    const qint64 objects = probe.value(0).toLongLong();
    const bool ours = probe.value(1).toLongLong() > 0;
    probe.finish();
    if (objects > 0 && !ours)
        throw Error(Error::Kind::Schema,
                    tr("文件“%1”是别的程序的 SQLite 数据库,不是综治中心工作台的数据库。为免损坏其中的数据,"
                       "本程序没有打开也没有改动它。请选择其他文件,或新建一个数据库文件。")
                        .arg(m_url.path));
}

void Database::configureSqlite() const
{
    registerSqliteFunctions(connection());
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
    // 64 MiB of page cache (SQLite's default is 2 MiB), taken only as pages are read: a transaction that
    // writes many cases touches pages of each of their indexes; with the default cache it wrote them to
    // the WAL and read them back several times over (an import of 100,000 cases spent a quarter of its
    // time in the kernel's file reads and writes), and the board's and reports' scans re-read pages.
    Query::run(*this, u"PRAGMA cache_size = -65536"_s);
}

void Database::checkPostgres() const
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
    const int current = schemaVersion();
    checkSchemaSupported(current, backend(), m_url.toDisplayString());
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Schema, tr("缺少数据库迁移脚本 %1。").arg(m.resource));
        const QString script = QString::fromUtf8(file.readAll());

        // A SQLite migration that rebuilds a table (SQLite cannot drop a constraint) says so on its first
        // line. It runs with foreign keys off, or dropping the old table would cascade to the rows that
        // reference it; PRAGMA foreign_keys does nothing inside a transaction, so it is set around it, and
        // the keys are checked before the commit (https://sqlite.org/lang_altertable.html, section 7).
        const bool rebuild = isSqlite() && script.startsWith(u"-- zz:rebuild-table"_s);
        if (rebuild)
            Query::run(*this, u"PRAGMA foreign_keys = OFF"_s);
        const auto keysOn = qScopeGuard([&] {
            if (!rebuild)
                return;
            QSqlQuery on(connection());
            on.exec(u"PRAGMA foreign_keys = ON"_s);
        });

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
        if (rebuild) {
            Query check(*this, u"PRAGMA foreign_key_check"_s);
            check.exec();
            if (check.next())
                throw Error(Error::Kind::Schema,
                            tr("数据库迁移 %1 破坏了数据之间的引用，未执行。").arg(m.version),
                            u"foreign_key_check: %1"_s.arg(check.text(0)));
        }
        Query(*this, u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s)
            .bind(m.version)
            .bind(m.name)
            .bind(QDateTime::currentSecsSinceEpoch())
            .exec();
        tx.commit();
    }
}

std::function<void()> Database::canceller() const
{
    const QVariant handle = connection().driver() ? connection().driver()->handle() : QVariant();
    if (!handle.isValid())
        return [] {};
    if (isSqlite()) {
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return [] {};
        sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
        return [native] { sqlite3_interrupt(native); };
    }
    // Qt 6 names the metatype after the struct behind the typedef ("pg_conn*"); Qt 5 said "PGconn*".
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return [] {};
    PGconn *native = *static_cast<PGconn *const *>(handle.constData());
    // The cancel object holds the server's key, not the connection: it stays valid on its own.
    const std::shared_ptr<PGcancel> cancel(PQgetCancel(native), [](PGcancel *c) {
        if (c)
            PQfreeCancel(c);
    });
    return [cancel] {
        char error[256];
        if (cancel)
            PQcancel(cancel.get(), error, int(sizeof error));
    };
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

int ReconnectPolicy::delayBefore(int attempt) const
{
    if (attempt <= 1)
        return 0;
    qint64 delay = firstDelayMs;
    for (int i = 2; i < attempt && delay < maxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, maxDelayMs));
}

void Database::checkSchemaSupported(int version, ConnectionUrl::Backend backend, const QString &where)
{
    const auto migrations = migrationsFor(backend);
    const int latest = migrations.isEmpty() ? 0 : migrations.lastKey();
    if (version > latest)
        throw Error(
            Error::Kind::Schema,
            tr("“%1”的数据库结构版本为 %2,而本程序只支持到版本 %3。请升级综治中心工作台后再打开此数据库;"
               "本程序未改动它。")
                .arg(where)
                .arg(version)
                .arg(latest));
}

QString Database::connectionLostMessage()
{
    return tr("与数据库的连接已断开,请检查网络或数据库服务后重试。");
}

void Database::markConnectionLost() const
{
    setLost(true);
}

void Database::setLost(bool lost) const
{
    if (lost == m_lost)
        return;
    m_lost = lost;
    // A copy: a listener may remove itself.
    const auto listeners = m_listeners;
    for (const auto &[id, listener] : listeners)
        listener(!lost);
}

int Database::addConnectionListener(ConnectionListener listener) const
{
    const int id = ++m_nextListenerId;
    m_listeners.emplace(id, std::move(listener));
    return id;
}

void Database::removeConnectionListener(int id) const
{
    m_listeners.erase(id);
}

void Database::usePassword(const QString &password) const
{
    if (!isPostgres())
        return;
    m_url.password = password;
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = connection(); // a handle on the shared connection: the next open uses it
        db.setPassword(password);
    }
}

void Database::reconnect() const
{
    m_transactionDepth = 0; // a dropped connection took its transaction with it
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    try {
        // Reopening would create an empty file where the database was (an unmounted share).
        if (isSqlite() && m_url.path != u":memory:"_s && !QFileInfo::exists(m_url.path))
            throw Error(Error::Kind::Connection, connectionLostMessage(), u"database file is missing"_s);
        open();
    } catch (const Error &e) {
        if (e.kind() != Error::Kind::Connection)
            throw;
        {
            QSqlDatabase db = connection();
            if (db.isOpen())
                db.close();
        }
        setLost(true);
        throw Error(Error::Kind::Connection, connectionLostMessage(), e.detail());
    }
    setLost(false);
}

void Database::ensureConnected(const ReconnectPolicy &policy) const
{
    if (!m_lost && isAlive())
        return;
    setLost(true);
    for (int attempt = 1;; ++attempt) {
        if (const int delay = policy.delayBefore(attempt); delay > 0)
            QThread::msleep(ulong(delay));
        try {
            reconnect();
            return;
        } catch (const Error &) {
            if (attempt >= qMax(1, policy.attempts))
                throw;
        }
    }
}

bool Database::isAlive() const
{
    if (!connection().isOpen())
        return false;
    QSqlQuery q(connection());
    return q.exec(u"SELECT 1"_s) && q.next();
}

} // namespace zz
