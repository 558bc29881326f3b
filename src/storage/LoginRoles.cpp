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
    run(db, u"CREATE ROLE %1 LOGIN NOCREATEROLE PASSWORD %2 IN ROLE %3"_s.arg(
                role, quoteLiteral(db, verifier(db, login, password)), groups));
}

qint64 LoginRoles::createAccount(const Database &db, const User &user, const QString &password,
                                 const QDateTime &createdAt)
{
    return Query(db, u"SELECT zz_account_create(?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(user.login)
        .bind(user.displayName.trimmed())
        .bind(rolesToCodes(user.roles))
        .bind(user.orgUnitId)
        .bindId(user.departmentId)
        .bind(verifier(db, user.login, password))
        .bindTime(createdAt)
        .scalar()
        .toLongLong();
}

void LoginRoles::updateAccount(const Database &db, const User &user)
{
    Query(db, u"SELECT zz_account_update(?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(user.id)
        .bind(user.version)
        .bind(user.displayName.trimmed())
        .bind(rolesToCodes(user.roles))
        .bind(user.orgUnitId)
        .bindId(user.departmentId)
        .bind(user.active)
        .exec();
}

void LoginRoles::unlock(const Database &db, qint64 userId)
{
    Query(db, u"SELECT zz_account_unlock(?)"_s).bind(userId).exec();
}

void LoginRoles::setLogin(const Database &db, const QString &login, bool canLogin)
{
    run(db, u"ALTER ROLE %1 %2"_s.arg(quoteIdent(db, login), canLogin ? u"LOGIN"_s : u"NOLOGIN"_s));
}

void LoginRoles::setPassword(const Database &db, const QString &login, const QString &password)
{
    Query(db, u"SELECT zz_account_password(?, ?)"_s).bind(login).bind(verifier(db, login, password)).exec();
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
