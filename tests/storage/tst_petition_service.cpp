// Petitions in storage (issue 12, migrations 0026 and 0029), on SQLite and PostgreSQL: the whole chain at
// service level through accounts' own connections (register → accept → reply → deliver → 复查 → 复核 →
// 不再受理 on the same facts), repeat detection (same ID, same phone, same name + address; 一信多投 apart),
// the five-representative rule (also against raw SQL), clocks that keep their rule version when the rules
// change, 转为事件, stale versions; on PostgreSQL raw SQL as other townships' and other staff's login roles.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"
#include "petition/DocumentTemplate.h"
#include "petition/PersonDirectory.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

QString residentId(const QString &first17)
{
    return first17 + Validators::residentIdCheckChar(first17);
}

Person person(const QString &name, const QString &id = {}, const QString &phone = {},
              const QString &address = {})
{
    Person p;
    p.name = name;
    p.residentId = id;
    p.phone = phone;
    p.address = address;
    return p;
}

} // namespace

class TestPetitionService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    QStringList m_roles;
    std::vector<Session> m_sessions;

    // An account with its own connection (its own login role on PostgreSQL, so the server's rules apply).
    struct Staff
    {
        const Database *db = nullptr;
        Actor actor;
    };

    Staff staff(const QString &base, Roles roles, qint64 orgUnitId, qint64 departmentId = 0)
    {
        User u;
        u.login = u"pt%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        u.departmentId = departmentId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        m_sessions.push_back(AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password));
        return Staff{m_sessions.back().db.get(), m_sessions.back().actor()};
    }

    PetitionService service(const Staff &s) const
    {
        return PetitionService(*s.db, m_clock, CalendarRepository(*s.db).load());
    }

    PetitionRecord draft(const QString &request, qint64 place = 0) const
    {
        PetitionRecord p;
        p.channel = PetitionChannel::Visit;
        p.type = PetitionType::Claim;
        p.request = request;
        p.facts = u"去年起楼上漏水，多次协商未果"_s;
        p.orgUnitId = place ? place : m_town.village1.id;
        p.placeAddress = u"青石村3组"_s;
        return p;
    }

    QList<PetitionPersonInput> one(const Person &p,
                                   PetitionPersonRole role = PetitionPersonRole::Petitioner) const
    {
        return {PetitionPersonInput{role, p}};
    }

    PetitionRecord act(const Staff &s, const PetitionRecord &p, PetitionAction action,
                       PetitionActionInput in = {}, const std::optional<DocumentIssue> &doc = {})
    {
        return service(s).apply(p.id, p.version, action, in, s.actor, doc);
    }

    DocumentIssue document(DocumentKind kind, const QString &body) const
    {
        DocumentIssue d;
        d.kind = kind;
        d.body = body;
        d.numberPattern = DocumentTemplate::bundled(kind).numberPattern();
        d.agencyCode = u"青"_s;
        return d;
    }

    // An input dated today (送达 also in person).
    PetitionActionInput today(const QString &note = {}) const
    {
        PetitionActionInput in;
        in.date = m_clock.now().date();
        in.delivery = DeliveryMethod::InPerson;
        in.note = note;
        return in;
    }

    qint64 count(const Database &db, const QString &sql) const
    {
        return Query(db, sql).scalar().toLongLong();
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

    void fullChainThenNoReacceptance()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
        const Staff leader = staff(u"lead"_s, Role::Leader, m_town.township1.id);
        const Person zhang =
            person(u"张秀英"_s, residentId(u"33010219650304202"_s), u"13812345678"_s, u"青石村3组12号"_s);

        PetitionRecord p;
        EXPECT_OK(p = service(reception).registerPetition(draft(u"请求解决楼上漏水"_s), one(zhang),
                                                          reception.actor));
        QVERIFY(p.id > 0);
        QVERIFY(p.petitionNo.contains(u"-X-2026-"_s));
        QCOMPARE(p.status, PetitionStatus::Registered);
        QVERIFY(!p.repeat);
        QCOMPARE(p.ruleVersion, u"national-2022@2"_s);
        QCOMPARE(p.persons.size(), 1);
        QCOMPARE(p.persons.first().person.name, zhang.name);
        QCOMPARE(p.nextClockKind, std::optional(ClockKind::AcceptanceNotice));
        QCOMPARE(p.nextDueDate, QDate(2026, 3, 17)); // 15 days, the start day not counted

        // 受理 with its notice; the handling clock starts
        m_clock.advanceDays(3);
        EXPECT_OK(p = act(duty, p, PetitionAction::Accept, {},
                          document(DocumentKind::AcceptanceNotice, u"张秀英：你反映的问题已受理。"_s)));
        QCOMPARE(p.status, PetitionStatus::Handling);
        QCOMPARE(p.nextClockKind, std::optional(ClockKind::Handling));
        // 60 days from 2026-03-05 end on 05-04, in the May Day holidays (05-01 to 05-05): the next working
        // day
        QCOMPARE(p.nextDueDate, QDate(2026, 5, 6));
        // 答复 with 信访处理意见书, then 送达: the 复查 window runs from the delivery
        m_clock.advanceDays(20);
        PetitionActionInput reply;
        reply.decision = PetitionDecision::Support;
        reply.result = u"责成物业维修"_s;
        reply.basis = u"《物业管理条例》第五十五条"_s;
        EXPECT_OK(p = act(duty, p, PetitionAction::Reply, reply,
                          document(DocumentKind::HandlingOpinion, u"处理意见：予以支持。"_s)));
        QCOMPARE(p.status, PetitionStatus::Replied);
        QCOMPARE(p.decision, std::optional(PetitionDecision::Support));
        m_clock.advanceDays(2);
        PetitionActionInput deliver;
        deliver.date = m_clock.now().date().addDays(-1);
        deliver.delivery = DeliveryMethod::InPerson;
        EXPECT_OK(p = act(duty, p, PetitionAction::Deliver, deliver));
        QCOMPARE(p.status, PetitionStatus::Delivered);
        QCOMPARE(p.nextClockKind, std::optional(ClockKind::ReviewRequest));
        QCOMPARE(deliver.date, QDate(2026, 3, 26));
        QCOMPARE(p.nextDueDate, QDate(2026, 4, 27)); // 30 days end on Saturday 04-25: the next working day
        // 复查 request and opinion, delivered; 复核 request and opinion, delivered: 办结
        m_clock.advanceDays(5);
        EXPECT_OK(p = act(reception, p, PetitionAction::RequestReview, today()));
        QCOMPARE(p.nextClockKind, std::optional(ClockKind::ReviewAnswer));
        PetitionActionInput review;
        review.decision = PetitionDecision::Support;
        review.result = u"维持原处理意见"_s;
        review.basis = u"《信访工作条例》第三十五条"_s;
        EXPECT_OK(p = act(leader, p, PetitionAction::ReviewOpinion, review,
                          document(DocumentKind::ReviewOpinion, u"复查意见：维持。"_s)));
        EXPECT_OK(p = act(duty, p, PetitionAction::Deliver, today()));
        QCOMPARE(p.status, PetitionStatus::ReviewDelivered);
        QCOMPARE(p.nextClockKind, std::optional(ClockKind::RecheckRequest));
        EXPECT_OK(p = act(reception, p, PetitionAction::RequestRecheck, today()));
        // a hearing does not count towards the 复核 answer (Art. 36)
        const QDate due = p.nextDueDate;
        EXPECT_OK(p = act(leader, p, PetitionAction::StartHearing, today(u"召开听证会"_s)));
        QVERIFY(!p.nextDueDate.isValid()); // paused
        m_clock.advanceDays(
            10); // 04-01 to 04-11: ten days not counted (a shorter one would end in May Day too)
        EXPECT_OK(p = act(leader, p, PetitionAction::EndHearing, today()));
        QVERIFY2(p.nextDueDate > due,
                 qPrintable(p.nextDueDate.toString(Qt::ISODate) + u" "_s + due.toString(Qt::ISODate)));
        EXPECT_OK(p = act(leader, p, PetitionAction::RecheckOpinion, review,
                          document(DocumentKind::RecheckOpinion, u"复核意见：维持。"_s)));
        EXPECT_OK(p = act(duty, p, PetitionAction::Deliver, today()));
        QCOMPARE(p.status, PetitionStatus::Concluded);
        QVERIFY(!p.nextDueDate.isValid());
        QVERIFY(p.closedAt.isValid());

        PetitionRepository repo(*duty.db, duty.actor);
        const auto docs = repo.documents(p.id);
        QCOMPARE(docs.size(), 4);
        for (const PetitionDocumentRecord &d : docs) {
            QVERIFY2(d.deliveredOn.isValid() || d.kind == DocumentKind::AcceptanceNotice,
                     qPrintable(d.docNo));
            QVERIFY2(d.docNo.startsWith(u"青"_s) && d.docNo.contains(u"〔2026〕1号"_s), qPrintable(d.docNo));
        }
        QCOMPARE(
            docs.first().docNo,
            DocumentTemplate::formatNumber(
                DocumentTemplate::bundled(DocumentKind::AcceptanceNotice).numberPattern(), u"青"_s, 2026, 1));
        const auto clocks = repo.clocks(p.id);
        QCOMPARE(clocks.size(), 6); // acceptance, handling, review request/answer, recheck request/answer
        for (const PetitionClockRecord &c : clocks) {
            QCOMPARE(c.value.ruleVersion, u"national-2022@2"_s);
            QVERIFY2(c.storedState == u"met" || c.storedState == u"stopped", qPrintable(c.storedState));
        }
        const PetitionClockRecord recheck = clocks.last();
        QCOMPARE(recheck.value.kind, ClockKind::RecheckAnswer);
        QCOMPARE(recheck.pauses.size(), 1);
        QVERIFY(recheck.pauses.first().to.isValid());
        QVERIFY(recheck.value.due > recheck.baseDue);
        const auto flow = repo.flow(p.id);
        QCOMPARE(flow.size(),
                 12); // 登记 受理 答复 送达 复查申请 复查意见 送达 复核申请 听证 听证结束 复核意见 送达
        QCOMPARE(flow.first().actorUserId, reception.actor.userId);
        QCOMPARE(
            count(*m_db,
                  u"SELECT COUNT(*) FROM audit_log WHERE action = 'petition_action' AND object_id = %1"_s.arg(
                      p.id)),
            12);

        // The same person with the same facts after 复核: 不再受理 (Art. 36) is offered and taken.
        std::optional<PetitionRefusal> refusal;
        EXPECT_OK(refusal = service(reception).refusalFor({zhang}, true, reception.actor));
        QVERIFY(refusal);
        QCOMPARE(refusal->action, std::optional(PetitionAction::RefuseRepeat));
        QVERIFY(refusal->article.contains(u"第三十六条"_s));
        Person again = zhang;
        again.residentId.clear(); // found by phone
        PetitionRecord second;
        EXPECT_OK(second = service(reception).registerPetition(draft(u"还是楼上漏水"_s), one(again),
                                                               reception.actor));
        QVERIFY(second.repeat);
        QCOMPARE(second.predecessorId, p.id);
        QCOMPARE(second.chainFirstId, p.id);
        EXPECT_OK(second = act(duty, second, PetitionAction::RefuseRepeat,
                               PetitionActionInput{.note = refusal->message},
                               document(DocumentKind::NoReacceptNotice, u"不再受理。"_s)));
        QCOMPARE(second.status, PetitionStatus::NotReaccepted);
        // stale versions are refused
        EXPECT_ERROR(service(duty).apply(second.id, second.version - 1, PetitionAction::Reopen,
                                         today(u"不满意"_s), duty.actor),
                     Error::Kind::Conflict);
    }

    // Art. 19: a matter accepted and within its period, raised again at a HIGHER level, is 不予受理; the
    // level compared is that of the unit holding the earlier petition (whoever accepted it), not always
    // the township.
    void pendingMatterRefusedOnlyAtAHigherLevel()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
        const Staff countyDesk = staff(u"crec"_s, Role::Reception, m_town.county.id);
        const Staff countyDuty = staff(u"cduty"_s, Role::DutyOfficer, m_town.county.id);
        const Person zhao = person(u"赵六"_s, residentId(u"33010219700505003"_s), u"13700002222"_s);
        const Person qian = person(u"钱七"_s, residentId(u"33010219710606004"_s), u"13700003333"_s);

        // Held by the township: raised again at the county → Art. 19; at the township itself → nothing.
        PetitionRecord p;
        EXPECT_OK(
            p = service(reception).registerPetition(draft(u"宅基地纠纷"_s), one(zhao), reception.actor));
        m_clock.advanceDays(1);
        EXPECT_OK(p = act(duty, p, PetitionAction::Accept, {},
                          document(DocumentKind::AcceptanceNotice, u"赵六：已受理。"_s)));
        std::optional<PetitionRefusal> refusal;
        EXPECT_OK(refusal = service(countyDesk).refusalFor({zhao}, false, countyDesk.actor));
        QVERIFY(refusal);
        QCOMPARE(refusal->action, std::optional(PetitionAction::Decline));
        QCOMPARE(refusal->priorId, p.id);
        QVERIFY2(refusal->article.contains(u"第十九条"_s), qPrintable(refusal->article));
        EXPECT_OK(refusal = service(reception).refusalFor({zhao}, false, reception.actor));
        QVERIFY(!refusal);

        // Held by the county (its office accepted it): raised again at the county is the same level.
        PetitionRecord q;
        EXPECT_OK(
            q = service(countyDesk).registerPetition(draft(u"征地补偿"_s), one(qian), countyDesk.actor));
        m_clock.advanceDays(1);
        EXPECT_OK(q = act(countyDuty, q, PetitionAction::Accept, {},
                          document(DocumentKind::AcceptanceNotice, u"钱七：已受理。"_s)));
        EXPECT_OK(refusal = service(countyDesk).refusalFor({qian}, false, countyDesk.actor));
        QVERIFY2(!refusal, qPrintable(refusal ? refusal->message : QString()));
        // … and at the township, lower than the holder, neither.
        EXPECT_OK(refusal = service(reception).refusalFor({qian}, false, reception.actor));
        QVERIFY(!refusal);
    }

    // 文号: two townships with the same agency code and pattern never issue the same number (they share the
    // number's counter), and the number is written into the stored text when the document is issued.
    void documentNumbersNeverCollide()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
        const Staff reception2 = staff(u"rec2"_s, Role::Reception, m_town.township2.id);
        const Staff duty2 = staff(u"duty2"_s, Role::DutyOfficer, m_town.township2.id);
        const QString body =
            u"<p>%1</p><p>孙八：你反映的问题已受理。</p>"_s.arg(DocumentTemplate::numberMarker());
        PetitionRecord a;
        PetitionRecord b;
        PetitionRecord c;
        EXPECT_OK(a = service(reception).registerPetition(draft(u"路灯不亮"_s), one(person(u"孙八"_s)),
                                                          reception.actor));
        EXPECT_OK(b = service(reception2)
                          .registerPetition(draft(u"垃圾清运"_s, m_town.village3.id), one(person(u"周九"_s)),
                                            reception2.actor));
        EXPECT_OK(c = service(reception2)
                          .registerPetition(draft(u"道路积水"_s, m_town.village3.id), one(person(u"吴十"_s)),
                                            reception2.actor));
        QVERIFY(a.townshipId != b.townshipId);
        EXPECT_OK(
            a = act(duty, a, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, body)));
        EXPECT_OK(
            b = act(duty2, b, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, body)));
        EXPECT_OK(
            c = act(duty2, c, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, body)));
        const auto docA = PetitionRepository(*duty.db, duty.actor).documents(a.id);
        const auto docB = PetitionRepository(*duty2.db, duty2.actor).documents(b.id);
        const auto docC = PetitionRepository(*duty2.db, duty2.actor).documents(c.id);
        QCOMPARE(docA.size(), 1);
        QCOMPARE(docB.size(), 1);
        QCOMPARE(docC.size(), 1);
        const QString pattern = DocumentTemplate::bundled(DocumentKind::AcceptanceNotice).numberPattern();
        QCOMPARE(docA.first().docNo, DocumentTemplate::formatNumber(pattern, u"青"_s, 2026, 1));
        QCOMPARE(docB.first().docNo, DocumentTemplate::formatNumber(pattern, u"青"_s, 2026, 2));
        QCOMPARE(docC.first().docNo, DocumentTemplate::formatNumber(pattern, u"青"_s, 2026, 3));
        // Stored as printed: the number in the text, no marker left.
        for (const PetitionDocumentRecord &d : {docA.first(), docB.first(), docC.first()}) {
            QVERIFY2(d.body.contains(u"<p>"_s + d.docNo.toHtmlEscaped() + u"</p>"_s), qPrintable(d.body));
            QVERIFY(!d.body.contains(DocumentTemplate::numberMarker()));
        }
        // Another agency code has its own numbers.
        PetitionRecord e;
        EXPECT_OK(e = service(reception2)
                          .registerPetition(draft(u"噪声扰民"_s, m_town.village3.id),
                                            one(person(u"郑十一"_s)), reception2.actor));
        DocumentIssue other = document(DocumentKind::AcceptanceNotice, body);
        other.agencyCode = u"溪"_s;
        EXPECT_OK(e = act(duty2, e, PetitionAction::Accept, {}, other));
        QCOMPARE(PetitionRepository(*duty2.db, duty2.actor).documents(e.id).first().docNo,
                 DocumentTemplate::formatNumber(pattern, u"溪"_s, 2026, 1));
    }

    // 信访工作条例 2022 Art. 34: the 60-day handling period is for the 申诉求决 matters of Art. 31(6). A
    // 建议意见 or 检举控告 accepted gets no handling clock (and nothing to extend); a 申诉求决 does.
    void handlingClockForClaimsOnly()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
        const Staff leader = staff(u"lead"_s, Role::Leader, m_town.township1.id);
        for (const PetitionType type :
             {PetitionType::Suggestion, PetitionType::Accusation, PetitionType::Claim}) {
            PetitionRecord d = draft(u"建议增设公交站点"_s);
            d.type = type;
            PetitionRecord p;
            EXPECT_OK(p = service(reception).registerPetition(
                          d,
                          one(person(u"陈%1"_s.arg(code(type)), {}, {}, {}),
                              type == PetitionType::Accusation ? PetitionPersonRole::Reporter
                                                               : PetitionPersonRole::Petitioner),
                          reception.actor));
            QCOMPARE(p.nextClockKind, std::optional(ClockKind::AcceptanceNotice)); // every type
            EXPECT_OK(p = act(duty, p, PetitionAction::Accept, {},
                              document(DocumentKind::AcceptanceNotice, u"已受理。"_s)));
            QCOMPARE(p.status, PetitionStatus::Handling);
            const auto clocks = PetitionRepository(*leader.db, leader.actor).clocks(p.id);
            bool handling = false;
            for (const PetitionClockRecord &c : clocks)
                handling = handling || c.value.kind == ClockKind::Handling;
            QCOMPARE(handling, type == PetitionType::Claim);
            if (type == PetitionType::Claim) {
                QCOMPARE(p.nextClockKind, std::optional(ClockKind::Handling));
                continue;
            }
            QVERIFY(!p.nextDueDate.isValid());
            PetitionActionInput extend;
            extend.days = 10;
            extend.note = u"情况复杂"_s;
            EXPECT_ERROR(act(leader, p, PetitionAction::Extend, extend,
                             document(DocumentKind::ExtensionNotice, u"延期。"_s)),
                         Error::Kind::InvalidState);
        }
    }

    void repeatsAndMultiSend()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        PetitionService svc = service(reception);
        const QString id = residentId(u"33010219800101001"_s);
        PetitionRecord first;
        EXPECT_OK(first = svc.registerPetition(
                      draft(u"土地补偿"_s), one(person(u"李四"_s, id, {}, u"青石村5组"_s)), reception.actor));
        QVERIFY(!first.repeat);
        m_clock.advanceSecs(60);
        // same ID number
        PetitionRecord byId;
        EXPECT_OK(
            byId = svc.registerPetition(draft(u"土地补偿二"_s), one(person(u"李四"_s, id)), reception.actor));
        QVERIFY(byId.repeat);
        QCOMPARE(byId.predecessorId, first.id);
        QCOMPARE(byId.chainFirstId, first.id);
        QCOMPARE(byId.persons.first().person.id, first.persons.first().person.id); // found again by ID
        // same phone (another person row)
        PetitionRecord a;
        EXPECT_OK(a = svc.registerPetition(draft(u"噪音"_s), one(person(u"王五"_s, {}, u"13900001111"_s)),
                                           reception.actor));
        m_clock.advanceSecs(60);
        PetitionRecord byPhone;
        EXPECT_OK(byPhone = svc.registerPetition(
                      draft(u"噪音二"_s), one(person(u"王五妻"_s, {}, u"13900001111"_s)), reception.actor));
        QVERIFY(byPhone.repeat);
        QCOMPARE(byPhone.predecessorId, a.id);
        // same name + address
        PetitionRecord b;
        EXPECT_OK(b = svc.registerPetition(
                      draft(u"路灯"_s), one(person(u"赵六"_s, {}, {}, u"青石村1组8号"_s)), reception.actor));
        m_clock.advanceSecs(60);
        PetitionRecord byNameAddress;
        EXPECT_OK(byNameAddress = svc.registerPetition(draft(u"路灯二"_s),
                                                       one(person(u"赵六"_s, {}, {}, u"青石村1组8号"_s)),
                                                       reception.actor));
        QVERIFY(byNameAddress.repeat);
        QCOMPARE(byNameAddress.predecessorId, b.id);
        // a third one in a chain names the chain's first
        m_clock.advanceSecs(60);
        PetitionRecord third;
        EXPECT_OK(third = svc.registerPetition(draft(u"土地补偿三"_s), one(person(u"李四"_s, id)),
                                               reception.actor));
        QCOMPARE(third.predecessorId, byId.id);
        QCOMPARE(third.chainFirstId, first.id);
        // 一信多投: the same letter sent here too is no repeat of the other copy (and 并处 alike)
        m_clock.advanceSecs(60);
        PetitionRecord letter;
        EXPECT_OK(letter = svc.registerPetition(
                      draft(u"养老金"_s), one(person(u"孙七"_s, {}, u"13911112222"_s)), reception.actor));
        PetitionRecord copy;
        EXPECT_OK(copy = svc.registerPetition(
                      draft(u"养老金（一信多投）"_s), one(person(u"孙七"_s, {}, u"13911112222"_s)),
                      reception.actor,
                      PetitionLinkInput{letter.id, PetitionLinkKind::MultiSend, u"同一封信"_s}));
        QVERIFY(!copy.repeat);
        PetitionRecord joint;
        EXPECT_OK(joint = svc.registerPetition(
                      draft(u"养老金（并处）"_s), one(person(u"孙七"_s, {}, u"13911112222"_s)),
                      reception.actor, PetitionLinkInput{letter.id, PetitionLinkKind::Joint, u"一并处理"_s}));
        QVERIFY(!joint.repeat);
        // without the link it would have been one
        QVERIFY(PersonDirectory(*reception.db, reception.actor)
                    .assessRepeat({person(u"孙七"_s, {}, u"13911112222"_s)})
                    .repeat);
        PetitionRepository repo(*reception.db, reception.actor);
        QCOMPARE(repo.links(copy.id).size(), 1);
        QCOMPARE(repo.links(copy.id).first().kind, PetitionLinkKind::MultiSend);
        // a repeat unlinked by hand becomes 首次, with who and why
        const auto repeatLinks = repo.links(byPhone.id);
        qint64 repeatLink = 0;
        for (const auto &l : repeatLinks)
            if (l.kind == PetitionLinkKind::Repeat && l.otherPetitionId == a.id)
                repeatLink = l.id;
        QVERIFY(repeatLink > 0);
        EXPECT_ERROR(svc.unlink(repeatLink, {}, reception.actor), Error::Kind::Validation);
        EXPECT_OK(svc.unlink(repeatLink, u"家属的另一件事"_s, reception.actor));
        const auto unlinked = repo.get(byPhone.id);
        QVERIFY(!unlinked->repeat);
        QCOMPARE(unlinked->predecessorId, 0);
        for (const auto &l : repo.links(byPhone.id))
            if (l.id == repeatLink) {
                QCOMPARE(l.unlinkedBy, reception.actor.userId);
                QCOMPARE(l.unlinkReason, u"家属的另一件事"_s);
            }

        // matching while typing and the whole history
        PersonDirectory dir(*reception.db, reception.actor);
        QList<PersonMatch> found;
        EXPECT_OK(found = dir.match(PersonQuery{id.left(10), {}, {}, {}}));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().petitionCount, 3);
        EXPECT_OK(found = dir.match(PersonQuery{{}, u"1390000"_s, {}, {}}));
        QCOMPARE(found.size(), 2);
        EXPECT_OK(found = dir.match(PersonQuery{{}, {}, u"赵六"_s, u"1组"_s}));
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().matchedBy.testFlag(PersonMatch::MatchedBy::NameAddress));
        QCOMPARE(dir.history(found.first().person).size(), 2);
        // a case naming the same phone shows as a case party, and in the person's history
        CaseRecord c;
        c.title = u"噪音扰民"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        CaseParty party;
        party.name = u"王五"_s;
        party.phone = u"13900001111"_s;
        c.parties = {party};
        const CaseRecord kase = CaseService(*reception.db, m_clock, CalendarRepository(*reception.db).load())
                                    .report(c, reception.actor);
        EXPECT_OK(found = dir.match(PersonQuery{{}, u"13900001111"_s, {}, {}}));
        QCOMPARE(found.size(), 3); // 王五, 王五妻, the case's party
        QCOMPARE(found.last().source, PersonMatch::Source::CaseParty);
        QCOMPARE(found.last().caseNo, kase.caseNo);
        Person wang = found.first().person;
        QList<PersonHistoryEntry> history;
        EXPECT_OK(history = dir.history(wang));
        QCOMPARE(history.first().kind, PersonHistoryEntry::Kind::Case);
        QCOMPARE(history.first().number, kase.caseNo);
        // counts by status from the counts the triggers keep, equal to counting the rows
        const auto counts = repo.countsByStatus();
        QCOMPARE(counts.value(PetitionStatus::Registered),
                 count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE status = 'registered'"_s));
        PetitionBoardFilter repeats;
        repeats.repeatOnly = true;
        QCOMPARE(
            repo.countsByStatus(repeats).value(PetitionStatus::Registered),
            count(
                *m_db,
                u"SELECT COUNT(*) FROM petitions WHERE status = 'registered' AND repeat_kind = 'repeat'"_s));
        // another township sees none of it
        const Staff south = staff(u"south"_s, Role::Reception, m_town.township2.id);
        QVERIFY(PersonDirectory(*south.db, south.actor).match(PersonQuery{id, {}, {}, {}}).isEmpty());
        QVERIFY(PetitionRepository(*south.db, south.actor).page({}, 50, m_clock.now().date()).isEmpty());
        QVERIFY(!PetitionRepository(*south.db, south.actor).get(first.id));
    }

    void representativesAtMostFive()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        PetitionRecord group = draft(u"集体反映拆迁补偿"_s);
        group.visitForm = VisitForm::Group;
        group.headCount = 40;
        QList<PetitionPersonInput> reps;
        for (int i = 0; i < 6; ++i)
            reps << PetitionPersonInput{PetitionPersonRole::Representative,
                                        person(u"代表%1"_s.arg(i + 1), {}, u"1380000000%1"_s.arg(i))};
        try {
            service(reception).registerPetition(group, reps, reception.actor);
            QFAIL("six representatives were accepted");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(u"第二十条"_s), qPrintable(e.message()));
        }
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petitions"_s), 0);
        reps.removeLast();
        PetitionRecord p;
        EXPECT_OK(p = service(reception).registerPetition(group, reps, reception.actor));
        QCOMPARE(p.persons.size(), 5);
        // a sixth by raw SQL is refused by the database itself (both engines)
        const qint64 person6 =
            Query(*m_db,
                  u"INSERT INTO persons (township_id, org_path, name, created_at, updated_at) "
                  "VALUES (?, (SELECT path FROM org_units WHERE id = ?), '代表6', 0, 0) RETURNING id"_s)
                .bind(m_town.township1.id)
                .bind(m_town.township1.id)
                .scalar()
                .toLongLong();
        EXPECT_ERROR(Query(*m_db,
                           u"INSERT INTO petition_persons (petition_id, person_id, role) VALUES (?, ?, "
                           "'representative')"_s)
                         .bind(p.id)
                         .bind(person6)
                         .exec(),
                     m_testDb->isPostgres() ? Error::Kind::Validation : Error::Kind::Storage);
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_persons WHERE role = 'representative'"_s), 5);
    }

    void clocksKeepTheirRuleWhenTheRulesChange()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
        PetitionRecord old;
        EXPECT_OK(old = service(reception).registerPetition(
                      draft(u"旧规则"_s), one(person(u"甲"_s, {}, u"13700000001"_s)), reception.actor));
        EXPECT_OK(old = act(duty, old, PetitionAction::Accept));
        const auto before = PetitionRepository(*duty.db, duty.actor).clocks(old.id);
        // the county switches to Zhejiang's regulation (30 days handling)
        const Staff admin = staff(u"adm"_s, Role::Admin, m_town.county.id);
        EXPECT_ERROR(service(duty).chooseRuleSet(u"zhejiang-2016"_s, duty.actor), Error::Kind::Forbidden);
        EXPECT_OK(service(admin).chooseRuleSet(u"zhejiang-2016"_s, admin.actor));
        PetitionRecord fresh;
        EXPECT_OK(fresh = service(reception).registerPetition(
                      draft(u"新规则"_s), one(person(u"乙"_s, {}, u"13700000002"_s)), reception.actor));
        QVERIFY(fresh.ruleVersion.startsWith(u"zhejiang-2016@"_s));
        EXPECT_OK(fresh = act(duty, fresh, PetitionAction::Accept));
        const auto after = PetitionRepository(*duty.db, duty.actor).clocks(old.id);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after[i].value.due, before[i].value.due);
            QCOMPARE(after[i].value.ruleVersion, u"national-2022@2"_s);
        }
        const auto freshClocks = PetitionRepository(*duty.db, duty.actor).clocks(fresh.id);
        QCOMPARE(freshClocks.last().value.kind, ClockKind::Handling);
        QVERIFY(freshClocks.last().value.due < after.last().value.due); // 30 days against 60
        // an extension beyond what its rule gave is refused by the database too
        EXPECT_ERROR(Query(*m_db, u"UPDATE petition_clocks SET extension_days = 31 WHERE id = ?"_s)
                         .bind(after.last().id)
                         .exec(),
                     m_testDb->isPostgres() ? Error::Kind::Forbidden : Error::Kind::Storage);
        EXPECT_ERROR(
            Query(*m_db, u"UPDATE petition_clocks SET rule_version = 'zhejiang-2016@1' WHERE id = ?"_s)
                .bind(after.last().id)
                .exec(),
            m_testDb->isPostgres() ? Error::Kind::Forbidden : Error::Kind::Storage);
    }

    void convertToCaseKeepsTheLinkBothWays()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
        PetitionRecord p;
        EXPECT_OK(p = service(reception).registerPetition(
                      draft(u"邻里纠纷"_s), one(person(u"丙"_s, {}, u"13600000003"_s)), reception.actor));
        CaseRecord c;
        c.categoryId = m_town.neighbourDispute.id;
        EXPECT_ERROR(
            service(reception).convertToCase(p.id, p.version, c, m_town.judicial.id, 5, reception.actor),
            Error::Kind::Forbidden);
        EXPECT_OK(p = service(duty).convertToCase(p.id, p.version, c, m_town.judicial.id, 5, duty.actor));
        QCOMPARE(p.status, PetitionStatus::ConvertedToCase);
        QVERIFY(p.caseId > 0);
        const auto kase = CaseRepository(*duty.db).get(p.caseId);
        QVERIFY(kase);
        QCOMPARE(kase->status, CaseStatus::Dispatched);
        QCOMPARE(kase->departmentId, m_town.judicial.id);
        QVERIFY(kase->description.contains(p.petitionNo));
        QCOMPARE(kase->parties.size(), 1);
        const auto back = PetitionRepository(*duty.db, duty.actor).forCase(p.caseId);
        QVERIFY(back);
        QCOMPARE(back->id, p.id);
    }

    void protectedReporter()
    {
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
        const Staff leader = staff(u"lead"_s, Role::Leader, m_town.township1.id);
        PetitionRecord accusation = draft(u"检举村干部侵占集体资金"_s);
        accusation.type = PetitionType::Accusation;
        PetitionRecord p;
        EXPECT_OK(
            p = service(reception).registerPetition(
                accusation,
                one(person(u"钱检举"_s, residentId(u"33010219700202003"_s), u"13500000005"_s, u"青石村"_s),
                    PetitionPersonRole::Reporter),
                reception.actor));
        QVERIFY(p.reporterProtected);
        QCOMPARE(p.persons.size(), 1); // the registrar is an insider
        QVERIFY(PetitionRepository(*duty.db, duty.actor).get(p.id)->persons.isEmpty());
        QCOMPARE(PetitionRepository(*leader.db, leader.actor).get(p.id)->persons.size(), 1);
        QVERIFY(
            PersonDirectory(*duty.db, duty.actor).match(PersonQuery{{}, u"13500000005"_s, {}, {}}).isEmpty());
        QCOMPARE(
            PersonDirectory(*leader.db, leader.actor).match(PersonQuery{{}, u"13500000005"_s, {}, {}}).size(),
            1);
        EXPECT_ERROR(service(duty).revealPerson(p.id, p.persons.first().person.id, duty.actor),
                     Error::Kind::NotFound);
        Person shown;
        EXPECT_OK(shown = service(leader).revealPerson(p.id, p.persons.first().person.id, leader.actor));
        QCOMPARE(shown.phone, u"13500000005"_s);
        QCOMPARE(
            count(*m_db,
                  u"SELECT COUNT(*) FROM audit_log WHERE action = 'reveal' AND object_type = 'petition'"_s),
            1);
        if (m_testDb->isPostgres()) {
            // raw SQL: the other staff read no row of the reporter at all
            QCOMPARE(count(*duty.db, u"SELECT COUNT(*) FROM petition_persons WHERE role = 'reporter'"_s), 0);
            QCOMPARE(count(*duty.db, u"SELECT COUNT(*) FROM persons WHERE phone = '13500000005'"_s), 0);
            QCOMPARE(count(*leader.db, u"SELECT COUNT(*) FROM petition_persons WHERE role = 'reporter'"_s),
                     1);
            QCOMPARE(count(*leader.db, u"SELECT COUNT(*) FROM persons WHERE phone = '13500000005'"_s), 1);
            EXPECT_ERROR(Query::run(*duty.db, u"UPDATE petitions SET reporter_protected = FALSE"_s),
                         Error::Kind::Forbidden);
        }
    }

    // Raw SQL through login roles: another township reads and changes nothing and inserts nothing;
    // within the township a petition changes only with its flow row, numbers come from the server.
    void serverHoldsAgainstRawSql()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        const Staff reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
        const Staff south =
            staff(u"south"_s, Roles(Role::Reception) | Role::DutyOfficer, m_town.township2.id);
        PetitionRecord p;
        EXPECT_OK(p = service(reception).registerPetition(
                      draft(u"本镇的信访"_s), one(person(u"丁"_s, {}, u"13400000004"_s)), reception.actor));
        for (const QString &table :
             {u"petitions"_s, u"persons"_s, u"petition_persons"_s, u"petition_flow"_s, u"petition_clocks"_s})
            QCOMPARE(count(*south.db, u"SELECT COUNT(*) FROM %1"_s.arg(table)), 0);
        Query upd(*south.db, u"UPDATE petitions SET request = 'x', version = version + 1"_s);
        EXPECT_OK(upd.exec());
        QCOMPARE(upd.rowsAffected(), 0);
        Query updPersons(*south.db, u"UPDATE persons SET phone = '13000000000'"_s);
        EXPECT_OK(updPersons.exec());
        QCOMPARE(updPersons.rowsAffected(), 0);
        const QString insert =
            u"INSERT INTO petitions (petition_no, township_id, year, seq, org_unit_id, org_path, "
            "channel, petition_type, request, status, rule_set, rule_version, received_at, "
            "updated_at) VALUES ('x', %1, 2026, 1, %2, '', 'visit', 'claim', 'x', 'registered', "
            "'national-2022', 'national-2022@1', %3, %3)"_s.arg(m_town.township1.id)
                .arg(m_town.village1.id)
                .arg(m_clock.now().toSecsSinceEpoch());
        EXPECT_ERROR(Query::run(*south.db, insert), Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*south.db, u"INSERT INTO petition_flow (petition_id, action, to_status, at) "
                                           "VALUES (%1, 'accept', 'handling', 1)"_s.arg(p.id)),
                     Error::Kind::Forbidden);
        // within the township: no change without its flow row, no hand on the counters
        EXPECT_ERROR(
            Query::run(*reception.db, u"UPDATE petitions SET status = 'concluded', version = version + 1 "
                                      "WHERE id = %1"_s.arg(p.id)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*reception.db, u"UPDATE petition_counters SET last_seq = 0"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(
            Query::run(*reception.db, u"UPDATE petitions SET petition_no = 'forged', version = version + 1 "
                                      "WHERE id = %1"_s.arg(p.id)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*reception.db,
                                u"SELECT zz_audit('petition_action', 'petition', %1, 'forged')"_s.arg(p.id)),
                     Error::Kind::Storage);
        // a status written with a made-up flow row: refused at commit unless the procedure allows it to the
        // account
        {
            Transaction tx(*reception.db);
            Query::run(
                *reception.db,
                u"UPDATE petitions SET status = 'concluded', version = version + 1 WHERE id = %1"_s.arg(
                    p.id));
            Query::run(*reception.db,
                       u"INSERT INTO petition_flow (petition_id, action, from_status, to_status, at) "
                       "VALUES (%1, 'conclude', 'registered', 'concluded', 1)"_s.arg(p.id));
            EXPECT_ERROR(tx.commit(), Error::Kind::Forbidden);
        }
        QCOMPARE(PetitionRepository(*m_db, m_town.actor(m_town.leader)).get(p.id)->status,
                 PetitionStatus::Registered);
    }

    // Many changes in one transaction (a ledger import): the counts by status equal the petitions after
    // commit, also when a savepoint or the whole transaction is rolled back. On PostgreSQL the changes are
    // added up at commit (migration 0049): nothing is left pending, and no account reaches the pending rows.
    void countsSettledAtCommit()
    {
        const Staff duty =
            staff(u"duty"_s, Roles(Role::Reception) | Role::DutyOfficer | Role::Leader, m_town.township1.id);
        const auto live = [&](PetitionStatus s) {
            return count(*m_db, u"SELECT COUNT(*) FROM petitions WHERE status = '%1'"_s.arg(code(s)));
        };
        const auto stored = [&](PetitionStatus s) {
            return PetitionRepository(*duty.db, duty.actor).countsByStatus().value(s);
        };
        {
            Transaction tx(*duty.db);
            for (int i = 0; i < 30; ++i) {
                PetitionRecord p;
                EXPECT_OK(p = service(duty).registerPetition(
                              draft(u"同一事务中的信访%1"_s.arg(i)),
                              one(person(u"丙%1"_s.arg(i), {}, u"1340000%1"_s.arg(i, 4, 10, QChar(u'0')))),
                              duty.actor));
                if (i % 3 == 0)
                    continue;
                EXPECT_OK(p = act(duty, p, PetitionAction::Accept, today()));
                if (i % 3 == 1) {
                    PetitionActionInput reply = today();
                    reply.decision = PetitionDecision::Support;
                    reply.result = u"予以解决"_s;
                    reply.basis = u"《信访工作条例》第三十二条"_s;
                    EXPECT_OK(p = act(duty, p, PetitionAction::Reply, reply,
                                      document(DocumentKind::HandlingOpinion, u"处理意见 {{文号}}"_s)));
                }
            }
            // a step rolled back with its savepoint counts nothing
            try {
                Transaction savepoint(*duty.db);
                PetitionRecord p = service(duty).registerPetition(
                    draft(u"撤回的登记"_s), one(person(u"丁"_s, {}, u"13400009999"_s)), duty.actor);
                act(duty, p, PetitionAction::Accept, today());
                throw Error(Error::Kind::Validation, u"rolled back"_s);
            } catch (const Error &) {
            }
            EXPECT_OK(tx.commit());
        }
        QCOMPARE(live(PetitionStatus::Registered), 10);
        for (const PetitionStatus s :
             {PetitionStatus::Registered, PetitionStatus::Handling, PetitionStatus::Replied})
            QCOMPARE(stored(s), live(s));
        QCOMPARE(stored(PetitionStatus::Handling), 10);
        QCOMPARE(stored(PetitionStatus::Replied), 10);
        {
            Transaction tx(*duty.db);
            service(duty).registerPetition(draft(u"整体撤回"_s), one(person(u"戊"_s, {}, u"13400008888"_s)),
                                           duty.actor);
        } // rolled back
        QCOMPARE(stored(PetitionStatus::Registered), 10);
        if (!m_testDb->isPostgres())
            return;
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_count_deltas"_s), 0);
        EXPECT_ERROR(Query::run(*duty.db, u"SELECT COUNT(*) FROM petition_count_deltas"_s),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*duty.db, u"INSERT INTO petition_count_deltas (xact, township_id, status, n) "
                                          "VALUES (pg_current_xact_id(), %1, 'registered', 1000)"_s.arg(
                                              m_town.township1.id)),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*duty.db, u"SELECT zz_settle_petition_counts()"_s), Error::Kind::Forbidden);
    }

    // The server's copy of the procedure is PetitionWorkflow's table, row for row.
    void serverTransitionsMatchTheWorkflow()
    {
        QCOMPARE(count(*m_db, u"SELECT COUNT(*) FROM petition_transitions"_s),
                 qint64(PetitionWorkflow::transitions().size()));
        for (const PetitionTransition &t : PetitionWorkflow::transitions()) {
            Query q(
                *m_db,
                u"SELECT to_status, roles FROM petition_transitions WHERE action = ? AND from_status = ?"_s);
            q.bind(code(t.action)).bind(code(t.from)).exec();
            QVERIFY2(q.next(), qPrintable(code(t.action) + u' ' + code(t.from)));
            QCOMPARE(q.text(0), code(t.to));
            QCOMPARE(rolesFromCodes(q.text(1)), t.roles);
        }
    }
};

QTEST_GUILESS_MAIN(TestPetitionService)
#include "tst_petition_service.moc"
