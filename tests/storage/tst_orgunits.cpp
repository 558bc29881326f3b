// The org tree as the 基础数据 module edits it (OrgUnitService), on SQLite and PostgreSQL: local codes
// that never take a national code's shape, edits with a stale version, deactivation, deletes refused
// with counts, a township admin's scope (in the service and, on PostgreSQL, as raw SQL through his
// login role), and a village moved to another township with its cases, counts and numbering.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "OrgUnitService.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {
const QString password = u"Qingshi#2026"_s;
} // namespace

class TestOrgUnits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    User m_countyAdmin, m_townAdmin, m_countyReception;
    Session m_county, m_township;

    User account(const QString &base, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"o%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        return u;
    }

    OrgUnitService asCounty() { return OrgUnitService(*m_county.db, m_clock, m_county.actor()); }
    OrgUnitService asTownship() { return OrgUnitService(*m_township.db, m_clock, m_township.actor()); }

    CaseRecord report(qint64 place, const QString &title, const User *by = nullptr)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"组织机构测试"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        return CaseService(*m_db, m_clock, CalendarRepository(*m_db).load())
            .report(c, m_town.actor(by ? *by : m_town.reception));
    }

    qint64 statusCount(qint64 townshipId)
    {
        return Query(*m_db, u"SELECT COALESCE(SUM(n), 0) FROM case_status_counts WHERE township_id = ?"_s)
            .bind(townshipId)
            .scalar()
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
            m_countyAdmin = account(u"county"_s, Role::Admin, m_town.county.id);
            m_townAdmin = account(u"town"_s, Role::Admin, m_town.township1.id);
            m_countyReception.login = u"county_reception"_s;
            m_countyReception.displayName = u"县受理"_s;
            m_countyReception.roles = Role::Reception;
            m_countyReception.orgUnitId = m_town.county.id;
            UserRepository(*m_db).create(m_countyReception);
            m_county = AuthService(m_clock).login(m_testDb->currentUrl(), m_countyAdmin.login, password);
            m_township = AuthService(m_clock).login(m_testDb->currentUrl(), m_townAdmin.login, password);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void nationalCodeShape_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("national");
        QTest::newRow("county") << u"330681"_s << true;
        QTest::newRow("township") << u"330681001"_s << true;
        QTest::newRow("village") << u"330681001001"_s << true;
        QTest::newRow("grid") << u"330681001001001"_s << false;
        QTest::newRow("local village") << u"330681001L001"_s << false;
        QTest::newRow("local township") << u"330681L001"_s << false;
        QTest::newRow("seven digits") << u"3306810"_s << false;
        QTest::newRow("letters") << u"ABCDEF"_s << false;
    }

    void nationalCodeShape()
    {
        QFETCH(QString, code);
        QFETCH(bool, national);
        QCOMPARE(OrgUnitService::looksLikeNationalCode(code), national);
    }

    void addChildrenWithLocalCodes()
    {
        OrgUnitService service = asCounty();
        OrgUnit village;
        EXPECT_OK(village = service.addChild(m_town.township1.id, u"  新建  村 "_s));
        QCOMPARE(village.name, u"新建 村"_s);
        QCOMPARE(village.code, u"330681001L001"_s);
        QCOMPARE(village.level, OrgLevel::Village);
        QVERIFY(village.local);
        QVERIFY(village.active);
        QCOMPARE(OrgUnitRepository(*m_db).path(village.id),
                 OrgUnitRepository(*m_db).path(m_town.township1.id) + QString::number(village.id) + u'/');
        QCOMPARE(OrgUnitRepository(*m_db).township(village.id)->id, m_town.township1.id);

        OrgUnit second = service.addChild(m_town.township1.id, u"新建二村"_s);
        QCOMPARE(second.code, u"330681001L002"_s);
        OrgUnit grid = service.addChild(village.id, u"第1网格"_s);
        QCOMPARE(grid.code, u"330681001L001001"_s);
        QCOMPARE(grid.level, OrgLevel::Grid);
        QVERIFY(service.grid(grid.id).has_value());
        // After the demo-style grids 001 and 002 of an NBS village.
        OrgUnit grid3 = service.addChild(m_town.village1.id, u"上溪村第3网格"_s);
        QCOMPARE(grid3.code, u"330681001001003"_s);
        OrgUnit township = service.addChild(m_town.county.id, u"经济开发区"_s);
        QCOMPARE(township.code, u"330681L001"_s);
        QCOMPARE(township.level, OrgLevel::Township);

        EXPECT_ERROR(service.addChild(m_town.township1.id, u"冒用村"_s, u"330681001099"_s),
                     Error::Kind::Validation);
        EXPECT_ERROR(service.addChild(m_town.township1.id, u"重码村"_s, u"330681001L001"_s),
                     Error::Kind::Validation);
        EXPECT_ERROR(service.addChild(m_town.township1.id, u"新建二村"_s), Error::Kind::Validation);
        EXPECT_ERROR(service.addChild(grid.id, u"网格下"_s), Error::Kind::Validation);
        EXPECT_ERROR(service.addChild(m_town.township1.id, u"   "_s), Error::Kind::Validation);
        // A deleted local code is not handed out again while a higher one exists.
        EXPECT_OK(service.remove(service.get(second.id).value()));
        QCOMPARE(service.addChild(m_town.township1.id, u"新建三村"_s).code, u"330681001L002"_s);

        // Many local units: codes unique and never of a national code's shape.
        QSet<QString> codes;
        for (int i = 0; i < 30; ++i) {
            const OrgUnit g = service.addChild(village.id, u"批量网格%1"_s.arg(i));
            QVERIFY(!OrgUnitService::looksLikeNationalCode(g.code));
            QVERIFY(!codes.contains(g.code));
            codes.insert(g.code);
        }
        // The audit trail: one row per change on SQLite, the server's trigger rows on PostgreSQL.
        QVERIFY(Query(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' "
                             "AND object_type = 'org_units' AND object_id = ?"_s)
                    .bind(village.id)
                    .scalar()
                    .toInt() >= 1);
    }

    void editWithStaleVersion()
    {
        OrgUnitService service = asCounty();
        OrgUnit unit = service.addChild(m_town.township2.id, u"待改名社区"_s);
        OrgUnit stale = unit;
        unit.name = u"已改名社区"_s;
        EXPECT_OK(service.update(unit));
        QCOMPARE(unit.version, stale.version + 1);
        QCOMPARE(service.get(unit.id)->name, u"已改名社区"_s);
        stale.name = u"另一个名字"_s;
        try {
            service.update(stale);
            QFAIL("a stale version was accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            QVERIFY(e.message().contains(u"其他人修改"_s));
        }
        QCOMPARE(service.get(unit.id)->name, u"已改名社区"_s);

        // The code of a national unit stays; a local one may change, never to a national shape.
        OrgUnit national = *service.get(m_town.village3.id);
        national.code = u"X1"_s;
        EXPECT_ERROR(service.update(national), Error::Kind::Validation);
        unit.code = u"330681002999"_s;
        EXPECT_ERROR(service.update(unit), Error::Kind::Validation);
        unit.code = u"330681002L900"_s;
        EXPECT_OK(service.update(unit));
        QCOMPARE(service.get(unit.id)->code, u"330681002L900"_s);
    }

    void deactivateAndActivate()
    {
        OrgUnitService service = asCounty();
        OrgUnit village = service.addChild(m_town.township2.id, u"停用测试村"_s);
        OrgUnit grid = service.addChild(village.id, u"停用测试网格"_s);
        const int before = service.childCount(m_town.township2.id, false);
        EXPECT_OK(service.setActive(village, false));
        QVERIFY(!service.get(village.id)->active);
        QCOMPARE(service.childCount(m_town.township2.id, false), before - 1);
        QCOMPARE(service.childCount(m_town.township2.id, true), before);
        // Its grid cannot be reactivated alone below an inactive village.
        EXPECT_OK(service.setActive(grid, false));
        EXPECT_ERROR(service.setActive(grid, true), Error::Kind::Validation);
        EXPECT_ERROR(service.addChild(village.id, u"停用村的新网格"_s), Error::Kind::Validation);
        EXPECT_OK(service.setActive(village, true));
        EXPECT_OK(service.setActive(grid, true));
        QVERIFY(service.get(grid.id)->active);
        OrgUnit stale = *service.get(village.id);
        --stale.version;
        EXPECT_ERROR(service.setActive(stale, false), Error::Kind::Conflict);
    }

    // A deactivated place (or a unit below it) and a deactivated category take no new case: the
    // service says so in a sentence; on PostgreSQL the server refuses the same when a reception
    // account calls zz_case_report() itself. Old cases keep their place.
    void deactivatedPlaceTakesNoNewCases()
    {
        OrgUnitService service = asCounty();
        OrgUnit village = service.addChild(m_town.township1.id, u"撤并村"_s);
        OrgUnit grid = service.addChild(village.id, u"撤并村网格"_s);
        const CaseRecord before = report(grid.id, u"撤并前的案件"_s);
        EXPECT_OK(service.setActive(village, false));
        try {
            report(grid.id, u"撤并后的案件"_s);
            QFAIL("a case was registered below a deactivated village");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(u"撤并村"_s) && e.message().contains(u"已停用"_s),
                     qPrintable(e.message()));
        }
        QCOMPARE(CaseRepository(*m_db).get(before.id)->orgUnitId, grid.id);

        if (m_db->isPostgres()) {
            User reception = account(u"recp"_s, Role::Reception, m_town.township1.id);
            const Session session =
                AuthService(m_clock).login(m_testDb->currentUrl(), reception.login, password);
            const auto call = [&](qint64 place, qint64 category) {
                return Query(*session.db,
                             u"SELECT case_id FROM zz_case_report(NULL, '', ?, 2025, '服务器检查', '', "
                             "'visit', 'complaint', ?, '', NULL, NULL, 'normal', 'green', ?, NULL, "
                             "true, false, 'ABCDEFGH', NULL, '', ?)"_s)
                    .bind(place)
                    .bind(category)
                    .bind(m_clock.now().toSecsSinceEpoch())
                    .bind(m_clock.now().toSecsSinceEpoch())
                    .exec()
                    .rowsAffected();
            };
            EXPECT_ERROR(call(grid.id, m_town.neighbourDispute.id), Error::Kind::Validation);
            EXPECT_OK(call(m_town.grid1.id, m_town.neighbourDispute.id));
            Query(*m_db, u"UPDATE categories SET active = false WHERE id = ?"_s)
                .bind(m_town.neighbourDispute.id)
                .exec();
            EXPECT_ERROR(call(m_town.grid1.id, m_town.neighbourDispute.id), Error::Kind::Validation);
            Query(*m_db, u"UPDATE categories SET active = true WHERE id = ?"_s)
                .bind(m_town.neighbourDispute.id)
                .exec();
        } else {
            // SQLite: the trigger is the last line against another writer of the file.
            EXPECT_ERROR(Query(*m_db,
                               u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, "
                               "source, nature, org_unit_id, org_path, status, level_org_unit_id, "
                               "received_at, updated_at) SELECT 'RAW-1', ?, 2025, 999999, 'X', 'raw', "
                               "'visit', 'complaint', id, path, 'reported', ?, 0, 0 FROM org_units "
                               "WHERE id = ?"_s)
                             .bind(m_town.township1.id)
                             .bind(m_town.township1.id)
                             .bind(grid.id)
                             .exec(),
                         Error::Kind::Storage); // a trigger's RAISE(ABORT): refused, nothing stored
        }
        OrgUnit again = *service.get(village.id);
        EXPECT_OK(service.setActive(again, true));
        EXPECT_OK(report(grid.id, u"恢复后的案件"_s));
    }

    void deleteRefusedWithCounts()
    {
        OrgUnitService service = asCounty();
        report(m_town.grid2.id, u"删除测试案件"_s);
        try {
            service.remove(*service.get(m_town.grid2.id));
            QFAIL("a grid with a case was deleted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(u"1件案件"_s), qPrintable(e.message()));
        }
        const OrgUnitReferences grid1 = service.references(m_town.grid1.id);
        QCOMPARE(grid1.workers, 1); // 李网格
        const OrgUnitReferences village = service.references(m_town.village1.id);
        QVERIFY(village.children >= 2);
        try {
            service.remove(*service.get(m_town.township1.id));
            QFAIL("a township with villages, departments and accounts was deleted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(u"个下级单位"_s) && e.message().contains(u"3个部门"_s) &&
                         e.message().contains(u"个账号"_s),
                     qPrintable(e.message()));
        }
        OrgUnit empty = service.addChild(m_town.village3.id, u"空网格"_s);
        EXPECT_OK(service.remove(empty));
        QVERIFY(!service.get(empty.id));
        QVERIFY(!service.grid(empty.id));
    }

    void townshipAdminScope()
    {
        OrgUnitService service = asTownship();
        const OrgUnit township1 = *service.get(m_town.township1.id);
        const OrgUnit village1 = *service.get(m_town.village1.id);
        const OrgUnit village3 = *service.get(m_town.village3.id);
        QVERIFY(service.mayManage());
        QVERIFY(!service.mayEdit(township1)); // his own unit
        QVERIFY(service.mayEdit(village1));
        QVERIFY(!service.mayEdit(village3));
        QVERIFY(service.mayAddChild(township1));
        QVERIFY(!service.mayAddChild(*service.get(m_town.township2.id)));
        QVERIFY(!service.mayMove());

        OrgUnit own = township1;
        own.name = u"改掉本镇"_s;
        EXPECT_ERROR(service.update(own), Error::Kind::Forbidden);
        OrgUnit other = village3;
        other.name = u"改掉他镇"_s;
        EXPECT_ERROR(service.update(other), Error::Kind::Forbidden);
        EXPECT_ERROR(service.addChild(m_town.township2.id, u"越界村"_s), Error::Kind::Forbidden);
        OrgUnit mine;
        EXPECT_OK(mine = service.addChild(m_town.township1.id, u"本镇新村"_s));
        mine.name = u"本镇新村二"_s;
        EXPECT_OK(service.update(mine));
        OrgUnit moving = village1;
        EXPECT_ERROR(service.moveVillage(moving, m_town.township2.id), Error::Kind::Forbidden);

        // A reception account reads the tree and changes nothing.
        OrgUnitService reception(*m_db, m_clock, m_town.actor(m_town.reception));
        QVERIFY(!reception.mayEdit(village1));
        QVERIFY(!reception.children(m_town.township1.id, false).isEmpty());
        EXPECT_ERROR(reception.addChild(m_town.township1.id, u"受理员新增"_s), Error::Kind::Forbidden);

        if (!m_db->isPostgres())
            return;
        // The server refuses the same as raw SQL through the township admin's login role.
        const Database &raw = *m_township.db;
        const auto rows = [&](const QString &sql, qint64 id) {
            return Query(raw, sql).bind(id).exec().rowsAffected();
        };
        QCOMPARE(rows(u"UPDATE org_units SET name = '改掉他镇' WHERE id = ?"_s, m_town.village3.id), 0);
        QCOMPARE(rows(u"UPDATE org_units SET name = '改掉本镇' WHERE id = ?"_s, m_town.township1.id), 0);
        QCOMPARE(rows(u"DELETE FROM org_units WHERE id = ?"_s, m_town.village3.id), 0);
        EXPECT_ERROR(Query(raw, u"INSERT INTO org_units (parent_id, code, name, level, path) "
                                "VALUES (?, 'RAW1', '越界村', 3, '')"_s)
                         .bind(m_town.township2.id)
                         .exec(),
                     Error::Kind::Forbidden);
        // Moving a village of his own township out of it: refused by the policy and by the function.
        EXPECT_ERROR(Query(raw, u"UPDATE org_units SET parent_id = ? WHERE id = ?"_s)
                         .bind(m_town.township2.id)
                         .bind(m_town.village2.id)
                         .exec(),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query(raw, u"SELECT zz_org_unit_move(?, ?, ?)"_s)
                         .bind(m_town.village2.id)
                         .bind(m_town.township2.id)
                         .bind(service.get(m_town.village2.id)->version)
                         .exec(),
                     Error::Kind::Forbidden);
        // Within his township a move between villages is a re-parenting too: the trigger refuses it.
        EXPECT_ERROR(Query(raw, u"UPDATE org_units SET parent_id = ? WHERE id = ?"_s)
                         .bind(m_town.village2.id)
                         .bind(m_town.grid2.id)
                         .exec(),
                     Error::Kind::Forbidden);
        QCOMPARE(service.get(m_town.village3.id)->name, village3.name);
        QCOMPARE(service.get(m_town.village2.id)->parentId, m_town.township1.id);
        // Even the county admin moves only through zz_org_unit_move().
        EXPECT_ERROR(Query(*m_county.db, u"UPDATE org_units SET parent_id = ? WHERE id = ?"_s)
                         .bind(m_town.township2.id)
                         .bind(m_town.village2.id)
                         .exec(),
                     Error::Kind::Forbidden);
    }

    void moveVillageWithCases()
    {
        OrgUnitService service = asCounty();
        OrgUnit village = service.addChild(m_town.township1.id, u"调整村"_s);
        OrgUnit grid = service.addChild(village.id, u"调整村第1网格"_s);
        QList<CaseRecord> cases;
        cases << report(village.id, u"调整前案件一"_s) << report(grid.id, u"调整前案件二"_s)
              << report(grid.id, u"调整前案件三"_s);
        const CaseRecord stays = report(m_town.grid1.id, u"不随调整"_s);
        QCOMPARE(service.casesWithin(village.id), 3);
        const qint64 t1Before = statusCount(m_town.township1.id);
        const qint64 t2Before = statusCount(m_town.township2.id);

        OrgUnit stale = village;
        --stale.version;
        EXPECT_ERROR(service.moveVillage(stale, m_town.township2.id), Error::Kind::Conflict);
        EXPECT_ERROR(service.moveVillage(village, m_town.township1.id), Error::Kind::Validation);
        OrgUnit notVillage = *service.get(grid.id);
        EXPECT_ERROR(service.moveVillage(notVillage, m_town.township2.id), Error::Kind::Validation);

        qint64 moved = 0;
        EXPECT_OK(moved = service.moveVillage(village, m_town.township2.id));
        QCOMPARE(moved, 3);
        QCOMPARE(village.parentId, m_town.township2.id);
        OrgUnitRepository repo(*m_db);
        const QString t2Path = repo.path(m_town.township2.id);
        QCOMPARE(repo.path(village.id), t2Path + QString::number(village.id) + u'/');
        QCOMPARE(repo.path(grid.id), repo.path(village.id) + QString::number(grid.id) + u'/');
        QCOMPARE(repo.township(grid.id)->id, m_town.township2.id);
        for (const CaseRecord &c : cases) {
            Query q(*m_db, u"SELECT case_no, township_id, org_path, seq FROM cases WHERE id = ?"_s);
            q.bind(c.id).exec();
            QVERIFY(q.next());
            QCOMPARE(q.text(0), c.caseNo); // the number stays as issued
            QCOMPARE(q.int64(1), m_town.township2.id);
            QVERIFY(q.text(2).startsWith(repo.path(village.id)));
            QCOMPARE(q.int64(3), -c.id);
        }
        QCOMPARE(Query(*m_db, u"SELECT township_id FROM cases WHERE id = ?"_s)
                     .bind(stays.id)
                     .scalar()
                     .toLongLong(),
                 m_town.township1.id);
        QCOMPARE(statusCount(m_town.township1.id), t1Before - 3);
        QCOMPARE(statusCount(m_town.township2.id), t2Before + 3);
        // The new township keeps numbering where it was.
        const CaseRecord next = report(grid.id, u"调整后新案件"_s, &m_countyReception);
        QVERIFY(next.caseNo.startsWith(m_town.township2.code));
        QCOMPARE(next.townshipId, m_town.township2.id);
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM org_unit_moves WHERE unit_id = ? AND cases = 3"_s)
                     .bind(village.id)
                     .scalar()
                     .toInt(),
                 1);
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' "
                              "AND detail LIKE 'move org_units%'"_s)
                     .scalar()
                     .toInt(),
                 1);
        // And back again: the cases follow once more.
        EXPECT_OK(moved = service.moveVillage(village, m_town.township1.id));
        QCOMPARE(moved, 4);
        QCOMPARE(statusCount(m_town.township2.id), t2Before);
    }

    void childrenAndSearchPage()
    {
        OrgUnitService service = asCounty();
        const QList<OrgUnitNode> roots = service.children(0, false);
        QCOMPARE(roots.size(), 1);
        QVERIFY(roots.first().childCount >= 2);
        const QList<OrgUnitNode> page = service.children(m_town.township1.id, true, 1, 2);
        QCOMPARE(page.size(), 2);
        QVERIFY(page.at(0).unit.code < page.at(1).unit.code);
        QList<OrgUnit> found = service.search(u"上溪"_s, false);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().id, m_town.village1.id); // villages before their grids
        found = service.search(u"330681002001"_s, false);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().id, m_town.village3.id);
        QCOMPARE(service.ancestors(m_town.grid3.id).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestOrgUnits)
#include "tst_orgunits.moc"
