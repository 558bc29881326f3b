// 回访 (migration 0013): call-backs recorded with their audit row, failed attempts counted, the
// console's list of due cases within the account's scope, the answer feeding the case's satisfaction
// at closing, 不满意 reopening the case; on PostgreSQL the rules hold against raw SQL by township logins.
#include "AccountService.h"
#include "AuthService.h"
#include "CallbackService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

} // namespace

class TestCallbacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QStringList m_roles;

    CaseService service(const Database &db)
    {
        return CaseService(db, m_clock, CalendarRepository(db).load());
    }

    Actor duty() const { return m_town.actor(m_town.duty); }
    Actor handler() const { return m_town.actor(m_town.handler); }

    CaseRecord act(const Database &db, qint64 id, CaseAction action, const Actor &actor, ActionInput in = {})
    {
        const auto c = *CaseRepository(db).get(id);
        return service(db).apply(id, c.version, action, in, actor);
    }

    // A case in 待核查: reported, registered, dispatched to 司法所, signed, fed back.
    qint64 caseInFeedback(qint64 place, const QString &title)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = place;
        CaseParty p;
        p.name = u"张三"_s;
        p.phone = u"13812345678"_s;
        c.parties = {p};
        const Actor county{m_town.reception.id, u"王受理"_s, Role::Reception, m_town.county.id, 0};
        const qint64 id = service(*m_db).report(c, county).id;
        Actor officer = duty();
        officer.orgUnitId = m_town.county.id;
        act(*m_db, id, CaseAction::Register, officer);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        act(*m_db, id, CaseAction::Dispatch, officer, dispatch);
        Actor h = handler();
        h.orgUnitId = m_town.county.id;
        act(*m_db, id, CaseAction::Sign, h);
        ActionInput feedback;
        feedback.result = u"已调解"_s;
        act(*m_db, id, CaseAction::SubmitFeedback, h, feedback);
        return id;
    }

    Callback attempt(CallbackResult result, const QString &note = {})
    {
        Callback b;
        b.method = CallbackMethod::Phone;
        b.person = u"张三"_s;
        b.result = result;
        b.note = note;
        b.calledAt = m_clock.now().addSecs(-600);
        return b;
    }

    QList<qint64> dueIds(const Actor &actor, int days = 15)
    {
        QList<qint64> out;
        for (const CallbackDue &d : CallbackService(*m_db, m_clock).due(actor, days, 100))
            out << d.caseId;
        return out;
    }

    User account(const QString &base, Roles roles, qint64 orgUnitId, qint64 departmentId = 0)
    {
        User u;
        u.login = u"cb%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        u.departmentId = departmentId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        return u;
    }

    Session login(const User &u)
    {
        return AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password);
    }

    qint64 count(const Database &db, const QString &sql) { return Query(db, sql).scalar().toLongLong(); }

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

    void failedAttemptsCountAndTheAnswerFeedsTheClosing()
    {
        const qint64 id = caseInFeedback(m_town.grid1.id, u"漏水回访"_s);
        CallbackService callbacks(*m_db, m_clock);
        QCOMPARE(dueIds(duty()), QList<qint64>{id});
        EXPECT_OK(callbacks.record(id, attempt(CallbackResult::Unreachable), duty()));
        EXPECT_OK(callbacks.record(id, attempt(CallbackResult::Unreachable), duty()));
        const auto due = callbacks.due(duty(), 15, 100);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().failedAttempts, 2);
        QVERIFY(due.first().lastAttempt.isValid());
        QVERIFY(!callbacks.answerSinceFeedback(id));

        Callback reached;
        EXPECT_OK(reached = callbacks.record(id, attempt(CallbackResult::BasicallySatisfied), duty()));
        QCOMPARE(reached.actorUserId, m_town.duty.id);
        QVERIFY(dueIds(duty()).isEmpty());
        QCOMPARE(callbacks.list(id, duty()).size(), 3);
        QCOMPARE(callbacks.answerSinceFeedback(id), std::optional(Satisfaction::BasicallySatisfied));
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'callback'"_s), 3);
        QCOMPARE(
            Query(*m_db, u"SELECT detail FROM audit_log WHERE action = 'callback' ORDER BY id DESC LIMIT 1"_s)
                .scalar()
                .toString(),
            u"phone basic"_s);

        // Closing without naming the satisfaction records the resident's answer.
        CaseRecord closed;
        EXPECT_OK(closed = act(*m_db, id, CaseAction::Close, duty()));
        QCOMPARE(closed.satisfaction, std::optional(Satisfaction::BasicallySatisfied));
        QCOMPARE(CaseRepository(*m_db).get(id)->satisfaction,
                 std::optional(Satisfaction::BasicallySatisfied));
    }

    void unsatisfiedReopensAndStartsANewRound()
    {
        const qint64 id = caseInFeedback(m_town.grid1.id, u"工资回访"_s);
        CallbackService callbacks(*m_db, m_clock);
        ActionInput close;
        close.satisfaction = Satisfaction::Satisfied;
        EXPECT_OK(act(*m_db, id, CaseAction::Close, duty(), close));
        QCOMPARE(dueIds(duty()), QList<qint64>{id}); // closed today, nobody called yet
        QCOMPARE(dueIds(duty(), 0), QList<qint64>{id});
        // 不满意 needs its reason
        EXPECT_ERROR(callbacks.record(id, attempt(CallbackResult::Unsatisfied), duty()),
                     Error::Kind::Validation);
        EXPECT_OK(callbacks.record(id, attempt(CallbackResult::Unsatisfied, u"钱没有付清"_s), duty()));
        QVERIFY(dueIds(duty()).isEmpty());
        ActionInput reopen;
        reopen.note = u"回访不满意：钱没有付清"_s;
        reopen.days = 5;
        EXPECT_OK(act(*m_db, id, CaseAction::Reopen, duty(), reopen));
        QCOMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::Dispatched);
        // The handler's next feedback starts a new round: the old answer no longer counts.
        m_clock.advanceSecs(3600);
        act(*m_db, id, CaseAction::Sign, handler());
        ActionInput feedback;
        feedback.result = u"已付清"_s;
        act(*m_db, id, CaseAction::SubmitFeedback, handler(), feedback);
        QCOMPARE(dueIds(duty()), QList<qint64>{id});
        QVERIFY(!callbacks.answerSinceFeedback(id));
    }

    void dueListPagesByKeyset()
    {
        QList<qint64> made;
        for (int i = 0; i < 3; ++i) {
            made << caseInFeedback(m_town.grid1.id, u"分页 %1"_s.arg(i));
            m_clock.advanceSecs(60);
        }
        CallbackService callbacks(*m_db, m_clock);
        QList<qint64> paged;
        std::optional<CallbackDue> after;
        for (;;) {
            const auto page = callbacks.due(duty(), 15, 1, after);
            if (page.isEmpty())
                break;
            QCOMPARE(page.size(), 1);
            paged << page.first().caseId;
            after = page.first();
        }
        QCOMPARE(paged, made); // longest waiting first
    }

    void refusals()
    {
        const qint64 id = caseInFeedback(m_town.grid1.id, u"漏水回访"_s);
        CallbackService callbacks(*m_db, m_clock);
        EXPECT_ERROR(callbacks.record(id, attempt(CallbackResult::Satisfied), handler()),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(callbacks.record(id, attempt(CallbackResult::Satisfied), m_town.actor(m_town.reception)),
                     Error::Kind::Forbidden);
        Actor south = duty();
        south.orgUnitId = m_town.township2.id;
        EXPECT_ERROR(callbacks.record(id, attempt(CallbackResult::Satisfied), south), Error::Kind::Forbidden);
        QVERIFY(dueIds(south).isEmpty());
        Callback future = attempt(CallbackResult::Satisfied);
        future.calledAt = m_clock.now().addDays(1);
        EXPECT_ERROR(callbacks.record(id, future, duty()), Error::Kind::Validation);
        Callback chatty = attempt(CallbackResult::Satisfied, QString(1001, u'话'));
        EXPECT_ERROR(callbacks.record(id, chatty, duty()), Error::Kind::Validation);
        // a case still being handled is not called back
        const qint64 open = caseInFeedback(m_town.grid2.id, u"另一件"_s);
        EXPECT_OK(act(*m_db, open, CaseAction::Return, duty(), ActionInput{.note = u"反馈不全"_s}));
        EXPECT_ERROR(callbacks.record(open, attempt(CallbackResult::Satisfied), duty()),
                     Error::Kind::InvalidState);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM callbacks"_s), 0);
        EXPECT_OK(callbacks.record(id, attempt(CallbackResult::Satisfied), m_town.actor(m_town.leader)));
    }

    // Raw SQL through township login roles: no direct write, no forged actor, no call-back outside
    // the scope or by a role that may not, no forged audit code, nothing read across townships.
    void serverHoldsAgainstRawSql()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        const qint64 id = caseInFeedback(m_town.grid1.id, u"漏水回访"_s);
        const User clerk =
            account(u"clerk"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township1.id);
        const User handlerLogin =
            account(u"handler"_s, Role::DepartmentHandler, m_town.township1.id, m_town.judicial.id);
        const User south =
            account(u"south"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township2.id);
        const User reception = account(u"recept"_s, Role::Reception, m_town.township1.id);
        Session c = login(clerk);
        const QString insert =
            u"INSERT INTO callbacks (case_id, method, called_at, result, actor_user_id, at) "
            "VALUES (%1, 'phone', 1, 'satisfied', %2, 1)"_s.arg(id)
                .arg(m_town.leader.id);
        EXPECT_ERROR(Query::run(*c.db, insert), Error::Kind::Forbidden);
        const QString call =
            u"SELECT zz_callback_record(%1, '孙书记', %2, 'phone', 100, '张三', 'satisfied', '', 200)"_s
                .arg(m_town.leader.id)
                .arg(id);
        for (const User &u : {handlerLogin, south, reception}) {
            Session s = login(u);
            EXPECT_ERROR(Query::run(*s.db, call), Error::Kind::Forbidden);
        }
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM callbacks"_s), 0);
        // the clerk's call names the leader; the server names the clerk
        EXPECT_OK(Query::run(*c.db, call));
        QCOMPARE(count(*m_db, u"SELECT actor_user_id FROM callbacks"_s), clerk.id);
        QCOMPARE(Query(*m_db, u"SELECT actor_name FROM callbacks"_s).scalar().toString(), clerk.displayName);
        QCOMPARE(Query(*m_db, u"SELECT actor_login FROM audit_log WHERE action = 'callback'"_s)
                     .scalar()
                     .toString(),
                 clerk.login);
        // a call-back dated after its recording is refused too
        EXPECT_ERROR(
            Query::run(
                *c.db,
                u"SELECT zz_callback_record(NULL, '', %1, 'phone', 300, '', 'satisfied', '', 200)"_s.arg(id)),
            Error::Kind::Validation);
        EXPECT_ERROR(Query::run(*c.db, u"UPDATE callbacks SET result = 'unsatisfied'"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*c.db, u"DELETE FROM callbacks"_s), Error::Kind::Forbidden);
        bool refused = false;
        try {
            Query::run(*c.db, u"SELECT zz_audit('callback', 'case', %1, 'phone satisfied')"_s.arg(id));
        } catch (const Error &) {
            refused = true;
        }
        QVERIFY2(refused, "zz_audit() must not write callback rows");
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'callback'"_s), 1);
        // the other township reads nothing of it
        Session s = login(south);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM callbacks"_s), 0);
        QCOMPARE(count(*c.db, u"SELECT COUNT(*) FROM callbacks"_s), 1);
        QCOMPARE(CallbackService(*c.db, m_clock).list(id, c.actor()).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCallbacks)
#include "tst_callbacks.moc"
