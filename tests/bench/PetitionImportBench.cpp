// zongzhi-bench-petition-import: a historical petition ledger (信访台账) of N rows in every status (issue 11:
// 10,000 rows in under 60 s on PostgreSQL as a township login) imported as a township and a county account
// (值班员 + 领导, created through AccountService when missing; on PostgreSQL their own login roles under
// row-level security, so every server rule is checked), next to the raw engine under the same identity:
// the writes our import sent (INSERT, UPDATE and the server's functions), replayed in order through sqlite3
// into a copy of the file taken just before (SQLite), or through libpq as the same login role in one
// transaction rolled back, the sequences first set back to where the captured dry run found them so the
// ids come out the same (PostgreSQL). Between runs the owner deletes the imported petitions and their
// persons and vacuums the petition tables, so each run is a township's first ledger. Medians; nothing is
// judged here. The ledger is the one tests/bench/petition_ledger_rows.py writes (the same mix of statuses
// and dates, about 47 % of the rows by a petitioner seen before).
#include "AccountService.h"
#include "AuthService.h"
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

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

const QStringList petitionTables{u"petitions"_s,
                                 u"persons"_s,
                                 u"petition_persons"_s,
                                 u"petition_flow"_s,
                                 u"petition_clocks"_s,
                                 u"petition_documents"_s,
                                 u"petition_kept_numbers"_s,
                                 u"audit_log"_s};

zz::User ensureAccount(const zz::Database &db, const QString &login, const QString &password, qint64 unit,
                       qint64 county)
{
    if (const auto u = zz::UserRepository(db).byLogin(login))
        return *u;
    zz::User user;
    user.login = login;
    user.displayName = u"台账值班员"_s;
    user.roles = zz::Roles(zz::Role::DutyOfficer) | zz::Role::Leader; // 延期 needs a leader
    user.orgUnitId = unit;
    const zz::SystemClock clock;
    zz::AccountService(db, clock, zz::Actor{0, u"bench"_s, zz::Role::Admin, county, 0})
        .create(user, password);
    return *zz::UserRepository(db).byLogin(login);
}

// The ledger as petition_ledger_rows.py writes it, the places being village codes of the account's scope.
void writeLedger(const QString &path, const QStringList &places, int rows, const QString &numberPrefix,
                 quint32 seed)
{
    QRandomGenerator rng(seed);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw zz::Error(zz::Error::Kind::Storage, u"cannot write "_s + path);
    QTextStream out(&f);
    out.setGenerateByteOrderMark(true);
    const QStringList header{u"信访编号"_s,     u"登记日期"_s,     u"信访形式"_s,     u"信访类型"_s,
                             u"信访人"_s,       u"身份证号"_s,     u"联系电话"_s,     u"诉求"_s,
                             u"问题发生地"_s,   u"状态"_s,         u"受理日期"_s,     u"处理意见"_s,
                             u"办理结果"_s,     u"答复日期"_s,     u"送达日期"_s,     u"送达方式"_s,
                             u"复查申请日期"_s, u"复查意见日期"_s, u"复查送达日期"_s, u"复核申请日期"_s,
                             u"复核意见日期"_s, u"复核送达日期"_s, u"办结日期"_s};
    out << header.join(u',') << '\n';
    // status and weight (复核办结: 办结 through 复核)
    const QList<std::pair<QString, int>> statuses{
        {u"登记"_s, 10},   {u"办理中"_s, 15}, {u"不予受理"_s, 5}, {u"当场化解"_s, 10}, {u"已答复"_s, 5},
        {u"已送达"_s, 10}, {u"复查中"_s, 3},  {u"办结"_s, 38},    {u"复核办结"_s, 2},  {u"不再受理"_s, 2}};
    QStringList pool;
    for (const auto &[s, w] : statuses)
        for (int i = 0; i < w; ++i)
            pool << s;
    struct Petitioner
    {
        QString name, id, phone;
    };
    QList<Petitioner> people;
    for (int i = 0; i < 7000; ++i) {
        const QString first17 =
            u"330281%1%2"_s.arg(QDate(1950, 1, 1).addDays(rng.bounded(20000)).toString(u"yyyyMMdd"_s))
                .arg(i % 1000, 3, 10, QChar(u'0'));
        people << Petitioner{u"信访人%1"_s.arg(i, 5, 10, QChar(u'0')),
                             first17 + zz::Validators::residentIdCheckChar(first17),
                             u"138%1"_s.arg(i, 8, 10, QChar(u'0'))};
    }
    static const QStringList channels{u"走访"_s, u"来信"_s, u"电话"_s, u"网络"_s};
    static const QStringList types{u"申诉求决"_s, u"建议意见"_s, u"检举控告"_s};
    static const QStringList decisions{u"予以支持"_s, u"解释说明"_s, u"不予支持"_s};
    const QDate d0(2020, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QString st = pool[int(rng.bounded(quint32(pool.size())))];
        const QDate rec = d0.addDays(rng.bounded(1700));
        const Petitioner &who = people[int(rng.bounded(quint32(people.size())))];
        QHash<QString, QString> row;
        row[u"信访编号"_s] = u"%1-%2"_s.arg(numberPrefix).arg(i + 1, 5, 10, QChar(u'0'));
        row[u"登记日期"_s] = rec.toString(Qt::ISODate) +
                             u" %1:%2"_s.arg(8 + i % 9, 2, 10, QChar(u'0')).arg(i % 60, 2, 10, QChar(u'0'));
        row[u"信访形式"_s] = channels[int(rng.bounded(4u))];
        row[u"信访类型"_s] = types[int(rng.bounded(3u))];
        row[u"信访人"_s] = who.name;
        row[u"身份证号"_s] = who.id;
        row[u"联系电话"_s] = who.phone;
        row[u"诉求"_s] = u"要求解决第%1号问题"_s.arg(i);
        row[u"问题发生地"_s] = places[int(rng.bounded(quint32(places.size())))];
        row[u"状态"_s] = st == u"复核办结" ? u"办结"_s : st;
        QDate d = rec;
        const auto next = [&](int a, int b) {
            d = d.addDays(a + int(rng.bounded(quint32(b - a + 1))));
            return d.toString(Qt::ISODate);
        };
        if (st == u"不予受理" || st == u"不再受理") {
            row[u"受理日期"_s] = next(0, 10);
            row[u"办理结果"_s] = u"不属于本级职权"_s;
        } else if (st == u"当场化解") {
            row[u"办结日期"_s] = rec.toString(Qt::ISODate);
            row[u"办理结果"_s] = u"当场调解"_s;
        } else if (st != u"登记") {
            row[u"受理日期"_s] = next(0, 10);
            const bool replied = st != u"办理中";
            const bool delivered = replied && st != u"已答复";
            if (replied) {
                row[u"答复日期"_s] = next(5, 55);
                row[u"处理意见"_s] = decisions[int(rng.bounded(3u))];
            }
            if (delivered) {
                row[u"送达日期"_s] = next(0, 5);
                row[u"送达方式"_s] = u"直接送达"_s;
            }
            if (st == u"复查中" || st == u"复核办结")
                row[u"复查申请日期"_s] = next(1, 25);
            if (st == u"复核办结") {
                row[u"复查意见日期"_s] = next(5, 25);
                row[u"复查送达日期"_s] = next(0, 5);
                row[u"复核申请日期"_s] = next(1, 25);
                row[u"复核意见日期"_s] = next(5, 25);
                row[u"复核送达日期"_s] = next(0, 5);
            } else if (st == u"办结") {
                row[u"办结日期"_s] = next(0, 20);
                row[u"办理结果"_s] = u"已办结"_s;
            }
        }
        QStringList cells;
        for (const QString &h : header)
            cells << row.value(h);
        out << cells.join(u',') << '\n';
    }
}

zz::ImportSummary importFile(const zz::Database &db, const zz::Actor &actor, const QString &file, bool dryRun)
{
    const zz::SystemClock clock;
    auto importer = zz::ImportKinds::create(u"petitions"_s, db, clock, actor);
    zz::ImportRunner runner(db, *importer);
    const zz::FileSource source(file);
    zz::ImportOptions options;
    options.mode = zz::ImportMode::ValidOnly;
    options.batchSize = 1000;
    options.dryRun = dryRun;
    return runner.run(source, runner.detect(source), options);
}

// The owner removes what the account imported and leaves the tables as a fresh township's.
void deleteImported(const zz::Database &owner, qint64 userId)
{
    zz::Query(owner, u"DELETE FROM petitions WHERE created_by = ?"_s).bind(userId).exec();
    zz::Query(owner, u"DELETE FROM persons WHERE created_by = ?"_s).bind(userId).exec();
    if (owner.isPostgres())
        zz::Query::run(owner, u"VACUUM ANALYZE "_s + petitionTables.join(u", "_s));
    else
        zz::Query::run(owner, u"ANALYZE"_s);
}

// Sees the writes our import sends, in order (SQLite: replayed into the copy at once, timed).
class Capture : public zz::Query::Observer
{
public:
    Capture(const zz::Database &db, zz::cli::RawEngine *sqliteCopy) : m_db(db), m_copy(sqliteCopy) {}

    void executed(const zz::Database &db, const QString &sql, const QVariantList &values) override
    {
        if (&db != &m_db)
            return;
        const QString name = zz::statementName(sql);
        if (!name.startsWith(u"INSERT"_s) && !name.startsWith(u"UPDATE"_s) && !name.startsWith(u"DELETE"_s) &&
            !sql.contains(u"zz_petition_keep_number"_s))
            return;
        ++statements;
        if (!m_copy) {
            kept << zz::cli::rawStatement(sql, values, true);
            return;
        }
        QElapsedTimer t;
        t.start();
        m_copy->run(zz::cli::rawStatement(sql, values, false), nullptr);
        rawNs += t.nsecsElapsed();
    }

    qint64 rawNs = 0;
    qint64 statements = 0;
    QList<zz::cli::RawStatement> kept;

private:
    const zz::Database &m_db;
    zz::cli::RawEngine *m_copy;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times a historical petition ledger in, as a township and a county."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database URL (the owner's on PostgreSQL)."_s, u"url"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Ledger rows."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption repeatsOption(u"repeats"_s, u"Timed imports per account."_s, u"n"_s, u"3"_s);
    const QCommandLineOption accountsOption(u"accounts"_s, u"township, county or both."_s, u"which"_s,
                                            u"both"_s);
    const QCommandLineOption rawOption(u"no-raw"_s, u"Skip the raw engine's replay."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Write the figures to this file."_s, u"file"_s);
    parser.addOptions({dbOption, rowsOption, repeatsOption, accountsOption, rawOption, jsonOption});
    parser.process(app);
    QTextStream out(stdout);
    if (!parser.isSet(dbOption)) {
        QTextStream(stderr) << "--db is required\n";
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
        QList<std::pair<QString, qint64>> accounts{{u"township"_s, township}, {u"county"_s, county}};
        if (parser.value(accountsOption) != u"both"_s)
            accounts.removeIf([&](const auto &a) { return a.first != parser.value(accountsOption); });
        QJsonObject perAccount;
        const zz::SystemClock clock;
        for (const auto &[kind, unit] : std::as_const(accounts)) {
            const QString login = u"pbench"_s + kind;
            const QString password = u"Bench#2026"_s + kind;
            const zz::User user = ensureAccount(owner, login, password, unit, county);
            const QString path =
                zz::Query(owner, u"SELECT path FROM org_units WHERE id = ?"_s).bind(unit).scalar().toString();
            QStringList places;
            zz::Query v(owner, u"SELECT code FROM org_units WHERE level = 3 AND active = ? AND path LIKE ? "
                               "ORDER BY code"_s);
            for (v.bind(true).bind(path + u"%"_s).exec(); v.next();)
                places << v.text(0);
            deleteImported(owner, user.id);
            const zz::Session session = zz::AuthService(clock).login(owner.url().toString(), login, password);

            double rawMs = 0, dryMs = 0;
            qint64 rawStatements = 0;
            if (!parser.isSet(rawOption)) {
                const QString rawFile = dir.filePath(u"raw-%1.csv"_s.arg(kind));
                writeLedger(rawFile, places, rows, u"PR%1"_s.arg(kind.left(1).toUpper()), 7);
                if (owner.isPostgres()) {
                    QList<std::pair<QString, QString>> sequences; // name, setval arguments
                    zz::Query s(owner,
                                u"SELECT schemaname || '.' || sequencename, last_value FROM pg_sequences "
                                "WHERE schemaname = current_schema()"_s);
                    for (s.exec(); s.next();)
                        sequences << std::pair{s.text(0),
                                               s.isNull(1) ? u"1, false"_s : s.text(1) + u", true"_s};
                    Capture capture(*session.db, nullptr);
                    zz::Query::setObserver(&capture);
                    QElapsedTimer t;
                    t.start();
                    importFile(*session.db, session.actor(), rawFile, true);
                    dryMs = t.nsecsElapsed() / 1e6;
                    zz::Query::setObserver(nullptr);
                    for (const auto &[name, value] : std::as_const(sequences))
                        zz::Query::run(owner, u"SELECT setval('%1', %2)"_s.arg(name, value));
                    deleteImported(owner, user.id);
                    auto raw = zz::cli::RawEngine::open(session.db->url());
                    raw->run({"BEGIN", {}}, nullptr);
                    t.restart();
                    int registered = 0;
                    for (const zz::cli::RawStatement &st : std::as_const(capture.kept)) {
                        // the plans made again as the import does (PetitionImporter::replanAsTablesGrow)
                        if (st.sql.startsWith("INSERT INTO petitions ") &&
                            (registered == 50 || registered == 400 || registered == 3200 ||
                             registered == 25600))
                            raw->run({"DISCARD PLANS", {}}, nullptr);
                        if (st.sql.startsWith("INSERT INTO petitions "))
                            ++registered;
                        raw->run(st, nullptr);
                    }
                    raw->run({"COMMIT", {}}, nullptr); // the deferred checks run at commit
                    rawMs = t.nsecsElapsed() / 1e6;
                    rawStatements = capture.statements;
                } else {
                    const QString copy = dir.filePath(u"copy.db"_s);
                    QFile::remove(copy);
                    zz::Query::run(owner, u"VACUUM INTO '%1'"_s.arg(copy));
                    auto raw = zz::cli::RawEngine::open(zz::ConnectionUrl::parse(u"sqlite://"_s + copy));
                    raw->run({"PRAGMA foreign_keys = ON", {}}, nullptr);
                    raw->run({"BEGIN", {}}, nullptr);
                    Capture capture(*session.db, raw.get());
                    zz::Query::setObserver(&capture);
                    QElapsedTimer t;
                    t.start();
                    importFile(*session.db, session.actor(), rawFile, true);
                    dryMs = (t.nsecsElapsed() - capture.rawNs) / 1e6;
                    zz::Query::setObserver(nullptr);
                    QElapsedTimer c;
                    c.start();
                    raw->run({"COMMIT", {}}, nullptr);
                    rawMs = (capture.rawNs + c.nsecsElapsed()) / 1e6;
                    rawStatements = capture.statements;
                }
                deleteImported(owner, user.id);
                out << kind << ": raw engine " << rawMs << " ms for " << rawStatements << " writes (dry run "
                    << dryMs << " ms)\n";
                out.flush();
            }

            QList<double> times;
            qint64 inserted = 0, rejected = 0;
            for (int r = 0; r < repeats; ++r) {
                const QString file = dir.filePath(u"ledger-%1-%2.csv"_s.arg(kind).arg(r));
                writeLedger(file, places, rows, u"PB%1%2"_s.arg(kind.left(1).toUpper()).arg(r), 11);
                deleteImported(owner, user.id);
                QElapsedTimer t;
                t.start();
                const zz::ImportSummary s = importFile(*session.db, session.actor(), file, false);
                times << t.nsecsElapsed() / 1e6;
                if (!s.failure.isEmpty())
                    throw zz::Error(zz::Error::Kind::Storage, s.failure);
                inserted = s.inserted;
                rejected = s.rejectedRows;
                out << kind << " run " << r + 1 << ": " << times.last() << " ms, " << s.inserted << " in, "
                    << s.rejectedRows << " rejected"
                    << (s.rejects.isEmpty()
                            ? QString()
                            : u" (first: row %1 %2)"_s.arg(s.rejects[0].row).arg(s.rejects[0].reason))
                    << '\n';
                out.flush();
            }
            deleteImported(owner, user.id);
            perAccount.insert(
                kind, QJsonObject{{u"login"_s, login},
                                  {u"import_ms"_s, median(times)},
                                  {u"import_runs_ms"_s,
                                   QJsonArray::fromVariantList(QVariantList(times.begin(), times.end()))},
                                  {u"inserted"_s, inserted},
                                  {u"rejected"_s, rejected},
                                  {u"dry_run_ms"_s, dryMs},
                                  {u"raw_ms"_s, rawMs},
                                  {u"raw_writes"_s, rawStatements}});
        }
        const QJsonObject result{{u"rows"_s, rows},
                                 {u"repeats"_s, repeats},
                                 {u"backend"_s, owner.isPostgres() ? u"postgresql"_s : u"sqlite"_s},
                                 {u"accounts"_s, perAccount}};
        const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
        out << json << '\n';
        if (parser.isSet(jsonOption)) {
            QFile f(parser.value(jsonOption));
            if (f.open(QIODevice::WriteOnly))
                f.write(json);
        }
    } catch (const zz::Error &e) {
        zz::Query::setObserver(nullptr);
        QTextStream(stderr) << "error: " << e.message() << " / " << e.detail() << '\n';
        return 1;
    }
    return 0;
}
