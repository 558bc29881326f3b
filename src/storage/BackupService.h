#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QString>

namespace zz {

class Database;

// Backup and restore of an embedded (SQLite) database with SQLite's online backup API, so the
// program and other clients may keep working meanwhile. Networked (PostgreSQL) databases are backed
// up on the server with pg_dump / pg_restore; both calls refuse them with a message saying so.
// Both write a backup / restore row to the audit log.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(zz::BackupService)

public:
    // `actor` is who asks (checked against Permission::Backup); an empty Actor is the command line,
    // recorded under `actorLogin`.
    explicit BackupService(const Clock &clock, Actor actor = {}, QString actorLogin = {});

    // Copies the live database behind `db` into `targetFile` (replaced if it exists; written to a
    // temporary file beside it first). In WAL mode the copy is one consistent snapshot taken in
    // steps of pagesPerStep() pages while writers carry on; otherwise locks are released between
    // steps. Throws zz::Error with a translated message.
    void backup(const Database &db, const QString &targetFile) const;

    // Checks `sourceFile` (readable, PRAGMA integrity_check = ok, a Zongzhi database no newer than
    // this program) and only then copies it over the database at `targetUrl` in one transaction,
    // brings its schema up to date and records the restore there. A bad source leaves the target
    // untouched. Throws zz::Error with a translated message.
    void restore(const QString &sourceFile, const QString &targetUrl) const;

    int pagesPerStep() const { return m_pagesPerStep; }
    void setPagesPerStep(int pages) { m_pagesPerStep = qMax(1, pages); }

private:
    void checkAllowed() const;

    const Clock &m_clock;
    Actor m_actor;
    QString m_actorLogin;
    int m_pagesPerStep = 256;
};

} // namespace zz
