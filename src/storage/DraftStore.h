#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace zz {

class Database;

// Unfinished forms (the intake draft) kept on this computer between sessions, encrypted: a file per
// database, account and form, sealed with libsodium's crypto_secretbox under a random key that the
// account keeps in the database (settings key user.<id>.draftKey, which on PostgreSQL only that
// account can read). The file alone reveals nothing; a draft whose key is gone (another database,
// the account's key reset) cannot be opened and is thrown away.
class DraftStore
{
    Q_DECLARE_TR_FUNCTIONS(zz::DraftStore)

public:
    // `kind` names the form ("intake"); drafts go below `directory`.
    DraftStore(const Database &db, qint64 userId, const QString &kind, const QString &directory);

    // The file of this database, account and form (whether or not it exists).
    QString path() const;
    bool exists() const;

    // Encrypts and writes the draft (atomically); makes the account's key on first use. False when
    // it could not be written (a draft is a convenience: the caller keeps the form as it is).
    bool save(const QByteArray &plain);

    enum class Status { Missing, Restored, Unreadable };
    struct Loaded
    {
        Status status = Status::Missing;
        QByteArray data; // the plain draft when Restored
    };
    // Reads and decrypts the draft. A draft that cannot be opened (damaged, or sealed under a key
    // this account no longer has in this database) is deleted and reported as Unreadable.
    Loaded load();
    void remove() const;

    // The settings key holding the account's draft key (base64 of crypto_secretbox_KEYBYTES bytes).
    static QString keySetting(qint64 userId);

private:
    // The account's key from the settings, made and stored when `create` and none exists yet;
    // empty when there is none.
    QByteArray key(bool create);

    const Database &m_db;
    qint64 m_userId = 0;
    QString m_path;
    QByteArray m_key; // read once per store
};

} // namespace zz
