// The petition ledger (信访台账) as an export kind (issue 11), on both engines: the petitions import
// template's own columns and cell forms, then the board's read-only extras; masked for a role without
// ExportPersonalData, full and audited for a leader; --from/--to on the date of receipt and --township;
// the command line's `export --kind petitions`; and the round trip — a ledger in every status exported,
// imported into an empty database, exported again: the same cells in every template column.
#include "AccountService.h"
#include "CliCommands.h"
#include "Error.h"
#include "ExportSheets.h"
#include "FileSource.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "ListExport.h"
#include "PetitionImporter.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "petition/PetitionLedgerRows.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

constexpr int headerRow = test::exportHeaderRow;
const QString idX = u"11010519491231002X"_s;
const QString landline = u"0571-87654321"_s;

const QStringList headers{
    u"信访编号"_s,     u"登记日期"_s,     u"信访形式"_s,     u"信访类型"_s,     u"信访人"_s,
    u"身份证号"_s,     u"联系电话"_s,     u"住址"_s,         u"人数"_s,         u"诉求"_s,
    u"事实与理由"_s,   u"问题发生地"_s,   u"状态"_s,         u"受理日期"_s,     u"转送交办单位"_s,
    u"转送交办日期"_s, u"延期天数"_s,     u"延期日期"_s,     u"处理意见"_s,     u"办理结果"_s,
    u"答复日期"_s,     u"送达日期"_s,     u"送达方式"_s,     u"复查申请日期"_s, u"复查意见日期"_s,
    u"复查送达日期"_s, u"复核申请日期"_s, u"复核意见日期"_s, u"复核送达日期"_s, u"办结日期"_s};

QStringList row(const QString &no, const QString &status, QList<std::pair<QString, QString>> cells)
{
    QStringList r(headers.size());
    r[headers.indexOf(u"信访编号"_s)] = no;
    r[headers.indexOf(u"状态"_s)] = status;
    r[headers.indexOf(u"信访人"_s)] = u"信访人%1"_s.arg(no);
    r[headers.indexOf(u"诉求"_s)] = u"要求解决%1的问题"_s.arg(no);
    r[headers.indexOf(u"问题发生地"_s)] = u"上溪村"_s;
    r[headers.indexOf(u"登记日期"_s)] = u"2024-03-01"_s;
    for (const auto &[header, value] : cells) {
        Q_ASSERT(headers.contains(header));
        r[headers.indexOf(header)] = value;
    }
    return r;
}

// A ledger in every status the import reads, with every column it reads used somewhere; one row in
// the other township (城南街道).
QList<QStringList> ledger()
{
    const std::pair<QString, QString> acc{u"受理日期"_s, u"2024-03-04"_s};
    const std::pair<QString, QString> rep{u"答复日期"_s, u"2024-04-10"_s};
    const std::pair<QString, QString> del{u"送达日期"_s, u"2024-04-12"_s};
    const std::pair<QString, QString> rvq{u"复查申请日期"_s, u"2024-04-20"_s};
    const std::pair<QString, QString> rvr{u"复查意见日期"_s, u"2024-05-10"_s};
    const std::pair<QString, QString> rvd{u"复查送达日期"_s, u"2024-05-12"_s};
    const std::pair<QString, QString> rcq{u"复核申请日期"_s, u"2024-05-20"_s};
    const std::pair<QString, QString> rcr{u"复核意见日期"_s, u"2024-06-15"_s};
    return {
        headers,
        row(u"L-01"_s, u"登记"_s,
            {{u"身份证号"_s, idX},
             {u"联系电话"_s, landline},
             {u"住址"_s, u"上溪村 3 组 12 号"_s},
             {u"信访形式"_s, u"来信"_s},
             {u"信访类型"_s, u"建议意见"_s},
             {u"事实与理由"_s, u"多次协商未果"_s},
             {u"登记日期"_s, u"2024-02-20 10:30"_s}}),
        row(u"L-02"_s, u"办理中"_s, {acc, {u"人数"_s, u"3"_s}, {u"信访形式"_s, u"电话"_s}}),
        row(u"L-03"_s, u"延期"_s, {acc, {u"延期天数"_s, u"30"_s}, {u"延期日期"_s, u"2024-04-20"_s}}),
        row(u"L-04"_s, u"转送交办"_s,
            {{u"转送交办单位"_s, u"司法所"_s}, {u"转送交办日期"_s, u"2024-03-05"_s}}),
        row(u"L-05"_s, u"不予受理"_s,
            {{u"受理日期"_s, u"2024-03-08"_s}, {u"办理结果"_s, u"不属于本级职权"_s}}),
        row(u"L-06"_s, u"不再受理"_s, {{u"登记日期"_s, u"2024-03-02"_s}}),
        row(u"L-07"_s, u"当场化解"_s,
            {{u"登记日期"_s, u"2024-03-02 10:30"_s},
             {u"办结日期"_s, u"2024-03-02"_s},
             {u"办理结果"_s, u"当场调解"_s}}),
        row(u"L-08"_s, u"已答复"_s,
            {acc, rep, {u"处理意见"_s, u"予以支持"_s}, {u"办理结果"_s, u"已协调划定边界"_s}}),
        row(u"L-09"_s, u"已送达"_s,
            {acc, rep, del, {u"送达方式"_s, u"邮寄送达"_s}, {u"信访类型"_s, u"检举控告"_s}}),
        row(u"L-10"_s, u"复查中"_s, {acc, rep, del, rvq}),
        row(u"L-11"_s, u"复查已答复"_s, {acc, rep, del, rvq, rvr, {u"处理意见"_s, u"解释说明"_s}}),
        row(u"L-12"_s, u"复查已送达"_s, {acc, rep, del, rvq, rvr, rvd}),
        row(u"L-13"_s, u"复核中"_s, {acc, rep, del, rvq, rvr, rvd, rcq}),
        row(u"L-14"_s, u"复核已答复"_s, {acc, rep, del, rvq, rvr, rvd, rcq, rcr}),
        row(u"L-15"_s, u"办结"_s,
            {acc,
             rep,
             del,
             rvq,
             rvr,
             rvd,
             rcq,
             rcr,
             {u"复核送达日期"_s, u"2024-06-18"_s},
             {u"处理意见"_s, u"不予支持"_s}}),
        row(u"L-16"_s, u"办结"_s,
            {acc, rep, del, {u"办结日期"_s, u"2024-05-20"_s}, {u"办理结果"_s, u"已赔偿"_s}}),
        row(u"L-17"_s, u"办结"_s,
            {{u"转送交办单位"_s, u"派出所"_s},
             {u"转送交办日期"_s, u"2024-03-03"_s},
             {u"受理日期"_s, u"2024-03-05"_s},
             rep,
             del,
             {u"办结日期"_s, u"2024-05-20"_s}}),
        row(u"N-01"_s, u"办理中"_s,
            {{u"问题发生地"_s, u"南苑社区"_s},
             {u"登记日期"_s, u"2024-07-01"_s},
             {u"受理日期"_s, u"2024-07-02"_s}}),
    };
}

} // namespace

class TestExportPetitions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0))};
    QTemporaryDir m_dir;
    QString m_login;
    const QString m_password = u"Ledger-export-7"_s;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The county's duty officer and leader: may take every step and export personal data.
    Actor countyOfficer() const
    {
        return Actor{0, u"县值班员"_s, Roles(Role::DutyOfficer) | Role::Leader, m_town.county.id, 0};
    }
    Actor leader() const { return m_town.actor(m_town.leader); }
    Actor duty() const { return m_town.actor(m_town.duty); }

    qint64 write(const Actor &actor, const QString &file, ExportFilter filter = {})
    {
        return ListExport(*m_db, m_clock, actor, actor.name).write(u"petitions"_s, filter, path(file));
    }

    void importLedger(const Database &db, const ImportSource &source)
    {
        auto importer = ImportKinds::create(u"petitions"_s, db, m_clock, countyOfficer());
        QVERIFY(importer);
        ImportRunner runner(db, *importer);
        const ImportSummary s = runner.run(source, runner.detect(source), {});
        QStringList why{s.failure};
        for (const auto &r : s.rejects)
            why << u"row %1 %2: %3"_s.arg(r.row).arg(r.column, r.reason);
        QVERIFY2(s.rejects.isEmpty() && s.failure.isEmpty(), qPrintable(why.join(u"; "_s)));
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
            importLedger(*m_db, MemorySource::fromTexts(ledger()));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db && !m_login.isEmpty())
            Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(m_login));
        m_login.clear();
        m_db.reset();
    }

    void templateColumnsThenExtras()
    {
        QCOMPARE(write(leader(), u"a.xlsx"_s), qint64(ledger().size() - 2)); // the township's rows
        const RawSheet sheet = SheetReader::read(path(u"a.xlsx"_s));
        const ImportKind kind = PetitionImporter::describe();
        const CellRow header = sheet.rows.value(headerRow);
        QVERIFY(header.size() > kind.columns.size());
        QSet<QString> read;
        for (qsizetype i = 0; i < kind.columns.size(); ++i) {
            QCOMPARE(header.value(int(i)).text, kind.columns.at(i).header);
            read.insert(kind.columns.at(i).header);
            for (const QString &alias : kind.columns.at(i).aliases)
                read.insert(alias);
        }
        // The extras come after, under headers the import does not read.
        for (int c = int(kind.columns.size()); c < header.size(); ++c)
            QVERIFY2(!read.contains(header.at(c).text), qPrintable(header.at(c).text));
        // The filter line above the table; IDs and phones as text; dates as dates.
        QVERIFY(sheet.rows.value(1).value(0).text.contains(u"青石镇"_s));
        const CellRow first = test::rowsByFirstCell(sheet).value(u"L-01"_s);
        QCOMPARE(first.value(test::columnOf(sheet, u"身份证号"_s)).text, idX);
        QCOMPARE(first.value(test::columnOf(sheet, u"身份证号"_s)).kind, Cell::Kind::Text);
        QCOMPARE(first.value(test::columnOf(sheet, u"联系电话"_s)).text, landline);
        QCOMPARE(first.value(test::columnOf(sheet, u"登记日期"_s)).kind, Cell::Kind::DateTime);
        const CellRow concluded = test::rowsByFirstCell(sheet).value(u"L-16"_s);
        QCOMPARE(concluded.value(test::columnOf(sheet, u"办结日期"_s)).kind, Cell::Kind::DateTime);
        QCOMPARE(concluded.value(test::columnOf(sheet, u"办结日期"_s)).text, u"2024-05-20"_s);
        QCOMPARE(concluded.value(test::columnOf(sheet, u"状态"_s)).text, u"办结"_s);
        QCOMPARE(concluded.value(test::columnOf(sheet, u"办理结果"_s)).text, u"已赔偿"_s);
        QCOMPARE(
            test::rowsByFirstCell(sheet).value(u"L-03"_s).value(test::columnOf(sheet, u"延期天数"_s)).text,
            u"30"_s);
        QCOMPARE(test::rowsByFirstCell(sheet)
                     .value(u"L-17"_s)
                     .value(test::columnOf(sheet, u"转送交办单位"_s))
                     .text,
                 u"派出所"_s);
        // A running clock's due date among the extras.
        QVERIFY(
            test::rowsByFirstCell(sheet).value(u"L-02"_s).value(test::columnOf(sheet, u"办结期限"_s)).kind ==
            Cell::Kind::DateTime);
    }

    void maskedWithoutExportPersonalData()
    {
        write(duty(), u"masked.xlsx"_s);
        const RawSheet sheet = SheetReader::read(path(u"masked.xlsx"_s));
        const CellRow first = test::rowsByFirstCell(sheet).value(u"L-01"_s);
        const QString id = first.value(test::columnOf(sheet, u"身份证号"_s)).text;
        QVERIFY2(id != idX && id.contains(u'*'), qPrintable(id));
        QVERIFY(first.value(test::columnOf(sheet, u"联系电话"_s)).text != landline);
        QVERIFY(first.value(test::columnOf(sheet, u"信访人"_s)).text != u"信访人L-01"_s);
        // Every export audited, masked or not.
        write(leader(), u"full.xlsx"_s);
        QCOMPARE(
            Query(*m_db,
                  u"SELECT count(*) FROM audit_log WHERE action = 'export' AND object_type = 'petitions' "
                  "AND detail LIKE '%personal_data=masked%'"_s)
                .scalar()
                .toInt(),
            1);
        QCOMPARE(
            Query(*m_db,
                  u"SELECT count(*) FROM audit_log WHERE action = 'export' AND object_type = 'petitions' "
                  "AND detail LIKE '%personal_data=full%'"_s)
                .scalar()
                .toInt(),
            1);
        // A role that may not see petitions may not export them.
        Actor admin = m_town.actor(m_town.admin);
        QVERIFY_THROWS_EXCEPTION(Error, write(admin, u"no.xlsx"_s));
        // The masked file does not go back in: every row names a person, and each is refused.
        m_db.reset();
        freshTown();
        auto importer = ImportKinds::create(u"petitions"_s, *m_db, m_clock, countyOfficer());
        ImportRunner runner(*m_db, *importer);
        const FileSource source(path(u"masked.xlsx"_s));
        const ImportSummary s = runner.run(source, runner.detect(source), {});
        QCOMPARE(s.inserted, 0);
        QVERIFY(!s.rejects.isEmpty());
        QCOMPARE(Query(*m_db, u"SELECT count(*) FROM petitions"_s).scalar().toInt(), 0);
    }

    void periodAndTownship()
    {
        ExportFilter period;
        period.from = QDate(2024, 3, 1);
        period.to = QDate(2024, 3, 1);
        write(countyOfficer(), u"period.xlsx"_s, period);
        QHash<QString, CellRow> rows = test::rowsByFirstCell(SheetReader::read(path(u"period.xlsx"_s)));
        QVERIFY(!rows.contains(u"L-01"_s)); // 2024-02-20
        QVERIFY(!rows.contains(u"L-06"_s)); // 2024-03-02
        QVERIFY(!rows.contains(u"N-01"_s)); // 2024-07-01
        QCOMPARE(rows.size(), 14);
        ExportFilter since;
        since.from = QDate(2024, 3, 2);
        write(countyOfficer(), u"since.xlsx"_s, since);
        rows = test::rowsByFirstCell(SheetReader::read(path(u"since.xlsx"_s)));
        QCOMPARE(QSet<QString>(rows.keyBegin(), rows.keyEnd()),
                 (QSet<QString>{u"L-06"_s, u"L-07"_s, u"N-01"_s}));

        ExportFilter south;
        south.townshipCode = m_town.township2.code;
        write(countyOfficer(), u"south.xlsx"_s, south);
        rows = test::rowsByFirstCell(SheetReader::read(path(u"south.xlsx"_s)));
        QCOMPARE(rows.keys(), QStringList{u"N-01"_s});
        write(countyOfficer(), u"county.xlsx"_s);
        QCOMPARE(test::rowsByFirstCell(SheetReader::read(path(u"county.xlsx"_s))).size(),
                 ledger().size() - 1);
        // A township account may not ask for another township.
        QVERIFY_THROWS_EXCEPTION(Error, write(leader(), u"other.xlsx"_s, south));
    }

    void commandLine()
    {
        SystemClock clock;
        User u;
        m_login = u"xpcli%1"_s.arg(QCoreApplication::applicationPid() % 1000000);
        u.login = m_login;
        u.displayName = u"青石镇值班员"_s;
        u.roles = Role::DutyOfficer;
        u.orgUnitId = m_town.township1.id;
        AccountService(*m_db, clock, m_town.actor(m_town.admin)).create(u, m_password);
        QFile pw(path(u"pw.txt"_s));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write((m_password + u'\n').toUtf8());
        pw.close();
        QVERIFY(std::freopen(QFile::encodeName(pw.fileName()).constData(), "r", stdin));
        const QString file = path(u"cli.csv"_s);
        QStringList args{u"export"_s,     u"--kind"_s, u"petitions"_s,
                         u"--out"_s,      file,        u"--from"_s,
                         u"2024-03-02"_s, u"--db"_s,   m_testDb->currentUrl(),
                         u"--login"_s,    m_login,     u"--password-stdin"_s};
        QString text;
        QTextStream out(&text);
        QCOMPARE(cli::run(args, out, out), 0);
        QVERIFY2(text.contains(u"2"_s), qPrintable(text)); // L-06 and L-07 (N-01 is not his township)
        const RawSheet sheet = SheetReader::read(file);
        QCOMPARE(sheet.rows.size(), headerRow + 1 + 2);
        QCOMPARE(sheet.rows.at(headerRow).value(0).text, u"信访编号"_s);
    }

    // The export's pages: keyset pages of the board's order that hold every petition once, each with
    // what the per-petition reads of the repository give (persons, flow, clocks), read set-wise.
    void pagesMatchTheRepository()
    {
        const Actor county = countyOfficer();
        const PetitionLedgerRows reader(*m_db, county);
        const PetitionRepository repository(*m_db, county);
        std::optional<PetitionBoardKey> after;
        QSet<qint64> seen;
        int pages = 0;
        for (;;) {
            const QList<PetitionLedgerRow> rows = reader.page({}, 4, m_clock.now().date(), after);
            for (const PetitionLedgerRow &r : rows) {
                QVERIFY(!seen.contains(r.petition.id));
                seen.insert(r.petition.id);
                QCOMPARE(r.petition.id, r.board.id);
                QCOMPARE(r.flow.size(), repository.flow(r.petition.id).size());
                QCOMPARE(r.clocks.size(), repository.clocks(r.petition.id).size());
                const PetitionRecord one = *repository.get(r.petition.id);
                QCOMPARE(r.petition.petitionNo, one.petitionNo);
                QVERIFY(r.petitioner.has_value());
                QCOMPARE(r.petitioner->name, one.persons.constFirst().person.name);
                QCOMPARE(r.petitioner->residentId, one.persons.constFirst().person.residentId);
            }
            if (!rows.isEmpty())
                ++pages;
            if (rows.size() < 4)
                break;
            after = PetitionBoardKey{rows.constLast().board.receivedAt, rows.constLast().board.id};
        }
        QCOMPARE(seen.size(), ledger().size() - 1);
        QCOMPARE(pages, 5);
    }

    void roundTripThroughImport()
    {
        // Exported in full by an account that may export personal data …
        write(countyOfficer(), u"ledger-a.xlsx"_s);
        const RawSheet a = SheetReader::read(path(u"ledger-a.xlsx"_s));
        const QHash<QString, CellRow> before = test::rowsByFirstCell(a);
        QCOMPARE(before.size(), ledger().size() - 1);
        // … imported into an empty database (the same county, no petitions) …
        m_db.reset();
        freshTown();
        QCOMPARE(Query(*m_db, u"SELECT count(*) FROM petitions"_s).scalar().toInt(), 0);
        importLedger(*m_db, FileSource(path(u"ledger-a.xlsx"_s)));
        // … and exported again: the same cells in every column the template has.
        write(countyOfficer(), u"ledger-b.xlsx"_s);
        const RawSheet b = SheetReader::read(path(u"ledger-b.xlsx"_s));
        const QHash<QString, CellRow> after = test::rowsByFirstCell(b);
        QCOMPARE(after.size(), before.size());
        const qsizetype columns = PetitionImporter::describe().columns.size();
        QCOMPARE(b.rows.at(headerRow), a.rows.at(headerRow));
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            for (int c = 0; c < columns; ++c)
                QVERIFY2(after.value(it.key()).value(c) == it.value().value(c),
                         qPrintable(u"%1 %2: %3 / %4"_s.arg(it.key(), a.rows.at(headerRow).value(c).text,
                                                            it.value().value(c).text,
                                                            after.value(it.key()).value(c).text)));
        // Importing the file again changes nothing.
        auto importer = ImportKinds::create(u"petitions"_s, *m_db, m_clock, countyOfficer());
        ImportRunner runner(*m_db, *importer);
        const FileSource again(path(u"ledger-b.xlsx"_s));
        const ImportSummary s = runner.run(again, runner.detect(again), {});
        QVERIFY2(s.rejects.isEmpty() && s.failure.isEmpty(), qPrintable(s.failure));
        QCOMPARE(s.inserted + s.updated, 0);
    }

    // The same from our CSV (codes and numbers written as ="…" so that spreadsheets keep them as text).
    void csvRoundTrip()
    {
        write(countyOfficer(), u"ledger-a.xlsx"_s);
        write(countyOfficer(), u"ledger-a.csv"_s);
        const RawSheet a = SheetReader::read(path(u"ledger-a.xlsx"_s));
        const QHash<QString, CellRow> before = test::rowsByFirstCell(a);
        m_db.reset();
        freshTown();
        importLedger(*m_db, FileSource(path(u"ledger-a.csv"_s)));
        write(countyOfficer(), u"ledger-c.xlsx"_s);
        const QHash<QString, CellRow> after =
            test::rowsByFirstCell(SheetReader::read(path(u"ledger-c.xlsx"_s)));
        QCOMPARE(after.size(), before.size());
        const qsizetype columns = PetitionImporter::describe().columns.size();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            for (int c = 0; c < columns; ++c)
                QVERIFY2(after.value(it.key()).value(c) == it.value().value(c),
                         qPrintable(u"%1 %2: %3 / %4"_s.arg(it.key(), a.rows.at(headerRow).value(c).text,
                                                            it.value().value(c).text,
                                                            after.value(it.key()).value(c).text)));
    }
};

QTEST_GUILESS_MAIN(TestExportPetitions)
#include "tst_export_petitions.moc"
