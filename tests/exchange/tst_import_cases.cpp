// The case and 12345 kinds on the import framework (issue 11), on both engines: two years of hotline
// exports with different headers mapped by alias, the second updating the first year's orders without
// duplicates, the hotline's words in the loop, the cross-check listed, a ledger with a bad ID rejected
// with its row number (good rows only; all-or-nothing stores nothing), and a closed ledger case in the
// indicators of its month.
#include "CaseRepository.h"
#include "CaseService.h"
#include "Error.h"
#include "HotlineImporter.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "ImportWorkbooks.h"
#include "IndicatorQueries.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestImportCases : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0))};

    Actor duty() const { return m_town.actor(m_town.duty); }
    Actor leader() const { return m_town.actor(m_town.leader); }
    qint64 count(const QString &sql) { return Query(*m_db, sql).scalar().toLongLong(); }

    ImportSummary run(RowImporter &importer, const QList<QStringList> &rows, ImportMode mode)
    {
        ImportRunner runner(*m_db, importer);
        const MemorySource source = MemorySource::fromTexts(rows);
        const ImportMapping mapping = runner.detect(source);
        ImportOptions options;
        options.mode = mode;
        return runner.run(source, mapping, options);
    }

    QString validId(const QString &first17) { return first17 + Validators::residentIdCheckChar(first17); }

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
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    void kindsAreOffered()
    {
        QVERIFY(ImportKinds::ids().contains(u"cases"_s));
        QVERIFY(ImportKinds::ids().contains(u"hotline-orders"_s));
        // Who may import them: a ledger admins and leaders, 12345 orders the roles that register.
        QCOMPARE(ImportKinds::describe(u"cases"_s)->permission, Permission::ImportCaseLedger);
        QCOMPARE(ImportKinds::describe(u"hotline-orders"_s)->permission, Permission::ImportHotlineOrders);
        QVERIFY(!Permissions::allows(Role::DutyOfficer, Permission::ImportCaseLedger));
        QVERIFY(Permissions::allows(Role::Admin, Permission::ImportCaseLedger));
        QVERIFY(Permissions::allows(Role::Reception, Permission::ImportHotlineOrders));
        QVERIFY(!Permissions::allows(Role::Admin, Permission::ImportHotlineOrders));
    }

    // 2024's export calls the columns 12345工单编号, 来电日期, 联系电话 …; 2025's 工单编号, 来电时间,
    // 来电号码 …. The second file carries one order of the first with its progress: updated, never
    // duplicated.
    void hotlineExportsOfTwoYears()
    {
        try {
            CaseRecord open;
            open.title = u"楼上漏水"_s;
            open.categoryId = m_town.neighbourDispute.id;
            open.orgUnitId = m_town.village1.id;
            CaseParty p;
            p.name = u"陈六"_s;
            p.phone = u"13811112222"_s;
            open.parties = {p};
            const CaseRecord existing = CaseService(*m_db, m_clock, CalendarRepository(*m_db).load())
                                            .report(open, m_town.actor(m_town.reception));

            auto first = ImportKinds::create(u"hotline-orders"_s, *m_db, m_clock, duty());
            QVERIFY(first);
            const ImportSummary a =
                run(*first,
                    {{u"12345工单编号"_s, u"来电日期"_s, u"来电人姓名"_s, u"联系电话"_s, u"工单内容"_s,
                      u"一级业务分类"_s, u"二级业务分类"_s, u"所属村社"_s, u"办理状态"_s, u"处理结果"_s,
                      u"回访满意度"_s, u"办结日期"_s},
                     {u"GD2024001"_s, u"2024/11/4 9:15"_s, u"陈六"_s, u"13811112222"_s, u"楼上漏水至今未修"_s,
                      u"矛盾纠纷"_s, u"邻里纠纷"_s, u"上溪村"_s, u"转办"_s, u""_s, u""_s, u""_s},
                     {u"GD2024002"_s, u"2024年11月5日"_s, u"李七"_s, u"0579-85551234"_s, u"工资拖欠三个月"_s,
                      u"劳动保障"_s, u"拖欠工资"_s, u"东湖社区"_s, u"已回访"_s, u"解决"_s, u"非常满意"_s,
                      u"2024-11-08"_s}},
                    ImportMode::AllOrNothing);
            QVERIFY2(a.committed,
                     qPrintable(a.failure + (a.rejects.isEmpty() ? QString() : a.rejects[0].reason)));
            QCOMPARE(a.inserted, 2);
            // The summary lists the flagged order with its spreadsheet row, the caller masked.
            QCOMPARE(first->flags().size(), 1);
            QCOMPARE(a.flags.size(), 1);
            QCOMPARE(a.flags[0].row, 2);
            QCOMPARE(a.flags[0].key, u"GD2024001"_s);
            QCOMPARE(a.flags[0].matchedNo, existing.caseNo);
            QVERIFY(!a.flags[0].caseNo.isEmpty());
            QCOMPARE(a.flags[0].caller, Masking::name(u"陈六"_s) + u' ' + Masking::phone(u"13811112222"_s));
            QVERIFY(!a.flags[0].caller.contains(u"13811112222"_s));
            QVERIFY(a.flags[0].reason.contains(existing.caseNo));
            // … and the report saved from the summary has them on a sheet of their own.
            QTemporaryDir dir;
            const QString report = dir.filePath(u"report.xlsx"_s);
            ImportWorkbooks::writeRejects(first->kind(), a, u"12345.xlsx"_s, report);
            QCOMPARE(SheetReader::sheetNames(report), QStringList({u"错误"_s, u"需核对"_s}));
            const RawSheet flagged = SheetReader::read(report, u"需核对"_s);
            bool found = false;
            for (const CellRow &r : flagged.rows)
                if (r.size() >= 6 && r[1].text == u"GD2024001"_s) {
                    found = true;
                    QCOMPARE(r[0].text, u"2"_s);
                    QCOMPARE(r[3].text, a.flags[0].caller);
                    QCOMPARE(r[4].text, existing.caseNo);
                }
            QVERIFY(found);

            auto second = ImportKinds::create(u"hotline-orders"_s, *m_db, m_clock, duty());
            const ImportSummary b =
                run(*second,
                    {{u"工单编号"_s, u"来电时间"_s, u"来电人"_s, u"来电号码"_s, u"诉求内容"_s, u"一级分类"_s,
                      u"二级分类"_s, u"所属村社"_s, u"工单状态"_s, u"办理结果"_s, u"满意度"_s, u"办结时间"_s},
                     {u"GD2024001"_s, u"2024-11-04 09:15"_s, u"陈六"_s, u"13811112222"_s,
                      u"楼上漏水至今未修"_s, u"矛盾纠纷"_s, u"邻里纠纷"_s, u"上溪村"_s, u"已回访"_s,
                      u"部分解决"_s, u"理解"_s, u"2024-11-12 16:00"_s},
                     {u"GD2025001"_s, u"2025-05-06 10:00"_s, u"赵八"_s, u"13900002222"_s, u"路灯不亮"_s,
                      u"城乡建设"_s, u""_s, u"东湖社区"_s, u"督办"_s, u""_s, u""_s, u""_s}},
                    ImportMode::AllOrNothing);
            QVERIFY2(b.committed,
                     qPrintable(b.failure + (b.rejects.isEmpty() ? QString() : b.rejects[0].reason)));
            QCOMPARE(b.inserted, 1);
            QCOMPARE(b.updated, 1);
            QCOMPARE(count(u"SELECT COUNT(*) FROM hotline_orders"_s), 3);
            QCOMPARE(count(u"SELECT COUNT(*) FROM cases WHERE source = 'hotline12345'"_s), 3);
            const qint64 id = count(u"SELECT case_id FROM hotline_orders WHERE order_no = 'GD2024001'"_s);
            const CaseRecord c = *CaseRepository(*m_db).get(id);
            QCOMPARE(c.status, CaseStatus::Closed);
            QCOMPARE(c.satisfaction, std::optional(Satisfaction::BasicallySatisfied));
            QCOMPARE(c.disputeSettled, std::optional(false));
            QCOMPARE(c.closedAt, QDateTime(QDate(2024, 11, 12), QTime(16, 0)));
            const qint64 supervised =
                count(u"SELECT case_id FROM hotline_orders WHERE order_no = 'GD2025001'"_s);
            QCOMPARE(CaseRepository(*m_db).get(supervised)->superviseLevel, SuperviseLevel::Normal);
            QCOMPARE(CaseRepository(*m_db).get(supervised)->categoryId, m_town.construction.id);

            // The same file again changes nothing.
            auto third = ImportKinds::create(u"hotline-orders"_s, *m_db, m_clock, duty());
            const ImportSummary again =
                run(*third,
                    {{u"工单编号"_s, u"来电时间"_s, u"来电人"_s, u"来电号码"_s, u"诉求内容"_s, u"一级分类"_s,
                      u"二级分类"_s, u"所属村社"_s, u"工单状态"_s, u"办理结果"_s, u"满意度"_s, u"办结时间"_s},
                     {u"GD2024001"_s, u"2024-11-04 09:15"_s, u"陈六"_s, u"13811112222"_s,
                      u"楼上漏水至今未修"_s, u"矛盾纠纷"_s, u"邻里纠纷"_s, u"上溪村"_s, u"已回访"_s,
                      u"部分解决"_s, u"理解"_s, u"2024-11-12 16:00"_s}},
                    ImportMode::AllOrNothing);
            QCOMPARE(again.unchanged, 1);
            QCOMPARE(again.inserted + again.updated, 0);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // An unknown hotline word is a rejected row that names it.
    void unknownHotlineWordRejected()
    {
        auto importer = ImportKinds::create(u"hotline-orders"_s, *m_db, m_clock, duty());
        const ImportSummary s =
            run(*importer,
                {{u"工单编号"_s, u"来电时间"_s, u"诉求内容"_s, u"二级分类"_s, u"所属村社"_s, u"工单状态"_s},
                 {u"GD9"_s, u"2025-05-06 10:00"_s, u"噪音"_s, u"邻里纠纷"_s, u"上溪村"_s, u"挂起"_s}},
                ImportMode::ValidOnly);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects[0].row, 2);
        QVERIFY(s.rejects[0].reason.contains(u"挂起"_s));
    }

    // A ledger whose third data row has a bad ID: rejected with its row number (4), the masked value,
    // the others stored; all-or-nothing stores nothing. The closed case counts in May 2024.
    void ledgerWithABadId()
    {
        const QString good = validId(u"33068119800101001"_s);
        const QString bad = good.left(17) + (good.back() == u'1' ? u'2' : u'1');
        const QList<QStringList> rows{
            {u"受理时间"_s, u"来源"_s, u"事件类别"_s, u"事发地点"_s, u"事件描述"_s, u"当事人"_s,
             u"身份证号"_s, u"联系电话"_s, u"办理状态"_s, u"派遣日期"_s, u"结案日期"_s, u"承办部门"_s,
             u"满意度"_s, u"是否化解"_s},
            {u"2024-05-06 09:30"_s, u"来访"_s, u"邻里纠纷"_s, u"上溪村"_s, u"两户因宅基地界址争执"_s,
             u"张三"_s, good, u"13800001111"_s, u"已结案"_s, u"2024-05-07"_s, u"2024-05-10"_s, u"司法所"_s,
             u"满意"_s, u"是"_s},
            {u"2024-05-08"_s, u"网格上报"_s, u"拖欠工资"_s, u"东湖社区"_s, u"工地拖欠工资"_s, u""_s, u""_s,
             u""_s, u"处置中"_s, u"2024-05-09"_s, u""_s, u""_s, u""_s, u""_s},
            {u"2024-05-09"_s, u"来电"_s, u"邻里纠纷"_s, u"上溪村"_s, u"噪音"_s, u"李四"_s, bad, u""_s,
             u"已结案"_s, u""_s, u"2024-05-12"_s, u""_s, u""_s, u""_s},
        };
        auto strict = ImportKinds::create(u"cases"_s, *m_db, m_clock, leader());
        const ImportSummary none = run(*strict, rows, ImportMode::AllOrNothing);
        QVERIFY(!none.committed);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cases"_s), 0);

        auto lenient = ImportKinds::create(u"cases"_s, *m_db, m_clock, leader());
        const ImportSummary s = run(*lenient, rows, ImportMode::ValidOnly);
        QVERIFY2(s.committed, qPrintable(s.failure));
        QCOMPARE(s.inserted, 2);
        QCOMPARE(s.rejectedRows, 1);
        QCOMPARE(s.rejects[0].row, 4);
        QVERIFY(!s.rejects[0].value.contains(bad));
        const IndicatorFigures may = IndicatorQueries(*m_db, CalendarRepository(*m_db).load())
                                         .compute(ReportPeriod::month(2024, 5), {}, QDate(2024, 5, 31));
        QCOMPARE(may.total.received, 2);
        QCOMPARE(may.total.closed, 1);
        QCOMPARE(may.total.satisfied, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cases WHERE status = 'in_progress'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestImportCases)
#include "tst_import_cases.moc"
