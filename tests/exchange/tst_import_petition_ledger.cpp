// Historical petition ledgers in every status (issue 11), on both engines: each status a ledger holds
// imported with its flow dated by the ledger and its clocks under the rule set in force at receipt
// (2005 or 2022), met on the ledger's dates; the replies the ledger mentions recorded without invented
// text; rows whose dates contradict each other rejected with their row numbers; the ledger's number kept
// (a clash refused); a re-import changing nothing; a row that advanced moving its petition forward and
// one going back refused; on PostgreSQL a township login held to its township and to the procedure, and
// the kept number out of reach of raw SQL.
#include "AccountService.h"
#include "AuthService.h"
#include "Error.h"
#include "ImportKinds.h"
#include "ImportRunner.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "petition/PetitionClock.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionRuleSet.h"
#include "petition/PetitionService.h"
#include "petition/PetitionTypes.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QStringList headers{u"信访编号"_s,     u"登记日期"_s,     u"信访人"_s,       u"诉求"_s,
                          u"问题发生地"_s,   u"状态"_s,         u"受理日期"_s,     u"转送交办单位"_s,
                          u"转送交办日期"_s, u"延期天数"_s,     u"延期日期"_s,     u"处理意见"_s,
                          u"办理结果"_s,     u"答复日期"_s,     u"送达日期"_s,     u"送达方式"_s,
                          u"复查申请日期"_s, u"复查意见日期"_s, u"复查送达日期"_s, u"复核申请日期"_s,
                          u"复核意见日期"_s, u"复核送达日期"_s, u"办结日期"_s};

// A ledger row from header → value pairs; the place defaults to 上溪村 (township 1).
QStringList ledgerRow(const QList<std::pair<QString, QString>> &cells)
{
    QStringList row(headers.size());
    row[headers.indexOf(u"问题发生地"_s)] = u"上溪村"_s;
    for (const auto &[header, value] : cells) {
        Q_ASSERT(headers.contains(header));
        row[headers.indexOf(header)] = value;
    }
    return row;
}

QStringList fullRow(const QString &no, const QString &status, QList<std::pair<QString, QString>> cells)
{
    cells.prepend({u"状态"_s, status});
    cells.prepend({u"诉求"_s, u"要求解决%1的问题"_s.arg(no)});
    cells.prepend({u"信访人"_s, u"信访人%1"_s.arg(no)});
    cells.prepend({u"信访编号"_s, no});
    bool received = false;
    for (const auto &c : std::as_const(cells))
        received = received || c.first == u"登记日期";
    if (!received)
        cells.append({u"登记日期"_s, u"2024-03-01"_s});
    return ledgerRow(cells);
}

// One row per status a ledger holds.
QList<QStringList> everyStatus()
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
        fullRow(u"L-01"_s, u"登记"_s, {}),
        fullRow(u"L-02"_s, u"办理中"_s, {acc}),
        fullRow(u"L-03"_s, u"延期"_s, {acc, {u"延期天数"_s, u"30"_s}, {u"延期日期"_s, u"2024-04-20"_s}}),
        fullRow(u"L-04"_s, u"转送交办"_s,
                {{u"转送交办单位"_s, u"司法所"_s}, {u"转送交办日期"_s, u"2024-03-05"_s}}),
        fullRow(u"L-05"_s, u"不予受理"_s,
                {{u"受理日期"_s, u"2024-03-08"_s}, {u"办理结果"_s, u"不属于本级职权"_s}}),
        fullRow(u"L-06"_s, u"不再受理"_s, {{u"登记日期"_s, u"2024-03-02"_s}}),
        fullRow(u"L-07"_s, u"当场化解"_s,
                {{u"登记日期"_s, u"2024-03-02 10:30"_s},
                 {u"办结日期"_s, u"2024-03-02"_s},
                 {u"办理结果"_s, u"当场调解"_s}}),
        fullRow(u"L-08"_s, u"已答复"_s, {acc, rep, {u"处理意见"_s, u"予以支持"_s}}),
        fullRow(u"L-09"_s, u"已送达"_s, {acc, rep, del, {u"送达方式"_s, u"直接送达"_s}}),
        fullRow(u"L-10"_s, u"复查中"_s, {acc, rep, del, rvq}),
        fullRow(u"L-11"_s, u"复查已答复"_s, {acc, rep, del, rvq, rvr}),
        fullRow(u"L-12"_s, u"复查已送达"_s, {acc, rep, del, rvq, rvr, rvd}),
        fullRow(u"L-13"_s, u"复核中"_s, {acc, rep, del, rvq, rvr, rvd, rcq}),
        fullRow(u"L-14"_s, u"复核已答复"_s, {acc, rep, del, rvq, rvr, rvd, rcq, rcr}),
        fullRow(u"L-15"_s, u"办结"_s,
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
        fullRow(u"L-16"_s, u"办结"_s, {acc, rep, del, {u"办结日期"_s, u"2024-05-20"_s}}),
        fullRow(u"L-17"_s, u"已办结"_s,
                {{u"登记日期"_s, u"2021-06-01"_s},
                 {u"受理日期"_s, u"2021-06-03"_s},
                 {u"答复日期"_s, u"2021-07-01"_s},
                 {u"送达日期"_s, u"2021-07-02"_s},
                 {u"办结日期"_s, u"2021-08-10"_s}}),
        fullRow(u"L-18"_s, u"办结"_s,
                {{u"转送交办单位"_s, u"派出所"_s},
                 {u"转送交办日期"_s, u"2024-03-03"_s},
                 {u"受理日期"_s, u"2024-03-05"_s},
                 rep,
                 del,
                 {u"办结日期"_s, u"2024-05-20"_s}}),
    };
}

} // namespace

class TestImportPetitionLedger : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 6, 2), QTime(9, 0))};
    QStringList m_roles;
    const QString password = u"Ledger-import-7"_s;

    qint64 count(const Database &db, const QString &sql) { return Query(db, sql).scalar().toLongLong(); }

    // An account of township 1 that may take every step (duty officer and leader).
    Actor officer() const
    {
        Actor a = m_town.actor(m_town.duty);
        a.roles = Roles(Role::DutyOfficer) | Role::Leader;
        return a;
    }

    ImportSummary run(const Database &db, const Actor &actor, const QList<QStringList> &rows,
                      ImportMode mode = ImportMode::ValidOnly)
    {
        auto importer = ImportKinds::create(u"petitions"_s, db, m_clock, actor);
        ImportRunner runner(db, *importer);
        const MemorySource source = MemorySource::fromTexts(rows);
        const ImportMapping mapping = runner.detect(source);
        ImportOptions options;
        options.mode = mode;
        return runner.run(source, mapping, options);
    }

    static QString rejects(const ImportSummary &s)
    {
        QStringList out{s.failure};
        for (const auto &r : s.rejects)
            out << u"row %1 %2: %3"_s.arg(r.row).arg(r.column, r.reason);
        return out.join(u"; "_s);
    }

    qint64 idOf(const QString &no)
    {
        return Query(*m_db, u"SELECT id FROM petitions WHERE petition_no = ?"_s)
            .bind(no)
            .scalar()
            .toLongLong();
    }

    // "action@YYYY-MM-DD action@…" of a petition's flow, in order.
    QString flowOf(const QString &no)
    {
        Query q(*m_db, u"SELECT action, at FROM petition_flow WHERE petition_id = ? ORDER BY id"_s);
        q.bind(idOf(no)).exec();
        QStringList out;
        while (q.next())
            out << q.text(0) + u'@' + QDateTime::fromSecsSinceEpoch(q.int64(1)).date().toString(Qt::ISODate);
        return out.join(u' ');
    }

    QString statusOf(const QString &no)
    {
        return Query(*m_db, u"SELECT status FROM petitions WHERE petition_no = ?"_s)
            .bind(no)
            .scalar()
            .toString();
    }

    struct StoredClock
    {
        QString start, baseDue, state, metOn, ruleSet;
    };
    StoredClock clockOf(const QString &no, ClockKind kind)
    {
        Query q(*m_db,
                u"SELECT start_date, base_due_date, state, met_on, rule_set FROM petition_clocks WHERE "
                "petition_id = ? AND kind = ?"_s);
        q.bind(idOf(no)).bind(code(kind)).exec();
        if (!q.next())
            return {};
        return {q.text(0), q.text(1), q.text(2), q.raw().value(3).toString(), q.text(4)};
    }

    QString due(QDate received, ClockKind kind, QDate start)
    {
        const PetitionClock engine(CalendarRepository(*m_db).load());
        return engine.start(PetitionRuleSet::nationalFor(received), kind, start).due.toString(Qt::ISODate);
    }

    QList<qint64> tableCounts()
    {
        QList<qint64> out;
        for (const QString &table : {u"petitions"_s, u"petition_flow"_s, u"petition_clocks"_s,
                                     u"petition_documents"_s, u"persons"_s, u"petition_kept_numbers"_s})
            out << count(*m_db, u"SELECT COUNT(*) FROM "_s + table);
        return out;
    }

    bool refused(const Database &db, const QString &sql)
    {
        try {
            Transaction tx(db);
            Query::run(db, sql);
            tx.commit();
        } catch (const Error &) {
            return true;
        }
        return false;
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
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        if (m_testDb->isPostgres() && m_db) {
            try {
                for (const QString &role : std::as_const(m_roles))
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
            } catch (const Error &e) {
                qWarning() << "could not drop test roles:" << e.detail();
            }
        }
        m_roles.clear();
        m_db.reset();
    }

    void everyStatusWithItsFlowAndClocks()
    {
        try {
            const ImportSummary s = run(*m_db, officer(), everyStatus(), ImportMode::AllOrNothing);
            QVERIFY2(s.committed && s.rejects.isEmpty(), qPrintable(rejects(s)));
            QCOMPARE(s.inserted, 18);

            // Every status, reached by the workflow's own steps on the ledger's dates.
            const QList<std::tuple<QString, QString, QString>> expected{
                {u"L-01"_s, u"registered"_s, u"register@2024-03-01"_s},
                {u"L-02"_s, u"handling"_s, u"register@2024-03-01 accept@2024-03-04"_s},
                {u"L-03"_s, u"handling"_s, u"register@2024-03-01 accept@2024-03-04 extend@2024-04-20"_s},
                {u"L-04"_s, u"transferred"_s, u"register@2024-03-01 transfer@2024-03-05"_s},
                {u"L-05"_s, u"not_accepted"_s, u"register@2024-03-01 decline@2024-03-08"_s},
                {u"L-06"_s, u"not_reaccepted"_s, u"register@2024-03-02 refuse_repeat@2024-03-02"_s},
                {u"L-07"_s, u"settled_on_spot"_s, u"register@2024-03-02 settle_on_spot@2024-03-02"_s},
                {u"L-08"_s, u"replied"_s, u"register@2024-03-01 accept@2024-03-04 reply@2024-04-10"_s},
                {u"L-09"_s, u"delivered"_s,
                 u"register@2024-03-01 accept@2024-03-04 reply@2024-04-10 deliver@2024-04-12"_s},
                {u"L-10"_s, u"under_review"_s,
                 u"register@2024-03-01 accept@2024-03-04 reply@2024-04-10 deliver@2024-04-12 "
                 "request_review@2024-04-20"_s},
                {u"L-11"_s, u"review_replied"_s, {}},
                {u"L-12"_s, u"review_delivered"_s, {}},
                {u"L-13"_s, u"under_recheck"_s, {}},
                {u"L-14"_s, u"recheck_replied"_s, {}},
                {u"L-15"_s, u"concluded"_s,
                 u"register@2024-03-01 accept@2024-03-04 reply@2024-04-10 deliver@2024-04-12 "
                 "request_review@2024-04-20 review_opinion@2024-05-10 deliver@2024-05-12 "
                 "request_recheck@2024-05-20 recheck_opinion@2024-06-15 deliver@2024-06-18"_s},
                {u"L-16"_s, u"concluded"_s,
                 u"register@2024-03-01 accept@2024-03-04 reply@2024-04-10 deliver@2024-04-12 "
                 "conclude@2024-05-20"_s},
                {u"L-17"_s, u"concluded"_s,
                 u"register@2021-06-01 accept@2021-06-03 reply@2021-07-01 deliver@2021-07-02 "
                 "conclude@2021-08-10"_s},
                {u"L-18"_s, u"concluded"_s,
                 u"register@2024-03-01 transfer@2024-03-03 accept@2024-03-05 reply@2024-04-10 "
                 "deliver@2024-04-12 conclude@2024-05-20"_s},
            };
            for (const auto &[no, status, flow] : expected) {
                QVERIFY2(idOf(no) > 0, qPrintable(no)); // the ledger's number kept
                QCOMPARE(statusOf(no), status);
                if (!flow.isEmpty())
                    QCOMPARE(flowOf(no), flow);
            }

            // Clocks: due dates from the rules in force at receipt, met on the ledger's dates.
            const QDate received(2024, 3, 1);
            StoredClock c = clockOf(u"L-16"_s, ClockKind::AcceptanceNotice);
            QCOMPARE(c.state, u"met"_s);
            QCOMPARE(c.metOn, u"2024-03-04"_s);
            QCOMPARE(c.baseDue, due(received, ClockKind::AcceptanceNotice, received));
            QCOMPARE(c.ruleSet, u"national-2022"_s);
            c = clockOf(u"L-16"_s, ClockKind::Handling);
            QCOMPARE(c.start, u"2024-03-04"_s);
            QCOMPARE(c.baseDue, due(received, ClockKind::Handling, QDate(2024, 3, 4)));
            QCOMPARE(c.state, u"met"_s);
            QCOMPARE(c.metOn, u"2024-04-10"_s);
            c = clockOf(u"L-16"_s, ClockKind::ReviewRequest);
            QCOMPARE(c.start, u"2024-04-12"_s);
            QCOMPARE(c.state, u"stopped"_s); // 办结 stops the window
            // Still running where the ledger leaves the petition: the 复查 answer clock of L-10.
            c = clockOf(u"L-10"_s, ClockKind::ReviewAnswer);
            QCOMPARE(c.start, u"2024-04-20"_s);
            QCOMPARE(c.state, u"running"_s);
            QCOMPARE(c.baseDue, due(received, ClockKind::ReviewAnswer, QDate(2024, 4, 20)));
            QCOMPARE(Query(*m_db, u"SELECT next_due_date FROM petitions WHERE petition_no = 'L-10'"_s)
                         .scalar()
                         .toString(),
                     c.baseDue);
            // The extension moved the handling clock of L-03 by 30 days.
            Query ext(*m_db, u"SELECT extension_days, due_date, base_due_date FROM petition_clocks WHERE "
                             "petition_id = ? AND kind = 'handling'"_s);
            ext.bind(idOf(u"L-03"_s)).exec();
            QVERIFY(ext.next());
            QCOMPARE(ext.integer(0), 30);
            QVERIFY(ext.text(1) > ext.text(2));
            // Received in 2021: the 2005 regulation's rules.
            c = clockOf(u"L-17"_s, ClockKind::Handling);
            QCOMPARE(c.ruleSet, u"national-2005"_s);
            QCOMPARE(c.baseDue, due(QDate(2021, 6, 1), ClockKind::Handling, QDate(2021, 6, 3)));
            QCOMPARE(Query(*m_db, u"SELECT rule_set FROM petitions WHERE petition_no = 'L-17'"_s)
                         .scalar()
                         .toString(),
                     u"national-2005"_s);
            // Closed on the ledger's day.
            QCOMPARE(QDateTime::fromSecsSinceEpoch(
                         Query(*m_db, u"SELECT closed_at FROM petitions WHERE petition_no = 'L-16'"_s)
                             .scalar()
                             .toLongLong())
                         .date(),
                     QDate(2024, 5, 20));
            // Transferred to the unit named; the handler of L-18 accepted it there.
            QCOMPARE(Query(*m_db, u"SELECT department_id FROM petitions WHERE petition_no = 'L-04'"_s)
                         .scalar()
                         .toLongLong(),
                     m_town.judicial.id);

            // Documents the ledger mentions: its dates and words, no invented text.
            Query docs(*m_db,
                       u"SELECT kind, body, delivered_on, delivery_method, year FROM petition_documents "
                       "WHERE petition_id = ? ORDER BY id"_s);
            docs.bind(idOf(u"L-15"_s)).exec();
            QStringList kinds;
            while (docs.next()) {
                kinds << docs.text(0);
                QVERIFY2(docs.text(1).contains(u"据信访台账导入"_s), qPrintable(docs.text(1)));
                QVERIFY(!docs.raw().value(2).isNull());
            }
            QCOMPARE(kinds,
                     (QStringList{code(DocumentKind::HandlingOpinion), code(DocumentKind::ReviewOpinion),
                                  code(DocumentKind::RecheckOpinion)}));
            docs.bind(idOf(u"L-09"_s)).exec();
            QVERIFY(docs.next());
            QCOMPARE(docs.raw().value(2).toString(), u"2024-04-12"_s);
            QCOMPARE(docs.text(3), code(DeliveryMethod::InPerson));
            QCOMPARE(docs.integer(4), 2024);
            docs.bind(idOf(u"L-05"_s)).exec();
            QVERIFY(docs.next());
            QCOMPARE(docs.text(0), code(DocumentKind::NonAcceptanceNotice));
            QVERIFY(docs.text(1).contains(u"不属于本级职权"_s)); // the ledger's words, quoted as such
            // The decision the ledger gives belongs to the last opinion; none is made up elsewhere.
            QCOMPARE(Query(*m_db, u"SELECT decision FROM petitions WHERE petition_no = 'L-15'"_s)
                         .scalar()
                         .toString(),
                     code(PetitionDecision::Reject));
            QVERIFY(Query(*m_db, u"SELECT decision FROM petitions WHERE petition_no = 'L-16'"_s)
                        .scalar()
                        .isNull());
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_kept_numbers"_s), 18);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void contradictionsRejectedWithRowNumbers()
    {
        try {
            const QList<QStringList> rows{
                headers,
                // 2: replied before it was received
                fullRow(u"C-1"_s, u"已答复"_s,
                        {{u"登记日期"_s, u"2024-03-10"_s}, {u"答复日期"_s, u"2024-03-05"_s}}),
                // 3: delivered before the reply
                fullRow(u"C-2"_s, u"已送达"_s,
                        {{u"答复日期"_s, u"2024-04-10"_s}, {u"送达日期"_s, u"2024-04-08"_s}}),
                // 4: still 办理中 but with a reply date
                fullRow(u"C-3"_s, u"办理中"_s, {{u"答复日期"_s, u"2024-04-10"_s}}),
                // 5: 已送达 without its delivery date
                fullRow(u"C-4"_s, u"已送达"_s, {{u"答复日期"_s, u"2024-04-10"_s}}),
                // 6: a reply after today
                fullRow(u"C-5"_s, u"已答复"_s, {{u"答复日期"_s, u"2025-07-01"_s}}),
                // 7: 复查 requested before the reply was delivered
                fullRow(u"C-6"_s, u"复查中"_s,
                        {{u"答复日期"_s, u"2024-04-10"_s},
                         {u"送达日期"_s, u"2024-04-12"_s},
                         {u"复查申请日期"_s, u"2024-04-11"_s}}),
                // 8: a good row
                fullRow(u"C-7"_s, u"已答复"_s, {{u"答复日期"_s, u"2024-04-10"_s}}),
                // 9: an extension with a status that has none
                fullRow(u"C-8"_s, u"登记"_s, {{u"延期天数"_s, u"10"_s}}),
            };
            const ImportSummary s = run(*m_db, officer(), rows);
            QVERIFY2(s.committed, qPrintable(rejects(s)));
            QCOMPARE(s.inserted, 1);
            QList<int> rowNumbers;
            for (const auto &r : s.rejects)
                rowNumbers << r.row;
            QCOMPARE(rowNumbers, (QList<int>{2, 3, 4, 5, 6, 7, 9}));
            QCOMPARE(s.rejects[0].column, u"答复日期"_s);
            QVERIFY2(s.rejects[0].reason.contains(u"2024-03-05"_s) &&
                         s.rejects[0].reason.contains(u"登记日期"_s),
                     qPrintable(s.rejects[0].reason));
            QVERIFY2(s.rejects[1].reason.contains(u"答复日期"_s), qPrintable(s.rejects[1].reason));
            QVERIFY2(s.rejects[2].reason.contains(u"办理中"_s), qPrintable(s.rejects[2].reason));
            QVERIFY2(s.rejects[3].reason.contains(u"送达日期"_s), qPrintable(s.rejects[3].reason));
            QVERIFY2(s.rejects[4].reason.contains(u"今天"_s), qPrintable(s.rejects[4].reason));
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 1);
            QCOMPARE(statusOf(u"C-7"_s), u"replied"_s);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void numberKeptAndClashesRefused()
    {
        try {
            // Another township's petition holds Q-1 (imported at the county).
            const Actor county{m_town.leader.id, u"县领导"_s, Roles(Role::DutyOfficer) | Role::Leader,
                               m_town.county.id, 0};
            const ImportSummary other = run(
                *m_db, county, {headers, fullRow(u"Q-1"_s, u"登记"_s, {{u"问题发生地"_s, u"南苑社区"_s}})});
            QVERIFY2(other.inserted == 1, qPrintable(rejects(other)));
            const ImportSummary first = run(*m_db, officer(), {headers, fullRow(u"Q-2"_s, u"登记"_s, {})});
            QVERIFY2(first.inserted == 1, qPrintable(rejects(first)));
            const QString systemNo =
                Query(*m_db, u"SELECT system_no FROM petition_kept_numbers WHERE ledger_no = 'Q-2'"_s)
                    .scalar()
                    .toString();
            QVERIFY2(systemNo.contains(u"-X-2024-"_s), qPrintable(systemNo));

            const ImportSummary s = run(*m_db, officer(),
                                        {headers,
                                         // 2: the other township's number: this township's own Q-1
                                         fullRow(u"Q-1"_s, u"登记"_s, {}),
                                         // 3: the same number received on another day: another matter
                                         fullRow(u"Q-2"_s, u"登记"_s, {{u"登记日期"_s, u"2024-05-01"_s}}),
                                         // 4: a number of the counter's own form
                                         fullRow(systemNo, u"登记"_s, {{u"登记日期"_s, u"2024-02-01"_s}}),
                                         // 5: Q-2 again as it was: unchanged
                                         fullRow(u"Q-2"_s, u"登记"_s, {})});
            QVERIFY2(s.committed, qPrintable(rejects(s)));
            QCOMPARE(s.inserted, 1);
            QCOMPARE(s.unchanged, 1);
            QCOMPARE(s.rejects.size(), 2);
            QCOMPARE(s.rejects[0].row, 3);
            QVERIFY2(s.rejects[0].reason.contains(u"2024-03-01"_s), qPrintable(s.rejects[0].reason));
            QCOMPARE(s.rejects[1].row, 4);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 3);
            // Ledger numbers are the township's: both townships hold a Q-1 of their own.
            QCOMPARE(count(*m_db,
                           u"SELECT COUNT(DISTINCT township_id) FROM petitions WHERE petition_no = 'Q-1'"_s),
                     2);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_kept_numbers WHERE ledger_no = 'Q-1'"_s),
                     2);
            // A re-import as the county finds each township's own Q-1 by the row's place.
            const ImportSummary again =
                run(*m_db, county,
                    {headers, fullRow(u"Q-1"_s, u"登记"_s, {{u"问题发生地"_s, u"南苑社区"_s}}),
                     fullRow(u"Q-1"_s, u"受理"_s, {{u"受理日期"_s, u"2024-03-04"_s}})});
            QVERIFY2(again.unchanged == 1 && again.updated == 1 && again.rejects.isEmpty(),
                     qPrintable(rejects(again)));
            QCOMPARE(
                Query(*m_db, u"SELECT status FROM petitions WHERE petition_no = 'Q-1' AND township_id = ?"_s)
                    .bind(m_town.township1.id)
                    .scalar()
                    .toString(),
                u"handling"_s);
            QCOMPARE(
                Query(*m_db, u"SELECT status FROM petitions WHERE petition_no = 'Q-1' AND township_id = ?"_s)
                    .bind(m_town.township2.id)
                    .scalar()
                    .toString(),
                u"registered"_s);
            // Looking a number up: the township sees its own; the county sees both, each in its township.
            PetitionBoardFilter byNumber;
            byNumber.number = u" Q-1 "_s;
            const QList<PetitionBoardRow> own =
                PetitionRepository(*m_db, officer()).page(byNumber, 10, QDate(2025, 6, 2));
            QCOMPARE(own.size(), 1);
            QCOMPARE(Query(*m_db, u"SELECT township_id FROM petitions WHERE id = ?"_s)
                         .bind(own[0].id)
                         .scalar()
                         .toLongLong(),
                     m_town.township1.id);
            const QList<PetitionBoardRow> both =
                PetitionRepository(*m_db, county).page(byNumber, 10, QDate(2025, 6, 2));
            QCOMPARE(both.size(), 2);
            QVERIFY(both[0].orgUnitId != both[1].orgUnitId);
            QCOMPARE(
                PetitionRepository(*m_db, county).countsByStatus(byNumber).value(PetitionStatus::Registered),
                1);
            // Within one township a number stays unique, whatever writes it.
            QVERIFY(refused(*m_db, u"UPDATE petitions SET petition_no = 'Q-2' WHERE petition_no = 'Q-1' AND "
                                   "township_id = %1"_s.arg(m_town.township1.id)));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A ledger out of date order: the older petition of a person is 首次 even when it comes in after a
    // newer one, and the newer one imported later is a repeat of the older.
    void repeatsByReceiptNotByImportOrder()
    {
        try {
            const auto row = [](const QString &no, const QString &date) {
                return ledgerRow({{u"信访编号"_s, no},
                                  {u"登记日期"_s, date},
                                  {u"信访人"_s, u"周同"_s},
                                  {u"诉求"_s, u"要求解决排水问题"_s},
                                  {u"状态"_s, u"登记"_s}});
            };
            // The same person: found again by name and phone.
            QList<QStringList> rows{headers, row(u"R-2023"_s, u"2023-05-01"_s),
                                    row(u"R-2020"_s, u"2020-01-06"_s), row(u"R-2024"_s, u"2024-02-01"_s)};
            QStringList h = headers;
            h << u"联系电话"_s;
            rows[0] = h;
            for (qsizetype i = 1; i < rows.size(); ++i)
                rows[i] << u"13912345678"_s;
            const ImportSummary s = run(*m_db, officer(), rows);
            QVERIFY2(s.inserted == 3, qPrintable(rejects(s)));
            const auto repeatOf = [&](const QString &no) {
                Query q(*m_db,
                        u"SELECT p.repeat_kind, o.petition_no FROM petitions p LEFT JOIN petitions o ON "
                        "o.id = p.predecessor_id WHERE p.petition_no = ?"_s);
                q.bind(no).exec();
                return q.next() ? q.text(0) + u' ' + q.text(1) : QString();
            };
            QCOMPARE(repeatOf(u"R-2023"_s), u"first "_s);
            QCOMPARE(repeatOf(u"R-2020"_s), u"first "_s);
            QCOMPARE(repeatOf(u"R-2024"_s), u"repeat R-2023"_s);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // Under the 2022 regulation the 60-day handling period is for 申诉求决 only: a 建议意见 accepted and
    // answered from the ledger runs no handling clock; under 2005 it does.
    void handlingClockOnlyWhereTheRulesSetIt()
    {
        try {
            QStringList h = headers;
            h << u"信访类型"_s;
            QList<QStringList> rows{h};
            for (const auto &[no, received] :
                 {std::pair{u"T-2024"_s, u"2024-03-01"_s}, std::pair{u"T-2021"_s, u"2021-03-01"_s}}) {
                QStringList r =
                    fullRow(no, u"已答复"_s,
                            {{u"登记日期"_s, received},
                             {u"受理日期"_s, received},
                             {u"答复日期"_s,
                              QDate::fromString(received, Qt::ISODate).addDays(20).toString(Qt::ISODate)}});
                r << u"建议意见"_s;
                rows << r;
            }
            const ImportSummary s = run(*m_db, officer(), rows);
            QVERIFY2(s.inserted == 2, qPrintable(rejects(s)));
            QCOMPARE(statusOf(u"T-2024"_s), u"replied"_s);
            QCOMPARE(clockOf(u"T-2024"_s, ClockKind::Handling).start, QString());
            QCOMPARE(clockOf(u"T-2021"_s, ClockKind::Handling).state, u"met"_s);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A group visit (集体访: 5 or more) comes in with the person the ledger names as its representative
    // (Art. 20), and a re-import corrects that person's phone as it would a petitioner's.
    void groupVisitsComeInWithTheirRepresentative()
    {
        try {
            QStringList h = headers;
            h << u"人数"_s << u"联系电话"_s;
            QStringList group = fullRow(u"G-1"_s, u"已受理"_s, {{u"受理日期"_s, u"2024-03-02"_s}});
            group << u"12"_s << u"13957900001"_s;
            QStringList single = fullRow(u"G-2"_s, u"已受理"_s, {{u"受理日期"_s, u"2024-03-02"_s}});
            single << u"1"_s << u"13957900002"_s;
            ImportSummary s = run(*m_db, officer(), {h, group, single});
            QVERIFY2(s.inserted == 2, qPrintable(rejects(s)));
            const auto formAndRole = [this](const QString &no) {
                Query q(*m_db,
                        u"SELECT p.visit_form, p.head_count, pp.role, s.name, s.phone FROM petitions p "
                        "JOIN petition_persons pp ON pp.petition_id = p.id "
                        "JOIN persons s ON s.id = pp.person_id WHERE p.id = ?"_s);
                q.bind(idOf(no)).exec();
                QStringList out;
                while (q.next())
                    out << u"%1 %2 %3 %4 %5"_s.arg(q.text(0))
                               .arg(q.int64(1))
                               .arg(q.text(2), q.text(3), q.text(4));
                return out.join(u"; "_s);
            };
            QCOMPARE(formAndRole(u"G-1"_s), u"group 12 representative 信访人G-1 13957900001"_s);
            QCOMPARE(formAndRole(u"G-2"_s), u"individual 1 petitioner 信访人G-2 13957900002"_s);

            group[h.indexOf(u"联系电话"_s)] = u"13957900009"_s;
            s = run(*m_db, officer(), {h, group, single});
            QVERIFY2(s.updated == 1 && s.unchanged == 1, qPrintable(rejects(s)));
            QCOMPARE(formAndRole(u"G-1"_s), u"group 12 representative 信访人G-1 13957900009"_s);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A row left at 已送达 (or 复查已送达): the petitioner's 30-day window to ask for 复查 (复核) runs from
    // the delivery; one that ran out before the import day is settled, not overdue on the board; one still
    // open runs as in the app.
    void lapsedRequestWindowsSettled()
    {
        try {
            const QList<QStringList> rows{
                headers,
                fullRow(u"W-1"_s, u"已送达"_s,
                        {{u"受理日期"_s, u"2024-03-04"_s},
                         {u"答复日期"_s, u"2024-04-10"_s},
                         {u"送达日期"_s, u"2024-04-12"_s}}),
                fullRow(u"W-2"_s, u"复查已送达"_s,
                        {{u"受理日期"_s, u"2024-03-04"_s},
                         {u"答复日期"_s, u"2024-04-10"_s},
                         {u"送达日期"_s, u"2024-04-12"_s},
                         {u"复查申请日期"_s, u"2024-04-20"_s},
                         {u"复查意见日期"_s, u"2024-05-10"_s},
                         {u"复查送达日期"_s, u"2024-05-12"_s}}),
                // delivered ten days before the import day (2025-06-02): the window is open
                fullRow(u"W-3"_s, u"已送达"_s,
                        {{u"登记日期"_s, u"2025-03-03"_s},
                         {u"受理日期"_s, u"2025-03-04"_s},
                         {u"答复日期"_s, u"2025-05-20"_s},
                         {u"送达日期"_s, u"2025-05-23"_s}}),
            };
            const ImportSummary s = run(*m_db, officer(), rows);
            QVERIFY2(s.inserted == 3 && s.rejects.isEmpty(), qPrintable(rejects(s)));
            const auto nextDue = [&](const QString &no) {
                return Query(*m_db, u"SELECT next_due_date FROM petitions WHERE petition_no = ?"_s)
                    .bind(no)
                    .scalar();
            };
            StoredClock c = clockOf(u"W-1"_s, ClockKind::ReviewRequest);
            QCOMPARE(c.start, u"2024-04-12"_s);
            QCOMPARE(c.baseDue, due(QDate(2024, 3, 1), ClockKind::ReviewRequest, QDate(2024, 4, 12)));
            QCOMPARE(c.state, u"stopped"_s);
            QVERIFY(nextDue(u"W-1"_s).isNull());
            QCOMPARE(statusOf(u"W-1"_s), u"delivered"_s); // the ledger's status, nothing invented
            c = clockOf(u"W-2"_s, ClockKind::RecheckRequest);
            QCOMPARE(c.start, u"2024-05-12"_s);
            QCOMPARE(c.state, u"stopped"_s);
            QVERIFY(nextDue(u"W-2"_s).isNull());
            // The flow row of the delivery says why the window no longer runs.
            const QString note = Query(*m_db, u"SELECT note FROM petition_flow WHERE petition_id = ? AND "
                                              "action = 'deliver' ORDER BY id DESC LIMIT 1"_s)
                                     .bind(idOf(u"W-1"_s))
                                     .scalar()
                                     .toString();
            QVERIFY2(note.contains(u"届满"_s), qPrintable(note));
            // Still open: running, the board's next due date.
            c = clockOf(u"W-3"_s, ClockKind::ReviewRequest);
            QCOMPARE(c.state, u"running"_s);
            QCOMPARE(nextDue(u"W-3"_s).toString(), c.baseDue);
            // Nothing overdue on the board.
            PetitionRepository repo(*m_db, officer());
            QVERIFY(repo.overdue(m_clock.now().date(), 50).isEmpty());
            QCOMPARE(repo.clockCounts(m_clock.now().date(), 3).overdue, 0);

            // The window settled, the center can still conclude the matter, or take a late 复查 request.
            const Actor a = officer();
            PetitionService service(*m_db, m_clock, CalendarRepository(*m_db).load());
            const auto w1 = repo.get(idOf(u"W-1"_s));
            QVERIFY(w1);
            PetitionActionInput input;
            service.apply(w1->id, w1->version, PetitionAction::Conclude, input, a);
            QCOMPARE(statusOf(u"W-1"_s), u"concluded"_s);
            QCOMPARE(clockOf(u"W-1"_s, ClockKind::ReviewRequest).state, u"stopped"_s);
            // A re-import of the same rows changes nothing more.
            const ImportSummary again = run(*m_db, officer(), {headers, rows[2], rows[3]});
            QVERIFY2(again.unchanged == 2 && again.rejects.isEmpty(), qPrintable(rejects(again)));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void reimportChangesNothing()
    {
        try {
            const ImportSummary a = run(*m_db, officer(), everyStatus());
            QVERIFY2(a.inserted == 18, qPrintable(rejects(a)));
            const QList<qint64> before = tableCounts();
            const qint64 versions = count(*m_db, u"SELECT SUM(version) FROM petitions"_s);
            const ImportSummary b = run(*m_db, officer(), everyStatus());
            QVERIFY2(b.committed && b.rejects.isEmpty(), qPrintable(rejects(b)));
            QCOMPARE(b.unchanged, 18);
            QCOMPARE(b.inserted + b.updated, 0);
            QCOMPARE(tableCounts(), before);
            QCOMPARE(count(*m_db, u"SELECT SUM(version) FROM petitions"_s), versions);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A corrected row: what the ledger owns (the petition's text, the petitioner's phone and address, the
    // words of 办理结果) is updated through the service, audited and flowed as 更正, and the summary names
    // the columns; a corrected date of a step already walked, a new 处理意见 after the reply, a new type
    // after acceptance and a value the program changed since the import are refused with their reasons.
    void correctedRowUpdatesWhatTheLedgerOwns()
    {
        try {
            QStringList h = headers;
            h << u"联系电话"_s << u"住址"_s << u"信访类型"_s;
            const auto row = [&](const QString &request, const QString &phone, const QString &address,
                                 const QString &replied, const QString &result,
                                 const QString &type = u"申诉求决"_s, const QString &status = u"已答复"_s) {
                QStringList r = fullRow(u"K-1"_s, status,
                                        {{u"受理日期"_s, u"2024-03-04"_s},
                                         {u"答复日期"_s, replied},
                                         {u"处理意见"_s, u"解释说明"_s},
                                         {u"办理结果"_s, result},
                                         {u"诉求"_s, request}});
                if (status == u"已送达")
                    r[headers.indexOf(u"送达日期"_s)] = u"2025-05-30"_s;
                r << phone << address << type;
                return r;
            };
            const ImportSummary a = run(*m_db, officer(),
                                        {h, row(u"要求修复村道"_s, u"13911112222"_s, u"上溪村1组"_s,
                                                u"2024-04-10"_s, u"已安排修复"_s)});
            QVERIFY2(a.inserted == 1, qPrintable(rejects(a)));
            const qint64 id = idOf(u"K-1"_s);
            const auto personValue = [&](const QString &column) {
                return Query(*m_db,
                             u"SELECT s.%1 FROM persons s JOIN petition_persons pp ON pp.person_id = s.id "
                             "WHERE pp.petition_id = ?"_s.arg(column))
                    .bind(id)
                    .scalar()
                    .toString();
            };
            const qint64 flowBefore = count(*m_db, u"SELECT COUNT(*) FROM petition_flow"_s);

            // Corrected text, phone, address and result words: one update naming the columns.
            const QStringList corrected = row(u"要求修复村道及排水沟"_s, u"13933334444"_s, u"上溪村2组"_s,
                                              u"2024-04-10"_s, u"已修复完毕"_s);
            const ImportSummary b = run(*m_db, officer(), {h, corrected});
            QVERIFY2(b.updated == 1 && b.rejects.isEmpty(), qPrintable(rejects(b)));
            QCOMPARE(b.updates.size(), 1);
            QCOMPARE(b.updates[0].row, 2);
            QCOMPARE(b.updates[0].key, u"K-1"_s);
            QCOMPARE(b.updates[0].changed, (QStringList{u"诉求"_s, u"联系电话"_s, u"住址"_s, u"办理结果"_s}));
            QCOMPARE(
                Query(*m_db, u"SELECT request FROM petitions WHERE id = ?"_s).bind(id).scalar().toString(),
                u"要求修复村道及排水沟"_s);
            QCOMPARE(personValue(u"phone"_s), u"13933334444"_s);
            QCOMPARE(personValue(u"address"_s), u"上溪村2组"_s);
            QCOMPARE(statusOf(u"K-1"_s), u"replied"_s);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_flow"_s), flowBefore + 1);
            Query last(
                *m_db,
                u"SELECT action, from_status, to_status, note FROM petition_flow WHERE petition_id = ? "
                "ORDER BY id DESC LIMIT 1"_s);
            last.bind(id).exec();
            QVERIFY(last.next());
            QCOMPARE(last.text(0), u"correct"_s);
            QCOMPARE(last.text(1), u"replied"_s);
            QCOMPARE(last.text(2), u"replied"_s);
            QVERIFY2(last.text(3).contains(u"已修复完毕"_s), qPrintable(last.text(3)));
            // The same row again changes nothing.
            const qint64 version = count(*m_db, u"SELECT version FROM petitions WHERE id = %1"_s.arg(id));
            const ImportSummary c = run(*m_db, officer(), {h, corrected});
            QVERIFY2(c.unchanged == 1 && c.updates.isEmpty(), qPrintable(rejects(c)));
            QCOMPARE(count(*m_db, u"SELECT version FROM petitions WHERE id = %1"_s.arg(id)), version);

            // Refused: a step's date, the decision after the reply, the type after acceptance.
            const QList<std::pair<QStringList, QString>> refusedRows{
                {row(u"要求修复村道及排水沟"_s, u"13933334444"_s, u"上溪村2组"_s, u"2024-04-11"_s,
                     u"已修复完毕"_s),
                 u"答复日期"_s},
                {row(u"要求修复村道及排水沟"_s, u"13933334444"_s, u"上溪村2组"_s, u"2024-04-10"_s,
                     u"已修复完毕"_s, u"建议意见"_s),
                 u"信访类型"_s},
            };
            for (const auto &[r, word] : refusedRows) {
                const ImportSummary d = run(*m_db, officer(), {h, r});
                QCOMPARE(d.rejects.size(), 1);
                QVERIFY2(d.rejects[0].reason.contains(word), qPrintable(d.rejects[0].reason));
            }
            QStringList otherDecision = corrected;
            otherDecision[headers.indexOf(u"处理意见"_s)] = u"予以支持"_s;
            const ImportSummary e = run(*m_db, officer(), {h, otherDecision});
            QCOMPARE(e.rejects.size(), 1);
            QVERIFY2(e.rejects[0].reason.contains(u"处理意见"_s), qPrintable(e.rejects[0].reason));
            QCOMPARE(count(*m_db, u"SELECT version FROM petitions WHERE id = %1"_s.arg(id)), version);

            // The program changed the phone since (as a later registration of the same person does): the
            // ledger's same phone leaves it, a different correction is refused, not overwritten.
            Query::run(*m_db, u"UPDATE persons SET phone = '13955556666', version = version + 1 WHERE id = "
                              "(SELECT person_id FROM petition_persons WHERE petition_id = %1)"_s.arg(id));
            const ImportSummary f = run(*m_db, officer(), {h, corrected});
            QVERIFY2(f.unchanged == 1 && f.rejects.isEmpty(), qPrintable(rejects(f)));
            QCOMPARE(personValue(u"phone"_s), u"13955556666"_s);
            const ImportSummary g = run(*m_db, officer(),
                                        {h, row(u"要求修复村道及排水沟"_s, u"13977778888"_s, u"上溪村2组"_s,
                                                u"2024-04-10"_s, u"已修复完毕"_s)});
            QCOMPARE(g.rejects.size(), 1);
            QVERIFY2(g.rejects[0].reason.contains(u"联系电话"_s) && !g.rejects[0].reason.contains(u"1397"_s),
                     qPrintable(g.rejects[0].reason));
            QCOMPARE(personValue(u"phone"_s), u"13955556666"_s);

            // A correction and an advance together: both, one update.
            const ImportSummary k =
                run(*m_db, officer(),
                    {h, row(u"要求修复村道、排水沟"_s, u"13933334444"_s, u"上溪村2组"_s, u"2024-04-10"_s,
                            u"已修复完毕"_s, u"申诉求决"_s, u"已送达"_s)});
            QVERIFY2(k.updated == 1 && k.rejects.isEmpty(), qPrintable(rejects(k)));
            QCOMPARE(statusOf(u"K-1"_s), u"delivered"_s);
            QCOMPARE(k.updates.size(), 1);
            QCOMPARE(k.updates[0].changed, QStringList{u"诉求"_s});
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void advancedRowMovesForwardBackwardsRefused()
    {
        try {
            const ImportSummary a =
                run(*m_db, officer(),
                    {headers, fullRow(u"A-1"_s, u"受理"_s, {{u"受理日期"_s, u"2024-03-04"_s}})});
            QVERIFY2(a.inserted == 1, qPrintable(rejects(a)));
            const QList<QStringList> concluded{headers, fullRow(u"A-1"_s, u"办结"_s,
                                                                {{u"受理日期"_s, u"2024-03-04"_s},
                                                                 {u"答复日期"_s, u"2024-04-10"_s},
                                                                 {u"处理意见"_s, u"解释说明"_s},
                                                                 {u"送达日期"_s, u"2024-04-12"_s},
                                                                 {u"办结日期"_s, u"2024-05-20"_s}})};
            const ImportSummary b = run(*m_db, officer(), concluded);
            QVERIFY2(b.updated == 1 && b.rejects.isEmpty(), qPrintable(rejects(b)));
            QCOMPARE(statusOf(u"A-1"_s), u"concluded"_s);
            QCOMPARE(flowOf(u"A-1"_s), u"register@2024-03-01 accept@2024-03-04 reply@2024-04-10 "
                                       "deliver@2024-04-12 conclude@2024-05-20"_s);
            QCOMPARE(clockOf(u"A-1"_s, ClockKind::Handling).metOn, u"2024-04-10"_s);
            QCOMPARE(Query(*m_db, u"SELECT decision FROM petitions WHERE petition_no = 'A-1'"_s)
                         .scalar()
                         .toString(),
                     code(PetitionDecision::Explain));
            // The same again: nothing moves.
            const ImportSummary c = run(*m_db, officer(), concluded);
            QCOMPARE(c.unchanged, 1);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_flow"_s), 5);
            // Backwards: refused with the stored and the ledger's status named.
            const ImportSummary d =
                run(*m_db, officer(),
                    {headers, fullRow(u"A-1"_s, u"受理"_s, {{u"受理日期"_s, u"2024-03-04"_s}})});
            QCOMPARE(d.rejects.size(), 1);
            QCOMPARE(d.rejects[0].row, 2);
            QVERIFY2(d.rejects[0].reason.contains(u"不能倒退"_s), qPrintable(d.rejects[0].reason));
            QCOMPARE(statusOf(u"A-1"_s), u"concluded"_s);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_flow"_s), 5);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    // A township login: its own township's ledger in every status goes in (the server checks every
    // step against petition_transitions for its roles); another township's place is refused; a clash
    // with another township's number is refused without showing it; raw SQL cannot renumber.
    void townshipLoginOnTheServer()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        try {
            const Actor county{m_town.leader.id, u"县领导"_s, Roles(Role::DutyOfficer) | Role::Leader,
                               m_town.county.id, 0};
            const ImportSummary other = run(
                *m_db, county, {headers, fullRow(u"Q-9"_s, u"登记"_s, {{u"问题发生地"_s, u"南苑社区"_s}})});
            QVERIFY2(other.inserted == 1, qPrintable(rejects(other)));
            const qint64 otherId = idOf(u"Q-9"_s);

            User u;
            u.login = u"pl%1_officer"_s.arg(QCoreApplication::applicationPid() % 1000000);
            u.displayName = u"测试值班"_s;
            u.roles = Roles(Role::DutyOfficer) | Role::Leader;
            u.orgUnitId = m_town.township1.id;
            m_roles << u.login;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
            Session s = AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);

            QList<QStringList> rows = everyStatus();
            rows << fullRow(u"Q-9"_s, u"登记"_s, {}) // 20: the other's number, this township's own Q-9
                 << fullRow(u"S-1"_s, u"登记"_s, {{u"问题发生地"_s, u"南苑社区"_s}}); // 21: the other's place
            const ImportSummary a = run(*s.db, s.actor(), rows);
            QVERIFY2(a.committed && a.inserted == 19, qPrintable(rejects(a)));
            QCOMPARE(a.rejects.size(), 1);
            QCOMPARE(a.rejects[0].row, 21);
            QCOMPARE(statusOf(u"L-15"_s), u"concluded"_s);
            QCOMPARE(flowOf(u"L-18"_s), u"register@2024-03-01 transfer@2024-03-03 accept@2024-03-05 "
                                        "reply@2024-04-10 deliver@2024-04-12 conclude@2024-05-20"_s);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE township_id = %1"_s.arg(
                                      m_town.township2.id)),
                     1);
            // The login sees its own Q-9 only, also when it looks the number up; the other township's stays
            // as it was.
            PetitionBoardFilter byNumber;
            byNumber.number = u"Q-9"_s;
            const QList<PetitionBoardRow> found =
                PetitionRepository(*s.db, s.actor()).page(byNumber, 10, QDate(2025, 6, 2));
            QCOMPARE(found.size(), 1);
            QVERIFY(found[0].id != otherId);
            QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM petitions WHERE petition_no = 'Q-9'"_s), 1);
            QCOMPARE(count(*s.db, u"SELECT id FROM petitions WHERE petition_no = 'Q-9'"_s) == otherId, false);
            // The flow rows are the login's own, whatever the program passed.
            QCOMPARE(
                count(*m_db, u"SELECT COUNT(DISTINCT actor_user_id) FROM petition_flow f JOIN petitions p "
                             "ON p.id = f.petition_id WHERE p.township_id = %1"_s.arg(m_town.township1.id)),
                1);
            const ImportSummary again = run(*s.db, s.actor(), everyStatus());
            QCOMPARE(again.unchanged, 18);
            // A corrected 诉求 as the login: through the server's guards, flowed as the login's own.
            QList<QStringList> corrected{headers, everyStatus().at(2)};
            corrected[1][headers.indexOf(u"诉求"_s)] = u"更正后的诉求"_s;
            corrected[1][headers.indexOf(u"信访人"_s)] = u"更正姓名"_s;
            const ImportSummary fixed = run(*s.db, s.actor(), corrected);
            QVERIFY2(fixed.updated == 1 && fixed.updates.size() == 1, qPrintable(rejects(fixed)));
            QCOMPARE(fixed.updates[0].changed, (QStringList{u"诉求"_s, u"信访人"_s}));
            QCOMPARE(Query(*m_db,
                           u"SELECT s.name FROM persons s JOIN petition_persons pp ON pp.person_id = s.id "
                           "JOIN petitions p ON p.id = pp.petition_id WHERE p.petition_no = 'L-02'"_s)
                         .scalar()
                         .toString(),
                     u"更正姓名"_s);
            QCOMPARE(Query(*m_db, u"SELECT request FROM petitions WHERE petition_no = 'L-02'"_s)
                         .scalar()
                         .toString(),
                     u"更正后的诉求"_s);
            QCOMPARE(Query(*m_db,
                           u"SELECT u.login FROM petition_flow f JOIN users u ON u.id = f.actor_user_id "
                           "JOIN petitions p ON p.id = f.petition_id WHERE p.petition_no = 'L-02' AND "
                           "f.action = 'correct'"_s)
                         .scalar()
                         .toString(),
                     u.login);

            // Raw SQL as the login.
            const qint64 own = count(*s.db, u"SELECT id FROM petitions WHERE petition_no = 'L-01'"_s);
            QVERIFY(own > 0);
            QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM petitions WHERE id = %1"_s.arg(otherId)), 0);
            QVERIFY(refused(*s.db, u"SELECT zz_petition_keep_number(%1, 'HACK-1')"_s.arg(otherId)));
            QVERIFY(refused(*s.db, u"SELECT zz_petition_keep_number(%1, 'HACK-2')"_s.arg(own)));
            QVERIFY(refused(*s.db, u"UPDATE petitions SET petition_no = 'HACK-3', version = version + 1 "
                                   "WHERE id = %1"_s.arg(own)));
            QVERIFY(refused(*s.db, u"INSERT INTO petition_kept_numbers (petition_id, township_id, ledger_no, "
                                   "system_no, kept_at, xact) VALUES (%1, %2, 'HACK-4', 'x', 0, "
                                   "pg_current_xact_id())"_s.arg(own)
                                       .arg(m_town.township1.id)));
            // Nor take a number of its own township again, nor move a petition to a township where its
            // number is free.
            QVERIFY(refused(*s.db, u"UPDATE petitions SET petition_no = 'Q-9', version = version + 1 "
                                   "WHERE id = %1"_s.arg(own)));
            QVERIFY(
                refused(*s.db, u"UPDATE petitions SET org_unit_id = %1, version = version + 1 WHERE id = %2"_s
                                   .arg(m_town.village3.id)
                                   .arg(own)));
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE petition_no LIKE 'HACK-%'"_s), 0);
            QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE petition_no = 'Q-9'"_s), 2);
            QCOMPARE(count(*m_db, u"SELECT township_id FROM petitions WHERE id = %1"_s.arg(otherId)),
                     m_town.township2.id);

            // A reception login may register but not take the later steps: the program says so, and
            // the server would refuse the step (tst_petition_service tests the transitions by raw SQL).
            User r;
            r.login = u"pl%1_clerk"_s.arg(QCoreApplication::applicationPid() % 1000000);
            r.displayName = u"测试登记"_s;
            r.roles = Role::Reception;
            r.orgUnitId = m_town.township1.id;
            m_roles << r.login;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(r, password);
            Session clerk = AuthService(m_clock).login(m_testDb->currentUrl(), r.login, password);
            const ImportSummary c = run(*clerk.db, clerk.actor(),
                                        {headers, fullRow(u"R-1"_s, u"办结"_s,
                                                          {{u"答复日期"_s, u"2024-04-10"_s},
                                                           {u"送达日期"_s, u"2024-04-12"_s},
                                                           {u"办结日期"_s, u"2024-05-20"_s}})});
            QCOMPARE(c.rejects.size(), 1);
            QCOMPARE(idOf(u"R-1"_s), 0);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }
};

QTEST_GUILESS_MAIN(TestImportPetitionLedger)
#include "tst_import_petition_ledger.moc"
