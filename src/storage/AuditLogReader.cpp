#include "AuditLogReader.h"

#include "CaseScope.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// "a,b" → "\"a,b\"": fields with separators, quotes or line breaks are quoted; a leading =, +, - or @
// is neutralised so that a spreadsheet does not run it as a formula.
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u'"', u"\"\""_s) + u'"';
    return text;
}

} // namespace

AuditLogReader::AuditLogReader(const Database &db, const Clock &clock, const Actor &actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{
    if (!Permissions::allows(actor.roles, Permission::ViewAuditLog))
        throw Error(Error::Kind::Forbidden, tr("只有领导和管理员可以查看审计日志。"));
    m_scopePath = CaseScope(db, actor).path();
    const auto unit = OrgUnitRepository(db).get(actor.orgUnitId);
    // Admins verify the chain and sign checkpoints: they read every row, as migration 0015 says.
    m_county = (unit && unit->parentId == 0) || actor.roles.testFlag(Role::Admin);
}

QList<AuditLog::Entry> AuditLogReader::page(const AuditFilter &filter, int limit, qint64 beforeId) const
{
    if (m_scopePath.isEmpty())
        return {};
    QString sql = u"SELECT a.id, a.at, a.actor_user_id, a.actor_login, a.action, a.object_type, a.object_id, "
                  "a.detail, a.prev_hash, a.hash FROM audit_log a WHERE 1 = 1"_s;
    QVariantList values;
    if (!m_county) {
        // The scope rule of migration 0015, repeated for SQLite (and for the planner).
        const QString usersInScope = u"SELECT u.id FROM users u JOIN org_units o ON o.id = u.org_unit_id "
                                     "WHERE o.path >= ? AND o.path < ?"_s;
        sql +=
            u" AND CASE WHEN a.object_type = 'case' THEN a.object_id IN (SELECT c.id FROM cases c "
            "WHERE c.org_path >= ? AND c.org_path < ? AND (c.confidential = ? OR c.created_by = ? OR c.id IN "
            "(SELECT x.case_id FROM case_access x WHERE x.user_id = ?))) "
            "ELSE (a.actor_user_id IN (%1) OR (a.object_type = 'user' AND a.object_id IN (%1))) END"_s.arg(
                usersInScope);
        const QString upper = m_scopePath + u'~';
        values << m_scopePath << upper << false << m_actor.userId << m_actor.userId << m_scopePath << upper
               << m_scopePath << upper;
    }
    if (const QString person = filter.person.trimmed(); !person.isEmpty()) {
        sql +=
            u" AND (a.actor_login = ? OR a.actor_user_id IN (SELECT p.id FROM users p WHERE p.display_name = ?))"_s;
        values << person << person;
    }
    if (!filter.action.isEmpty()) {
        sql += u" AND a.action = ?"_s;
        values << filter.action;
    }
    if (const QString caseNo = filter.caseNo.trimmed(); !caseNo.isEmpty()) {
        sql +=
            u" AND a.object_type = 'case' AND a.object_id IN (SELECT k.id FROM cases k WHERE k.case_no = ?)"_s;
        values << caseNo;
    }
    const QTimeZone zone = m_clock.now().timeZone();
    if (filter.from.isValid()) {
        sql += u" AND a.at >= ?"_s;
        values << QDateTime(filter.from, QTime(0, 0), zone).toSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        sql += u" AND a.at < ?"_s;
        values << QDateTime(filter.to.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    }
    if (beforeId > 0) {
        sql += u" AND a.id < ?"_s;
        values << beforeId;
    }
    sql += u" ORDER BY a.id DESC LIMIT ?"_s;
    values << qMax(1, limit);
    Query q(m_db, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    QList<AuditLog::Entry> out;
    for (q.exec(); q.next();) {
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
        out.append(e);
    }
    return out;
}

QHash<qint64, QString> AuditLogReader::caseNumbers(const QList<qint64> &caseIds) const
{
    QHash<qint64, QString> out;
    if (caseIds.isEmpty() || m_scopePath.isEmpty())
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < caseIds.size(); ++i)
        marks << u"?"_s;
    Query q(m_db,
            u"SELECT c.id, c.case_no FROM cases c WHERE c.id IN (%1) AND c.org_path >= ? AND c.org_path < ? "
            "AND (c.confidential = ? OR c.created_by = ? OR c.id IN (SELECT x.case_id FROM case_access x "
            "WHERE x.user_id = ?))"_s.arg(marks.join(u',')));
    for (const qint64 id : caseIds)
        q.bind(id);
    q.bind(m_scopePath).bind(m_scopePath + u'~').bind(false).bind(m_actor.userId).bind(m_actor.userId);
    for (q.exec(); q.next();)
        out.insert(q.int64(0), q.text(1));
    return out;
}

qint64 AuditLogReader::exportCsv(const AuditFilter &filter, QIODevice &out) const
{
    constexpr int pageSize = 1000;
    QByteArray text("\xEF\xBB\xBF");
    text +=
        QStringList{tr("序号"), tr("时间"), tr("操作人"), tr("操作"), tr("对象类型"), tr("对象"), tr("详情")}
            .join(u',')
            .toUtf8() +
        "\r\n";
    if (out.write(text) != text.size())
        throw Error(Error::Kind::Storage, tr("无法写入导出文件。"));
    qint64 rows = 0;
    qint64 before = 0;
    for (;;) {
        const QList<AuditLog::Entry> entries = page(filter, pageSize, before);
        for (const AuditLog::Entry &e : entries) {
            const QStringList fields{QString::number(e.id),
                                     e.at.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                     e.actorLogin,
                                     actionLabel(e.action),
                                     e.objectType,
                                     e.objectId > 0 ? QString::number(e.objectId) : QString(),
                                     e.detail};
            QStringList quoted;
            for (const QString &f : fields)
                quoted << csvField(f);
            const QByteArray line = quoted.join(u',').toUtf8() + "\r\n";
            if (out.write(line) != line.size())
                throw Error(Error::Kind::Storage, tr("无法写入导出文件。"));
            ++rows;
        }
        if (entries.size() < pageSize)
            break;
        before = entries.constLast().id;
    }
    QStringList parts{u"audit_log rows=%1"_s.arg(rows)};
    if (!filter.action.isEmpty())
        parts << u"action=%1"_s.arg(filter.action);
    if (!filter.caseNo.trimmed().isEmpty())
        parts << u"case=%1"_s.arg(filter.caseNo.trimmed());
    if (filter.from.isValid() || filter.to.isValid())
        parts << u"dates=%1..%2"_s.arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate));
    if (!filter.person.trimmed().isEmpty())
        parts << u"person"_s; // who was looked for stays out of the log's own detail
    AuditLog(m_db, m_clock).record(m_actor, {}, AuditAction::Export, u"audit_log"_s, 0, parts.join(u' '));
    return rows;
}

QStringList AuditLogReader::actionCodes()
{
    return {AuditAction::Login,         AuditAction::LoginFailed,    AuditAction::Logout,
            AuditAction::CaseReport,    AuditAction::CaseAction,     AuditAction::Callback,
            AuditAction::Reveal,        AuditAction::Export,         AuditAction::AccountCreate,
            AuditAction::AccountUpdate, AuditAction::AccountDisable, AuditAction::PasswordReset,
            u"reference_change"_s,      AuditAction::Backup,         AuditAction::Restore,
            AuditAction::AuditKeyTrust, AuditAction::AuditCheckpoint};
}

QString AuditLogReader::actionLabel(const QString &code)
{
    static const QHash<QString, const char *> labels{
        {u"login"_s, QT_TR_NOOP("登录")},
        {u"login_failed"_s, QT_TR_NOOP("登录失败")},
        {u"logout"_s, QT_TR_NOOP("注销")},
        {u"case_report"_s, QT_TR_NOOP("登记案件")},
        {u"case_action"_s, QT_TR_NOOP("案件操作")},
        {u"callback"_s, QT_TR_NOOP("回访")},
        {u"reveal"_s, QT_TR_NOOP("查看完整信息")},
        {u"export"_s, QT_TR_NOOP("导出")},
        {u"account_create"_s, QT_TR_NOOP("新建账号")},
        {u"account_update"_s, QT_TR_NOOP("修改账号")},
        {u"account_disable"_s, QT_TR_NOOP("停用账号")},
        {u"password_reset"_s, QT_TR_NOOP("重置密码")},
        {u"reference_change"_s, QT_TR_NOOP("基础数据变更")},
        {u"backup"_s, QT_TR_NOOP("备份")},
        {u"restore"_s, QT_TR_NOOP("恢复")},
        {u"audit_key_trust"_s, QT_TR_NOOP("信任签名密钥")},
        {u"audit_checkpoint"_s, QT_TR_NOOP("审计检查点")},
    };
    const auto it = labels.constFind(code);
    return it == labels.constEnd() ? code : tr(*it);
}

} // namespace zz
