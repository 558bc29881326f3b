// 信访大厅排队叫号 (issue 12, items 3 and 7; migration 0027): the hall's set-up by admins, numbers taken
// atomically per type and day within the daily cap (two connections at once), the ratio rule at the
// window, re-call, 过号, transfer keeping the ticket's place, 办结 and the evaluator's rating, the public
// display following another connection's call, statistics; on PostgreSQL the township scope holds
// against raw SQL by another township's login.
#include "AccountService.h"
#include "AuthService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"
#include "queue/QueueFeed.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"

#include <QCoreApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {
const QString password = u"Qingshi#2026"_s;
} // namespace

class TestQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))}; // a Monday morning
    QStringList m_roles;
    QueueServiceType m_visit, m_law; // 信访接待 A, 法律咨询 C
    QueueWindow m_window1, m_window2, m_window3;

    Actor admin() const { return m_town.actor(m_town.admin); }
    Actor clerk() const { return m_town.actor(m_town.reception); }
    QueueService queue(const Database &db) { return QueueService(db, m_clock, clerk()); }
    QueueSetupService setup() { return QueueSetupService(*m_db, m_clock, admin(), m_town.township1.id); }

    QueueServiceType type(const QString &name, QChar prefix, int cap = 0)
    {
        QueueServiceType t;
        t.name = name;
        t.prefix = prefix;
        t.dailyCap = cap;
        return setup().saveServiceType(t);
    }

    QueueWindow window(int number, const QString &name, QList<qint64> types, qint64 department = 0)
    {
        QueueWindow w;
        w.number = number;
        w.name = name;
        w.serviceIds = types;
        w.departmentId = department;
        return setup().saveWindow(w);
    }

    User account(const QString &base, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"q%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, admin()).create(u, password);
        return u;
    }

    Session login(const User &u)
    {
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
    }

    qint64 count(const Database &db, const QString &sql) { return Query(db, sql).scalar().toLongLong(); }

    QString callAndFinish(QueueService &q, qint64 windowId)
    {
        const auto t = q.callNext(windowId);
        if (!t)
            return {};
        m_clock.advanceSecs(60);
        q.finish(t->id);
        return t->code;
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
            m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            m_visit = type(u"信访接待"_s, u'A');
            m_law = type(u"法律咨询"_s, u'C', 3);
            m_window1 = window(1, u"综合受理"_s, {m_visit.id});
            m_window2 = window(2, u"法律服务"_s, {m_law.id});
            m_window3 = window(3, u"综合受理二"_s, {m_visit.id, m_law.id});
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

    void setupByAdminsOnly()
    {
        QueueSetupService s = setup();
        QVERIFY(s.mayManage());
        QCOMPARE(s.townshipId(), m_town.township1.id);
        QCOMPARE(s.serviceTypes().size(), 2);
        QCOMPARE(s.windows().size(), 3);
        QCOMPARE(s.windows()[2].serviceIds, (QList<qint64>{m_visit.id, m_law.id}));
        // the letter is the township's: another type may not take it
        QueueServiceType dup;
        dup.name = u"矛盾调解"_s;
        dup.prefix = u'A';
        EXPECT_ERROR(s.saveServiceType(dup), Error::Kind::Validation);
        // the standard list fills the free letters only
        QCOMPARE(s.addStandardTypes(), 4);
        QCOMPARE(s.serviceTypes().size(), 6);
        // a stale version is a conflict
        QueueServiceType stale = m_visit;
        stale.name = u"信访"_s;
        EXPECT_OK(s.saveServiceType(stale));
        EXPECT_ERROR(s.saveServiceType(stale), Error::Kind::Conflict);
        QueueWindow twice;
        twice.number = 1;
        twice.name = u"重复"_s;
        EXPECT_ERROR(s.saveWindow(twice), Error::Kind::Validation);
        // a receptionist reads but does not change
        QueueSetupService byClerk(*m_db, m_clock, clerk());
        QVERIFY(!byClerk.mayManage());
        QCOMPARE(byClerk.serviceTypes(true).size(), 6);
        EXPECT_ERROR(byClerk.saveServiceType(dup), Error::Kind::Forbidden);
        EXPECT_ERROR(byClerk.setNormalPerPriority(3), Error::Kind::Forbidden);
        QCOMPARE(s.normalPerPriority(), 2);
        s.setNormalPerPriority(3);
        QCOMPARE(byClerk.normalPerPriority(), 3);
        EXPECT_ERROR(s.setNormalPerPriority(-1), Error::Kind::Validation);
    }

    void rotaOfResidentDepartments()
    {
        Query::run(*m_db,
                   u"UPDATE departments SET kind = 'resident' WHERE id IN (%1, %2)"_s.arg(m_town.judicial.id)
                       .arg(m_town.police.id));
        QueueSetupService s = setup();
        QCOMPARE(s.residentDepartments().size(), 2);
        const QueueWindow w = window(4, u"驻点窗口"_s, {m_law.id}, m_town.judicial.id);
        s.saveRota({{w.id, 1, false, m_town.judicial.id}, {w.id, 1, true, m_town.police.id}});
        QCOMPARE(s.rota().size(), 2);
        QCOMPARE(s.rotaDepartment(w.id, QDateTime(QDate(2026, 3, 2), QTime(9, 0))), m_town.judicial.id);
        QCOMPARE(s.rotaDepartment(w.id, QDateTime(QDate(2026, 3, 2), QTime(14, 0))), m_town.police.id);
        QCOMPARE(s.rotaDepartment(w.id, QDateTime(QDate(2026, 3, 3), QTime(9, 0))), 0);
        // a functional department or two departments in one half-day are refused
        EXPECT_ERROR(s.saveRota({{w.id, 2, false, m_town.market.id}}), Error::Kind::Validation);
        EXPECT_ERROR(s.saveRota({{w.id, 2, false, m_town.police.id}, {w.id, 2, false, m_town.judicial.id}}),
                     Error::Kind::Validation);
        QCOMPARE(s.rota().size(), 2);
    }

    void numbersPerTypeAndDayWithinTheCap()
    {
        QueueService q = queue(*m_db);
        const QueueTicket a1 = q.take(m_visit.id);
        const QueueTicket a2 = q.take(m_visit.id, TicketPriority::Elderly);
        const QueueTicket c1 = q.take(m_law.id);
        QCOMPARE(a1.code, u"A001"_s);
        QCOMPARE(a2.code, u"A002"_s);
        QVERIFY(a2.isPriority());
        QCOMPARE(c1.code, u"C001"_s);
        QCOMPARE(a1.status, TicketStatus::Waiting);
        QCOMPARE(a1.day, QDate(2026, 3, 2));
        QCOMPARE(q.waitingAhead(a2), 1);
        QCOMPARE(q.waitingAhead(c1), 0);
        q.take(m_law.id);
        q.take(m_law.id);
        // 法律咨询 takes three a day: the fourth is refused in a sentence that names the cap
        try {
            q.take(m_law.id);
            QFAIL("the fourth number was issued");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(u"法律咨询"_s) && e.message().contains(u'3'),
                     qPrintable(e.message()));
        }
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM queue_tickets WHERE service_id = %1"_s.arg(m_law.id)),
                 3);
        // the next day starts again at 1
        m_clock.advanceDays(1);
        QCOMPARE(q.take(m_law.id).code, u"C001"_s);
        QCOMPARE(q.take(m_visit.id).code, u"A001"_s);
        // a deactivated type takes no numbers
        QueueServiceType off = *setup().serviceType(m_visit.id);
        off.active = false;
        setup().saveServiceType(off);
        EXPECT_ERROR(q.take(m_visit.id), Error::Kind::NotFound);
    }

    void twoConnectionsNeverGetTheSameNumber()
    {
        constexpr int perThread = 25;
        const QString url = m_testDb->currentUrl();
        std::mutex lock;
        QList<QString> codes;
        QStringList failures;
        auto taker = [&](int) {
            try {
                Database db(url);
                QueueService q(db, m_clock, clerk(), m_town.township1.id);
                for (int i = 0; i < perThread; ++i) {
                    const QString code = q.take(m_visit.id).code;
                    std::lock_guard guard(lock);
                    codes << code;
                }
            } catch (const Error &e) {
                std::lock_guard guard(lock);
                failures << e.message() + u" / "_s + e.detail();
            }
        };
        std::thread one(taker, 1), two(taker, 2);
        one.join();
        two.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(codes.size(), 2 * perThread);
        QSet<QString> unique(codes.begin(), codes.end());
        QCOMPARE(unique.size(), 2 * perThread);
        QVERIFY(unique.contains(u"A001"_s));
        QVERIFY(unique.contains(u"A050"_s));
    }

    void windowCallsByTheRatio()
    {
        QueueService q = queue(*m_db);
        // priority tickets at the door first, then normal ones: 2 normal : 1 priority
        q.take(m_visit.id, TicketPriority::Elderly);  // A001
        q.take(m_visit.id, TicketPriority::Disabled); // A002
        q.take(m_visit.id);                           // A003
        q.take(m_visit.id);                           // A004
        q.take(m_visit.id);                           // A005
        q.take(m_visit.id, TicketPriority::Veteran);  // A006
        QStringList order;
        for (int i = 0; i < 6; ++i)
            order << callAndFinish(q, m_window1.id);
        QCOMPARE(order, (QStringList{u"A003"_s, u"A004"_s, u"A001"_s, u"A005"_s, u"A002"_s, u"A006"_s}));
        QVERIFY(!q.callNext(m_window1.id));
        // window 2 serves 法律咨询 only; window 1 never calls it
        q.take(m_law.id);
        QVERIFY(!q.callNext(m_window1.id));
        const auto c = q.callNext(m_window2.id);
        QVERIFY(c);
        QCOMPARE(c->code, u"C001"_s);
        QCOMPARE(c->windowId, m_window2.id);
        QCOMPARE(c->callCount, 1);
        QCOMPARE(q.current(m_window2.id)->id, c->id);
        // a window with a ticket in hand finishes it before calling the next
        q.take(m_law.id);
        EXPECT_ERROR(q.callNext(m_window2.id), Error::Kind::InvalidState);
    }

    void ratioZeroServesPriorityFirst()
    {
        setup().setNormalPerPriority(0);
        QueueService q = queue(*m_db);
        q.take(m_visit.id);
        q.take(m_visit.id, TicketPriority::Pregnant);
        QCOMPARE(callAndFinish(q, m_window1.id), u"A002"_s);
        QCOMPARE(callAndFinish(q, m_window1.id), u"A001"_s);
    }

    void recallNoShowAndFinish()
    {
        QueueService q = queue(*m_db);
        const QueueTicket a1 = q.take(m_visit.id);
        q.take(m_visit.id);
        m_clock.advanceSecs(300);
        auto called = q.callNext(m_window1.id);
        QCOMPARE(called->id, a1.id);
        QCOMPARE(called->firstCalledAt, m_clock.now());
        m_clock.advanceSecs(30);
        const QueueTicket again = q.recall(a1.id);
        QCOMPARE(again.callCount, 2);
        QCOMPARE(again.calledAt, m_clock.now());
        QCOMPARE(again.firstCalledAt, called->firstCalledAt);
        const QueueTicket gone = q.noShow(a1.id);
        QCOMPARE(gone.status, TicketStatus::NoShow);
        QVERIFY(!q.current(m_window1.id));
        EXPECT_ERROR(q.finish(a1.id), Error::Kind::InvalidState);
        EXPECT_ERROR(q.recall(a1.id), Error::Kind::InvalidState);
        const auto a2 = q.callNext(m_window1.id);
        QCOMPARE(a2->code, u"A002"_s);
        m_clock.advanceSecs(600);
        const QueueTicket done = q.finish(a2->id);
        QCOMPARE(done.status, TicketStatus::Done);
        QCOMPARE(done.finishedAt, m_clock.now());
        const auto samples = q.samples(QDate(2026, 3, 2), QDate(2026, 3, 2));
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0].waitSecs, 300);
        QCOMPARE(samples[0].serviceSecs, -1); // 过号
        QCOMPARE(samples[1].waitSecs, 330);
        QCOMPARE(samples[1].serviceSecs, 600);
        QCOMPARE(samples[1].windowName, u"1号窗口"_s);
        QCOMPARE(samples[1].serviceName, u"信访接待"_s);
    }

    void transferKeepsThePlaceByTakeTime()
    {
        QueueService q = queue(*m_db);
        const QueueTicket a1 = q.take(m_visit.id);
        m_clock.advanceSecs(60);
        const QueueTicket c1 = q.take(m_law.id);
        m_clock.advanceSecs(60);
        const QueueTicket a2 = q.take(m_visit.id);
        QCOMPARE(q.callNext(m_window1.id)->id, a1.id);
        EXPECT_ERROR(q.transfer(a1.id, m_window1.id), Error::Kind::Validation);
        const QueueTicket moved = q.transfer(a1.id, m_window2.id);
        QCOMPARE(moved.status, TicketStatus::Waiting);
        QCOMPARE(moved.targetWindowId, m_window2.id);
        // window 1 goes on with its own queue; the transferred ticket is not its any more
        QCOMPARE(q.callNext(m_window1.id)->id, a2.id);
        // window 2 (法律咨询 only) has it first, before C001 taken after it
        QCOMPARE(q.waitingAt(m_window2.id).size(), 2);
        QCOMPARE(q.waitingAt(m_window2.id).first().id, a1.id);
        const auto at2 = q.callNext(m_window2.id);
        QCOMPARE(at2->id, a1.id);
        QCOMPARE(at2->windowId, m_window2.id);
        QCOMPARE(at2->targetWindowId, 0);
        QCOMPARE(at2->callCount, 2);
        q.finish(a1.id);
        QCOMPARE(q.callNext(m_window2.id)->id, c1.id);
        // window 3 serves both types but never saw the transferred ticket
        QVERIFY(!q.callNext(m_window3.id));
    }

    void evaluatorRatesTheLastFinishedTicket()
    {
        QueueService q = queue(*m_db);
        q.take(m_visit.id);
        q.take(m_visit.id);
        q.take(m_visit.id);
        QVERIFY(!q.awaitingRating(m_window1.id));
        const auto t = q.callNext(m_window1.id);
        QVERIFY(!q.awaitingRating(m_window1.id)); // still being served
        EXPECT_ERROR(q.rate(t->id, TicketRating::Satisfied), Error::Kind::InvalidState);
        q.finish(t->id);
        QCOMPARE(q.awaitingRating(m_window1.id)->id, t->id);
        const QueueTicket rated = q.rate(t->id, TicketRating::Unsatisfied);
        QCOMPARE(rated.rating, TicketRating::Unsatisfied);
        QCOMPARE(rated.ratedAt, m_clock.now());
        QVERIFY(!q.awaitingRating(m_window1.id));
        EXPECT_ERROR(q.rate(t->id, TicketRating::Satisfied), Error::Kind::InvalidState);
        // the next visitor's call closes the evaluator's chance for the previous one
        const auto next = q.callNext(m_window1.id);
        q.finish(next->id);
        q.callNext(m_window1.id);
        QVERIFY(!q.awaitingRating(m_window1.id));
    }

    void unsatisfiedReopensTheLinkedPetition()
    {
        CalendarRepository(*m_db).seedFromBundled();
        const WorkCalendar calendar = CalendarRepository(*m_db).load();
        const Actor duty = m_town.actor(m_town.duty);
        PetitionService petitions(*m_db, m_clock, calendar);
        PetitionRecord draft;
        draft.channel = PetitionChannel::Visit;
        draft.type = PetitionType::Claim;
        draft.request = u"请求解决楼上漏水"_s;
        draft.facts = u"去年起楼上漏水，多次协商未果"_s;
        draft.orgUnitId = m_town.village1.id;
        Person person;
        person.name = u"张三"_s;
        PetitionRecord p = petitions.registerPetition(
            draft, {PetitionPersonInput{PetitionPersonRole::Petitioner, person}}, clerk());
        PetitionActionInput settle;
        settle.result = u"当场解释说明，群众表示理解"_s;
        p = petitions.apply(p.id, p.version, PetitionAction::SettleOnSpot, settle, clerk());
        QCOMPARE(p.status, PetitionStatus::SettledOnSpot);

        auto served = [&](const Actor &actor) {
            QueueService q(*m_db, m_clock, actor);
            const QueueTicket t = q.take(m_visit.id);
            q.callNext(m_window1.id);
            q.linkPetition(t.id, p.id);
            q.finish(t.id);
            return t.id;
        };
        // the receptionist's evaluator: the rating stands, the petition is left to the duty officer
        const qint64 first = served(clerk());
        auto outcome =
            QueueService(*m_db, m_clock, clerk()).rateAndFollowUp(first, TicketRating::Unsatisfied, calendar);
        QCOMPARE(outcome.ticket.rating, TicketRating::Unsatisfied);
        QCOMPARE(outcome.ticket.petitionId, p.id);
        QVERIFY(!outcome.petitionReopened);
        QVERIFY2(outcome.petitionNote.contains(p.petitionNo), qPrintable(outcome.petitionNote));
        QCOMPARE(PetitionRepository(*m_db, duty).get(p.id)->status, PetitionStatus::SettledOnSpot);
        // at the duty officer's window 不满意 reopens it (重新办理)
        const qint64 second = served(duty);
        outcome =
            QueueService(*m_db, m_clock, duty).rateAndFollowUp(second, TicketRating::Unsatisfied, calendar);
        QVERIFY2(outcome.petitionReopened, qPrintable(outcome.petitionNote));
        QCOMPARE(PetitionRepository(*m_db, duty).get(p.id)->status, PetitionStatus::Handling);
        // 满意 leaves a petition alone
        const qint64 third = served(duty);
        outcome =
            QueueService(*m_db, m_clock, duty).rateAndFollowUp(third, TicketRating::Satisfied, calendar);
        QVERIFY(!outcome.petitionReopened);
        QVERIFY(outcome.petitionNote.isEmpty());
    }

    void displayFollowsAnotherConnection()
    {
        QueueService here = queue(*m_db);
        here.take(m_visit.id);
        here.take(m_visit.id);
        here.take(m_law.id);
        QueueDisplayState state = here.display();
        QVERIFY(state.calls.isEmpty());
        QCOMPARE(state.waiting.size(), 2);
        QCOMPARE(state.waiting[0].prefix, QChar(u'A'));
        QCOMPARE(state.waiting[0].waiting, 2);
        QCOMPARE(state.waiting[1].waiting, 1);

        QueueFeed feed(*m_db);
        QVERIFY(feed.isActive());
        QSignalSpy spy(&feed, &QueueFeed::ticketsChanged);
        auto other = m_testDb->connectAgain();
        QueueService there = queue(*other);
        there.callNext(m_window1.id);
        m_clock.advanceSecs(10);
        there.callNext(m_window2.id);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0, 5000);
        state = here.display();
        QCOMPARE(state.calls.size(), 2);
        QCOMPARE(state.calls[0].code, u"C001"_s); // the newest first
        QCOMPARE(state.calls[0].windowNumber, 2);
        QCOMPARE(state.calls[1].code, u"A001"_s);
        QCOMPARE(state.waiting[0].waiting, 1);
        QCOMPARE(state.waiting[1].waiting, 0);
    }

    void countyAccountsHaveNoHall()
    {
        Actor county = clerk();
        county.orgUnitId = m_town.county.id;
        QueueService q(*m_db, m_clock, county);
        QCOMPARE(q.townshipId(), 0);
        QVERIFY(!q.mayServe());
        EXPECT_ERROR(q.take(m_visit.id), Error::Kind::Forbidden);
        Actor village = clerk();
        village.orgUnitId = m_town.village1.id;
        QCOMPARE(QueueService(*m_db, m_clock, village).townshipId(), m_town.township1.id);
    }

    void serverHoldsAgainstRawSql()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        QueueService q = queue(*m_db);
        const QueueTicket a1 = q.take(m_visit.id);
        const User own = account(u"own"_s, Role::Reception, m_town.township1.id);
        const User south =
            account(u"south"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township2.id);
        const User southAdmin = account(u"sadmin"_s, Role::Admin, m_town.township2.id);

        // the township's own clerk works the hall through his login
        Session o = login(own);
        QueueService ownQueue(*o.db, m_clock, o.actor());
        QCOMPARE(ownQueue.take(m_visit.id).code, u"A002"_s);
        QCOMPARE(ownQueue.callNext(m_window1.id)->id, a1.id);
        EXPECT_OK(ownQueue.finish(a1.id));
        // but neither numbers nor counters by hand
        EXPECT_ERROR(
            Query::run(*o.db,
                       u"INSERT INTO queue_tickets (org_unit_id, service_id, day, number, code, "
                       "taken_at) VALUES (%1, %2, '2026-03-02', 99, 'A099', 1)"_s.arg(m_town.township1.id)
                           .arg(m_visit.id)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*o.db, u"UPDATE queue_counters SET last_number = 0"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*o.db, u"UPDATE queue_tickets SET code = 'A999'"_s), Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*o.db, u"UPDATE queue_services SET daily_cap = 1"_s), Error::Kind::Forbidden);

        // another township's account sees and touches nothing of it
        Session s = login(south);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM queue_tickets"_s), 0);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM queue_services"_s), 0);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM queue_windows"_s), 0);
        QCOMPARE(count(*o.db, u"SELECT COUNT(*) FROM queue_tickets"_s), 2);
        Query upd(*s.db, u"UPDATE queue_tickets SET status = 'no_show' WHERE id = ?"_s);
        upd.bind(a1.id).exec();
        QCOMPARE(upd.rowsAffected(), 0);
        EXPECT_ERROR(Query::run(*s.db, u"SELECT zz_queue_take(%1, '', '2026-03-02', 1)"_s.arg(m_visit.id)),
                     Error::Kind::Forbidden);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM queue_tickets"_s), 2);
        // nor can its admin change the hall of township 1, or move a window there
        Session sa = login(southAdmin);
        Query cap(*sa.db, u"UPDATE queue_services SET daily_cap = 1 WHERE id = ?"_s);
        cap.bind(m_visit.id).exec();
        QCOMPARE(cap.rowsAffected(), 0);
        EXPECT_ERROR(
            Query::run(*sa.db,
                       u"INSERT INTO queue_windows (org_unit_id, number, name) VALUES (%1, 9, 'x')"_s.arg(
                           m_town.township1.id)),
            Error::Kind::Forbidden);
        QueueSetupService southSetup(*sa.db, m_clock, sa.actor());
        QVERIFY(southSetup.mayManage());
        QCOMPARE(southSetup.serviceTypes().size(), 0);
        QueueServiceType t;
        t.name = u"信访接待"_s;
        t.prefix = u'A'; // the letter is per township
        EXPECT_OK(southSetup.saveServiceType(t));
        // the changes of the hall's set-up are audited by the server
        QVERIFY(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reference_change' "
                             "AND object_type = 'queue_services'"_s) >= 3);
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
