// The petition kind on the import framework (issue 11), on both engines: a ledger registered with its
// own dates and numbers kept, a bad ID number and a 转为事件 row rejected with their row
// numbers (good rows only; all-or-nothing stores nothing), a re-import changing nothing, and on
// PostgreSQL a township login held to its own township.
#include "AccountService.h"
#include "AuthService.h"
#include "Error.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestImportPetitions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0))};
    QStringList m_roles;
    const QString password = u"Petition-import-9"_s;

    qint64 count(const Database &db, const QString &sql) { return Query(db, sql).scalar().toLongLong(); }

    ImportSummary run(const Database &db, const Actor &actor, const QList<QStringList> &rows, ImportMode mode)
    {
        auto importer = ImportKinds::create(u"petitions"_s, db, m_clock, actor);
        ImportRunner runner(db, *importer);
        const MemorySource source = MemorySource::fromTexts(rows);
        const ImportMapping mapping = runner.detect(source);
        ImportOptions options;
        options.mode = mode;
        return runner.run(source, mapping, options);
    }

    QString validId(const QString &first17) { return first17 + Validators::residentIdCheckChar(first17); }

    QList<QStringList> ledger()
    {
        QString bad = validId(u"33068119800101123"_s);
        bad[17] = bad[17] == u'1' ? u'2' : u'1';
        return {
            {u"信访编号"_s, u"登记日期"_s, u"渠道"_s, u"信访类型"_s, u"信访人"_s, u"身份证号"_s,
             u"联系电话"_s, u"住址"_s, u"人数"_s, u"诉求"_s, u"事实与理由"_s, u"问题发生地"_s, u"状态"_s,
             u"受理日期"_s},
            {u"XF2024-0001"_s, u"2024-11-04"_s, u"来信"_s, u"申诉求决"_s, u"陈六"_s,
             validId(u"33068119700101001"_s), u"13811112222"_s, u"上溪村5号"_s, u"1"_s,
             u"要求解决宅基地边界纠纷"_s, u"邻居建房越界"_s, u"上溪村"_s, u"受理"_s, u"2024-11-06"_s},
            {u""_s, u"2025/3/5"_s, u"走访"_s, u"建议意见"_s, u"李七"_s, u""_s, u"0579-85551234"_s, u""_s,
             u""_s, u"建议增设路灯"_s, u""_s, u"东湖社区"_s, u""_s},
            {u"XF2024-0003"_s, u"2024-12-01"_s, u"电话"_s, u"申诉求决"_s, u"赵八"_s, bad, u""_s, u""_s, u""_s,
             u"工资拖欠"_s, u""_s, u"上溪村"_s, u"登记"_s},
            {u"XF2024-0004"_s, u"2024-12-02"_s, u"走访"_s, u"申诉求决"_s, u"钱九"_s, u""_s, u"13900002222"_s,
             u""_s, u""_s, u"征地补偿"_s, u""_s, u"上溪村"_s, u"转为事件"_s},
        };
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void init()
    {
        try {
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db) {
            try {
                for (const QString &role : std::as_const(m_roles))
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
            } catch (const Error &e) {
                qWarning() << "could not drop test roles:" << e.detail();
            }
        }
        m_roles.clear();
        m_db.reset();
    }

    void kindIsOffered() { QVERIFY(ImportKinds::ids().contains(u"petitions"_s)); }

    void allOrNothingStoresNothing()
    {
        const ImportSummary s =
            run(*m_db, m_town.actor(m_town.reception), ledger(), ImportMode::AllOrNothing);
        QVERIFY(!s.committed);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 0);
    }

    void goodRowsInBadRowsRejectedReimportChangesNothing()
    {
        try {
            const Actor duty = m_town.actor(m_town.duty); // registers and accepts
            const ImportSummary a = run(*m_db, duty, ledger(), ImportMode::ValidOnly);
            QVERIFY2(a.committed, qPrintable(a.failure));
            QCOMPARE(a.inserted, 2);
            QCOMPARE(a.rejects.size(), 2);
            QCOMPARE(a.rejects[0].row, 4); // the bad ID number, on the sheet's fourth row
            QVERIFY2(a.rejects[1].row == 5 && a.rejects[1].reason.contains(u"转为事件"_s),
                     qPrintable(a.rejects[1].reason));                   // the status named
            QVERIFY(!a.rejects[0].reason.contains(u"33068119800101"_s)); // no ID number in the reason
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 2);
            Query received(*m_db,
                           u"SELECT received_at FROM petitions WHERE request = '要求解决宅基地边界纠纷'"_s);
            received.exec();
            QVERIFY(received.next());
            QCOMPARE(received.time(0).date(), QDate(2024, 11, 4));
            QCOMPARE(
                count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE channel = 'letter' AND year = 2024"_s),
                1);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE status = 'registered'"_s), 1);
            // 受理 on its own date: the handling clock starts on 2024-11-06, the notice clock is met.
            Query handling(*m_db, u"SELECT c.start_date, p.status FROM petition_clocks c JOIN petitions p ON "
                                  "p.id = c.petition_id WHERE c.kind = 'handling'"_s);
            handling.exec();
            QVERIFY(handling.next());
            QCOMPARE(handling.raw().value(0).toDate(), QDate(2024, 11, 6));
            QCOMPARE(handling.text(1), u"handling"_s);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM persons"_s), 2);

            const ImportSummary b = run(*m_db, duty, ledger(), ImportMode::ValidOnly);
            QVERIFY2(b.committed, qPrintable(b.failure));
            QCOMPARE(b.inserted, 0);
            QCOMPARE(b.updated, 0);
            QCOMPARE(b.unchanged, 2);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 2);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM persons"_s), 2);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_clocks WHERE kind = 'handling'"_s), 1);

            // A reception account may register but not accept: a new 受理 row is refused with the
            // workflow's reason and leaves nothing behind; the petitions already stored stay unchanged.
            QList<QStringList> rows = ledger();
            rows[1][0] = u"XF2024-0009"_s;
            rows[1][9] = u"要求补发低保金"_s;
            const ImportSummary c = run(*m_db, m_town.actor(m_town.reception), rows, ImportMode::ValidOnly);
            QCOMPARE(c.unchanged, 1);
            QCOMPARE(c.inserted, 0);
            QCOMPARE(c.rejects.size(), 3);
            QCOMPARE(c.rejects[0].row, 2);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 2);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A township login imports into its own township; a row placed in another township is refused
    // (the place is not found within its scope), and nothing of it reaches the other township.
    void townshipLoginHeldToItsTownship()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        try {
            User u;
            u.login = u"pi%1_clerk"_s.arg(QCoreApplication::applicationPid() % 1000000);
            u.displayName = u"测试登记"_s;
            u.roles = Role::Reception;
            u.orgUnitId = m_town.township1.id;
            m_roles << u.login;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
            Session s = AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
            const Actor county{m_town.reception.id, u"王受理"_s, Role::Reception, m_town.county.id, 0};
            const ImportSummary south = run(*m_db, county,
                                            {{u"登记日期"_s, u"信访人"_s, u"诉求"_s, u"问题发生地"_s},
                                             {u"2025-01-05"_s, u"吴二"_s, u"要求修缮祠堂"_s, u"南苑社区"_s}},
                                            ImportMode::AllOrNothing);
            QVERIFY2(
                south.committed,
                qPrintable(south.failure + (south.rejects.isEmpty() ? QString() : south.rejects[0].reason)));
            const ImportSummary a = run(*s.db, s.actor(),
                                        {{u"登记日期"_s, u"信访人"_s, u"诉求"_s, u"问题发生地"_s},
                                         {u"2025-01-06"_s, u"孙十"_s, u"要求修缮道路"_s, u"上溪村"_s},
                                         {u"2025-01-07"_s, u"周一"_s, u"要求清理河道"_s, u"南苑社区"_s}},
                                        ImportMode::ValidOnly);
            QVERIFY2(a.committed, qPrintable(a.failure));
            QCOMPARE(a.inserted, 1);
            QCOMPARE(a.rejects.size(), 1);
            QCOMPARE(a.rejects[0].row, 3);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE township_id = %1"_s.arg(
                                      m_town.township2.id)),
                     1);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE township_id = %1"_s.arg(
                                      m_town.township1.id)),
                     1);
            // Raw SQL by the login: the other township's petition, imported at the county, stays out of
            // sight; the owner's connection sees both.
            QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM petitions"_s), 1);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 2);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportPetitions)
#include "tst_import_petitions.moc"
