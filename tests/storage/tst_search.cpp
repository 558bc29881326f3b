// Search as a returning resident and a duty officer use it: one- and two-character Chinese terms through
// the grams index, three and more through the trigram index, and what the resident holds (case number,
// 查询码, reporter's name, ID number, phone) by exact lookup; on both engines, within the account's scope.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SearchText.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    CaseRecord m_leak, m_noise, m_wages, m_south, m_secret;

    CaseRecord report(qint64 place, const QString &title, const QString &description, const QString &name,
                      const QString &residentId, const QString &phone, bool confidential = false)
    {
        CaseRecord c;
        c.title = title;
        c.description = description;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        c.confidential = confidential;
        CaseParty p;
        p.name = name;
        p.residentId = residentId;
        p.phone = phone;
        c.parties = {p};
        Actor county{m_town.duty.id, u"县值班"_s, Role::DutyOfficer, m_town.county.id, 0};
        return CaseService(*m_db, m_clock, CalendarRepository(*m_db).load()).report(c, county);
    }

    QSet<qint64> find(const Database &db, const QString &text, qint64 scope = 0)
    {
        CaseQuery q;
        q.text = text;
        q.orgUnitId = scope;
        q.limit = 500;
        QSet<qint64> out;
        for (const CaseListRow &row : CaseRepository(db).list(q))
            out.insert(row.id);
        if (CaseRepository(db).count(q) != out.size())
            qWarning() << "count differs from the list for" << text;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_testDb = std::make_unique<test::TestDatabase>();
        m_db = m_testDb->fresh();
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_leak = report(m_town.grid1.id, u"楼上漏水严重"_s, u"卫生间天花板漏水，已持续三天。"_s, u"欧阳明"_s,
                        u"330681199001011237"_s, u"13812345678"_s);
        m_noise = report(m_town.grid2.id, u"工地夜间施工噪音扰民"_s, u"连续7晚十点后施工。"_s, u"张三"_s,
                         QString(), u"13900002222"_s);
        m_wages = report(m_town.grid1.id, u"拖欠工资"_s, u"包工头拖欠农民工工资"_s, u"李四"_s,
                         u"33068119850505106x"_s, QString());
        m_south = report(m_town.grid3.id, u"城南路面积水"_s, u"雨后积水漏水"_s, u"王五"_s, QString(),
                         u"13700003333"_s);
        m_secret = report(m_town.grid1.id, u"举报赌博"_s, u"村口小卖部后屋聚众赌博"_s, u"匿名者"_s, QString(),
                          u"13600004444"_s, true);
    }

    void grams()
    {
        QCOMPARE(SearchText::grams(u"漏水 严重"_s),
                 (QStringList{u"漏"_s, u"水"_s, u"漏水"_s, u"严"_s, u"重"_s, u"严重"_s}));
        QCOMPARE(SearchText::grams(u"A，b"_s), (QStringList{u"a"_s, u"b"_s}));
        // A character beyond the BMP (CJK Extension B) is one character; grams seen before are not repeated.
        QCOMPARE(SearchText::grams(u"\U00020000水。水\U00020000水"_s),
                 (QStringList{u"\U00020000"_s, u"水"_s, u"\U00020000水"_s, u"水\U00020000"_s}));
        QCOMPARE(SearchText::gramsText(u"漏水 严重 漏水"_s), u"漏 水 漏水 严 重 严重"_s);
        QVERIFY(SearchText::isGram(u"赌博"_s));
        QVERIFY(SearchText::isGram(u"水"_s));
        QVERIFY(!SearchText::isGram(u"，水"_s));
        QVERIFY(!SearchText::isGram(u"漏水了"_s));
    }

    void shortTermsThroughTheGrams_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QList<qint64>>("want"); // filled in the test from names
        QTest::newRow("two characters") << u"漏水"_s << QList<qint64>{};
        QTest::newRow("one character") << u"噪"_s << QList<qint64>{};
        QTest::newRow("two across title and description") << u"工资"_s << QList<qint64>{};
        QTest::newRow("no hit") << u"火灾"_s << QList<qint64>{};
        QTest::newRow("three characters") << u"包工头"_s << QList<qint64>{};
        QTest::newRow("latin, any case") << u"Zz"_s << QList<qint64>{};
    }

    void shortTermsThroughTheGrams()
    {
        QFETCH(QString, term);
        const QHash<QString, QSet<qint64>> want{{u"漏水"_s, {m_leak.id, m_south.id}},
                                                {u"噪"_s, {m_noise.id}},
                                                {u"工资"_s, {m_wages.id}},
                                                {u"火灾"_s, {}},
                                                {u"包工头"_s, {m_wages.id}},
                                                {u"Zz"_s, {}}};
        QCOMPARE(find(*m_db, term), want.value(term));
    }

    void whatTheResidentHolds()
    {
        QCOMPARE(find(*m_db, m_leak.caseNo), QSet<qint64>{m_leak.id});
        QCOMPARE(find(*m_db, m_noise.lookupCode).contains(m_noise.id), true);
        QCOMPARE(find(*m_db, u"欧阳明"_s), QSet<qint64>{m_leak.id});
        QCOMPARE(find(*m_db, u"330681199001011237"_s), QSet<qint64>{m_leak.id});
        QCOMPARE(find(*m_db, u"33068119850505106x"_s), QSet<qint64>{m_wages.id}); // the X typed small
        QCOMPARE(find(*m_db, u"13900002222"_s), QSet<qint64>{m_noise.id});
        QCOMPARE(find(*m_db, u" 13900002222 "_s), QSet<qint64>{m_noise.id});
        // within a scope only
        QCOMPARE(find(*m_db, m_south.caseNo, m_town.township1.id), QSet<qint64>{});
        QCOMPARE(find(*m_db, u"漏水"_s, m_town.township1.id), QSet<qint64>{m_leak.id});
    }

    // The board pages a search by its keyset cursor (on PostgreSQL through zz_search_page()).
    void pagesFollowTheCursor()
    {
        for (const CaseQuery::Sort sort : {CaseQuery::Sort::ReceivedDesc, CaseQuery::Sort::ReceivedAsc}) {
            CaseQuery q;
            q.text = u"漏水"_s;
            q.sort = sort;
            q.limit = 1;
            QList<qint64> seen;
            for (int page = 0; page < 5; ++page) {
                const QList<CaseListRow> rows = CaseRepository(*m_db).list(q);
                if (rows.isEmpty())
                    break;
                QCOMPARE(rows.size(), 1);
                seen << rows.constFirst().id;
                CaseRepository::seekAfter(q, rows.constLast());
            }
            QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()), (QSet<qint64>{m_leak.id, m_south.id}));
            QCOMPARE(seen.size(), 2);
        }
    }

    // A township account on PostgreSQL: the server keeps the search to what the account may see.
    void accountsSeeOnlyTheirScope()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles are PostgreSQL's; SQLite searches within the board's scope (above)");
        User u;
        u.login = u"s%1_north"_s.arg(QCoreApplication::applicationPid() % 1000000);
        u.displayName = u"青石镇值班"_s;
        u.roles = Role::DutyOfficer;
        u.orgUnitId = m_town.township1.id;
        const QString password = u"Qingshi#2026"_s;
        EXPECT_OK(AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password));
        {
            Session s;
            EXPECT_OK(s = AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password));
            QCOMPARE(find(*s.db, u"漏水"_s), QSet<qint64>{m_leak.id});
            QCOMPARE(find(*s.db, m_south.caseNo), QSet<qint64>{});
            QCOMPARE(find(*s.db, u"13700003333"_s), QSet<qint64>{});
            QCOMPARE(find(*s.db, u"赌博"_s), QSet<qint64>{}); // confidential: not his
            QCOMPARE(find(*s.db, u"13600004444"_s), QSet<qint64>{});
            QCOMPARE(Query(*s.db, u"SELECT COUNT(*) FROM zz_search_ids('漏水')"_s).scalar().toInt(), 1);
        }
        Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(u.login));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
