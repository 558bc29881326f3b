// 12345 work orders through the import wizard (issue 11) on SQLite and PostgreSQL, as a township
// leader: an export whose headers are another year's words (12345工单编号, 来电日期, 联系电话, 工单内容,
// 一级业务分类 …) mapped by alias, the preview with the hotline's words, an unknown status marked, the
// run with good rows only and the summary naming the rejected row and the order flagged for its caller's
// open case; the kinds each role is offered; every page rendered in zh_CN and en.
#include "CaseService.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "exchange/ImportWizard.h"
#include "shell/AppContext.h"

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

class TestImportHotlineGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0))};
    WorkCalendar m_calendar;
    QTemporaryDir m_dir;

    qint64 count(const QString &sql) { return Query(*m_db, sql).scalar().toLongLong(); }

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
            CalendarRepository(*m_db).seedFromBundled();
            m_calendar = CalendarRepository(*m_db).load();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    // The wizard offers a kind only to the roles that may import it: 12345 orders to the counter, the
    // duty desk and leaders; a historical ledger to admins and leaders.
    void kindsOfferedByRole()
    {
        const auto offered = [&](const User &user) {
            ImportWizard wizard(AppContext{*m_db, m_clock, m_calendar, user});
            QStringList ids;
            const auto *list = wizard.findChild<QListWidget *>(u"importKindList"_s);
            for (int i = 0; list && i < list->count(); ++i)
                ids << list->item(i)->data(Qt::UserRole).toString();
            return ids;
        };
        for (const User *u : {&m_town.reception, &m_town.duty}) {
            QVERIFY(offered(*u).contains(u"hotline-orders"_s));
            QVERIFY(!offered(*u).contains(u"cases"_s));
        }
        QVERIFY(offered(m_town.admin).contains(u"cases"_s));
        QVERIFY(!offered(m_town.admin).contains(u"hotline-orders"_s));
        QVERIFY(offered(m_town.leader).contains(u"cases"_s));
        QVERIFY(offered(m_town.leader).contains(u"hotline-orders"_s));
        QVERIFY(!offered(m_town.handler).contains(u"cases"_s));
        QVERIFY(!offered(m_town.handler).contains(u"hotline-orders"_s));
    }

    void lastYearsExportInBothLanguages()
    {
        // 陈六 already has an open case on the same matter: his order is flagged in the summary.
        CaseRecord open;
        open.title = u"楼上漏水"_s;
        open.categoryId = m_town.neighbourDispute.id;
        open.orgUnitId = m_town.village1.id;
        CaseParty caller;
        caller.name = u"陈六"_s;
        caller.phone = u"13811112222"_s;
        open.parties = {caller};
        const CaseRecord existing =
            CaseService(*m_db, m_clock, m_calendar).report(open, m_town.actor(m_town.reception));
        QFile csv(m_dir.filePath(u"12345工单.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(
            u"12345工单编号,来电日期,来电人姓名,联系电话,工单内容,一级业务分类,二级业务分类,所属村社,"
            u"办理状态,"
            "处理结果,回访满意度,办结日期\n"
            "GD2024001,2024/11/4 9:15,陈六,13811112222,楼上漏水至今未修,矛盾纠纷,邻里纠纷,上溪村,转办,,,\n"
            "GD2024002,2024年11月5日,李七,0579-85551234,工资拖欠三个月,劳动保障,拖欠工资,东湖社区,已回访,"
            "解决,"
            "非常满意,2024-11-08\n"
            "GD2024003,2024-11-06,赵八,13900002222,路灯不亮,城乡建设,,东湖社区,挂起,,,\n"_s.toUtf8());
        csv.close();
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            const QString shot = u"import-hotline-%1-"_s + language + u"-"_s + m_testDb->backendName();
            ImportWizard wizard(AppContext{*m_db, m_clock, m_calendar, m_town.leader});
            wizard.resize(900, 640);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.setFile(csv.fileName());
            wizard.next();
            auto *list = wizard.findChild<QListWidget *>(u"importKindList"_s);
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == u"hotline-orders"_s)
                    list->setCurrentRow(i);
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"kind"_s));
            wizard.next();
            QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
            QCOMPARE(wizard.findChild<QComboBox *>(u"mapping_order_no"_s)->currentData().toInt(), 0);
            QCOMPARE(wizard.findChild<QComboBox *>(u"mapping_caller_phone"_s)->currentData().toInt(), 3);
            QCOMPARE(wizard.findChild<QComboBox *>(u"mapping_category1"_s)->currentData().toInt(), 5);
            QCOMPARE(wizard.findChild<QComboBox *>(u"mapping_satisfaction"_s)->currentData().toInt(), 10);
            auto *preview = wizard.findChild<QTableWidget *>(u"previewTable"_s);
            QCOMPARE(preview->rowCount(), 3);
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"mapping"_s), QSize(600, 400));
            wizard.next();
            wizard.findChild<QRadioButton *>(u"validOnlyRadio"_s)->setChecked(true);
            wizard.next();
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 30000);
            QCOMPARE(wizard.summary().inserted + wizard.summary().unchanged, 2);
            QCOMPARE(wizard.summary().rejectedRows, 1);
            auto *rejects = wizard.findChild<QTableWidget *>(u"rejectsTable"_s);
            // Row 4's unknown status, named; nothing else said about it.
            QCOMPARE(rejects->rowCount(), 1);
            QCOMPARE(rejects->item(0, 0)->text(), u"4"_s);
            QVERIFY(rejects->item(0, 3)->text().contains(u"挂起"_s));
            if (language == u"zh_CN"_s) {
                // The flagged order: its row, number, the caller masked and the case it matched.
                QCOMPARE(wizard.summary().flags.size(), 1);
                auto *flags = wizard.findChild<QTableWidget *>(u"flagsTable"_s);
                QVERIFY(flags->isVisible());
                QCOMPARE(flags->rowCount(), 1);
                QCOMPARE(flags->item(0, 0)->text(), u"2"_s);
                QCOMPARE(flags->item(0, 1)->text(), u"GD2024001"_s);
                QVERIFY(!flags->item(0, 3)->text().contains(u"13811112222"_s));
                QVERIFY(flags->item(0, 3)->text().contains(Masking::phone(u"13811112222"_s)));
                QCOMPARE(flags->item(0, 4)->text(), existing.caseNo);
                QVERIFY(wizard.findChild<QLabel *>(u"flagsLabel"_s)->text().contains(u"1"_s));
                QVERIFY(wizard.findChild<QPushButton *>(u"saveRejectsButton"_s)->isVisible());
            }
            VERIFY_SCREENSHOT(&wizard, shot.arg(u"summary"_s));
            QCoreApplication::removeTranslator(&translator);
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM hotline_orders"_s), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cases WHERE source = 'hotline12345' AND status = 'closed'"_s),
                 1);
    }
};

QTEST_MAIN(TestImportHotlineGui)
#include "tst_import_hotline_gui.moc"
