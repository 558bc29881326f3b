#include "LoginRoles.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"

#include <QSqlDriver>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

PGconn *pgHandle(const Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    // Qt 6 names the metatype after the struct behind the typedef ("pg_conn*"); Qt 5 said "PGconn*".
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

bool LoginRoles::exists(const Database &db, const QString &login)
{
    return Query(db, u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s).bind(login).scalar().toInt() > 0;
}

bool LoginRoles::mayCreateRoles(const Database &db)
{
    return Query(db, u"SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"_s)
        .scalar()
        .toBool();
}

bool LoginRoles::isStaffRole(const Database &db, const QString &login)
{
    return isMember(db, login, QString::fromUtf16(staffGroup));
}

bool LoginRoles::isMember(const Database &db, const QString &login, const QString &group)
{
    return Query(db, u"SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                     "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = ? AND r.rolname = ?"_s)
               .bind(group)
               .bind(login)
               .scalar()
               .toInt() > 0;
}

void LoginRoles::create(const Database &db, const QString &login, const QString &password, Roles roles)
{
    const QString role = quoteIdent(db, login);
    QString groups = QString::fromUtf16(staffGroup);
    if (roles & (Roles(Role::Admin) | Role::Leader))
        groups += u", "_s + QString::fromUtf16(referenceGroup);
    if (roles.testFlag(Role::Admin))
        groups += u", "_s + QString::fromUtf16(adminGroup);
    run(db, u"CREATE ROLE %1 LOGIN %2 PASSWORD %3 IN ROLE %4"_s.arg(
                role, roles.testFlag(Role::Admin) ? u"CREATEROLE"_s : u"NOCREATEROLE"_s,
                quoteLiteral(db, verifier(db, login, password)), groups));
}

void LoginRoles::syncGroups(const Database &db, const QString &login, Roles roles)
{
    const QString role = quoteIdent(db, login);
    auto member = [&](const char16_t *group, bool wanted) {
        const QString g = QString::fromUtf16(group);
        if (isMember(db, login, g) != wanted) // a needless REVOKE would only earn a server warning
            run(db, (wanted ? u"GRANT %1 TO %2"_s : u"REVOKE %1 FROM %2"_s).arg(g, role));
    };
    member(staffGroup, true);
    member(referenceGroup, bool(roles & (Roles(Role::Admin) | Role::Leader)));
    member(adminGroup, roles.testFlag(Role::Admin));
    run(db,
        u"ALTER ROLE %1 %2"_s.arg(role, roles.testFlag(Role::Admin) ? u"CREATEROLE"_s : u"NOCREATEROLE"_s));
}

void LoginRoles::setLogin(const Database &db, const QString &login, bool canLogin)
{
    run(db, u"ALTER ROLE %1 %2"_s.arg(quoteIdent(db, login), canLogin ? u"LOGIN"_s : u"NOLOGIN"_s));
}

void LoginRoles::setPassword(const Database &db, const QString &login, const QString &password)
{
    run(db, u"ALTER ROLE %1 PASSWORD %2"_s.arg(quoteIdent(db, login),
                                               quoteLiteral(db, verifier(db, login, password))));
}

QString LoginRoles::quoteIdent(const Database &db, const QString &name)
{
    return Query(db, u"SELECT quote_ident(?)"_s).bind(name).scalar().toString();
}

QString LoginRoles::quoteLiteral(const Database &db, const QString &text)
{
    return Query(db, u"SELECT quote_literal(?)"_s).bind(text).scalar().toString();
}

void LoginRoles::run(const Database &db, const QString &sql)
{
    try {
        Query::run(db, sql);
    } catch (const Error &e) {
        // Never let the statement (it carries a password verifier) into the message or the log detail.
        const QString detail = e.detail().section(u" in: "_s, 0, 0);
        if (e.kind() == Error::Kind::Forbidden)
            throw Error(Error::Kind::Forbidden, tr("当前数据库账号无权管理登录角色(需要 CREATEROLE 权限)。"),
                        detail);
        throw Error(e.kind(), e.message(), detail);
    }
}

QString LoginRoles::verifier(const Database &db, const QString &login, const QString &password)
{
    PGconn *conn = pgHandle(db);
    if (!conn)
        throw Error(Error::Kind::Storage, tr("无法取得 PostgreSQL 连接句柄。"),
                    u"QPSQL handle unavailable"_s);
    const QByteArray pw = password.toUtf8();
    const QByteArray user = login.toUtf8();
    char *encrypted = PQencryptPasswordConn(conn, pw.constData(), user.constData(), "scram-sha-256");
    if (!encrypted)
        throw Error(Error::Kind::Storage, tr("计算密码摘要失败。"), QString::fromUtf8(PQerrorMessage(conn)));
    const QString out = QString::fromLatin1(encrypted);
    PQfreemem(encrypted);
    return out;
}

} // namespace zz
