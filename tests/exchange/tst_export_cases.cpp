// The case ledger (案件台账) as an export kind (issue 11), on both engines: the cases import template's own
// columns and words, then read-only extras; masked for a role without ExportPersonalData; and the round
// trip — cases in every status (imported from a ledger, and one walked through the six steps in the
// program) exported, imported into an empty database, exported again: the same cells in every template
// column, and importing that file again changes nothing.
#include "CaseImporter.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Error.h"
#include "ExportSheets.h"
#include "FileSource.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "ListExport.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

constexpr int headerRow = test::exportHeaderRow;
const QString idX = u"11010519491231002X"_s;
const QString landline = u"0571-87654321"_s;

} // namespace

class TestExportCases : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0))};
    QTemporaryDir m_dir;
    QString m_walkedNo; // the case walked through the program

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The county's leader: may import ledgers, see every township and export personal data.
    Actor countyLeader() const
    {
        return Actor{0, u"县领导"_s, Roles(Role::Leader) | Role::DutyOfficer, m_town.county.id, 0};
    }

    qint64 write(const Actor &actor, const QString &file, ExportFilter filter = {})
    {
        return ListExport(*m_db, m_clock, actor, actor.name).write(u"case-ledger"_s, filter, path(file));
    }

    // A ledger in every status the import reads, every column used somewhere; one row in 城南街道.
    QList<QStringList> ledger() const
    {
        QStringList headers;
        for (const ImportColumn &c : CaseImporter::describe().columns)
            headers << c.header;
        const auto row = [&](const QString &no, const QString &status, const QString &place,
                             QList<std::pair<QString, QString>> cells) {
            QStringList r(headers.size());
            r[headers.indexOf(u"案件编号"_s)] = no;
            r[headers.indexOf(u"办理状态"_s)] = status;
            r[headers.indexOf(u"受理时间"_s)] = u"2024-03-01 09:30"_s;
            r[headers.indexOf(u"事件类别"_s)] = u"邻里纠纷"_s;
            r[headers.indexOf(u"事发地点"_s)] = place;
            r[headers.indexOf(u"标题"_s)] = u"案件%1"_s.arg(no);
            r[headers.indexOf(u"事件描述"_s)] = u"%1：两户因宅基地界址发生争执"_s.arg(no);
            r[headers.indexOf(u"当事人"_s)] = u"当事人%1"_s.arg(no);
            for (const auto &[header, value] : cells) {
                Q_ASSERT(headers.contains(header));
                r[headers.indexOf(header)] = value;
            }
            return r;
        };
        const std::pair<QString, QString> reg{u"立案日期"_s, u"2024-03-01 15:00"_s};
        const std::pair<QString, QString> dis{u"派遣日期"_s, u"2024-03-02 10:00"_s};
        const std::pair<QString, QString> fed{u"反馈日期"_s, u"2024-03-06 16:45"_s};
        const std::pair<QString, QString> clo{u"结案日期"_s, u"2024-03-08 11:00"_s};
        const std::pair<QString, QString> dep{u"承办部门"_s, u"司法所"_s};
        const QString v1 = m_town.village1.code;
        return {
            headers,
            row(u"K-01"_s, u"待受理"_s, v1,
                {{u"身份证号"_s, idX},
                 {u"联系电话"_s, landline},
                 {u"详细地址"_s, u"上溪村 3 组 12 号"_s},
                 {u"来源"_s, u"来信"_s}}),
            row(u"K-02"_s, u"已立案"_s, m_town.grid1.code, {reg, {u"来源"_s, u"来电"_s}}),
            row(u"K-03"_s, u"不予立案"_s, v1, {reg, {u"来源"_s, u"网上"_s}}),
            row(u"K-04"_s, u"已派遣"_s, v1, {reg, dis, dep, {u"来源"_s, u"网格上报"_s}}),
            row(u"K-05"_s, u"处置中"_s, m_town.village2.code, {reg, dis, dep, {u"来源"_s, u"视频巡查"_s}}),
            row(u"K-06"_s, u"待核查"_s, v1, {reg, dis, fed, dep, {u"来源"_s, u"部门移交"_s}}),
            row(u"K-07"_s, u"待结案"_s, v1, {reg, dis, fed, dep, {u"来源"_s, u"12345"_s}}),
            row(u"K-08"_s, u"已结案"_s, v1,
                {reg,
                 dis,
                 fed,
                 clo,
                 dep,
                 {u"满意度"_s, u"满意"_s},
                 {u"是否化解"_s, u"是"_s},
                 {u"身份证号"_s, idX},
                 {u"联系电话"_s, u"13900001111"_s}}),
            row(u"K-09"_s, u"已归档"_s, v1,
                {reg, dis, fed, clo, dep, {u"满意度"_s, u"基本满意"_s}, {u"是否化解"_s, u"否"_s}}),
            row(u"K-10"_s, u"已结案"_s, v1, {clo, {u"满意度"_s, u"不满意"_s}, {u"标题"_s, QString()}}),
            row(u"N-01"_s, u"已派遣"_s, m_town.village3.code, {reg, dis, {u"承办部门"_s, u"派出所"_s}}),
        };
    }

    void importFile(const Database &db, const ImportSource &source, int *inserted = nullptr,
                    int *updated = nullptr)
    {
        auto importer = ImportKinds::create(u"cases"_s, db, m_clock, countyLeader());
        QVERIFY(importer);
        ImportRunner runner(db, *importer);
        const ImportSummary s = runner.run(source, runner.detect(source), {});
        QStringList why{s.failure};
        for (const auto &r : s.rejects)
            why << u"row %1 %2: %3"_s.arg(r.row).arg(r.column, r.reason);
        QVERIFY2(s.rejects.isEmpty() && s.failure.isEmpty(), qPrintable(why.join(u"; "_s)));
        if (inserted)
            *inserted = int(s.inserted);
        if (updated)
            *updated = int(s.updated);
    }

    CaseRecord act(qint64 id, CaseAction action, const User &who, ActionInput in = {})
    {
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        return service.apply(id, CaseRepository(*m_db).get(id)->version, action, in, m_town.actor(who));
    }

    // A case reported at the counter and taken through every step in the program, a day apart.
    void walkOneCase()
    {
        m_clock.set(QDateTime(QDate(2025, 5, 5), QTime(8, 40)));
        CaseRecord c;
        c.title = u"楼上漏水"_s;
        c.description = u"楼上住户水管破裂，漏水到楼下"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid2.id;
        c.source = CaseSource::Visit;
        CaseParty p;
        p.name = u"赵六"_s;
        p.residentId = idX;
        p.phone = u"13700001234"_s;
        c.parties = {p};
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        const CaseRecord reported = service.report(c, m_town.actor(m_town.reception));
        m_walkedNo = reported.caseNo;
        m_clock.advanceSecs(3600);
        act(reported.id, CaseAction::Register, m_town.duty);
        m_clock.advanceDays(1);
        act(reported.id, CaseAction::Dispatch, m_town.duty, ActionInput{.departmentId = m_town.judicial.id});
        m_clock.advanceSecs(7200);
        act(reported.id, CaseAction::Sign, m_town.handler);
        m_clock.advanceDays(2);
        act(reported.id, CaseAction::SubmitFeedback, m_town.handler,
            ActionInput{.result = u"已协调维修"_s, .disputeSettled = true});
        m_clock.advanceDays(1);
        act(reported.id, CaseAction::Close, m_town.duty,
            ActionInput{.satisfaction = Satisfaction::Satisfied});
        m_clock.set(QDateTime(QDate(2025, 6, 2), QTime(9, 0)));
    }

    void freshTown()
    {
        m_db = m_testDb->fresh();
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
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
            freshTown();
            importFile(*m_db, MemorySource::fromTexts(ledger()));
            walkOneCase();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup() { m_db.reset(); }

    void templateColumnsThenExtras()
    {
        QCOMPARE(write(countyLeader(), u"a.xlsx"_s), qint64(ledger().size()));
        const RawSheet sheet = SheetReader::read(path(u"a.xlsx"_s));
        const ImportKind kind = CaseImporter::describe();
        const CellRow header = sheet.rows.value(headerRow);
        QVERIFY(header.size() > kind.columns.size());
        QSet<QString> read;
        for (qsizetype i = 0; i < kind.columns.size(); ++i) {
            QCOMPARE(header.value(int(i)).text, kind.columns.at(i).header);
            read.insert(kind.columns.at(i).header);
            for (const QString &alias : kind.columns.at(i).aliases)
                read.insert(alias);
        }
        for (int c = int(kind.columns.size()); c < header.size(); ++c)
            QVERIFY2(!read.contains(header.at(c).text), qPrintable(header.at(c).text));
        // IDs and phones as text, a landline with its leading 0; dates as dates.
        const QHash<QString, CellRow> rows = test::rowsByFirstCell(sheet);
        const CellRow first = rows.value(u"K-01"_s);
        QCOMPARE(first.value(test::columnOf(sheet, u"身份证号"_s)).text, idX);
        QCOMPARE(first.value(test::columnOf(sheet, u"身份证号"_s)).kind, Cell::Kind::Text);
        QCOMPARE(first.value(test::columnOf(sheet, u"联系电话"_s)).text, landline);
        QCOMPARE(first.value(test::columnOf(sheet, u"受理时间"_s)).kind, Cell::Kind::DateTime);
        QCOMPARE(first.value(test::columnOf(sheet, u"事发地点"_s)).text, m_town.village1.code);
        QCOMPARE(first.value(test::columnOf(sheet, u"事发地点名称"_s)).text, u"上溪村"_s);
        // The walked case: its steps' times from the flow log, its call-back and 化解.
        const CellRow walked = rows.value(m_walkedNo);
        QCOMPARE(walked.value(test::columnOf(sheet, u"办理状态"_s)).text, u"已结案"_s);
        QCOMPARE(walked.value(test::columnOf(sheet, u"立案日期"_s)).kind, Cell::Kind::DateTime);
        QCOMPARE(walked.value(test::columnOf(sheet, u"派遣日期"_s)).text.left(10), u"2025-05-06"_s);
        QCOMPARE(walked.value(test::columnOf(sheet, u"反馈日期"_s)).text.left(10), u"2025-05-08"_s);
        QCOMPARE(walked.value(test::columnOf(sheet, u"结案日期"_s)).text.left(10), u"2025-05-09"_s);
        QCOMPARE(walked.value(test::columnOf(sheet, u"承办部门"_s)).text, u"司法所"_s);
        QCOMPARE(walked.value(test::columnOf(sheet, u"满意度"_s)).text, u"满意"_s);
        QCOMPARE(walked.value(test::columnOf(sheet, u"是否化解"_s)).text, u"是"_s);
        // An imported row's dates as its ledger gave them (the step it stands at is in the flow log, the
        // others kept beside the import's fingerprint).
        const CellRow closed = rows.value(u"K-08"_s);
        QCOMPARE(closed.value(test::columnOf(sheet, u"立案日期"_s)).text, u"2024-03-01 15:00:00"_s);
        QCOMPARE(closed.value(test::columnOf(sheet, u"派遣日期"_s)).text, u"2024-03-02 10:00:00"_s);
        QCOMPARE(closed.value(test::columnOf(sheet, u"反馈日期"_s)).text, u"2024-03-06 16:45:00"_s);
        QCOMPARE(closed.value(test::columnOf(sheet, u"结案日期"_s)).text, u"2024-03-08 11:00:00"_s);
    }

    void maskedWithoutExportPersonalData()
    {
        const Actor duty = m_town.actor(m_town.duty);
        write(duty, u"masked.xlsx"_s);
        const RawSheet sheet = SheetReader::read(path(u"masked.xlsx"_s));
        const CellRow first = test::rowsByFirstCell(sheet).value(u"K-01"_s);
        const QString id = first.value(test::columnOf(sheet, u"身份证号"_s)).text;
        QVERIFY2(id != idX && id.contains(u'*'), qPrintable(id));
        QVERIFY(first.value(test::columnOf(sheet, u"联系电话"_s)).text != landline);
        QVERIFY(first.value(test::columnOf(sheet, u"当事人"_s)).text != u"当事人K-01"_s);
        // The township's cases only.
        QVERIFY(!test::rowsByFirstCell(sheet).contains(u"N-01"_s));
        // A role that may not see cases may not export them.
        QVERIFY_THROWS_EXCEPTION(Error, write(m_town.actor(m_town.admin), u"no.xlsx"_s));
        // The masked file does not go back in as if it were the people's data: each row with a person is
        // refused with the reason (the masked name, ID and phone), nothing masked is stored.
        m_db.reset();
        freshTown();
        auto importer = ImportKinds::create(u"cases"_s, *m_db, m_clock, countyLeader());
        ImportRunner runner(*m_db, *importer);
        const FileSource source(path(u"masked.xlsx"_s));
        const ImportSummary s = runner.run(source, runner.detect(source), {});
        QVERIFY(!s.rejects.isEmpty());
        bool nameRefused = false;
        for (const auto &r : s.rejects)
            nameRefused = nameRefused || r.reason.contains(u"隐去部分信息"_s);
        QVERIFY(nameRefused);
        QCOMPARE(Query(*m_db,
                       u"SELECT count(*) FROM case_parties WHERE name LIKE '%*%' OR resident_id LIKE '%*%' "
                       "OR phone LIKE '%*%'"_s)
                     .scalar()
                     .toInt(),
                 0);
    }

    void roundTripThroughImport()
    {
        // Exported in full by an account that may export personal data …
        QCOMPARE(write(countyLeader(), u"ledger-a.xlsx"_s), qint64(ledger().size()));
        const RawSheet a = SheetReader::read(path(u"ledger-a.xlsx"_s));
        const QHash<QString, CellRow> before = test::rowsByFirstCell(a);
        // … imported into an empty database (the same county, no cases) …
        m_db.reset();
        freshTown();
        QCOMPARE(Query(*m_db, u"SELECT count(*) FROM cases"_s).scalar().toInt(), 0);
        int inserted = 0;
        importFile(*m_db, FileSource(path(u"ledger-a.xlsx"_s)), &inserted);
        QCOMPARE(inserted, int(before.size()));
        // … and exported again: the same cells in every column the template has.
        write(countyLeader(), u"ledger-b.xlsx"_s);
        const RawSheet b = SheetReader::read(path(u"ledger-b.xlsx"_s));
        const QHash<QString, CellRow> after = test::rowsByFirstCell(b);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(b.rows.at(headerRow), a.rows.at(headerRow));
        const qsizetype columns = CaseImporter::describe().columns.size();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            for (int c = 0; c < columns; ++c)
                QVERIFY2(after.value(it.key()).value(c) == it.value().value(c),
                         qPrintable(u"%1 %2: %3 / %4"_s.arg(it.key(), a.rows.at(headerRow).value(c).text,
                                                            it.value().value(c).text,
                                                            after.value(it.key()).value(c).text)));
        // Importing the file again changes nothing.
        int again = -1, updated = -1;
        importFile(*m_db, FileSource(path(u"ledger-b.xlsx"_s)), &again, &updated);
        QCOMPARE(again, 0);
        QCOMPARE(updated, 0);
    }

    // The same through our CSV (codes written as ="…" so that spreadsheets keep them as text): the file
    // goes in, and the cases come out with the same cells.
    void csvRoundTrip()
    {
        write(countyLeader(), u"ledger-a.xlsx"_s);
        write(countyLeader(), u"ledger-a.csv"_s);
        const QHash<QString, CellRow> before =
            test::rowsByFirstCell(SheetReader::read(path(u"ledger-a.xlsx"_s)));
        m_db.reset();
        freshTown();
        int inserted = 0;
        importFile(*m_db, FileSource(path(u"ledger-a.csv"_s)), &inserted);
        QCOMPARE(inserted, int(before.size()));
        write(countyLeader(), u"ledger-c.xlsx"_s);
        const QHash<QString, CellRow> after =
            test::rowsByFirstCell(SheetReader::read(path(u"ledger-c.xlsx"_s)));
        QCOMPARE(after.size(), before.size());
        const qsizetype columns = CaseImporter::describe().columns.size();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            for (int c = 0; c < columns; ++c)
                QVERIFY2(after.value(it.key()).value(c) == it.value().value(c),
                         qPrintable(u"%1 column %2: %3 / %4"_s.arg(it.key()).arg(c).arg(
                             it.value().value(c).text, after.value(it.key()).value(c).text)));
    }
};

QTEST_GUILESS_MAIN(TestExportCases)
#include "tst_export_cases.moc"
