// zongzhi-bench-exchange: historical cases in from xlsx and cases out to xlsx at the size
// (issue 11: 100,000 rows in under 60 s on SQLite and 120 s on PostgreSQL, out in under 15 s with
// constant memory), as real accounts — a township and a county duty officer (created through
// AccountService when missing; on PostgreSQL their own login roles under row-level security) — next to
// the raw engine writing the same rows under the same identity: on SQLite every INSERT and UPDATE our
// import sent, replayed through sqlite3 into a copy of the file taken just before; on PostgreSQL the same
// zz_case_import() batches through libpq as the same login role (the only way that role may write cases),
// rolled back. Each run imports a file of new rows (ledger template, 80% closed with their dates); the
// imported cases are deleted by the owner between runs. Figures are medians; nothing is judged here.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseImporter.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "FileSource.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "Query.h"
#include "RawEngine.h"
#include "ReferenceRepositories.h"
#include "Validators.h"
#include "XlsxTableWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Peak resident memory since the last reset, in MB (Linux: VmHWM, reset through clear_refs).
double peakRssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

struct Account
{
    QString kind; // township, county
    QString login;
    QString password;
};

zz::User ensureAccount(const zz::Database &db, const Account &account, qint64 county, qint64 township)
{
    if (const auto u = zz::UserRepository(db).byLogin(account.login))
        return *u;
    const zz::Actor actor{0, u"bench"_s, zz::Role::Admin, county, 0};
    zz::User user;
    user.login = account.login;
    // A historical ledger is imported by a leader (or an admin): Permission::ImportCaseLedger.
    user.displayName = account.kind == u"county"_s ? u"县级领导"_s : u"乡镇领导"_s;
    user.roles = zz::Role::Leader;
    user.orgUnitId = account.kind == u"county"_s ? county : township;
    const zz::SystemClock clock;
    zz::AccountService(db, clock, actor).create(user, account.password);
    return *zz::UserRepository(db).byLogin(account.login);
}

// What the generated ledger refers to: the places of the account's scope, categories, departments.
struct Lookups
{
    QStringList places;                     // codes of villages in scope
    QHash<QString, QString> townshipOfCode; // village code → its township id (as text)
    QHash<QString, QString> department;     // township id → a department name there
    QStringList categories;                 // sub-category names
};

Lookups lookups(const zz::Database &db, qint64 scopeUnit)
{
    Lookups l;
    zz::Query scope(db, u"SELECT path FROM org_units WHERE id = ?"_s);
    const QString path = scope.bind(scopeUnit).scalar().toString();
    zz::Query v(db, u"SELECT code, township_id FROM org_units WHERE level = 3 AND active = ? AND path LIKE ? "
                    "ORDER BY code"_s);
    for (v.bind(true).bind(path + u"%"_s).exec(); v.next();) {
        l.places << v.text(0);
        l.townshipOfCode.insert(v.text(0), v.text(1));
    }
    zz::Query d(db, u"SELECT org_unit_id, name FROM departments WHERE active = ? ORDER BY id"_s);
    for (d.bind(true).exec(); d.next();)
        if (!l.department.contains(d.text(0)))
            l.department.insert(d.text(0), d.text(1));
    zz::Query c(db, u"SELECT c.name FROM categories c WHERE c.parent_id IS NOT NULL AND c.active = ? AND "
                    "(SELECT COUNT(*) FROM categories o WHERE o.name = c.name) = 1 ORDER BY c.id"_s);
    for (c.bind(true).exec(); c.next();)
        l.categories << c.text(0);
    return l;
}

// A ledger of `rows` new cases in the template's columns.
void writeLedger(const QString &path, const Lookups &l, int rows, const QString &tag, quint32 seed)
{
    QRandomGenerator rng(seed);
    zz::XlsxTableWriter w(path);
    const zz::ImportKind kind = zz::CaseImporter::describe();
    QList<zz::TableColumn> columns;
    for (const zz::ImportColumn &c : kind.columns)
        columns << zz::TableColumn{c.header, zz::ColumnType::Text};
    w.beginSheet(u"台账"_s, columns);
    static const QStringList sources{u"来访"_s, u"网格上报"_s, u"来电"_s, u"来信"_s, u"网上"_s};
    static const QStringList surnames{u"张"_s, u"王"_s, u"李"_s, u"赵"_s, u"陈"_s, u"刘"_s, u"杨"_s, u"黄"_s};
    static const QStringList given{u"伟"_s, u"芳"_s, u"娜"_s, u"敏"_s, u"静"_s, u"强"_s, u"磊"_s, u"洋"_s};
    const QDate first(2023, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QString place = l.places[int(rng.bounded(quint32(l.places.size())))];
        const QDate received = first.addDays(rng.bounded(1000));
        const quint32 kind = rng.bounded(10u);
        const QString status = kind < 8 ? u"已结案"_s : kind < 9 ? u"处置中"_s : u"已立案"_s;
        const QString first17 =
            u"330681%1%2"_s.arg(QDate(1950, 1, 1).addDays(rng.bounded(20000)).toString(u"yyyyMMdd"_s))
                .arg(rng.bounded(1000u), 3, 10, QChar(u'0'));
        const QString id = first17 + zz::Validators::residentIdCheckChar(first17);
        QVariantList row{
            QString(),
            received.toString(Qt::ISODate) + u" 09:%1"_s.arg(rng.bounded(60u), 2, 10, QChar(u'0')),
            sources[int(rng.bounded(quint32(sources.size())))],
            l.categories[int(rng.bounded(quint32(l.categories.size())))],
            place,
            u"某路%1号"_s.arg(rng.bounded(300u) + 1),
            QString(),
            u"%1 第%2条：群众反映的问题，经调查核实后交有关部门处理"_s.arg(tag).arg(i + 1),
            surnames[int(rng.bounded(8u))] + given[int(rng.bounded(8u))],
            id,
            u"13%1"_s.arg(rng.bounded(1000000000u), 9, 10, QChar(u'0')),
            status,
            received.toString(Qt::ISODate),
            kind < 9 ? received.addDays(1).toString(Qt::ISODate) : QString(),
            kind < 8 ? received.addDays(5).toString(Qt::ISODate) : QString(),
            kind < 8 ? received.addDays(6 + int(rng.bounded(15u))).toString(Qt::ISODate) : QString(),
            l.department.value(l.townshipOfCode.value(place)),
            kind < 8 ? (rng.bounded(5u) ? u"满意"_s : u"不满意"_s) : QString(),
            kind < 8 ? u"是"_s : QString(),
        };
        w.addRow(row);
    }
    w.close();
}

// Sees the statements our import sends: on SQLite replays each write into the copy through sqlite3 (timed),
// on PostgreSQL keeps the zz_case_import() calls for replaying afterwards.
class Capture : public zz::Query::Observer
{
public:
    Capture(const zz::Database &db, zz::cli::RawEngine *sqliteCopy) : m_db(db), m_copy(sqliteCopy) {}

    void executed(const zz::Database &db, const QString &sql, const QVariantList &values) override
    {
        if (&db != &m_db)
            return;
        if (m_copy) {
            const QString name = zz::statementName(sql);
            if (!name.startsWith(u"INSERT"_s) && !name.startsWith(u"UPDATE"_s))
                return;
            const zz::cli::RawStatement st = zz::cli::rawStatement(sql, values, false);
            QElapsedTimer t;
            t.start();
            m_copy->run(st, nullptr);
            const qint64 ns = t.nsecsElapsed();
            rawNs += ns;
            byStatement[name] += ns;
            ++statements;
        } else if (sql.contains(u"zz_case_import"_s)) {
            kept << zz::cli::rawStatement(sql, values, true);
            ++statements;
        }
    }

    qint64 rawNs = 0;
    qint64 statements = 0;
    QHash<QString, qint64> byStatement; // SQLite: the raw engine's time per kind of statement
    QList<zz::cli::RawStatement> kept;

private:
    const zz::Database &m_db;
    zz::cli::RawEngine *m_copy;
};

// PostgreSQL: a rolled-back import (the dry run, the raw replay) leaves its audit rows dead at the top of
// audit_log's id index, which the next import's every audit append (zz_audit_append reads the newest row)
// would step over until autovacuum came by; the owner vacuums between the phases.
void vacuum(const zz::Database &owner)
{
    if (owner.isPostgres())
        zz::Query::run(
            owner, u"VACUUM ANALYZE audit_log, cases, case_flow, case_parties, callbacks, case_imports"_s);
}

zz::ImportSummary importFile(const zz::Database &db, const zz::Actor &actor, const QString &file, bool dryRun)
{
    const zz::SystemClock clock;
    auto importer = zz::ImportKinds::create(u"cases"_s, db, clock, actor);
    zz::ImportRunner runner(db, *importer);
    const zz::FileSource source(file);
    const zz::ImportMapping mapping = runner.detect(source);
    zz::ImportOptions options;
    options.mode = zz::ImportMode::ValidOnly;
    options.batchSize = 1000;
    options.dryRun = dryRun;
    return runner.run(source, mapping, options);
}

void deleteImported(const zz::Database &owner)
{
    zz::Query::run(owner, u"DELETE FROM cases WHERE id IN (SELECT case_id FROM case_imports)"_s);
    vacuum(owner);
}

// The imported cases out to xlsx as the account sees them (IDs and phones masked), in keyset pages.
qint64 exportCases(const zz::Database &db, const QString &path)
{
    zz::XlsxTableWriter w(path);
    w.beginSheet(u"案件"_s,
                 {{u"案件编号"_s, zz::ColumnType::Code},
                  {u"受理时间"_s, zz::ColumnType::DateTime},
                  {u"标题"_s, zz::ColumnType::Text},
                  {u"事件类别"_s, zz::ColumnType::Text},
                  {u"事发地点"_s, zz::ColumnType::Text},
                  {u"状态"_s, zz::ColumnType::Text},
                  {u"结案时间"_s, zz::ColumnType::DateTime},
                  {u"当事人"_s, zz::ColumnType::Text},
                  {u"身份证号"_s, zz::ColumnType::Code},
                  {u"联系电话"_s, zz::ColumnType::Code}},
                 {u"案件清单(基准测试)"_s});
    qint64 last = 0, rows = 0;
    for (;;) {
        zz::Query q(db,
                    u"SELECT c.id, c.case_no, c.received_at, c.title, g.name, o.name, c.status, c.closed_at, "
                    "p.name, p.resident_id, p.phone FROM cases c JOIN case_imports i ON i.case_id = c.id "
                    "JOIN categories g ON g.id = c.category_id JOIN org_units o ON o.id = c.org_unit_id "
                    "LEFT JOIN case_parties p ON p.case_id = c.id WHERE c.id > ? ORDER BY c.id LIMIT 5000"_s);
        q.bind(last).exec();
        int page = 0;
        while (q.next()) {
            last = q.int64(0);
            ++page;
            w.addRow({q.text(1), q.time(2), q.text(3), q.text(4), q.text(5),
                      zz::label(zz::fromCode<zz::CaseStatus>(q.text(6)).value_or(zz::CaseStatus::Closed)),
                      q.isNull(7) ? QVariant() : QVariant(q.time(7)), zz::Masking::name(q.text(8)),
                      zz::Masking::residentId(q.text(9)), zz::Masking::phone(q.text(10))});
        }
        rows += page;
        if (page < 5000)
            break;
    }
    w.close();
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times historical cases in from xlsx and cases out to xlsx."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database URL (the owner's on PostgreSQL)."_s, u"url"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows per file."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Timed imports per account."_s, u"n"_s, u"3"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures to this file."_s, u"file"_s);
    const QCommandLineOption prefixOption(u"login-prefix"_s, u"Prefix of the two accounts' logins."_s,
                                          u"text"_s, u"xbench"_s);
    const QCommandLineOption accountsOption(u"accounts"_s, u"Whose imports: township, county or both."_s,
                                            u"which"_s, u"both"_s);
    const QCommandLineOption noRawOption(u"no-raw"_s,
                                         u"Skip the raw engine's run (our import's figures only)."_s);
    parser.addOptions(
        {dbOption, rowsOption, repeatsOption, jsonOption, prefixOption, accountsOption, noRawOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.isSet(dbOption)) {
        err << "--db is required\n";
        return 2;
    }
    const int rows = parser.value(rowsOption).toInt();
    const int repeats = qMax(1, parser.value(repeatsOption).toInt());
    QTemporaryDir dir;
    try {
        zz::Database owner(parser.value(dbOption));
        owner.migrate();
        if (zz::Query(owner, u"SELECT COUNT(*) FROM org_units"_s).scalar().toLongLong() == 0) {
            zz::DemoOptions options;
            options.cases = 0;
            zz::DemoDataGenerator(owner, options).run();
            out << "set up the demo county (no cases)\n";
        }
        qint64 county = 0, township = 0;
        {
            zz::Query q(owner,
                        u"SELECT id, level FROM org_units WHERE level IN (1, 2) ORDER BY level, code"_s);
            for (q.exec(); q.next();) {
                if (q.integer(1) == 1 && !county)
                    county = q.int64(0);
                if (q.integer(1) == 2 && !township)
                    township = q.int64(0);
            }
        }
        const QString prefix = parser.value(prefixOption);
        QList<Account> accounts{{u"township"_s, prefix + u"town"_s, u"Bench#2026town"_s},
                                {u"county"_s, prefix + u"county"_s, u"Bench#2026county"_s}};
        const QString which = parser.value(accountsOption);
        if (which != u"both"_s)
            accounts.removeIf([&which](const Account &a) { return a.kind != which; });
        QJsonObject result{{u"rows"_s, rows},
                           {u"repeats"_s, repeats},
                           {u"backend"_s, owner.isPostgres() ? u"postgresql"_s : u"sqlite"_s},
                           {u"date"_s, QDate::currentDate().toString(Qt::ISODate)}};
        QJsonObject perAccount;
        const zz::SystemClock clock;
        for (const Account &account : accounts) {
            const zz::User user = ensureAccount(owner, account, county, township);
            const Lookups l = lookups(owner, user.orgUnitId);
            deleteImported(owner);
            const zz::Session session =
                zz::AuthService(clock).login(owner.url().toString(), user.login, account.password);
            // The raw engine: a dry run of our import with its writes captured.
            const QString rawFile = dir.filePath(u"raw-%1.xlsx"_s.arg(account.kind));
            writeLedger(rawFile, l, rows, u"基准%1-raw"_s.arg(account.kind), 7);
            double rawMs = 0;
            qint64 rawStatements = 0;
            double dryMs = 0;
            if (parser.isSet(noRawOption)) {
                out << account.kind << ": raw engine skipped (--no-raw)\n";
            } else if (owner.isPostgres()) {
                Capture capture(*session.db, nullptr);
                zz::Query::setObserver(&capture);
                QElapsedTimer t;
                t.start();
                importFile(*session.db, session.actor(), rawFile, true);
                dryMs = t.nsecsElapsed() / 1e6;
                zz::Query::setObserver(nullptr);
                vacuum(owner);
                auto raw = zz::cli::RawEngine::open(session.db->url());
                raw->run({"BEGIN", {}}, nullptr);
                t.restart();
                for (const zz::cli::RawStatement &st : std::as_const(capture.kept))
                    raw->run(st, nullptr);
                rawMs = t.nsecsElapsed() / 1e6;
                raw->run({"ROLLBACK", {}}, nullptr);
                rawStatements = capture.statements;
                vacuum(owner);
            } else {
                const QString copy = dir.filePath(u"copy.db"_s);
                QFile::remove(copy);
                zz::Query::run(owner, u"VACUUM INTO '%1'"_s.arg(copy));
                auto raw = zz::cli::RawEngine::open(zz::ConnectionUrl::parse(u"sqlite://"_s + copy));
                // The program's own connection settings (Database::configureSqlite()).
                raw->run({"PRAGMA journal_mode = WAL", {}}, nullptr);
                raw->run({"PRAGMA foreign_keys = ON", {}}, nullptr);
                raw->run({"PRAGMA synchronous = NORMAL", {}}, nullptr);
                raw->run({"PRAGMA cache_size = -65536", {}}, nullptr);
                // zz_grams() is the program's own SQL function: sqlite3 alone indexes the plain text in
                // the same search table instead (work of the same kind and size).
                raw->run({"DROP TRIGGER cases_grams_insert", {}}, nullptr);
                raw->run(
                    {"CREATE TRIGGER cases_grams_insert AFTER INSERT ON cases BEGIN INSERT INTO cases_grams "
                     "(rowid, grams) VALUES (NEW.id, NEW.title || ' ' || NEW.description || ' ' || "
                     "NEW.address); END",
                     {}},
                    nullptr);
                raw->run({"BEGIN", {}}, nullptr);
                Capture capture(*session.db, raw.get());
                zz::Query::setObserver(&capture);
                QElapsedTimer t;
                t.start();
                importFile(*session.db, session.actor(), rawFile, true);
                dryMs = t.nsecsElapsed() / 1e6;
                zz::Query::setObserver(nullptr);
                QElapsedTimer c;
                c.start();
                raw->run({"COMMIT", {}}, nullptr);
                rawMs = (capture.rawNs + c.nsecsElapsed()) / 1e6;
                rawStatements = capture.statements;
                dryMs -= capture.rawNs / 1e6;
                // Where the engine's time goes: the statements by kind, the costliest first.
                QList<std::pair<qint64, QString>> kinds;
                for (auto it = capture.byStatement.cbegin(); it != capture.byStatement.cend(); ++it)
                    kinds.append({it.value(), it.key()});
                std::sort(kinds.begin(), kinds.end(), std::greater<>());
                for (const auto &[ns, name] : std::as_const(kinds))
                    out << "  " << name << ": " << ns / 1e6 << " ms\n";
            }
            out << account.kind << ": raw engine " << rawMs << " ms for " << rawStatements << " statements\n";
            out.flush();

            QList<double> times;
            qint64 inserted = 0, rejected = 0;
            for (int r = 0; r < repeats; ++r) {
                const QString file = dir.filePath(u"ledger-%1-%2.xlsx"_s.arg(account.kind).arg(r));
                writeLedger(file, l, rows, u"基准%1-%2"_s.arg(account.kind).arg(r), 100 + r);
                deleteImported(owner);
                QElapsedTimer t;
                t.start();
                const zz::ImportSummary s = importFile(*session.db, session.actor(), file, false);
                times << t.nsecsElapsed() / 1e6;
                inserted = s.inserted;
                rejected = s.rejectedRows;
                if (!s.failure.isEmpty())
                    throw zz::Error(zz::Error::Kind::Storage, s.failure);
                out << account.kind << " run " << r + 1 << ": " << times.last() << " ms, " << s.inserted
                    << " in, " << s.rejectedRows << " rejected"
                    << (s.rejects.isEmpty()
                            ? QString()
                            : u" (first: row %1 %2)"_s.arg(s.rejects[0].row).arg(s.rejects[0].reason))
                    << '\n';
                out.flush();
            }
            // Out again: the rows the last run stored, as this account sees them.
            resetPeakRss();
            const double rssBefore = peakRssMb();
            QElapsedTimer t;
            t.start();
            const qint64 exported =
                exportCases(*session.db, dir.filePath(u"out-%1.xlsx"_s.arg(account.kind)));
            const double exportMs = t.nsecsElapsed() / 1e6;
            const double rssPeak = peakRssMb();
            out << account.kind << " export: " << exported << " rows in " << exportMs << " ms, peak RSS "
                << rssPeak << " MB (" << rssBefore << " MB before)\n";
            perAccount.insert(account.kind,
                              QJsonObject{{u"login"_s, user.login},
                                          {u"import_ms"_s, median(times)},
                                          {u"import_runs_ms"_s, QJsonArray::fromVariantList(QVariantList(
                                                                    times.begin(), times.end()))},
                                          {u"inserted"_s, inserted},
                                          {u"rejected"_s, rejected},
                                          {u"dry_run_ms"_s, dryMs},
                                          {u"raw_ms"_s, rawMs},
                                          {u"raw_statements"_s, rawStatements},
                                          {u"export_rows"_s, exported},
                                          {u"export_ms"_s, exportMs},
                                          {u"export_peak_rss_mb"_s, rssPeak},
                                          {u"rss_before_export_mb"_s, rssBefore}});
        }
        deleteImported(owner);
        result.insert(u"accounts"_s, perAccount);
        const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
        out << json << '\n';
        if (parser.isSet(jsonOption)) {
            QFile f(parser.value(jsonOption));
            if (f.open(QIODevice::WriteOnly))
                f.write(json);
        }
    } catch (const zz::Error &e) {
        zz::Query::setObserver(nullptr);
        err << e.message() << ' ' << e.detail() << '\n';
        return 1;
    }
    return 0;
}
