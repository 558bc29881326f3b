#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLatin1String>
#include <QList>
#include <optional>

namespace zz {

class Database;

// The stable action codes of audit_log rows.
namespace AuditAction {
inline constexpr QLatin1String Login{"login"};
inline constexpr QLatin1String LoginFailed{"login_failed"};
inline constexpr QLatin1String Logout{"logout"};
inline constexpr QLatin1String AccountCreate{"account_create"};
inline constexpr QLatin1String AccountUpdate{"account_update"};
inline constexpr QLatin1String AccountDisable{"account_disable"};
inline constexpr QLatin1String PasswordReset{"password_reset"};
inline constexpr QLatin1String CaseReport{"case_report"};
inline constexpr QLatin1String CaseAction{"case_action"};
inline constexpr QLatin1String Reveal{"reveal"};
inline constexpr QLatin1String Export{"export"};
inline constexpr QLatin1String Backup{"backup"};
inline constexpr QLatin1String Restore{"restore"};
inline constexpr QLatin1String AuditKeyTrust{"audit_key_trust"};
inline constexpr QLatin1String AuditCheckpoint{"audit_checkpoint"};
inline constexpr QLatin1String Callback{"callback"}; // 回访; on PostgreSQL written by zz_callback_record()
// A petition's flow row, and a change to persons, petition links, templates or rule sets (migration
// 0026); on PostgreSQL written by triggers.
inline constexpr QLatin1String PetitionAction{"petition_action"};
inline constexpr QLatin1String PetitionChange{"petition_change"};
} // namespace AuditAction

// The append-only, hash-chained audit log: each row holds the SHA-256 of its fields and of the row
// before it, so a changed or removed row breaks the chain at that point. On SQLite record() writes
// the rows inside the caller's transaction; on PostgreSQL the database writes them itself (triggers
// on case_flow and users, zz_audit() for the rest), so the case and account codes are skipped here.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(zz::AuditLog)

public:
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        qint64 actorUserId = 0; // 0: no account (the command line, a server login without a users row)
        QString actorLogin;
        QString action;
        QString objectType; // case, user, database, ...
        qint64 objectId = 0;
        QString detail;
        QString prevHash;
        QString hash;
    };

    struct Verification
    {
        bool ok = true;
        qint64 rowsChecked = 0; // rows whose link and hash were found intact
        qint64 firstBrokenId = 0;
        QString reason; // translated; empty when ok
    };

    // The newest row: what a checkpoint signs and printed registers carry.
    struct Head
    {
        qint64 id = 0; // ids are gap-free from 1, so this is also the row count
        QString hash;
    };

    // The migration that created audit_log (older databases have none).
    static constexpr int firstSchemaVersion = 2;

    AuditLog(const Database &db, const Clock &clock);

    // Appends one row (in a savepoint of the caller's transaction, or a transaction of its own).
    // An empty actorLogin is looked up from actor.userId. On PostgreSQL the row is written by
    // zz_audit() as the session's account, and codes the database records itself are ignored.
    void record(const Actor &actor, const QString &actorLogin, const QString &action,
                const QString &objectType, qint64 objectId, const QString &detail);
    // The row for one case_flow row: case_report for the report, case_action for the rest.
    void recordCaseFlow(const Actor &actor, qint64 caseId, CaseAction action, std::optional<CaseStatus> from,
                        CaseStatus to, const QString &note);

    // Newest first; beforeId > 0 continues below that id (keyset paging).
    QList<Entry> recent(int limit, qint64 beforeId = 0) const;

    // The newest row; nullopt for an empty log. Every account may ask (on PostgreSQL through
    // zz_audit_head(), as only leaders and admins may read the log itself).
    std::optional<Head> head() const;
    // "审计链 #12345 · 3fa9c2d1" for the foot of printed registers; empty for an empty log or when
    // the head cannot be read (an older database): a printout never fails for want of it.
    QString headMark() const;
    static QString headMark(const Head &head);

    // Walks the whole log in id order (in pages) and reports the first row whose id, link to the
    // previous row or own hash is wrong. A removed row shows as a gap at the id after it; removing
    // rows from the very end cannot be seen by the chain alone.
    Verification verify() const;

    // True when the database writes rows of this action by itself (PostgreSQL triggers).
    static bool isWrittenByDatabase(const Database &db, const QString &action);

    // The canonical form, the one definition both writers and verify() use (mirrored by the
    // PostgreSQL function zz_audit_hash): "zzaudit1" followed by each field as
    // <UTF-8 byte length>:<text>, ids in decimal, 0 ids (stored as NULL) as empty text; the hash is
    // lowercase hex SHA-256.
    static QString hashOf(const QString &prevHash, qint64 id, qint64 at, qint64 actorUserId,
                          const QString &actorLogin, const QString &action, const QString &objectType,
                          qint64 objectId, const QString &detail);
    // The prev_hash of the first row.
    static QString genesisHash();
    // "dispatch registered→dispatched note", with runs of 7+ digits (phones, ID numbers) hidden;
    // mirrored by the PostgreSQL trigger zz_audit_case_flow().
    static QString caseDetail(const QString &actionCode, const QString &fromCode, const QString &toCode,
                              const QString &note);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace zz
