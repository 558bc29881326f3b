#pragma once

#include "Clock.h"
#include "Entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace zz {

class Database;

// Witnesses for the audit log: whoever can write audit_log can also recompute its hash chain, so
// the chain alone cannot show a rewrite. A checkpoint is the chain's head (plus sparse anchors)
// signed with an Ed25519 key that is kept off the server; verify() compares the log with such
// files and checks that the triggers keeping the log append-only are still in place.
class AuditWitness
{
    Q_DECLARE_TR_FUNCTIONS(zz::AuditWitness)

public:
    // libsodium's Ed25519 keys: 32-byte public key, 64-byte secret key (wiped when destroyed).
    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey;
        ~KeyPair();
    };

    // Every anchorInterval-th row's hash, shortened: enough to narrow a rewrite down to a range.
    struct Anchor
    {
        qint64 id = 0;
        QString hashPrefix;
    };

    struct Checkpoint
    {
        QString path;     // where it was read from or written to (for messages)
        QString database; // the database as displayed when it was taken (information only)
        qint64 headId = 0;
        QString headHash;
        qint64 rowCount = 0;
        QDateTime at;
        int anchorInterval = 0;
        QList<Anchor> anchors;
        QByteArray publicKey;
        QByteArray signature;
    };

    // One reason the log cannot be trusted. Rows from..to hold the first difference (equal when
    // the row is known exactly); 0 when the problem is not about rows (a missing trigger).
    struct Problem
    {
        qint64 from = 0;
        qint64 to = 0;
        QString text; // translated
    };

    struct Verification
    {
        bool ok = true;
        qint64 rowsChecked = 0;     // rows whose chain links were found intact
        int checkpointsMatched = 0; // checkpoints the log agrees with
        QList<Problem> problems;    // row problems, earliest first, then the triggers
        QStringList notes;          // translated remarks that do not make the log untrustworthy
        // The earliest row problem; 0 when there is none.
        qint64 firstFrom() const;
        qint64 firstTo() const;
    };

    // The migration that created audit_keys and audit_checkpoints.
    static constexpr int firstSchemaVersion = 9;
    // An admin is reminded when the newest checkpoint is older than this.
    static constexpr int reminderDays = 7;
    // Length of an anchor's hash prefix in hex digits (64 bits).
    static constexpr int anchorHexDigits = 16;

    AuditWitness(const Database &db, const Clock &clock);

    // ---- keys (no database)
    static KeyPair generateKeyPair();
    // The secret key file (mode 0600, never overwriting a file) and FILE.pub beside it.
    // Throws zz::Error(Validation) when the file exists or cannot be written.
    static void writeKeyFiles(const QString &path, const KeyPair &keys);
    // Throws zz::Error(Validation) for a file that is not a secret key written by writeKeyFiles().
    static KeyPair readSecretKey(const QString &path);
    // 64 hex digits, or a .pub file written by writeKeyFiles(); throws zz::Error(Validation).
    static QByteArray parsePublicKey(const QString &hexOrPath);
    static QString hex(const QByteArray &bytes);

    // ---- keys in the database
    // Registers a public key as a witness (the command line, or an admin); audited. False when it
    // was registered already.
    bool trust(const QByteArray &publicKey, const QString &label, const Actor &actor,
               const QString &actorLogin);
    bool isTrusted(const QByteArray &publicKey) const;

    // ---- checkpoints
    // The anchor spacing for a log of `rows` rows (see the .cpp for why).
    static int anchorIntervalFor(qint64 rows);
    // Signs the current head with `keys` (whose public key must be registered), records the
    // checkpoint in audit_checkpoints and in the log, and writes the file `path`.
    Checkpoint checkpoint(const KeyPair &keys, const QString &path, const Actor &actor,
                          const QString &actorLogin);
    // Parses and checks the signature; throws zz::Error(Validation) for a file that is not a
    // checkpoint or whose signature is wrong.
    static Checkpoint parseCheckpoint(const QByteArray &content, const QString &path);
    // Reads `path` with parseCheckpoint() and also refuses a key not registered in this database.
    Checkpoint readCheckpoint(const QString &path) const;
    // When the newest checkpoint was taken; nullopt when none was.
    std::optional<QDateTime> lastCheckpointAt() const;
    static bool checkpointDue(const std::optional<QDateTime> &last, const QDateTime &now);

    // ---- verification
    // The hash chain, the append-only triggers and each checkpoint.
    Verification verify(const QList<Checkpoint> &checkpoints = {}) const;
    // Append-only triggers that are missing, disabled or no longer refuse changes.
    QStringList missingTriggers() const;

private:
    void requireTables() const;
    QList<Problem> compare(const Checkpoint &checkpoint, qint64 lastId) const;

    const Database &m_db;
    const Clock &m_clock;
};

} // namespace zz
