#include "AuthService.h"

#include "AuditLog.h"
#include "Error.h"
#include "PasswordHasher.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// libpq reports a refused login only as text (a failed connection has no result to carry the
// SQLSTATE): 28P01 invalid_password, 28000 invalid_authorization_specification.
bool isAuthenticationFailure(const QString &text)
{
    return text.contains(u"28P01"_s) || text.contains(u"28000"_s) ||
           text.contains(u"password authentication failed"_s, Qt::CaseInsensitive) ||
           text.contains(u"authentication failed"_s, Qt::CaseInsensitive) ||
           text.contains(u"password is required"_s, Qt::CaseInsensitive) ||
           (text.contains(u"role \""_s, Qt::CaseInsensitive) &&
            text.contains(u"does not exist"_s, Qt::CaseInsensitive));
}

bool isLoginDisabled(const QString &text)
{
    return text.contains(u"is not permitted to log in"_s, Qt::CaseInsensitive);
}

// PostgreSQL: a refused connection never reaches SQL as the account, so failures are reported through
// the gate role of migration 0008 (no rights but zz_login_failed/zz_login_status). Returns the minutes
// the account stays locked (0: not locked), or -1 when the gate cannot be reached (an older server).
int throughGate(const ConnectionUrl &target, const QString &function, const QString &login)
{
    ConnectionUrl gate = target;
    gate.user = u"zongzhi_login"_s;
    gate.password = u"zongzhi_login"_s;
    try {
        Database db(gate);
        return Query(db, u"SELECT %1(?)"_s.arg(function)).bind(login).scalar().toInt();
    } catch (const Error &e) {
        qCWarning(lcStorage) << "login gate unavailable:" << e.detail();
        return -1;
    }
}

Error lockedOut(qint64 minutes)
{
    return Error(Error::Kind::Forbidden,
                 AuthService::tr("密码连续输错 %1 次,账号已锁定,请 %2 分钟后再试或联系管理员解锁。")
                     .arg(AuthService::maxFailedLogins)
                     .arg(minutes));
}

// A hash of a password nobody has, verified for unknown logins so that they take as long as known ones.
const QString &dummyHash()
{
    static const QString hash = PasswordHasher::hash(u"zongzhi-no-such-account"_s);
    return hash;
}

} // namespace

bool AuthService::needsFirstAdmin(const Database &db)
{
    if (db.schemaVersion() == 0)
        return true;
    return Query(db, u"SELECT COUNT(*) FROM users"_s).scalar().toLongLong() == 0;
}

Session AuthService::login(const QString &url, const QString &login, const QString &password) const
{
    const QString name = login.trimmed().toLower();
    if (name.isEmpty() || password.isEmpty())
        throw Error(Error::Kind::Validation, tr("请输入用户名和密码。"));
    const QString wrong = tr("用户名或密码错误。");
    ConnectionUrl target = ConnectionUrl::parse(url);

    if (target.backend == ConnectionUrl::Backend::PostgreSQL) {
        // The server checks the password: connect as the account's own login role.
        target.user = name;
        target.password = password;
        Session session;
        for (bool retried = false;; retried = true) {
            try {
                session.db = std::make_unique<Database>(target);
                break;
            } catch (const Error &e) {
                const QString text = e.detail() + u' ' + e.message();
                if (e.kind() == Error::Kind::Connection && isLoginDisabled(text)) {
                    // NOLOGIN: locked after failed logins (lifted by the gate once it has run out) or
                    // disabled.
                    const int minutes = throughGate(target, u"zz_login_status"_s, name);
                    if (minutes > 0)
                        throw lockedOut(minutes);
                    if (minutes == 0 && !retried)
                        continue;
                    throw Error(Error::Kind::Forbidden, tr("此账号已停用,请联系管理员。"), e.detail());
                }
                if (e.kind() == Error::Kind::Connection && isAuthenticationFailure(text)) {
                    if (const int minutes = throughGate(target, u"zz_login_failed"_s, name); minutes > 0)
                        throw lockedOut(minutes);
                    throw Error(Error::Kind::Forbidden, wrong, e.detail());
                }
                throw;
            }
        }
        const auto user = UserRepository(*session.db)
                              .byLogin(Query(*session.db, u"SELECT session_user"_s).scalar().toString());
        if (!user)
            throw Error(Error::Kind::Forbidden, tr("数据库角色“%1”不是本系统的账号。").arg(name));
        if (!user->active)
            throw Error(Error::Kind::Forbidden, tr("此账号已停用,请联系管理员。"));
        session.user = *user;
        if (session.db->schemaVersion() >= 8) // a success starts the failure count afresh
            Query(*session.db, u"SELECT zz_login_succeeded()"_s).exec();
        AuditLog(*session.db, m_clock)
            .record(session.actor(), user->login, AuditAction::Login, u"user"_s, user->id, {});
        return session;
    }

    Session session;
    session.db = std::make_unique<Database>(target);
    const Database &db = *session.db;
    if (db.schemaVersion() == 0)
        throw Error(Error::Kind::Schema, tr("数据库尚未初始化,请先创建初始管理员。"));
    const QDateTime now = m_clock.now();
    const auto lockedError = [&now](const QDateTime &until) {
        const qint64 minutes = qMax<qint64>(1, (now.secsTo(until) + 59) / 60);
        return Error(Error::Kind::Forbidden,
                     tr("密码连续输错 %1 次,账号已锁定,请 %2 分钟后再试或联系管理员解锁。")
                         .arg(maxFailedLogins)
                         .arg(minutes));
    };

    // The attempt is counted before the slow hash, in the write transaction (BEGIN IMMEDIATE) that
    // reads the lock: parallel attempts queue on it and see each other's counts, so no more than
    // maxFailedLogins passwords are checked before the lock holds.
    qint64 id = 0;
    QString hash;
    int failures = 0;       // this attempt's place in the count
    qint64 lockSetHere = 0; // the lock this attempt set, as stored (epoch seconds)
    {
        Transaction tx(db);
        Query q(db, u"SELECT id, password_hash, active, locked_until FROM users WHERE login = ?"_s);
        q.bind(name).exec();
        const bool found = q.next();
        bool active = false;
        QDateTime lockedUntil;
        if (found) {
            id = q.int64(0);
            hash = q.text(1);
            active = q.boolean(2);
            lockedUntil = q.time(3);
        }
        q.raw().finish();
        if (!found) {
            tx.rollback();
            PasswordHasher::verify(dummyHash(), password);
            // Only names that could be accounts are kept: a password typed into the name field is not.
            static const QRegularExpression plausible(u"^[a-z][a-z0-9_]{1,31}$"_s);
            AuditLog(db, m_clock)
                .record(Actor{}, plausible.match(name).hasMatch() ? name : QString(),
                        AuditAction::LoginFailed, u"user"_s, 0, u"unknown account"_s);
            throw Error(Error::Kind::Forbidden, wrong);
        }
        if (!active) {
            AuditLog(db, m_clock)
                .record(Actor{}, name, AuditAction::LoginFailed, u"user"_s, id, u"disabled"_s);
            tx.commit();
            throw Error(Error::Kind::Forbidden, tr("此账号已停用,请联系管理员。"));
        }
        if (lockedUntil.isValid() && lockedUntil > now) {
            AuditLog(db, m_clock).record(Actor{}, name, AuditAction::LoginFailed, u"user"_s, id, u"locked"_s);
            tx.commit();
            throw lockedError(lockedUntil);
        }
        // A lock that has run out starts the count afresh.
        failures = Query(db, u"UPDATE users SET failed_logins = CASE WHEN locked_until IS NULL "
                             "THEN failed_logins + 1 ELSE 1 END, locked_until = NULL WHERE id = ? "
                             "RETURNING failed_logins"_s)
                       .bind(id)
                       .scalar()
                       .toInt();
        if (failures >= maxFailedLogins) {
            const QDateTime until = now.addSecs(qint64(lockoutMinutes) * 60);
            lockSetHere = until.toSecsSinceEpoch();
            Query(db, u"UPDATE users SET locked_until = ? WHERE id = ?"_s).bindTime(until).bind(id).exec();
        }
        tx.commit();
    }

    if (!PasswordHasher::verify(hash, password)) {
        AuditLog(db, m_clock)
            .record(Actor{}, name, AuditAction::LoginFailed, u"user"_s, id,
                    u"failures=%1%2"_s.arg(failures).arg(lockSetHere != 0 ? u" locked"_s : QString()));
        if (lockSetHere != 0)
            throw Error(Error::Kind::Forbidden,
                        tr("用户名或密码错误。密码已连续输错 %1 次,账号锁定 %2 分钟。")
                            .arg(maxFailedLogins)
                            .arg(lockoutMinutes));
        throw Error(Error::Kind::Forbidden, wrong);
    }

    // The right password resets the count, unless another attempt locked the account after this one
    // was counted: then it waits out the lock like every other attempt.
    Transaction tx(db);
    Query state(db, u"SELECT active, locked_until FROM users WHERE id = ?"_s);
    state.bind(id).exec();
    const bool stillThere = state.next();
    const bool active = stillThere && state.boolean(0);
    const QDateTime lockedUntil = stillThere ? state.time(1) : QDateTime();
    state.raw().finish();
    if (!active) {
        AuditLog(db, m_clock).record(Actor{}, name, AuditAction::LoginFailed, u"user"_s, id, u"disabled"_s);
        tx.commit();
        throw Error(Error::Kind::Forbidden, tr("此账号已停用,请联系管理员。"));
    }
    if (lockedUntil.isValid() && lockedUntil > now && lockedUntil.toSecsSinceEpoch() != lockSetHere) {
        AuditLog(db, m_clock).record(Actor{}, name, AuditAction::LoginFailed, u"user"_s, id, u"locked"_s);
        tx.commit();
        throw lockedError(lockedUntil);
    }
    session.user = *UserRepository(db).get(id);
    Query(db, u"UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"_s).bind(id).exec();
    AuditLog(db, m_clock).record(session.actor(), name, AuditAction::Login, u"user"_s, id, {});
    tx.commit();
    return session;
}

} // namespace zz
