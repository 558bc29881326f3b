// The hotspot map (issue 14) in the real web view, offline under QT_QPA_PLATFORM=offscreen: the page
// loads from the program's resources, draws the demo county's grid polygons and the cases' heat
// points (counts reported by the page itself), a click on a grid opens exactly its cases, the
// period and category narrow it, a tile URL is checked before it is stored, and the page renders
// in Chinese and English.
#include "Database.h"
#include "DemoDataGenerator.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "cases/CaseListPage.h"
#include "map/HotspotView.h"
#include "map/MapModule.h"
#include "map/MapPage.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWebEnginePage>

using namespace Qt::StringLiterals;
using namespace zz;

class TestMapGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MapModule> m_module;

    MapPage *page() const { return m_module->page(); }

    // What the page itself says it drew (zzMap.statistics()).
    QVariantMap statistics() { return statistics(page()); }
    QVariantMap statistics(MapPage *mapPage)
    {
        QVariantMap out;
        bool done = false;
        mapPage->view()->page()->runJavaScript(u"zzMap.statistics()"_s, [&](const QVariant &v) {
            out = v.toMap();
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 10000); }();
        return out;
    }

    // Reloads and waits until the page has painted the new figures.
    bool reloadAndPaint()
    {
        QSignalSpy painted(page()->view(), &HotspotView::painted);
        page()->reload();
        return painted.wait(20000) || painted.count() > 0;
    }

private slots:
    void initTestCase()
    {
        Localization::applyChineseFont();
        m_db = std::make_unique<Database>(u"sqlite://"_s + m_dir.filePath(u"demo.db"_s));
        m_db->migrate();
        CalendarRepository(*m_db).seedFromBundled();
        DemoOptions options;
        options.cases = 3000;
        options.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
        QCOMPARE(DemoDataGenerator(*m_db, options).run(), qint64(3000));
        const auto leader = UserRepository(*m_db).byLogin(u"leader1"_s);
        QVERIFY(leader);
        m_clock = std::make_unique<FixedClock>(options.now);
        m_context = std::make_unique<AppContext>(
            AppContext{*m_db, *m_clock, CalendarRepository(*m_db).load(), *leader});
        QVERIFY(MapModule::isAvailableTo(*m_context));
        m_module = std::make_unique<MapModule>(*m_context);
        QWidget *widget = m_module->widget();
        widget->resize(1200, 800);
        QSignalSpy painted(page()->view(), &HotspotView::painted);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        QVERIFY(painted.wait(30000) || painted.count() > 0);
    }

    void cleanupTestCase()
    {
        if (m_module && m_module->page())
            delete m_module->page();
        m_module.reset();
    }

    // The year: the demo county's grids as polygons, the cases as points, each counted once.
    void drawsPolygonsAndPoints()
    {
        const int year = page()->findChild<QComboBox *>(u"mapPeriodCombo"_s)->findData(u"2026"_s);
        QVERIFY(year >= 0);
        QSignalSpy painted(page()->view(), &HotspotView::painted);
        page()->findChild<QComboBox *>(u"mapPeriodCombo"_s)->setCurrentIndex(year);
        QVERIFY(painted.wait(20000) || painted.count() > 0);
        const HotspotMap &map = page()->current();
        QCOMPARE(map.period, ReportPeriod::year(2026));
        QVERIFY2(map.cases > 100, qPrintable(QString::number(map.cases)));
        QVERIFY2(map.grids.size() >= 20,
                 qPrintable(QString::number(map.grids.size()))); // a township: 6 villages × 4 grids
        QCOMPARE(map.gridsWithoutBoundary, 0);
        QCOMPARE(map.withCoordinates + map.atGridCentre + map.withoutLocation, map.cases);

        const QVariantMap stats = statistics();
        QCOMPARE(stats.value(u"polygons"_s).toInt(), int(map.grids.size()));
        QCOMPARE(stats.value(u"points"_s).toInt(), int(map.points.size()));
        qint64 located = 0;
        for (const HotspotPoint &p : map.points)
            located += p.weight;
        QCOMPARE(stats.value(u"weight"_s).toLongLong(), located);
        QCOMPARE(located, map.withCoordinates + map.atGridCentre);
        QCOMPARE(stats.value(u"tiles"_s).toBool(), false); // no tile server set: nothing from the network
        QVERIFY(stats.value(u"firstPaintMs"_s).toDouble() >= 0);
        const QString summary = page()->findChild<QLabel *>(u"mapSummaryLabel"_s)->text();
        QVERIFY2(summary.contains(QLocale().toString(map.cases)), qPrintable(summary));

        QTest::qWait(800); // the web view's compositor hands the painted frame to the widget a moment later
        QVERIFY(test::saveScreenshot(page(), u"zongzhi-map"_s).isEmpty());
    }

    // A click on a grid's polygon opens its cases: as many as the grid's number.
    void clickOpensTheGridsCases()
    {
        const HotspotMap &map = page()->current();
        const HotspotGrid *busiest = nullptr;
        for (const HotspotGrid &g : map.grids)
            if (!busiest || g.cases > busiest->cases)
                busiest = &g;
        QVERIFY(busiest && busiest->cases > 0);
        bool hit = false, done = false;
        page()->view()->page()->runJavaScript(u"zzMap.clickGrid('%1')"_s.arg(busiest->id),
                                              [&](const QVariant &v) {
                                                  hit = v.toBool();
                                                  done = true;
                                              });
        QTRY_VERIFY(done);
        QVERIFY(hit);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page()->findChild<QDialog *>(u"mapCasesDialog"_s)) != nullptr);
        auto *cases = dialog->findChild<CaseListPage *>();
        QVERIFY(cases);
        QVERIFY(cases->drill().has_value());
        auto *count = cases->findChild<QLabel *>(u"resultCountLabel"_s);
        QVERIFY(count);
        const QString expected = CaseListPage::tr("共 %Ln 件", nullptr, int(busiest->cases));
        QTRY_COMPARE(count->text(), expected);
        QVERIFY(dialog->windowTitle().contains(busiest->name));
        dialog->close();
    }

    // A category narrows the map; the grids' numbers add up to the cases placed in grids.
    void categoryNarrows()
    {
        const HotspotMap before = page()->current();
        auto *category = page()->findChild<QComboBox *>(u"mapCategoryCombo"_s);
        QVERIFY(category->count() > 2);
        QSignalSpy painted(page()->view(), &HotspotView::painted);
        category->setCurrentIndex(1);
        QVERIFY(painted.wait(20000) || painted.count() > 0);
        const HotspotMap &after = page()->current();
        QVERIFY(after.cases > 0);
        QVERIFY(after.cases < before.cases);
        QCOMPARE(statistics().value(u"polygons"_s).toInt(), int(after.grids.size()));
        category->setCurrentIndex(0);
        QVERIFY(reloadAndPaint());
        QCOMPARE(page()->current().cases, before.cases);
    }

    void tileUrlIsChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty: plain polygons") << QString() << true;
        QTest::newRow("internal server") << u"https://gis.county.local/tiles/{z}/{x}/{y}.png"_s << true;
        QTest::newRow("http") << u"http://10.1.2.3:8080/{z}/{x}/{y}.png"_s << true;
        QTest::newRow("no placeholders") << u"https://gis.county.local/tiles.png"_s << false;
        QTest::newRow("not a web address") << u"file:///etc/passwd?{z}{x}{y}"_s << false;
        QTest::newRow("no host") << u"https:///{z}/{x}/{y}"_s << false;
    }

    void tileUrlIsChecked()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(MapPage::checkTileUrl(url).isEmpty(), accepted);
    }

    // Only county admins set the tile server; a leader does not see the action.
    void tileSettingsForCountyAdmins()
    {
        QVERIFY(!MapPage::mayEditTileUrl(*m_context));
        const auto admin = UserRepository(*m_db).byLogin(u"admin"_s);
        QVERIFY(admin);
        const AppContext adminContext{*m_db, *m_clock, m_context->calendar, *admin};
        QCOMPARE(MapPage::mayEditTileUrl(adminContext),
                 OrgUnitRepository(*m_db).get(admin->orgUnitId)->level == OrgLevel::County);
    }

    void englishRendering()
    {
        QTranslator english;
        QVERIFY(english.load(u"zongzhi_en"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&english);
        MapModule module(*m_context);
        QWidget *widget = module.widget();
        widget->resize(1200, 800);
        QSignalSpy painted(module.page()->view(), &HotspotView::painted);
        widget->show();
        QVERIFY(painted.wait(30000) || painted.count() > 0);
        QCOMPARE(module.title(), u"Hotspot map"_s);
        QCOMPARE(statistics(module.page()).value(u"polygons"_s).toInt(),
                 int(module.page()->current().grids.size()));
        QTest::qWait(800);
        QVERIFY(test::saveScreenshot(widget, u"zongzhi-map-en"_s).isEmpty());
        QCoreApplication::removeTranslator(&english);
        delete widget;
    }
};

QTEST_MAIN(TestMapGui)
#include "tst_map_gui.moc"
