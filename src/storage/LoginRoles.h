#pragma once

#include "Entities.h"
#include "Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace zz {

class Database;

// The PostgreSQL side of accounts: each account is a login role of the same name in the group roles
// of migration 0003 (zongzhi_staff for all, zongzhi_reference for admins and leaders, zongzhi_admin for
// admins). No account holds CREATEROLE: accounts and their roles change only through the functions
// zz_account_create/_update/_password/_unlock of migration 0008, which run as the table owner (who must
// hold CREATEROLE), check that the caller is an admin whose scope holds the account, and audit.
// Passwords travel as SCRAM-SHA-256 verifiers computed on the client (libpq PQencryptPasswordConn, as
// psql's \password does), so the clear text never reaches the server's statement log.
class LoginRoles
{
    Q_DECLARE_TR_FUNCTIONS(zz::LoginRoles)

public:
    static constexpr const char16_t *staffGroup = u"zongzhi_staff";
    static constexpr const char16_t *referenceGroup = u"zongzhi_reference";
    static constexpr const char16_t *adminGroup = u"zongzhi_admin";

    static bool exists(const Database &db, const QString &login);
    // True when the role of this connection may create roles (CREATEROLE or superuser).
    static bool mayCreateRoles(const Database &db);
    // True when the role exists and is a member of zongzhi_staff (made by us, not a foreign role).
    static bool isStaffRole(const Database &db, const QString &login);
    // Direct membership of `login` in `group`.
    static bool isMember(const Database &db, const QString &login, const QString &group);

    // The owner's own tool (demo logins for existing accounts): CREATE ROLE ... LOGIN PASSWORD
    // <verifier> IN ROLE <groups for roles>, and LOGIN/NOLOGIN.
    static void create(const Database &db, const QString &login, const QString &password, Roles roles);
    static void setLogin(const Database &db, const QString &login, bool canLogin);

    // Through the server's account functions (migration 0008), as the connected account or the owner.
    static qint64 createAccount(const Database &db, const User &user, const QString &password,
                                const QDateTime &createdAt);
    static void updateAccount(const Database &db, const User &user);
    static void setPassword(const Database &db, const QString &login, const QString &password);
    static void unlock(const Database &db, qint64 userId);

    static QString quoteIdent(const Database &db, const QString &name);
    static QString quoteLiteral(const Database &db, const QString &text);

private:
    static void run(const Database &db, const QString &sql);
    static QString verifier(const Database &db, const QString &login, const QString &password);
};

} // namespace zz
