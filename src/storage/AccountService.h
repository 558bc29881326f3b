#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QStringList>

namespace zz {

class Database;

// Accounts: create, edit, disable, reset passwords. Every call but createFirstAdmin() and
// changeOwnPassword() needs Permission::ManageAccounts, and an admin manages only accounts inside
// his own org unit. SQLite keeps an Argon2id hash in users.password_hash; PostgreSQL makes each
// account a login role of the same name (LoginRoles) and changes the users row and the role in
// one transaction.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(zz::AccountService)

public:
    static constexpr int maxDisplayNameLength = 50;

    AccountService(const Database &db, const Clock &clock, const Actor &actor);

    // Validates and stores a new account (id and version filled in); returns its id.
    qint64 create(User &user, const QString &password);
    // Display name, roles, org unit, department, active. Optimistic: Conflict on a stale version.
    // The login name cannot change (it is the PostgreSQL role).
    void update(User &user);
    void setActive(qint64 userId, bool active);
    void resetPassword(qint64 userId, const QString &newPassword);
    // Clears the failed-login count and a lock-out (SQLite).
    void unlock(qint64 userId);
    // The actor's own password; the old one must be right.
    void changeOwnPassword(const QString &oldPassword, const QString &newPassword);

    // The first account of an empty database, always with the Admin role; no permission needed,
    // refused (Forbidden) once any account exists.
    qint64 createFirstAdmin(User &user, const QString &password);

    // Empty when `login` is acceptable: ^[a-z][a-z0-9_]{1,31}$ and not reserved (pg_*, zongzhi*,
    // postgres, public, none); else a translated reason.
    static QString loginProblem(const QString &login);

    // For the demo data generator, bypassing the permission checks (it runs as the database owner):
    // gives the listed accounts `password` where they have none. SQLite: an Argon2id hash for rows
    // with an empty one. PostgreSQL: a login role for each account that has none, when this
    // connection may create roles; an existing role is left as it is. Returns translated notes on
    // what was skipped.
    static QStringList setUpDemoLogins(const Database &db, const QStringList &logins,
                                       const QString &password);

private:
    void requireManage() const;
    void requireInScope(qint64 orgUnitId) const;
    void validate(const User &user) const;
    void insert(User &user, const QString &password);
    void audit(const QString &action, qint64 userId, const QString &detail) const;

    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
};

} // namespace zz
