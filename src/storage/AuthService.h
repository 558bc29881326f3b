#pragma once

#include "Clock.h"
#include "Database.h"
#include "Entities.h"

#include <QCoreApplication>
#include <memory>

namespace zz {

// A logged-in account with its own database connection. On PostgreSQL the connection is opened
// with the account's own login role, so row-level security applies to everything it runs.
struct Session
{
    std::unique_ptr<Database> db;
    User user;
    Actor actor() const
    {
        return Actor{user.id, user.displayName, user.roles, user.orgUnitId, user.departmentId};
    }
};

// Login. SQLite: Argon2id hashes in users.password_hash (libsodium), lock-out after
// maxFailedLogins failures for lockoutMinutes. PostgreSQL: the server checks the password
// (SCRAM-SHA-256 login roles). Logins and failed logins are written to the audit log.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(zz::AuthService)

public:
    static constexpr int maxFailedLogins = 5;
    static constexpr int lockoutMinutes = 15;

    explicit AuthService(const Clock &clock) : m_clock(clock) {}

    // Opens `url` as `login` and checks the password. Throws zz::Error: Forbidden with a
    // translated message for a wrong password, an unknown, disabled or locked account (the
    // message says how long a lock lasts); Connection when the server cannot be reached.
    Session login(const QString &url, const QString &login, const QString &password) const;

    // True when the database has no account yet (first run: the app asks for the first admin).
    static bool needsFirstAdmin(const Database &db);

private:
    const Clock &m_clock;
};

} // namespace zz
