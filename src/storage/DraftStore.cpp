#include "DraftStore.h"

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// File layout: magic, nonce, then the sealed draft (MAC + ciphertext).
constexpr char magic[] = "ZZDRAFT1";
constexpr qsizetype magicSize = sizeof magic - 1;

bool sodiumReady()
{
    static const int status = sodium_init();
    return status >= 0;
}

} // namespace

DraftStore::DraftStore(const Database &db, qint64 userId, const QString &kind, const QString &directory)
    : m_db(db), m_userId(userId)
{
    // The file name tells databases apart without naming them (a path or server name is no secret,
    // but there is no reason to spell it out next to the user's id either).
    const QByteArray identity = db.url().toDisplayString().toUtf8();
    unsigned char digest[crypto_generichash_BYTES_MIN] = {};
    if (sodiumReady())
        crypto_generichash(digest, sizeof digest,
                           reinterpret_cast<const unsigned char *>(identity.constData()),
                           quint64(identity.size()), nullptr, 0);
    const QString database = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex().left(16));
    m_path = directory + u"/%1-%2-%3.draft"_s.arg(kind, database).arg(userId);
}

QString DraftStore::path() const
{
    return m_path;
}

bool DraftStore::exists() const
{
    return QFileInfo::exists(m_path);
}

QString DraftStore::keySetting(qint64 userId)
{
    return u"user.%1.draftKey"_s.arg(userId);
}

QByteArray DraftStore::key(bool create)
{
    if (!m_key.isEmpty())
        return m_key;
    SettingsRepository settings(m_db);
    QByteArray stored = QByteArray::fromBase64(settings.value(keySetting(m_userId)).toLatin1());
    if (stored.size() != crypto_secretbox_KEYBYTES) {
        if (!create)
            return {};
        stored.resize(crypto_secretbox_KEYBYTES);
        crypto_secretbox_keygen(reinterpret_cast<unsigned char *>(stored.data()));
        settings.setValue(keySetting(m_userId), QString::fromLatin1(stored.toBase64()));
    }
    m_key = stored;
    return m_key;
}

bool DraftStore::save(const QByteArray &plain)
{
    if (!sodiumReady() || m_userId <= 0)
        return false;
    QByteArray secret;
    try {
        secret = key(true);
    } catch (const Error &e) {
        qCWarning(lcStorage) << "draft key unavailable:" << e.detail();
        return false;
    }
    QByteArray sealed(magicSize + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                      Qt::Uninitialized);
    memcpy(sealed.data(), magic, magicSize);
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data() + magicSize);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
                          nonce, reinterpret_cast<const unsigned char *>(secret.constData()));
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return false;
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(sealed);
    return file.commit();
}

DraftStore::Loaded DraftStore::load()
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    const QByteArray sealed = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    file.close();
    QByteArray secret;
    try {
        secret = key(false);
    } catch (const Error &e) {
        // The database cannot be read now: leave the draft for a later session.
        qCWarning(lcStorage) << "draft key unavailable:" << e.detail();
        return {};
    }
    const qsizetype header = magicSize + crypto_secretbox_NONCEBYTES;
    if (sodiumReady() && !secret.isEmpty() && sealed.size() >= header + crypto_secretbox_MACBYTES &&
        sealed.startsWith(QByteArrayView(magic, magicSize))) {
        const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData() + magicSize);
        QByteArray plain(sealed.size() - header - crypto_secretbox_MACBYTES, Qt::Uninitialized);
        if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                       nonce + crypto_secretbox_NONCEBYTES, quint64(sealed.size() - header),
                                       nonce,
                                       reinterpret_cast<const unsigned char *>(secret.constData())) == 0)
            return {Status::Restored, plain};
    }
    remove();
    return {Status::Unreadable, {}};
}

void DraftStore::remove() const
{
    QFile::remove(m_path);
}

} // namespace zz
