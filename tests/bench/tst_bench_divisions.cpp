// Timings of the national division tables (printed by QBENCHMARK, never asserted): parsing the bundled
// tables, the picker's searches (name, code, initials, several words), a county's villages from a
// province stream not yet cached, and loading the largest county (浦东新区: 36 townships, 1,526
// villages and communities) into an empty database as the owner, and its townships and villages as a
// county admin re-running the wizard (PostgreSQL: a login role under row-level security, the server
// computing paths and auditing each row) — on SQLite or PostgreSQL.
#include "AccountService.h"
#include "AuthService.h"
#include "Database.h"
#include "DivisionCatalog.h"
#include "DivisionLoader.h"
#include "Error.h"
#include "Query.h"
#include "TestDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QResource>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

class BenchDivisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        DivisionCatalog::bundled();
    }

    void parseTables()
    {
        QFile units(u":/zongzhi/data/divisions.txt"_s);
        QVERIFY(units.open(QIODevice::ReadOnly));
        const QByteArray text = units.readAll();
        QFile villages(u":/zongzhi/data/divisions-villages.bin"_s);
        QVERIFY(villages.open(QIODevice::ReadOnly));
        const QByteArray blob = villages.readAll();
        QBENCHMARK
        {
            DivisionCatalog catalog(text, blob);
            QCOMPARE(catalog.unitCount(), 44703);
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("name 余姚") << u"余姚"_s;
        QTest::newRow("name 街道 (9,000 hits)") << u"街道"_s;
        QTest::newRow("code 3302") << u"3302"_s;
        QTest::newRow("initials lz") << u"lz"_s;
        QTest::newRow("initials yyljd") << u"yyljd"_s;
        QTest::newRow("words 宁波 余姚 梨洲") << u"宁波 余姚 梨洲"_s;
    }

    void search()
    {
        QFETCH(QString, text);
        const DivisionCatalog &catalog = DivisionCatalog::bundled();
        QBENCHMARK
        {
            QVERIFY(!catalog.search(text, 50).isEmpty());
        }
    }

    // Alternating two provinces, so every call decompresses a stream (the cache holds one).
    void villagesOfCountyUncached()
    {
        const DivisionCatalog &catalog = DivisionCatalog::bundled();
        const QList<Division> pudong = catalog.children(u"310115"_s);
        const QList<Division> gaoyang = catalog.children(u"130628"_s);
        QBENCHMARK
        {
            int n = 0;
            for (const Division &t : pudong)
                n += int(catalog.villages(t.code).size());
            for (const Division &t : gaoyang)
                n += int(catalog.villages(t.code).size());
            QCOMPARE(n, 1526 + 170);
        }
    }

    void loadLargestCounty()
    {
        const SystemClock clock;
        const auto db = m_testDb->fresh();
        QBENCHMARK_ONCE
        {
            const DivisionLoadResult r = DivisionLoader(clock).load(*db, u"310115"_s);
            QCOMPARE(r.villages, 1526);
        }
    }

    void loadLargestCountyAsCountyAdmin()
    {
        try {
            loadAsCountyAdmin();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

private:
    void loadAsCountyAdmin()
    {
        const SystemClock clock;
        const auto db = m_testDb->fresh();
        DivisionLoader(clock).loadCode(*db, u"310115004"_s); // the county and one township, as the owner
        User admin;
        admin.login = u"bd%1_admin"_s.arg(QCoreApplication::applicationPid() % 1000000);
        admin.displayName = u"县管理员"_s;
        admin.roles = Role::Admin;
        admin.orgUnitId =
            Query(*db, u"SELECT id FROM org_units WHERE code = '310115'"_s).scalar().toLongLong();
        const QString password = u"Pudong#2026"_s;
        AccountService(*db, clock, Actor{0, u"bench"_s, {}, 0, 0}).createFirstAdmin(admin, password);
        {
            const Session session = AuthService(clock).login(m_testDb->currentUrl(), admin.login, password);
            QBENCHMARK_ONCE
            {
                const DivisionLoadResult r =
                    DivisionLoader(clock, session.actor()).load(*session.db, u"310115"_s);
                QVERIFY(r.villages > 1400);
            }
        }
        if (m_testDb->isPostgres())
            Query::run(*db, u"DROP ROLE IF EXISTS %1"_s.arg(admin.login));
    }
};

QTEST_GUILESS_MAIN(BenchDivisions)
#include "tst_bench_divisions.moc"
