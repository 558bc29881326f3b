// 导入 (issue 11) driven through its widgets on SQLite and PostgreSQL: a CSV of departments with the
// county's own headers (aliases) and one bad row — file, kind, the mapping table and the preview with
// the bad cell marked, good-rows-only, the run on its thread, the summary with the rejected row and the
// rejects report read back; a cancelled run stores nothing; the template from the kind page; 导入… on
// the 基础数据 pages; every page rendered in zh_CN and en.
#include "Error.h"
#include "ImportProfileRepository.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "basedata/BaseDataModule.h"
#include "exchange/ImportWizard.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestImportGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    WorkCalendar m_calendar;
    QTemporaryDir m_dir;

    AppContext context() { return AppContext{*m_db, m_clock, m_calendar, m_town.admin}; }

    qint64 count(const QString &sql) { return Query(*m_db, sql).scalar().toLongLong(); }

    QString writeCsv(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return f.fileName();
    }

    static void selectKind(ImportWizard &wizard, const QString &id)
    {
        auto *list = wizard.findChild<QListWidget *>(u"importKindList"_s);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == id)
                list->setCurrentRow(i);
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
        try {
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            m_calendar = CalendarRepository(*m_db).load();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    void departmentsThroughTheWizardInBothLanguages()
    {
        // The county's list: its own words for the columns, a title line, row 5 with a bad phone.
        const QString path = writeCsv(u"部门名单.csv"_s, u"2026年部门名单\n"
                                                         "所属单位代码,名称,类型,办公电话\n"
                                                         "330681001,综合执法队,职能部门,0570-6221234\n"
                                                         "330681001,人社窗口,进驻部门,\n"
                                                         "330681001,退役军人服务站,职能部门,12345\n"_s);
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            const QString shot = u"import-%1-"_s + language + u"-"_s + m_testDb->backendName();
            const qint64 before = count(u"SELECT COUNT(*) FROM departments"_s);
            ImportWizard wizard(context());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.setFile(path);
            QCOMPARE(wizard.findChild<QComboBox *>(u"sheetCombo"_s)->count(), 1);
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"file"_s));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::KindPage));
            selectKind(wizard, u"departments"_s);
            QVERIFY(!wizard.findChild<QLabel *>(u"kindDescriptionLabel"_s)->text().isEmpty());
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"kind"_s));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));

            // Mapped by alias below the title line; the bad phone marked in the preview.
            QCOMPARE(wizard.mapping().headerRow, 2);
            QCOMPARE(wizard.findChild<QComboBox *>(u"mapping_unit"_s)->currentData().toInt(), 0);
            QCOMPARE(wizard.findChild<QComboBox *>(u"mapping_phone"_s)->currentData().toInt(), 3);
            auto *preview = wizard.findChild<QTableWidget *>(u"previewTable"_s);
            QCOMPARE(preview->rowCount(), 3);
            QCOMPARE(preview->verticalHeaderItem(2)->text(), u"5"_s);
            QVERIFY(!preview->item(2, 3)->toolTip().isEmpty());
            QCOMPARE(preview->item(1, 2)->text(),
                     language == u"en"_s ? preview->item(1, 2)->text() : u"进驻部门"_s);
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"mapping"_s), QSize(600, 400));

            // The mapping saved as a profile of the account's unit, offered next time.
            wizard.saveProfile(u"县部门名单"_s + language);
            QVERIFY(
                wizard.findChild<QComboBox *>(u"profileCombo"_s)->currentText().startsWith(u"县部门名单"_s));
            QVERIFY(ImportProfileRepository(*m_db, m_clock, m_town.actor(m_town.admin))
                        .find(u"departments"_s, u"县部门名单"_s + language));

            // Unmapping a required column blocks Next until it is chosen again.
            auto *unit = wizard.findChild<QComboBox *>(u"mapping_unit"_s);
            unit->setCurrentIndex(0);
            QVERIFY(!wizard.currentPage()->isComplete());
            unit->setCurrentIndex(unit->findData(0));
            QVERIFY(wizard.currentPage()->isComplete());

            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::ModePage));
            wizard.findChild<QRadioButton *>(u"validOnlyRadio"_s)->setChecked(true);
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"mode"_s));
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 30000);
            QCOMPARE(wizard.summary().inserted + wizard.summary().unchanged, 2);
            QCOMPARE(wizard.summary().rejectedRows, 1);
            auto *rejects = wizard.findChild<QTableWidget *>(u"rejectsTable"_s);
            QCOMPARE(rejects->rowCount(), 1);
            QCOMPARE(rejects->item(0, 0)->text(), u"5"_s);
            QVERIFY(!wizard.findChild<QPushButton *>(u"saveRejectsButton"_s)->isHidden());
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"summary"_s));
            QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + wizard.summary().inserted);

            const QString report = m_dir.filePath(u"rejects-%1.xlsx"_s.arg(language));
            wizard.saveRejects(report);
            const RawSheet sheet = SheetReader::read(report);
            bool found = false;
            for (const CellRow &r : sheet.rows)
                found = found || (!r.isEmpty() && r.first().text == u"5"_s);
            QVERIFY(found);
            QCoreApplication::removeTranslator(&translator);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments WHERE name = '人社窗口'"_s), 1);
    }

    // A workers file with grid histories in the preview (issue 11): the 网格分配 cell as it will be read,
    // a worker who left, and a history whose spans overlap marked with its reason; zh_CN and en.
    void workersHistoryInThePreview()
    {
        const QString g1 = m_town.grid1.code;
        const QString g2 = m_town.grid2.code;
        const QString path = writeCsv(
            u"网格员.csv"_s,
            u"网格员编号,姓名,上岗日期,离岗日期,状态,网格代码,网格长,网格分配\n"_s +
                u"QS0501,冯历,2024-01-01,,启用,%2,是,%1 上溪村 / 上溪村第1网格 2024-01-01 至 2024-12-31；%2 "
                u"上溪村 / "
                "上溪村第2网格 2025-01-01 起（网格长）\n"_s.arg(g1, g2) +
                u"QS0502,赵离岗,2022-05-01,2025-12-31,停用,,否,%1 上溪村 / 上溪村第2网格 2022-05-01 至 2025-12-31\n"_s
                    .arg(g2) +
                u"QS0503,卫重叠,,,,,,%1 2024-01-01 至 2024-12-31；%2 2024-12-01 起\n"_s.arg(g1, g2));
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            ImportWizard wizard(context(), u"workers"_s);
            wizard.resize(1100, 640);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.setFile(path);
            wizard.next();
            selectKind(wizard, u"workers"_s);
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
            auto *preview = wizard.findChild<QTableWidget *>(u"previewTable"_s);
            QCOMPARE(preview->rowCount(), 3);
            int history = -1;
            for (int c = 0; c < preview->columnCount(); ++c)
                if (preview->horizontalHeaderItem(c)->text() == u"网格分配"_s)
                    history = c;
            QVERIFY(history >= 0);
            QVERIFY(
                preview->item(0, history)->text().contains(g2 + u" 上溪村 / 上溪村第2网格 2025-01-01 起"_s));
            QVERIFY(preview->item(0, history)->toolTip().isEmpty());
            QVERIFY(preview->item(1, history)->toolTip().isEmpty());
            const QString reason = preview->item(2, history)->toolTip();
            QVERIFY2(reason.contains(language == u"en"_s ? u"overlap"_s : u"重叠"_s), qPrintable(reason));
            preview->scrollToItem(preview->item(0, history));
            VERIFY_SCREENSHOT(&wizard,
                              u"import-workers-history-"_s + language + u"-"_s + m_testDb->backendName(),
                              QSize(600, 400));
            QCoreApplication::removeTranslator(&translator);
        }
    }

    void cancelStoresNothing()
    {
        QString text = u"单位代码,部门名称\n"_s;
        for (int i = 0; i < 3000; ++i)
            text += u"330681001,便民窗口%1\n"_s.arg(i, 4, 10, QChar(u'0'));
        const QString path = writeCsv(u"many.csv"_s, text);
        const qint64 before = count(u"SELECT COUNT(*) FROM departments"_s);
        ImportWizard wizard(context(), u"departments"_s);
        wizard.show();
        wizard.setFile(path);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::KindPage));
        wizard.next();
        wizard.next();
        wizard.next(); // starts the run
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        VERIFY_SCREENSHOT(&wizard, u"import-run-"_s + m_testDb->backendName());
        QTest::mouseClick(wizard.findChild<QPushButton *>(u"cancelImportButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 60000);
        QVERIFY(wizard.summary().cancelled);
        QVERIFY(!wizard.summary().committed);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before);
    }

    void templateAndTheBaseDataPages()
    {
        ImportWizard wizard(context(), u"workers"_s);
        const QString path = m_dir.filePath(u"template.xlsx"_s);
        wizard.saveTemplate(path);
        QCOMPARE(SheetReader::sheetNames(path).size(), 2);
        QCOMPARE(SheetReader::read(path).rows.first().first().text, u"网格员编号"_s);

        // A leader scores workers but does not manage base data: only the kinds he may import.
        ImportWizard leaderWizard(AppContext{*m_db, m_clock, m_calendar, m_town.leader});
        QStringList kinds;
        auto *list = leaderWizard.findChild<QListWidget *>(u"importKindList"_s);
        for (int i = 0; i < list->count(); ++i)
            kinds << list->item(i)->data(Qt::UserRole).toString();
        QVERIFY(kinds.contains(u"worker-activities"_s));
        QVERIFY(!kinds.contains(u"departments"_s));

        const AppContext c = context();
        BaseDataModule module(c);
        QWidget *widget = module.widget();
        QVERIFY(widget->findChild<QPushButton *>(u"baseDataImportButton"_s));
    }
};

QTEST_MAIN(TestImportGui)
#include "tst_import_gui.moc"
