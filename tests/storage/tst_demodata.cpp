// The demo data generator: numbering, workflow consistency, valid personal data, determinism and
// search, on the backend named by ZONGZHI_TEST_BACKEND (registered once for each, see CMakeLists.txt).
#include "AuditLog.h"
#include "CaseService.h"
#include "Clock.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "Validators.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

QDateTime fixedNow()
{
    return QDateTime::fromSecsSinceEpoch(1751248800); // 2025-06-30 10:00 China time
}

DemoOptions options(qint64 cases)
{
    DemoOptions o;
    o.cases = cases;
    o.now = fixedNow();
    return o;
}

qint64 scalar(const Database &db, const QString &sql)
{
    return Query(db, sql).scalar().toLongLong();
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generateAndAppend_data();
    void generateAndAppend();
    void deterministic_data();
    void deterministic();
    void bulkLoad_data();
    void bulkLoad();
    void deadlinesFollowCaseService_data();
    void deadlinesFollowCaseService();

private:
    void addBackendRows();
    // An empty, migrated database on the backend: a new SQLite file, or the PostgreSQL database
    // with its public schema dropped and recreated.
    std::unique_ptr<Database> fresh(const QString &backend);
    // Numbering, flow log and personal data of every case in the database.
    void checkConsistency(const Database &db, qint64 expectedCases);
    void checkSearch(const Database &db);

    std::unique_ptr<test::TestDatabase> m_testDb;
};

void TestDemoData::initTestCase()
{
    try {
        m_testDb = std::make_unique<test::TestDatabase>();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
}

void TestDemoData::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    // One backend per run (ZONGZHI_TEST_BACKEND), like the rest of the storage suite.
    QTest::newRow(qPrintable(m_testDb->backendName())) << m_testDb->backendName();
}

std::unique_ptr<Database> TestDemoData::fresh(const QString &backend)
{
    Q_UNUSED(backend); // the row names the backend m_testDb was made for
    return m_testDb->fresh();
}

void TestDemoData::checkConsistency(const Database &db, qint64 expectedCases)
{
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM cases"_s), expectedCases);
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT case_no) FROM cases"_s), expectedCases);

    // case_no = <township code>-<year>-<seq, 6 digits>
    QHash<qint64, QString> townshipCodes;
    Query townships(db, u"SELECT id, code FROM org_units WHERE level = 2"_s);
    for (townships.exec(); townships.next();)
        townshipCodes.insert(townships.int64(0), townships.text(1));
    Query numbers(db, u"SELECT case_no, township_id, year, seq, lookup_code FROM cases"_s);
    for (numbers.exec(); numbers.next();) {
        const QString expected = u"%1-%2-%3"_s.arg(townshipCodes.value(numbers.int64(1)))
                                     .arg(numbers.integer(2))
                                     .arg(numbers.integer(3), 6, 10, QChar(u'0'));
        QCOMPARE(numbers.text(0), expected);
        QCOMPARE(numbers.text(4).size(), 6);
    }

    // Per township and year: 1..max without gaps (seq is unique there), and the counter holds max.
    Query groups(db, u"SELECT c.township_id, c.year, MIN(c.seq), MAX(c.seq), COUNT(*), "
                     "(SELECT k.last_seq FROM case_counters k WHERE k.township_id = c.township_id "
                     "AND k.year = c.year) FROM cases c GROUP BY c.township_id, c.year"_s);
    int groupCount = 0;
    for (groups.exec(); groups.next(); ++groupCount) {
        const QByteArray where =
            QByteArray::number(groups.int64(0)) + '/' + QByteArray::number(groups.integer(1));
        QVERIFY2(groups.integer(2) == 1, where.constData());
        QVERIFY2(groups.integer(3) == groups.integer(4), where.constData());
        QVERIFY2(groups.integer(5) == groups.integer(3), where.constData());
    }
    QVERIFY(groupCount >= 4);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM case_counters k WHERE NOT EXISTS (SELECT 1 FROM cases c "
                        "WHERE c.township_id = k.township_id AND c.year = k.year)"_s),
             0);

    // Every case has a flow log ending in its status, in time order, not after "now".
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM cases c WHERE NOT EXISTS "
                        "(SELECT 1 FROM case_flow f WHERE f.case_id = c.id)"_s),
             0);
    QCOMPARE(scalar(db,
                    u"SELECT COUNT(*) FROM cases c JOIN case_flow f ON f.id = "
                    "(SELECT MAX(id) FROM case_flow WHERE case_id = c.id) WHERE f.to_status <> c.status"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM case_flow f JOIN case_flow g ON g.case_id = f.case_id "
                        "AND g.id > f.id WHERE g.at < f.at"_s),
             0);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM case_flow f JOIN cases c ON c.id = f.case_id "
                        "WHERE f.at < c.received_at OR f.at > %1"_s.arg(fixedNow().toSecsSinceEpoch())),
             0);
    QCOMPARE(
        scalar(db,
               u"SELECT COUNT(*) FROM cases WHERE status IN ('closed', 'archived') AND closed_at IS NULL"_s),
        0);
    // A realistic spread: old cases mostly finished, some still open, a few declined.
    QVERIFY(scalar(db, u"SELECT COUNT(*) FROM cases WHERE status IN ('closed', 'archived')"_s) >
            expectedCases / 2);
    QVERIFY(
        scalar(db,
               u"SELECT COUNT(*) FROM cases WHERE status IN ('dispatched', 'in_progress', 'feedback')"_s) >
        0);
    QVERIFY(scalar(db, u"SELECT COUNT(*) FROM cases WHERE status = 'declined'"_s) > 0);

    // Personal data: valid resident IDs; some anonymous reporters; recurring petitioners.
    QVERIFY(scalar(db, u"SELECT COUNT(*) FROM case_parties"_s) >= expectedCases);
    Query ids(db, u"SELECT resident_id FROM case_parties WHERE resident_id <> ''"_s);
    int checked = 0;
    for (ids.exec(); ids.next(); ++checked) {
        const Validation v = Validators::residentId(ids.text(0), fixedNow().date());
        QVERIFY2(v.ok, qPrintable(ids.text(0) + u": "_s + v.message));
    }
    QVERIFY(checked > expectedCases / 2);
    Query anonymous(db, u"SELECT COUNT(*) FROM case_parties WHERE anonymous = ?"_s);
    anonymous.bind(true);
    QVERIFY(anonymous.scalar().toLongLong() > 0);
    QVERIFY(scalar(db, u"SELECT COUNT(*) FROM (SELECT resident_id FROM case_parties WHERE resident_id <> '' "
                       "GROUP BY resident_id HAVING COUNT(*) >= 3) r"_s) > 0);
}

void TestDemoData::checkSearch(const Database &db)
{
    // A phrase the templates use (trigram search needs at least three characters).
    const QString like = u"SELECT COUNT(*) FROM cases WHERE title LIKE '%协商未果%' "
                         "OR description LIKE '%协商未果%' OR address LIKE '%协商未果%'"_s;
    const qint64 expected = scalar(db, like);
    QVERIFY(expected > 0);
    if (db.isSqlite()) {
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM cases_fts WHERE cases_fts MATCH '\"协商未果\"'"_s),
                 expected);
        QCOMPARE(
            scalar(
                db,
                u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'cases_fts_%'"_s),
            3);
    } else {
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'cases_search_trgm'"_s), 1);
        Transaction tx(db);
        Query::run(db, u"SET LOCAL enable_seqscan = off"_s);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM cases "
                            "WHERE (title || ' ' || description || ' ' || address) LIKE '%协商未果%'"_s),
                 expected);
        tx.rollback();
    }
}

void TestDemoData::generateAndAppend_data()
{
    addBackendRows();
}

void TestDemoData::generateAndAppend()
{
    QFETCH(QString, backend);
    try {
        const auto db = fresh(backend);
        qint64 lastDone = 0;
        bool progressInOrder = true;
        DemoDataGenerator first(*db, options(3000));
        const qint64 written = first.run([&](qint64 done, qint64 total) {
            progressInOrder = progressInOrder && done > lastDone && total == 3000;
            lastDone = done;
        });
        QCOMPARE(written, qint64(3000));
        QVERIFY(progressInOrder);
        QCOMPARE(lastDone, qint64(3000));
        checkConsistency(*db, 3000);
        if (QTest::currentTestFailed())
            return;
        checkSearch(*db);
        if (QTest::currentTestFailed())
            return;
        const qint64 units = scalar(*db, u"SELECT COUNT(*) FROM org_units"_s);
        const qint64 users = scalar(*db, u"SELECT COUNT(*) FROM users"_s);
        QCOMPARE(units, qint64(1 + 4 + 4 * 6 + 4 * 6 * 4));
        QCOMPARE(scalar(*db,
                        u"SELECT COUNT(*) FROM org_units WHERE level = 4 AND path <> "
                        "(SELECT p.path FROM org_units p WHERE p.id = org_units.parent_id) || id || '/'"_s),
                 0);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM cases c JOIN org_units o ON o.id = c.org_unit_id "
                             "WHERE o.path <> c.org_path OR o.township_id <> c.township_id"_s),
                 0);

        // A second run reuses the reference data and continues the numbering.
        DemoDataGenerator second(*db, options(1000));
        QCOMPARE(second.run(), qint64(1000));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM org_units"_s), units);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM users"_s), users);
        checkConsistency(*db, 4000);
        if (QTest::currentTestFailed())
            return;
        checkSearch(*db);
        if (QTest::currentTestFailed())
            return;

        // The audit log holds one row per load, not one per synthetic flow row, and its chain holds.
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'demo_data'"_s), 2);
        QCOMPARE(
            scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action IN ('case_report', 'case_action')"_s),
            0);
        const SystemClock clock;
        const AuditLog::Verification verification = AuditLog(*db, clock).verify();
        QVERIFY2(verification.ok, qPrintable(verification.reason));
        if (db->isPostgres()) {
            QCOMPARE(Query(*db, u"SELECT tgenabled FROM pg_trigger WHERE tgname = 'case_flow_audit'"_s)
                         .scalar()
                         .toString(),
                     u"O"_s);
        }

        if (db->isPostgres()) { // explicit ids must have moved the identity sequences on
            Query insert(*db, u"INSERT INTO case_flow (case_id, action, to_status, at) "
                              "SELECT MIN(id), 'urge', 'dispatched', 0 FROM cases RETURNING id"_s);
            QVERIFY(insert.exec().next());
            QVERIFY(insert.int64(0) > scalar(*db, u"SELECT MAX(id) FROM case_flow WHERE action <> 'urge'"_s));
        }
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message() + u" | "_s + e.detail()));
    }
}

void TestDemoData::deterministic_data()
{
    addBackendRows();
}

void TestDemoData::deterministic()
{
    QFETCH(QString, backend);
    try {
        QStringList runs[2];
        for (QStringList &run : runs) {
            const auto db = fresh(backend);
            DemoDataGenerator(*db, options(500)).run();
            Query q(*db, u"SELECT case_no, title, received_at FROM cases ORDER BY id"_s);
            for (q.exec(); q.next();)
                run.append(q.text(0) + u'|' + q.text(1) + u'|' + q.text(2));
        }
        QCOMPARE(runs[0].size(), 500);
        QCOMPARE(runs[0], runs[1]);
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message() + u" | "_s + e.detail()));
    }
}

void TestDemoData::deadlinesFollowCaseService_data()
{
    addBackendRows();
}

// Demo deadlines are the app's own: CaseService::limitDays() counted on the working calendar, so the
// board's overdue counts on demo data are what the app would compute for the same cases.
void TestDemoData::deadlinesFollowCaseService()
{
    QFETCH(QString, backend);
    try {
        const auto db = fresh(backend);
        QCOMPARE(DemoDataGenerator(*db, options(1500)).run(), qint64(1500));
        const SystemClock clock;
        const CaseService service(*db, clock, CalendarRepository(*db).load());
        CategoryRepository categories(*db);
        Query q(*db, u"SELECT id, case_no, category_id, urgency, received_at, deadline_at, deadline_working "
                     "FROM cases WHERE id % 7 = 0 OR urgency <> 'normal' ORDER BY id"_s);
        struct Row
        {
            QString caseNo;
            qint64 categoryId;
            QString urgency;
            qint64 received, deadline;
            bool working;
        };
        QList<Row> rows; // read first: PostgreSQL's driver holds one result set at a time
        for (q.exec(); q.next();)
            rows.append({q.text(1), q.int64(2), q.text(3), q.int64(4), q.int64(5), q.boolean(6)});
        int checked = 0;
        QSet<QString> kinds; // urgency and day kind seen, so that every rule was exercised
        for (const Row &row : std::as_const(rows)) {
            const std::optional<Category> category = categories.get(row.categoryId);
            QVERIFY(category);
            const Urgency urgency = fromCode<Urgency>(row.urgency).value();
            const QDateTime received = QDateTime::fromSecsSinceEpoch(row.received);
            const QDateTime expected = service.deadlineFor(received, *category, urgency);
            QVERIFY2(row.deadline == expected.toSecsSinceEpoch(),
                     qPrintable(u"%1 (%2, %3 %4 days): %5, CaseService %6"_s.arg(
                         row.caseNo, row.urgency, QString::number(category->timeLimitDays),
                         category->workingDays ? u"working"_s : u"natural"_s,
                         QDateTime::fromSecsSinceEpoch(row.deadline).toString(Qt::ISODate),
                         expected.toString(Qt::ISODate))));
            QCOMPARE(row.working, category->workingDays && urgency != Urgency::Major);
            kinds.insert(row.urgency + (category->workingDays ? u"/w"_s : u"/n"_s));
            ++checked;
        }
        QVERIFY2(checked > 200, qPrintable(QString::number(checked)));
        QVERIFY2(kinds.contains(u"normal/w"_s) && kinds.contains(u"urgent/w"_s) &&
                     kinds.contains(u"major/w"_s),
                 qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(u' ')));
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message() + u" | "_s + e.detail()));
    }
}

void TestDemoData::bulkLoad_data()
{
    addBackendRows();
}

// A load large enough for the bulk path (PostgreSQL rebuilds its search index after it).
void TestDemoData::bulkLoad()
{
    QFETCH(QString, backend);
    try {
        const auto db = fresh(backend);
        QCOMPARE(DemoDataGenerator(*db, options(25000)).run(), qint64(25000));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM cases"_s), qint64(25000));
        checkSearch(*db);
        if (db->isSqlite()) // the load's connection settings are back to the defaults
            QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s), qint64(1));
        else
            QCOMPARE(Query(*db, u"SELECT current_setting('synchronous_commit')"_s).scalar().toString(),
                     u"on"_s);
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message() + u" | "_s + e.detail()));
    }
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
