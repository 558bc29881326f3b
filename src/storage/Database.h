#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>
#include <functional>
#include <map>

namespace zz {

// Where the data lives, parsed from one connection URL:
//   sqlite:///absolute/path/to/file.db   (or sqlite:relative/path.db, sqlite::memory:)
//   postgresql://user[:password]@host[:port]/dbname[?sslmode=...]
struct ConnectionUrl
{
    Q_DECLARE_TR_FUNCTIONS(zz::ConnectionUrl)

public:
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString options; // driver connect options (PostgreSQL)

    // Throws zz::Error(Validation) with a translated message for a malformed URL.
    static ConnectionUrl parse(const QString &url);
    // The URL again, with the password left out (for the status bar and logs).
    QString toDisplayString() const;
    QString toString() const;
};

// How a dropped connection is tried again: a number of attempts with growing pauses between them.
struct ReconnectPolicy
{
    int attempts = 1;
    int firstDelayMs = 500; // before the second attempt; doubled for each further one
    int maxDelayMs = 10000;

    // The pause before attempt `attempt` (1-based): none before the first.
    int delayBefore(int attempt) const;
};

// One open connection to the database, SQLite or PostgreSQL. Each thread opens its own (Qt's SQL
// connections are per thread); the name is unique per instance. Every dialect difference of the
// project lives in this class or in the per-dialect migration files.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(zz::Database)

public:
    // sqlite:// + the user's data folder + /zongzhi.db (QStandardPaths::AppDataLocation of the
    // application "zongzhi" of organisation "Zongzhi", which both programs set).
    static QString defaultUrl();

    // Opens and configures the connection; throws zz::Error(Connection or Schema) with a
    // translated message when it cannot be opened. Refused before anything is written: a SQLite
    // file that is not a database or holds another program's tables (left byte for byte as it
    // was), and a database whose schema is newer than this program (every entry point opens here).
    explicit Database(const QString &url);
    explicit Database(const ConnectionUrl &url);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const ConnectionUrl &url() const { return m_url; }
    ConnectionUrl::Backend backend() const { return m_url.backend; }
    bool isSqlite() const { return m_url.backend == ConnectionUrl::Backend::SQLite; }
    bool isPostgres() const { return m_url.backend == ConnectionUrl::Backend::PostgreSQL; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // Applies pending migrations, each in its own transaction. Throws zz::Error(Schema) when the
    // database was written by a newer program.
    void migrate();
    // 0 for an empty database.
    int schemaVersion() const;
    static int latestSchemaVersion();
    // The one place that refuses a schema newer than this program can handle on `backend`:
    // throws zz::Error(Schema) naming `where` (a URL without password, or a file).
    static void checkSchemaSupported(int version, ConnectionUrl::Backend backend, const QString &where);

    // The connection's state. Query marks it lost when a statement fails because the server went
    // away (or the SQLite file became unreadable); it stays lost until a reconnect succeeds, and
    // every statement meanwhile fails with Error::Kind::Connection and connectionLostMessage().
    bool isConnectionLost() const { return m_lost; }
    void markConnectionLost() const;
    static QString connectionLostMessage();
    // Called (on the thread that noticed) when the connection is lost (false) or back (true).
    // The listener must not destroy this Database; the GUI queues its reaction.
    using ConnectionListener = std::function<void(bool connected)>;
    int addConnectionListener(ConnectionListener listener) const;
    void removeConnectionListener(int id) const;

    // One attempt to close and reopen the connection (after the server dropped it). Throws
    // zz::Error(Connection) with connectionLostMessage() while the database cannot be reached.
    void reconnect() const;
    // The account changed its own password: later reconnects (and connections made from url())
    // use the new one. PostgreSQL only; SQLite has no connection password.
    void usePassword(const QString &password) const;
    // Nothing when the connection works; otherwise reconnects, trying policy.attempts times with
    // its pauses (blocking). Throws the last zz::Error when it stays unreachable.
    void ensureConnected(const ReconnectPolicy &policy = {}) const;
    // True when a trivial query succeeds.
    bool isAlive() const;

    // Idle upkeep of the search index, for a timer while the user is not typing (the desktop app
    // runs it every minute when idle). SQLite: finishes some of the case search index's segment
    // merges (migration 0007 turned the automatic ones off, which used to land on single saves) and
    // checkpoints the WAL without waiting for readers. PostgreSQL: nothing (autovacuum does it).
    void maintainSearchIndex() const;

    // Stops the statement running on this connection, from any thread (a newer request made its
    // result useless): PostgreSQL sends a cancel request (PQcancel), SQLite interrupts the step
    // (sqlite3_interrupt); the statement then fails with Error::Kind::Storage. Take it on the
    // connection's own thread after the connection opened (again after a reconnect); a SQLite
    // canceller may be called only while this Database lives.
    std::function<void()> canceller() const;

    // Dialect pieces.
    QString beginStatement() const; // BEGIN IMMEDIATE on SQLite (no lock upgrades), BEGIN elsewhere

    // Nesting depth of zz::Transaction on this connection (inner ones become savepoints).
    int &transactionDepth() const { return m_transactionDepth; }

private:
    void open() const;
    void checkSqliteFile() const;
    void configureSqlite() const;
    void checkPostgres() const;
    void setLost(bool lost) const;

    mutable ConnectionUrl m_url; // the password follows usePassword()
    QString m_connectionName;
    mutable int m_transactionDepth = 0;
    // Connection state, mutable: reconnecting changes no fact about which database this is.
    mutable bool m_lost = false;
    mutable int m_nextListenerId = 0;
    mutable std::map<int, ConnectionListener> m_listeners;
};

} // namespace zz
