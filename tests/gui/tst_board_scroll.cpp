// The dispatch board over thousands of cases on SQLite and PostgreSQL (ZONGZHI_TEST_BACKEND): Ctrl+End
// and the scroll bar reach the last case at once, the model keeps a bounded window while scrolling
// either way, a live refresh reads only the visible rows again, and counts arrive from the
// background ("计数中…") without a stale count ever overwriting a newer one.
#include "CaseRepository.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "dispatch/BoardCounter.h"
#include "dispatch/BoardModel.h"
#include "dispatch/BoardPage.h"
#include "dispatch/BoardPrinter.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

constexpr qint64 caseCount = 6000; // more than BoardModel::windowRows

// Holds the counting thread after its first statement until released: a count then stays
// "running" while the test asks for another one.
class HoldCounting : public Query::Observer
{
public:
    void executed(const Database &, const QString &sql, const QVariantList &) override
    {
        if (QThread::currentThread() == qApp->thread() || !sql.contains(u"COUNT"_s))
            return;
        if (held.fetchAndStoreOrdered(1) == 0) {
            reached.release();
            release.acquire();
        }
    }
    QAtomicInt held;
    QSemaphore reached;
    QSemaphore release;
};

} // namespace

class TestBoardScroll : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ctrlEndReachesTheLastCase();
    void draggingTheScrollBarToTheBottomReachesTheLastCase();
    void theWindowStaysBounded();
    void refreshReadsOnlyTheVisibleRows();
    void countsArriveFromTheBackground();
    void aStaleCountNeverOverwritesANewerOne();
    void printingManyRowsShowsProgressAndCanBeCancelled();
    void thePdfIsMadeOffTheWindowsThread();
    void aLongListIsPrintedWithoutPreview();

private:
    QList<qint64> firstIds(int n, bool fromEnd) const;
    QLabel *countLabel() const { return m_page->findChild<QLabel *>(u"boardCountLabel"_s); }
    void reset();

    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 18), QTime(15, 30))};
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<BoardPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_total = 0;
    QTemporaryDir m_dir;
};

void TestBoardScroll::initTestCase()
{
    Localization::applyChineseFont();
    m_testDb = std::make_unique<test::TestDatabase>();
    qInfo() << "backend:" << m_testDb->backendName();
    m_db = m_testDb->fresh();
    DemoOptions options;
    options.cases = caseCount;
    options.now = m_clock.now();
    QCOMPARE(DemoDataGenerator(*m_db, options).run(), caseCount);
    // A county-wide duty officer, on the owner's connection.
    User user = *UserRepository(*m_db).byLogin(u"duty1"_s);
    for (const OrgUnit &unit : OrgUnitRepository(*m_db).all())
        if (unit.parentId == 0)
            user.orgUnitId = unit.id;
    user.roles = Roles(Role::DutyOfficer) | Role::Leader;
    m_context = std::make_unique<AppContext>(AppContext{*m_db, m_clock, WorkCalendar::bundled(), user});
    m_page = std::make_unique<BoardPage>(*m_context);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseQuery all;
    all.viewerUserId = user.id;
    m_total = CaseRepository(*m_db).count(all);
    QVERIFY(m_total > BoardModel::windowRows);
}

void TestBoardScroll::cleanupTestCase()
{
    Query::setObserver(nullptr);
    m_tester.reset();
    m_page.reset();
    m_db.reset();
    m_testDb.reset();
}

QList<qint64> TestBoardScroll::firstIds(int n, bool fromEnd) const
{
    // The board's order (newest first) straight from SQL, independent of the keyset code.
    Query q(*m_db, fromEnd ? u"SELECT id FROM cases ORDER BY received_at ASC, id ASC LIMIT ?"_s
                           : u"SELECT id FROM cases ORDER BY received_at DESC, id DESC LIMIT ?"_s);
    q.bind(n).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.int64(0));
    if (fromEnd)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

void TestBoardScroll::reset()
{
    QTest::qWait(100); // a live refresh still due happens now, not in the middle of the test
    m_page->setFilter(BoardFilter{});
    QTRY_VERIFY(!m_page->countsPending());
    QCOMPARE(m_page->model()->rowCount(), BoardModel::pageSize);
}

void TestBoardScroll::ctrlEndReachesTheLastCase()
{
    reset();
    BoardModel *model = m_page->model();
    QSignalSpy reads(model, &BoardModel::rowsRead);
    m_page->table()->setFocus();
    QTest::keyClick(m_page->table(), Qt::Key_End, Qt::ControlModifier);
    // One read of one page, from the other end.
    QCOMPARE(reads.size(), 1);
    QCOMPARE(model->rowCount(), BoardModel::pageSize);
    QVERIFY(model->hasBefore());
    QVERIFY(!model->hasMore());
    QList<qint64> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.append(model->caseAt(row).id);
    QCOMPARE(shown, firstIds(BoardModel::pageSize, true));
    QCOMPARE(m_page->selectedCaseId(), shown.constLast());
    QScrollBar *bar = m_page->table()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(countLabel()->text(), u"共 %1 件"_s.arg(QLocale().toString(m_total)));

    // Scrolling up from the end reads the page before.
    bar->setValue(bar->minimum());
    QCOMPARE(model->rowCount(), 2 * BoardModel::pageSize);
    QCOMPARE(model->caseAt(model->rowCount() - 1).id, shown.constLast());
    QVERIFY(bar->value() > bar->minimum()); // the rows in sight stayed in sight

    // Ctrl+Home goes back to the first case.
    QTest::keyClick(m_page->table(), Qt::Key_Home, Qt::ControlModifier);
    QVERIFY(!model->hasBefore());
    QCOMPARE(model->caseAt(0).id, firstIds(1, false).constFirst());
    QCOMPARE(m_page->selectedCaseId(), model->caseAt(0).id);
}

void TestBoardScroll::draggingTheScrollBarToTheBottomReachesTheLastCase()
{
    reset();
    BoardModel *model = m_page->model();
    QScrollBar *bar = m_page->table()->verticalScrollBar();
    bar->setSliderDown(true);
    bar->setValue(bar->maximum()); // no page is read while the thumb is held
    QCOMPARE(model->rowCount(), BoardModel::pageSize);
    bar->setSliderDown(false);
    QCOMPARE(model->caseAt(model->rowCount() - 1).id, firstIds(1, true).constFirst());
    QCOMPARE(bar->value(), bar->maximum());
}

void TestBoardScroll::theWindowStaysBounded()
{
    reset();
    BoardModel *model = m_page->model();
    QScrollBar *bar = m_page->table()->verticalScrollBar();
    const int pages = BoardModel::windowRows / BoardModel::pageSize + 3;
    for (int i = 0; i < pages && model->hasMore(); ++i) {
        bar->setValue(bar->maximum());
        m_page->table()->doItemsLayout(); // the range follows the rows (no live refresh in between)
    }
    QVERIFY(model->rowCount() <= BoardModel::windowRows);
    QVERIFY(model->hasBefore());
    // The rows kept are the latest pages, in order, and the view still shows rows near the bottom.
    const QList<qint64> all = firstIds((pages + 2) * BoardModel::pageSize, false);
    const qsizetype at = all.indexOf(model->caseAt(0).id);
    QVERIFY(at > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->caseAt(row).id, all.at(at + row));
    QVERIFY(m_page->table()->rowAt(m_page->table()->viewport()->height() - 1) > model->rowCount() / 2);

    // Back up to the top: the dropped pages are read again, the window stays bounded.
    for (int i = 0; i < pages && model->hasBefore(); ++i) {
        bar->setValue(bar->minimum());
        m_page->table()->doItemsLayout();
    }
    QVERIFY(!model->hasBefore());
    QVERIFY(model->rowCount() <= BoardModel::windowRows);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->caseAt(row).id, all.at(row));
}

void TestBoardScroll::refreshReadsOnlyTheVisibleRows()
{
    reset();
    BoardModel *model = m_page->model();
    QTableView *table = m_page->table();
    QScrollBar *bar = table->verticalScrollBar();
    for (int i = 0; i < 5; ++i) {
        bar->setValue(bar->maximum());
        m_page->table()->doItemsLayout(); // the range follows the rows (no live refresh in between)
    }
    QVERIFY(model->rowCount() >= 5 * BoardModel::pageSize);
    table->scrollTo(model->index(3 * BoardModel::pageSize, 0), QAbstractItemView::PositionAtTop);
    const qint64 top = table->indexAt(QPoint(1, 1)).data(BoardModel::CaseIdRole).toLongLong();
    const int visible = table->rowAt(table->viewport()->height() - 1) - table->rowAt(0) + 1;

    QSignalSpy reads(model, &BoardModel::rowsRead);
    m_page->refresh();
    int read = 0;
    for (const QList<QVariant> &signal : std::as_const(reads))
        read += signal.at(0).toInt();
    QVERIFY2(read <= qMax(BoardModel::pageSize, visible + 2 * BoardModel::refreshMargin) + 1,
             qPrintable(u"%1 rows read again"_s.arg(read)));
    // The same case stays at the top, and scrolling on continues the list.
    QCOMPARE(table->indexAt(QPoint(1, 1)).data(BoardModel::CaseIdRole).toLongLong(), top);
    const QList<qint64> all = firstIds(8 * BoardModel::pageSize, false);
    const qsizetype at = all.indexOf(model->caseAt(0).id);
    QVERIFY(at > 0);
    bar->setValue(bar->maximum());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->caseAt(row).id, all.at(at + row));
}

void TestBoardScroll::countsArriveFromTheBackground()
{
    reset();
    HoldCounting hold;
    Query::setObserver(&hold);
    BoardFilter filter;
    filter.statuses = {CaseStatus::Dispatched};
    m_page->setFilter(filter);
    // The list is there at once; the count is read in the background.
    QCOMPARE(m_page->model()->query().statuses, filter.statuses);
    QVERIFY(hold.reached.tryAcquire(1, 10000));
    QVERIFY(m_page->countsPending());
    QCOMPARE(countLabel()->text(), u"计数中…"_s);
    hold.release.release();
    QTRY_VERIFY(!m_page->countsPending());
    Query::setObserver(nullptr);
    CaseQuery query = m_page->model()->query();
    QCOMPARE(countLabel()->text(), u"共 %1 件"_s.arg(QLocale().toString(CaseRepository(*m_db).count(query))));
}

void TestBoardScroll::aStaleCountNeverOverwritesANewerOne()
{
    reset();
    HoldCounting hold;
    Query::setObserver(&hold);
    QSignalSpy totals(m_page->counter(), &BoardCounter::totalReady);
    QSignalSpy shown(m_page.get(), &BoardPage::countsShown);
    BoardFilter older;
    older.statuses = {CaseStatus::Dispatched};
    m_page->setFilter(older);
    QVERIFY(hold.reached.tryAcquire(1, 10000)); // the older count ran and is held before its result
    BoardFilter newer;
    newer.statuses = {CaseStatus::Closed};
    m_page->setFilter(newer);
    QCOMPARE(countLabel()->text(), u"计数中…"_s);
    hold.release.release();
    QTRY_VERIFY(!m_page->countsPending());
    QTest::qWait(200); // the older result had every chance to arrive
    Query::setObserver(nullptr);
    const qint64 want = CaseRepository(*m_db).count(m_page->model()->query());
    // Only the newer filter's count was ever delivered (a live refresh meanwhile may count it again).
    QVERIFY(!totals.isEmpty());
    for (const QList<QVariant> &total : std::as_const(totals))
        QCOMPARE(total.at(0).toLongLong(), want);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(countLabel()->text(), u"共 %1 件"_s.arg(QLocale().toString(want)));
}

// The rows of a printed list are read off the window's thread, page by page, with a progress dialog
// that can stop it: a cancelled export writes nothing and leaves the board as it was.
void TestBoardScroll::printingManyRowsShowsProgressAndCanBeCancelled()
{
    reset();
    QVERIFY(m_dir.isValid());
    m_page->setPrintProgressDelay(std::chrono::milliseconds(0));
    const QString path = m_dir.filePath(u"board.pdf"_s);
    QList<int> read;
    bool shown = false;
    int value = 0;
    int maximum = 0;
    qsizetype cancelAt = 3;
    auto connection = connect(m_page.get(), &BoardPage::printRowsRead, this, [&](int rows) {
        read.append(rows);
        auto *progress = m_page->findChild<QProgressDialog *>(u"boardPrintProgress"_s);
        if (!progress)
            return;
        shown = shown || progress->isVisible();
        value = progress->value();
        maximum = progress->maximum();
        if (read.size() == cancelAt)
            progress->findChild<QPushButton *>()->click(); // 取消
    });
    QVERIFY(!m_page->exportPdf(path));
    QCOMPARE(read, QList<int>({200, 400, 600}));
    QVERIFY(shown);
    QCOMPARE(value, 600);
    QCOMPARE(maximum, BoardPage::printLimit);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_page->model()->rowCount(), BoardModel::pageSize);
    QVERIFY(!m_page->findChild<QProgressDialog *>(u"boardPrintProgress"_s));

    // Not cancelled: every page, then the file (of the closed cases: a smaller document to lay out).
    BoardFilter closed;
    closed.statuses = {CaseStatus::Closed};
    m_page->setFilter(closed);
    QTRY_VERIFY(!m_page->countsPending());
    CaseQuery query = m_page->model()->query();
    const qint64 total = CaseRepository(*m_db).count(query);
    QVERIFY(total > 2 * BoardModel::pageSize && total < BoardPage::printLimit);
    read.clear();
    cancelAt = 0;
    QVERIFY(m_page->exportPdf(path));
    disconnect(connection);
    QCOMPARE(read.size(), int(total / BoardModel::pageSize) + 1);
    QCOMPARE(read.constLast(), int(total));
    QCOMPARE(value, int(total));
    QCOMPARE(maximum, int(total));
    QCOMPARE(m_page->model()->rowCount(), int(total));
    QVERIFY(!m_page->model()->hasMore());
    QVERIFY(QFileInfo(path).size() > 1000);
    m_page->setPrintProgressDelay(std::chrono::milliseconds(500));
}

// The document of the printed list is built, laid out and painted in another thread: the window's
// thread keeps turning (its timer fires while the PDF is made), the progress dialog names rows and
// pages, 取消 stops it and leaves no file; not cancelled, the PDF has every page.
void TestBoardScroll::thePdfIsMadeOffTheWindowsThread()
{
    reset();
    QVERIFY(m_dir.isValid());
    m_page->setPrintProgressDelay(std::chrono::milliseconds(0));
    const QString path = m_dir.filePath(u"board-job.pdf"_s);
    QFile::remove(path);

    QList<int> stages;
    QString label;
    bool cancel = true;
    auto connection = connect(m_page.get(), &BoardPage::printProgressed, this, [&](int stage, int done, int) {
        stages.append(stage);
        auto *progress = m_page->findChild<QProgressDialog *>(u"boardPdfProgress"_s);
        if (!progress)
            return;
        label = progress->labelText();
        if (cancel && stage == int(BoardPrinter::Stage::Building) && done >= 1000)
            progress->findChild<QPushButton *>()->click(); // 取消
    });
    QVERIFY(!m_page->exportPdf(path));
    QVERIFY(!stages.isEmpty());
    QVERIFY2(label.contains(u"正在整理第"_s), qPrintable(label));
    QVERIFY(!stages.contains(int(BoardPrinter::Stage::Painting)));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!m_page->findChild<QProgressDialog *>(u"boardPdfProgress"_s));

    // Not cancelled (the closed cases, a shorter list): the window's thread turns while the pages
    // are made.
    BoardFilter closed;
    closed.statuses = {CaseStatus::Closed};
    m_page->setFilter(closed);
    QTRY_VERIFY(!m_page->countsPending());
    cancel = false;
    stages.clear();
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start();
    QVERIFY(m_page->exportPdf(path));
    ticker.stop();
    disconnect(connection);
    QVERIFY(stages.contains(int(BoardPrinter::Stage::Painting)));
    QVERIFY2(ticks > 10, qPrintable(QString::number(ticks)));
    QVERIFY(QFileInfo(path).size() > 10000);
    if (!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()) {
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY(info.waitForFinished(20000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(text);
        QVERIFY2(match.hasMatch() && match.captured(1).toInt() > 10, qPrintable(text));
    }
    m_page->setPrintProgressDelay(std::chrono::milliseconds(500));
}

// More rows than a preview can lay out quickly on the window's thread: 打印列表 opens the print
// dialog instead of the preview; printing then runs off the window's thread like the PDF.
void TestBoardScroll::aLongListIsPrintedWithoutPreview()
{
    reset();
    QVERIFY(m_dir.isValid());
    QString seen;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() == u"boardPrintProgress"_s)
            return;
        poll.stop();
        seen = dialog->objectName();
        dialog->close();
    });
    poll.start();
    m_page->printPreview();
    poll.stop();
    QCOMPARE(seen, u"boardPrintDialog"_s);
    QVERIFY(m_page->model()->rowCount() > BoardPage::previewLimit);

    BoardFilter closed;
    closed.statuses = {CaseStatus::Closed};
    m_page->setFilter(closed);
    QTRY_VERIFY(!m_page->countsPending());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(u"printed.pdf"_s);
    printer.setOutputFileName(path);
    BoardPrinter::setUpPage(printer);
    QVERIFY(m_page->printList(printer));
    QVERIFY(QFileInfo(path).size() > 10000);
}

QTEST_MAIN(TestBoardScroll)
#include "tst_board_scroll.moc"
