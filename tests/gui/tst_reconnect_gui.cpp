// The main window while the database goes away and comes back: a banner above whatever module is
// shown says it is reconnecting, retries by itself and goes away once the connection is back; what
// was typed stays. On PostgreSQL the server ends the session and refuses new ones for a while; on
// SQLite the file goes away (an unmounted share).

#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "shell/ConnectionBanner.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestReconnectGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_admin; // PostgreSQL: ends sessions, closes and opens the database
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QString m_awayPath;

    void allowConnections(bool on)
    {
        Query::run(*m_admin, u"ALTER DATABASE %1 ALLOW_CONNECTIONS %2"_s.arg(m_db->url().databaseName,
                                                                             on ? u"true"_s : u"false"_s));
    }

    // The database goes away: the session is ended and new ones are refused / the file is gone.
    void takeAway()
    {
        if (m_testDb->isPostgres()) {
            const qint64 pid = Query(*m_db, u"SELECT pg_backend_pid()"_s).scalar().toLongLong();
            allowConnections(false);
            Query(*m_admin, u"SELECT pg_terminate_backend(?)"_s).bind(pid).exec();
        } else {
            m_db->connection().close();
            m_awayPath = m_db->url().path + u".away"_s;
            QVERIFY(QFile::rename(m_db->url().path, m_awayPath));
        }
    }

    void bringBack()
    {
        if (m_testDb->isPostgres())
            allowConnections(true);
        else if (!m_awayPath.isEmpty() && QFile::exists(m_awayPath))
            QVERIFY(QFile::rename(m_awayPath, m_db->url().path));
        m_awayPath.clear();
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
            if (m_testDb->isPostgres())
                m_admin = std::make_unique<Database>(qEnvironmentVariable("ZONGZHI_TEST_PG_URL"));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        Localization::applyChineseFont();
    }

    void cleanupTestCase()
    {
        try {
            bringBack();
        } catch (const Error &) {
        }
        m_db.reset();
        m_admin.reset();
    }

    void bannerWhileDisconnected()
    {
        MainWindow window(AppContext{*m_db, m_clock, CalendarRepository(*m_db).load(), m_town.reception});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionBanner *banner = window.findChild<ConnectionBanner *>(u"connectionBanner"_s);
        QVERIFY(banner);
        QCOMPARE(banner, window.connectionBanner());
        banner->setPolicy(ReconnectPolicy{0, 150, 300});
        banner->setCheckInterval(100);
        QVERIFY(!banner->isVisible());

        // Something typed into the intake form, then another module shown.
        QVERIFY(window.setCurrentModule(u"intake"_s));
        auto *title = window.findChild<QLineEdit *>(u"titleLineEdit"_s);
        QVERIFY(title);
        title->setText(u"路灯不亮"_s);
        QVERIFY(window.setCurrentModule(u"overview"_s));

        takeAway();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        auto *label = window.findChild<QLabel *>(u"connectionBannerLabel"_s);
        QVERIFY(label && label->isVisible());
        QVERIFY2(label->text().contains(u"重新连接中"_s) || label->text().contains(u"正在重新连接"_s),
                 qPrintable(label->text()));
        // It keeps trying by itself; meanwhile statements say "connection lost".
        QTRY_VERIFY_WITH_TIMEOUT(banner->attempts() >= 2, 10000);
        QVERIFY(banner->isVisible());
        QVERIFY2(label->text().contains(u"重新连接中"_s), qPrintable(label->text()));
        EXPECT_ERROR(Query(*m_db, u"SELECT COUNT(*) FROM users"_s).scalar(), Error::Kind::Connection);
        // Shown whatever module is current.
        QVERIFY(window.setCurrentModule(u"intake"_s));
        QVERIFY(banner->isVisible());

        bringBack();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
        QVERIFY(!m_db->isConnectionLost());
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM users"_s).scalar().toInt(), 5);
        QCOMPARE(title->text(), u"路灯不亮"_s); // the draft is still there
    }

    void retryButtonReconnectsAtOnce()
    {
        MainWindow window(AppContext{*m_db, m_clock, CalendarRepository(*m_db).load(), m_town.reception});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionBanner *banner = window.connectionBanner();
        banner->setPolicy(ReconnectPolicy{0, 60000, 60000}); // no automatic attempt within the test
        banner->setCheckInterval(0);

        takeAway();
        banner->check();
        QTRY_VERIFY(banner->isVisible());
        auto *retry = window.findChild<QPushButton *>(u"reconnectButton"_s);
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton); // still away: stays
        QCOMPARE(banner->attempts(), 1);
        QVERIFY(banner->isVisible());
        bringBack();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM users"_s).scalar().toInt(), 5);
    }
};

QTEST_MAIN(TestReconnectGui)
#include "tst_reconnect_gui.moc"
