#include "PasswordHasher.h"

#include "Error.h"

#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

void ensureSodium()
{
    // sodium_init() is itself safe to call repeatedly; the static keeps it to one call per process.
    static const int status = sodium_init();
    if (status < 0)
        throw Error(Error::Kind::Storage, PasswordHasher::tr("密码模块初始化失败。"),
                    u"sodium_init failed"_s);
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(Error::Kind::Storage, tr("计算密码摘要时内存不足。"), u"crypto_pwhash_str_alg failed"_s);
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password)
{
    if (encodedHash.isEmpty() || encodedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    ensureSodium();
    const QByteArray stored = encodedHash.toLatin1(); // zero-terminated by QByteArray
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

QString PasswordHasher::policyViolation(const QString &password)
{
    const auto codePoints = password.toUcs4();
    if (codePoints.size() < minLength)
        return tr("密码至少需要 %1 个字符。").arg(minLength);
    if (std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); }))
        return tr("密码不能全部是数字,请加入字母或符号。");
    return {};
}

void PasswordHasher::checkPolicy(const QString &password)
{
    if (const QString problem = policyViolation(password); !problem.isEmpty())
        throw Error(Error::Kind::Validation, problem);
}

} // namespace zz
