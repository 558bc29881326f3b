#include "AuditLog.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

constexpr int verifyPageSize = 2000;

// What the database stores and hands back: invalid UTF-16 (lone surrogates) would not survive the
// round trip through UTF-8 and would later fail verification.
QString storable(const QString &text)
{
    return QString::fromUtf8(text.toUtf8());
}

void appendField(QByteArray &out, const QByteArray &utf8)
{
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
}

QByteArray idField(qint64 id)
{
    return id != 0 ? QByteArray::number(id) : QByteArray();
}

const QString selectColumns =
    u"SELECT id, at, actor_user_id, actor_login, action, object_type, object_id, detail, prev_hash, hash "
    "FROM audit_log "_s;

AuditLog::Entry readEntry(const Query &q)
{
    AuditLog::Entry e;
    e.id = q.int64(0);
    e.at = q.time(1);
    e.actorUserId = q.int64(2);
    e.actorLogin = q.text(3);
    e.action = q.text(4);
    e.objectType = q.text(5);
    e.objectId = q.int64(6);
    e.detail = q.text(7);
    e.prevHash = q.text(8);
    e.hash = q.text(9);
    return e;
}

} // namespace

AuditLog::AuditLog(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::hashOf(const QString &prevHash, qint64 id, qint64 at, qint64 actorUserId,
                         const QString &actorLogin, const QString &action, const QString &objectType,
                         qint64 objectId, const QString &detail)
{
    QByteArray canonical("zzaudit1");
    appendField(canonical, prevHash.toUtf8());
    appendField(canonical, QByteArray::number(id));
    appendField(canonical, QByteArray::number(at));
    appendField(canonical, idField(actorUserId));
    appendField(canonical, actorLogin.toUtf8());
    appendField(canonical, action.toUtf8());
    appendField(canonical, objectType.toUtf8());
    appendField(canonical, idField(objectId));
    appendField(canonical, detail.toUtf8());
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QString AuditLog::caseDetail(const QString &actionCode, const QString &fromCode, const QString &toCode,
                             const QString &note)
{
    static const QRegularExpression longDigits(u"[0-9]{7,}[0-9Xx]?"_s);
    QString detail = actionCode + u' ' + fromCode + u"→"_s + toCode;
    if (!note.isEmpty())
        detail += u' ' + QString(note).replace(longDigits, u"***"_s);
    return detail;
}

bool AuditLog::isWrittenByDatabase(const Database &db, const QString &action)
{
    if (!db.isPostgres())
        return false;
    return action == AuditAction::CaseReport || action == AuditAction::CaseAction ||
           action == AuditAction::AccountCreate || action == AuditAction::AccountUpdate ||
           action == AuditAction::AccountDisable || action == AuditAction::PasswordReset ||
           action == AuditAction::LoginFailed || action == AuditAction::Callback ||
           action == AuditAction::PetitionAction || action == AuditAction::PetitionChange;
}

void AuditLog::record(const Actor &actor, const QString &actorLogin, const QString &action,
                      const QString &objectType, qint64 objectId, const QString &detail)
{
    if (isWrittenByDatabase(m_db, action))
        return;
    if (m_db.isPostgres()) {
        Query(m_db, u"SELECT zz_audit(?, ?, ?, ?)"_s)
            .bind(action)
            .bind(objectType)
            .bindId(objectId)
            .bind(storable(detail))
            .scalar();
        return;
    }

    QString login = storable(actorLogin);
    if (login.isEmpty() && actor.userId > 0)
        login = Query(m_db, u"SELECT login FROM users WHERE id = ?"_s).bind(actor.userId).scalar().toString();
    const QString type = storable(objectType);
    const QString text = storable(detail);
    const qint64 at = m_clock.now().toSecsSinceEpoch();

    // BEGIN IMMEDIATE (or the caller's open transaction) holds the write lock: no other writer can
    // take the same id or link to the same previous row.
    Transaction tx(m_db);
    qint64 id = 1;
    QString prev = genesisHash();
    Query last(m_db, u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (last.exec().next()) {
        id = last.int64(0) + 1;
        prev = last.text(1);
    }
    last.raw().finish();
    Query(
        m_db,
        u"INSERT INTO audit_log (id, at, actor_user_id, actor_login, action, object_type, object_id, detail, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(id)
        .bind(at)
        .bindId(actor.userId)
        .bind(login)
        .bind(action)
        .bind(type)
        .bindId(objectId)
        .bind(text)
        .bind(prev)
        .bind(hashOf(prev, id, at, actor.userId > 0 ? actor.userId : 0, login, action, type,
                     objectId > 0 ? objectId : 0, text))
        .exec();
    tx.commit();
}

void AuditLog::recordCaseFlow(const Actor &actor, qint64 caseId, CaseAction action,
                              std::optional<CaseStatus> from, CaseStatus to, const QString &note)
{
    const QString auditAction =
        action == CaseAction::Report ? QString(AuditAction::CaseReport) : QString(AuditAction::CaseAction);
    if (isWrittenByDatabase(m_db, auditAction))
        return;
    record(actor, {}, auditAction, u"case"_s, caseId,
           caseDetail(code(action), from ? code(*from) : QString(), code(to), note));
}

QList<AuditLog::Entry> AuditLog::recent(int limit, qint64 beforeId) const
{
    Query q(m_db,
            selectColumns + (beforeId > 0 ? u"WHERE id < ? "_s : QString()) + u"ORDER BY id DESC LIMIT ?"_s);
    if (beforeId > 0)
        q.bind(beforeId);
    q.bind(qMax(0, limit));
    QList<Entry> out;
    for (q.exec(); q.next();)
        out.append(readEntry(q));
    return out;
}

std::optional<AuditLog::Head> AuditLog::head() const
{
    Query q(m_db, m_db.isPostgres() ? u"SELECT id, hash FROM zz_audit_head()"_s
                                    : u"SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!q.exec().next() || q.isNull(0))
        return std::nullopt;
    return Head{q.int64(0), q.text(1)};
}

QString AuditLog::headMark(const Head &head)
{
    return tr("审计链 #%1 · %2").arg(head.id).arg(head.hash.left(8));
}

QString AuditLog::headMark() const
{
    try {
        const auto current = head();
        return current ? headMark(*current) : QString();
    } catch (const Error &) {
        return {};
    }
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    auto broken = [&v](qint64 id, const QString &reason) {
        v.ok = false;
        v.firstBrokenId = id;
        v.reason = reason;
        return v;
    };
    qint64 expectedId = 1;
    QString prev = genesisHash();
    Query page(m_db, selectColumns + u"WHERE id > ? ORDER BY id LIMIT ?"_s);
    for (;;) {
        page.bind(expectedId - 1).bind(verifyPageSize).exec();
        int rows = 0;
        while (page.next()) {
            ++rows;
            const Entry e = readEntry(page);
            // A non-NULL 0 is never written; hashing it as NULL makes such a row fail below.
            if (e.id != expectedId) {
                page.raw().finish();
                return broken(e.id, e.id > expectedId
                                        ? tr("审计记录 %1 之前缺少编号 %2 至 %3 的记录(记录被删除)。")
                                              .arg(e.id)
                                              .arg(expectedId)
                                              .arg(e.id - 1)
                                        : tr("审计记录 %1 的编号不连续。").arg(e.id));
            }
            if (e.prevHash != prev) {
                page.raw().finish();
                return broken(
                    e.id,
                    tr("审计记录 %1 记载的前一条哈希与前一条记录不符(前面的记录被改动或删除)。").arg(e.id));
            }
            const QString expected = hashOf(e.prevHash, e.id, page.int64(1), e.actorUserId, e.actorLogin,
                                            e.action, e.objectType, e.objectId, e.detail);
            if (e.hash != expected) {
                page.raw().finish();
                return broken(e.id, tr("审计记录 %1 的内容与其哈希不符(记录被改动)。").arg(e.id));
            }
            prev = e.hash;
            ++expectedId;
            ++v.rowsChecked;
        }
        if (rows < verifyPageSize)
            break;
    }
    return v;
}

} // namespace zz
