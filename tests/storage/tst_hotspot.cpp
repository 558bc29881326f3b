// The hotspot map's figures (issue 14): every case of the period counted once — at its coordinates,
// at its grid's centre, or as without a location; grids shaded by their cases, narrowed by place and
// category; a grid's number equal to the cases its drill-down lists; a township account's map
// holding only its township (PostgreSQL: through its own login, by row-level security).
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "Database.h"
#include "GeoBoundary.h"
#include "HotspotQueries.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

QString square(double south, double west, double size)
{
    const auto at = [](double lon, double lat) {
        return u"[%1,%2]"_s.arg(lon, 0, 'f', 4).arg(lat, 0, 'f', 4);
    };
    return u"{\"type\":\"Polygon\",\"coordinates\":[[%1,%2,%3,%4,%1]]}"_s.arg(
        at(west, south), at(west + size, south), at(west + size, south + size), at(west, south + size));
}

} // namespace

class TestHotspot : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 2, 10), QTime(9, 0))};
    QStringList m_roles;
    int m_seq = 0;

    void insertCase(const OrgUnit &place, const Category &category, QDate received,
                    std::optional<double> latitude, std::optional<double> longitude)
    {
        ++m_seq;
        const qint64 township = OrgUnitRepository(*m_db).township(place.id)->id;
        Query q(*m_db,
                u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, source, nature, "
                "category_id, org_unit_id, org_path, latitude, longitude, status, level_org_unit_id, "
                "received_at, "
                "updated_at) VALUES (?, ?, 2026, ?, ?, '热点测试', 'visit', 'dispute', ?, ?, ?, ?, ?, "
                "'registered', "
                "?, ?, ?)"_s);
        q.bind(u"MAP-%1"_s.arg(m_seq))
            .bind(township)
            .bind(2000 + m_seq)
            .bind(u"MAP%1"_s.arg(m_seq))
            .bindId(category.id)
            .bind(place.id)
            .bind(OrgUnitRepository(*m_db).path(place.id))
            .bind(latitude ? QVariant(*latitude) : QVariant(QMetaType::fromType<double>()))
            .bind(longitude ? QVariant(*longitude) : QVariant(QMetaType::fromType<double>()))
            .bind(township)
            .bindTime(QDateTime(received, QTime(10, 0)))
            .bindTime(QDateTime(received, QTime(10, 0)));
        q.exec();
    }

    static const HotspotGrid *grid(const HotspotMap &map, qint64 id)
    {
        for (const HotspotGrid &g : map.grids)
            if (g.id == id)
                return &g;
        return nullptr;
    }

    qint64 drillCount(const Database &db, const ReportPeriod &period, const IndicatorScope &scope,
                      qint64 gridId)
    {
        IndicatorDrill drill;
        drill.set = IndicatorSet::Received;
        drill.period = period;
        drill.asOf = period.last();
        drill.scope = scope;
        drill.scope.orgUnitId = gridId;
        CaseQuery query;
        query.drill = drill;
        return CaseRepository(db).count(query);
    }

private slots:
    void initTestCase()
    {
        m_testDb = std::make_unique<test::TestDatabase>();
        m_db = m_testDb->fresh();
        m_town = TestTown::create(*m_db);
        OrgUnitRepository units(*m_db);
        // Three grids drawn on the map, 0.01° squares; village2 has no grid and no boundary.
        const QList<std::pair<OrgUnit, QString>> drawn{{m_town.grid1, square(30.00, 120.00, 0.01)},
                                                       {m_town.grid2, square(30.00, 120.02, 0.01)},
                                                       {m_town.grid3, square(30.10, 120.10, 0.01)}};
        for (const auto &[unit, boundary] : drawn) {
            Grid g = units.grid(unit.id).value_or(Grid{});
            g.orgUnitId = unit.id;
            g.boundaryGeoJson = boundary;
            units.saveGrid(g);
        }
        const Category &dispute = m_town.neighbourDispute;
        insertCase(m_town.grid1, dispute, QDate(2026, 1, 5), 30.0031, 120.0042); // at its coordinates
        insertCase(m_town.grid1, dispute, QDate(2026, 1, 6), std::nullopt, std::nullopt); // at grid1's centre
        insertCase(m_town.grid2, dispute, QDate(2026, 1, 7), 30.0050, 120.0250);
        insertCase(m_town.village2, dispute, QDate(2026, 1, 8), std::nullopt, std::nullopt); // nowhere
        insertCase(m_town.village2, dispute, QDate(2026, 1, 9), 30.0500, 120.0500);    // no grid, a point
        insertCase(m_town.grid3, dispute, QDate(2026, 1, 10), 30.1050, 120.1050);      // township2
        insertCase(m_town.grid2, m_town.wages, QDate(2026, 1, 31), 30.0050, 120.0250); // same spot as the 3rd
        insertCase(m_town.grid1, dispute, QDate(2026, 2, 1), 30.0031, 120.0042); // February: not in January
    }

    void cleanupTestCase()
    {
        if (m_testDb && m_testDb->isPostgres())
            for (const QString &role : std::as_const(m_roles))
                Query::run(*m_db, u"DROP ROLE IF EXISTS \"%1\""_s.arg(role));
    }

    void everyCaseCountedOnce()
    {
        HotspotMap map;
        EXPECT_OK(map = HotspotQueries(*m_db).load(ReportPeriod::month(2026, 1), {}));
        QCOMPARE(map.cases, 7);
        QCOMPARE(map.withCoordinates, 5);
        QCOMPARE(map.atGridCentre, 1);
        QCOMPARE(map.withoutLocation, 1);
        QCOMPARE(map.withCoordinates + map.atGridCentre + map.withoutLocation, map.cases);
        QCOMPARE(map.grids.size(), 3);
        const qint64 allGrids =
            Query(*m_db, u"SELECT COUNT(*) FROM org_units WHERE level = 4"_s).scalar().toLongLong();
        QCOMPARE(qint64(map.gridsWithoutBoundary), allGrids - 3);
        QCOMPARE(grid(map, m_town.grid1.id)->cases, 2);
        QCOMPARE(grid(map, m_town.grid2.id)->cases, 2);
        QCOMPARE(grid(map, m_town.grid3.id)->cases, 1);
        QCOMPARE(grid(map, m_town.grid1.id)->name, m_town.grid1.name);
        QVERIFY(grid(map, m_town.grid1.id)->geometryJson.contains(u"Polygon"_s));

        // Two cases at one spot make one point of weight 2; the case without coordinates sits at
        // grid1's centre (30.005, 120.005); the weights add up to the located cases.
        int weight = 0;
        bool centre = false, doubled = false;
        for (const HotspotPoint &p : std::as_const(map.points)) {
            weight += p.weight;
            centre = centre || (qAbs(p.latitude - 30.005) < 1e-6 && qAbs(p.longitude - 120.005) < 1e-6);
            doubled = doubled || (p.weight == 2 && qAbs(p.latitude - 30.005) < 1e-6 &&
                                  qAbs(p.longitude - 120.025) < 1e-6);
        }
        QCOMPARE(weight, 6);
        QVERIFY(centre);
        QVERIFY(doubled);
        QCOMPARE(map.points.size(), 5);
    }

    void narrowedByPlaceAndCategory()
    {
        IndicatorScope township;
        township.orgUnitId = m_town.township1.id;
        HotspotMap map;
        EXPECT_OK(map = HotspotQueries(*m_db).load(ReportPeriod::month(2026, 1), township));
        QCOMPARE(map.cases, 6);
        QVERIFY(!grid(map, m_town.grid3.id)); // another township's grid is not drawn
        QCOMPARE(map.grids.size(), 2);

        IndicatorScope disputes;
        disputes.categoryId = m_town.disputes.id; // the top category holds 邻里纠纷, not 拖欠工资
        EXPECT_OK(map = HotspotQueries(*m_db).load(ReportPeriod::month(2026, 1), disputes));
        QCOMPARE(map.cases, 6);
        QCOMPARE(grid(map, m_town.grid2.id)->cases, 1);

        EXPECT_OK(map = HotspotQueries(*m_db).load(ReportPeriod::month(2026, 2), {}));
        QCOMPARE(map.cases, 1);
        QCOMPARE(grid(map, m_town.grid1.id)->cases, 1);
        QCOMPARE(grid(map, m_town.grid2.id)->cases, 0); // drawn, white

        EXPECT_OK(map = HotspotQueries(*m_db).load(ReportPeriod::month(2025, 12), {}));
        QCOMPARE(map.cases, 0);
        QVERIFY(map.points.isEmpty());
    }

    // A click on a grid lists its cases: the list counts what the map counted.
    void gridNumberEqualsItsCases()
    {
        for (const ReportPeriod &period : {ReportPeriod::month(2026, 1), ReportPeriod::quarter(2026, 1)}) {
            for (qint64 category : {qint64(0), m_town.disputes.id}) {
                IndicatorScope scope;
                scope.categoryId = category;
                const HotspotMap map = HotspotQueries(*m_db).load(period, scope);
                for (const HotspotGrid &g : map.grids)
                    QCOMPARE(drillCount(*m_db, period, scope, g.id), g.cases);
            }
        }
    }

    // A township's leader sees his township's grids and cases only; on PostgreSQL through his own
    // login, where row-level security decides, whatever scope the program asks for.
    void townshipLeaderSeesHisTownship()
    {
        if (!m_testDb->isPostgres())
            QSKIP("row-level security is PostgreSQL's; SQLite narrows by the account's scope (tested above)");
        User u;
        u.login = u"map%1_leader"_s.arg(QCoreApplication::applicationPid() % 1000000);
        u.displayName = u"测试领导"_s;
        u.roles = Role::Leader;
        u.orgUnitId = m_town.township2.id;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        Session s = AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
        const HotspotMap map = HotspotQueries(*s.db).load(ReportPeriod::month(2026, 1), {});
        QCOMPARE(map.cases, 1);
        QCOMPARE(map.withCoordinates, 1);
        QCOMPARE(grid(map, m_town.grid3.id)->cases, 1);
        for (const HotspotGrid &g : map.grids)
            if (g.id != m_town.grid3.id)
                QCOMPARE(g.cases, 0);
    }
};

QTEST_GUILESS_MAIN(TestHotspot)
#include "tst_hotspot.moc"
