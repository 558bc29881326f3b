// Notices (通知): what each role is told of since it last looked — a department handler his
// department's dispatches, 催办 and 核查退回, the center's duty officers and leaders the 督办 cards of
// their scope, and everyone his cases just become due soon — never his own actions, never outside his
// scope; the last look kept in the account's private settings. Both engines; on PostgreSQL also read
// through the handler's own login role (row-level security).
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "NoticeService.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "petition/PetitionService.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;
using Kind = NoticeService::Kind;

class TestNotices : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QStringList m_roles;

    CaseService service() { return CaseService(*m_db, m_clock, CalendarRepository(*m_db).load()); }

    CaseRecord act(qint64 id, CaseAction action, const Actor &actor, ActionInput in = {})
    {
        return service().apply(id, CaseRepository(*m_db).get(id)->version, action, in, actor);
    }

    qint64 registered(const QString &title, qint64 place)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        Actor county = m_town.actor(m_town.duty);
        county.orgUnitId = m_town.county.id;
        const qint64 id = service().report(c, county).id;
        act(id, CaseAction::Register, county);
        return id;
    }

    void dispatch(qint64 id, qint64 departmentId, int days = 5)
    {
        Actor county = m_town.actor(m_town.duty);
        county.orgUnitId = m_town.county.id;
        act(id, CaseAction::Dispatch, county, ActionInput{.departmentId = departmentId, .days = days});
    }

    QList<Kind> kinds(const NoticeService::Unseen &u)
    {
        QList<Kind> out;
        for (const auto &n : u.notices)
            out << n.kind;
        return out;
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
            for (const QString &role : std::as_const(m_roles))
                Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
        }
        m_roles.clear();
        m_db.reset();
    }

    void handlerHearsOfHisDepartment()
    {
        const NoticeService notices(*m_db, m_town.handler);
        QVERIFY(notices.hasNotices());
        const qint64 old = registered(u"看之前派遣"_s, m_town.grid1.id);
        dispatch(old, m_town.judicial.id);
        // The first look starts from now: nothing old floods in.
        notices.ensureBaseline(m_clock.now());
        QCOMPARE(notices.unseen(m_clock.now()).total, 0);

        const qint64 mine = registered(u"派给司法所"_s, m_town.grid1.id);
        const qint64 other = registered(u"派给派出所"_s, m_town.grid1.id);
        dispatch(mine, m_town.judicial.id);
        dispatch(other, m_town.police.id);
        auto unseen = notices.unseen(m_clock.now());
        QCOMPARE(unseen.total, 1);
        QCOMPARE(unseen.notices.constFirst().caseId, mine);
        QCOMPARE(unseen.notices.constFirst().kind, Kind::Dispatched);
        QVERIFY(!unseen.notices.constFirst().caseNo.isEmpty());

        // 催办 on his department's case; his own 签收 is no notice.
        Actor leader = m_town.actor(m_town.leader);
        act(mine, CaseAction::Urge, leader, ActionInput{.note = u"请今天回复"_s});
        act(mine, CaseAction::Sign, m_town.actor(m_town.handler));
        unseen = notices.unseen(m_clock.now());
        QCOMPARE(kinds(unseen), (QList<Kind>{Kind::Urged, Kind::Dispatched}));
        QCOMPARE(unseen.notices.constFirst().note, u"请今天回复"_s);
        QCOMPARE(unseen.notices.constFirst().actorName, m_town.leader.displayName);

        // Looked: nothing until the next one; the look is his private setting.
        notices.markSeen(unseen);
        QCOMPARE(notices.unseen(m_clock.now()).total, 0);
        QVERIFY(!SettingsRepository(*m_db).value(NoticeService::lastFlowKey(m_town.handler.id)).isEmpty());

        // 核查退回 back to him.
        act(mine, CaseAction::SubmitFeedback, m_town.actor(m_town.handler),
            ActionInput{.result = u"已处理"_s});
        act(mine, CaseAction::Return, m_town.actor(m_town.duty), ActionInput{.note = u"照片不清"_s});
        QCOMPARE(kinds(notices.unseen(m_clock.now())), QList<Kind>{Kind::Returned});
    }

    void centreHearsOfSupervision()
    {
        const NoticeService duty(*m_db, m_town.duty);
        const NoticeService leader(*m_db, m_town.leader);
        const NoticeService reception(*m_db, m_town.reception);
        QVERIFY(!reception.hasNotices());
        duty.ensureBaseline(m_clock.now());
        leader.ensureBaseline(m_clock.now());
        const qint64 north = registered(u"青石镇督办"_s, m_town.grid1.id);
        const qint64 south = registered(u"城南督办"_s, m_town.grid3.id);
        // A county leader (another account than the township's) raises the cards.
        const Actor county{m_town.admin.id, u"县领导"_s, Role::Leader, m_town.county.id, 0};
        for (const qint64 id : {north, south})
            act(id, CaseAction::Supervise, county,
                ActionInput{.note = u"限期办结"_s, .superviseLevel = SuperviseLevel::YellowCard});
        // Scope: township1's accounts hear of township1's card only.
        for (const NoticeService *s : {&duty, &leader}) {
            const auto unseen = s->unseen(m_clock.now());
            QCOMPARE(unseen.total, 1);
            QCOMPARE(unseen.notices.constFirst().caseId, north);
            QCOMPARE(unseen.notices.constFirst().kind, Kind::Supervised);
            QCOMPARE(unseen.notices.constFirst().level, SuperviseLevel::YellowCard);
        }
        // A leader's own card is no notice to him.
        const qint64 own = registered(u"本人督办"_s, m_town.grid1.id);
        act(own, CaseAction::Supervise, m_town.actor(m_town.leader),
            ActionInput{.note = u"限期"_s, .superviseLevel = SuperviseLevel::Normal});
        QCOMPARE(leader.unseen(m_clock.now()).total, 1);
        QCOMPARE(duty.unseen(m_clock.now()).total, 2);
    }

    // Due soon: told once, when 70 % of the time limit has passed since the last look.
    void dueSoonSinceTheLastLook()
    {
        const NoticeService duty(*m_db, m_town.duty);
        const NoticeService handler(*m_db, m_town.handler);
        duty.ensureBaseline(m_clock.now());
        handler.ensureBaseline(m_clock.now());
        const qint64 id = registered(u"五天期限"_s, m_town.grid1.id);
        dispatch(id, m_town.judicial.id, 10);
        const qint64 south = registered(u"城南期限"_s, m_town.grid3.id);
        dispatch(south, m_town.township2Police.id, 10);
        auto unseen = duty.unseen(m_clock.now());
        duty.markSeen(unseen);
        handler.markSeen(handler.unseen(m_clock.now()));
        QCOMPARE(duty.unseen(m_clock.now()).total, 0);

        const CaseRecord c = *CaseRepository(*m_db).get(id);
        const qint64 r = c.receivedAt.toSecsSinceEpoch();
        const qint64 d = c.deadline.toSecsSinceEpoch();
        m_clock.set(QDateTime::fromSecsSinceEpoch((3 * r + 7 * d) / 10 + 60, c.receivedAt.timeZone()));
        unseen = duty.unseen(m_clock.now());
        QCOMPARE(kinds(unseen), QList<Kind>{Kind::DueSoon});
        QCOMPARE(unseen.notices.constFirst().caseId, id);
        QCOMPARE(kinds(handler.unseen(m_clock.now())), QList<Kind>{Kind::DueSoon});
        duty.markSeen(unseen);
        QCOMPARE(duty.unseen(m_clock.now().addSecs(3600)).total, 0);
    }

    // A petition registered 重大紧急 is told at once to the leaders of its township and of the county (not to
    // another township's, not to duty officers), naming its number and matter; on PostgreSQL through the
    // leaders' own login roles.
    void leadersHearOfUrgentPetitions()
    {
        const auto account = [&](const QString &base, Roles roles, qint64 unit) {
            User u;
            u.login = u"n%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
            u.displayName = u"通知"_s + base;
            u.roles = roles;
            u.orgUnitId = unit;
            m_roles << u.login;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, u"Qingshi#2026"_s);
            return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, u"Qingshi#2026"_s);
        };
        std::vector<Session> sessions;
        sessions.push_back(account(u"lead1"_s, Role::Leader, m_town.township1.id));
        sessions.push_back(account(u"lead2"_s, Role::Leader, m_town.township2.id));
        sessions.push_back(account(u"clead"_s, Role::Leader, m_town.county.id));
        sessions.push_back(account(u"duty1"_s, Role::DutyOfficer, m_town.township1.id));
        std::vector<NoticeService> notices;
        for (const Session &s : sessions) {
            notices.emplace_back(*s.db, s.user);
            notices.back().ensureBaseline(m_clock.now());
        }
        PetitionService petitions(*m_db, m_clock, CalendarRepository(*m_db).load());
        Actor desk = m_town.actor(m_town.reception);
        desk.orgUnitId = m_town.county.id; // registers in both townships
        const auto registerOne = [&](const QString &request, qint64 place, bool urgent) {
            PetitionRecord p;
            p.channel = PetitionChannel::Visit;
            p.type = PetitionType::Claim;
            p.request = request;
            p.orgUnitId = place;
            if (urgent)
                p.flags = PetitionFlag::MajorUrgent;
            Person who;
            who.name = u"冯十二"_s;
            who.phone = u"13911112222"_s;
            return petitions
                .registerPetition(p, {PetitionPersonInput{PetitionPersonRole::Petitioner, who}}, desk)
                .id;
        };
        qint64 urgent = 0;
        EXPECT_OK(urgent = registerOne(u"村民聚集堵路，要求解决征地补偿款"_s, m_town.village1.id, true));
        EXPECT_OK(registerOne(u"路灯不亮"_s, m_town.village1.id, false));
        qint64 south = 0;
        EXPECT_OK(south = registerOne(u"化工厂泄漏，群众要求撤离"_s, m_town.village3.id, true));

        const auto township1 = notices[0].unseen(m_clock.now());
        QCOMPARE(kinds(township1), QList<Kind>{Kind::UrgentPetition});
        const NoticeService::Notice &n = township1.notices.constFirst();
        QCOMPARE(n.petitionId, urgent);
        QCOMPARE(n.caseId, 0);
        QVERIFY(n.caseNo.contains(u"-X-"_s)); // the petition's number
        QCOMPARE(n.title, u"村民聚集堵路，要求解决征地补偿款"_s);
        QVERIFY(!n.title.contains(u"冯十二"_s) && !n.note.contains(u"13911112222"_s));
        QCOMPARE(NoticeService::kindLabel(n.kind), u"重大紧急信访"_s);

        const auto township2 = notices[1].unseen(m_clock.now());
        QCOMPARE(township2.total, 1);
        QCOMPARE(township2.notices.constFirst().petitionId, south);
        const auto county = notices[2].unseen(m_clock.now());
        QCOMPARE(county.total, 2);
        QCOMPARE(kinds(county), (QList<Kind>{Kind::UrgentPetition, Kind::UrgentPetition}));
        QCOMPARE(notices[3].unseen(m_clock.now()).total, 0); // duty officers: not theirs

        // Seen is seen; the next one is new again.
        EXPECT_OK(notices[0].markSeen(township1));
        QCOMPARE(notices[0].unseen(m_clock.now()).total, 0);
        EXPECT_OK(registerOne(u"山体滑坡威胁民房"_s, m_town.village2.id, true));
        QCOMPARE(notices[0].unseen(m_clock.now()).total, 1);
        QCOMPARE(notices[2].unseen(m_clock.now()).total, 3);
    }

    // PostgreSQL: the handler's own login role reads his notices through row-level security, and
    // writes his last look into his own settings.
    void throughTheHandlersLogin()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles are PostgreSQL's");
        User u;
        u.login = u"n%1_handler"_s.arg(QCoreApplication::applicationPid() % 1000000);
        u.displayName = u"通知处置人"_s;
        u.roles = Role::DepartmentHandler;
        u.orgUnitId = m_town.township1.id;
        u.departmentId = m_town.judicial.id;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, u"Qingshi#2026"_s);
        Session session = AuthService(m_clock).login(m_testDb->currentUrl(), u.login, u"Qingshi#2026"_s);
        const NoticeService notices(*session.db, session.user);
        notices.ensureBaseline(m_clock.now());
        const qint64 mine = registered(u"登录角色通知"_s, m_town.grid1.id);
        dispatch(mine, m_town.judicial.id);
        const qint64 south = registered(u"他乡派遣"_s, m_town.grid3.id);
        dispatch(south, m_town.judicial.id); // another township's case, his department's id
        const auto unseen = notices.unseen(m_clock.now());
        QCOMPARE(unseen.total, 1);
        QCOMPARE(unseen.notices.constFirst().caseId, mine);
        EXPECT_OK(notices.markSeen(unseen));
        QCOMPARE(notices.unseen(m_clock.now()).total, 0);
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
