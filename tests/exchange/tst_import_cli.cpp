// `zongzhi-cli import` (issue 11) on both engines: templates for every kind (Chinese headers that map
// by themselves, one example row, a notes sheet), an import as a logged-in account with the exit
// codes 0 (every row in, also on re-import), 3 (some rows rejected, good-rows-only) and 4 (nothing
// imported: all-or-nothing with a bad row, a file without the needed columns), the rejects report
// read back with its row numbers, a dry run that stores nothing, and a kind the account's roles may not
// import refused with exit code 2.
#include "AccountService.h"
#include "CliCommands.h"
#include "Error.h"
#include "FileSource.h"
#include "ImportKinds.h"
#include "ImportProfileRepository.h"
#include "ImportRunner.h"
#include "Query.h"
#include "SheetReader.h"
#include "TestDatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestImportCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    QTemporaryDir m_dir;
    QString m_login;
    const QString m_password = u"Qingshi#2026"_s;
    QString m_out;
    SystemClock m_clock;

    int cli(QStringList args)
    {
        // --password-stdin reads one line: give it the password as standard input.
        QFile pw(m_dir.filePath(u"pw.txt"_s));
        if (!pw.open(QIODevice::WriteOnly))
            return -1;
        pw.write((m_password + u'\n').toUtf8());
        pw.close();
        if (!std::freopen(QFile::encodeName(pw.fileName()).constData(), "r", stdin))
            return -1;
        args << u"--db"_s << m_testDb->currentUrl() << u"--login"_s << m_login << u"--password-stdin"_s;
        m_out.clear();
        QTextStream out(&m_out), err(&m_out);
        return cli::run(args, out, err);
    }

    QString writeCsv(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return f.fileName();
    }

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
            User u;
            m_login = u"impcli%1"_s.arg(QCoreApplication::applicationPid() % 1000000);
            u.login = m_login;
            u.displayName = u"青石镇管理员"_s;
            u.roles = Role::Admin;
            u.orgUnitId = m_town.township1.id;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, m_password);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db)
            Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(m_login));
        m_db.reset();
    }

    void templatesForEveryKind()
    {
        for (const QString &id : ImportKinds::ids()) {
            const QString path = m_dir.filePath(id + u".xlsx"_s);
            QStringList args{u"import"_s, u"--template"_s, id, u"--out"_s, path};
            QString text;
            QTextStream out(&text);
            QCOMPARE(cli::run(args, out, out), 0);
            const QStringList sheets = SheetReader::sheetNames(path);
            QCOMPARE(sheets.size(), 2);
            QVERIFY(sheets.contains(u"填写说明"_s));
            const RawSheet sheet = SheetReader::read(path);
            const ImportKind kind = *ImportKinds::describe(id);
            QCOMPARE(sheet.rows.first().size(), kind.columns.size());
            QCOMPARE(sheet.rows.first().first().text, kind.columns.first().header);
            QVERIFY(sheet.rows.size() >= 2); // the example row
            // The template maps by itself.
            auto importer = ImportKinds::create(id, *m_db, m_clock, m_town.actor(m_town.admin));
            ImportRunner runner(*m_db, *importer);
            const ImportMapping mapping = runner.detect(FileSource(path));
            QCOMPARE(mapping.headerRow, 1);
            QCOMPARE(mapping.columns.size(), kind.columns.size());
        }
    }

    void exitCodes()
    {
        const QString header = u"单位代码,部门名称,部门类型,联系电话\n"_s;
        const QString good = writeCsv(u"good.csv"_s, header + u"330681001,综合执法队,职能部门,0570-6221234\n"
                                                              "330681001,人社窗口,进驻部门,\n"_s);
        const qint64 before = count(u"SELECT COUNT(*) FROM departments"_s);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, good}), 0);
        QVERIFY2(m_out.contains(u"新增 2"_s), qPrintable(m_out));
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + 2);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, good}), 0);
        QVERIFY2(m_out.contains(u"未变 2"_s), qPrintable(m_out));

        // Row 3 names another township (out of the account's scope), row 4 has no phone shape.
        const QString mixed = writeCsv(u"mixed.csv"_s, header + u"330681001,应急办,,0570-6220001\n"
                                                                "330681002,城管中队,,\n"
                                                                "330681001,退役军人服务站,,12345\n"_s);
        const QString rejects = m_dir.filePath(u"rejects.xlsx"_s);
        QCOMPARE(
            cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, mixed, u"--rejects"_s, rejects}),
            4);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + 2);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, mixed, u"--mode"_s, u"valid"_s,
                      u"--dry-run"_s}),
                 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + 2);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, mixed, u"--mode"_s, u"valid"_s,
                      u"--rejects"_s, rejects}),
                 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM departments"_s), before + 3);
        const RawSheet report = SheetReader::read(rejects);
        QStringList rows;
        for (const CellRow &r : report.rows)
            if (!r.isEmpty() && (r.first().text == u"3"_s || r.first().text == u"4"_s))
                rows << r.first().text;
        QCOMPARE(rows, (QStringList{u"3"_s, u"4"_s}));

        // A source with its own words for the columns: by a saved mapping profile of the account's unit.
        const QString foreignWords = writeCsv(u"county.csv"_s, u"机构编码,科室\n330681001,综治办\n"_s);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, foreignWords}), 4);
        ImportProfile profile;
        profile.kind = u"departments"_s;
        profile.name = u"县部门表"_s;
        profile.columns = {{u"unit"_s, u"机构编码"_s}, {u"name"_s, u"科室"_s}};
        Actor county = m_town.actor(m_town.admin);
        ImportProfileRepository(*m_db, m_clock, county).save(profile);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, foreignWords, u"--mapping"_s,
                      u"县部门表"_s}),
                 0);
        QVERIFY2(m_out.contains(u"新增 1"_s), qPrintable(m_out));
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, foreignWords, u"--mapping"_s,
                      u"没有这个方案"_s}),
                 2);

        // A file without the needed columns imports nothing.
        const QString foreign = writeCsv(u"foreign.csv"_s, u"甲,乙\n1,2\n"_s);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"departments"_s, u"--file"_s, foreign}), 4);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"nonsense"_s, u"--file"_s, foreign}), 2);
    }

    // A kind the account's roles may not import is refused before the file is read, with exit code 2:
    // 12345 orders are the counter's and the duty desk's, not an admin's.
    void kindRefusedForTheRole()
    {
        const QString orders =
            writeCsv(u"orders.csv"_s, u"工单编号,来电时间,来电号码,诉求内容,一级分类,所属村社,工单状态\n"
                                      "GD1,2025-05-06 10:00,13900002222,路灯不亮,城乡建设,上溪村,转办\n"_s);
        QCOMPARE(cli({u"import"_s, u"--kind"_s, u"hotline-orders"_s, u"--file"_s, orders}), 2);
        QVERIFY2(m_out.contains(u"不能导入"_s) && m_out.contains(u"12345"_s), qPrintable(m_out));
        QCOMPARE(count(u"SELECT COUNT(*) FROM hotline_orders"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM cases"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
