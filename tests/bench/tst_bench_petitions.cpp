// Person matching and the petition board at size (issue 12: < 50 ms at 1,000,000 persons and 1,000,000
// petitions): a township receptionist and a county leader — on PostgreSQL their own login roles under
// row-level security — match a person while typing (the full ID number, the first 7 digits of a phone,
// a name + part of an address), open the board's first page (all, open ones), the leader's overdue list
// and the counts by status. Each figure is the median of 15 runs through our layer next to the same
// statements replayed through the engine's C API (sqlite3 / libpq) under the same identity; the plans
// of the match and the first page are printed. Timings are printed, never asserted. The size comes from
// ZONGZHI_BENCH_PETITIONS (default 10,000 for the smoke run in ctest; the README's figures: 1000000).
#include "AccountService.h"
#include "AuthService.h"
#include "Database.h"
#include "Error.h"
#include "IndicatorQueries.h"
#include "PetitionIndicatorQueries.h"
#include "Query.h"
#include "RawEngine.h"
#include "TestDatabase.h"
#include "petition/PersonDirectory.h"
#include "petition/PetitionRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

constexpr int runs = 15;

double median(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return ms.isEmpty() ? 0 : ms[ms.size() / 2];
}

// The statements our layer sends while recording (replayed through the raw engine).
class Recorder : public Query::Observer
{
public:
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    void executed(const Database &, const QString &sql, const QVariantList &values) override
    {
        const QMutexLocker lock(&m_mutex);
        if (m_on)
            m_statements.append({sql, values});
    }
    void start()
    {
        const QMutexLocker lock(&m_mutex);
        m_statements.clear();
        m_on = true;
    }
    QList<Statement> stop()
    {
        const QMutexLocker lock(&m_mutex);
        m_on = false;
        return m_statements;
    }

private:
    QMutex m_mutex;
    bool m_on = false;
    QList<Statement> m_statements;
};

} // namespace

class BenchPetitions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_owner;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0))};
    QStringList m_roles;
    std::vector<Session> m_sessions;
    struct Account
    {
        QString name;
        const Database *db = nullptr;
        Actor actor;
    };
    QList<Account> m_accounts;
    qint64 m_size = 10000;

    Account account(const QString &base, const QString &name, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"bp%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = name;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_roles << u.login;
        AccountService(*m_owner, m_clock, m_town.actor(m_town.admin)).create(u, u"Qingshi#2026"_s);
        m_sessions.push_back(AuthService(m_clock).login(m_testDb->currentUrl(), u.login, u"Qingshi#2026"_s));
        return Account{name, m_sessions.back().db.get(), m_sessions.back().actor()};
    }

    // `n` persons and `n` petitions, one petitioner each, two thirds in township 1 (its two villages),
    // the rest in township 2; names from 20 surnames and 50 given names (1,000 names, so a name alone
    // matches about n / 1000 people), addresses by group and number, receipts over the last year.
    void fill(qint64 n)
    {
        const bool pg = m_testDb->isPostgres();
        const QString series =
            pg ? u"generate_series(1, %1) g"_s.arg(n)
               : u"(WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < %1) "
                 "SELECT g FROM s)"_s.arg(n);
        const QString pad8 = pg ? u"lpad(g::text, 8, '0')"_s : u"printf('%08d', g)"_s;
        const qint64 t1 = m_town.township1.id, t2 = m_town.township2.id;
        const QString path1 =
            Query(*m_owner, u"SELECT path FROM org_units WHERE id = ?"_s).bind(t1).scalar().toString();
        const QString path2 =
            Query(*m_owner, u"SELECT path FROM org_units WHERE id = ?"_s).bind(t2).scalar().toString();
        const QString v1 = Query(*m_owner, u"SELECT path FROM org_units WHERE id = ?"_s)
                               .bind(m_town.village1.id)
                               .scalar()
                               .toString();
        const QString v2 = Query(*m_owner, u"SELECT path FROM org_units WHERE id = ?"_s)
                               .bind(m_town.village2.id)
                               .scalar()
                               .toString();
        const QString v3 = Query(*m_owner, u"SELECT path FROM org_units WHERE id = ?"_s)
                               .bind(m_town.village3.id)
                               .scalar()
                               .toString();
        const qint64 now = m_clock.now().toSecsSinceEpoch();
        if (pg)
            Query::run(*m_owner, u"ALTER TABLE petitions DISABLE TRIGGER USER"_s);
        Transaction tx(*m_owner);
        // Named tokens, replaced as plain text (QString::arg would read printf's %08d as a marker).
        const auto sql = [&](QString text) {
            text.replace(u"{T1}"_s, QString::number(t1));
            text.replace(u"{T2}"_s, QString::number(t2));
            text.replace(u"{P1}"_s, path1);
            text.replace(u"{P2}"_s, path2);
            text.replace(u"{V1}"_s, QString::number(m_town.village1.id));
            text.replace(u"{V2}"_s, QString::number(m_town.village2.id));
            text.replace(u"{V3}"_s, QString::number(m_town.village3.id));
            text.replace(u"{VP1}"_s, v1);
            text.replace(u"{VP2}"_s, v2);
            text.replace(u"{VP3}"_s, v3);
            text.replace(u"{NOW}"_s, QString::number(now));
            text.replace(u"{N}"_s, QString::number(n));
            text.replace(u"{PAD8}"_s, pad8);
            text.replace(u"{SERIES}"_s, series);
            return text;
        };
        Query::run(
            *m_owner,
            sql(u"INSERT INTO persons (id, township_id, org_path, name, resident_id, phone, address, "
                u"created_at, "
                "updated_at) SELECT g, CASE WHEN g % 3 = 0 THEN {T2} ELSE {T1} END, CASE WHEN g % 3 = 0 THEN "
                "'{P2}' ELSE '{P1}' END, substr('张王李赵刘陈杨黄吴周徐孙马朱胡郭何高林罗', (g % 20) + 1, 1) "
                "|| "
                "substr('"
                "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬兰凤洁梅琳素云莲真环雪荣爱妹香月"
                "莺媛', "
                "((g / 20) % 50) + 1, 1), '3301021990' || {PAD8}, '139' || {PAD8}, '青石村' || (g % 30) || "
                "'组' || (g % 97) || '号', {NOW}, {NOW} FROM {SERIES}"_s));
        Query::run(
            *m_owner,
            sql(u"INSERT INTO petitions (id, petition_no, township_id, year, seq, org_unit_id, org_path, "
                u"channel, "
                "petition_type, request, status, repeat_kind, rule_set, rule_version, next_due_date, "
                "next_clock_kind, received_at, updated_at) SELECT g, 'B-' || g, CASE WHEN g % 3 = 0 THEN "
                "{T2} "
                "ELSE {T1} END, 2026, g, CASE WHEN g % 3 = 0 THEN {V3} WHEN g % 3 = 1 THEN {V1} ELSE {V2} "
                "END, "
                "CASE WHEN g % 3 = 0 THEN '{VP3}' WHEN g % 3 = 1 THEN '{VP1}' ELSE '{VP2}' END, "
                "CASE WHEN g % 5 = 0 THEN 'letter' ELSE 'visit' END, CASE WHEN g % 7 = 0 THEN 'accusation' "
                "ELSE 'claim' END, '请求解决问题 ' || g, CASE WHEN g % 10 < 7 THEN 'concluded' WHEN g % 10 = "
                "7 "
                "THEN 'handling' WHEN g % 10 = 8 THEN 'registered' ELSE 'delivered' END, CASE WHEN g % 4 = 0 "
                "THEN 'repeat' ELSE 'first' END, 'national-2022', 'national-2022@1', CASE WHEN g % 10 >= 7 "
                "THEN "
                "'2026-' || CASE WHEN g % 12 < 9 THEN '0' ELSE '' END || ((g % 12) + 1) || '-15' END, "
                "CASE WHEN g % 10 >= 7 THEN 'handling' END, {NOW} - 31536000 + CAST(g AS BIGINT) * 31536000 "
                "/ "
                "{N}, {NOW} FROM {SERIES}"_s));
        Query::run(*m_owner, sql(u"INSERT INTO petition_persons (petition_id, person_id, role) SELECT g, g, "
                                 "'petitioner' FROM {SERIES}"_s));
        tx.commit();
        if (pg) {
            Query::run(*m_owner, u"ALTER TABLE petitions ENABLE TRIGGER USER"_s);
            // the load ran without the triggers: the per-township counts once, as migration 0037 does
            Query::run(*m_owner, u"DELETE FROM petition_status_counts"_s);
            Query::run(*m_owner,
                       u"INSERT INTO petition_status_counts (township_id, status, n) SELECT township_id, "
                       "status, COUNT(*) FROM petitions GROUP BY township_id, status"_s);
            // … and the counts per township and due date the 信访超市 badge reads (migration 0046)
            Query::run(*m_owner, u"DELETE FROM petition_due_counts"_s);
            Query::run(*m_owner,
                       u"INSERT INTO petition_due_counts (township_id, due_date, n) SELECT township_id, "
                       "next_due_date, COUNT(*) FROM petitions WHERE next_due_date IS NOT NULL "
                       "GROUP BY township_id, next_due_date"_s);
            Query::run(*m_owner, u"SELECT setval(pg_get_serial_sequence('persons', 'id'), %1)"_s.arg(n));
            Query::run(*m_owner, u"SELECT setval(pg_get_serial_sequence('petitions', 'id'), %1)"_s.arg(n));
            Query::run(*m_owner, u"ANALYZE persons"_s);
            Query::run(*m_owner, u"ANALYZE petitions"_s);
            Query::run(*m_owner, u"ANALYZE petition_persons"_s);
        } else {
            Query::run(*m_owner, u"ANALYZE"_s);
        }
    }

    // Median of our layer and of the raw engine for one action, with the plan of its first statement.
    void measure(const QString &what, const Account &a, const std::function<qsizetype()> &action, bool plan)
    {
        Recorder recorder;
        Query::setObserver(&recorder);
        recorder.start();
        const qsizetype rows = action();
        const QList<Recorder::Statement> statements = recorder.stop();
        Query::setObserver(nullptr);
        QList<double> ours, raw;
        QElapsedTimer t;
        for (int i = 0; i < runs; ++i) {
            t.start();
            action();
            ours << t.nsecsElapsed() / 1e6;
        }
        const std::unique_ptr<cli::RawEngine> engine = cli::RawEngine::open(a.db->url());
        QList<cli::RawStatement> rawStatements;
        for (const auto &s : statements)
            rawStatements << cli::rawStatement(s.sql, s.values, a.db->isPostgres());
        for (int i = 0; i < runs; ++i) {
            t.start();
            for (const auto &st : std::as_const(rawStatements))
                engine->run(st, nullptr);
            raw << t.nsecsElapsed() / 1e6;
        }
        qInfo().noquote() << u"%1 | %2 | %3 ms | raw %4 ms | %5 rows | %6 statements"_s.arg(what, a.name)
                                 .arg(median(ours), 0, 'f', 2)
                                 .arg(median(raw), 0, 'f', 2)
                                 .arg(rows)
                                 .arg(statements.size());
        if (plan && !rawStatements.isEmpty()) {
            // The statement that does the work: the longest one.
            const auto longest =
                std::max_element(rawStatements.cbegin(), rawStatements.cend(),
                                 [](const auto &x, const auto &y) { return x.sql.size() < y.sql.size(); });
            for (const QString &line : engine->plan(*longest))
                qInfo().noquote() << u"    "_s + line;
        }
    }

private slots:
    void initTestCase()
    {
        bool ok = false;
        const qint64 size = qEnvironmentVariableIntValue("ZONGZHI_BENCH_PETITIONS", &ok);
        if (ok && size > 0)
            m_size = size;
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_owner = m_testDb->fresh();
            m_town = TestTown::create(*m_owner);
            QElapsedTimer t;
            t.start();
            fill(m_size);
            qInfo("%lld persons and %lld petitions loaded in %.1f s (%s)", m_size, m_size,
                  t.elapsed() / 1000.0, qPrintable(m_testDb->backendName()));
            m_accounts << account(u"rec"_s, u"township reception"_s, Role::Reception, m_town.township1.id);
            m_accounts << account(u"lead"_s, u"county leader"_s, Role::Leader, m_town.county.id);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanupTestCase()
    {
        m_accounts.clear();
        m_sessions.clear();
        if (m_testDb && m_testDb->isPostgres() && m_owner) {
            for (const QString &role : std::as_const(m_roles))
                Query::run(*m_owner, u"DROP ROLE IF EXISTS %1"_s.arg(role));
        }
    }

    void personMatch()
    {
        // someone in township 1 (g % 3 != 0), in the middle of the table
        qint64 g = m_size / 2;
        while (g % 3 == 0)
            ++g;
        const QString pad = u"%1"_s.arg(g, 8, 10, QChar(u'0'));
        const QString id = u"3301021990"_s + pad;
        const QString phone = u"139"_s + pad;
        for (const Account &a : std::as_const(m_accounts)) {
            PersonDirectory dir(*a.db, a.actor);
            measure(
                u"match: full ID number"_s, a,
                [&] {
                    return dir.match(PersonQuery{id, {}, {}, {}}).size();
                },
                &a == &m_accounts.first());
            measure(
                u"match: phone, first 7 digits"_s, a,
                [&] {
                    return dir.match(PersonQuery{{}, phone.left(7), {}, {}}).size();
                },
                &a == &m_accounts.first());
            const auto found = dir.match(PersonQuery{id, {}, {}, {}});
            QVERIFY(!found.isEmpty());
            const Person p = found.first().person;
            measure(
                u"match: name + part of the address"_s, a,
                [&] {
                    return dir.match(PersonQuery{{}, {}, p.name, p.address.mid(3)}).size();
                },
                &a == &m_accounts.first());
            measure(
                u"history of the person"_s, a, [&] { return dir.history(p).size(); }, false);
            measure(
                u"repeat assessment"_s, a, [&] { return qsizetype(dir.assessRepeat({p}).repeat); }, false);
        }
    }

    void board()
    {
        const QDate today = m_clock.now().date();
        for (const Account &a : std::as_const(m_accounts)) {
            PetitionRepository repo(*a.db, a.actor);
            measure(
                u"board: first page (50)"_s, a, [&] { return repo.page({}, 50, today).size(); },
                &a == &m_accounts.first());
            PetitionBoardFilter open;
            open.openOnly = true;
            measure(
                u"board: first page, open ones"_s, a, [&] { return repo.page(open, 50, today).size(); },
                &a == &m_accounts.first());
            const auto first = repo.page({}, 50, today);
            QCOMPARE(first.size(), qMin<qsizetype>(50, m_size));
            const PetitionBoardKey key{first.last().receivedAt, first.last().id};
            measure(
                u"board: next page"_s, a, [&] { return repo.page({}, 50, today, 3, key).size(); }, false);
            measure(
                u"overdue list (50)"_s, a, [&] { return repo.overdue(today, 50).size(); }, false);
            measure(
                u"counts by status"_s, a, [&] { return repo.countsByStatus().size(); }, false);
            measure(
                u"信访超市 badge (overdue + due soon)"_s, a,
                [&] {
                    const auto counts = repo.clockCounts(today, 3);
                    return qsizetype(counts.overdue + counts.dueSoon);
                },
                true);
        }
    }

    // The dashboard's petition figures (issues 14, 12): each petition gets its clocks, its 受理 in the
    // flow and its reply as the workflow leaves them (set-wise, so the figures have something to
    // count), then a township leader and the county leader compute the figures as the dashboard does
    // (the period, 环比 and 同比: three statements) and open the board narrowed to a figure's petitions.
    void dashboardFigures()
    {
        const bool pg = m_testDb->isPostgres();
        // The petition's receipt day plus `days`, as text.
        const auto day = [pg](int days) {
            return pg ? u"to_char(to_timestamp(p.received_at)::date + %1, 'YYYY-MM-DD')"_s.arg(days)
                      : u"date(p.received_at, 'unixepoch', '+%1 days')"_s.arg(days);
        };
        QElapsedTimer t;
        t.start();
        try {
            if (pg)
                for (const QString &table :
                     {u"petition_flow"_s, u"petition_documents"_s, u"petition_clocks"_s})
                    Query::run(*m_owner, u"ALTER TABLE %1 DISABLE TRIGGER USER"_s.arg(table));
            Transaction tx(*m_owner);
            const QString clocks =
                u"INSERT INTO petition_clocks (petition_id, kind, start_date, base_due_date, due_date, days, "
                "working_days, rule_set, rule_version, state, met_on, created_at) "_s;
            // 受理告知: answered on the 2nd day (every 10th on the 20th: late); never for 'registered'
            Query::run(*m_owner,
                       clocks + u"SELECT p.id, 'acceptance_notice', %1, %2, %2, 15, FALSE, 'national-2022', "
                                "'national-2022@1', CASE WHEN p.status = 'registered' THEN 'running' ELSE "
                                "'met' END, CASE WHEN p.status = 'registered' THEN NULL WHEN p.id % 10 = 1 "
                                "THEN %3 ELSE %4 END, p.received_at FROM petitions p"_s.arg(day(0), day(15),
                                                                                            day(20), day(2)));
            // 办理: from the 2nd day, 60 days; answered on the 40th (every 13th on the 70th: late)
            Query::run(*m_owner,
                       clocks +
                           u"SELECT p.id, 'handling', %1, %2, %2, 60, FALSE, 'national-2022', "
                           "'national-2022@1', CASE WHEN p.status = 'handling' THEN 'running' ELSE "
                           "'met' END, CASE WHEN p.status = 'handling' THEN NULL WHEN p.id % 13 = 0 THEN "
                           "%3 ELSE %4 END, p.received_at FROM petitions p WHERE p.status <> "
                           "'registered'"_s.arg(day(2), day(62), day(70), day(40)));
            // 复查: requested by every 50th answered petition
            Query::run(
                *m_owner,
                clocks + u"SELECT p.id, 'review_answer', %1, %2, %2, 30, FALSE, 'national-2022', "
                         "'national-2022@1', 'met', %3, p.received_at FROM petitions p WHERE p.status "
                         "IN ('concluded', 'delivered') AND p.id % 50 = 0"_s.arg(day(50), day(80), day(70)));
            Query::run(*m_owner,
                       u"INSERT INTO petition_flow (petition_id, action, from_status, to_status, at) SELECT "
                       "p.id, 'accept', 'registered', 'accepted', p.received_at + 172800 FROM petitions p "
                       "WHERE p.status <> 'registered'"_s);
            Query::run(
                *m_owner,
                u"INSERT INTO petition_documents (petition_id, kind, doc_no, year, body, issued_at, "
                "delivered_on) SELECT p.id, 'handling_opinion', 'BD-' || p.id, 2026, '', p.received_at, "
                "%1 FROM petitions p WHERE p.status IN ('concluded', 'delivered')"_s.arg(day(42)));
            tx.commit();
            if (pg)
                for (const QString &table :
                     {u"petition_flow"_s, u"petition_documents"_s, u"petition_clocks"_s}) {
                    Query::run(*m_owner, u"ALTER TABLE %1 ENABLE TRIGGER USER"_s.arg(table));
                    Query::run(*m_owner, u"ANALYZE %1"_s.arg(table));
                }
            else
                Query::run(*m_owner, u"ANALYZE"_s);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
        qInfo("clocks, flow and replies of %lld petitions loaded in %.1f s", m_size, t.elapsed() / 1000.0);

        const QDate today = m_clock.now().date();
        const ReportPeriod month = ReportPeriod::month(2026, 10);
        const ReportPeriod year = ReportPeriod::year(2026);
        QList<std::pair<Account, ReportPeriod>> who;
        who.append({account(u"tlead"_s, u"township leader"_s, Role::Leader, m_town.township1.id), month});
        who.append({m_accounts.last(), year}); // the county leader
        for (const auto &[a, period] : std::as_const(who)) {
            // On SQLite the dashboard narrows the place to the account's unit; PostgreSQL's policy does.
            const qint64 place = a.db->isPostgres() ? 0 : a.actor.orgUnitId;
            const PetitionIndicatorQueries queries(*a.db);
            const QString label = period.code();
            PetitionIndicatorFigures f;
            measure(
                u"petition figures %1 (period, 环比, 同比)"_s.arg(label), a,
                [&] {
                    f = queries.compute(period, place, today);
                    queries.compute(period.previous(), place,
                                    IndicatorQueries::comparisonAsOf(period, today, period.previous()));
                    queries.compute(period.yearEarlier(), place,
                                    IndicatorQueries::comparisonAsOf(period, today, period.yearEarlier()));
                    return qsizetype(f.total.received);
                },
                true);
            qInfo().noquote() << u"    received %1, accepted %2 of %3 decided, notice on time %4 of %5, "
                                 "handled on time %6 of %7, 复查 %8 of %9 replies, overdue %10"_s
                                     .arg(f.total.received)
                                     .arg(f.total.accepted)
                                     .arg(f.total.decided)
                                     .arg(f.total.noticeOnTime)
                                     .arg(f.total.noticeDue)
                                     .arg(f.total.handlingOnTime)
                                     .arg(f.total.handlingMet)
                                     .arg(f.total.reviewRequests)
                                     .arg(f.total.repliesDelivered)
                                     .arg(f.total.overdueOpen);
            const PetitionRepository repo(*a.db, a.actor);
            for (const PetitionIndicatorSet set :
                 {PetitionIndicatorSet::Received, PetitionIndicatorSet::HandlingOnTime,
                  PetitionIndicatorSet::OverdueOpen}) {
                PetitionBoardFilter filter;
                filter.drill = PetitionDrill{set, period, today, place, 0, {}};
                measure(
                    u"drill %1 set %2: board's first page (100)"_s.arg(label).arg(int(set)), a,
                    [&] { return repo.page(filter, 100, today).size(); },
                    set == PetitionIndicatorSet::Received);
                QCOMPARE(queries.drillEvents(*filter.drill), petitionSetCount(f.total, set));
                measure(
                    u"drill %1 set %2: the banner's counts"_s.arg(label).arg(int(set)), a,
                    [&] {
                        return qsizetype(queries.drillPetitions(*filter.drill) +
                                         queries.drillEvents(*filter.drill));
                    },
                    false);
            }
        }
    }
};

QTEST_GUILESS_MAIN(BenchPetitions)
#include "tst_bench_petitions.moc"
