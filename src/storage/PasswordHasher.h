#pragma once

#include <QCoreApplication>
#include <QString>

namespace zz {

// Argon2id password hashes (libsodium crypto_pwhash_str, interactive limits) for the SQLite
// backend, and the password policy every backend applies when a password is set.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(zz::PasswordHasher)

public:
    static constexpr int minLength = 8;

    // The encoded hash ("$argon2id$v=19$m=...") with a fresh random salt. Throws zz::Error(Storage)
    // when libsodium cannot start or runs out of memory.
    static QString hash(const QString &password);
    // True when `password` matches `encodedHash`; false for an empty or malformed hash.
    static bool verify(const QString &encodedHash, const QString &password);

    // Empty when the password is acceptable, else a translated reason: at least minLength
    // characters, not digits only.
    static QString policyViolation(const QString &password);
    // Throws zz::Error(Validation) with policyViolation()'s message.
    static void checkPolicy(const QString &password);
};

} // namespace zz
