// 网格员考评 driven through its widgets on SQLite and PostgreSQL: a township's month from facts (cases
// in the database, activities typed into the quick entry) to the computed draft, the drill-down from a
// total to its items to the case view, a bonus proposed by the admin and approved by the leader, an
// appeal answered, approval and lock, the printed table as a PDF whose Chinese text extracts as
// printed (pdftotext), unlocking with a reason, and the page rendered in zh_CN and en.
#include "AccountService.h"
#include "AssessmentService.h"
#include "CliCommands.h"
#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "assessment/ActivityEntryPanel.h"
#include "assessment/AdjustmentDialog.h"
#include "assessment/AssessmentPage.h"
#include "assessment/SchemeDialog.h"
#include "assessment/ScoreDetailDialog.h"
#include "assessment/ScoreTableModel.h"
#include "dispatch/CaseViewDialog.h"
#include "shell/Localization.h"
#include "shell/Module.h"
#include "shell/StandardModules.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const ScorePeriod october{2026, 10};

qint64 at(int month, int day, int hour = 10)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0)).toSecsSinceEpoch();
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Chinese text as an input method commits it (QTest::keyClicks knows Latin keys only).
void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QInputMethodEvent event;
        event.setCommitString(QString(ch));
        QCoreApplication::sendEvent(widget, &event);
    }
}

template <typename T> T *waitForDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor([&] {
        found = parent->findChild<T *>();
        return found && found->isVisible();
    });
    return found;
}

int rowOf(const ScoreTableModel *model, const QString &name)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->row(r)->name == name)
            return r;
    return -1;
}

} // namespace

class TestAssessmentGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 5), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    User m_townAdmin;
    qint64 m_zhang = 0, m_wang = 0;
    qint64 m_firstReport = 0;
    int m_seq = 0;
    QStringList m_logins;

    qint64 worker(const QString &name, qint64 grid)
    {
        const qint64 id = Query(*m_db, u"INSERT INTO workers (org_unit_id, name, code, in_post_date) "
                                       "VALUES (?, ?, ?, '2020-01-01') RETURNING id"_s)
                              .bind(grid)
                              .bind(name)
                              .bind(u"G%1"_s.arg(++m_seq, 3, 10, QChar(u'0')))
                              .scalar()
                              .toLongLong();
        Query(*m_db,
              u"INSERT INTO worker_grids (worker_id, grid_id, from_date) VALUES (?, ?, '2020-01-01')"_s)
            .bind(id)
            .bind(grid)
            .exec();
        return id;
    }

    qint64 gridReport(qint64 grid, int day)
    {
        ++m_seq;
        const qint64 id =
            Query(
                *m_db,
                u"INSERT INTO cases (case_no, township_id, year, seq, lookup_code, title, source, nature, "
                "org_unit_id, org_path, status, level_org_unit_id, received_at, updated_at) "
                "VALUES (?, ?, 2026, ?, '000000', '网格巡查发现问题', 'grid', 'report', ?, ?, 'registered', "
                "?, ?, ?) RETURNING id"_s)
                .bind(u"%1-2026-%2"_s.arg(m_town.township1.code).arg(m_seq, 6, 10, QChar(u'0')))
                .bind(m_town.township1.id)
                .bind(m_seq)
                .bind(grid)
                .bind(OrgUnitRepository(*m_db).path(grid))
                .bind(m_town.township1.id)
                .bind(at(10, day))
                .bind(at(10, day))
                .scalar()
                .toLongLong();
        for (const QString &action : {u"report"_s, u"register"_s})
            Query(*m_db, u"INSERT INTO case_flow (case_id, action, from_status, to_status, at) "
                         "VALUES (?, ?, 'reported', 'registered', ?)"_s)
                .bind(id)
                .bind(action)
                .bind(at(10, day))
                .exec();
        return id;
    }

    AppContext context(const User &u) { return AppContext{*m_db, m_clock, m_calendar, u}; }

    // Types one row into the quick entry and adds it.
    void enter(AssessmentPage &page, const QString &worker, ActivityKind kind, QDate day, double quantity,
               const QString &household = {}, bool attended = true)
    {
        auto *panel = page.findChild<ActivityEntryPanel *>();
        QVERIFY(panel);
        auto *workers = panel->findChild<QComboBox *>(u"activityWorkerComboBox"_s);
        for (int i = 0; i < workers->count(); ++i)
            if (workers->itemText(i).startsWith(worker))
                workers->setCurrentIndex(i);
        auto *kinds = panel->findChild<QComboBox *>(u"activityKindComboBox"_s);
        kinds->setCurrentIndex(kinds->findData(int(kind)));
        panel->findChild<QDateEdit *>(u"activityDateEdit"_s)->setDate(day);
        panel->findChild<QDoubleSpinBox *>(u"quantitySpinBox"_s)->setValue(quantity);
        auto *householdEdit = panel->findChild<QLineEdit *>(u"householdLineEdit"_s);
        householdEdit->clear();
        if (!household.isEmpty())
            typeText(householdEdit, household);
        panel->findChild<QCheckBox *>(u"attendedCheckBox"_s)->setChecked(attended);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"addActivityButton"_s), Qt::LeftButton);
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
            OrgUnitRepository units(*m_db);
            for (const auto &[grid, households] :
                 {std::pair{m_town.grid1.id, 120}, std::pair{m_town.grid2.id, 80}}) {
                Grid g = units.grid(grid).value_or(Grid{});
                g.orgUnitId = grid;
                g.households = households;
                units.saveGrid(g);
            }
            m_zhang = worker(u"张伟"_s, m_town.grid1.id);
            m_wang = worker(u"王强"_s, m_town.grid2.id);
            m_firstReport = gridReport(m_town.grid1.id, 3);
            for (int day : {5, 6, 9, 12, 15, 18, 20, 22, 25})
                gridReport(m_town.grid1.id, day);
            gridReport(m_town.grid2.id, 7);
            m_townAdmin.login = u"ag%1_admin"_s.arg(QCoreApplication::applicationPid() % 1000000);
            m_townAdmin.displayName = u"吴管理"_s;
            m_townAdmin.roles = Role::Admin;
            m_townAdmin.orgUnitId = m_town.township1.id;
            m_logins << m_townAdmin.login;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(m_townAdmin, u"Qingshi#2026"_s);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void cleanupTestCase()
    {
        if (m_testDb && m_testDb->isPostgres() && m_db)
            for (const QString &role : std::as_const(m_logins))
                try {
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
                } catch (const Error &) {
                }
    }

    void moduleForAdminsAndLeaders()
    {
        auto ids = [&](const User &u) {
            const AppContext c = context(u);
            QStringList out;
            for (const auto &m : createStandardModules(c))
                out << m->id();
            return out;
        };
        QVERIFY(ids(m_town.leader).contains(u"assessment"_s));
        QVERIFY(ids(m_townAdmin).contains(u"assessment"_s));
        QVERIFY(!ids(m_town.duty).contains(u"assessment"_s));
        QVERIFY(!ids(m_town.reception).contains(u"assessment"_s));
    }

    // From facts to a locked, printed table.
    void monthFromFactsToLockedPrintedTable()
    {
        const AppContext adminContext = context(m_townAdmin);
        AssessmentPage admin(adminContext);
        admin.resize(1280, 720);
        admin.show();
        admin.setPeriod(october);
        QCOMPARE(admin.findChild<QComboBox *>(u"townshipComboBox"_s)->currentText(), m_town.township1.name);
        QVERIFY(admin.findChild<QLabel *>(u"runStatusLabel"_s)->text().contains(u"尚未计算"_s));
        QVERIFY(!admin.findChild<QPushButton *>(u"approveButton"_s)->isVisible()); // admins do not approve

        // the quick entry: 张伟 visits 100 counted households and 2 named ones, patrols 12 h, records 6
        enter(admin, u"张伟"_s, ActivityKind::Visit, QDate(2026, 10, 8), 100);
        enter(admin, u"张伟"_s, ActivityKind::Visit, QDate(2026, 10, 9), 1, u"上溪村12号"_s);
        enter(admin, u"张伟"_s, ActivityKind::Visit, QDate(2026, 10, 9), 1, u"上溪村13号"_s);
        enter(admin, u"张伟"_s, ActivityKind::Patrol, QDate(2026, 10, 10), 12);
        enter(admin, u"张伟"_s, ActivityKind::BaseRecord, QDate(2026, 10, 11), 6);
        // 王强 misses a meeting
        enter(admin, u"王强"_s, ActivityKind::Meeting, QDate(2026, 10, 20), 1, {}, false);
        QVERIFY2(!admin.findChild<QLabel *>(u"errorLabel"_s)->isVisible(),
                 qPrintable(admin.findChild<QLabel *>(u"errorLabel"_s)->text()));
        auto *activities = admin.findChild<QTableWidget *>(u"activitiesTable"_s);
        QCOMPARE(activities->rowCount(), 1); // only 王强's rows: the worker last chosen
        QVERIFY(admin.findChild<QLabel *>(u"activitySumsLabel"_s)->text().contains(u"缺席会议 1 次"_s));

        QTest::mouseClick(admin.findChild<QPushButton *>(u"computeButton"_s), Qt::LeftButton);
        QVERIFY(admin.run());
        QCOMPARE(admin.run()->status, ScoreRunStatus::Draft);
        ScoreTableModel *model = admin.model();
        QCOMPARE(model->rowCount(), 2);
        // 张伟: 10 reports × 2 = 20; (100 + 2) / 120 = 0.85 × 15 = 12.75, 6 × 0.5 = 3, 12 h × 0.25 = 3
        // → 18.75;
        //       个人 20; total 58.75 不合格 → 2000 + 587.5 → 2588
        const int zhang = rowOf(model, u"张伟"_s);
        QVERIFY(zhang >= 0);
        QCOMPARE(model->row(zhang)->total, 58.75);
        QCOMPARE(model->index(zhang, model->totalColumn()).data().toString(), u"58.75"_s);
        QCOMPARE(model->index(zhang, model->stipendColumn()).data().toString(), QLocale().toString(2588));
        // 王强: 1 report → 2; coverage 0; 个人 18 → 20 不合格
        const int wang = rowOf(model, u"王强"_s);
        QCOMPARE(model->row(wang)->total, 20.0);
        QCOMPARE(model->index(wang, model->gradeColumn()).data().toString(), u"不合格"_s);

        // the admin proposes a bonus for 张伟; it counts once the leader approves it
        admin.findChild<QTabWidget *>(u"assessmentTabs"_s)->setCurrentIndex(2);
        QTest::mouseClick(admin.findChild<QPushButton *>(u"addAdjustmentButton"_s), Qt::LeftButton);
        auto *adjust = waitForDialog<AdjustmentDialog>(&admin);
        QVERIFY(adjust);
        auto *workerBox = adjust->findChild<QComboBox *>(u"workerComboBox"_s);
        workerBox->setCurrentIndex(workerBox->findData(m_zhang));
        adjust->findChild<QDoubleSpinBox *>(u"pointsSpinBox"_s)->setValue(5);
        typeText(adjust->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"台风期间连续值守"_s);
        QTest::mouseClick(adjust->findChild<QPushButton *>(u"submitAdjustmentButton"_s), Qt::LeftButton);
        QTRY_COMPARE(admin.findChild<QTableWidget *>(u"adjustmentsTable"_s)->rowCount(), 1);
        QCOMPARE(admin.findChild<QTableWidget *>(u"adjustmentsTable"_s)->item(0, 6)->text(), u"待审批"_s);

        // an appeal for 王强, filed by the admin
        admin.findChild<QTabWidget *>(u"assessmentTabs"_s)->setCurrentIndex(3);
        QTest::mouseClick(admin.findChild<QPushButton *>(u"fileAppealButton"_s), Qt::LeftButton);
        auto *appeal = waitForDialog<ReasonDialog>(&admin);
        QVERIFY(appeal);
        auto *appealWorker = appeal->findChild<QComboBox *>(u"workerComboBox"_s);
        appealWorker->setCurrentIndex(appealWorker->findData(m_wang));
        typeText(appeal->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"10月20日会议因公请假"_s);
        QTest::mouseClick(appeal->findChild<QPushButton *>(u"reasonOkButton"_s), Qt::LeftButton);
        QTRY_COMPARE(admin.findChild<QTableWidget *>(u"appealsTable"_s)->rowCount(), 1);

        // the leader: drill-down to the case, the bonus approved, the appeal answered, approve, lock
        const AppContext leaderContext = context(m_town.leader);
        AssessmentPage leader(leaderContext);
        leader.resize(1280, 720);
        leader.show();
        leader.setPeriod(october);
        QCOMPARE(leader.model()->rowCount(), 2);
        ScoreDetailDialog *detail = leader.openDetail(rowOf(leader.model(), u"张伟"_s));
        QVERIFY(detail);
        QTreeWidgetItem *reported = nullptr;
        for (QTreeWidgetItemIterator it(detail->tree()); *it; ++it)
            if ((*it)->text(0) == u"上报事件并立案"_s)
                reported = *it;
        QVERIFY(reported);
        QCOMPARE(reported->text(2), u"20"_s);
        QCOMPARE(reported->childCount(), 10);
        QVERIFY(reported->child(0)->text(0).contains(u"%1-2026-"_s.arg(m_town.township1.code)));
        QCOMPARE(detail->openSource(reported->child(0)), m_firstReport);
        auto *caseView = waitForDialog<CaseViewDialog>(detail);
        QVERIFY(caseView);
        caseView->close();
        detail->close();

        auto *adjustments = leader.findChild<QTableWidget *>(u"adjustmentsTable"_s);
        adjustments->selectRow(0);
        QVERIFY(leader.findChild<QPushButton *>(u"approveAdjustmentButton"_s)->isEnabled());
        QTest::mouseClick(leader.findChild<QPushButton *>(u"approveAdjustmentButton"_s), Qt::LeftButton);
        QCOMPARE(leader.model()->row(rowOf(leader.model(), u"张伟"_s))->total,
                 63.75); // recomputed with the bonus: 合格

        QTest::mouseClick(leader.findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QVERIFY(
            leader.findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"申诉"_s)); // the appeal is open
        QCOMPARE(leader.run()->status, ScoreRunStatus::Draft);
        auto *appeals = leader.findChild<QTableWidget *>(u"appealsTable"_s);
        appeals->selectRow(0);
        QTest::mouseClick(leader.findChild<QPushButton *>(u"answerAppealButton"_s), Qt::LeftButton);
        auto *answer = waitForDialog<ReasonDialog>(&leader);
        QVERIFY(answer);
        typeText(answer->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"请假未经批准，维持原评"_s);
        QTest::mouseClick(answer->findChild<QPushButton *>(u"reasonOkButton"_s), Qt::LeftButton);
        QTRY_COMPARE(leader.findChild<QTableWidget *>(u"appealsTable"_s)->item(0, 4)->text(), u"已答复"_s);

        QTest::mouseClick(leader.findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
        QCOMPARE(leader.run()->status, ScoreRunStatus::Approved);
        QTest::mouseClick(leader.findChild<QPushButton *>(u"lockButton"_s), Qt::LeftButton);
        QCOMPARE(leader.run()->status, ScoreRunStatus::Locked);
        QVERIFY(!leader.findChild<QPushButton *>(u"computeButton"_s)->isEnabled());
        QVERIFY(leader.findChild<QLabel *>(u"runStatusLabel"_s)->text().contains(u"已锁定"_s));
        admin.reload();
        QVERIFY(!admin.findChild<QPushButton *>(u"addActivityButton"_s)->isEnabled());

        // printed: the table as a PDF, its Chinese text as printed
        const QString pdf = test::outputPath(u"assessment-table-%1.pdf"_s.arg(m_testDb->backendName()));
        QVERIFY(leader.exportPdf(pdf));
        const QString text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QString flat = text;
        flat.remove(QRegularExpression(u"\\s+"_s));
        for (const QString &expected :
             {u"%1网格员2026年10月考评表"_s.arg(m_town.township1.name), u"网格运作成效(50)"_s,
              u"网格履职绩效(30)"_s, u"个人绩效(20)"_s, u"张伟"_s, u"王强"_s, u"63.75"_s, u"合格"_s,
              u"不合格"_s, u"已锁定"_s, u"制表人"_s, u"审核人"_s, u"分管领导"_s, u"第1页，共1页"_s})
            QVERIFY2(flat.contains(expected), qPrintable(expected + u" missing in: "_s + text));
        // and the worker's sheet with every item and its source
        ScoreDetailDialog *sheet = leader.openDetail(rowOf(leader.model(), u"张伟"_s));
        const QString sheetPdf = test::outputPath(u"assessment-sheet-%1.pdf"_s.arg(m_testDb->backendName()));
        QVERIFY(sheet->exportPdf(sheetPdf));
        QString sheetText = pdfText(sheetPdf);
        sheetText.remove(QRegularExpression(u"\\s+"_s));
        for (const QString &expected : {u"网格员考评明细表"_s, u"上报事件并立案"_s, u"台风期间连续值守"_s,
                                        u"%1-2026-000003"_s.arg(m_town.township1.code), u"上溪村12号"_s})
            QVERIFY2(sheetText.contains(expected), qPrintable(expected));
        sheet->close();

        // unlocked by the leader with a reason: a draft again
        QTest::mouseClick(leader.findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        auto *unlock = waitForDialog<ReasonDialog>(&leader);
        QVERIFY(unlock);
        typeText(unlock->findChild<QPlainTextEdit *>(u"reasonTextEdit"_s), u"补录漏报的走访记录"_s);
        QTest::mouseClick(unlock->findChild<QPushButton *>(u"reasonOkButton"_s), Qt::LeftButton);
        QTRY_COMPARE(leader.run()->status, ScoreRunStatus::Draft);
        QVERIFY(leader.findChild<QLabel *>(u"runStatusLabel"_s)->text().contains(u"补录漏报的走访记录"_s));
    }

    void twoFailedMonthsNotice()
    {
        const AppContext leaderContext = context(m_town.leader);
        AssessmentService service(*m_db, m_clock);
        service.compute(m_town.township1.id, ScorePeriod{2026, 9}, leaderContext.actor());
        service.compute(m_town.township1.id, october, leaderContext.actor());
        AssessmentPage page(leaderContext);
        page.setPeriod(october);
        auto *notice = page.findChild<QLabel *>(u"failNoticeLabel"_s);
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(u"王强"_s));
        QVERIFY(!notice->text().contains(u"张伟"_s)); // 不合格 in September only
    }

    // zongzhi-cli score: the JSON the issue names, the xlsx and the PDF of the month.
    void commandLine()
    {
        const QString json = test::outputPath(u"score-%1.json"_s.arg(m_testDb->backendName()));
        const QString xlsx = test::outputPath(u"score-%1.xlsx"_s.arg(m_testDb->backendName()));
        const QString pdf = test::outputPath(u"score-cli-%1.pdf"_s.arg(m_testDb->backendName()));
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = cli::run({u"score"_s, u"--db"_s, m_testDb->currentUrl(), u"--period"_s, u"2026-10"_s,
                                   u"--township"_s, m_town.township1.code, u"--json"_s, json, u"--xlsx"_s,
                                   xlsx, u"--pdf"_s, pdf},
                                  out, err);
        QVERIFY2(code == 0, qPrintable(errText));
        QVERIFY(outText.contains(u"张伟"_s));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rows.size(), 2);
        QJsonObject zhang;
        for (const QJsonValue &v : rows)
            if (v.toObject().value(u"worker"_s).toString() == u"张伟"_s)
                zhang = v.toObject();
        QCOMPARE(zhang.value(u"code"_s).toString(), u"G001"_s);
        QCOMPARE(zhang.value(u"total"_s).toDouble(), 63.75);
        QCOMPARE(zhang.value(u"bonus"_s).toDouble(), 5.0);
        QCOMPARE(zhang.value(u"grade"_s).toString(), u"合格"_s);
        QCOMPARE(zhang.value(u"stipend"_s).toInt(), 2638);
        QCOMPARE(zhang.value(u"sections"_s).toObject().value(u"网格运作成效"_s).toDouble(), 20.0);
        QCOMPARE(zhang.value(u"sections"_s).toObject().value(u"网格履职绩效"_s).toDouble(), 18.75);
        // the workbook: the names and the title in its shared strings
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, xlsx, u"xl/sharedStrings.xml"_s});
        if (unzip.waitForFinished(10000) && unzip.exitCode() == 0) {
            const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
            QVERIFY(strings.contains(u"%1网格员2026年10月考评表"_s.arg(m_town.township1.name)));
            QVERIFY(strings.contains(u"张伟"_s));
        }
        const QString text = pdfText(pdf);
        if (!text.isNull())
            QVERIFY(text.contains(u"张伟"_s));
        // bad arguments are told apart from failures
        QCOMPARE(
            cli::run({u"score"_s, u"--db"_s, m_testDb->currentUrl(), u"--period"_s, u"2026-13"_s}, out, err),
            2);
    }

    // 考评方案: the admin changes the numbers from December on; October keeps its scheme.
    void schemeEditedFromAMonthOn()
    {
        const AppContext adminContext = context(m_townAdmin);
        AssessmentPage page(adminContext);
        page.setPeriod(ScorePeriod{2026, 12});
        SchemeDialog *dialog = page.editScheme();
        QVERIFY(dialog);
        auto *items = dialog->findChild<QTableWidget *>(u"itemsTable"_s);
        int reported = -1;
        for (int r = 0; r < items->rowCount(); ++r)
            if (items->item(r, 1)->text() == u"上报事件并立案"_s)
                reported = r;
        QVERIFY(reported >= 0);
        items->item(reported, 4)->setText(u"3"_s);   // per unit
        items->item(reported, 7)->setText(u"abc"_s); // cap: not a number
        QVERIFY(!dialog->save());
        QVERIFY(dialog->findChild<QLabel *>(u"schemeErrorLabel"_s)->text().contains(u"上限"_s));
        items->item(reported, 7)->setText(u"24"_s);
        dialog->findChild<QDoubleSpinBox *>(u"baseStipendSpinBox"_s)->setValue(2200);
        QVERIFY(dialog->save());
        AssessmentService service(*m_db, m_clock);
        const ScoreScheme december = service.scheme(m_town.township1.id, ScorePeriod{2026, 12});
        QCOMPARE(december.item(u"reported"_s)->perUnit, 3.0);
        QCOMPARE(*december.item(u"reported"_s)->cap, 24.0);
        QCOMPARE(december.baseStipend, 2200.0);
        QCOMPARE(service.scheme(m_town.township1.id, ScorePeriod{2027, 1}).baseStipend, 2200.0);
        QCOMPARE(service.scheme(m_town.township1.id, october).baseStipend,
                 2000.0); // earlier months keep theirs
        dialog->close();
    }

    void screenshots()
    {
        const AppContext leaderContext = context(m_town.leader);
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                AssessmentPage page(leaderContext);
                page.resize(1280, 640);
                page.show();
                page.setPeriod(october);
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                VERIFY_SCREENSHOT(&page, u"assessment-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(900, 400));
                page.findChild<QTabWidget *>(u"assessmentTabs"_s)->setCurrentIndex(1);
                VERIFY_SCREENSHOT(&page, u"assessment-entry-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(900, 400));
                ScoreDetailDialog *detail = page.openDetail(0);
                QVERIFY(detail);
                QVERIFY(QTest::qWaitForWindowExposed(detail));
                VERIFY_SCREENSHOT(detail, u"assessment-detail-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(500, 400));
                detail->close();
                SchemeDialog *scheme = page.editScheme();
                QVERIFY(scheme);
                QVERIFY(QTest::qWaitForWindowExposed(scheme));
                VERIFY_SCREENSHOT(scheme, u"assessment-scheme-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(600, 400));
                scheme->close();
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestAssessmentGui)
#include "tst_assessment_gui.moc"
