#include "AccountService.h"

#include "AuditLog.h"
#include "AuthService.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "LoginRoles.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

bool isAdmin(const User &user)
{
    return user.roles.testFlag(Role::Admin);
}

} // namespace

AccountService::AccountService(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{}

QString AccountService::loginProblem(const QString &login)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{1,31}$"_s);
    if (login.isEmpty())
        return tr("登录名不能为空。");
    if (!pattern.match(login).hasMatch())
        return tr("登录名须为 2 到 32 个字符,以小写英文字母开头,只含小写字母、数字和下划线。");
    // PostgreSQL reserves pg_* and refuses public/none; zongzhi* are our group and service roles.
    if (login.startsWith(u"pg_"_s) || login.startsWith(u"zongzhi"_s) || login == u"postgres"_s ||
        login == u"public"_s || login == u"none"_s)
        return tr("登录名“%1”是系统保留名称,请换一个。").arg(login);
    return {};
}

void AccountService::requireManage() const
{
    if (!Permissions::allows(m_actor.roles, Permission::ManageAccounts))
        throw Error(Error::Kind::Forbidden, tr("只有管理员可以管理账号。"));
}

void AccountService::requireInScope(qint64 orgUnitId) const
{
    OrgUnitRepository orgUnits(m_db);
    const QString own = m_actor.orgUnitId > 0 ? orgUnits.path(m_actor.orgUnitId) : QString();
    const QString target = orgUnits.path(orgUnitId);
    if (own.isEmpty() || !target.startsWith(own))
        throw Error(Error::Kind::Forbidden, tr("只能管理本单位及下级单位的账号。"));
}

void AccountService::validate(const User &user) const
{
    InputLimits::check(user);
    if (const QString problem = loginProblem(user.login); !problem.isEmpty())
        throw Error(Error::Kind::Validation, problem);
    const QString name = user.displayName.trimmed();
    if (name.isEmpty())
        throw Error(Error::Kind::Validation, tr("请填写姓名。"));
    if (name.size() > maxDisplayNameLength)
        throw Error(Error::Kind::Validation, tr("姓名不能超过 %1 个字符。").arg(maxDisplayNameLength));
    if (!user.roles)
        throw Error(Error::Kind::Validation, tr("请至少选择一个角色。"));
    if (user.orgUnitId <= 0 || !OrgUnitRepository(m_db).get(user.orgUnitId))
        throw Error(Error::Kind::Validation, tr("请选择账号所属的单位。"));
    if (user.departmentId > 0 && !DepartmentRepository(m_db).get(user.departmentId))
        throw Error(Error::Kind::Validation, tr("所选部门不存在。"));
    if (user.roles.testFlag(Role::DepartmentHandler) && user.departmentId <= 0)
        throw Error(Error::Kind::Validation, tr("部门处置人必须选择所属部门。"));
}

void AccountService::insert(User &user, const QString &password)
{
    if (m_db.isPostgres()) {
        // zz_account_create() checks the caller's scope, makes the login role and the account row;
        // the users trigger audits it (migration 0008).
        Transaction tx(m_db);
        if (LoginRoles::exists(m_db, user.login))
            throw Error(Error::Kind::Validation,
                        tr("登录名“%1”已被数据库服务器上的其他角色占用。").arg(user.login));
        if (UserRepository(m_db).byLogin(user.login))
            throw Error(Error::Kind::Validation, tr("登录名“%1”已被使用。").arg(user.login));
        user.id = LoginRoles::createAccount(m_db, user, password, m_clock.now());
        user.version = 1;
        if (!user.active)
            LoginRoles::updateAccount(m_db, user);
        tx.commit();
        return;
    }
    // Hash before the transaction: Argon2id takes a noticeable moment and SQLite holds its write lock.
    const QString hash = PasswordHasher::hash(password);
    Transaction tx(m_db);
    UserRepository(m_db).create(user, hash);
    audit(AuditAction::AccountCreate, user.id,
          u"login=%1 roles=%2"_s.arg(user.login, rolesToCodes(user.roles)));
    tx.commit();
}

qint64 AccountService::create(User &user, const QString &password)
{
    requireManage();
    user.login = user.login.trimmed();
    validate(user);
    requireInScope(user.orgUnitId);
    PasswordHasher::checkPolicy(password);
    insert(user, password);
    return user.id;
}

qint64 AccountService::createFirstAdmin(User &user, const QString &password)
{
    user.login = user.login.trimmed();
    user.roles |= Role::Admin;
    user.active = true;
    validate(user);
    PasswordHasher::checkPolicy(password);
    if (m_db.isPostgres() && !LoginRoles::mayCreateRoles(m_db))
        throw Error(Error::Kind::Forbidden, tr("当前数据库账号不能创建登录角色。请用数据库所有者(具有 "
                                               "CREATEROLE 权限)连接后再创建初始管理员。"));
    Transaction tx(m_db);
    if (m_db.isPostgres()) // two first runs at once: one creates, the other finds the account
        Query::run(m_db, u"SELECT pg_advisory_xact_lock(7243003)"_s);
    if (!AuthService::needsFirstAdmin(m_db))
        throw Error(Error::Kind::Forbidden, tr("数据库中已有账号,不能再创建初始管理员。"));
    insert(user, password);
    tx.commit();
    return user.id;
}

void AccountService::update(User &user)
{
    requireManage();
    UserRepository users(m_db);
    const auto existing = users.get(user.id);
    if (!existing)
        throw Error(Error::Kind::NotFound, tr("账号不存在。"));
    requireInScope(existing->orgUnitId);
    requireInScope(user.orgUnitId);
    user.login = existing->login;
    validate(user);
    if (user.id == m_actor.userId && (!user.active || !isAdmin(user)))
        throw Error(Error::Kind::Validation, tr("不能停用自己的账号,也不能取消自己的管理员角色。"));
    if (isAdmin(*existing) && existing->active && (!user.active || !isAdmin(user))) {
        const int others = Query(m_db, u"SELECT COUNT(*) FROM users WHERE active = ? AND id <> ? "
                                       "AND (',' || roles || ',') LIKE '%,admin,%'"_s)
                               .bind(true)
                               .bind(user.id)
                               .scalar()
                               .toInt();
        if (others == 0)
            throw Error(Error::Kind::Validation,
                        tr("这是最后一个有效的管理员账号,不能停用或取消其管理员角色。"));
    }

    const int version = user.version;
    try {
        Transaction tx(m_db);
        if (m_db.isPostgres()) { // the server checks scope, syncs the login role and audits
            try {
                LoginRoles::updateAccount(m_db, user);
            } catch (const Error &e) {
                if (e.kind() == Error::Kind::Conflict)
                    throw Error(Error::Kind::Conflict, tr("此账号已被其他人修改,请重新载入后再编辑。"),
                                e.detail());
                throw;
            }
            ++user.version;
        } else {
            users.update(user);
        }
        audit(existing->active && !user.active ? QString(AuditAction::AccountDisable)
                                               : QString(AuditAction::AccountUpdate),
              user.id,
              u"login=%1 roles=%2 active=%3"_s.arg(user.login, rolesToCodes(user.roles)).arg(user.active));
        tx.commit();
    } catch (...) {
        user.version = version; // the row was not changed after all
        throw;
    }
}

void AccountService::setActive(qint64 userId, bool active)
{
    requireManage();
    auto user = UserRepository(m_db).get(userId);
    if (!user)
        throw Error(Error::Kind::NotFound, tr("账号不存在。"));
    if (user->active == active)
        return;
    user->active = active;
    update(*user);
}

void AccountService::resetPassword(qint64 userId, const QString &newPassword)
{
    requireManage();
    const auto user = UserRepository(m_db).get(userId);
    if (!user)
        throw Error(Error::Kind::NotFound, tr("账号不存在。"));
    requireInScope(user->orgUnitId);
    PasswordHasher::checkPolicy(newPassword);
    const QString hash = m_db.isSqlite() ? PasswordHasher::hash(newPassword) : QString();
    Transaction tx(m_db);
    if (m_db.isSqlite())
        Query(m_db,
              u"UPDATE users SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE id = ?"_s)
            .bind(hash)
            .bind(userId)
            .exec();
    else
        LoginRoles::setPassword(m_db, user->login, newPassword);
    audit(AuditAction::PasswordReset, userId, u"login=%1"_s.arg(user->login));
    tx.commit();
}

void AccountService::unlock(qint64 userId)
{
    requireManage();
    const auto user = UserRepository(m_db).get(userId);
    if (!user)
        throw Error(Error::Kind::NotFound, tr("账号不存在。"));
    requireInScope(user->orgUnitId);
    if (m_db.isPostgres()) { // lifts the NOLOGIN lock too, and audits
        LoginRoles::unlock(m_db, userId);
        return;
    }
    Transaction tx(m_db);
    Query(m_db, u"UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"_s)
        .bind(userId)
        .exec();
    audit(AuditAction::AccountUpdate, userId, u"login=%1 unlocked"_s.arg(user->login));
    tx.commit();
}

void AccountService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    const auto user = m_actor.userId > 0 ? UserRepository(m_db).get(m_actor.userId) : std::nullopt;
    if (!user)
        throw Error(Error::Kind::NotFound, tr("账号不存在。"));
    PasswordHasher::checkPolicy(newPassword);
    if (m_db.isSqlite()) {
        const QString stored =
            Query(m_db, u"SELECT password_hash FROM users WHERE id = ?"_s).bind(user->id).scalar().toString();
        if (!PasswordHasher::verify(stored, oldPassword))
            throw Error(Error::Kind::Forbidden, tr("原密码不正确。"));
        const QString hash = PasswordHasher::hash(newPassword);
        Transaction tx(m_db);
        Query(m_db, u"UPDATE users SET password_hash = ? WHERE id = ?"_s).bind(hash).bind(user->id).exec();
        audit(AuditAction::PasswordReset, user->id, u"login=%1 by=self"_s.arg(user->login));
        tx.commit();
        return;
    }
    // PostgreSQL checks the old password itself: a second connection as the account must succeed.
    try {
        AuthService(m_clock).login(m_db.url().toString(), user->login, oldPassword);
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Forbidden)
            throw Error(Error::Kind::Forbidden, tr("原密码不正确。"), e.detail());
        throw;
    }
    LoginRoles::setPassword(m_db, user->login, newPassword); // the server audits it
    // This session's own connection logged in with the old password; a reconnect must not.
    if (m_db.url().user == user->login)
        m_db.usePassword(newPassword);
}

QStringList AccountService::setUpDemoLogins(const Database &db, const QStringList &logins,
                                            const QString &password)
{
    QStringList notes;
    UserRepository users(db);
    if (db.isSqlite()) {
        QStringList missing;
        for (const QString &login : logins)
            if (Query(db, u"SELECT COUNT(*) FROM users WHERE login = ? AND password_hash = ''"_s)
                    .bind(login)
                    .scalar()
                    .toInt() > 0)
                missing << login;
        if (missing.isEmpty())
            return notes;
        const QString hash =
            PasswordHasher::hash(password); // one hash for all: they share the password anyway
        Transaction tx(db);
        for (const QString &login : std::as_const(missing))
            Query(db, u"UPDATE users SET password_hash = ? WHERE login = ? AND password_hash = ''"_s)
                .bind(hash)
                .bind(login)
                .exec();
        tx.commit();
        return notes;
    }
    if (!LoginRoles::mayCreateRoles(db)) {
        notes << tr("当前数据库角色没有 CREATEROLE 权限,未创建演示账号的登录角色;请用数据库所有者运行,"
                    "或用 zongzhi-cli account passwd 为演示账号设置密码。");
        return notes;
    }
    for (const QString &login : logins) {
        const auto user = users.byLogin(login);
        if (!user || !loginProblem(login).isEmpty())
            continue;
        if (LoginRoles::exists(db, login)) {
            if (!LoginRoles::isStaffRole(db, login))
                notes
                    << tr("数据库服务器上已有与演示账号同名的角色“%1”,未改动它;此账号无法登录。").arg(login);
            continue;
        }
        try {
            Transaction tx(db);
            LoginRoles::create(db, login, password, user->roles);
            if (!user->active)
                LoginRoles::setLogin(db, login, false);
            tx.commit();
        } catch (const Error &) {
            // Roles belong to the whole server: another database's demo run may have made it just now.
            if (!LoginRoles::exists(db, login))
                throw;
        }
    }
    return notes;
}

void AccountService::audit(const QString &action, qint64 userId, const QString &detail) const
{
    // On PostgreSQL the users trigger of migration 0002 records creation, edits and disabling
    // (AuditLog skips those codes there); password changes leave the users row alone and go through
    // zz_audit(). Without an account (the command line) the actor's name says who acted.
    AuditLog(m_db, m_clock)
        .record(m_actor, m_actor.userId > 0 ? QString() : m_actor.name, action, u"user"_s, userId, detail);
}

} // namespace zz
