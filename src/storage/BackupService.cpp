#include "BackupService.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <filesystem>
#include <optional>
#include <sqlite3.h>
#include <system_error>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int busyTimeoutMs = 10000;
constexpr qint64 maxBusyWaitMs = 30000;

// An sqlite3 connection of our own, closed on every path out.
class Connection
{
public:
    Connection() = default;
    ~Connection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // The SQLite result code; on failure message() says why.
    int open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_busy_timeout(m_db, busyTimeoutMs);
        return rc;
    }
    sqlite3 *handle() const { return m_db; }
    QString message() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s; }

private:
    sqlite3 *m_db = nullptr;
};

QString messageOf(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// The first column of the first row of `sql`, or nullopt with `error` set.
std::optional<QString> firstText(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    std::optional<QString> out;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            out = text ? QString::fromUtf8(text) : QString();
        } else if (rc == SQLITE_DONE) {
            out = QString();
        }
    }
    if (!out && error)
        *error = messageOf(db);
    sqlite3_finalize(stmt);
    return out;
}

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The sqlite3* behind a Qt SQLite connection (QSqlDriver::handle() holds it as "sqlite3*").
sqlite3 *nativeHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// Runs sqlite3_backup_step() to the end; BUSY/LOCKED are retried for a while. Returns the last code.
int runSteps(sqlite3_backup *backup, int pages, bool pauseBetweenSteps)
{
    QElapsedTimer busy;
    for (;;) {
        const int rc = sqlite3_backup_step(backup, pages);
        if (rc == SQLITE_OK) {
            busy.invalidate();
            if (pauseBetweenSteps)
                sqlite3_sleep(5); // let writers in between
            continue;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (!busy.isValid())
                busy.start();
            if (busy.elapsed() > maxBusyWaitMs)
                return rc;
            sqlite3_sleep(20);
            continue;
        }
        return rc;
    }
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

// A restore replaces a damaged or older Zongzhi database, but never another program's database
// nor one written by a newer program (this program could not open the result's history).
void checkTarget(const QString &target)
{
    const QFileInfo info(target);
    if (!info.exists() || info.size() == 0)
        return;
    Connection existing;
    if (existing.open(target, SQLITE_OPEN_READONLY) != SQLITE_OK)
        return; // unreadable: what a restore is for
    QString error;
    const auto objects = firstText(existing.handle(), "SELECT COUNT(*) FROM sqlite_master", &error);
    if (!objects)
        return; // damaged or not a database at all: replaced like any damaged database
    const auto ours = firstText(
        existing.handle(),
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", &error);
    if (objects->toInt() > 0 && ours.value_or(QString()).toInt() == 0)
        throw Error(
            Error::Kind::Validation,
            BackupService::tr("“%1”是别的程序的数据库,不能用综治中心工作台的备份覆盖它。").arg(target));
    if (ours.value_or(QString()).toInt() > 0) {
        const auto version = firstText(existing.handle(), "SELECT MAX(version) FROM schema_version", &error);
        Database::checkSchemaSupported(version.value_or(QString()).toInt(), ConnectionUrl::Backend::SQLite,
                                       target);
    }
}

} // namespace

BackupService::BackupService(const Clock &clock, Actor actor, QString actorLogin)
    : m_clock(clock), m_actor(std::move(actor)), m_actorLogin(std::move(actorLogin))
{}

void BackupService::checkAllowed() const
{
    if (m_actor.userId > 0 && !Permissions::allows(m_actor.roles, Permission::Backup))
        throw Error(Error::Kind::Forbidden, tr("当前账号无权备份或恢复数据库。"));
}

void BackupService::backup(const Database &db, const QString &targetFile) const
{
    checkAllowed();
    if (db.isPostgres())
        throw Error(Error::Kind::Validation,
                    tr("网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_dump 备份,例如:"
                       "pg_dump -Fc -f zongzhi.dump 数据库名。详见使用说明的“备份”一节。"));
    sqlite3 *source = nativeHandle(db);
    if (!source)
        throw Error(Error::Kind::Storage, tr("备份数据库失败:无法取得 SQLite 连接。"));
    if (db.transactionDepth() > 0 || sqlite3_get_autocommit(source) == 0)
        throw Error(Error::Kind::Storage, tr("备份数据库失败:连接上还有未完成的事务。"));
    if (targetFile.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("请指定备份文件。"));
    const QString target = QFileInfo(targetFile).absoluteFilePath();
    if (db.url().path != u":memory:"_s && sameFile(target, db.url().path))
        throw Error(Error::Kind::Validation, tr("备份文件不能是数据库文件本身。"));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw Error(Error::Kind::Validation,
                    tr("无法创建备份文件所在的文件夹“%1”。").arg(QFileInfo(target).absolutePath()));

    // Written beside the target first, so a failed run never leaves half a backup under its name.
    const QString partial = target + u".part"_s;
    removeWithCompanions(partial);
    {
        Connection dest;
        if (dest.open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
            throw Error(Error::Kind::Validation, tr("无法写入备份文件“%1”:%2").arg(target, dest.message()));

        // In WAL mode one read transaction held across the steps gives a consistent snapshot that
        // never restarts and never blocks writers. Otherwise the read lock is released between
        // steps (a write by another connection then restarts the copy).
        QString error;
        const bool wal = firstText(source, "PRAGMA journal_mode", &error).value_or(QString()) == u"wal"_s;
        bool snapshot = false;
        if (wal) {
            snapshot = exec(source, "BEGIN") && exec(source, "SELECT COUNT(*) FROM sqlite_master");
            if (!snapshot && sqlite3_get_autocommit(source) == 0)
                exec(source, "ROLLBACK");
        }
        sqlite3_backup *copy = sqlite3_backup_init(dest.handle(), "main", source, "main");
        int rc = SQLITE_ERROR;
        if (copy) {
            runSteps(copy, m_pagesPerStep, !snapshot);
            rc = sqlite3_backup_finish(copy);
        }
        if (snapshot)
            exec(source, "COMMIT");
        if (rc != SQLITE_OK) {
            const QString why = copy ? messageOf(dest.handle()) : dest.message();
            removeWithCompanions(partial);
            throw Error(Error::Kind::Storage, tr("备份数据库失败:%1").arg(why),
                        u"sqlite3_backup rc=%1"_s.arg(rc));
        }
        // A self-contained single file: the copied header may still say WAL.
        if (!exec(dest.handle(), "PRAGMA journal_mode = DELETE")) {
            const QString why = dest.message();
            removeWithCompanions(partial);
            throw Error(Error::Kind::Storage, tr("备份数据库失败:%1").arg(why));
        }
    }
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), ec);
    if (ec) {
        removeWithCompanions(partial);
        throw Error(Error::Kind::Validation,
                    tr("无法写入备份文件“%1”:%2").arg(target, QString::fromLocal8Bit(ec.message().c_str())));
    }
    if (db.schemaVersion() >= AuditLog::firstSchemaVersion) // a not yet upgraded database has no log
        AuditLog(db, m_clock).record(m_actor, m_actorLogin, AuditAction::Backup, u"database"_s, 0, target);
}

void BackupService::restore(const QString &sourceFile, const QString &targetUrl) const
{
    checkAllowed();
    const ConnectionUrl url = ConnectionUrl::parse(targetUrl);
    if (url.backend == ConnectionUrl::Backend::PostgreSQL)
        throw Error(
            Error::Kind::Validation,
            tr("网络模式(PostgreSQL)的数据库请在数据库服务器上用 pg_restore 恢复,例如:"
               "pg_restore --clean --if-exists -d 数据库名 zongzhi.dump。详见使用说明的“备份”一节。"));
    const QString source = QFileInfo(sourceFile).absoluteFilePath();
    const QFileInfo sourceInfo(source);
    if (!sourceInfo.isFile() || !sourceInfo.isReadable())
        throw Error(Error::Kind::Validation, tr("备份文件“%1”不存在或无法读取。").arg(source));
    if (url.path == u":memory:"_s)
        throw Error(Error::Kind::Validation, tr("不能恢复到内存数据库。"));
    const QString target = QFileInfo(url.path).absoluteFilePath();
    if (sameFile(source, target))
        throw Error(Error::Kind::Validation, tr("备份文件与要恢复的数据库是同一个文件。"));

    // Everything about the source is checked before the target is opened.
    Connection src;
    if (src.open(source, SQLITE_OPEN_READONLY) != SQLITE_OK)
        throw Error(Error::Kind::Validation, tr("备份文件“%1”无法打开:%2").arg(source, src.message()));
    QString error;
    const auto integrity = firstText(src.handle(), "PRAGMA integrity_check", &error);
    if (!integrity || *integrity != u"ok"_s) {
        // SQLite's first finding without its "*** in database main ***" heading.
        QStringList finding = integrity ? integrity->split(u'\n', Qt::SkipEmptyParts) : QStringList{error};
        finding.removeIf([](const QString &line) { return line.startsWith(u"***"_s); });
        throw Error(Error::Kind::Validation,
                    tr("备份文件“%1”已损坏,不能用于恢复(%2)。").arg(source, finding.join(u"; "_s)));
    }
    const auto version = firstText(src.handle(), "SELECT MAX(version) FROM schema_version", &error);
    if (!version || version->toInt() < 1)
        throw Error(Error::Kind::Validation, tr("文件“%1”不是综治中心工作台的数据库备份。").arg(source));
    Database::checkSchemaSupported(version->toInt(), ConnectionUrl::Backend::SQLite, source);
    checkTarget(target);

    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        throw Error(Error::Kind::Validation,
                    tr("无法创建数据库所在的文件夹“%1”。").arg(QFileInfo(target).absolutePath()));
    {
        Connection dest;
        if (dest.open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) != SQLITE_OK)
            throw Error(Error::Kind::Validation,
                        tr("无法打开要恢复的数据库“%1”:%2").arg(target, dest.message()));
        // The whole copy is one write transaction on the target: it either replaces every page or,
        // on failure, none.
        sqlite3_backup *copy = sqlite3_backup_init(dest.handle(), "main", src.handle(), "main");
        if (!copy)
            throw Error(Error::Kind::Storage, tr("恢复数据库失败,原数据库未被改动:%1").arg(dest.message()));
        runSteps(copy, -1, false);
        const int rc = sqlite3_backup_finish(copy);
        if (rc != SQLITE_OK)
            throw Error(Error::Kind::Storage, tr("恢复数据库失败,原数据库未被改动:%1").arg(dest.message()),
                        u"sqlite3_backup rc=%1"_s.arg(rc));
    }

    Database restored(url);
    restored.migrate(); // an older backup is brought up to this program's schema
    AuditLog(restored, m_clock).record(m_actor, m_actorLogin, AuditAction::Restore, u"database"_s, 0, source);
}

} // namespace zz
