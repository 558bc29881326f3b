// zongzhi-bench-board-pdf: how long the window's thread stalls while the board's printed list of
// 5,000 rows becomes a PDF or a print preview. A timer on the window's thread ticks every 2 ms; the
// longest gap between ticks during each operation is its stall. Compared: the list painted on the
// window's thread (BoardPrinter::exportPdf called there, as before) and BoardPage::exportPdf (rows read,
// document built, laid out and painted in other threads), and the print preview.
// Usage: zongzhi-bench-board-pdf [--cases N] [--no-after] [--no-preview] [--preview-only] (SQLite in a
// temporary folder; ZONGZHI_TEST_BACKEND and ZONGZHI_TEST_PG_URL pick PostgreSQL as the test suites do).
#include "AuditLog.h"
#include "BoardCases.h"
#include "CaseRepository.h"
#include "Database.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "dispatch/BoardCatalog.h"
#include "dispatch/BoardFilter.h"
#include "dispatch/BoardModel.h"
#include "dispatch/BoardPage.h"
#include "dispatch/BoardPrinter.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

// The longest time the window's thread went without turning its event loop.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_total.start();
        m_timer.start();
    }
    // {longest stall, total} in ms; the time since the last tick counts too.
    std::pair<qint64, qint64> stop()
    {
        m_longest = std::max(m_longest, m_sinceTick.elapsed());
        m_timer.stop();
        return {m_longest, m_total.elapsed()};
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_total;
    qint64 m_longest = 0;
};

void report(const char *what, std::pair<qint64, qint64> figures)
{
    std::printf("%-58s stall %6lld ms   total %6lld ms\n", what, figures.first, figures.second);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    Localization::applyChineseFont();
    int cases = 5000;
    const QStringList args = app.arguments();
    if (const auto i = args.indexOf(u"--cases"_s); i >= 0 && i + 1 < args.size())
        cases = args.at(i + 1).toInt();

    test::TestDatabase testDb;
    std::unique_ptr<Database> db = testDb.fresh();
    const test::TestTown town = test::TestTown::create(*db);
    CalendarRepository(*db).seedFromBundled();
    const WorkCalendar calendar = CalendarRepository(*db).load();
    FixedClock clock(QDateTime(QDate(2025, 3, 3), QTime(9, 0)));
    QElapsedTimer seed;
    seed.start();
    test::makeBoardCases(*db, town, clock, calendar, cases);
    std::printf("%s, %d cases made in %lld ms\n", qPrintable(testDb.backendName()), cases, seed.elapsed());

    User duty = town.duty;
    duty.orgUnitId = town.county.id;
    const AppContext context{*db, clock, calendar, duty};
    BoardPage page(context);
    page.resize(1300, 800);
    page.show();
    while (page.countsPending())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QTemporaryDir dir;
    StallMeter meter;

    const bool previewOnly = args.contains(u"--preview-only"_s);
    if (!previewOnly && !args.contains(u"--no-after"_s)) {
        // After: the whole export as the user starts it (rows read, then the PDF made in a thread).
        meter.start();
        const bool written = page.exportPdf(dir.filePath(u"after.pdf"_s));
        report("BoardPage::exportPdf (rows + PDF off the window's thread)", meter.stop());
        std::printf("  written: %s\n", written ? "yes" : "no");
    }

    if (!previewOnly) {
        // Before: the same 5,000 rows (read into a model of their own: the board's window shrinks back to
        // what is visible after a print) laid out and painted on the window's thread, each stage timed.
        const BoardCatalog catalog = BoardCatalog::load(*db, town.county.id);
        BoardModel rows(*db, catalog, calendar);
        rows.setNow(clock.now());
        CaseQuery all;
        all.orgUnitId = town.county.id;
        rows.setQuery(all);
        while (rows.rowCount() < BoardPage::printLimit && rows.canFetchMore({}))
            rows.fetchMore({});
        meter.start();
        const BoardPrinter list(rows, u"指挥调度台案件清单"_s, u"全部案件"_s, clock.now(), rows.rowCount(),
                                AuditLog(*db, clock).headMark());
        report("  BoardPrinter snapshot of the rows (window's thread, after too)", meter.stop());
        QElapsedTimer stage;
        qint64 stages[3] = {0, 0, 0};
        int last = 0;
        const BoardPrinter::Progress timing = [&](BoardPrinter::Stage s, int, int) {
            stages[last] += stage.restart();
            last = int(s);
            return true;
        };
        meter.start();
        stage.start();
        list.exportPdf(dir.filePath(u"before.pdf"_s), timing);
        stages[last] += stage.elapsed();
        report("BoardPrinter::exportPdf on the window's thread (before)", meter.stop());
        std::printf("  rows %d: building %lld ms, laying out %lld ms, painting %lld ms\n", rows.rowCount(),
                    stages[0], stages[1], stages[2]);
    }

    if (args.contains(u"--no-preview"_s))
        return 0;
    // Printing the 5,000 rows (longer than the preview's limit: the print dialog, then this), off the
    // window's thread, to a PDF printer here.
    if (!previewOnly) {
        meter.start();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
        BoardPrinter::setUpPage(printer);
        const bool printed = page.printList(printer);
        report("BoardPage::printList (5,000 rows read and printed off the thread)", meter.stop());
        std::printf("  printed: %s\n", printed ? "yes" : "no");
    }

    // The print preview of a list within previewLimit (the closed cases of one grid): built off the
    // thread, laid out and painted by the preview.
    BoardFilter closed;
    closed.statuses = {CaseStatus::Closed};
    closed.orgUnitId = town.grid1.id;
    page.setFilter(closed);
    while (page.countsPending())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    meter.start();
    QTimer closer;
    closer.setInterval(20);
    int previewRows = 0;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *dialog = page.findChild<QPrintPreviewDialog *>(); dialog && dialog->isVisible()) {
            previewRows = page.model()->rowCount();
            dialog->reject();
        }
    });
    closer.start();
    page.printPreview();
    closer.stop();
    report("BoardPage::printPreview (open and close)", meter.stop());
    std::printf("  rows previewed: %d\n", previewRows);
    return 0;
}
