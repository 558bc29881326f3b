// List exports (issue 11) on both engines: the case list with category, place, address and department,
// IDs and phones as text cells, masked unless the role may export personal data, every export audited;
// a township filter and its scope check; export -> read -> the same cells in xlsx and CSV; each
// base-data kind, call-backs and the audit log.
#include "AuditLog.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "CellCoercion.h"
#include "Error.h"
#include "FileSource.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "ListExport.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"
#include "WorkerRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString idX = u"11010519491231002X"_s;
const QString landline = u"0571-87654321"_s;
constexpr int headerRow = 4; // title, two filter lines, a blank line, then the header

int column(const RawSheet &sheet, const QString &title)
{
    const CellRow header = sheet.rows.value(headerRow);
    for (int c = 0; c < header.size(); ++c)
        if (header.at(c).text == title)
            return c;
    return -1;
}

// A CSV code cell as written (="...") without its protection.
QString unwrapped(const QString &text)
{
    return text.startsWith(u"=\""_s) && text.endsWith(u'"') ? text.mid(2, text.size() - 3) : text;
}

// The data row whose first column is `key`.
CellRow rowFor(const RawSheet &sheet, const QString &key)
{
    for (int r = headerRow + 1; r < sheet.rows.size(); ++r)
        if (unwrapped(sheet.rows.at(r).value(0).text) == key)
            return sheet.rows.at(r);
    return {};
}

} // namespace

class TestListExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 5), QTime(9, 30))};
    QTemporaryDir m_dir;
    QString m_caseNo;
    QString m_otherCaseNo;

    Actor leader() const { return m_town.actor(m_town.leader); }
    Actor duty() const { return m_town.actor(m_town.duty); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    qint64 write(const Actor &actor, const QString &kind, const QString &file, ExportFilter filter = {})
    {
        return ListExport(*m_db, m_clock, actor, actor.name).write(kind, filter, path(file));
    }

private slots:
    void initTestCase()
    {
        m_testDb = std::make_unique<test::TestDatabase>();
        m_db = m_testDb->fresh();
        m_town = TestTown::create(*m_db);
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        CaseRecord c;
        c.title = u"楼上漏水，协商未果"_s;
        c.description = u"楼上卫生间漏水"_s;
        c.address = u"上溪村 3 组 12 号"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        CaseParty p;
        p.name = u"欧阳娜娜"_s;
        p.residentId = idX;
        p.phone = landline;
        c.parties = {p};
        const CaseRecord saved = service.report(c, m_town.actor(m_town.reception));
        m_caseNo = saved.caseNo;
        auto act = [&](CaseAction action, ActionInput in = {}) {
            const auto now = *CaseRepository(*m_db).get(saved.id);
            service.apply(saved.id, now.version, action, in, duty());
        };
        act(CaseAction::Register);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        act(CaseAction::Dispatch, dispatch);

        CaseRecord other;
        other.title = u"南苑社区噪声扰民"_s;
        other.categoryId = m_town.neighbourDispute.id;
        other.orgUnitId = m_town.grid3.id;
        CaseParty q;
        q.name = u"李四"_s;
        q.phone = u"13812345678"_s;
        other.parties = {q};
        Actor county = m_town.actor(m_town.reception);
        county.orgUnitId = m_town.county.id;
        m_otherCaseNo = service.report(other, county).caseNo;

        Worker w;
        w.orgUnitId = m_town.grid2.id;
        w.name = u"周网格"_s;
        w.phone = landline;
        w.residentId = idX;
        w.inPostDate = QDate(2025, 1, 1);
        WorkerRepository(*m_db).create(w, QDate(2026, 3, 5));
    }

    void casesFullForTheLeader()
    {
        const qsizetype auditsBefore = AuditLog(*m_db, m_clock).recent(100000).size();
        QCOMPARE(write(leader(), u"cases"_s, u"leader.xlsx"_s), 1); // the leader's township only
        const RawSheet sheet = SheetReader::read(path(u"leader.xlsx"_s));
        QCOMPARE(sheet.rows.at(0).value(0).text, u"案件清单"_s);
        QVERIFY(sheet.rows.at(1).value(0).text.contains(u"青石镇"_s)); // the filter line names the scope
        const CellRow row = rowFor(sheet, m_caseNo);
        QVERIFY(!row.isEmpty());
        QCOMPARE(row.value(column(sheet, u"事项分类"_s)).text, u"矛盾纠纷 / 邻里纠纷"_s);
        QCOMPARE(row.value(column(sheet, u"所属乡镇"_s)).text, u"青石镇"_s);
        QCOMPARE(row.value(column(sheet, u"村(社区) / 网格"_s)).text, u"上溪村 / 上溪村第1网格"_s);
        QCOMPARE(row.value(column(sheet, u"事发地点"_s)).text, u"上溪村 3 组 12 号"_s);
        QCOMPARE(row.value(column(sheet, u"承办部门"_s)).text, u"司法所"_s);
        QCOMPARE(row.value(column(sheet, u"反映人"_s)).text, u"欧阳娜娜"_s);
        const Cell id = row.value(column(sheet, u"身份证号码"_s));
        QCOMPARE(id.kind, Cell::Kind::Text);
        QCOMPARE(id.text, idX);
        QCOMPARE(row.value(column(sheet, u"联系电话"_s)).text, landline);
        const Cell received = row.value(column(sheet, u"受理时间"_s));
        QCOMPARE(received.kind, Cell::Kind::DateTime);
        QCOMPARE(CellCoercion::toDateTime(received).value, m_clock.now());
        const auto audits = AuditLog(*m_db, m_clock).recent(1);
        QCOMPARE(AuditLog(*m_db, m_clock).recent(100000).size(), auditsBefore + 1);
        QCOMPARE(audits.constFirst().action, u"export"_s);
        QCOMPARE(audits.constFirst().objectType, u"cases"_s);
        QVERIFY(audits.constFirst().detail.contains(u"personal_data=full"_s));
    }

    void casesMaskedForTheDutyOfficer()
    {
        QCOMPARE(write(duty(), u"cases"_s, u"duty.xlsx"_s), 1);
        const RawSheet sheet = SheetReader::read(path(u"duty.xlsx"_s));
        const CellRow row = rowFor(sheet, m_caseNo);
        QCOMPARE(row.value(column(sheet, u"身份证号码"_s)).text, Masking::residentId(idX));
        QCOMPARE(row.value(column(sheet, u"联系电话"_s)).text, Masking::phone(landline));
        QCOMPARE(row.value(column(sheet, u"反映人"_s)).text, Masking::name(u"欧阳娜娜"_s));
        QVERIFY(AuditLog(*m_db, m_clock).recent(1).constFirst().detail.contains(u"personal_data=masked"_s));
        Actor admin = m_town.actor(m_town.admin); // may not view cases
        EXPECT_ERROR(write(admin, u"cases"_s, u"admin.xlsx"_s), Error::Kind::Forbidden);
        QVERIFY(!QFile::exists(path(u"admin.xlsx"_s)));
    }

    void townshipFilterAndScope()
    {
        Actor county = leader();
        county.orgUnitId = m_town.county.id;
        ExportFilter south;
        south.townshipCode = m_town.township2.code;
        QCOMPARE(write(county, u"cases"_s, u"south.xlsx"_s, south), 1);
        QVERIFY(!rowFor(SheetReader::read(path(u"south.xlsx"_s)), m_otherCaseNo).isEmpty());
        EXPECT_ERROR(write(leader(), u"cases"_s, u"other.xlsx"_s, south), Error::Kind::Forbidden);
        ExportFilter unknown;
        unknown.townshipCode = u"999999999"_s;
        EXPECT_ERROR(write(county, u"cases"_s, u"x.xlsx"_s, unknown), Error::Kind::Validation);
        ExportFilter later;
        later.from = QDate(2026, 4, 1);
        QCOMPARE(write(county, u"cases"_s, u"later.xlsx"_s, later), 0);
        EXPECT_ERROR(write(county, u"cases"_s, u"cases.pdf"_s), Error::Kind::Validation);
        EXPECT_ERROR(write(county, u"nonsense"_s, u"n.xlsx"_s), Error::Kind::Validation);
    }

    // The same export as xlsx and as CSV reads back to the same values.
    void xlsxAndCsvReadBackAlike()
    {
        write(leader(), u"cases"_s, u"same.xlsx"_s);
        write(leader(), u"cases"_s, u"same.csv"_s);
        const RawSheet x = SheetReader::read(path(u"same.xlsx"_s));
        const RawSheet c = SheetReader::read(path(u"same.csv"_s));
        const CellRow a = rowFor(x, m_caseNo);
        const CellRow b = rowFor(c, m_caseNo);
        QCOMPARE(a.size(), b.size());
        QCOMPARE(x.rows.value(headerRow), c.rows.value(headerRow));
        for (int col = 0; col < a.size(); ++col) {
            const QString title = x.rows.value(headerRow).value(col).text;
            if (a.at(col).kind == Cell::Kind::DateTime) {
                QCOMPARE(CellCoercion::toDateTime(b.at(col)).value,
                         CellCoercion::toDateTime(a.at(col)).value);
            } else if (title == u"身份证号码"_s) {
                QCOMPARE(CellCoercion::toResidentId(b.at(col), QDate(2026, 3, 5)).value, a.at(col).text);
            } else if (title == u"联系电话"_s) {
                QCOMPARE(CellCoercion::toPhone(b.at(col)).value, a.at(col).text);
            } else {
                QCOMPARE(b.at(col).text, a.at(col).text);
            }
        }
    }

    void baseDataKinds()
    {
        Actor admin = m_town.actor(m_town.admin);
        QVERIFY(write(admin, u"org-units"_s, u"units.xlsx"_s) >= 9);
        const RawSheet units = SheetReader::read(path(u"units.xlsx"_s));
        QCOMPARE(rowFor(units, u"330681001001001"_s).value(1).text, u"上溪村第1网格"_s);
        QCOMPARE(rowFor(units, u"330681001001001"_s).value(0).kind, Cell::Kind::Text);

        ExportFilter township1;
        township1.townshipCode = m_town.township1.code;
        QCOMPARE(write(admin, u"grids"_s, u"grids.xlsx"_s, township1), 2);
        const RawSheet grids = SheetReader::read(path(u"grids.xlsx"_s));
        QVERIFY(
            rowFor(grids, u"330681001001001"_s).value(column(grids, u"网格员"_s)).text.contains(u"李网格"_s));

        QCOMPARE(write(admin, u"departments"_s, u"departments.csv"_s, township1), 3);
        QCOMPARE(write(admin, u"categories"_s, u"categories.xlsx"_s), 6);
        const RawSheet categories = SheetReader::read(path(u"categories.xlsx"_s));
        const CellRow leak = rowFor(categories, u"0201"_s);
        QCOMPARE(leak.value(column(categories, u"上级类别代码"_s)).text, u"02"_s);
        QCOMPARE(leak.value(column(categories, u"上级类别"_s)).text, u"城乡建设"_s);
        QCOMPARE(leak.value(column(categories, u"时限计法"_s)).text, u"自然日"_s);

        QCOMPARE(write(admin, u"workers"_s, u"workers.xlsx"_s, township1), 2);
        const RawSheet masked = SheetReader::read(path(u"workers.xlsx"_s));
        int zhou = -1;
        for (int r = headerRow + 1; r < masked.rows.size(); ++r)
            if (masked.rows.at(r).value(1).text == u"周网格"_s)
                zhou = r;
        QVERIFY(zhou > 0);
        QCOMPARE(masked.rows.at(zhou).value(column(masked, u"身份证号码"_s)).text, Masking::residentId(idX));
        QCOMPARE(masked.rows.at(zhou).value(column(masked, u"联系电话"_s)).text, Masking::phone(landline));
        QVERIFY(masked.rows.at(zhou).value(column(masked, u"网格分配"_s)).text.contains(u"上溪村第2网格"_s));
        QCOMPARE(CellCoercion::toDate(masked.rows.at(zhou).value(column(masked, u"上岗日期"_s))).value,
                 QDate(2025, 1, 1));

        Actor full = admin;
        full.roles |= Role::Leader;
        write(full, u"workers"_s, u"workers-full.xlsx"_s, township1);
        const RawSheet clear = SheetReader::read(path(u"workers-full.xlsx"_s));
        bool found = false;
        for (const CellRow &r : clear.rows)
            found = found ||
                    (r.value(1).text == u"周网格"_s && r.value(column(clear, u"身份证号码"_s)).text == idX);
        QVERIFY(found);
    }

    void callbacksAndAuditLog()
    {
        QCOMPARE(write(leader(), u"callbacks"_s, u"callbacks.xlsx"_s), 0);
        QCOMPARE(SheetReader::read(path(u"callbacks.xlsx"_s)).rows.value(headerRow).value(0).text,
                 u"案件编号"_s);
        Actor admin = m_town.actor(m_town.admin);
        QVERIFY(write(admin, u"audit-log"_s, u"audit.xlsx"_s) > 0);
        const RawSheet audit = SheetReader::read(path(u"audit.xlsx"_s));
        bool sawExport = false;
        for (const CellRow &r : audit.rows)
            sawExport = sawExport || r.value(column(audit, u"操作"_s)).text == u"导出"_s;
        QVERIFY(sawExport);
        EXPECT_ERROR(write(duty(), u"audit-log"_s, u"duty-audit.xlsx"_s), Error::Kind::Forbidden);
    }
    // Base data exported from a filled database, imported into an EMPTY one — as a county sets itself
    // up: the first run leaves the national division tables' units and nothing else — in the order a
    // center would (org units, grids with their GeoJSON boundaries, departments, categories with their
    // default department) and exported again gives the same cells, file by file: the export's headers
    // are the import templates' own. Last: on PostgreSQL a fresh database empties this process's
    // database.
    void roundTripThroughImport()
    {
        Actor admin = m_town.actor(m_town.admin);
        admin.roles |= Role::Leader;
        // What the round trip must carry: a drawn boundary (one small, one past a cell's 32,767
        // characters, which goes beside the file) and a category's default department.
        OrgUnitRepository source(*m_db);
        Grid small = source.grid(m_town.grid1.id).value_or(Grid{m_town.grid1.id});
        small.boundaryGeoJson =
            u"{\"type\":\"Polygon\",\"coordinates\":[[[120.1,30.1],[120.2,30.1],[120.2,30.2],[120.1,30.1]]]}"_s;
        small.households = 260;
        // Stored as the app stores a boundary (GridPanel, the grids import): compact JSON.
        const auto compact = [](const QString &json) {
            return QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Compact));
        };
        small.boundaryGeoJson = compact(small.boundaryGeoJson);
        source.saveGrid(small);
        Grid large = source.grid(m_town.grid2.id).value_or(Grid{m_town.grid2.id});
        QStringList ring;
        for (int i = 0; i < 2400; ++i)
            ring << u"[%1,%2]"_s.arg(120.0 + i * 0.0001, 0, 'f', 6).arg(30.0 + (i % 7) * 0.0001, 0, 'f', 6);
        ring << ring.first();
        large.boundaryGeoJson = u"{\"type\":\"Polygon\",\"coordinates\":[["_s + ring.join(u',') + u"]]}"_s;
        large.boundaryGeoJson = compact(large.boundaryGeoJson);
        QVERIFY(large.boundaryGeoJson.size() > 32767);
        large.type = GridType::Street;
        source.saveGrid(large);
        Category withDepartment = m_town.neighbourDispute;
        withDepartment = *CategoryRepository(*m_db).byCode(withDepartment.code);
        withDepartment.defaultDepartmentId = m_town.judicial.id;
        CategoryRepository(*m_db).update(withDepartment);

        // Workers' histories: two earlier grids and the current one (the middle one as 网格长), an
        // unknown 上岗日期, one who has left (停用 with his 离岗日期).
        WorkerRepository workers(*m_db);
        Worker moved;
        moved.code = u"QSH001"_s;
        moved.name = u"钱历史"_s;
        moved.employment = Employment::PartTime;
        moved.orgUnitId = m_town.village1.id;
        moved.inPostDate = QDate(2023, 1, 1);
        workers.create(moved, QDate(2026, 3, 5));
        workers.insertAssignment(
            {0, moved.id, m_town.grid1.id, QDate(2023, 1, 1), QDate(2023, 12, 31), false});
        workers.insertAssignment({0, moved.id, m_town.grid2.id, QDate(2024, 1, 1), QDate(2024, 6, 30), true});
        workers.insertAssignment({0, moved.id, m_town.grid1.id, QDate(2024, 7, 1), QDate(), false});
        Worker unknownStart;
        unknownStart.code = u"QSH002"_s;
        unknownStart.name = u"孙新"_s;
        unknownStart.orgUnitId = m_town.grid2.id;
        workers.create(unknownStart, QDate(2026, 2, 16));
        QVERIFY(!workers.get(unknownStart.id)->inPostDate.isValid());
        Worker left;
        left.code = u"QSH003"_s;
        left.name = u"赵离岗"_s;
        left.orgUnitId = m_town.grid2.id;
        left.inPostDate = QDate(2022, 5, 1);
        workers.create(left, QDate(2026, 3, 5));
        workers.closeAssignment(workers.openAssignment(left.id)->id, QDate(2025, 12, 31));
        workers.setPostStatus(left.id, false, QDate(2025, 12, 31));
        // 停用: a department, a category and a village with a grid below it (the import adds the grid
        // before it deactivates the village).
        OrgUnit lakeGrid;
        lakeGrid.parentId = m_town.village2.id;
        lakeGrid.level = OrgLevel::Grid;
        lakeGrid.code = u"330681001002001"_s;
        lakeGrid.name = u"东湖社区第1网格"_s;
        source.create(lakeGrid);
        Query(*m_db, u"UPDATE org_units SET active = ? WHERE id = ?"_s)
            .bind(false)
            .bind(m_town.village2.id)
            .exec();
        Query(*m_db, u"UPDATE departments SET active = ? WHERE id = ?"_s)
            .bind(false)
            .bind(m_town.market.id)
            .exec();
        Query(*m_db, u"UPDATE categories SET active = ? WHERE id = ?"_s)
            .bind(false)
            .bind(m_town.wages.id)
            .exec();

        // Grids are never in the national tables: the app marks every grid it adds 本地新增 (the test
        // town writes its units directly).
        Query(*m_db, u"UPDATE org_units SET local = ? WHERE level = 4"_s).bind(true).exec();
        const QStringList kinds{u"org-units"_s, u"grids"_s, u"departments"_s, u"categories"_s, u"workers"_s};
        QHash<QString, RawSheet> before;
        for (const QString &kind : kinds) {
            write(admin, kind, kind + u"-a.xlsx"_s);
            write(admin, kind, kind + u"-a.csv"_s); // codes as ="…", which the import takes off
            before.insert(kind, SheetReader::read(path(kind + u"-a.xlsx"_s)));
        }
        QVERIFY(QFile::exists(path(m_town.grid2.code + u".geojson"_s)));
        // The first run (zongzhi-cli init --division, or the setup wizard) leaves the county's units
        // from the national division tables — county, townships, villages with their national codes —
        // and nothing else: no grids, departments, categories, workers or demo data.
        const QList<OrgUnit> units = OrgUnitRepository(*m_db).all();
        // Once from our CSV, once from the xlsx: each into an empty database, exported again as xlsx.
        Actor importer; // the county's admin in the empty database
        for (const QString &format : {u"csv"_s, u"xlsx"_s}) {
            m_db.reset();
            m_db = m_testDb->fresh();
            QHash<qint64, qint64> ids;
            for (OrgUnit u : units) {
                if (u.level == OrgLevel::Grid)
                    continue;
                const qint64 old = u.id;
                u.parentId = ids.value(u.parentId);
                u.local = false;
                OrgUnitRepository(*m_db).create(u);
                ids.insert(old, u.id);
            }
            importer = Actor{0, u"县管理员"_s, Role::Admin, ids.value(m_town.county.id), 0};
            for (const QString &kind : kinds) {
                auto rows = ImportKinds::create(kind, *m_db, m_clock, importer);
                QVERIFY(rows);
                ImportRunner runner(*m_db, *rows);
                const FileSource source(path(kind + u"-a."_s + format));
                const ImportSummary s = runner.run(source, runner.detect(source), {});
                QVERIFY2(s.rejects.isEmpty() && s.failure.isEmpty(),
                         qPrintable(format + u" "_s + kind + u": "_s + s.failure +
                                    (s.rejects.isEmpty() ? QString()
                                                         : u"row %1 %2 %3"_s.arg(s.rejects.constFirst().row)
                                                               .arg(s.rejects.constFirst().column,
                                                                    s.rejects.constFirst().reason))));
                // Every row stored (the units from the division tables unchanged).
                QCOMPARE(s.stored(), qint64(before.value(kind).rows.size() - headerRow - 1));
            }
            for (const QString &kind : kinds) {
                write(admin, kind, kind + u"-b.xlsx"_s);
                const RawSheet a = before.value(kind);
                const RawSheet b = SheetReader::read(path(kind + u"-b.xlsx"_s));
                QCOMPARE(b.rows.size(), a.rows.size());
                for (int r = headerRow; r < a.rows.size(); ++r)
                    for (int c = 0; c < a.rows.at(r).size(); ++c)
                        QVERIFY2(b.rows.at(r).value(c) == a.rows.at(r).value(c),
                                 qPrintable(u"%1 %2 row %3 column %4: %5 / %6"_s.arg(format, kind)
                                                .arg(r)
                                                .arg(a.rows.at(headerRow).value(c).text,
                                                     a.rows.at(r).value(c).text.left(60),
                                                     b.rows.at(r).value(c).text.left(60))));
            }
        }
        QCOMPARE(OrgUnitRepository(*m_db)
                     .grid(OrgUnitRepository(*m_db).byCode(m_town.grid2.code)->id)
                     ->boundaryGeoJson.size(),
                 large.boundaryGeoJson.size());
        const Category imported = *CategoryRepository(*m_db).byCode(withDepartment.code);
        QCOMPARE(DepartmentRepository(*m_db).get(imported.defaultDepartmentId)->name, u"司法所"_s);
        // What the cells say, stored: the history span by span, the unknown 上岗日期, the left worker,
        // the deactivated village (its grid added below it), department and category.
        WorkerRepository importedWorkers(*m_db);
        const Worker movedAgain = *importedWorkers.byCode(u"QSH001"_s);
        const QList<WorkerGrid> spans = importedWorkers.assignments(movedAgain.id);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(1).from, QDate(2024, 1, 1));
        QCOMPARE(spans.at(1).to, QDate(2024, 6, 30));
        QVERIFY(spans.at(1).isHead);
        QVERIFY(spans.at(0).isOpen());
        QVERIFY(!importedWorkers.byCode(u"QSH002"_s)->inPostDate.isValid());
        const Worker leftAgain = *importedWorkers.byCode(u"QSH003"_s);
        QVERIFY(!leftAgain.active);
        QCOMPARE(leftAgain.leftPostDate, QDate(2025, 12, 31));
        QVERIFY(!importedWorkers.openAssignment(leftAgain.id));
        OrgUnitRepository importedUnits(*m_db);
        QVERIFY(!importedUnits.byCode(m_town.village2.code)->active);
        QVERIFY(importedUnits.byCode(lakeGrid.code)->active);
        QVERIFY(!CategoryRepository(*m_db).byCode(m_town.wages.code)->active);
        bool marketInactive = false;
        for (const Department &d : DepartmentRepository(*m_db).list(0, false))
            marketInactive = marketInactive || (d.name == m_town.market.name && !d.active);
        QVERIFY(marketInactive);
        // Importing the same files again changes nothing.
        for (const QString &kind : kinds) {
            auto rows = ImportKinds::create(kind, *m_db, m_clock, importer);
            ImportRunner runner(*m_db, *rows);
            const FileSource again(path(kind + u"-b.xlsx"_s));
            const ImportSummary s = runner.run(again, runner.detect(again), {});
            QVERIFY2(s.rejects.isEmpty() && s.failure.isEmpty(), qPrintable(kind + s.failure));
            QCOMPARE(s.inserted + s.updated, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestListExport)
#include "tst_list_export.moc"
