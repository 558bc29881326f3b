#pragma once

#include "AuditLog.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>

namespace zz {

class Database;

// What the audit-log viewer asks for; empty fields do not filter.
struct AuditFilter
{
    QString person; // login or display name, exactly
    QString action; // an AuditAction code
    QString caseNo; // rows about this case
    QDate from, to; // inclusive
};

// The audit log for leaders and admins (Permission::ViewAuditLog), filtered and paged in the database
// (keyset on id, newest first) and restricted to the account's scope: a county account and admins (who
// verify the chain) read every row; a leader rows about cases he may see, and other rows whose actor or
// account lies within his scope. On PostgreSQL the policy of migration 0015 is the guard; the query repeats
// it for SQLite.
class AuditLogReader
{
    Q_DECLARE_TR_FUNCTIONS(zz::AuditLogReader)

public:
    // Throws zz::Error(Forbidden) without Permission::ViewAuditLog.
    AuditLogReader(const Database &db, const Clock &clock, const Actor &actor);

    // Newest first; beforeId > 0 continues below that row.
    QList<AuditLog::Entry> page(const AuditFilter &filter, int limit, qint64 beforeId = 0) const;
    // The case numbers of the given case ids that the account may see (for rows about cases).
    QHash<qint64, QString> caseNumbers(const QList<qint64> &caseIds) const;
    // Writes every row the filter finds as CSV (UTF-8 with BOM, for spreadsheet programs), page by
    // page, and records the export in the audit log. Returns the row count; throws zz::Error.
    qint64 exportCsv(const AuditFilter &filter, QIODevice &out) const;

    // The action codes the viewer offers, in a stable order.
    static QStringList actionCodes();
    // "登录", "案件操作" …: the code itself for one we do not know.
    static QString actionLabel(const QString &code);

private:
    const Database &m_db;
    const Clock &m_clock;
    Actor m_actor;
    QString m_scopePath;
    bool m_county = false;
};

} // namespace zz
