// The dispatch board (指挥调度台) driven through its widgets on SQLite and PostgreSQL
// (ZONGZHI_TEST_BACKEND): filters, orders and search against expectations computed here, the stage
// strip, warning colours as a fixed clock moves, live changes from a second connection, saved
// filters, the printed list, and a screenshot with demo data.
#include "BoardCases.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "dispatch/BoardFilterPanel.h"
#include "dispatch/BoardModel.h"
#include "dispatch/BoardPage.h"
#include "dispatch/CaseViewDialog.h"
#include "dispatch/StageStrip.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <functional>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

constexpr int caseCount = 230;
const QColor dueSoonColour(0xff, 0xf1, 0xa8);
const QColor overdueColour(0xff, 0xcd, 0xd2);

void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

QList<qint64> shownIds(const BoardModel *model)
{
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->caseAt(row).id);
    return ids;
}

// QTest::keyClicks sends Latin-1 only; Chinese arrives through the input method as committed text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(ch));
        QCoreApplication::sendEvent(widget, &event);
    }
}

WarningLevel expectedWarning(const CaseRecord &c, const QDateTime &now)
{
    if (!isOpen(c.status) || !c.deadline.isValid())
        return WarningLevel::Normal;
    return WorkCalendar::warning(c.receivedAt, c.deadline,
                                 QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch()));
}

QColor background(const QModelIndex &index)
{
    const QVariant brush = index.data(Qt::BackgroundRole);
    return brush.isValid() ? brush.value<QBrush>().color() : QColor();
}

} // namespace

class TestBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void boardIsTheFirstModule();
    void boardNeedsViewCases();
    void showsTheAccountsScope();
    void filtersGiveTheRightRows_data();
    void filtersGiveTheRightRows();
    void orgTreeNarrowsTheScope();
    void headerClicksChooseTheOrder();
    void searchFindsText();
    void stageStripCountsAndFilters();
    void warningColoursFollowTheClock();
    void remainingTimeText();
    void otherClientsChangesArriveLive();
    void savedFilterRoundTrip();
    void printsToPdf();
    void printPreviewOpens();
    void activatingARowOpensTheCase();
    void screenshotWithDemoData();
    void provisionalDeadlinesAreMarked();
    void showsNoPersonalData(); // last: it adds a case

private:
    BoardPage *page() const { return m_window->findChild<BoardPage *>(); }
    BoardModel *model() const { return page()->model(); }
    void reloadAll();
    bool inSubtree(qint64 unit, qint64 root) const;
    QList<qint64> expected(const std::function<bool(const CaseRecord &)> &matches,
                           CaseQuery::Sort sort) const;
    void resetBoard();

    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 18), QTime(15, 30))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<CaseRecord> m_all;
    QHash<qint64, QList<qint64>> m_ancestors;
    QTemporaryDir m_dir;
};

void TestBoard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Localization::applyChineseFont();
    m_testDb = std::make_unique<test::TestDatabase>();
    qInfo() << "backend:" << m_testDb->backendName();
    m_db = m_testDb->fresh();
    m_town = TestTown::create(*m_db);
    test::makeBoardCases(*m_db, m_town, m_clock, m_calendar, caseCount);
    for (const OrgUnit &unit : OrgUnitRepository(*m_db).all())
        for (const OrgUnit &a : OrgUnitRepository(*m_db).ancestors(unit.id))
            m_ancestors[unit.id].append(a.id);
    reloadAll();

    // The township's duty officer.
    m_window = std::make_unique<MainWindow>(AppContext{*m_db, m_clock, m_calendar, m_town.duty});
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(page());
    QVERIFY(page()->isVisible());
    // Every change the page makes to its model from here on is checked.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestBoard::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestBoard::reloadAll()
{
    m_all.clear();
    Query q(*m_db, u"SELECT id FROM cases ORDER BY id"_s);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.int64(0));
    for (const qint64 id : std::as_const(ids))
        m_all.append(*CaseRepository(*m_db).get(id));
}

bool TestBoard::inSubtree(qint64 unit, qint64 root) const
{
    return m_ancestors.value(unit).contains(root);
}

QList<qint64> TestBoard::expected(const std::function<bool(const CaseRecord &)> &matches,
                                  CaseQuery::Sort sort) const
{
    QList<CaseRecord> rows;
    for (const CaseRecord &c : m_all)
        if (inSubtree(c.orgUnitId, m_town.township1.id) && matches(c))
            rows.append(c);
    const auto key = [sort](const CaseRecord &c) {
        const qint64 received = c.receivedAt.toSecsSinceEpoch();
        const qint64 deadline = c.deadline.toSecsSinceEpoch();
        const qint64 rank = c.urgency == Urgency::Major ? 0 : c.urgency == Urgency::Urgent ? 1 : 2;
        switch (sort) {
        case CaseQuery::Sort::ReceivedDesc:
            return std::tuple(-received, qint64(0), -c.id);
        case CaseQuery::Sort::ReceivedAsc:
            return std::tuple(received, qint64(0), c.id);
        case CaseQuery::Sort::DeadlineAsc:
            return std::tuple(deadline, qint64(0), c.id);
        case CaseQuery::Sort::DeadlineDesc:
            return std::tuple(-deadline, qint64(0), -c.id);
        case CaseQuery::Sort::UrgencyDesc:
            break;
        }
        return std::tuple(rank, deadline, c.id);
    };
    std::sort(rows.begin(), rows.end(),
              [&](const CaseRecord &a, const CaseRecord &b) { return key(a) < key(b); });
    QList<qint64> ids;
    for (const CaseRecord &c : std::as_const(rows))
        ids.append(c.id);
    return ids;
}

void TestBoard::resetBoard()
{
    page()->findChild<QPushButton *>(u"clearFiltersButton"_s)->click();
    page()->setFilter(BoardFilter{});
    QCOMPARE(page()->filter(), BoardFilter{});
    QTRY_VERIFY(!page()->countsPending()); // the counts arrive from the background
}

void TestBoard::boardIsTheFirstModule()
{
    QCOMPARE(m_window->moduleIds().constFirst(), u"board"_s);
    QCOMPARE(m_window->currentModuleId(), u"board"_s);
    auto *navigation = m_window->findChild<QListWidget *>(u"navigationListWidget"_s);
    QCOMPARE(navigation->item(0)->text(), u"指挥调度"_s);
    QCOMPARE(navigation->item(1)->text(), u"受理登记"_s); // a duty officer may register cases
    QCOMPARE(navigation->item(2)->text(), u"概览"_s);
    auto *toolBar = m_window->findChild<QToolBar *>(u"moduleToolBar"_s);
    QStringList actions;
    for (QAction *action : toolBar->actions()) {
        if (action->objectName() != u"moduleTitleAction"_s) // the module's name, before its actions
            actions << action->objectName();
    }
    // A duty officer also gets the bulk actions on selected rows.
    QCOMPARE(actions,
             QStringList({u"refreshBoardAction"_s, u"printBoardAction"_s, u"exportBoardPdfAction"_s,
                          u"bulk_dispatch_Action"_s, u"bulk_supervise_Action"_s, u"bulk_urge_Action"_s}));
}

void TestBoard::boardNeedsViewCases()
{
    MainWindow admin(AppContext{*m_db, m_clock, m_calendar, m_town.admin});
    QVERIFY(!admin.moduleIds().contains(u"board"_s));
    MainWindow handler(AppContext{*m_db, m_clock, m_calendar, m_town.handler});
    QCOMPARE(handler.moduleIds().constFirst(), u"board"_s);
}

void TestBoard::showsTheAccountsScope()
{
    resetBoard();
    BoardModel *m = model();
    QCOMPARE(m->columnCount(), int(BoardModel::ColumnCount));
    const QStringList headers = {u"案件编号"_s,        u"标题"_s,     u"状态"_s, u"类别"_s,     u"属地"_s,
                                 u"处置部门/网格员"_s, u"紧急程度"_s, u"风险"_s, u"受理时间"_s, u"办理期限"_s,
                                 u"剩余时间"_s};
    for (int c = 0; c < headers.size(); ++c)
        QCOMPARE(m->headerData(c, Qt::Horizontal).toString(), headers.at(c));
    const QList<qint64> want =
        expected([](const CaseRecord &) { return true; }, CaseQuery::Sort::ReceivedDesc);
    QVERIFY(want.size() > 100 && want.size() < caseCount); // the other township is out of scope
    QCOMPARE(m->rowCount(), std::min<int>(BoardModel::pageSize, int(want.size())));
    fetchAll(m);
    QCOMPARE(shownIds(m), want);
    QVERIFY(page()->findChild<QLabel *>(u"boardCountLabel"_s)->text().contains(QString::number(want.size())));

    // Names rather than ids.
    const CaseListRow &first = m->caseAt(0);
    QCOMPARE(m->index(0, BoardModel::StatusColumn).data().toString(), label(first.status));
    QVERIFY(!m->index(0, BoardModel::CategoryColumn).data().toString().isEmpty());
    QVERIFY(!m->index(0, BoardModel::PlaceColumn).data().toString().isEmpty());
    QCOMPARE(m->index(0, BoardModel::CaseNoColumn).data().toString(), first.caseNo);
}

void TestBoard::filtersGiveTheRightRows_data()
{
    QTest::addColumn<QString>("combo");
    QTest::addColumn<int>("value");
    QTest::newRow("risk red") << u"riskFilterComboBox"_s << int(RiskColor::Red);
    QTest::newRow("urgency urgent") << u"urgencyFilterComboBox"_s << int(Urgency::Urgent);
    QTest::newRow("source hotline") << u"sourceFilterComboBox"_s << int(CaseSource::Hotline12345);
    QTest::newRow("warning overdue") << u"warningFilterComboBox"_s << int(WarningLevel::Overdue);
    QTest::newRow("warning due soon") << u"warningFilterComboBox"_s << int(WarningLevel::DueSoon);
    QTest::newRow("warning normal") << u"warningFilterComboBox"_s << int(WarningLevel::Normal);
    QTest::newRow("worker") << u"workerFilterComboBox"_s << -2;
    QTest::newRow("department") << u"departmentFilterComboBox"_s << -3;
    QTest::newRow("subcategory") << u"subcategoryFilterComboBox"_s << -4;
    QTest::newRow("supervised") << u"supervisedFilterCheckBox"_s << 1;
}

void TestBoard::filtersGiveTheRightRows()
{
    QFETCH(QString, combo);
    QFETCH(int, value);
    resetBoard();
    const QDateTime now = m_clock.now();
    std::function<bool(const CaseRecord &)> matches;
    if (combo == u"supervisedFilterCheckBox"_s) {
        page()->findChild<QCheckBox *>(combo)->click();
        matches = [](const CaseRecord &c) { return c.superviseLevel != SuperviseLevel::None; };
    } else {
        auto *box = page()->findChild<QComboBox *>(combo);
        QVERIFY(box);
        QVariant data = value;
        if (value == -2)
            data = m_town.gridWorker.id;
        if (value == -3)
            data = m_town.police.id;
        if (value == -4) {
            auto *top = page()->findChild<QComboBox *>(u"categoryFilterComboBox"_s);
            top->setCurrentIndex(top->findData(m_town.labour.id));
            data = m_town.wages.id;
        }
        const int index = box->findData(data);
        QVERIFY2(index > 0, qPrintable(combo));
        box->setCurrentIndex(index);
        if (combo == u"riskFilterComboBox"_s)
            matches = [value](const CaseRecord &c) { return int(c.risk) == value; };
        else if (combo == u"urgencyFilterComboBox"_s)
            matches = [value](const CaseRecord &c) { return int(c.urgency) == value; };
        else if (combo == u"sourceFilterComboBox"_s)
            matches = [value](const CaseRecord &c) { return int(c.source) == value; };
        else if (combo == u"warningFilterComboBox"_s)
            matches = [value, now](const CaseRecord &c) { return int(expectedWarning(c, now)) == value; };
        else if (value == -2)
            matches = [this](const CaseRecord &c) { return c.workerId == m_town.gridWorker.id; };
        else if (value == -3)
            matches = [this](const CaseRecord &c) { return c.departmentId == m_town.police.id; };
        else
            matches = [this](const CaseRecord &c) { return c.categoryId == m_town.wages.id; };
    }
    const QList<qint64> want = expected(matches, CaseQuery::Sort::ReceivedDesc);
    QVERIFY(!want.isEmpty());
    fetchAll(model());
    QCOMPARE(shownIds(model()), want);
    // A filtered count arrives from the background.
    QTRY_COMPARE(page()->findChild<QLabel *>(u"boardCountLabel"_s)->text(), u"共 %1 件"_s.arg(want.size()));
}

void TestBoard::orgTreeNarrowsTheScope()
{
    resetBoard();
    auto *tree = page()->findChild<QTreeView *>(u"orgUnitTreeView"_s);
    QVERIFY(tree);
    // The tree shows the account's township and what is below it, nothing of the other township.
    const QModelIndex root = tree->model()->index(0, 0);
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(root.data().toString(), m_town.township1.name);
    QVERIFY(tree->currentIndex() == root);
    QModelIndex village;
    for (int r = 0; r < tree->model()->rowCount(root); ++r)
        if (tree->model()->index(r, 0, root).data().toString() == m_town.village1.name)
            village = tree->model()->index(r, 0, root);
    QVERIFY(village.isValid());
    tree->setCurrentIndex(village);
    QCOMPARE(page()->filter().orgUnitId, m_town.village1.id);
    fetchAll(model());
    const QList<qint64> want =
        expected([&](const CaseRecord &c) { return inSubtree(c.orgUnitId, m_town.village1.id); },
                 CaseQuery::Sort::ReceivedDesc);
    QCOMPARE(shownIds(model()), want);
    // The strip counts the chosen unit.
    qint64 registered = 0;
    for (const CaseRecord &c : std::as_const(m_all))
        registered += inSubtree(c.orgUnitId, m_town.village1.id) && c.status == CaseStatus::Registered;
    QTRY_COMPARE(page()->stageStrip()->count(CaseStatus::Registered), registered); // a village: counted live
}

void TestBoard::headerClicksChooseTheOrder()
{
    resetBoard();
    QHeaderView *header = page()->table()->horizontalHeader();
    const auto click = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
    };
    const QList<std::pair<int, CaseQuery::Sort>> steps = {
        {BoardModel::DeadlineColumn, CaseQuery::Sort::DeadlineAsc},
        {BoardModel::DeadlineColumn, CaseQuery::Sort::DeadlineDesc},
        {BoardModel::UrgencyColumn, CaseQuery::Sort::UrgencyDesc},
        {BoardModel::ReceivedColumn, CaseQuery::Sort::ReceivedDesc},
        {BoardModel::ReceivedColumn, CaseQuery::Sort::ReceivedAsc},
        {BoardModel::TitleColumn, CaseQuery::Sort::ReceivedAsc}, // not sortable: the order stays
    };
    for (const auto &[column, sort] : steps) {
        click(column);
        QCOMPARE(int(page()->filter().sort), int(sort));
        QCOMPARE(int(model()->query().sort), int(sort));
        const auto [indicator, order] = BoardModel::columnFor(sort);
        QCOMPARE(header->sortIndicatorSection(), indicator);
        QCOMPARE(header->sortIndicatorOrder(), order);
        fetchAll(model());
        QCOMPARE(shownIds(model()), expected([](const CaseRecord &) { return true; }, sort));
    }
    // The model's own sort() maps columns the same way.
    model()->sort(BoardModel::RemainingColumn, Qt::AscendingOrder);
    QCOMPARE(int(model()->query().sort), int(CaseQuery::Sort::DeadlineAsc));
}

void TestBoard::searchFindsText()
{
    resetBoard();
    auto *search = page()->findChild<QLineEdit *>(u"boardSearchLineEdit"_s);
    for (const QString &needle : {u"噪音"_s, u"楼道堆放"_s}) {
        search->clear();
        typeText(search, needle);
        QTRY_COMPARE(model()->query().text, needle);
        fetchAll(model());
        QCOMPARE(shownIds(model()), expected([&](const CaseRecord &c) { return c.title.contains(needle); },
                                             CaseQuery::Sort::ReceivedDesc));
    }
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(model()->query().text.isEmpty());
}

void TestBoard::stageStripCountsAndFilters()
{
    resetBoard();
    StageStrip *strip = page()->stageStrip();
    const QDateTime now = m_clock.now();
    QHash<CaseStatus, qint64> byStatus;
    qint64 dueSoon = 0, overdue = 0;
    for (const CaseRecord &c : std::as_const(m_all)) {
        if (!inSubtree(c.orgUnitId, m_town.township1.id))
            continue;
        ++byStatus[c.status];
        dueSoon += expectedWarning(c, now) == WarningLevel::DueSoon;
        overdue += expectedWarning(c, now) == WarningLevel::Overdue;
    }
    for (const CaseStatus status : StageStrip::stages()) {
        QCOMPARE(strip->count(status), byStatus.value(status));
        auto *value = strip->findChild<QLabel *>(u"stageCountLabel_"_s + code(status));
        QCOMPARE(value->text(), QLocale().toString(byStatus.value(status)));
    }
    QCOMPARE(strip->count(WarningLevel::DueSoon), dueSoon);
    QCOMPARE(strip->count(WarningLevel::Overdue), overdue);
    QVERIFY(dueSoon > 0 && overdue > 0);

    // A tile filters the table; a second click lets go.
    QToolButton *inProgress = strip->tile(CaseStatus::InProgress);
    QTest::mouseClick(inProgress, Qt::LeftButton);
    QCOMPARE(page()->filter().statuses, QList<CaseStatus>{CaseStatus::InProgress});
    QVERIFY(inProgress->isChecked());
    fetchAll(model());
    QCOMPARE(model()->rowCount(), int(byStatus.value(CaseStatus::InProgress)));
    // Ctrl adds a status.
    QTest::mouseClick(strip->tile(CaseStatus::Feedback), Qt::LeftButton, Qt::ControlModifier);
    QCOMPARE(page()->filter().statuses, QList<CaseStatus>({CaseStatus::InProgress, CaseStatus::Feedback}));
    fetchAll(model());
    QCOMPARE(model()->rowCount(),
             int(byStatus.value(CaseStatus::InProgress) + byStatus.value(CaseStatus::Feedback)));
    QTest::mouseClick(strip->tile(CaseStatus::InProgress), Qt::LeftButton);
    QTest::mouseClick(strip->tile(CaseStatus::InProgress), Qt::LeftButton);
    QVERIFY(page()->filter().statuses.isEmpty());
    QVERIFY(!inProgress->isChecked());

    QTest::mouseClick(strip->tile(WarningLevel::Overdue), Qt::LeftButton);
    QCOMPARE(page()->filter().warning, std::optional<WarningLevel>(WarningLevel::Overdue));
    QCOMPARE(page()->findChild<QComboBox *>(u"warningFilterComboBox"_s)->currentData().toInt(),
             int(WarningLevel::Overdue));
    fetchAll(model());
    QCOMPARE(model()->rowCount(), int(overdue));
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(background(model()->index(row, BoardModel::TitleColumn)), overdueColour);
    QTest::mouseClick(strip->tile(WarningLevel::Overdue), Qt::LeftButton);
    QVERIFY(!page()->filter().warning);
}

void TestBoard::warningColoursFollowTheClock()
{
    resetBoard();
    const QDateTime start = m_clock.now();
    // An open case still in time: yellow from 70 % of its limit, red after its deadline.
    fetchAll(model());
    int row = -1;
    for (int r = 0; r < model()->rowCount() && row < 0; ++r) {
        const CaseListRow &c = model()->caseAt(r);
        if (isOpen(c.status) && CaseRepository::warning(c, start) == WarningLevel::Normal)
            row = r;
    }
    QVERIFY(row >= 0);
    const CaseListRow c = model()->caseAt(row);
    const qint64 received = c.receivedAt.toSecsSinceEpoch();
    const qint64 deadline = c.deadline.toSecsSinceEpoch();
    const qint64 dueSoonAt = received + (7 * (deadline - received) + 9) / 10;
    const qint64 before = model()->index(row, BoardModel::TitleColumn).data(BoardModel::WarningRole).toInt();
    QCOMPARE(before, int(WarningLevel::Normal));
    QVERIFY(!background(model()->index(row, BoardModel::TitleColumn)).isValid());

    const auto colourAt = [&](qint64 secs) {
        m_clock.set(QDateTime::fromSecsSinceEpoch(secs));
        QTest::mouseClick(m_window->findChild<QToolBar *>(u"moduleToolBar"_s)
                              ->widgetForAction(m_window->findChild<QAction *>(u"refreshBoardAction"_s)),
                          Qt::LeftButton);
        const int r = model()->rowOf(c.id);
        return r < 0 ? QColor(Qt::black) : background(model()->index(r, BoardModel::CaseNoColumn));
    };
    QCOMPARE(colourAt(dueSoonAt - 60), QColor());
    QCOMPARE(colourAt(dueSoonAt + 60), dueSoonColour);
    QCOMPARE(colourAt(deadline), dueSoonColour);
    QCOMPARE(colourAt(deadline + 1), overdueColour);
    const int r = model()->rowOf(c.id);
    QVERIFY(model()->index(r, BoardModel::RemainingColumn).data().toString().startsWith(u"超期"_s));
    m_clock.set(start);
    page()->refresh();
    QCOMPARE(background(model()->index(model()->rowOf(c.id), 0)), QColor());
}

void TestBoard::remainingTimeText()
{
    resetBoard();
    fetchAll(model());
    const QDateTime now = model()->now();
    int checked = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const CaseListRow &c = model()->caseAt(row);
        const QString text = model()->index(row, BoardModel::RemainingColumn).data().toString();
        if (!isOpen(c.status)) {
            QVERIFY(text.isEmpty());
            continue;
        }
        const qint64 secs = now.secsTo(c.deadline);
        const int days = m_calendar.remainingDays(now, c.deadline, c.deadlineWorkingDays);
        QString want;
        if (secs >= 0 && (secs < 86400 || days <= 0))
            want = u"剩 %1 小时"_s.arg(std::max<qint64>(1, (secs + 3599) / 3600));
        else if (secs >= 0)
            want = c.deadlineWorkingDays ? u"剩 %1 个工作日"_s.arg(days) : u"剩 %1 天"_s.arg(days);
        else if (-secs < 86400)
            want = u"超期 %1 小时"_s.arg(std::max<qint64>(1, (-secs + 3599) / 3600));
        else
            want = c.deadlineWorkingDays ? u"超期 %1 个工作日"_s.arg(-days) : u"超期 %1 天"_s.arg(-days);
        QCOMPARE(text, want);
        ++checked;
    }
    QVERIFY(checked > 20);
    // Both kinds of limit occur.
    bool working = false, natural = false;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QString text = model()->index(row, BoardModel::RemainingColumn).data().toString();
        working = working || text.contains(u"工作日"_s);
        natural = natural || (text.contains(u"天"_s) && !text.contains(u"工作日"_s));
    }
    QVERIFY(working && natural);
}

void TestBoard::otherClientsChangesArriveLive()
{
    resetBoard();
    QTableView *table = page()->table();
    QTRY_VERIFY(table->isVisible());
    // The user has scrolled down and selected a case that waits for dispatch.
    table->verticalScrollBar()->setValue(20);
    QVERIFY(table->verticalScrollBar()->value() > 0);
    int row = -1;
    for (int r = 25; r < model()->rowCount() && row < 0; ++r)
        if (model()->caseAt(r).status == CaseStatus::Registered)
            row = r;
    QVERIFY(row >= 0);
    const CaseListRow chosen = model()->caseAt(row);
    table->selectionModel()->setCurrentIndex(model()->index(row, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->verticalScrollBar()->setValue(20);
    const qint64 topCase = table->indexAt(QPoint(1, 1)).data(BoardModel::CaseIdRole).toLongLong();
    const qint64 dispatchedBefore = page()->stageStrip()->count(CaseStatus::Dispatched);
    const qint64 reportedBefore = page()->stageStrip()->count(CaseStatus::Reported);

    // Another client, on its own connection: a new case, and the chosen one dispatched.
    const auto other = m_testDb->connectAgain();
    CaseService service(*other, m_clock, m_calendar);
    CaseRecord draft;
    draft.title = u"另一终端刚登记的案件"_s;
    draft.categoryId = m_town.neighbourDispute.id;
    draft.orgUnitId = m_town.grid2.id;
    const CaseRecord fresh = service.report(draft, m_town.actor(m_town.reception));
    ActionInput dispatch;
    dispatch.departmentId = m_town.judicial.id;
    service.apply(chosen.id, chosen.version, CaseAction::Dispatch, dispatch, m_town.actor(m_town.duty));

    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(fresh.id) >= 0, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(model()->caseAt(model()->rowOf(chosen.id)).status, CaseStatus::Dispatched,
                              2000);
    QCOMPARE(model()->rowOf(fresh.id), 0); // newest first
    // The selection stayed on the same case, and the same case is still at the top of the view.
    QCOMPARE(page()->selectedCaseId(), chosen.id);
    QCOMPARE(table->indexAt(QPoint(1, 1)).data(BoardModel::CaseIdRole).toLongLong(), topCase);
    QTRY_COMPARE(page()->stageStrip()->count(CaseStatus::Dispatched), dispatchedBefore + 1);
    QTRY_COMPARE(page()->stageStrip()->count(CaseStatus::Reported), reportedBefore + 1);
    reloadAll();
}

void TestBoard::savedFilterRoundTrip()
{
    resetBoard();
    BoardFilter wanted;
    wanted.risk = RiskColor::Yellow;
    wanted.statuses = {CaseStatus::Dispatched, CaseStatus::InProgress};
    wanted.orgUnitId = m_town.village1.id;
    wanted.text = u"噪音"_s;
    wanted.sort = CaseQuery::Sort::DeadlineAsc;
    wanted.receivedFrom = QDate(2026, 1, 1);
    page()->setFilter(wanted);
    QCOMPARE(page()->filter(), wanted);
    QVERIFY(page()->saveFilterAs(u"上溪村黄色在办"_s));
    QVERIFY(!page()->saveFilterAs(u"已超期"_s)); // a built-in's name
    auto *combo = page()->findChild<QComboBox *>(u"savedFilterComboBox"_s);
    QCOMPARE(combo->currentText(), u"上溪村黄色在办"_s);

    // Stored per account, as JSON.
    const QString stored = SettingsRepository(*m_db).value(SavedFilterStore::settingsKey(m_town.duty.id));
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    QCOMPARE(array.size(), 1);
    QCOMPARE(array.at(0).toObject().value(u"name"_s).toString(), u"上溪村黄色在办"_s);
    QVERIFY(SavedFilterStore(*m_db, m_town.leader).userFilters().isEmpty());

    resetBoard();
    QCOMPARE(combo->currentIndex(), 0);
    const int index = combo->findText(u"上溪村黄色在办"_s);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    QCOMPARE(page()->filter(), wanted);
    QCOMPARE(page()->findChild<QLineEdit *>(u"boardSearchLineEdit"_s)->text(), u"噪音"_s);
    QCOMPARE(page()->findChild<QComboBox *>(u"riskFilterComboBox"_s)->currentData().toInt(),
             int(RiskColor::Yellow));
    QCOMPARE(page()->filterPanel()->orgTree()->currentIndex().data().toString(), m_town.village1.name);

    // Another session of the same account sees it; deleting removes it.
    const AppContext context{*m_db, m_clock, m_calendar, m_town.duty}; // the page keeps a reference
    BoardPage again(context);
    QVERIFY(again.applySavedFilter(u"上溪村黄色在办"_s));
    QCOMPARE(again.filter(), wanted);
    page()->removeSavedFilter(u"上溪村黄色在办"_s);
    QCOMPARE(combo->findText(u"上溪村黄色在办"_s), -1);

    // The built-ins.
    QVERIFY(page()->applySavedFilter(u"已超期"_s));
    QCOMPARE(page()->filter().warning, std::optional<WarningLevel>(WarningLevel::Overdue));
    QVERIFY(page()->applySavedFilter(u"督办件"_s));
    QVERIFY(page()->filter().supervisedOnly);
    QVERIFY(page()->applySavedFilter(u"我的待办"_s));
    QCOMPARE(page()->filter().statuses, QList<CaseStatus>({CaseStatus::Reported, CaseStatus::Registered,
                                                           CaseStatus::Feedback, CaseStatus::Verified}));
    const QList<SavedFilter> handlerBuiltIns = SavedFilterStore::builtIns(m_town.handler);
    QCOMPARE(handlerBuiltIns.constFirst().filter.departmentId, m_town.judicial.id);
    QCOMPARE(handlerBuiltIns.constFirst().filter.statuses,
             QList<CaseStatus>({CaseStatus::Dispatched, CaseStatus::InProgress}));
}

void TestBoard::printsToPdf()
{
    resetBoard();
    QTest::mouseClick(page()->stageStrip()->tile(CaseStatus::Dispatched), Qt::LeftButton);
    fetchAll(model());
    QVERIFY(model()->rowCount() > 0);
    const QString caseNo = model()->caseAt(0).caseNo;
    const QString path = m_dir.filePath(u"board.pdf"_s);
    QVERIFY(page()->exportPdf(path));
    QVERIFY(QFileInfo(path).size() > 1000);
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(20000));
    // Noto CJK maps a few glyphs to radicals (页 comes out as ⻚): compare the compatibility form and
    // leave such characters out of the checks.
    const QString text =
        QString::fromUtf8(pdftotext.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const auto has = [&](const QString &piece) {
        return text.contains(piece.normalized(QString::NormalizationForm_KC));
    };
    QVERIFY2(has(caseNo), qPrintable(text.left(400)));
    QVERIFY2(has(u"调度台案件清单"_s), qPrintable(text.left(400)));
    QVERIFY2(has(u"状态：已派遣"_s), qPrintable(text.left(400)));
    QVERIFY2(QRegularExpression(u"第 1 .,共 \\d+ ."_s).match(text).hasMatch(), qPrintable(text.right(200)));
    QVERIFY(has(u"打印时间：%1"_s.arg(m_clock.now().toString(u"yyyy-MM-dd HH:mm"_s))));
    // The audit chain's head at the foot of each page (pdftotext may split the hash's digits).
    QVERIFY2(QRegularExpression(u"审计链 #\\d+ · [0-9a-f]"_s).match(text).hasMatch(),
             qPrintable(text.right(300)));
}

void TestBoard::printPreviewOpens()
{
    resetBoard();
    // The preview is modal: look at it and close it from inside its event loop (the rows are read
    // first, in the background, behind a progress dialog when that takes a while).
    QString seen;
    int pages = 0;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != u"boardPrintPreviewDialog"_s)
            return;
        poll.stop();
        seen = dialog->objectName();
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            pages = preview->pageCount();
        dialog->close();
    });
    poll.start();
    m_window->findChild<QAction *>(u"printBoardAction"_s)->trigger();
    QCOMPARE(seen, u"boardPrintPreviewDialog"_s);
    QVERIFY(pages >= 1);
}

void TestBoard::activatingARowOpensTheCase()
{
    resetBoard();
    QTableView *table = page()->table();
    const qint64 id = model()->caseAt(2).id;
    const QRect cell = table->visualRect(model()->index(2, BoardModel::TitleColumn));
    // A widget's double click arrives after the press and release of the first click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    CaseViewDialog *view = nullptr;
    QTRY_VERIFY((view = page()->findChild<CaseViewDialog *>()) != nullptr);
    QCOMPARE(view->caseId(), id);
    view->close();
    QTRY_VERIFY(!page()->findChild<CaseViewDialog *>());

    table->setFocus();
    table->selectionModel()->setCurrentIndex(model()->index(3, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY((view = page()->findChild<CaseViewDialog *>()) != nullptr);
    QCOMPARE(view->caseId(), model()->caseAt(3).id);
    view->close();
}

void TestBoard::screenshotWithDemoData()
{
    // Demo data in a database of its own (a SQLite file, whatever the backend of the suite).
    Database demo(u"sqlite://"_s + m_dir.filePath(u"demo.db"_s));
    demo.migrate();
    CalendarRepository(demo).seedFromBundled();
    DemoOptions options;
    options.cases = 2000;
    options.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
    QCOMPARE(DemoDataGenerator(demo, options).run(), qint64(2000));
    const auto duty = UserRepository(demo).byLogin(u"duty1"_s);
    QVERIFY(duty);
    FixedClock clock(options.now);
    MainWindow window(AppContext{demo, clock, CalendarRepository(demo).load(), *duty});
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *board = window.findChild<BoardPage *>();
    QVERIFY(board);
    QVERIFY(board->model()->rowCount() > 0);
    board->selectCase(board->model()->caseAt(1).id);
    QTest::qWait(100);
    VERIFY_SCREENSHOT(&window, u"zongzhi-board"_s);
    // Every column fits beside the filter panel at this size: the title is not squeezed.
    QHeaderView *header = board->table()->horizontalHeader();
    QCOMPARE(header->sectionViewportPosition(BoardModel::RemainingColumn) +
                 header->sectionSize(BoardModel::RemainingColumn),
             board->table()->viewport()->width());
    QVERIFY(header->sectionSize(BoardModel::TitleColumn) >=
            10 * board->table()->fontMetrics().horizontalAdvance(QChar(0x4e00)));
    // The whole scope on paper: many pages, each with the header row and its number.
    QVERIFY(board->exportPdf(test::outputPath(u"zongzhi-board-all.pdf"_s)));
    QTest::mouseClick(board->stageStrip()->tile(WarningLevel::Overdue), Qt::LeftButton);
    QTest::qWait(50);
    VERIFY_SCREENSHOT(&window, u"zongzhi-board-overdue"_s);
    QVERIFY(board->exportPdf(test::outputPath(u"zongzhi-board.pdf"_s)));
}

// A deadline past the holiday calendar (it ends with 2026) is marked in both deadline columns and
// the board says which year is missing, by the rule the intake form warns with.
void TestBoard::provisionalDeadlinesAreMarked()
{
    resetBoard();
    fetchAll(model());
    QVERIFY(m_window->findChild<QLabel *>(u"calendarNoteLabel"_s)->isHidden());
    int row = -1;
    for (int r = 0; r < model()->rowCount() && row < 0; ++r) {
        const CaseListRow &c = model()->caseAt(r);
        if (isOpen(c.status) && c.deadlineWorkingDays && c.deadline.isValid())
            row = r;
    }
    QVERIFY(row >= 0);
    const CaseListRow c = model()->caseAt(row);
    const QDateTime provisional(QDate(2027, 1, 8), QTime(23, 59, 59));
    const auto setDeadline = [&](const QDateTime &deadline) {
        Query(*m_db, u"UPDATE cases SET deadline_at = ? WHERE id = ?"_s).bindTime(deadline).bind(c.id).exec();
        page()->refresh();
        fetchAll(model());
        return model()->rowOf(c.id);
    };
    row = setDeadline(provisional);
    QVERIFY(row >= 0);
    const QString note = u"2027 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s;
    QCOMPARE(model()->index(row, BoardModel::DeadlineColumn).data().toString(), u"2027-01-08（暂定）"_s);
    QVERIFY(model()->index(row, BoardModel::RemainingColumn).data().toString().endsWith(u"（暂定）"_s));
    QVERIFY(model()->index(row, BoardModel::RemainingColumn).data(Qt::ToolTipRole).toString().contains(note));
    QVERIFY(model()->isProvisional(model()->caseAt(row)));
    QVERIFY(m_calendar.isProvisional(provisional, true));
    auto *label = m_window->findChild<QLabel *>(u"calendarNoteLabel"_s);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), note);

    row = setDeadline(c.deadline);
    QVERIFY(!model()->index(row, BoardModel::DeadlineColumn).data().toString().contains(u"暂定"_s));
    QTRY_VERIFY(label->isHidden());
}

void TestBoard::showsNoPersonalData()
{
    // A reporter with an ID number and a phone: the board lists the case but never those.
    const QString id = u"33068119850505123"_s + Validators::residentIdCheckChar(u"33068119850505123"_s);
    const QString phone = u"13957112345"_s;
    CaseRecord c;
    c.title = u"隔壁装修噪音扰民"_s;
    c.categoryId = m_town.neighbourDispute.id;
    c.orgUnitId = m_town.grid1.id;
    CaseParty reporter;
    reporter.name = u"欧阳娜娜"_s;
    reporter.residentId = id;
    reporter.phone = phone;
    c.parties = {reporter};
    const CaseRecord saved = CaseService(*m_db, m_clock, m_calendar).report(c, m_town.actor(m_town.duty));
    resetBoard();
    page()->refresh();
    BoardModel *m = model();
    QTRY_VERIFY(shownIds(m).contains(saved.id));
    for (int r = 0; r < m->rowCount(); ++r) {
        for (int col = 0; col < m->columnCount(); ++col) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = m->index(r, col).data(role).toString();
                QVERIFY2(!text.contains(id) && !text.contains(phone) && !text.contains(u"欧阳娜娜"_s),
                         qPrintable(text));
            }
        }
    }
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
