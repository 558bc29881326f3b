// The case list read from the other end (CaseQuery::reverse): the last page first, and paging
// backwards from any row, for every order and with filters, equal to the forward list reversed.
// Runs unchanged on SQLite and on PostgreSQL (ZONGZHI_TEST_BACKEND).
#include "BoardCases.h"
#include "CaseRepository.h"
#include "Database.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

constexpr int caseCount = 45;
constexpr int pageSize = 4; // small pages: many cursors, ties included

QList<qint64> ids(const QList<CaseListRow> &rows)
{
    QList<qint64> out;
    for (const CaseListRow &r : rows)
        out.append(r.id);
    return out;
}

} // namespace

class TestKeysetReverse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void lastPageFirst_data();
    void lastPageFirst();
    void pagingBackwards_data();
    void pagingBackwards();

private:
    QList<CaseListRow> forward(const CaseQuery &query) const;

    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 18), QTime(15, 30))};
};

void TestKeysetReverse::initTestCase()
{
    m_testDb = std::make_unique<test::TestDatabase>();
    qInfo() << "backend:" << m_testDb->backendName();
    m_db = m_testDb->fresh();
    m_town = TestTown::create(*m_db);
    test::makeBoardCases(*m_db, m_town, m_clock, WorkCalendar::bundled(), caseCount);
}

void TestKeysetReverse::cleanupTestCase()
{
    m_db.reset();
    m_testDb.reset();
}

// The whole list, page by page forwards.
QList<CaseListRow> TestKeysetReverse::forward(const CaseQuery &query) const
{
    CaseQuery q = query;
    q.limit = pageSize;
    QList<CaseListRow> all;
    for (;;) {
        const QList<CaseListRow> page = CaseRepository(*m_db).list(q);
        all += page;
        if (page.size() < pageSize)
            return all;
        CaseRepository::seekAfter(q, page.constLast());
    }
}

namespace {
void addRows()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("filtered");
    const QList<std::pair<const char *, CaseQuery::Sort>> sorts = {
        {"received desc", CaseQuery::Sort::ReceivedDesc},
        {"received asc", CaseQuery::Sort::ReceivedAsc},
        {"deadline asc", CaseQuery::Sort::DeadlineAsc},
        {"deadline desc", CaseQuery::Sort::DeadlineDesc},
        {"urgency", CaseQuery::Sort::UrgencyDesc}};
    for (const auto &[name, sort] : sorts) {
        QTest::addRow("%s", name) << int(sort) << false;
        QTest::addRow("%s, open in township 1", name) << int(sort) << true;
    }
}
} // namespace

void TestKeysetReverse::lastPageFirst_data()
{
    addRows();
}

void TestKeysetReverse::lastPageFirst()
{
    QFETCH(int, sort);
    QFETCH(bool, filtered);
    CaseQuery query;
    query.sort = CaseQuery::Sort(sort);
    if (filtered) {
        query.orgUnitId = m_town.township1.id;
        query.statuses = {CaseStatus::Registered, CaseStatus::Dispatched, CaseStatus::InProgress};
    }
    const QList<qint64> all = ids(forward(query));
    QVERIFY(all.size() > pageSize);

    CaseQuery last = query;
    last.reverse = true;
    last.limit = pageSize;
    QList<qint64> want = all.mid(all.size() - pageSize);
    std::reverse(want.begin(), want.end());
    QCOMPARE(ids(CaseRepository(*m_db).list(last)), want); // nearest the end first
    // The statement walks the order backwards: same SQL shape, opposite directions.
    const QString sql = CaseRepository(*m_db).listStatement(last).sql;
    QVERIFY(sql.contains(u"ORDER BY"_s));
    QVERIFY(sql != CaseRepository(*m_db).listStatement(query).sql);
}

void TestKeysetReverse::pagingBackwards_data()
{
    addRows();
}

void TestKeysetReverse::pagingBackwards()
{
    QFETCH(int, sort);
    QFETCH(bool, filtered);
    CaseQuery query;
    query.sort = CaseQuery::Sort(sort);
    if (filtered) {
        query.orgUnitId = m_town.township1.id;
        query.statuses = {CaseStatus::Registered, CaseStatus::Dispatched, CaseStatus::InProgress};
    }
    const QList<CaseListRow> all = forward(query);

    // From every row, the page before it, nearest first; then on to the start.
    for (qsizetype at = 0; at < all.size(); ++at) {
        CaseQuery back = query;
        back.reverse = true;
        back.limit = pageSize;
        CaseRepository::seekAfter(back, all.at(at));
        QList<qint64> want;
        for (qsizetype i = at - 1; i >= 0 && want.size() < pageSize; --i)
            want.append(all.at(i).id);
        QCOMPARE(ids(CaseRepository(*m_db).list(back)), want);
    }
    // Walking the whole list backwards from the end gives it reversed.
    CaseQuery back = query;
    back.reverse = true;
    back.limit = pageSize;
    QList<qint64> walked;
    for (;;) {
        const QList<CaseListRow> page = CaseRepository(*m_db).list(back);
        walked += ids(page);
        if (page.size() < pageSize)
            break;
        CaseRepository::seekAfter(back, page.constLast());
    }
    QList<qint64> want = ids(all);
    std::reverse(want.begin(), want.end());
    QCOMPARE(walked, want);
}

QTEST_GUILESS_MAIN(TestKeysetReverse)
#include "tst_keyset_reverse.moc"
