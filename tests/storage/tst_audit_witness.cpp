// Witnesses for the audit log (signed checkpoints, the append-only triggers): runs on SQLite and on
// PostgreSQL (ZONGZHI_TEST_BACKEND). The rewrite tests do what the database's owner could do: change
// a row and recompute every later hash, which the chain alone cannot see.
#include "AuditLog.h"
#include "AuditWitness.h"
#include "CliCommands.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

struct CliResult
{
    int code = 0;
    QString output;
};

CliResult runCli(const QStringList &args)
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int code = zz::cli::run(args, out, err);
    out.flush();
    err.flush();
    return {code, outText + errText};
}

} // namespace

class TestAuditWitness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QTemporaryDir m_files;
    int m_fileCounter = 0;

    bool isPostgres() const { return m_testDb->isPostgres(); }
    QString newPath(const QString &stem)
    {
        return m_files.filePath(u"%1-%2"_s.arg(stem).arg(++m_fileCounter));
    }
    AuditWitness witness() const { return AuditWitness(*m_db, m_clock); }
    qint64 headId() const
    {
        const auto head = AuditLog(*m_db, m_clock).head();
        return head ? head->id : 0;
    }

    // Audit rows until the log holds `rows` of them.
    void fillTo(qint64 rows)
    {
        AuditLog log(*m_db, m_clock);
        for (qint64 id = headId(); id < rows; ++id)
            log.record(m_town.actor(m_town.admin), m_town.admin.login, AuditAction::Export, u"report"_s, 0,
                       u"月报 %1"_s.arg(id + 1));
        QCOMPARE(headId(), rows);
    }

    // A registered key and a checkpoint of the log as it is now.
    AuditWitness::Checkpoint takeCheckpoint(QString *path = nullptr)
    {
        const AuditWitness::KeyPair keys = AuditWitness::generateKeyPair();
        witness().trust(keys.publicKey, u"县综治中心"_s, m_town.actor(m_town.admin), m_town.admin.login);
        const QString file = newPath(u"checkpoint"_s);
        if (path)
            *path = file;
        return witness().checkpoint(keys, file, m_town.actor(m_town.admin), m_town.admin.login);
    }

    // What the owner of the database can do: switch the guards off, change row `id`'s detail (or
    // remove rows from `id` on), recompute every later hash, switch the guards on again.
    void rewrite(qint64 id, bool removeTail = false)
    {
        Database raw(m_testDb->currentUrl());
        if (isPostgres()) {
            Query::run(raw, u"ALTER TABLE audit_log DISABLE TRIGGER ALL"_s);
            if (removeTail) {
                Query::run(raw, u"DELETE FROM audit_log WHERE id >= %1"_s.arg(id));
            } else {
                Query::run(raw, u"UPDATE audit_log SET detail = detail || ' (改)' WHERE id = %1"_s.arg(id));
                Query::run(
                    raw, u"DO $$ DECLARE r record; v_prev text; BEGIN "
                         "SELECT coalesce((SELECT hash FROM audit_log WHERE id = %1 - 1), repeat('0', 64)) "
                         "INTO v_prev; "
                         "FOR r IN SELECT * FROM audit_log WHERE id >= %1 ORDER BY id LOOP "
                         "UPDATE audit_log SET prev_hash = v_prev, hash = zz_audit_hash(v_prev, r.id, r.at, "
                         "r.actor_user_id, r.actor_login, r.action, r.object_type, r.object_id, r.detail) "
                         "WHERE id = r.id RETURNING hash INTO v_prev; "
                         "END LOOP; END $$"_s.arg(id));
            }
            Query::run(raw, u"ALTER TABLE audit_log ENABLE TRIGGER ALL"_s);
            return;
        }
        Query::run(raw, u"DROP TRIGGER audit_log_no_update"_s);
        Query::run(raw, u"DROP TRIGGER audit_log_no_delete"_s);
        if (removeTail) {
            Query(raw, u"DELETE FROM audit_log WHERE id >= ?"_s).bind(id).exec();
        } else {
            Query(raw, u"UPDATE audit_log SET detail = detail || ' (改)' WHERE id = ?"_s).bind(id).exec();
            QString prev = id > 1 ? Query(raw, u"SELECT hash FROM audit_log WHERE id = ?"_s)
                                        .bind(id - 1)
                                        .scalar()
                                        .toString()
                                  : AuditLog::genesisHash();
            Query rows(raw,
                       u"SELECT id, at, actor_user_id, actor_login, action, object_type, object_id, detail "
                       "FROM audit_log WHERE id >= ? ORDER BY id"_s);
            struct Row
            {
                qint64 id, at, user, object;
                QString login, action, type, detail;
            };
            QList<Row> all;
            for (rows.bind(id).exec(); rows.next();)
                all.append({rows.int64(0), rows.int64(1), rows.int64(2), rows.int64(6), rows.text(3),
                            rows.text(4), rows.text(5), rows.text(7)});
            for (const Row &r : all) {
                const QString hash =
                    AuditLog::hashOf(prev, r.id, r.at, r.user, r.login, r.action, r.type, r.object, r.detail);
                Query(raw, u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s)
                    .bind(prev)
                    .bind(hash)
                    .bind(r.id)
                    .exec();
                prev = hash;
            }
        }
        Query::run(raw, u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                        "SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s);
        Query::run(raw, u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
                        "SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s);
    }

    void expectRefused(const QString &path, const QString &messagePart)
    {
        bool thrown = false;
        try {
            witness().readCheckpoint(path);
        } catch (const Error &e) {
            thrown = true;
            QCOMPARE(int(e.kind()), int(Error::Kind::Validation));
            QVERIFY2(e.message().contains(messagePart), qPrintable(e.message()));
            qInfo().noquote() << "refused:" << e.message();
        }
        QVERIFY2(thrown, qPrintable(path));
        const CliResult r =
            runCli({u"audit"_s, u"verify"_s, u"--db"_s, m_testDb->currentUrl(), u"--checkpoint"_s, path});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.output.startsWith(u"REFUSED "_s) && r.output.contains(messagePart), qPrintable(r.output));
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        qInfo() << "backend:" << m_testDb->backendName();
    }

    void init()
    {
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        m_clock.set(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    }

    void cleanup() { m_db.reset(); }

    // ------------------------------------------------------------ keys

    void keyFiles()
    {
        const AuditWitness::KeyPair keys = AuditWitness::generateKeyPair();
        QCOMPARE(keys.publicKey.size(), 32);
        QCOMPARE(keys.secretKey.size(), 64);
        const QString path = newPath(u"witness.key"_s);
        AuditWitness::writeKeyFiles(path, keys);
        // Mode 0600: nobody but the owner may read it.
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ReadOwner));
        QVERIFY(!(QFileInfo(path).permissions() & others));
        const QByteArray content = readAll(path);
        QVERIFY(content.startsWith("ZONGZHI AUDIT WITNESS SECRET KEY v1\n"));
        QVERIFY(content.contains("SECRET"));

        const AuditWitness::KeyPair back = AuditWitness::readSecretKey(path);
        QCOMPARE(back.publicKey, keys.publicKey);
        QCOMPARE(back.secretKey, keys.secretKey);
        QCOMPARE(AuditWitness::parsePublicKey(path + u".pub"_s), keys.publicKey);
        QCOMPARE(AuditWitness::parsePublicKey(AuditWitness::hex(keys.publicKey)), keys.publicKey);
        QCOMPARE(AuditWitness::parsePublicKey(AuditWitness::hex(keys.publicKey).toUpper()), keys.publicKey);

        EXPECT_ERROR(AuditWitness::writeKeyFiles(path, keys), Error::Kind::Validation); // never overwrites
        EXPECT_ERROR(AuditWitness::parsePublicKey(path), Error::Kind::Validation);      // the secret one
        EXPECT_ERROR(AuditWitness::parsePublicKey(u"abc"_s), Error::Kind::Validation);
        EXPECT_ERROR(AuditWitness::readSecretKey(path + u".pub"_s), Error::Kind::Validation);
        QByteArray damaged = content;
        damaged.replace("secret-key: ", "secret-key: 00");
        damaged.chop(3);
        damaged += "\n";
        EXPECT_ERROR(AuditWitness::readSecretKey(writeFile(newPath(u"damaged.key"_s), damaged)),
                     Error::Kind::Validation);
    }

    void trustIsAuditedOnce()
    {
        const AuditWitness::KeyPair keys = AuditWitness::generateKeyPair();
        QVERIFY(!witness().isTrusted(keys.publicKey));
        QVERIFY(
            witness().trust(keys.publicKey, u"县综治中心"_s, m_town.actor(m_town.admin), m_town.admin.login));
        QVERIFY(witness().isTrusted(keys.publicKey));
        const AuditLog::Entry e = AuditLog(*m_db, m_clock).recent(1).first();
        QCOMPARE(e.action, u"audit_key_trust"_s);
        QVERIFY(e.detail.contains(AuditWitness::hex(keys.publicKey)));
        const qint64 rows = headId();
        QVERIFY(!witness().trust(keys.publicKey, {}, m_town.actor(m_town.admin), m_town.admin.login));
        QCOMPARE(headId(), rows);
        EXPECT_ERROR(witness().trust(AuditWitness::generateKeyPair().publicKey, {},
                                     m_town.actor(m_town.leader), m_town.leader.login),
                     Error::Kind::Forbidden);
    }

    // ------------------------------------------------------------ checkpoints

    void checkpointSignsTheHead()
    {
        fillTo(250);
        QVERIFY(AuditWitness::checkpointDue(witness().lastCheckpointAt(), m_clock.now()));
        QString path;
        const AuditWitness::Checkpoint c = takeCheckpoint(&path);
        QCOMPARE(c.headId, 251); // the trust row came after the 250
        QCOMPARE(c.rowCount, 251);
        QCOMPARE(c.anchorInterval, 100);
        QCOMPARE(c.anchors.size(), 2);
        QCOMPARE(c.anchors.at(1).id, 200);
        // The checkpoint's own row follows the head it signs.
        const AuditLog::Entry last = AuditLog(*m_db, m_clock).recent(1).first();
        QCOMPARE(last.id, 252);
        QCOMPARE(last.action, u"audit_checkpoint"_s);
        QCOMPARE(last.objectId, 251);
        QCOMPARE(Query(*m_db, u"SELECT head_hash FROM audit_checkpoints"_s).scalar().toString(), c.headHash);
        QVERIFY(witness().lastCheckpointAt() && *witness().lastCheckpointAt() == m_clock.now());
        QVERIFY(!AuditWitness::checkpointDue(witness().lastCheckpointAt(), m_clock.now().addDays(6)));
        QVERIFY(AuditWitness::checkpointDue(witness().lastCheckpointAt(), m_clock.now().addDays(7)));

        const AuditWitness::Checkpoint read = witness().readCheckpoint(path);
        QCOMPARE(read.headId, c.headId);
        QCOMPARE(read.headHash, c.headHash);
        QCOMPARE(read.at, m_clock.now());
        QCOMPARE(read.anchors.size(), 2);
        fillTo(300); // later rows do not matter
        const AuditWitness::Verification v = witness().verify({read});
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).text));
        QCOMPARE(v.checkpointsMatched, 1);
        QVERIFY(v.notes.isEmpty());

        // The printed registers' mark.
        const auto head = AuditLog(*m_db, m_clock).head();
        QVERIFY(head);
        QCOMPARE(head->id, 300);
        QCOMPARE(AuditLog(*m_db, m_clock).headMark(), u"审计链 #300 · "_s + head->hash.left(8));
    }

    void anchorSpacing()
    {
        QCOMPARE(AuditWitness::anchorIntervalFor(0), 100);
        QCOMPARE(AuditWitness::anchorIntervalFor(1000000), 100);
        QCOMPARE(AuditWitness::anchorIntervalFor(1000001), 200);
        QCOMPARE(AuditWitness::anchorIntervalFor(25000000), 2500);
    }

    // The point of the witness: a rewritten chain verifies on its own, and not against a checkpoint.
    void rewriteIsFoundOnlyWithACheckpoint()
    {
        fillTo(250);
        QString path;
        takeCheckpoint(&path); // head 251, anchors 100 and 200
        fillTo(270);
        rewrite(150);
        const AuditLog::Verification chain = AuditLog(*m_db, m_clock).verify();
        QVERIFY2(chain.ok, qPrintable(chain.reason));
        const AuditWitness::Verification alone = witness().verify();
        QVERIFY2(alone.ok, qPrintable(alone.problems.value(0).text));

        const AuditWitness::Verification v = witness().verify({witness().readCheckpoint(path)});
        QVERIFY(!v.ok);
        QCOMPARE(v.firstFrom(), 101);
        QCOMPARE(v.firstTo(), 200);
        QCOMPARE(v.problems.size(), 1);
        QVERIFY2(v.problems.first().text.contains(QFileInfo(path).fileName()),
                 qPrintable(v.problems.first().text));
        qInfo().noquote() << v.problems.first().text;

        CliResult r = runCli({u"audit"_s, u"verify"_s, u"--db"_s, m_testDb->currentUrl()});
        QCOMPARE(r.code, 0);
        r = runCli({u"audit"_s, u"verify"_s, u"--db"_s, m_testDb->currentUrl(), u"--checkpoint"_s, path});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.output.startsWith(u"BROKEN "_s) && r.output.contains(u"101"_s) &&
                     r.output.contains(u"200"_s),
                 qPrintable(r.output));
    }

    void rewriteAfterTheLastAnchor()
    {
        fillTo(250);
        QString path;
        takeCheckpoint(&path);
        rewrite(230);
        const AuditWitness::Verification v = witness().verify({witness().readCheckpoint(path)});
        QVERIFY(!v.ok);
        QCOMPARE(v.firstFrom(), 201);
        QCOMPARE(v.firstTo(), 251); // the head
    }

    void rewriteOfTheHeadRow()
    {
        fillTo(250);
        QString path;
        takeCheckpoint(&path); // head 251
        rewrite(251);
        const AuditWitness::Verification v = witness().verify({witness().readCheckpoint(path)});
        QVERIFY(!v.ok);
        QCOMPARE(v.firstFrom(), 201);
        QCOMPARE(v.firstTo(), 251);
        // Rewritten again further back, after more rows: the earliest difference is reported.
        fillTo(400);
        rewrite(120);
        const AuditWitness::Verification again = witness().verify({witness().readCheckpoint(path)});
        QCOMPARE(again.firstFrom(), 101);
        QCOMPARE(again.firstTo(), 200);
    }

    void removedTailIsFound()
    {
        fillTo(250);
        QString path;
        takeCheckpoint(&path); // head 251
        rewrite(240, true);    // rows 240.. are gone, the chain is intact up to 239
        QVERIFY(AuditLog(*m_db, m_clock).verify().ok);
        QVERIFY(witness().verify().ok);
        const AuditWitness::Verification v = witness().verify({witness().readCheckpoint(path)});
        QVERIFY(!v.ok);
        QCOMPARE(v.firstFrom(), 201);
        QCOMPARE(v.firstTo(), 240);
        QVERIFY2(v.problems.first().text.contains(u"239"_s), qPrintable(v.problems.first().text));
    }

    void editedRowIsNamedByTheChain()
    {
        fillTo(120);
        QString path;
        takeCheckpoint(&path);
        Database raw(m_testDb->currentUrl());
        if (isPostgres()) {
            Query::run(raw, u"ALTER TABLE audit_log DISABLE TRIGGER ALL"_s);
            Query::run(raw, u"UPDATE audit_log SET detail = 'x' WHERE id = 60"_s);
            Query::run(raw, u"ALTER TABLE audit_log ENABLE TRIGGER ALL"_s);
        } else {
            Query::run(raw, u"DROP TRIGGER audit_log_no_update"_s);
            Query::run(raw, u"UPDATE audit_log SET detail = 'x' WHERE id = 60"_s);
            Query::run(raw, u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
                            "SELECT RAISE(ABORT, 'audit_log is append-only'); END"_s);
        }
        const AuditWitness::Verification v = witness().verify({witness().readCheckpoint(path)});
        QVERIFY(!v.ok);
        QCOMPARE(v.firstFrom(), 60); // the chain names the row; the checkpoint agrees on its head
        QCOMPARE(v.firstTo(), 60);
    }

    void missingTriggersBreakTheLog()
    {
        QVERIFY(witness().missingTriggers().isEmpty());
        QVERIFY(witness().verify().ok);
        Database raw(m_testDb->currentUrl());
        QStringList expected;
        if (isPostgres()) {
            Query::run(raw, u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_delete"_s);
            Query::run(raw, u"DROP TRIGGER users_audit ON users"_s);
            Query::run(raw, u"ALTER TABLE case_flow ENABLE REPLICA TRIGGER case_flow_audit"_s);
            expected = {u"audit_log_no_delete"_s, u"case_flow_audit"_s, u"users_audit"_s};
        } else {
            Query::run(raw, u"DROP TRIGGER audit_log_no_update"_s);
            expected = {u"audit_log_no_update"_s};
        }
        QCOMPARE(witness().missingTriggers(), expected);
        const AuditWitness::Verification v = witness().verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstFrom(), 0);
        QCOMPARE(v.problems.size(), expected.size());
        const CliResult r = runCli({u"audit"_s, u"verify"_s, u"--db"_s, m_testDb->currentUrl()});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.output.contains(expected.first()), qPrintable(r.output));
        if (!isPostgres()) {
            // A trigger of that name that lets changes through does not count.
            Query::run(
                raw, u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END"_s);
            QCOMPARE(witness().missingTriggers(), expected);
        }
    }

    void badCheckpointsAreRefused()
    {
        fillTo(150);
        QString path;
        takeCheckpoint(&path);
        const QByteArray good = readAll(path);
        QVERIFY(good.contains("\nhead-id: 151\n"));

        QByteArray tampered = good;
        tampered.replace("\nhead-id: 151\n", "\nhead-id: 150\n");
        expectRefused(writeFile(newPath(u"tampered"_s), tampered), u"签名无效"_s);
        QByteArray badSignature = good;
        const qsizetype at = badSignature.indexOf("signature: ") + 11;
        badSignature[at] = badSignature[at] == '0' ? '1' : '0';
        expectRefused(writeFile(newPath(u"badsig"_s), badSignature), u"签名无效"_s);
        expectRefused(writeFile(newPath(u"unsigned"_s), good.left(good.indexOf("signature: "))),
                      u"格式有误"_s);
        expectRefused(writeFile(newPath(u"foreign"_s), "PRAGMA foreign file\n\x01\x02"),
                      u"不是审计检查点文件"_s);
        expectRefused(writeFile(newPath(u"empty"_s), {}), u"不是审计检查点文件"_s);
        expectRefused(m_files.filePath(u"missing-file"_s), u"无法读取"_s);

        // Signed properly, by a key this database does not (or no longer) trusts.
        const AuditWitness::KeyPair other = AuditWitness::generateKeyPair();
        witness().trust(other.publicKey, {}, {}, u"cli:test"_s);
        const QString foreignKeyFile = newPath(u"otherkey"_s);
        witness().checkpoint(other, foreignKeyFile, {}, u"cli:test"_s);
        QVERIFY(witness().readCheckpoint(foreignKeyFile).headId > 0);
        Query(*m_db, u"DELETE FROM audit_checkpoints WHERE public_key = ?"_s)
            .bind(AuditWitness::hex(other.publicKey))
            .exec();
        Query(*m_db, u"DELETE FROM audit_keys WHERE public_key = ?"_s)
            .bind(AuditWitness::hex(other.publicKey))
            .exec();
        expectRefused(foreignKeyFile, u"未在本数据库登记"_s);
        // ... and it cannot sign new checkpoints either.
        EXPECT_ERROR(witness().checkpoint(other, newPath(u"refused"_s), {}, u"cli:test"_s),
                     Error::Kind::Validation);

        // A checkpoint not recorded here is still compared, with a note.
        Query::run(*m_db, u"DELETE FROM audit_checkpoints"_s);
        const AuditWitness::Verification v = witness().verify({witness().readCheckpoint(path)});
        QVERIFY(v.ok);
        QCOMPARE(v.notes.size(), 1);
    }

    // ------------------------------------------------------------ command line

    void commandLine()
    {
        fillTo(40);
        const QString url = m_testDb->currentUrl();
        const QString key = newPath(u"county.key"_s);
        CliResult r =
            runCli({u"audit"_s, u"keygen"_s, u"--out"_s, key, u"--db"_s, url, u"--label"_s, u"县中心"_s});
        QCOMPARE(r.code, 0);
        const AuditWitness::KeyPair keys = AuditWitness::readSecretKey(key);
        QVERIFY2(r.output.contains(AuditWitness::hex(keys.publicKey)), qPrintable(r.output));
        QVERIFY(!r.output.contains(AuditWitness::hex(keys.secretKey).left(64 + 16)));
        QVERIFY(witness().isTrusted(keys.publicKey));
        QCOMPARE(runCli({u"audit"_s, u"keygen"_s, u"--out"_s, key}).code, 1); // never overwrites a key

        r = runCli({u"audit"_s, u"trust"_s, u"--db"_s, url, u"--public-key"_s, key + u".pub"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.output.contains(u"早已登记"_s), qPrintable(r.output));
        r = runCli({u"audit"_s, u"trust"_s, u"--db"_s, url, u"--public-key"_s, key});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.output.contains(u"私钥"_s), qPrintable(r.output));
        QCOMPARE(runCli({u"audit"_s, u"trust"_s, u"--db"_s, url}).code, 2);

        const QString checkpoint = newPath(u"head.checkpoint"_s);
        r = runCli({u"audit"_s, u"checkpoint"_s, u"--db"_s, url, u"--key"_s, key, u"--out"_s, checkpoint});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(checkpoint));
        QCOMPARE(runCli({u"audit"_s, u"checkpoint"_s, u"--db"_s, url, u"--out"_s, checkpoint}).code, 2);
        r = runCli({u"audit"_s, u"verify"_s, u"--db"_s, url, u"--checkpoint"_s, checkpoint, u"--checkpoint"_s,
                    checkpoint});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.output.startsWith(u"OK "_s) && r.output.contains(u"2"_s), qPrintable(r.output));
        r = runCli({u"audit"_s, u"verify"_s, u"--db"_s, url, u"--checkpoint"_s, key});
        QCOMPARE(r.code, 3);
        QCOMPARE(runCli({u"audit"_s, u"sign"_s, u"--db"_s, url}).code, 2);
    }

    // ------------------------------------------------------------ PostgreSQL privileges

    void onlyAdminsWriteWitnesses()
    {
        if (!isPostgres())
            QSKIP("login roles and grants exist on PostgreSQL only");
        const QString staffRole = u"zz_witness_staff_%1"_s.arg(QCoreApplication::applicationPid());
        const QString adminRole = u"zz_witness_admin_%1"_s.arg(QCoreApplication::applicationPid());
        for (const QString &role : {staffRole, adminRole})
            Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
        Query::run(*m_db,
                   u"CREATE ROLE %1 LOGIN PASSWORD 'probe-Pw-1' IN ROLE zongzhi_staff"_s.arg(staffRole));
        Query::run(*m_db,
                   u"CREATE ROLE %1 LOGIN PASSWORD 'probe-Pw-1' IN ROLE zongzhi_staff, zongzhi_reference, "
                   "zongzhi_admin"_s.arg(adminRole));
        const AuditWitness::KeyPair keys = AuditWitness::generateKeyPair();
        fillTo(40);
        const qint64 head = headId();
        {
            ConnectionUrl url = ConnectionUrl::parse(m_testDb->currentUrl());
            url.user = staffRole;
            url.password = u"probe-Pw-1"_s;
            Database staff(url);
            // Every account prints the head, though it may not read the log.
            QCOMPARE(AuditLog(staff, m_clock).head()->id, head);
            QVERIFY(AuditLog(staff, m_clock).headMark().startsWith(u"审计链 #"_s));
            EXPECT_ERROR(AuditWitness(staff, m_clock).trust(keys.publicKey, {}, {}, staffRole),
                         Error::Kind::Forbidden);
            EXPECT_ERROR(Query(staff, u"SELECT COUNT(*) FROM audit_checkpoints"_s).exec(),
                         Error::Kind::Forbidden);
            EXPECT_ERROR(
                Query(staff, u"INSERT INTO audit_checkpoints (head_id, head_hash, row_count, at, public_key, "
                             "signature) VALUES (1, 'x', 1, 0, 'x', 'x')"_s)
                    .exec(),
                Error::Kind::Forbidden);
        }
        {
            ConnectionUrl url = ConnectionUrl::parse(m_testDb->currentUrl());
            url.user = adminRole;
            url.password = u"probe-Pw-1"_s;
            Database admin(url);
            AuditWitness adminWitness(admin, m_clock);
            QVERIFY(adminWitness.trust(keys.publicKey, {}, {}, adminRole));
            const QString path = newPath(u"admin-checkpoint"_s);
            EXPECT_OK(adminWitness.checkpoint(keys, path, {}, adminRole));
            QVERIFY(adminWitness.verify({adminWitness.readCheckpoint(path)}).ok);
            QVERIFY(adminWitness.lastCheckpointAt());
            EXPECT_ERROR(Query(admin, u"DELETE FROM audit_keys"_s).exec(), Error::Kind::Forbidden);
        }
        const AuditLog::Entry last = AuditLog(*m_db, m_clock).recent(1).first();
        QCOMPARE(last.action, u"audit_checkpoint"_s);
        QCOMPARE(last.actorLogin, adminRole);
        for (const QString &role : {staffRole, adminRole})
            Query::run(*m_db, u"DROP ROLE %1"_s.arg(role));
    }
};

QTEST_GUILESS_MAIN(TestAuditWitness)
#include "tst_audit_witness.moc"
