#include "AuditWitness.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "Permissions.h"
#include "Query.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace zz {

namespace {

// The first lines of the three files. They are formats, not messages: never translated.
const QByteArray secretMagic = "ZONGZHI AUDIT WITNESS SECRET KEY v1";
const QByteArray publicMagic = "ZONGZHI AUDIT WITNESS PUBLIC KEY v1";
const QByteArray checkpointMagic = "ZONGZHI AUDIT CHECKPOINT v1";
constexpr qint64 maxFileSize = 16 * 1024 * 1024;
constexpr int idBatch = 500;

void ensureSodium()
{
    static const int status = sodium_init();
    if (status < 0)
        throw Error(Error::Kind::Storage, AuditWitness::tr("签名模块初始化失败。"), u"sodium_init failed"_s);
}

QByteArray readSmallFile(const QString &path, bool *ok)
{
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly) && file.size() <= maxFileSize;
    return *ok ? file.read(maxFileSize) : QByteArray();
}

// "name: value" lines after the magic line; '#' lines are comments. False on any other line.
bool parseFields(const QByteArray &content, const QByteArray &magic,
                 QList<QPair<QByteArray, QByteArray>> *out)
{
    const QList<QByteArray> lines = content.split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != magic)
        return false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(": ");
        if (colon <= 0)
            return false;
        out->append({line.left(colon), line.mid(colon + 2).trimmed()});
    }
    return true;
}

QByteArray field(const QList<QPair<QByteArray, QByteArray>> &fields, const QByteArray &name)
{
    for (const auto &[key, value] : fields)
        if (key == name)
            return value;
    return {};
}

// Lowercase hex of exactly `bytes` bytes, else empty.
QByteArray fromHex(const QByteArray &text, int bytes)
{
    if (text.size() != 2 * bytes)
        return {};
    for (const char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return {};
    return QByteArray::fromHex(text);
}

bool isHashText(const QString &text, int digits)
{
    return text.size() == digits && !fromHex(text.toLatin1(), digits / 2).isEmpty();
}

QString shortKey(const QByteArray &publicKey)
{
    return AuditWitness::hex(publicKey).left(16);
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// The signed text of a checkpoint: every line up to the signature, exactly as written.
QByteArray checkpointBody(const AuditWitness::Checkpoint &c)
{
    QByteArray out = checkpointMagic + '\n';
    out += "# 综治中心工作台审计检查点: 审计日志链头的 Ed25519 签名。"
           "核对: zongzhi-cli audit verify --db URL --checkpoint 本文件\n";
    out += "# Zongzhi Workbench audit checkpoint: the signed head of the audit log.\n";
    out += "database: " + c.database.toUtf8() + '\n';
    out += "head-id: " + QByteArray::number(c.headId) + '\n';
    out += "head-hash: " + c.headHash.toLatin1() + '\n';
    out += "row-count: " + QByteArray::number(c.rowCount) + '\n';
    out += "at: " + c.at.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    out += "public-key: " + AuditWitness::hex(c.publicKey).toLatin1() + '\n';
    out += "anchor-interval: " + QByteArray::number(c.anchorInterval) + '\n';
    for (const AuditWitness::Anchor &a : c.anchors)
        out += "anchor: " + QByteArray::number(a.id) + ' ' + a.hashPrefix.toLatin1() + '\n';
    return out;
}

void requireWriter(const Actor &actor)
{
    // The same accounts as the zongzhi_admin group that may write these tables on PostgreSQL.
    if (actor.userId > 0 && !Permissions::allows(actor.roles, Permission::ManageAccounts))
        throw Error(Error::Kind::Forbidden, AuditWitness::tr("当前账号无权登记审计见证密钥或签署检查点。"));
}

} // namespace

AuditWitness::KeyPair::~KeyPair()
{
    if (!secretKey.isEmpty())
        sodium_memzero(secretKey.data(), size_t(secretKey.size()));
}

qint64 AuditWitness::Verification::firstFrom() const
{
    for (const Problem &p : problems)
        if (p.from > 0)
            return p.from;
    return 0;
}

qint64 AuditWitness::Verification::firstTo() const
{
    for (const Problem &p : problems)
        if (p.from > 0)
            return p.to;
    return 0;
}

AuditWitness::AuditWitness(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

QString AuditWitness::hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

AuditWitness::KeyPair AuditWitness::generateKeyPair()
{
    ensureSodium();
    KeyPair keys;
    keys.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    keys.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                        reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

void AuditWitness::writeKeyFiles(const QString &path, const KeyPair &keys)
{
    const QString publicPath = path + u".pub"_s;
    if (QFileInfo::exists(path) || QFileInfo::exists(publicPath))
        throw Error(Error::Kind::Validation,
                    tr("文件 %1 或 %2 已存在:不会覆盖已有的密钥。").arg(path, publicPath));
    QByteArray secret = secretMagic + '\n';
    secret += "# 综治中心工作台审计见证私钥: 持有者可以签署审计检查点。请离线保管(例如由县级综治中心保管),"
              "不要留在数据库服务器上。\n";
    secret += "# Zongzhi Workbench audit witness SECRET key: keep it off the database server.\n";
    secret += "public-key: " + keys.publicKey.toHex() + '\n';
    QByteArray secretHex = keys.secretKey.toHex();
    secret += "secret-key: " + secretHex + '\n';
    sodium_memzero(secretHex.data(), size_t(secretHex.size()));

    // Created with owner-only permissions, never briefly readable by others.
    QFile file(path);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(secret) == secret.size() && file.flush();
    sodium_memzero(secret.data(), size_t(secret.size()));
    file.close();
    if (!written) {
        QFile::remove(path);
        throw Error(Error::Kind::Validation, tr("无法写入私钥文件 %1。").arg(path));
    }
    QFile pub(publicPath);
    const QByteArray text = publicMagic + '\n' + "public-key: " + keys.publicKey.toHex() + '\n';
    if (!pub.open(QIODevice::WriteOnly | QIODevice::NewOnly) || pub.write(text) != text.size())
        throw Error(Error::Kind::Validation, tr("无法写入公钥文件 %1。").arg(publicPath));
}

AuditWitness::KeyPair AuditWitness::readSecretKey(const QString &path)
{
    bool ok = false;
    QByteArray content = readSmallFile(path, &ok);
    if (!ok)
        throw Error(Error::Kind::Validation, tr("无法读取私钥文件 %1。").arg(path));
    QList<QPair<QByteArray, QByteArray>> fields;
    const bool parsed = parseFields(content, secretMagic, &fields);
    sodium_memzero(content.data(), size_t(content.size()));
    if (!parsed)
        throw Error(Error::Kind::Validation, tr("%1 不是审计见证私钥文件。").arg(path));
    KeyPair keys;
    keys.publicKey = fromHex(field(fields, "public-key"), crypto_sign_PUBLICKEYBYTES);
    keys.secretKey = fromHex(field(fields, "secret-key"), crypto_sign_SECRETKEYBYTES);
    for (auto &entry : fields)
        sodium_memzero(entry.second.data(), size_t(entry.second.size()));
    // The secret key holds its public half: the two lines must agree.
    ensureSodium();
    QByteArray derived(crypto_sign_PUBLICKEYBYTES, '\0');
    if (keys.publicKey.isEmpty() || keys.secretKey.isEmpty() ||
        crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(derived.data()),
                                     reinterpret_cast<const unsigned char *>(keys.secretKey.constData())) !=
            0 ||
        derived != keys.publicKey)
        throw Error(Error::Kind::Validation, tr("私钥文件 %1 已损坏。").arg(path));
    return keys;
}

QByteArray AuditWitness::parsePublicKey(const QString &hexOrPath)
{
    const QByteArray direct = fromHex(hexOrPath.trimmed().toLower().toLatin1(), crypto_sign_PUBLICKEYBYTES);
    if (!direct.isEmpty())
        return direct;
    bool ok = false;
    const QByteArray content = readSmallFile(hexOrPath, &ok);
    if (!ok)
        throw Error(Error::Kind::Validation,
                    tr("“%1”既不是 64 位十六进制的公钥,也不是可读取的公钥文件。").arg(hexOrPath));
    if (content.startsWith(secretMagic))
        throw Error(Error::Kind::Validation,
                    tr("%1 是私钥文件:私钥不应带到服务器上。请改用同名的 .pub 公钥文件或公钥的十六进制文本。")
                        .arg(hexOrPath));
    QList<QPair<QByteArray, QByteArray>> fields;
    QByteArray key;
    if (parseFields(content, publicMagic, &fields))
        key = fromHex(field(fields, "public-key"), crypto_sign_PUBLICKEYBYTES);
    if (key.isEmpty())
        throw Error(Error::Kind::Validation, tr("%1 不是审计见证公钥文件。").arg(hexOrPath));
    return key;
}

void AuditWitness::requireTables() const
{
    if (m_db.schemaVersion() < firstSchemaVersion)
        throw Error(Error::Kind::Schema,
                    tr("数据库结构版本过旧,还没有审计见证的数据表。请先运行 zongzhi-cli init 升级数据库。"));
}

bool AuditWitness::isTrusted(const QByteArray &publicKey) const
{
    return Query(m_db, u"SELECT COUNT(*) FROM audit_keys WHERE public_key = ?"_s)
               .bind(hex(publicKey))
               .scalar()
               .toInt() > 0;
}

bool AuditWitness::trust(const QByteArray &publicKey, const QString &label, const Actor &actor,
                         const QString &actorLogin)
{
    requireWriter(actor);
    requireTables();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        throw Error(Error::Kind::Validation, tr("公钥应为 32 字节(64 位十六进制)。"));
    Transaction tx(m_db);
    if (isTrusted(publicKey))
        return false;
    const QString text = QString::fromUtf8(label.trimmed().toUtf8()).left(200);
    Query(m_db, u"INSERT INTO audit_keys (public_key, label, added_at, added_by) VALUES (?, ?, ?, ?)"_s)
        .bind(hex(publicKey))
        .bind(text)
        .bind(m_clock.now().toSecsSinceEpoch())
        .bind(actorLogin)
        .exec();
    AuditLog(m_db, m_clock)
        .record(actor, actorLogin, AuditAction::AuditKeyTrust, u"audit_key"_s, 0,
                u"key=%1 label=%2"_s.arg(hex(publicKey), text));
    tx.commit();
    return true;
}

// Anchors cost a line each and only narrow a rewrite down; the head alone already proves one.
// Every 100th row up to a million rows (at most 10,000 lines, ~300 KB); beyond that the spacing
// grows in steps of 100 so the file stays that size. 64 bits of each hash are plenty to tell an
// anchor row from a rewritten one; matching a prefix on purpose would not hide the rewrite, since
// the head's hash is kept whole.
int AuditWitness::anchorIntervalFor(qint64 rows)
{
    constexpr qint64 maxAnchors = 10000;
    constexpr qint64 step = 100;
    const qint64 needed = (rows + maxAnchors - 1) / maxAnchors;
    return int(std::max(step, (needed + step - 1) / step * step));
}

AuditWitness::Checkpoint AuditWitness::checkpoint(const KeyPair &keys, const QString &path,
                                                  const Actor &actor, const QString &actorLogin)
{
    requireWriter(actor);
    requireTables();
    if (!isTrusted(keys.publicKey))
        throw Error(
            Error::Kind::Validation,
            tr("这个私钥的公钥(%1…)未在本数据库登记为审计见证密钥。请先用 zongzhi-cli audit trust 登记。")
                .arg(shortKey(keys.publicKey)));
    Transaction tx(m_db);
    // Hold the log still: appenders take this lock (zz_audit_append) or the write lock (SQLite's
    // BEGIN IMMEDIATE), so the head read below is the head until this checkpoint's own row.
    if (m_db.isPostgres())
        Query::run(m_db, u"SELECT pg_advisory_xact_lock(7243002)"_s);
    Checkpoint c;
    c.path = path;
    c.database = m_db.url().toDisplayString();
    const auto head = AuditLog(m_db, m_clock).head();
    c.headId = head ? head->id : 0;
    c.headHash = head ? head->hash : AuditLog::genesisHash();
    c.rowCount = Query(m_db, u"SELECT COUNT(*) FROM audit_log"_s).scalar().toLongLong();
    c.at = QDateTime::fromSecsSinceEpoch(m_clock.now().toSecsSinceEpoch(), Qt::UTC);
    c.anchorInterval = anchorIntervalFor(c.headId);
    c.publicKey = keys.publicKey;
    Query anchors(m_db, u"SELECT id, hash FROM audit_log WHERE id % ? = 0 AND id < ? ORDER BY id"_s);
    for (anchors.bind(c.anchorInterval).bind(c.headId).exec(); anchors.next();)
        c.anchors.append({anchors.int64(0), anchors.text(1).left(anchorHexDigits)});

    const QByteArray body = checkpointBody(c);
    ensureSodium();
    c.signature.resize(crypto_sign_BYTES);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(c.signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(body.constData()), quint64(body.size()),
                         reinterpret_cast<const unsigned char *>(keys.secretKey.constData()));

    Query(m_db, u"INSERT INTO audit_checkpoints (head_id, head_hash, row_count, at, public_key, signature) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s)
        .bind(c.headId)
        .bind(c.headHash)
        .bind(c.rowCount)
        .bind(c.at.toSecsSinceEpoch())
        .bind(hex(c.publicKey))
        .bind(hex(c.signature))
        .exec();
    AuditLog(m_db, m_clock)
        .record(actor, actorLogin, AuditAction::AuditCheckpoint, u"audit_log"_s, c.headId,
                u"head=%1 hash=%2 key=%3"_s.arg(c.headId).arg(c.headHash.left(16), shortKey(c.publicKey)));

    QSaveFile file(path);
    const QByteArray content = body + "signature: " + c.signature.toHex() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        throw Error(Error::Kind::Validation, tr("无法写入检查点文件 %1。").arg(path));
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(path); // no checkpoint file for a checkpoint the database does not know
        throw;
    }
    return c;
}

AuditWitness::Checkpoint AuditWitness::parseCheckpoint(const QByteArray &content, const QString &path)
{
    const QString name = fileName(path);
    if (!content.startsWith(checkpointMagic + '\n'))
        throw Error(Error::Kind::Validation, tr("%1 不是审计检查点文件。").arg(name));
    const QByteArray marker = "\nsignature: ";
    const qsizetype at = content.lastIndexOf(marker);
    const auto malformed = [&name] {
        return Error(Error::Kind::Validation, tr("检查点文件 %1 不完整或格式有误。").arg(name));
    };
    if (at < 0)
        throw malformed();
    const QByteArray body = content.left(at + 1);
    Checkpoint c;
    c.path = path;
    c.signature = fromHex(content.mid(at + marker.size()).trimmed(), crypto_sign_BYTES);
    QList<QPair<QByteArray, QByteArray>> fields;
    if (c.signature.isEmpty() || !parseFields(body, checkpointMagic, &fields))
        throw malformed();
    c.publicKey = fromHex(field(fields, "public-key"), crypto_sign_PUBLICKEYBYTES);
    if (c.publicKey.isEmpty())
        throw malformed();

    // The signature first: nothing from an unsigned file is believed, not even its numbers.
    ensureSodium();
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(c.signature.constData()),
                                    reinterpret_cast<const unsigned char *>(body.constData()),
                                    quint64(body.size()),
                                    reinterpret_cast<const unsigned char *>(c.publicKey.constData())) != 0)
        throw Error(
            Error::Kind::Validation,
            tr("检查点文件 %1 的签名无效:文件在签署后被改动过,或不是用其中记载的密钥签署的。").arg(name));

    bool idOk = false, countOk = false, intervalOk = false;
    c.database = QString::fromUtf8(field(fields, "database"));
    c.headId = field(fields, "head-id").toLongLong(&idOk);
    c.headHash = QString::fromLatin1(field(fields, "head-hash"));
    c.rowCount = field(fields, "row-count").toLongLong(&countOk);
    c.at = QDateTime::fromString(QString::fromLatin1(field(fields, "at")), Qt::ISODate);
    c.anchorInterval = field(fields, "anchor-interval").toInt(&intervalOk);
    if (!idOk || !countOk || !intervalOk || c.headId < 0 || c.anchorInterval <= 0 || !c.at.isValid() ||
        !isHashText(c.headHash, 64))
        throw malformed();
    qint64 previous = 0;
    for (const auto &[key, value] : fields) {
        if (key != "anchor")
            continue;
        const QList<QByteArray> parts = value.split(' ');
        bool ok = false;
        const Anchor a{parts.value(0).toLongLong(&ok), QString::fromLatin1(parts.value(1))};
        if (parts.size() != 2 || !ok || a.id <= previous || a.id >= c.headId ||
            !isHashText(a.hashPrefix, anchorHexDigits))
            throw malformed();
        c.anchors.append(a);
        previous = a.id;
    }
    return c;
}

AuditWitness::Checkpoint AuditWitness::readCheckpoint(const QString &path) const
{
    bool ok = false;
    const QByteArray content = readSmallFile(path, &ok);
    if (!ok)
        throw Error(Error::Kind::Validation, tr("无法读取检查点文件 %1。").arg(path));
    Checkpoint c = parseCheckpoint(content, path);
    requireTables();
    if (!isTrusted(c.publicKey))
        throw Error(Error::Kind::Validation,
                    tr("检查点文件 %1 是用未在本数据库登记的密钥(公钥 %2…)签署的,不予采信。"
                       "可信的公钥须先用 zongzhi-cli audit trust 登记。")
                        .arg(fileName(path), shortKey(c.publicKey)));
    return c;
}

std::optional<QDateTime> AuditWitness::lastCheckpointAt() const
{
    Query q(m_db, u"SELECT MAX(at) FROM audit_checkpoints"_s);
    if (!q.exec().next() || q.isNull(0))
        return std::nullopt;
    return q.time(0);
}

bool AuditWitness::checkpointDue(const std::optional<QDateTime> &last, const QDateTime &now)
{
    return !last || last->secsTo(now) >= qint64(reminderDays) * 24 * 3600;
}

QStringList AuditWitness::missingTriggers() const
{
    struct Expected
    {
        QString name, table, function;
    };
    QList<Expected> expected;
    QStringList missing;
    if (m_db.isPostgres()) {
        expected = {{u"audit_log_insert_guard"_s, u"audit_log"_s, u"zz_audit_insert_guard"_s},
                    {u"audit_log_no_update"_s, u"audit_log"_s, u"zz_audit_refuse"_s},
                    {u"audit_log_no_delete"_s, u"audit_log"_s, u"zz_audit_refuse"_s},
                    {u"audit_log_no_truncate"_s, u"audit_log"_s, u"zz_audit_refuse"_s},
                    {u"case_flow_audit"_s, u"case_flow"_s, u"zz_audit_case_flow"_s},
                    {u"users_audit"_s, u"users"_s, u"zz_audit_users"_s}};
        // Enabled means it fires in ordinary sessions: 'O' (origin) or 'A' (always); 'D' is
        // disabled and 'R' fires only on replicas.
        Query q(m_db, u"SELECT t.tgname, c.relname, p.proname FROM pg_trigger t "
                      "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
                      "WHERE NOT t.tgisinternal AND t.tgenabled IN ('O', 'A') "
                      "AND c.relnamespace = current_schema()::regnamespace"_s);
        QSet<QString> present;
        for (q.exec(); q.next();)
            present.insert(q.text(0) + u'|' + q.text(1) + u'|' + q.text(2));
        for (const Expected &e : expected)
            if (!present.contains(e.name + u'|' + e.table + u'|' + e.function))
                missing << e.name;
        return missing;
    }
    Query q(m_db, u"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"_s);
    QSet<QString> present;
    for (q.exec(); q.next();)
        if (q.text(2).contains(u"RAISE(ABORT"_s, Qt::CaseInsensitive))
            present.insert(q.text(0) + u'|' + q.text(1));
    for (const QString &name : {u"audit_log_no_update"_s, u"audit_log_no_delete"_s})
        if (!present.contains(name + u"|audit_log"_s))
            missing << name;
    return missing;
}

QList<AuditWitness::Problem> AuditWitness::compare(const Checkpoint &checkpoint, qint64 lastId) const
{
    // What the checkpoint vouches for, in id order: the anchors, then the head in full.
    QList<Anchor> expected = checkpoint.anchors;
    if (checkpoint.headId > 0)
        expected.append({checkpoint.headId, checkpoint.headHash});
    QHash<qint64, QString> actual;
    for (qsizetype i = 0; i < expected.size(); i += idBatch) {
        const QList<Anchor> batch = expected.mid(i, idBatch);
        Query q(m_db, u"SELECT id, hash FROM audit_log WHERE id IN (%1)"_s.arg(inListMarkers(batch.size())));
        for (const Anchor &a : batch)
            q.bind(a.id);
        for (q.exec(); q.next();)
            actual.insert(q.int64(0), q.text(1));
    }
    const QString name = fileName(checkpoint.path);
    qint64 lastMatching = 0;
    for (const Anchor &a : expected) {
        const auto found = actual.constFind(a.id);
        if (found != actual.constEnd() && found->startsWith(a.hashPrefix)) {
            lastMatching = a.id;
            continue;
        }
        const qint64 from = lastMatching + 1;
        const qint64 to = found == actual.constEnd() ? std::clamp(lastId + 1, from, a.id) : a.id;
        QString text = from == to ? tr("与检查点 %1 不符:第 %2 条记录与签署时不同。").arg(name).arg(from)
                                  : tr("与检查点 %1 不符:第一处不同在第 %2 至 %3 条记录之间"
                                       "(此后的哈希链被重新计算过)。")
                                        .arg(name)
                                        .arg(from)
                                        .arg(to);
        if (lastId < checkpoint.headId)
            text +=
                tr("检查点记载到第 %1 条记录,数据库现在只到第 %2 条。").arg(checkpoint.headId).arg(lastId);
        return {Problem{from, to, text}};
    }
    return {};
}

AuditWitness::Verification AuditWitness::verify(const QList<Checkpoint> &checkpoints) const
{
    Verification v;
    const AuditLog log(m_db, m_clock);
    const AuditLog::Verification chain = log.verify();
    v.rowsChecked = chain.rowsChecked;
    if (!chain.ok)
        v.problems.append({chain.firstBrokenId, chain.firstBrokenId, chain.reason});
    if (!checkpoints.isEmpty()) {
        const auto head = log.head();
        const qint64 lastId = head ? head->id : 0;
        for (const Checkpoint &c : checkpoints) {
            const QList<Problem> found = compare(c, lastId);
            if (found.isEmpty())
                ++v.checkpointsMatched;
            v.problems.append(found);
            const bool recorded = Query(m_db, u"SELECT COUNT(*) FROM audit_checkpoints WHERE signature = ?"_s)
                                      .bind(hex(c.signature))
                                      .scalar()
                                      .toInt() > 0;
            if (!recorded)
                v.notes << tr("检查点 %1 不在本数据库的检查点记录中:它也许来自另一个数据库,"
                              "或检查点记录被删除了。")
                               .arg(fileName(c.path));
        }
    }
    std::stable_sort(v.problems.begin(), v.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.from < b.from; });
    for (const QString &trigger : missingTriggers())
        v.problems.append(
            {0, 0, tr("防改触发器 %1 不存在或已停用:审计日志可被改动而不留痕迹。").arg(trigger)});
    v.ok = v.problems.isEmpty();
    return v;
}

} // namespace zz
