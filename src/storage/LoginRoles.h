#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QString>

namespace zz {

class Database;

// The PostgreSQL side of accounts: each account is a login role of the same name in the group roles
// of migration 0003 (zongzhi_staff for all, zongzhi_reference for admins and leaders, zongzhi_admin
// plus CREATEROLE for admins). Passwords travel as SCRAM-SHA-256 verifiers computed on the client
// (libpq PQencryptPasswordConn, as psql's \password does), so the clear text never reaches the
// server's statement log. Names are quoted by the server (quote_ident/quote_literal), never pasted.
// PostgreSQL 15 (Debian 12) lets a CREATEROLE role grant any non-superuser group; from 16 on it
// needs ADMIN OPTION on the groups, which admin accounts would then have to be given.
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

    // CREATE ROLE ... LOGIN PASSWORD <verifier> IN ROLE <groups for roles> [CREATEROLE].
    static void create(const Database &db, const QString &login, const QString &password, Roles roles);
    // Group memberships and CREATEROLE as `roles` ask (after an edit of the account's roles).
    static void syncGroups(const Database &db, const QString &login, Roles roles);
    static void setLogin(const Database &db, const QString &login, bool canLogin);
    static void setPassword(const Database &db, const QString &login, const QString &password);

    static QString quoteIdent(const Database &db, const QString &name);
    static QString quoteLiteral(const Database &db, const QString &text);

private:
    static void run(const Database &db, const QString &sql);
    static QString verifier(const Database &db, const QString &login, const QString &password);
};

} // namespace zz
