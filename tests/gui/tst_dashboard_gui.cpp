// 统计分析 (issue 14) driven through its widgets on SQLite and PostgreSQL: a township leader opens the
// dashboard on the month just ended, every tile's numbers open the case list with exactly that many
// cases, the charts carry their series (names and point counts through the QChart API) and a click on
// a bar, slice or department row opens its cases, charts saved as PNG, the page rendered in zh_CN and
// en for looking at.
#include "AssessmentService.h"
#include "CaseRepository.h"
#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "ReportCommand.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "WorkReport.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "reports/DashboardPage.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"
#include "shell/Module.h"
#include "shell/StandardModules.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QValueAxis>

using namespace Qt::StringLiterals;

// The dashboard computes in a thread of its own: wait until its figures are on the page.
#define SETTLE(page) QVERIFY(QTest::qWaitFor([&] { return !(page).isBusy(); }, 60000))
using namespace zz;
using zz::test::TestTown;

namespace {

QDateTime at(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0));
}

QString run(const QString &program, const QStringList &args)
{
    const QString tool = QStandardPaths::findExecutable(program);
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, args);
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
}

// Text extracted from a PDF wraps lines and spaces table cells: compare without white space.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

} // namespace

class TestDashboardGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{at(2026, 11, 5, 9)};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    int m_seq = 0;

    qint64 insertCase(const OrgUnit &place, const QDateTime &received, const QString &status,
                      const QDateTime &deadline, const QDateTime &closed, std::optional<bool> settled,
                      const QString &source, const Category &category, qint64 department)
    {
        ++m_seq;
        const qint64 township = place.id == m_town.grid3.id ? m_town.township2.id : m_town.township1.id;
        Query q(
            *m_db,
            u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, source, nature, "
            "category_id, org_unit_id, org_path, status, level_org_unit_id, received_at, deadline_at, "
            "closed_at, dispute_settled, department_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'dispute', "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.bind(u"DSH-%1"_s.arg(m_seq))
            .bind(township)
            .bind(received.date().year())
            .bind(2000 + m_seq)
            .bind(u"DSH%1"_s.arg(m_seq))
            .bind(u"驾驶舱测试案件%1"_s.arg(m_seq))
            .bind(source)
            .bindId(category.id)
            .bind(place.id)
            .bind(Query(*m_db, u"SELECT path FROM org_units WHERE id = ?"_s).bind(place.id).scalar())
            .bind(status)
            .bind(township)
            .bindTime(received)
            .bindTime(deadline)
            .bindTime(closed)
            .bind(settled ? QVariant(*settled) : QVariant())
            .bindId(department)
            .bindTime(received);
        q.exec();
        return Query(*m_db, u"SELECT id FROM cases WHERE case_no = ?"_s)
            .bind(u"DSH-%1"_s.arg(m_seq))
            .scalar()
            .toLongLong();
    }

    void callback(qint64 caseId, const QDateTime &when, const QString &result)
    {
        Query(
            *m_db,
            u"INSERT INTO callbacks (case_id, method, called_at, result, at) VALUES (?, 'phone', ?, ?, ?)"_s)
            .bind(caseId)
            .bindTime(when)
            .bind(result)
            .bindTime(when)
            .exec();
    }

    // October 2026 in 青石镇 (and one case in 城南, outside the leader's township), September for 环比.
    void makeMonth()
    {
        const qint64 judicial = m_town.judicial.id, police = m_town.police.id;
        const qint64 a =
            insertCase(m_town.grid1, at(2026, 10, 8), u"closed"_s, at(2026, 10, 20, 23), at(2026, 10, 15),
                       true, u"hotline12345"_s, m_town.neighbourDispute, judicial);
        const qint64 b = insertCase(m_town.grid1, at(2026, 10, 9), u"archived"_s, at(2026, 10, 12, 23),
                                    at(2026, 10, 20), false, u"visit"_s, m_town.neighbourDispute, judicial);
        insertCase(m_town.grid2, at(2026, 10, 12), u"in_progress"_s, at(2026, 10, 25, 23), {}, std::nullopt,
                   u"grid"_s, m_town.leak, police);
        insertCase(m_town.grid2, at(2026, 10, 14), u"declined"_s, {}, {}, std::nullopt, u"visit"_s,
                   m_town.wages, 0);
        insertCase(m_town.village2, at(2026, 10, 20), u"dispatched"_s, at(2026, 11, 20, 23), {}, std::nullopt,
                   u"hotline12345"_s, m_town.wages, police);
        const qint64 f = insertCase(m_town.grid1, at(2026, 10, 22), u"closed"_s, at(2026, 11, 3, 23),
                                    at(2026, 10, 30), true, u"visit"_s, m_town.leak, judicial);
        insertCase(m_town.grid1, at(2026, 9, 10), u"closed"_s, at(2026, 9, 20, 23), at(2026, 9, 18), true,
                   u"visit"_s, m_town.neighbourDispute, judicial);
        insertCase(m_town.grid3, at(2026, 10, 10), u"closed"_s, at(2026, 10, 20, 23), at(2026, 10, 12), true,
                   u"visit"_s, m_town.neighbourDispute, m_town.township2Police.id);
        callback(a, at(2026, 10, 16), u"satisfied"_s);
        callback(b, at(2026, 10, 21), u"unsatisfied"_s);
        callback(f, at(2026, 10, 31), u"basic"_s);
    }

    AppContext context(const User &user) const
    {
        return AppContext{*m_db, m_clock, m_calendar, user, nullptr};
    }

    // The case list opened by a drill: how many cases it lists (counted by the same query it pages).
    qint64 listed(CaseListPage *page)
    {
        if (!page)
            return -1;
        const qint64 n = CaseRepository(*m_db).count(page->model()->query());
        // The page says so too.
        auto *label = page->findChild<QLabel *>(u"resultCountLabel"_s);
        if (!QTest::qWaitFor([&] { return label->text().contains(QString::number(n)); }))
            return -2;
        page->window()->close();
        return n;
    }

    template <typename F> CaseListPage *drillOf(DashboardPage &page, F &&click)
    {
        CaseListPage *opened = nullptr;
        const auto c =
            connect(&page, &DashboardPage::drillOpened, this, [&](CaseListPage *p) { opened = p; });
        click();
        disconnect(c);
        return opened;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
            m_calendar = CalendarRepository(*m_db).load();
            makeMonth();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void leaderHasTheModule()
    {
        const AppContext leader = context(m_town.leader);
        bool found = false;
        for (const auto &m : createStandardModules(leader))
            found = found || m->id() == u"reports"_s;
        QVERIFY(found);
        const AppContext reception = context(m_town.reception);
        for (const auto &m : createStandardModules(reception))
            QVERIFY(m->id() != u"reports"_s);
    }

    // Every tile's numerator and denominator opens the case list with the same number of cases.
    void tilesDrillToTheirCases()
    {
        const AppContext leader = context(m_town.leader);
        DashboardPage page(leader);
        page.resize(1280, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SETTLE(page);
        QCOMPARE(page.period(), ReportPeriod::month(2026, 10)); // the month just ended
        QCOMPARE(page.scope().orgUnitId, m_town.township1.id);  // the leader's own township
        const IndicatorCounts &c = page.current().total;
        QCOMPARE(c.received, 6); // 城南's case is not his
        QCOMPARE(c.registered, 5);
        QCOMPARE(c.closed, 3);
        QCOMPARE(c.closedOnTime, 2);
        QCOMPARE(c.callbacks, 3);
        QCOMPARE(c.satisfied, 2);
        QCOMPARE(c.overdueOpen, 1);
        QCOMPARE(page.tile(Indicator::Received)->valueText(), u"6"_s);
        QCOMPARE(page.tile(Indicator::OnTimeRate)->valueText(), u"66.7%"_s);
        QVERIFY(page.tile(Indicator::OnTimeRate)->toolTip().contains(u"2 ÷ 3"_s));
        QVERIFY(page.tile(Indicator::Received)->changeText().contains(u"+500.0%"_s)); // September: 1
        QVERIFY(page.tile(Indicator::Received)->changeText().contains(u"新增"_s));    // October 2025: 0
        QVERIFY(page.tile(Indicator::SupervisedRed)->changeText().contains(u"—"_s));

        const auto count = [](const IndicatorCounts &k, IndicatorSet set) -> qint64 {
            switch (set) {
            case IndicatorSet::Received:
                return k.received;
            case IndicatorSet::Registered:
                return k.registered;
            case IndicatorSet::ClosedOfRegistered:
                return k.closedOfRegistered;
            case IndicatorSet::Closed:
                return k.closed;
            case IndicatorSet::ClosedOnTime:
                return k.closedOnTime;
            case IndicatorSet::DisputeRecorded:
                return k.disputeRecorded;
            case IndicatorSet::DisputeSettled:
                return k.disputeSettled;
            case IndicatorSet::CalledBack:
                return k.callbacks;
            case IndicatorSet::Satisfied:
                return k.satisfied;
            case IndicatorSet::OverdueOpen:
                return k.overdueOpen;
            case IndicatorSet::SupervisedNormal:
                return k.supervisedNormal;
            case IndicatorSet::SupervisedYellow:
                return k.supervisedYellow;
            case IndicatorSet::SupervisedRed:
                return k.supervisedRed;
            case IndicatorSet::ClosedLate:
                return k.closed - k.closedOnTime;
            }
            return -1;
        };
        for (const Indicator i : allIndicators()) {
            IndicatorTile *tile = page.tile(i);
            QVERIFY(tile);
            // A click on the tile: the numerator's cases.
            CaseListPage *list = drillOf(page, [&] { QTest::mouseClick(tile, Qt::LeftButton); });
            QVERIFY2(list, qPrintable(indicatorKey(i)));
            QCOMPARE(list->drill()->set, numeratorSet(i));
            QCOMPARE(listed(list), count(c, numeratorSet(i)));
            if (const auto d = denominatorSet(i)) {
                list = drillOf(page, [&] { emit tile->formulaLabel()->linkActivated(u"denominator"_s); });
                QVERIFY(list);
                QCOMPARE(listed(list), count(c, *d));
            }
        }
    }

    void chartsCarryTheirSeriesAndDrill()
    {
        const AppContext leader = context(m_town.leader);
        DashboardPage page(leader);
        // As in the module: computed on a connection of its own in a thread of its own.
        page.setComputeInBackground(true);
        page.setPeriod(ReportPeriod::month(2026, 10));
        QVERIFY(page.isBusy());
        page.resize(1280, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SETTLE(page);

        // The trend: one bar series, 受理量 and 办结量 for twelve months; October's bars drill.
        QCOMPARE(page.trendChart()->series().size(), 1);
        auto *trend = qobject_cast<QBarSeries *>(page.trendChart()->series().first());
        QVERIFY(trend);
        QCOMPARE(trend->count(), 2);
        QCOMPARE(trend->barSets().at(0)->label(), indicatorTitle(Indicator::Received));
        QCOMPARE(trend->barSets().at(1)->label(), indicatorTitle(Indicator::Closed));
        QCOMPARE(trend->barSets().at(0)->count(), 12);
        QCOMPARE(trend->barSets().at(0)->at(11), 6.0);
        QCOMPARE(trend->barSets().at(0)->at(10), 1.0); // September
        QCOMPARE(trend->barSets().at(1)->at(11), 3.0);
        // Counts on whole-number ticks: 0 2 4 6 for a top of 6 (not 0 1.5 3 4.5 6 printed as "0 1 3 4 6").
        auto *counts = qobject_cast<QValueAxis *>(page.trendChart()->axes(Qt::Vertical).value(0));
        QVERIFY(counts);
        QCOMPARE(counts->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(counts->min(), 0.0);
        QCOMPARE(counts->max(), 6.0);
        QCOMPARE(counts->tickInterval(), 2.0);
        QCOMPARE(counts->labelFormat(), u"%d"_s);
        QCOMPARE(listed(drillOf(page, [&] { emit trend->barSets().at(0)->clicked(10); })), 1);
        QCOMPARE(listed(drillOf(page, [&] { emit trend->barSets().at(1)->clicked(11); })), 3);

        // Categories: top-level ones (矛盾纠纷, 城乡建设, 劳动保障), each slice drills to its count.
        auto *categories = qobject_cast<QPieSeries *>(page.categoryChart()->series().value(0));
        QVERIFY(categories);
        QCOMPARE(categories->count(), 3);
        qreal sum = 0;
        for (int i = 0; i < categories->count(); ++i) {
            QPieSlice *slice = categories->slices().at(i);
            sum += slice->value();
            QCOMPARE(listed(drillOf(page, [&] { emit slice->clicked(); })), qint64(slice->value()));
        }
        QCOMPARE(sum, 6.0);

        auto *sources = qobject_cast<QPieSeries *>(page.sourceChart()->series().value(0));
        QVERIFY(sources);
        QCOMPARE(sources->count(), 3); // visit 3, 12345 2, grid report 1
        QCOMPARE(sources->slices().at(0)->value(), 3.0);
        for (QPieSlice *slice : sources->slices())
            QCOMPARE(listed(drillOf(page, [&] { emit slice->clicked(); })), qint64(slice->value()));

        // The leader's township: its villages ranked (村 1: 5 cases, 东湖: 1), received and overdue.
        auto *ranking = qobject_cast<QHorizontalBarSeries *>(page.rankingChart()->series().value(0));
        QVERIFY(ranking);
        QCOMPARE(ranking->count(), 2);
        QCOMPARE(ranking->barSets().at(0)->count(), 2);
        for (QBarSet *set : ranking->barSets())
            for (int i = 0; i < set->count(); ++i)
                QCOMPARE(listed(drillOf(page, [&] { emit set->clicked(i); })), qint64(set->at(i)));
        QCOMPARE(ranking->barSets().at(0)->at(1), 5.0); // the largest drawn at the top

        // The departments' table: every number opens its cases.
        QTableWidget *table = page.departmentTable();
        QCOMPARE(table->rowCount(), 2); // 司法所, 派出所
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column : {1, 2, 4}) {
                const qint64 shown = table->item(row, column)->text().toLongLong();
                QCOMPARE(listed(drillOf(page, [&] { emit table->cellClicked(row, column); })), shown);
            }
        }

        // Charts as pictures.
        for (QChartView *view : page.chartViews()) {
            const QString path =
                test::outputPath(u"chart-%1-%2.png"_s.arg(view->objectName(), m_testDb->backendName()));
            QVERIFY(page.saveChartPng(view, path));
            QVERIFY(!QImage(path).isNull());
        }

        // A quarter, a year and custom days add up the same October.
        page.setPeriod(ReportPeriod::quarter(2026, 4));
        SETTLE(page);
        QCOMPARE(page.current().total.received, 6);
        page.setPeriod(ReportPeriod::year(2026));
        SETTLE(page);
        QCOMPARE(page.current().total.received, 7);
        page.setPeriod(ReportPeriod::custom(QDate(2026, 10, 9), QDate(2026, 10, 14)));
        SETTLE(page);
        QCOMPARE(page.current().total.received, 3);
        QCOMPARE(
            listed(drillOf(page, [&] { QTest::mouseClick(page.tile(Indicator::Received), Qt::LeftButton); })),
            3);
        // A village of his township narrows; the other township is refused.
        QVERIFY(page.setPlace(m_town.village2.id));
        SETTLE(page);
        QCOMPARE(page.current().total.received, 0);
        QVERIFY(!page.setPlace(m_town.township2.id));
    }

    // The leader prints the month: the report as PDF (its text holds the figures and the summary,
    // extracted exactly as written — no Kangxi radicals), the xlsx, and the print pack with the
    // overdue list and the month's assessment table in one PDF; and `zongzhi-cli report --pdf --xlsx`.
    void printsTheMonthlyReport()
    {
        const AppContext leader = context(m_town.leader);
        DashboardPage page(leader);
        page.resize(1280, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SETTLE(page);
        const QString pdf = test::outputPath(u"work-report-%1.pdf"_s.arg(m_testDb->backendName()));
        QVERIFY(page.exportReportPdf(pdf));
        const QString text = pdfText(pdf);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed");
        const QString flat = squeezed(text);
        const WorkReport report(
            WorkReportData::load(*m_db, m_calendar, page.period(), page.scope(), page.asOf(), m_clock.now()));
        QVERIFY2(flat.contains(squeezed(u"综治中心工作报表"_s)), qPrintable(text.left(400)));
        QVERIFY2(flat.contains(u"青石镇"_s), qPrintable(text.left(400))); // not ⻘⽯镇
        QVERIFY(flat.contains(u"2026年10月"_s));
        // The summary as generated, and the figures in it.
        QVERIFY2(flat.contains(squeezed(report.summary()).left(60)), qPrintable(report.summary()));
        QVERIFY(report.summary().contains(u"受理群众诉求 6 件"_s));
        QVERIFY(report.summary().contains(u"按期办结率 66.7%"_s));
        QVERIFY2(report.summary().contains(u"受理量最多的类别是“%1”、“%2”、“%3”，各 2 件，各占 33.3%"_s.arg(
                     m_town.labour.name, m_town.construction.name, m_town.disputes.name)),
                 qPrintable(report.summary()));
        QVERIFY(flat.contains(u"66.7%"_s));
        QVERIFY(flat.contains(u"2÷3"_s));
        QVERIFY(flat.contains(u"+500.0%"_s));
        QVERIFY(flat.contains(squeezed(indicatorFormula(Indicator::ClosureRate)).left(20)));
        QVERIFY(flat.contains(u"第1页，共"_s));

        const QString xlsx = test::outputPath(u"work-report-%1.xlsx"_s.arg(m_testDb->backendName()));
        QVERIFY(page.exportReportXlsx(xlsx));
        QVERIFY(QFileInfo(xlsx).size() > 0);
        // LibreOffice reads the first sheet back: the figures as numbers, rates as fractions.
        const QString csvDir = test::outputPath(u"xlsx-%1"_s.arg(m_testDb->backendName()));
        QDir().mkpath(csvDir);
        run(u"soffice"_s, {u"--headless"_s, u"--convert-to"_s, u"csv:Text - txt - csv (StarCalc):44,34,76"_s,
                           u"--outdir"_s, csvDir, xlsx});
        QFile csv(QDir(csvDir).filePath(QFileInfo(xlsx).completeBaseName() + u".csv"_s));
        if (csv.open(QIODevice::ReadOnly)) {
            const QString sheet = QString::fromUtf8(csv.readAll());
            QVERIFY2(sheet.contains(u"受理量,6,1,"_s), qPrintable(sheet));
            QVERIFY2(sheet.contains(u"按期办结率,66.7%"_s), qPrintable(sheet));
        } else {
            qWarning("LibreOffice did not convert the workbook; not read back");
        }

        // The print pack: the report, the overdue list (the case past its deadline), one PDF.
        const QString pack = test::outputPath(u"print-pack-%1.pdf"_s.arg(m_testDb->backendName()));
        bool withAssessment = true;
        QVERIFY(page.exportPrintPack(pack, &withAssessment));
        QVERIFY(!withAssessment); // October's assessment was not computed here
        const QString packText = squeezed(pdfText(pack));
        QVERIFY(packText.contains(squeezed(u"综治中心工作报表"_s)));
        QVERIFY(packText.contains(u"在办超期案件清单"_s));
        QVERIFY(packText.contains(u"DSH-3"_s));  // due 25 October, still in progress
        QVERIFY(!packText.contains(u"DSH-5"_s)); // due 20 November
        // With the month's assessment computed, its table joins the pack.
        AssessmentService(*m_db, m_clock)
            .compute(m_town.township1.id, {2026, 10}, m_town.actor(m_town.admin));
        QVERIFY(page.exportPrintPack(pack, &withAssessment));
        QVERIFY(withAssessment);
        QVERIFY(squeezed(pdfText(pack)).contains(squeezed(u"网格员"_s)));

        // zongzhi-cli report --pdf --xlsx: the same report from the command line.
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCommandLineParser parser;
        for (const char *name : {"period", "township", "json", "pdf", "xlsx"})
            parser.addOption({QString::fromLatin1(name), u"x"_s, u"V"_s});
        cli::addReportOptions(parser);
        const QString cliPdf = test::outputPath(u"cli-report-%1.pdf"_s.arg(m_testDb->backendName()));
        const QString cliXlsx = test::outputPath(u"cli-report-%1.xlsx"_s.arg(m_testDb->backendName()));
        QVERIFY(parser.parse({u"zongzhi-cli"_s, u"--period"_s, u"2026-10"_s, u"--township"_s,
                              m_town.township1.code, u"--as-of"_s, u"2026-11-05"_s, u"--pdf"_s, cliPdf,
                              u"--xlsx"_s, cliXlsx}));
        QCOMPARE(cli::runReport(m_testDb->currentUrl(), parser, QDate(2026, 11, 5), out, err), 0);
        const QString cliText = squeezed(pdfText(cliPdf));
        QVERIFY2(cliText.contains(u"受理群众诉求6件"_s), qPrintable(cliText.left(600)));
        QVERIFY(QFileInfo(cliXlsx).size() > 0);
    }

    void screenshots()
    {
        const AppContext leader = context(m_town.leader);
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                DashboardPage page(leader);
                page.resize(1400, 1000);
                page.show();
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                SETTLE(page);
                SETTLE(page);
                VERIFY_SCREENSHOT(&page, u"dashboard-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(1000, 700));
                CaseListPage *list = page.openDrill([&] {
                    IndicatorDrill d;
                    d.set = IndicatorSet::Received;
                    d.period = page.current().period;
                    d.asOf = page.current().asOf;
                    d.scope = page.scope();
                    d.description =
                        u"%1 · %2"_s.arg(page.current().period.label(), indicatorTitle(Indicator::Received));
                    return d;
                }());
                QVERIFY(QTest::qWaitForWindowExposed(list->window()));
                VERIFY_SCREENSHOT(list->window(),
                                  u"dashboard-drill-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(600, 300));
                list->window()->close();
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestDashboardGui)
#include "tst_dashboard_gui.moc"
