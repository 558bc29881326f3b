// A petition imported from a township's ledger (issue 11) as staff see it in the petition dialog, on both
// engines: the ledger's number in the header, the clocks under the 2005 or 2022 rules met on the ledger's
// dates, the flow dated by the ledger and noted as taken from it, the reply and opinions the ledger
// mentions as documents with its dates and no invented text; a lapsed 复查 window and a ledger correction;
// screenshots in zh_CN and en.
#include "Error.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "petition/PetitionBoardModel.h"
#include "petition/PetitionBoardPage.h"
#include "petition/PetitionDialog.h"
#include "shell/AppContext.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestPetitionLedgerGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0))};
    WorkCalendar m_calendar;

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

    void importedPetitionInTheDialog()
    {
        try {
            Actor officer = m_town.actor(m_town.duty);
            officer.roles = Roles(Role::DutyOfficer) | Role::Leader;
            const QList<QStringList> rows{
                {u"信访编号"_s, u"登记日期"_s, u"信访人"_s, u"诉求"_s, u"问题发生地"_s, u"状态"_s,
                 u"受理日期"_s, u"处理意见"_s, u"办理结果"_s, u"答复日期"_s, u"送达日期"_s, u"送达方式"_s,
                 u"复查申请日期"_s, u"复查意见日期"_s, u"复查送达日期"_s},
                {u"义信〔2021〕37号"_s, u"2021-09-06 10:20"_s, u"陈阿福"_s, u"要求解决宅基地边界纠纷"_s,
                 u"上溪村"_s, u"复查已送达"_s, u"2021-09-08"_s, u"不予支持"_s, u"经现场勘测，维持原界址"_s,
                 u"2021-10-29"_s, u"2021-11-02"_s, u"邮寄送达"_s, u"2021-11-20"_s, u"2021-12-15"_s,
                 u"2021-12-18"_s},
            };
            auto importer = ImportKinds::create(u"petitions"_s, *m_db, m_clock, officer);
            ImportRunner runner(*m_db, *importer);
            const MemorySource source = MemorySource::fromTexts(rows);
            const ImportSummary s = runner.run(source, runner.detect(source), {});
            QVERIFY2(s.inserted == 1,
                     qPrintable(s.failure + (s.rejects.isEmpty() ? QString() : s.rejects[0].reason)));
            const qint64 id = Query(*m_db, u"SELECT id FROM petitions"_s).scalar().toLongLong();

            User user = m_town.duty;
            user.roles = officer.roles;
            const AppContext context{*m_db, m_clock, m_calendar, user};
            for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
                QTranslator translator;
                if (language == u"en"_s) {
                    QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                    QCoreApplication::installTranslator(&translator);
                }
                {
                    PetitionDialog dialog(context, id);
                    dialog.resize(1100, 720);
                    dialog.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                    auto *header = dialog.findChild<QLabel *>(u"headerLabel"_s);
                    QVERIFY(header && header->text().contains(u"义信〔2021〕37号"_s));
                    auto *tabs = dialog.findChild<QTabWidget *>(u"petitionTabs"_s);
                    QVERIFY(tabs);

                    // The flow: every step on the ledger's date, noted as taken from the ledger.
                    auto *flow = dialog.findChild<QTreeWidget *>(u"flowTree"_s);
                    QVERIFY(flow);
                    QCOMPARE(flow->topLevelItemCount(), 7);
                    QStringList days;
                    for (int i = 0; i < flow->topLevelItemCount(); ++i)
                        days << flow->topLevelItem(i)->text(0).left(10);
                    const QStringList expected{u"2021-09-06"_s, u"2021-09-08"_s, u"2021-10-29"_s,
                                               u"2021-11-02"_s, u"2021-11-20"_s, u"2021-12-15"_s,
                                               u"2021-12-18"_s};
                    for (const QString &day : expected)
                        QVERIFY2(days.join(u' ').contains(day) ||
                                     days.join(u' ').contains(
                                         QDate::fromString(day, Qt::ISODate).toString(u"yyyy/M/d"_s)),
                                 qPrintable(days.join(u' ')));
                    tabs->setCurrentWidget(flow);
                    VERIFY_SCREENSHOT(&dialog,
                                      u"petition-ledger-flow-%1-%2"_s.arg(language, m_testDb->backendName()),
                                      QSize(800, 500));

                    // Clocks under the 2005 regulation (received before 1 May 2022).
                    auto *clocks = dialog.findChild<QTableWidget *>(u"clocksTable"_s);
                    QVERIFY(clocks && clocks->rowCount() >= 4);
                    tabs->setCurrentWidget(clocks);
                    VERIFY_SCREENSHOT(
                        &dialog, u"petition-ledger-clocks-%1-%2"_s.arg(language, m_testDb->backendName()),
                        QSize(800, 500));

                    // The reply and the 复查意见 as the ledger mentions them.
                    auto *docs = dialog.findChild<QTableWidget *>(u"documentsTable"_s);
                    QVERIFY(docs);
                    QCOMPARE(docs->rowCount(), 2);
                    tabs->setCurrentIndex(tabs->indexOf(docs->parentWidget()) >= 0
                                              ? tabs->indexOf(docs->parentWidget())
                                              : tabs->count() - 2);
                    VERIFY_SCREENSHOT(
                        &dialog, u"petition-ledger-documents-%1-%2"_s.arg(language, m_testDb->backendName()),
                        QSize(800, 500));
                }
                if (language == u"en"_s)
                    QCoreApplication::removeTranslator(&translator);
            }
            QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM petition_clocks WHERE rule_set = 'national-2005'"_s)
                         .scalar()
                         .toInt(),
                     Query(*m_db, u"SELECT COUNT(*) FROM petition_clocks"_s).scalar().toInt());
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A row left at 已送达 long ago, imported and then re-imported with a corrected 诉求: the dialog shows
    // the 复查申请 window as 期满未申请 (not overdue) and the correction in the flow as 据台账更正 with the
    // columns it changed; screenshots in zh_CN and en.
    void correctedAndLapsedInTheDialog()
    {
        try {
            Actor officer = m_town.actor(m_town.duty);
            officer.roles = Roles(Role::DutyOfficer) | Role::Leader;
            QList<QStringList> rows{
                {u"信访编号"_s, u"登记日期"_s, u"信访人"_s, u"联系电话"_s, u"诉求"_s, u"问题发生地"_s,
                 u"状态"_s, u"受理日期"_s, u"处理意见"_s, u"办理结果"_s, u"答复日期"_s, u"送达日期"_s,
                 u"送达方式"_s},
                {u"义信〔2024〕12号"_s, u"2024-03-01 09:30"_s, u"王秀英"_s, u"13912345678"_s,
                 u"要求修复村道"_s, u"上溪村"_s, u"已送达"_s, u"2024-03-04"_s, u"予以支持"_s,
                 u"已列入年度修路计划"_s, u"2024-04-10"_s, u"2024-04-12"_s, u"直接送达"_s},
            };
            const auto import = [&] {
                auto importer = ImportKinds::create(u"petitions"_s, *m_db, m_clock, officer);
                ImportRunner runner(*m_db, *importer);
                const MemorySource source = MemorySource::fromTexts(rows);
                return runner.run(source, runner.detect(source), {});
            };
            const ImportSummary a = import();
            QVERIFY2(a.inserted == 1,
                     qPrintable(a.failure + (a.rejects.isEmpty() ? QString() : a.rejects[0].reason)));
            rows[1][4] = u"要求修复村道及两侧排水沟"_s;
            rows[1][3] = u"13987654321"_s;
            const ImportSummary b = import();
            QVERIFY2(b.updated == 1 && b.updates.size() == 1,
                     qPrintable(b.failure + (b.rejects.isEmpty() ? QString() : b.rejects[0].reason)));
            const qint64 id = Query(*m_db, u"SELECT id FROM petitions"_s).scalar().toLongLong();

            User user = m_town.duty;
            user.roles = officer.roles;
            const AppContext context{*m_db, m_clock, m_calendar, user};
            for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
                QTranslator translator;
                if (language == u"en"_s) {
                    QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                    QCoreApplication::installTranslator(&translator);
                }
                {
                    PetitionDialog dialog(context, id);
                    dialog.resize(1100, 720);
                    dialog.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                    auto *tabs = dialog.findChild<QTabWidget *>(u"petitionTabs"_s);
                    QVERIFY(tabs);
                    auto *flow = dialog.findChild<QTreeWidget *>(u"flowTree"_s);
                    QVERIFY(flow && flow->topLevelItemCount() == 5);
                    QTreeWidgetItem *last = flow->topLevelItem(4);
                    QCOMPARE(last->text(1), PetitionDialog::tr("据台账更正"));
                    QVERIFY2(last->text(4).contains(u"诉求"_s) || last->text(4).contains(u"Request"_s),
                             qPrintable(last->text(4)));
                    tabs->setCurrentWidget(flow);
                    VERIFY_SCREENSHOT(
                        &dialog,
                        u"petition-ledger-corrected-flow-%1-%2"_s.arg(language, m_testDb->backendName()),
                        QSize(800, 500));
                    auto *clocks = dialog.findChild<QTableWidget *>(u"clocksTable"_s);
                    QVERIFY(clocks);
                    bool stopped = false;
                    for (int r = 0; r < clocks->rowCount(); ++r)
                        if (clocks->item(r, 0)->text() == label(ClockKind::ReviewRequest))
                            stopped = clocks->item(r, 6)->text() == PetitionDialog::tr("期满未申请");
                    QVERIFY(stopped);
                    tabs->setCurrentWidget(clocks);
                    VERIFY_SCREENSHOT(
                        &dialog,
                        u"petition-ledger-lapsed-clocks-%1-%2"_s.arg(language, m_testDb->backendName()),
                        QSize(800, 500));
                }
                if (language == u"en"_s)
                    QCoreApplication::removeTranslator(&translator);
            }
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // Two townships keep the same ledger number: a county account looking it up on the 信访台账 sees both,
    // a township account its own; screenshots in zh_CN and en.
    void sameNumberInTwoTownshipsOnTheBoard()
    {
        try {
            const Actor county{m_town.leader.id, u"县领导"_s, Roles(Role::DutyOfficer) | Role::Leader,
                               m_town.county.id, 0};
            const QList<QStringList> rows{
                {u"信访编号"_s, u"登记日期"_s, u"信访人"_s, u"诉求"_s, u"问题发生地"_s},
                {u"2024-001"_s, u"2024-03-01"_s, u"王秀英"_s, u"要求修复村道"_s, u"上溪村"_s},
                {u"2024-001"_s, u"2024-02-20"_s, u"李建国"_s, u"反映噪声扰民"_s, u"南苑社区"_s},
                {u"2024-002"_s, u"2024-03-05"_s, u"赵小红"_s, u"要求调解邻里纠纷"_s, u"上溪村"_s},
            };
            auto importer = ImportKinds::create(u"petitions"_s, *m_db, m_clock, county);
            ImportRunner runner(*m_db, *importer);
            const MemorySource source = MemorySource::fromTexts(rows);
            const ImportSummary s = runner.run(source, runner.detect(source), {});
            QVERIFY2(s.inserted == 3,
                     qPrintable(s.failure + (s.rejects.isEmpty() ? QString() : s.rejects[0].reason)));

            User countyUser = m_town.leader;
            countyUser.roles = county.roles;
            countyUser.orgUnitId = m_town.county.id;
            User townshipUser = m_town.duty;
            townshipUser.roles = Roles(Role::DutyOfficer) | Role::Leader;
            for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
                QTranslator translator;
                if (language == u"en"_s) {
                    QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                    QCoreApplication::installTranslator(&translator);
                }
                {
                    const AppContext context{*m_db, m_clock, m_calendar, countyUser};
                    PetitionBoardPage board(context);
                    board.resize(1000, 500);
                    board.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&board));
                    QCOMPARE(board.model()->rowCount(), 3);
                    auto *number = board.findChild<QLineEdit *>(u"petitionNumberLineEdit"_s);
                    QVERIFY(number);
                    QTest::keyClicks(number, u"2024-001"_s);
                    QTest::keyClick(number, Qt::Key_Return);
                    QTRY_COMPARE(board.model()->rowCount(), 2);
                    QStringList petitioners;
                    for (int r = 0; r < 2; ++r)
                        petitioners << board.model()
                                           ->index(r, PetitionBoardModel::PetitionerColumn)
                                           .data()
                                           .toString();
                    petitioners.sort();
                    QCOMPARE(petitioners, (QStringList{u"李建国"_s, u"王秀英"_s}));
                    // Each number's tooltip says where it lies.
                    QStringList places;
                    for (int r = 0; r < 2; ++r)
                        places << board.model()
                                      ->index(r, PetitionBoardModel::NumberColumn)
                                      .data(Qt::ToolTipRole)
                                      .toString();
                    places.sort();
                    QVERIFY2(places[0].contains(u"城南街道"_s) && places[1].contains(u"青石镇"_s),
                             qPrintable(places.join(u" | "_s)));
                    VERIFY_SCREENSHOT(
                        &board,
                        u"petition-board-number-county-%1-%2"_s.arg(language, m_testDb->backendName()),
                        QSize(800, 300));
                    number->clear();
                    QTRY_COMPARE(board.model()->rowCount(), 3);
                }
                {
                    const AppContext context{*m_db, m_clock, m_calendar, townshipUser};
                    PetitionBoardPage board(context);
                    auto *number = board.findChild<QLineEdit *>(u"petitionNumberLineEdit"_s);
                    QTest::keyClicks(number, u"2024-001"_s);
                    QTest::keyClick(number, Qt::Key_Return);
                    QTRY_COMPARE(board.model()->rowCount(), 1);
                    QCOMPARE(board.model()->index(0, PetitionBoardModel::PetitionerColumn).data().toString(),
                             u"王秀英"_s);
                }
                if (language == u"en"_s)
                    QCoreApplication::removeTranslator(&translator);
            }
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }
};

QTEST_MAIN(TestPetitionLedgerGui)
#include "tst_petition_ledger_gui.moc"
