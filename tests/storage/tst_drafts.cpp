// Encrypted drafts (DraftStore): nothing personal on disk, restored after a crash, never mixed
// between databases or accounts; on the backend named by ZONGZHI_TEST_BACKEND.
#include "Database.h"
#include "DraftStore.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

// What a resident gives at the counter, as a draft holds it.
const QString name = u"欧阳春花"_s;
const QString residentId = u"330681199001011232"_s;
const QString phone = u"13857661234"_s;

QByteArray sampleDraft()
{
    return u"{\"parties\":[{\"name\":\"%1\",\"residentId\":\"%2\",\"phone\":\"%3\"}]}"_s
        .arg(name, residentId, phone)
        .toUtf8();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" | "_s + e.detail()));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void nothingPersonalOnDisk()
    {
        DraftStore store(*m_db, 7, u"intake"_s, m_dir.path());
        QVERIFY(!store.exists());
        QVERIFY(store.save(sampleDraft()));
        const QByteArray bytes = fileBytes(store.path());
        QVERIFY(bytes.size() > sampleDraft().size());
        for (const QString &secret : {name, residentId, phone, u"residentId"_s, u"parties"_s}) {
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!bytes.contains(secret.toUtf8().toBase64()), qPrintable(secret));
        }
        // Two saves of the same draft differ (a fresh nonce each time).
        QVERIFY(store.save(sampleDraft()));
        QVERIFY(fileBytes(store.path()) != bytes);
        // The key is the account's own setting, not in the file.
        const QByteArray key =
            QByteArray::fromBase64(SettingsRepository(*m_db).value(DraftStore::keySetting(7)).toLatin1());
        QCOMPARE(key.size(), 32);
        QVERIFY(!fileBytes(store.path()).contains(key));
        store.remove();
        QVERIFY(!store.exists());
    }

    void restoredAfterCrash()
    {
        QString path;
        {
            DraftStore store(*m_db, 8, u"intake"_s, m_dir.path());
            QVERIFY(store.save(sampleDraft()));
            path = store.path();
        }                                      // the program ends without cleaning up
        auto again = m_testDb->connectAgain(); // the next session's own connection
        DraftStore store(*again, 8, u"intake"_s, m_dir.path());
        QCOMPARE(store.path(), path);
        QVERIFY(store.exists());
        const DraftStore::Loaded loaded = store.load();
        QCOMPARE(loaded.status, DraftStore::Status::Restored);
        QCOMPARE(loaded.data, sampleDraft());
        QVERIFY(store.exists()); // kept until the form is saved or discarded
    }

    void databasesAndAccountsDoNotMix()
    {
        // Another database (a SQLite file beside the test's own database) with the same account id.
        QTemporaryDir otherDir;
        Database other(u"sqlite://"_s + otherDir.filePath(u"other.db"_s));
        other.migrate();

        DraftStore mine(*m_db, 9, u"intake"_s, m_dir.path());
        DraftStore elsewhere(other, 9, u"intake"_s, m_dir.path());
        DraftStore colleague(*m_db, 10, u"intake"_s, m_dir.path());
        QVERIFY(mine.path() != elsewhere.path());
        QVERIFY(mine.path() != colleague.path());
        QVERIFY(mine.save(sampleDraft()));
        QVERIFY(!elsewhere.exists());
        QVERIFY(!colleague.exists());
        QCOMPARE(elsewhere.load().status, DraftStore::Status::Missing);

        // A file copied (or left) under another database's or account's name opens for nobody:
        // it is discarded, never shown.
        QVERIFY(QFile::copy(mine.path(), elsewhere.path()));
        QCOMPARE(elsewhere.load().status, DraftStore::Status::Unreadable);
        QVERIFY(!elsewhere.exists());
        QVERIFY(colleague.save("{}"));
        QVERIFY(QFile::remove(colleague.path()));
        QVERIFY(QFile::copy(mine.path(), colleague.path()));
        QCOMPARE(colleague.load().status, DraftStore::Status::Unreadable);
        QVERIFY(!colleague.exists());

        // The owner still reads his own.
        QCOMPARE(mine.load().data, sampleDraft());

        // The key gone from the database (restored from an old backup, reset): discarded, no crash.
        Query(*m_db, u"DELETE FROM settings WHERE key = ?"_s).bind(DraftStore::keySetting(9)).exec();
        DraftStore later(*m_db, 9, u"intake"_s, m_dir.path());
        QCOMPARE(later.load().status, DraftStore::Status::Unreadable);
        QVERIFY(!later.exists());

        // A damaged file likewise.
        QVERIFY(later.save(sampleDraft()));
        QFile file(later.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 1);
        const char last = file.read(1).at(0);
        file.seek(file.size() - 1);
        file.putChar(char(~last));
        file.close();
        QCOMPARE(DraftStore(*m_db, 9, u"intake"_s, m_dir.path()).load().status,
                 DraftStore::Status::Unreadable);
    }

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
