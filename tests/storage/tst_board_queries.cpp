// The dispatch board's queries: filters, the five orders with their keyset cursors, the stage-strip
// counts and the change feed, checked against expectations computed here from the cases themselves.
// Runs unchanged on SQLite and on PostgreSQL (ZONGZHI_TEST_BACKEND).
#include "BoardCases.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

constexpr int caseCount = 42;
constexpr int pageSize = 3; // small pages: every list crosses many cursors, ties included

const QList<CaseQuery::Sort> allSorts = {CaseQuery::Sort::ReceivedDesc, CaseQuery::Sort::ReceivedAsc,
                                         CaseQuery::Sort::DeadlineAsc, CaseQuery::Sort::DeadlineDesc,
                                         CaseQuery::Sort::UrgencyDesc};

// The warning level by its definition (WorkCalendar::warning on whole seconds), not by the
// repository's integer formula.
WarningLevel expectedWarning(const CaseRecord &c, const QDateTime &now)
{
    if (!isOpen(c.status) || !c.deadline.isValid())
        return WarningLevel::Normal;
    return WorkCalendar::warning(c.receivedAt, c.deadline,
                                 QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch()));
}

int urgencyRank(Urgency u)
{
    return u == Urgency::Major ? 0 : u == Urgency::Urgent ? 1 : 2;
}

// True when `a` comes before `b` in the order.
bool before(const CaseRecord &a, const CaseRecord &b, CaseQuery::Sort sort)
{
    const auto received = [](const CaseRecord &c) { return c.receivedAt.toSecsSinceEpoch(); };
    const auto deadline = [](const CaseRecord &c) { return c.deadline.toSecsSinceEpoch(); };
    switch (sort) {
    case CaseQuery::Sort::ReceivedDesc:
        return std::tuple(received(a), a.id) > std::tuple(received(b), b.id);
    case CaseQuery::Sort::ReceivedAsc:
        return std::tuple(received(a), a.id) < std::tuple(received(b), b.id);
    case CaseQuery::Sort::DeadlineAsc:
        return std::tuple(deadline(a), a.id) < std::tuple(deadline(b), b.id);
    case CaseQuery::Sort::DeadlineDesc:
        return std::tuple(deadline(a), a.id) > std::tuple(deadline(b), b.id);
    case CaseQuery::Sort::UrgencyDesc:
        return std::tuple(urgencyRank(a.urgency), deadline(a), a.id) <
               std::tuple(urgencyRank(b.urgency), deadline(b), b.id);
    }
    return false;
}

struct FilterCase
{
    const char *name;
    std::function<void(CaseQuery &)> set;
    std::function<bool(const CaseRecord &)> matches;
    bool mayBeEmpty = false;
};

} // namespace

class TestBoardQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void filtersAndOrders_data();
    void filtersAndOrders();
    void warningLevelsFollowTheClock();
    void stageCounts();
    void rowWarningMatchesFilter();
    void sqlitePlansUseBoardIndexes();
    void changeFeedSeesOtherConnections();
    void changeFeedSeesOwnWrites();
    void changeFeedQuietWithoutChanges();
    void changeFeedsShareAConnection();
    void maintainedCountsFollowEveryAction(); // last: it starts a database of its own

private:
    QList<FilterCase> filterCases() const;
    bool inSubtree(qint64 unit, qint64 root) const;
    QList<qint64> expected(const std::function<bool(const CaseRecord &)> &matches,
                           CaseQuery::Sort sort) const;
    // Every page of the query, following the cursor; fails on a repeated case.
    QList<qint64> paged(CaseQuery query) const;
    QStringList plan(const SqlStatement &statement) const;

    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 18), QTime(15, 30))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    QList<CaseRecord> m_all;
    QHash<qint64, QList<qint64>> m_ancestors; // org unit -> its ancestors and itself
};

void TestBoardQueries::initTestCase()
{
    m_testDb = std::make_unique<test::TestDatabase>();
    qInfo() << "backend:" << m_testDb->backendName();
    m_db = m_testDb->fresh();
    m_town = TestTown::create(*m_db);
    for (const qint64 id : test::makeBoardCases(*m_db, m_town, m_clock, m_calendar, caseCount)) {
        const auto record = CaseRepository(*m_db).get(id);
        QVERIFY(record);
        m_all.append(*record);
    }
    for (const OrgUnit &unit : OrgUnitRepository(*m_db).all())
        for (const OrgUnit &a : OrgUnitRepository(*m_db).ancestors(unit.id))
            m_ancestors[unit.id].append(a.id);
}

void TestBoardQueries::cleanupTestCase()
{
    m_db.reset();
    m_testDb.reset();
}

bool TestBoardQueries::inSubtree(qint64 unit, qint64 root) const
{
    return m_ancestors.value(unit).contains(root);
}

QList<FilterCase> TestBoardQueries::filterCases() const
{
    const TestTown &t = m_town;
    const QDateTime now = m_clock.now();
    const QDateTime from = now.addDays(-20);
    const QDateTime to = now.addDays(-6);
    return {
        {"everything", [](CaseQuery &) {}, [](const CaseRecord &) { return true; }},
        {"township scope", [&](CaseQuery &q) { q.orgUnitId = t.township1.id; },
         [&](const CaseRecord &c) { return inSubtree(c.orgUnitId, t.township1.id); }},
        {"village scope", [&](CaseQuery &q) { q.orgUnitId = t.village1.id; },
         [&](const CaseRecord &c) { return inSubtree(c.orgUnitId, t.village1.id); }},
        {"other township", [&](CaseQuery &q) { q.orgUnitId = t.township2.id; },
         [&](const CaseRecord &c) { return inSubtree(c.orgUnitId, t.township2.id); }},
        {"worker", [&](CaseQuery &q) { q.workerId = t.gridWorker.id; },
         [&](const CaseRecord &c) { return c.workerId == t.gridWorker.id; }},
        {"department and status",
         [&](CaseQuery &q) {
             q.departmentId = t.police.id;
             q.statuses = {CaseStatus::InProgress, CaseStatus::Feedback};
         },
         [&](const CaseRecord &c) {
             return c.departmentId == t.police.id &&
                    (c.status == CaseStatus::InProgress || c.status == CaseStatus::Feedback);
         }},
        {"risk red", [](CaseQuery &q) { q.risk = RiskColor::Red; },
         [](const CaseRecord &c) { return c.risk == RiskColor::Red; }},
        {"urgency major", [](CaseQuery &q) { q.urgency = Urgency::Major; },
         [](const CaseRecord &c) { return c.urgency == Urgency::Major; }},
        {"supervised", [](CaseQuery &q) { q.supervisedOnly = true; },
         [](const CaseRecord &c) { return c.superviseLevel != SuperviseLevel::None; }},
        {"overdue",
         [now](CaseQuery &q) {
             q.warning = WarningLevel::Overdue;
             q.now = now;
         },
         [now](const CaseRecord &c) { return expectedWarning(c, now) == WarningLevel::Overdue; }},
        {"due soon",
         [now](CaseQuery &q) {
             q.warning = WarningLevel::DueSoon;
             q.now = now;
         },
         [now](const CaseRecord &c) { return expectedWarning(c, now) == WarningLevel::DueSoon; }},
        {"no warning",
         [now](CaseQuery &q) {
             q.warning = WarningLevel::Normal;
             q.now = now;
         },
         [now](const CaseRecord &c) { return expectedWarning(c, now) == WarningLevel::Normal; }},
        {"parent category", [&](CaseQuery &q) { q.categoryId = t.disputes.id; },
         [&](const CaseRecord &c) {
             return c.categoryId == t.neighbourDispute.id || c.categoryId == t.disputes.id;
         }},
        {"source", [](CaseQuery &q) { q.source = CaseSource::Phone; },
         [](const CaseRecord &c) { return c.source == CaseSource::Phone; }},
        {"received range",
         [from, to](CaseQuery &q) {
             q.receivedFrom = from;
             q.receivedTo = to;
         },
         [from, to](const CaseRecord &c) { return c.receivedAt >= from && c.receivedAt < to; }},
        {"search two characters", [](CaseQuery &q) { q.text = u"噪音"_s; },
         [](const CaseRecord &c) { return c.title.contains(u"噪音"_s); }},
        {"search phrase", [](CaseQuery &q) { q.text = u"楼道堆放"_s; },
         [](const CaseRecord &c) { return c.title.contains(u"楼道堆放"_s); }},
        {"combined",
         [&, now](CaseQuery &q) {
             q.orgUnitId = t.township1.id;
             q.statuses = {CaseStatus::Registered, CaseStatus::Dispatched, CaseStatus::InProgress};
             q.warning = WarningLevel::Overdue;
             q.now = now;
         },
         [&, now](const CaseRecord &c) {
             return inSubtree(c.orgUnitId, t.township1.id) &&
                    (c.status == CaseStatus::Registered || c.status == CaseStatus::Dispatched ||
                     c.status == CaseStatus::InProgress) &&
                    expectedWarning(c, now) == WarningLevel::Overdue;
         }},
        {"nothing", [](CaseQuery &q) { q.text = u"zzqx9"_s; }, [](const CaseRecord &) { return false; },
         true},
    };
}

QList<qint64> TestBoardQueries::expected(const std::function<bool(const CaseRecord &)> &matches,
                                         CaseQuery::Sort sort) const
{
    QList<CaseRecord> rows;
    for (const CaseRecord &c : m_all)
        if (matches(c) && (sort == CaseQuery::Sort::ReceivedDesc || sort == CaseQuery::Sort::ReceivedAsc ||
                           c.deadline.isValid()))
            rows.append(c);
    std::sort(rows.begin(), rows.end(),
              [sort](const CaseRecord &a, const CaseRecord &b) { return before(a, b, sort); });
    QList<qint64> ids;
    for (const CaseRecord &c : std::as_const(rows))
        ids.append(c.id);
    return ids;
}

QList<qint64> TestBoardQueries::paged(CaseQuery query) const
{
    CaseRepository repository(*m_db);
    query.limit = pageSize;
    QList<qint64> ids;
    QSet<qint64> seen;
    for (int page = 0; page < 1000; ++page) {
        const QList<CaseListRow> rows = repository.list(query);
        for (const CaseListRow &row : rows) {
            if (seen.contains(row.id)) {
                qWarning() << "case" << row.id << "came twice";
                return {};
            }
            seen.insert(row.id);
            ids.append(row.id);
        }
        if (rows.size() < pageSize)
            break;
        CaseRepository::seekAfter(query, rows.constLast());
    }
    return ids;
}

void TestBoardQueries::filtersAndOrders_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<int>("sort");
    const QList<FilterCase> cases = filterCases();
    for (int f = 0; f < cases.size(); ++f)
        for (const CaseQuery::Sort sort : allSorts)
            QTest::addRow("%s/%d", cases.at(f).name, int(sort)) << f << int(sort);
}

void TestBoardQueries::filtersAndOrders()
{
    QFETCH(int, filter);
    QFETCH(int, sort);
    const FilterCase fc = filterCases().at(filter);
    CaseQuery query;
    fc.set(query);
    query.sort = static_cast<CaseQuery::Sort>(sort);
    const QList<qint64> want = expected(fc.matches, query.sort);
    if (!fc.mayBeEmpty)
        QVERIFY2((!want.isEmpty() && want.size() < caseCount) || std::string_view(fc.name) == "everything",
                 "the test data should make this filter select some, not all, cases");
    QCOMPARE(paged(query), want);
    QCOMPARE(CaseRepository(*m_db).count(query), qint64(want.size()));
}

void TestBoardQueries::warningLevelsFollowTheClock()
{
    const QDateTime start = m_clock.now();
    CaseRepository repository(*m_db);
    QSet<QString> seen;
    for (const int hours : {0, 30, 24 * 5, 24 * 12, -24 * 3}) {
        m_clock.set(start.addSecs(qint64(hours) * 3600));
        const QDateTime now = m_clock.now();
        for (const WarningLevel level : allValues<WarningLevel>()) {
            CaseQuery query;
            query.warning = level;
            query.now = now;
            query.sort = CaseQuery::Sort::DeadlineAsc;
            const QList<qint64> want =
                expected([&](const CaseRecord &c) { return expectedWarning(c, now) == level; }, query.sort);
            QCOMPARE(paged(query), want);
            if (!want.isEmpty())
                seen.insert(code(level));
        }
    }
    m_clock.set(start);
    QCOMPARE(seen.size(), 3); // every level occurred at some time
}

void TestBoardQueries::stageCounts()
{
    CaseRepository repository(*m_db);
    const QDateTime start = m_clock.now();
    for (const int hours : {0, 48}) {
        const QDateTime now = start.addSecs(qint64(hours) * 3600);
        for (const qint64 scope :
             {qint64(0), m_town.county.id, m_town.township1.id, m_town.township2.id, m_town.village1.id}) {
            StageCounts want;
            for (const CaseStatus s : allValues<CaseStatus>())
                want.byStatus.insert(s, 0);
            for (const CaseRecord &c : std::as_const(m_all)) {
                if (scope > 0 && !inSubtree(c.orgUnitId, scope))
                    continue;
                ++want.byStatus[c.status];
                const WarningLevel w = expectedWarning(c, now);
                want.dueSoon += w == WarningLevel::DueSoon ? 1 : 0;
                want.overdue += w == WarningLevel::Overdue ? 1 : 0;
            }
            const StageCounts got = repository.stageCounts(scope, now);
            QCOMPARE(got.byStatus, want.byStatus);
            QCOMPARE(got.dueSoon, want.dueSoon);
            QCOMPARE(got.overdue, want.overdue);
            if (scope == 0) {
                QVERIFY(want.dueSoon > 0);
                QVERIFY(want.overdue > 0);
                QCOMPARE(got.byStatus, repository.countByStatus());
            }
        }
    }
}

void TestBoardQueries::rowWarningMatchesFilter()
{
    // The colour a board row gets comes from CaseRepository::warning(); it must agree with the filter
    // and the counts to the second, on both sides of a deadline.
    CaseRepository repository(*m_db);
    CaseQuery everything;
    everything.limit = caseCount;
    const QList<CaseListRow> rows = repository.list(everything);
    for (const CaseListRow &row : rows) {
        if (!isOpen(row.status))
            continue;
        for (const qint64 delta : {qint64(-1), qint64(0), qint64(1)}) {
            const QDateTime now = row.deadline.addSecs(delta);
            CaseQuery overdue;
            overdue.warning = WarningLevel::Overdue;
            overdue.now = now;
            overdue.limit = caseCount;
            bool listed = false;
            for (const CaseListRow &r : repository.list(overdue))
                listed = listed || r.id == row.id;
            QCOMPARE(listed, CaseRepository::warning(row, now) == WarningLevel::Overdue);
            QCOMPARE(listed, delta > 0);
        }
    }
}

QStringList TestBoardQueries::plan(const SqlStatement &statement) const
{
    Query q(*m_db, u"EXPLAIN QUERY PLAN "_s + statement.sql);
    for (const QVariant &v : statement.values)
        q.bind(v);
    q.exec();
    QStringList lines;
    while (q.next())
        lines << q.text(3);
    return lines;
}

void TestBoardQueries::sqlitePlansUseBoardIndexes()
{
    if (!m_db->isSqlite())
        QSKIP("PostgreSQL chooses plans from statistics; a tiny test table is scanned");
    CaseRepository repository(*m_db);
    const auto uses = [](const QStringList &lines, const QString &index) {
        return std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(index); });
    };
    CaseQuery urgency;
    urgency.sort = CaseQuery::Sort::UrgencyDesc;
    urgency.orgUnitId = m_town.township1.id;
    urgency.afterId = 5;
    urgency.afterKey = 1;
    urgency.afterKey2 = m_clock.now().toSecsSinceEpoch();
    QStringList lines = plan(repository.listStatement(urgency));
    QVERIFY2(uses(lines, u"cases_urgency_deadline ((urgency_rank,deadline_at)>"_s),
             qPrintable(lines.join(u'\n')));

    CaseQuery scoped; // a township's newest cases: walk the received index, no sort of the subtree
    scoped.orgUnitId = m_town.township1.id;
    lines = plan(repository.listStatement(scoped));
    QVERIFY2(uses(lines, u"cases_received"_s) && !uses(lines, u"TEMP B-TREE"_s),
             qPrintable(lines.join(u'\n')));

    lines = plan(repository.stageCountsStatement(m_town.township1.id, m_clock.now()));
    QCOMPARE(
        lines.filter(u"COVERING INDEX cases_status_scope (status=? AND org_path>? AND org_path<?)"_s).size(),
        2);

    CaseQuery worker;
    worker.workerId = m_town.gridWorker.id;
    lines = plan(repository.listStatement(worker));
    QVERIFY2(uses(lines, u"cases_worker"_s), qPrintable(lines.join(u'\n')));

    CaseQuery supervised;
    supervised.supervisedOnly = true;
    supervised.sort = CaseQuery::Sort::DeadlineAsc;
    lines = plan(repository.listStatement(supervised));
    QVERIFY2(uses(lines, u"cases_supervised"_s), qPrintable(lines.join(u'\n')));
}

void TestBoardQueries::changeFeedSeesOtherConnections()
{
    ChangeFeed feed(*m_db);
    QVERIFY(feed.isActive());
    QSignalSpy spy(&feed, &ChangeFeed::casesChanged);
    QTest::qWait(ChangeFeed::pollIntervalMs + 100);
    spy.clear();

    // Another client: its own connection and service.
    const auto other = m_testDb->connectAgain();
    CaseService service(*other, m_clock, m_calendar);
    const Actor duty = m_town.actor(m_town.duty);
    CaseRecord draft = m_all.constFirst();
    draft.id = 0;
    draft.parties.clear();
    draft.title = u"另一终端登记的案件"_s;
    draft.orgUnitId = m_town.grid1.id;
    const CaseRecord made = service.report(draft, duty);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 2000);

    spy.clear();
    service.apply(made.id, made.version, CaseAction::Register, {}, duty);
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 2000);
}

void TestBoardQueries::changeFeedSeesOwnWrites()
{
    ChangeFeed feed(*m_db);
    QSignalSpy spy(&feed, &ChangeFeed::casesChanged);
    QTest::qWait(ChangeFeed::pollIntervalMs + 100);
    spy.clear();
    CaseService service(*m_db, m_clock, m_calendar);
    CaseRecord draft = m_all.constFirst();
    draft.id = 0;
    draft.parties.clear();
    draft.title = u"本终端登记的案件"_s;
    service.report(draft, m_town.actor(m_town.reception));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 2000);
}

void TestBoardQueries::changeFeedQuietWithoutChanges()
{
    ChangeFeed feed(*m_db);
    QSignalSpy spy(&feed, &ChangeFeed::casesChanged);
    QTest::qWait(ChangeFeed::pollIntervalMs + 100);
    spy.clear();
    // Reading does not count as a change.
    CaseRepository(*m_db).stageCounts(0, m_clock.now());
    CaseRepository(*m_db).list(CaseQuery{});
    QTest::qWait(3 * ChangeFeed::pollIntervalMs);
    QCOMPARE(spy.count(), 0);
}

void TestBoardQueries::changeFeedsShareAConnection()
{
    // Two pages of one session listen on one connection; closing one must not deafen the other.
    ChangeFeed staying(*m_db);
    QSignalSpy spy(&staying, &ChangeFeed::casesChanged);
    {
        ChangeFeed leaving(*m_db);
        QVERIFY(leaving.isActive());
    }
    QVERIFY(staying.isActive());
    QTest::qWait(ChangeFeed::pollIntervalMs + 100);
    spy.clear();
    const auto other = m_testDb->connectAgain();
    CaseRecord draft = m_all.constFirst();
    draft.id = 0;
    draft.parties.clear();
    draft.title = u"两个页面共用一个连接"_s;
    CaseService(*other, m_clock, m_calendar).report(draft, m_town.actor(m_town.reception));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 2000);
}

// The per-township counts of migration 0010 equal a full count after every kind of action, and the
// board's unfiltered total and stage strip read them.
void TestBoardQueries::maintainedCountsFollowEveryAction()
{
    m_db = m_testDb->fresh();
    m_town = TestTown::create(*m_db);
    CaseService service(*m_db, m_clock, m_calendar);
    Actor clerk = m_town.actor(m_town.duty);
    clerk.orgUnitId = m_town.county.id; // a county duty officer: both townships
    const Actor handler = m_town.actor(m_town.handler);
    Actor leader = m_town.actor(m_town.leader);
    leader.orgUnitId = m_town.county.id;
    auto draft = [&](qint64 place, bool confidential) {
        CaseRecord c;
        c.title = u"计数核对"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        c.confidential = confidential;
        return c;
    };
    auto rows = [&](const QString &sql) {
        QStringList out;
        Query q(*m_db, sql);
        q.exec();
        while (q.next())
            out << u"%1:%2:%3"_s.arg(q.int64(0)).arg(q.text(1)).arg(q.int64(2));
        out.sort();
        return out;
    };
    auto check = [&](const char *step) {
        const QStringList full =
            rows(u"SELECT township_id, status, COUNT(*) FROM cases WHERE NOT confidential "
                 "GROUP BY township_id, status"_s);
        const QStringList kept =
            rows(u"SELECT township_id, status, n FROM case_status_counts WHERE n <> 0"_s);
        QVERIFY2(full == kept, qPrintable(QString::fromLatin1(step) + u": "_s + full.join(u' ') + u" / "_s +
                                          kept.join(u' ')));
        CaseQuery all;
        all.orgUnitId = m_town.county.id;
        const qint64 total = Query(*m_db, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong();
        QCOMPARE(CaseRepository(*m_db).count(all), total);
        qint64 strip = 0;
        for (const qint64 n : CaseRepository(*m_db).stageCounts(m_town.county.id, m_clock.now()).byStatus)
            strip += n;
        QCOMPARE(strip, total);
    };
    CaseRecord a, b, secret;
    EXPECT_OK(a = service.report(draft(m_town.grid1.id, false), clerk));
    EXPECT_OK(b = service.report(draft(m_town.grid3.id, false), clerk));
    EXPECT_OK(secret = service.report(draft(m_town.grid1.id, true), clerk));
    check("report");
    EXPECT_OK(a = service.apply(a.id, a.version, CaseAction::Register, {}, clerk));
    EXPECT_OK(b = service.apply(b.id, b.version, CaseAction::Decline, ActionInput{.note = u"不属受理范围"_s},
                                clerk));
    EXPECT_OK(secret = service.apply(secret.id, secret.version, CaseAction::Register, {}, clerk));
    check("register, decline");
    ActionInput dispatch;
    dispatch.departmentId = m_town.judicial.id;
    dispatch.days = 5;
    EXPECT_OK(a = service.apply(a.id, a.version, CaseAction::Dispatch, dispatch, clerk));
    EXPECT_OK(a = service.apply(a.id, a.version, CaseAction::Sign, {}, handler));
    ActionInput feedback;
    feedback.result = u"已处理"_s;
    EXPECT_OK(a = service.apply(a.id, a.version, CaseAction::SubmitFeedback, feedback, handler));
    check("dispatch, sign, feedback");
    EXPECT_OK(a = service.apply(a.id, a.version, CaseAction::Close, {}, leader));
    EXPECT_OK(b = service.apply(b.id, b.version, CaseAction::Archive, {}, leader));
    check("close, archive");
    ActionInput reopen;
    reopen.days = 3;
    reopen.note = u"回访不满意"_s;
    EXPECT_OK(a = service.apply(a.id, a.version, CaseAction::Reopen, reopen, leader));
    CaseRecord spot;
    EXPECT_OK(spot = service.report(draft(m_town.grid2.id, false), clerk));
    EXPECT_OK(spot = service.apply(spot.id, spot.version, CaseAction::SettleOnSpot,
                                   ActionInput{.result = u"当场调解"_s}, clerk));
    check("reopen, settle on the spot");
}

QTEST_GUILESS_MAIN(TestBoardQueries)
#include "tst_board_queries.moc"
