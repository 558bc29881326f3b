// Petition indicators in storage (issue 14), on SQLite and PostgreSQL: a fixed set of petitions made
// through PetitionService with a fixed clock — accepted and declined, acceptance notices on time, late
// and overdue unanswered, handling on time, late and on time only by an approved extension, 复查 and 复核
// requests, a repeat and a 一信多投 copy (no repeat) — and the golden figures for a year, a month, an
// earlier as-of date and an empty year; a place's figures; on PostgreSQL each township leader's own
// login role sees only its township's figures; `zongzhi-cli report --json` carries them as "petitions";
// 超期 at an as-of date; every figure's drill-down into the board lists exactly the petitions counted.
#include "AccountService.h"
#include "AuthService.h"
#include "Database.h"
#include "Error.h"
#include "PetitionIndicatorQueries.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "ReportCommand.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"
#include "WorkReport.h"
#include "petition/DocumentTemplate.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

Person person(const QString &name, const QString &id17, const QString &phone)
{
    Person p;
    p.name = name;
    p.residentId = id17.isEmpty() ? QString() : id17 + Validators::residentIdCheckChar(id17);
    p.phone = phone;
    return p;
}

} // namespace

class TestPetitionIndicatorsStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 4, 1), QTime(9, 0))};
    QStringList m_roles;
    std::vector<Session> m_sessions;

    struct Staff
    {
        const Database *db = nullptr;
        Actor actor;
    };
    Staff m_reception, m_duty, m_leader, m_reception2, m_leader2;

    Staff staff(const QString &base, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"pi%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        m_sessions.push_back(AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password));
        return Staff{m_sessions.back().db.get(), m_sessions.back().actor()};
    }

    PetitionService service(const Staff &s) const
    {
        return PetitionService(*s.db, m_clock, CalendarRepository(*s.db).load());
    }

    PetitionRecord registerOne(const Staff &s, const QString &request, const Person &who, qint64 place,
                               const std::optional<PetitionLinkInput> &link = {})
    {
        PetitionRecord p;
        p.channel = PetitionChannel::Visit;
        p.type = PetitionType::Claim;
        p.request = request;
        p.facts = u"事实与理由"_s;
        p.orgUnitId = place;
        return service(s).registerPetition(p, {PetitionPersonInput{PetitionPersonRole::Petitioner, who}},
                                           s.actor, link);
    }

    // A document with its township's agency code (文号 are unique across townships).
    DocumentIssue document(DocumentKind kind, const Staff &s) const
    {
        DocumentIssue d;
        d.kind = kind;
        d.body = u"文书正文"_s;
        d.numberPattern = DocumentTemplate::bundled(kind).numberPattern();
        d.agencyCode = s.actor.orgUnitId == m_town.township2.id ? u"南"_s : u"青"_s;
        return d;
    }

    void act(const Staff &s, PetitionRecord &p, PetitionAction action, PetitionActionInput in = {},
             const std::optional<DocumentIssue> &doc = {})
    {
        if (!in.date.isValid())
            in.date = m_clock.now().date();
        p = service(s).apply(p.id, p.version, action, in, s.actor, doc);
    }

    void reply(const Staff &s, PetitionRecord &p, PetitionAction action, DocumentKind kind)
    {
        PetitionActionInput in;
        in.decision = PetitionDecision::Explain;
        in.result = u"解释说明"_s;
        in.basis = u"《信访工作条例》"_s;
        act(s, p, action, in, document(kind, s));
    }

    void deliver(const Staff &s, PetitionRecord &p)
    {
        PetitionActionInput in;
        in.delivery = DeliveryMethod::InPerson;
        act(s, p, PetitionAction::Deliver, in);
    }

    void on(int month, int day) { m_clock.set(QDateTime(QDate(2026, month, day), QTime(9, 0))); }

    // The set: township 1 (P1–P6) and township 2 (P7), from 2026-04-01 to 07-02.
    void build()
    {
        const Person zhang = person(u"张三"_s, u"33010219700101001"_s, u"13800000001"_s);
        const Person li = person(u"李四"_s, u"33010219700101002"_s, u"13800000002"_s);
        const Person wang = person(u"王五"_s, u"33010219700101003"_s, u"13800000003"_s);
        const Person sun = person(u"孙七"_s, {}, u"13800000005"_s);
        const Person zhao = person(u"赵八"_s, u"33010219700101007"_s, u"13800000007"_s);
        const qint64 v1 = m_town.village1.id;

        on(4, 1);
        PetitionRecord p1 = registerOne(m_reception, u"宅基地纠纷"_s, zhang, v1);
        PetitionRecord p2 = registerOne(m_reception, u"工资拖欠"_s, li, v1);
        PetitionRecord p3 = registerOne(m_reception, u"排水不畅"_s, wang, v1);
        PetitionRecord p7 = registerOne(m_reception2, u"道路破损"_s, zhao, m_town.village3.id);
        on(4, 2);
        act(m_duty, p3, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_duty));
        act(m_leader2, p7, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_leader2));
        on(4, 3);
        act(m_duty, p1, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_duty));
        on(4, 10);
        PetitionRecord p4 = registerOne(m_reception, u"宅基地纠纷（再次）"_s, zhang, v1); // 重复
        PetitionRecord p5 = registerOne(m_reception, u"养老金"_s, sun, v1);
        PetitionRecord p6 = registerOne(m_reception, u"养老金（一信多投）"_s, sun, v1,
                                        PetitionLinkInput{p5.id, PetitionLinkKind::MultiSend, u"同一封信"_s});
        QVERIFY(p4.repeat);
        QVERIFY(!p5.repeat);
        QVERIFY(!p6.repeat);
        on(4, 11);
        act(m_duty, p6, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_duty));
        on(4, 12);
        act(m_duty, p4, PetitionAction::Decline, PetitionActionInput{.note = u"已在办理中"_s},
            document(DocumentKind::NonAcceptanceNotice, m_duty));
        on(4, 20);
        act(m_duty, p2, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_duty)); // late
        reply(m_duty, p1, PetitionAction::Reply, DocumentKind::HandlingOpinion);
        on(4, 21);
        deliver(m_duty, p1);
        on(4, 25);
        act(m_reception, p1, PetitionAction::RequestReview);
        on(4, 28);
        reply(m_leader, p1, PetitionAction::ReviewOpinion, DocumentKind::ReviewOpinion);
        deliver(m_duty, p1);
        on(5, 6);
        act(m_reception, p1, PetitionAction::RequestRecheck);
        on(5, 8);
        act(m_leader, p2, PetitionAction::Extend, PetitionActionInput{.note = u"案情复杂"_s, .days = 30});
        on(6, 10);
        reply(m_duty, p3, PetitionAction::Reply, DocumentKind::HandlingOpinion); // late
        on(6, 11);
        deliver(m_duty, p3);
        on(7, 1);
        reply(m_duty, p2, PetitionAction::Reply, DocumentKind::HandlingOpinion); // on time by the extension
        on(7, 2);
        deliver(m_duty, p2);

        // The set is what the figures below say it is.
        PetitionRepository repo(*m_db, m_town.actor(m_town.admin));
        const auto handlingOf = [&](qint64 id) {
            for (const PetitionClockRecord &c : repo.clocks(id))
                if (c.value.kind == ClockKind::Handling)
                    return c;
            return PetitionClockRecord{};
        };
        const PetitionClockRecord extended = handlingOf(p2.id);
        QCOMPARE(extended.value.metOn, QDate(2026, 7, 1));
        QVERIFY(extended.baseDue < extended.value.metOn);
        QVERIFY(extended.value.metOn <= extended.value.due);
        const PetitionClockRecord late = handlingOf(p3.id);
        QVERIFY(late.value.due < late.value.metOn);
    }

    PetitionIndicatorCounts figures(const Database &db, const ReportPeriod &period, QDate asOf,
                                    qint64 place = 0) const
    {
        return PetitionIndicatorQueries(db).compute(period, place, asOf).total;
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
            m_clock.set(QDateTime(QDate(2026, 4, 1), QTime(9, 0)));
            m_reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
            m_duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
            m_leader = staff(u"lead"_s, Role::Leader, m_town.township1.id);
            m_reception2 = staff(u"rec2"_s, Role::Reception, m_town.township2.id);
            m_leader2 = staff(u"lead2"_s, Role::Leader, m_town.township2.id);
            build();
        } catch (const Error &e) {
            cleanup(); // the login roles made so far
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanup()
    {
        m_sessions.clear();
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

    void yearGolden()
    {
        PetitionIndicatorFigures f;
        EXPECT_OK(
            f = PetitionIndicatorQueries(*m_db).compute(ReportPeriod::year(2026), 0, QDate(2026, 7, 31)));
        const PetitionIndicatorCounts &c = f.total;
        QCOMPARE(c.received, 7);
        QCOMPARE(c.decided, 6); // P5 is still undecided
        QCOMPARE(c.accepted, 5);
        QCOMPARE(c.repeats, 1); // P4; the 一信多投 copy is none
        QCOMPARE(c.noticeDue, 7);
        QCOMPARE(c.noticeOnTime, 5); // P2 late, P5 overdue and unanswered
        QCOMPARE(c.handlingMet, 3);
        QCOMPARE(c.handlingOnTime, 2); // P1, and P2 by its extension; P3 late
        QCOMPARE(c.repliesDelivered, 3);
        QCOMPARE(c.reviewRequests, 1);
        QCOMPARE(c.reviewsDelivered, 1);
        QCOMPARE(c.recheckRequests, 1);
        QCOMPARE(formatPetitionIndicatorValue(PetitionIndicator::AcceptanceRate,
                                              petitionIndicatorValue(c, PetitionIndicator::AcceptanceRate)),
                 u"83.3%"_s);
        QCOMPARE(petitionIndicatorValue(c, PetitionIndicator::ReviewRate), std::optional(1.0 / 3.0));
        QCOMPARE(petitionIndicatorValue(c, PetitionIndicator::RepeatRate), std::optional(1.0 / 7.0));
        // by township
        QCOMPARE(f.byTownship.size(), 2);
        QCOMPARE(f.byTownship.at(0).townshipId, m_town.township1.id);
        QCOMPARE(f.byTownship.at(0).code, m_town.township1.code);
        QCOMPARE(f.byTownship.at(0).counts.received, 6);
        QCOMPARE(f.byTownship.at(0).counts.noticeDue, 6);
        QCOMPARE(f.byTownship.at(0).counts.noticeOnTime, 4);
        QCOMPARE(f.byTownship.at(1).counts.received, 1);
        QCOMPARE(f.byTownship.at(1).counts.accepted, 1);
        // a place: township 1 alone, and a village of township 2 (P7's)
        QCOMPARE(figures(*m_db, ReportPeriod::year(2026), QDate(2026, 7, 31), m_town.township1.id),
                 f.byTownship.at(0).counts);
        QCOMPARE(figures(*m_db, ReportPeriod::year(2026), QDate(2026, 7, 31), m_town.village3.id).received,
                 1);
        QCOMPARE(figures(*m_db, ReportPeriod::year(2026), QDate(2026, 7, 31), m_town.village2.id).received,
                 0);
    }

    void monthAndAsOf()
    {
        // April by the end of April: 复核 requested only in May
        PetitionIndicatorCounts c = figures(*m_db, ReportPeriod::month(2026, 4), QDate(2026, 4, 30));
        QCOMPARE(c.received, 7);
        QCOMPARE(c.decided, 6);
        QCOMPARE(c.noticeDue, 7);
        QCOMPARE(c.noticeOnTime, 5);
        QCOMPARE(c.handlingMet, 1);
        QCOMPARE(c.handlingOnTime, 1);
        QCOMPARE(c.repliesDelivered, 1);
        QCOMPARE(c.reviewRequests, 1);
        QCOMPARE(c.reviewsDelivered, 1);
        QCOMPARE(c.recheckRequests, 0);
        QCOMPARE(formatPetitionIndicatorValue(PetitionIndicator::RecheckRate,
                                              petitionIndicatorValue(c, PetitionIndicator::RecheckRate)),
                 u"0.0%"_s);
        // April as it stood on 04-15: P2 not yet decided and its notice not yet due, nothing answered
        c = figures(*m_db, ReportPeriod::month(2026, 4), QDate(2026, 4, 15));
        QCOMPARE(c.received, 7); // registered by then (the as-of date counts decisions, not receipts)
        QCOMPARE(c.decided, 5);
        QCOMPARE(c.accepted, 4);
        QCOMPARE(c.noticeDue, 5);
        QCOMPARE(c.noticeOnTime, 5);
        QCOMPARE(c.handlingMet, 0);
        QVERIFY(!petitionIndicatorValue(c, PetitionIndicator::OnTimeHandlingRate));
        // June: the late reply; 2025: nothing at all, every rate "—", 新增 against it
        c = figures(*m_db, ReportPeriod::month(2026, 6), QDate(2026, 7, 31));
        QCOMPARE(c.received, 0);
        QCOMPARE(c.handlingMet, 1);
        QCOMPARE(c.handlingOnTime, 0);
        const PetitionIndicatorCounts none = figures(*m_db, ReportPeriod::year(2025), QDate(2025, 12, 31));
        QCOMPARE(none, PetitionIndicatorCounts{});
        for (const PetitionIndicator i : allPetitionIndicators())
            if (petitionIndicatorKind(i) == IndicatorKind::Rate)
                QCOMPARE(formatPetitionIndicatorValue(i, petitionIndicatorValue(none, i)), u"—"_s);
        const PetitionIndicatorCounts year = figures(*m_db, ReportPeriod::year(2026), QDate(2026, 7, 31));
        QCOMPARE(formatPetitionIndicatorChange(
                     PetitionIndicator::Received,
                     petitionIndicatorChange(PetitionIndicator::Received,
                                             petitionIndicatorValue(year, PetitionIndicator::Received),
                                             petitionIndicatorValue(none, PetitionIndicator::Received))),
                 u"新增"_s);
    }

    void overdueOpen()
    {
        // 04-17: P2's acceptance notice (due 04-16) was answered only on 04-20
        QCOMPARE(figures(*m_db, ReportPeriod::month(2026, 4), QDate(2026, 4, 17)).overdueOpen, 1);
        QCOMPARE(figures(*m_db, ReportPeriod::month(2026, 4), QDate(2026, 4, 20)).overdueOpen, 0);
        // 07-31: P1's 复核 answer, P3's 复查 window without 办结, P5's notice, P6's and P7's handling
        const PetitionIndicatorFigures f =
            PetitionIndicatorQueries(*m_db).compute(ReportPeriod::month(2026, 7), 0, QDate(2026, 7, 31));
        QCOMPARE(f.total.overdueOpen, 5);
        QCOMPARE(f.byTownship.at(0).counts.overdueOpen, 4);
        QCOMPARE(f.byTownship.at(1).counts.overdueOpen, 1);
        // today: the board's own 超期 list says the same
        const PetitionRepository repo(*m_db, m_town.actor(m_town.admin));
        QCOMPARE(repo.overdue(QDate(2026, 7, 31), 100).size(), 5);
    }

    // Every figure's drill-down lists exactly the petitions it counted: for every set, period, as-of
    // date, place and township group, on the board (its rows and its counts) as the figure says.
    void drillEqualsCount()
    {
        struct When
        {
            ReportPeriod period;
            QDate asOf;
        };
        const QList<When> whens{{ReportPeriod::year(2026), QDate(2026, 7, 31)},
                                {ReportPeriod::month(2026, 4), QDate(2026, 4, 30)},
                                {ReportPeriod::month(2026, 4), QDate(2026, 4, 15)},
                                {ReportPeriod::month(2026, 4), QDate(2026, 4, 17)},
                                {ReportPeriod::month(2026, 5), QDate(2026, 5, 31)},
                                {ReportPeriod::month(2026, 6), QDate(2026, 7, 31)},
                                {ReportPeriod::quarter(2026, 3), QDate(2026, 7, 31)},
                                {ReportPeriod::year(2025), QDate(2025, 12, 31)}};
        const QList<qint64> places{0,
                                   m_town.township1.id,
                                   m_town.village1.id,
                                   m_town.township2.id,
                                   m_town.village3.id,
                                   m_town.village2.id};
        const PetitionIndicatorQueries queries(*m_db);
        const PetitionRepository repo(*m_db, m_town.actor(m_town.admin));
        int checked = 0, nonZero = 0;
        const auto check = [&](const PetitionDrill &drill, qint64 expected) {
            QCOMPARE(queries.drillEvents(drill), expected);
            QCOMPARE(queries.drillPetitions(drill), expected); // no petition counts twice in this set
            PetitionBoardFilter filter;
            filter.drill = drill;
            QCOMPARE(repo.page(filter, 1000, QDate(2026, 7, 31)).size(), expected);
            qint64 byStatus = 0;
            for (const qint64 n : repo.countsByStatus(filter))
                byStatus += n;
            QCOMPARE(byStatus, expected);
            ++checked;
            nonZero += expected > 0;
        };
        for (const When &w : whens) {
            for (const qint64 place : places) {
                PetitionIndicatorFigures f;
                EXPECT_OK(f = queries.compute(w.period, place, w.asOf));
                for (const PetitionIndicatorSet set : allPetitionIndicatorSets()) {
                    PetitionDrill drill{set, w.period, w.asOf, place, 0, {}};
                    check(drill, petitionSetCount(f.total, set));
                    if (QTest::currentTestFailed())
                        qWarning() << "set" << int(set) << "period" << w.period.code() << w.asOf << "place"
                                   << place;
                    QVERIFY(!QTest::currentTestFailed());
                    for (const PetitionTownshipIndicators &t : std::as_const(f.byTownship)) {
                        drill.townshipId = t.townshipId;
                        check(drill, petitionSetCount(t.counts, set));
                        QVERIFY(!QTest::currentTestFailed());
                    }
                }
            }
        }
        QVERIFY2(checked > 500, qPrintable(QString::number(checked)));
        QVERIFY2(nonZero > 100, qPrintable(QString::number(nonZero)));
    }

    // A township leader's own login role: his board's drill-down equals his figures (PostgreSQL's
    // row-level security), and another township's petitions never appear in it.
    void drillAsTownshipLeader()
    {
        for (const Staff *s : {&m_leader, &m_leader2}) {
            const PetitionIndicatorQueries queries(*s->db);
            const PetitionRepository repo(*s->db, s->actor);
            PetitionIndicatorFigures f;
            // on SQLite the program narrows the place to the account's unit (as the dashboard does)
            const qint64 place = m_testDb->isPostgres() ? 0 : s->actor.orgUnitId;
            EXPECT_OK(f = queries.compute(ReportPeriod::year(2026), place, QDate(2026, 7, 31)));
            for (const PetitionIndicatorSet set : allPetitionIndicatorSets()) {
                PetitionBoardFilter filter;
                filter.drill = PetitionDrill{set, ReportPeriod::year(2026), QDate(2026, 7, 31), place, 0, {}};
                const QList<PetitionBoardRow> rows = repo.page(filter, 1000, QDate(2026, 7, 31));
                QCOMPARE(rows.size(), petitionSetCount(f.total, set));
                for (const PetitionBoardRow &r : rows)
                    QVERIFY(repo.get(r.id).has_value());
            }
        }
        QCOMPARE(PetitionIndicatorQueries(*m_leader2.db)
                     .compute(ReportPeriod::year(2026), m_town.township2.id, QDate(2026, 7, 31))
                     .total.overdueOpen,
                 1);
    }

    void cliJson()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"report.json"_s);
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const auto run = [&](const QStringList &args) {
            QCommandLineParser parser;
            parser.addOption({u"period"_s, u"p"_s, u"P"_s});
            parser.addOption({u"township"_s, u"t"_s, u"T"_s});
            parser.addOption({u"json"_s, u"j"_s, u"F"_s});
            cli::addReportOptions(parser);
            if (!parser.parse(QStringList{u"zongzhi-cli"_s} + args))
                return -1;
            return cli::runReport(m_testDb->currentUrl(), parser, QDate(2026, 8, 1), out, err);
        };
        QCOMPARE(run({u"--period"_s, u"2026"_s, u"--as-of"_s, u"2026-07-31"_s, u"--json"_s, path}), 0);
        QVERIFY2(outText.contains(u"重复访率"_s), qPrintable(outText));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject petitions =
            QJsonDocument::fromJson(file.readAll()).object().value(u"petitions"_s).toObject();
        QCOMPARE(petitions.value(u"received"_s).toInteger(), 7);
        QCOMPARE(petitions.value(u"acceptance_rate"_s).toDouble(), 5.0 / 6.0);
        QCOMPARE(petitions.value(u"on_time_notice_rate"_s).toDouble(), 5.0 / 7.0);
        QCOMPARE(petitions.value(u"on_time_handling_rate"_s).toDouble(), 2.0 / 3.0);
        QCOMPARE(petitions.value(u"review_rate"_s).toDouble(), 1.0 / 3.0);
        QCOMPARE(petitions.value(u"re_review_rate"_s).toDouble(), 1.0);
        QCOMPARE(petitions.value(u"repeat_rate"_s).toDouble(), 1.0 / 7.0);
        QCOMPARE(petitions.value(u"overdue_open"_s).toInteger(), 5);
        // 2025: a count of 0, rates null
        const QJsonObject before = petitions.value(u"year_earlier"_s).toObject();
        QCOMPARE(before.value(u"received"_s).toInteger(), 0);
        QVERIFY(before.value(u"acceptance_rate"_s).isNull());
        QVERIFY(!petitions.value(u"formulas"_s).toObject().value(u"repeat_rate"_s).toString().isEmpty());
        QCOMPARE(petitions.value(u"by_township"_s).toArray().size(), 2);
        // one township
        QCOMPARE(run({u"--period"_s, u"2026"_s, u"--as-of"_s, u"2026-07-31"_s, u"--township"_s,
                      m_town.township2.code, u"--json"_s, path}),
                 0);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject south =
            QJsonDocument::fromJson(file.readAll()).object().value(u"petitions"_s).toObject();
        QCOMPARE(south.value(u"received"_s).toInteger(), 1);
        QVERIFY(south.value(u"on_time_handling_rate"_s).isNull());
    }

    void workReport()
    {
        IndicatorScope scope;
        scope.orgUnitId = m_town.township1.id;
        const WorkReport report(WorkReportData::load(*m_db, CalendarRepository(*m_db).load(),
                                                     ReportPeriod::year(2026), scope, QDate(2026, 7, 31),
                                                     QDateTime(QDate(2026, 8, 1), QTime(9, 0))));
        QVERIFY(report.data().petitions);
        QCOMPARE(report.data().petitions->received, 6);
        const QString text = report.document()->toPlainText();
        QVERIFY2(text.contains(u"八、信访"_s), qPrintable(text));
        QVERIFY(text.contains(u"重复访率"_s));
        QVERIFY(text.contains(u"4 ÷ 5"_s)); // 受理率 of township 1
        QVERIFY(text.contains(u"80.0%"_s));
        QVERIFY(text.contains(petitionIndicatorFormula(PetitionIndicator::OnTimeNoticeRate)));
        QTemporaryDir dir;
        QVERIFY(report.xlsx(dir.filePath(u"report.xlsx"_s))); // with its 信访 sheet
        // narrowed by category: petitions have none, so no 信访 section rather than a wrong one
        scope.categoryId = m_town.disputes.id;
        const WorkReport narrowed(WorkReportData::load(*m_db, CalendarRepository(*m_db).load(),
                                                       ReportPeriod::year(2026), scope, QDate(2026, 7, 31),
                                                       QDateTime(QDate(2026, 8, 1), QTime(9, 0))));
        QVERIFY(!narrowed.data().petitions);
        QVERIFY(!narrowed.document()->toPlainText().contains(u"八、信访"_s));
    }

    void townshipAccounts()
    {
        if (!m_testDb->isPostgres())
            QSKIP("row-level security is PostgreSQL's; on SQLite the program narrows the place");
        // Each township leader's own login role: its township's figures only, whatever the place asked.
        PetitionIndicatorFigures f;
        EXPECT_OK(f = PetitionIndicatorQueries(*m_leader.db)
                          .compute(ReportPeriod::year(2026), 0, QDate(2026, 7, 31)));
        QCOMPARE(f.byTownship.size(), 1);
        QCOMPARE(f.byTownship.first().townshipId, m_town.township1.id);
        QCOMPARE(f.total.received, 6);
        QCOMPARE(f.total.noticeDue, 6);
        QCOMPARE(f.total.noticeOnTime, 4);
        QCOMPARE(f.total.handlingMet, 3);
        QCOMPARE(f.total.reviewRequests, 1);
        EXPECT_OK(f = PetitionIndicatorQueries(*m_leader2.db)
                          .compute(ReportPeriod::year(2026), 0, QDate(2026, 7, 31)));
        QCOMPARE(f.total.received, 1);
        QCOMPARE(f.total.accepted, 1);
        QCOMPARE(f.total.handlingMet, 0);
        QCOMPARE(figures(*m_leader2.db, ReportPeriod::year(2026), QDate(2026, 7, 31), m_town.township1.id),
                 PetitionIndicatorCounts{});
    }
};

// The report's chart needs fonts: a GUI application (offscreen under ctest).
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestPetitionIndicatorsStorage test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_petition_indicators_storage.moc"
