// Input limits and storage errors, unchanged on SQLite and PostgreSQL (ZONGZHI_TEST_BACKEND): both
// engines refuse the same text with the same message, and no failure shows a user SQL or a value.
#include "AccountService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "InputLimits.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString nul = QString(QChar(0));

// The message of the zz::Error `call` throws (empty when it throws nothing).
template <typename F> Error caught(F &&call)
{
    try {
        call();
    } catch (const Error &e) {
        return e;
    }
    return Error(Error::Kind::Storage, {});
}

} // namespace

class TestInputLimitsStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(10, 0))};

    bool isPostgres() const { return m_testDb->isPostgres(); }

    CaseRecord draft() const
    {
        CaseRecord c;
        c.title = u"楼上漏水严重"_s;
        c.description = u"三楼住户反映楼上卫生间漏水。"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        c.address = u"上溪村12号"_s;
        CaseParty p;
        p.name = u"张三"_s;
        p.phone = u"13812345678"_s;
        c.parties = {p};
        return c;
    }

    qint64 caseCount() { return Query(*m_db, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong(); }

    // A message fit for a user: translated (Chinese here), no SQL, none of `values`.
    void verifyClean(const Error &e, const QStringList &values)
    {
        const QString m = e.message();
        QVERIFY2(!m.isEmpty(), "no message");
        static const QRegularExpression sql(u"\\b(INSERT|UPDATE|SELECT|DELETE|VALUES|WHERE|INTO)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!sql.match(m).hasMatch(), qPrintable(m));
        QVERIFY2(!m.contains(u"constraint"_s, Qt::CaseInsensitive), qPrintable(m));
        QVERIFY2(!m.contains(u"ERROR"_s), qPrintable(m));
        static const QRegularExpression han(u"\\p{Han}"_s);
        QVERIFY2(han.match(m).hasMatch(), qPrintable(m)); // the Chinese source text, i.e. through tr()
        for (const QString &v : values) {
            QVERIFY2(!m.contains(v), qPrintable(m + u" contains "_s + v));
            QVERIFY2(!e.detail().contains(v), qPrintable(e.detail() + u" contains "_s + v));
        }
        QVERIFY(!m.contains(QChar(0)));
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
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
    }

    void cleanup() { m_db.reset(); }

    // ------------------------------------------------------------ one rule on both engines

    void caseTextRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");

        const QString lone = QString(u"漏水"_s + QChar(0xD83D));
        QTest::newRow("title nul") << u"title"_s << u"漏水"_s + nul + u"了"_s << u"控制字符"_s;
        QTest::newRow("description nul") << u"description"_s << nul << u"控制字符"_s;
        QTest::newRow("description escape") << u"description"_s << u"\u001b[2J"_s << u"控制字符"_s;
        QTest::newRow("address lone surrogate") << u"address"_s << lone << u"无效的字符"_s;
        QTest::newRow("party name nul") << u"name"_s << u"张"_s + nul << u"控制字符"_s;
        QTest::newRow("party phone nul") << u"phone"_s << u"1381234"_s + nul << u"控制字符"_s;
        QTest::newRow("title too long")
            << u"title"_s << QString(InputLimits::caseTitle + 1, u'题') << u"标题不能超过 100 个字"_s;
        QTest::newRow("description too long")
            << u"description"_s << QString(InputLimits::caseDescription + 1, u'述')
            << u"事件描述不能超过 4000 个字"_s;
        QTest::newRow("address too long")
            << u"address"_s << QString(InputLimits::address + 1, u'址') << u"地址不能超过 200 个字"_s;
        QTest::newRow("party name too long")
            << u"name"_s << QString(InputLimits::partyName + 1, u'名') << u"姓名不能超过 50 个字"_s;
    }

    void caseTextRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        CaseRecord c = draft();
        if (field == u"title")
            c.title = value;
        else if (field == u"description")
            c.description = value;
        else if (field == u"address")
            c.address = value;
        else if (field == u"name")
            c.parties[0].name = value;
        else
            c.parties[0].phone = value;
        const Error e = caught([&] { service.report(c, m_town.actor(m_town.reception)); });
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(problem), qPrintable(e.message()));
        verifyClean(e, {});
        QCOMPARE(caseCount(), 0);
    }

    void textAtTheLimitIsStored()
    {
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        CaseRecord c = draft();
        const QString pair = QString::fromUcs4(U"\U00020BB7"); // a character outside the BMP
        c.title = QString(InputLimits::caseTitle - 1, u'题') + pair;
        c.description = u"第一行\r\n\t第二行"_s + QString(InputLimits::caseDescription - 9, u'述');
        CaseRecord stored;
        EXPECT_OK(stored = service.report(c, m_town.actor(m_town.reception)));
        const auto back = CaseRepository(*m_db).get(stored.id);
        QVERIFY(back);
        QCOMPARE(back->title, c.title);
        QCOMPARE(back->description, c.description);
    }

    void actionTextRefused()
    {
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        CaseRecord c;
        EXPECT_OK(c = service.report(draft(), m_town.actor(m_town.reception)));
        ActionInput input;
        input.note = u"不属于受理范围"_s + nul;
        const Error e = caught([&] {
            service.apply(c.id, c.version, CaseAction::Decline, input, m_town.actor(m_town.reception));
        });
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(u"控制字符"_s), qPrintable(e.message()));
        input.note = QString(InputLimits::actionNote + 1, u'理');
        EXPECT_ERROR(
            service.apply(c.id, c.version, CaseAction::Decline, input, m_town.actor(m_town.reception)),
            Error::Kind::Validation);
        QCOMPARE(CaseRepository(*m_db).get(c.id)->status, CaseStatus::Reported);
        QCOMPARE(CaseRepository(*m_db).flow(c.id).size(), 1);
    }

    void referenceTextRefused()
    {
        Department d;
        d.orgUnitId = m_town.township1.id;
        d.name = u"综合执法"_s + nul + u"队"_s;
        EXPECT_ERROR(DepartmentRepository(*m_db).create(d), Error::Kind::Validation);
        d.name = QString(InputLimits::departmentName + 1, u'部');
        EXPECT_ERROR(DepartmentRepository(*m_db).create(d), Error::Kind::Validation);

        Worker w = m_town.gridWorker;
        w.name = u"李"_s + QChar(0xDC00);
        EXPECT_ERROR(WorkerRepository(*m_db).update(w), Error::Kind::Validation);
        QCOMPARE(WorkerRepository(*m_db).get(w.id)->name, m_town.gridWorker.name);

        Category cat = m_town.wages;
        cat.name = u"拖欠\u0007工资"_s;
        EXPECT_ERROR(CategoryRepository(*m_db).update(cat), Error::Kind::Validation);
        EXPECT_ERROR(OrgUnitRepository(*m_db).rename(m_town.grid1.id, u"网格"_s + nul),
                     Error::Kind::Validation);
        EXPECT_ERROR(CalendarRepository(*m_db).setDay(QDate(2027, 1, 1), false, u"元旦"_s + nul),
                     Error::Kind::Validation);
        EXPECT_ERROR(SettingsRepository(*m_db).setValue(u"x"_s, u"a"_s + nul), Error::Kind::Validation);
    }

    void accountTextRefused()
    {
        const Actor admin = m_town.actor(m_town.admin);
        AccountService accounts(*m_db, m_clock, admin);
        User u;
        u.login = u"clerk7"_s;
        u.displayName = u"王"_s + nul + u"五"_s;
        u.roles = Role::Reception;
        u.orgUnitId = m_town.township1.id;
        const Error e = caught([&] { accounts.create(u, u"Clerk7-Password!"_s); });
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QVERIFY2(e.message().contains(u"控制字符"_s), qPrintable(e.message()));
        QVERIFY(!UserRepository(*m_db).byLogin(u"clerk7"_s));

        User existing = m_town.duty;
        existing.displayName = QString(InputLimits::displayName + 1, u'名');
        EXPECT_ERROR(accounts.update(existing), Error::Kind::Validation);
    }

    // ------------------------------------------------------------ storage errors a user may see

    void uniqueViolationIsScrubbed()
    {
        // Straight through Query, past every service check: the database's own refusal.
        const QString name = u"司法所"_s; // exists in township1 (UNIQUE (org_unit_id, name))
        const Error e = caught([&] {
            Query(*m_db, u"INSERT INTO departments (org_unit_id, name, active) VALUES (?, ?, ?)"_s)
                .bind(m_town.township1.id)
                .bind(name)
                .bind(true)
                .exec();
        });
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.message(), u"该记录已存在。"_s);
        verifyClean(e, {name});
        QVERIFY2(e.detail().startsWith(u"INSERT departments"_s), qPrintable(e.detail()));

        // A duplicate category code through the repository: the code is not echoed either.
        Category dup = m_town.wages;
        dup.id = 0;
        dup.name = u"重复的类别"_s;
        const Error again = caught([&] { CategoryRepository(*m_db).create(dup); });
        QCOMPARE(again.message(), u"该记录已存在。"_s);
        verifyClean(again, {dup.code, dup.name});
    }

    void foreignKeyViolationIsScrubbed()
    {
        const Error e = caught([&] {
            Query(*m_db, u"INSERT INTO workers (org_unit_id, name, phone) VALUES (?, ?, ?)"_s)
                .bind(987654)
                .bind(u"赵六"_s)
                .bind(u"13900002222"_s)
                .exec();
        });
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.message(), u"引用的数据不存在或已被删除。"_s);
        verifyClean(e, {u"赵六"_s, u"13900002222"_s, u"987654"_s});
    }

    void nulThroughQuery()
    {
        // Past every service check, straight through Query: refused before it reaches either engine
        // (SQLite would store it; PostgreSQL's driver would cut the statement at it and echo the rest).
        const QString name = u"钱七"_s + nul + u"'); DROP TABLE workers; --"_s;
        const Error e = caught([&] {
            Query(*m_db, u"INSERT INTO workers (org_unit_id, name, phone) VALUES (?, ?, ?)"_s)
                .bind(m_town.grid1.id)
                .bind(name)
                .bind(u"13900003333"_s)
                .exec();
        });
        QCOMPARE(e.kind(), Error::Kind::Validation);
        QCOMPARE(e.message(), u"文字中含有无效或不可见的字符,未能保存。"_s);
        verifyClean(e, {u"钱七"_s, u"13900003333"_s, u"DROP"_s});
        QVERIFY2(e.detail().startsWith(u"INSERT workers"_s), qPrintable(e.detail()));
        QCOMPARE(WorkerRepository(*m_db).list().size(), 1);

        // Through the repository, the core check speaks first and names the field.
        Worker w;
        w.orgUnitId = m_town.grid1.id;
        w.name = name;
        const Error byService = caught([&] { WorkerRepository(*m_db).create(w); });
        QCOMPARE(byService.kind(), Error::Kind::Validation);
        QVERIFY2(byService.message().startsWith(u"网格员姓名"_s), qPrintable(byService.message()));
        verifyClean(byService, {u"钱七"_s});
    }

    void valuesNeverReachTheLog()
    {
        // A syntax error on PostgreSQL quotes the statement near the fault, and Qt's driver puts
        // the bound values into it: the detail keeps neither.
        const QString secret = u"330681198001011234"_s;
        const Error e = caught(
            [&] { Query(*m_db, u"SELECT id FROM cases WHERE title = ? AND AND"_s).bind(secret).exec(); });
        QCOMPARE(e.kind(), Error::Kind::Storage);
        verifyClean(e, {secret});

        // A value the column's type cannot take is quoted by PostgreSQL's message (SQLite converts).
        if (!isPostgres())
            return;
        const QString phone = u"1381234abcd"_s;
        const Error typed = caught(
            [&] { Query(*m_db, u"SELECT id FROM cases WHERE id = CAST(? AS BIGINT)"_s).bind(phone).exec(); });
        verifyClean(typed, {phone});
    }

    void otherFailuresAreGeneric()
    {
        const Error e =
            caught([&] { Query::run(*m_db, u"SELECT no_such_column FROM cases WHERE id = 1"_s); });
        QCOMPARE(e.kind(), Error::Kind::Storage);
        verifyClean(e, {});
        QVERIFY(!e.message().contains(u"no_such_column"_s)); // the detail may name it: not a value
        QVERIFY2(e.detail().startsWith(u"SELECT cases"_s), qPrintable(e.detail()));
    }

    void statementNames_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("name");
        QTest::newRow("insert") << u"INSERT INTO cases (a) VALUES (?)"_s << u"INSERT cases"_s;
        QTest::newRow("update") << u"update users SET x = ? WHERE id = ?"_s << u"UPDATE users"_s;
        QTest::newRow("select") << u"SELECT a, b FROM case_flow f JOIN cases c ON c.id = f.case_id"_s
                                << u"SELECT case_flow"_s;
        QTest::newRow("delete") << u"DELETE FROM holidays WHERE day = ?"_s << u"DELETE holidays"_s;
        QTest::newRow("no table") << u"SELECT 1"_s << u"SELECT"_s;
        QTest::newRow("empty") << QString() << u"(empty statement)"_s;
    }

    void statementNames()
    {
        QFETCH(QString, sql);
        QFETCH(QString, name);
        QCOMPARE(statementName(sql), name);
    }
};

QTEST_GUILESS_MAIN(TestInputLimitsStorage)
#include "tst_input_limits.moc"
