#pragma once

#include "Database.h"
#include "Query.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace zz::test {

// A PostgreSQL database of a program's own for a run that starts other processes (the benchmark
// smokes): created with a UTF-8 LC_CTYPE (pg_trgm needs it) under a name with the process id, and
// dropped — with the login roles named for it — when this goes out of scope, even after a failure.
class ScratchPostgres
{
public:
    // `adminUrl`: a maintenance database on a server where the user may create databases.
    ScratchPostgres(const QString &adminUrl, const QString &prefix)
        : m_adminUrl(adminUrl),
          m_name(QStringLiteral("%1_%2").arg(prefix).arg(QCoreApplication::applicationPid()))
    {
        Database admin(m_adminUrl);
        Query::run(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_name));
        Query::run(admin, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                         "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
                              .arg(m_name));
    }
    ~ScratchPostgres()
    {
        try {
            Database admin(m_adminUrl);
            Query::run(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
            for (const QString &role : std::as_const(m_roles))
                Query::run(admin, QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        } catch (...) {
            // the server may already be gone at the end of the run
        }
    }
    ScratchPostgres(const ScratchPostgres &) = delete;
    ScratchPostgres &operator=(const ScratchPostgres &) = delete;

    // The owner's URL to the scratch database.
    QString url() const
    {
        ConnectionUrl url = ConnectionUrl::parse(m_adminUrl);
        url.databaseName = m_name;
        return url.toString();
    }
    // A login role the run creates (login roles belong to the whole server): dropped at the end.
    void dropRoleAtEnd(const QString &role) { m_roles << role; }

private:
    QString m_adminUrl;
    QString m_name;
    QStringList m_roles;
};

} // namespace zz::test
