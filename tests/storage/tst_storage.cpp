// The storage suite: runs unchanged on SQLite and on PostgreSQL (ZONGZHI_TEST_BACKEND).
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "SqlScript.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"

#include <QSet>
#include <QTest>
#include <QThread>
#include <atomic>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

// Applies an action through act() and fails the test when the stored case or its flow log is wrong.
#define ACT(record, ...)                                                                                     \
    do {                                                                                                     \
        record = act(record, __VA_ARGS__);                                                                   \
        QVERIFY2(m_actError.isEmpty(), qPrintable(m_actError));                                              \
    } while (false)

QString validId(const QString &first17)
{
    return first17 + Validators::residentIdCheckChar(first17);
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 1, 24), QTime(10, 0))}; // the Friday before Spring Festival 2025
    std::unique_ptr<CaseService> m_service;
    QString m_actError; // set by act() when the stored result is not what the action must produce

    CaseRecord draft(const QString &title = u"楼上漏水严重,多次协商未果"_s, qint64 categoryId = 0)
    {
        CaseRecord c;
        c.title = title;
        c.description = u"三楼住户反映楼上卫生间漏水,墙面发霉。"_s;
        c.source = CaseSource::Visit;
        c.nature = CaseNature::Complaint;
        c.categoryId = categoryId > 0 ? categoryId : m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        c.address = u"上溪村12号"_s;
        CaseParty p;
        p.name = u"张三"_s;
        p.residentId = validId(u"33068119800101123"_s);
        p.phone = u"13812345678"_s;
        c.parties = {p};
        return c;
    }

    CaseRecord reportOne(const QString &title = u"楼上漏水严重,多次协商未果"_s)
    {
        return m_service->report(draft(title), m_town.actor(m_town.reception));
    }

    // A clerk of the county center (e.g. the 12345 hotline desk), who registers cases anywhere.
    Actor countyReception() const
    {
        return Actor{m_town.reception.id, u"县中心受理员"_s, Role::Reception, m_town.county.id, 0};
    }

    qint64 flowCount(qint64 caseId) { return CaseRepository(*m_db).flow(caseId).size(); }

    // Applies an action and checks the flow-log row it must write.
    CaseRecord act(const CaseRecord &c, CaseAction action, const ActionInput &input, const User &user,
                   CaseStatus expected)
    {
        const qint64 before = flowCount(c.id);
        const CaseRecord after = m_service->apply(c.id, c.version, action, input, m_town.actor(user));
        const auto stored = CaseRepository(*m_db).get(c.id);
        if (!stored)
            qFatal("case vanished");
        const auto flow = CaseRepository(*m_db).flow(c.id);
        if (stored->status != expected || after.version != c.version + 1 ||
            stored->version != after.version || flow.size() != before + 1 || flow.last().action != action ||
            flow.last().toStatus != expected || flow.last().fromStatus != c.status ||
            flow.last().actorUserId != user.id)
            m_actError = u"unexpected result of %1: status %2, %3 flow rows (was %4)"_s
                             .arg(code(action), code(stored->status))
                             .arg(flow.size())
                             .arg(before);
        return *stored;
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        qInfo() << "backend:" << m_testDb->backendName();
    }

    void init()
    {
        m_service.reset();
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_clock.set(QDateTime(QDate(2025, 1, 24), QTime(10, 0)));
        m_service = std::make_unique<CaseService>(*m_db, m_clock, CalendarRepository(*m_db).load());
    }

    void cleanup()
    {
        m_service.reset();
        m_db.reset();
    }

    // ------------------------------------------------------------ schema

    void migrationsFromEmpty()
    {
        std::unique_ptr<Database> db;
        try {
            db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.detail()));
        }
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        db->migrate(); // a second run changes nothing
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(OrgUnitRepository(*db).all().isEmpty());
    }

    void newerDatabaseIsRefused()
    {
        Query(*m_db, u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s)
            .bind(Database::latestSchemaVersion() + 1)
            .bind(u"from_the_future"_s)
            .bind(0)
            .exec();
        EXPECT_ERROR(m_db->migrate(), Error::Kind::Schema);
    }

    void connectionUrls()
    {
        const auto sqlite = ConnectionUrl::parse(u"sqlite:///var/lib/zongzhi/县中心.db"_s);
        QCOMPARE(sqlite.backend, ConnectionUrl::Backend::SQLite);
        QCOMPARE(sqlite.path, u"/var/lib/zongzhi/县中心.db"_s);
        const auto pg =
            ConnectionUrl::parse(u"postgresql://zz:secret@10.1.2.3:6543/county?sslmode=require"_s);
        QCOMPARE(pg.backend, ConnectionUrl::Backend::PostgreSQL);
        QCOMPARE(pg.host, u"10.1.2.3"_s);
        QCOMPARE(pg.port, 6543);
        QCOMPARE(pg.user, u"zz"_s);
        QCOMPARE(pg.password, u"secret"_s);
        QCOMPARE(pg.databaseName, u"county"_s);
        QCOMPARE(pg.options, u"sslmode=require"_s);
        QVERIFY(!pg.toDisplayString().contains(u"secret"_s));
        QCOMPARE(ConnectionUrl::parse(pg.toString()).password, u"secret"_s);
        EXPECT_ERROR(ConnectionUrl::parse(u"mysql://x@y/z"_s), Error::Kind::Validation);
        EXPECT_ERROR(ConnectionUrl::parse(u"postgresql://x@y/"_s), Error::Kind::Validation);
        EXPECT_ERROR(Database(u"postgresql://nobody@127.0.0.1:1/none"_s), Error::Kind::Connection);
    }

    void scriptSplitting()
    {
        const QStringList parts =
            splitSqlScript(u"CREATE TABLE a (x TEXT DEFAULT 'a;b'); -- c;\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                           "  INSERT INTO b VALUES (1);\n  INSERT INTO b VALUES (2);\nEND;\n"
                           "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;"_s);
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts[1].endsWith(u"END"_s));
        QVERIFY(parts[2].contains(u"SELECT 1;"_s));
    }

    // ------------------------------------------------------------ reference data

    void orgUnitTree()
    {
        OrgUnitRepository orgs(*m_db);
        QCOMPARE(orgs.children(0).size(), 1);
        QCOMPARE(orgs.children(m_town.county.id).size(), 2);
        QCOMPARE(orgs.township(m_town.grid1.id)->id, m_town.township1.id);
        QCOMPARE(orgs.township(m_town.township2.id)->id, m_town.township2.id);
        QVERIFY(!orgs.township(m_town.county.id));
        const auto chain = orgs.ancestors(m_town.grid1.id);
        QCOMPARE(chain.size(), 4);
        QCOMPARE(chain.first().id, m_town.county.id);
        QCOMPARE(chain.last().id, m_town.grid1.id);
        QCOMPARE(orgs.search(u"上溪"_s).size(), 3); // the village and its two grids
        QCOMPARE(orgs.byCode(u"330681002"_s)->name, u"城南街道"_s);
        OrgUnit orphan;
        orphan.code = u"999"_s;
        orphan.name = u"无上级网格"_s;
        orphan.level = OrgLevel::Grid;
        EXPECT_ERROR(orgs.create(orphan), Error::Kind::Validation);
        Grid g{m_town.grid1.id, GridType::Building, 320, {}};
        orgs.saveGrid(g);
        QCOMPARE(orgs.grid(m_town.grid1.id)->households, 320);
        QCOMPARE(orgs.grid(m_town.grid1.id)->type, GridType::Building);
    }

    void departmentsCategoriesWorkers()
    {
        QCOMPARE(DepartmentRepository(*m_db).list(m_town.township1.id).size(), 3);
        QCOMPARE(DepartmentRepository(*m_db).list().size(), 4);
        CategoryRepository categories(*m_db);
        QCOMPARE(categories.children(0).size(), 3);
        QCOMPARE(categories.children(m_town.disputes.id).size(), 1);
        QCOMPARE(categories.get(m_town.neighbourDispute.id)->defaultDepartmentId, m_town.judicial.id);
        QCOMPARE(categories.search(u"纠纷"_s).size(), 2);
        Category bad;
        bad.code = u"x"_s;
        bad.name = u"无时限"_s;
        bad.timeLimitDays = 0;
        EXPECT_ERROR(categories.create(bad), Error::Kind::Validation);
        QCOMPARE(WorkerRepository(*m_db).list(m_town.village1.id).size(), 1);
        QCOMPARE(WorkerRepository(*m_db).list(m_town.village3.id).size(), 0);
    }

    void userUpdateConflict()
    {
        UserRepository users(*m_db);
        User a = *users.byLogin(u"duty"_s);
        User b = a;
        a.displayName = u"赵值班(改)"_s;
        users.update(a);
        b.displayName = u"赵某"_s;
        EXPECT_ERROR(users.update(b), Error::Kind::Conflict);
        QCOMPARE(users.get(a.id)->displayName, u"赵值班(改)"_s);
        QCOMPARE(users.get(a.id)->roles, Roles(Role::DutyOfficer));
        User dup;
        dup.login = u"duty"_s;
        dup.orgUnitId = m_town.township1.id;
        EXPECT_ERROR(users.create(dup), Error::Kind::Validation);
    }

    void calendarSeed()
    {
        const WorkCalendar cal = CalendarRepository(*m_db).load();
        QVERIFY(!cal.isWorkday(QDate(2025, 1, 29)));              // Spring Festival
        QVERIFY(cal.isWorkday(QDate(2025, 1, 26)));               // adjusted working Sunday
        QCOMPARE(CalendarRepository(*m_db).seedFromBundled(), 0); // only once
        CalendarRepository(*m_db).setDay(QDate(2027, 2, 8), false, u"春节"_s);
        QVERIFY(!CalendarRepository(*m_db).load().isWorkday(QDate(2027, 2, 8)));
    }

    // ------------------------------------------------------------ cases

    void reportAssignsNumberDeadlineAndFlow()
    {
        const CaseRecord c = reportOne();
        QVERIFY(c.id > 0);
        QCOMPARE(c.caseNo, u"330681001-2025-000001"_s);
        QCOMPARE(c.status, CaseStatus::Reported);
        QCOMPARE(c.lookupCode.size(), 6);
        // 10 working days from Friday 2025-01-24 across the Spring Festival holidays
        // (working: 26th Sun, 27th; holidays 28th..4th; then 5,6,7, Sat 8th, 10,11,12,13).
        QCOMPARE(c.deadline.date(), QDate(2025, 2, 13));
        const auto stored = CaseRepository(*m_db).get(c.id);
        QVERIFY(stored);
        QCOMPARE(stored->title, c.title);
        QCOMPARE(stored->townshipId, m_town.township1.id);
        QCOMPARE(stored->deadline, c.deadline);
        QCOMPARE(stored->parties.size(), 1);
        QCOMPARE(stored->parties.first().name, u"张三"_s);
        const auto flow = CaseRepository(*m_db).flow(c.id);
        QCOMPARE(flow.size(), 1);
        QCOMPARE(flow.first().action, CaseAction::Report);
        QCOMPARE(flow.first().toStatus, CaseStatus::Reported);
        QCOMPARE(flow.first().actorName, u"王受理"_s);
        QCOMPARE(CaseRepository(*m_db).byNumber(c.caseNo)->id, c.id);

        // numbering is per township and per year
        QCOMPARE(reportOne().caseNo, u"330681001-2025-000002"_s);
        CaseRecord other = draft();
        other.orgUnitId = m_town.grid3.id;
        QCOMPARE(m_service->report(other, countyReception()).caseNo, u"330681002-2025-000001"_s);
        // a township's clerk registers only inside his township
        EXPECT_ERROR(m_service->report(other, m_town.actor(m_town.reception)), Error::Kind::Forbidden);
        m_clock.set(QDateTime(QDate(2026, 1, 5), QTime(9, 0)));
        QCOMPARE(reportOne().caseNo, u"330681001-2026-000001"_s);
    }

    void urgencyShortensTheLimit()
    {
        CaseRecord c = draft(u"水管漏水"_s, m_town.leak.id); // 5 natural days
        QCOMPARE(m_service->report(c, m_town.actor(m_town.reception)).deadline.date(), QDate(2025, 1, 29));
        c.urgency = Urgency::Urgent; // half of 5, rounded up: 3
        QCOMPARE(m_service->report(c, m_town.actor(m_town.reception)).deadline.date(), QDate(2025, 1, 27));
        c.urgency = Urgency::Major;
        QCOMPARE(m_service->report(c, m_town.actor(m_town.reception)).deadline.date(), QDate(2025, 1, 25));
    }

    void reportRefusesBadInput()
    {
        const Actor reception = m_town.actor(m_town.reception);
        CaseRecord c = draft();
        const QString good = validId(u"33068119800101123"_s);
        c.parties[0].residentId = good.left(17) + (good.endsWith(u'0') ? u'1' : u'0'); // wrong check digit
        EXPECT_ERROR(m_service->report(c, reception), Error::Kind::Validation);
        c = draft();
        c.parties[0].phone = u"1381234"_s;
        EXPECT_ERROR(m_service->report(c, reception), Error::Kind::Validation);
        c = draft();
        c.categoryId = 0;
        EXPECT_ERROR(m_service->report(c, reception), Error::Kind::Validation);
        c = draft(u"   "_s);
        EXPECT_ERROR(m_service->report(c, reception), Error::Kind::Validation);
        c = draft();
        c.orgUnitId = m_town.county.id; // not inside a township
        EXPECT_ERROR(m_service->report(c, reception), Error::Kind::Validation);
        EXPECT_ERROR(m_service->report(draft(), m_town.actor(m_town.handler)), Error::Kind::Forbidden);
        EXPECT_ERROR(m_service->report(draft(), m_town.actor(m_town.admin)), Error::Kind::Forbidden);
        QCOMPARE(CaseRepository(*m_db).count({}), 0);
        // a refused save used no number
        QCOMPARE(reportOne().seq, 1);
        // anonymous reporters need no name
        c = draft();
        c.parties[0] = CaseParty{};
        c.parties[0].anonymous = true;
        QVERIFY(m_service->report(c, reception).id > 0);
    }

    void idempotentReport()
    {
        const Actor reception = m_town.actor(m_town.reception);
        const CaseRecord first = m_service->report(draft(), reception, u"form-7f3a"_s);
        const CaseRecord retry = m_service->report(draft(), reception, u"form-7f3a"_s);
        QCOMPARE(retry.id, first.id);
        QCOMPARE(retry.caseNo, first.caseNo);
        QCOMPARE(CaseRepository(*m_db).count({}), 1);
    }

    void searchFindsChineseSubstrings()
    {
        const CaseRecord leak = reportOne(u"楼上漏水严重"_s);
        reportOne(u"工地夜间施工噪音扰民"_s);
        reportOne(u"拖欠农民工工资3个月"_s);
        CaseRepository repo(*m_db);
        auto titles = [&](const QString &text) {
            CaseQuery q;
            q.text = text;
            QStringList out;
            for (const auto &row : repo.list(q))
                out << row.title;
            return out;
        };
        QCOMPARE(titles(u"噪音"_s), QStringList{u"工地夜间施工噪音扰民"_s}); // two characters
        QCOMPARE(titles(u"漏水"_s).size(), 3);                               // every description has it
        QCOMPARE(titles(u"漏水严重"_s), QStringList{u"楼上漏水严重"_s});     // trigram path
        QCOMPARE(titles(u"噪音扰民"_s), QStringList{u"工地夜间施工噪音扰民"_s});
        QCOMPARE(titles(u"农民工工资"_s).size(), 1);
        QCOMPARE(titles(u"上溪村12"_s).size(), 3);   // address
        QCOMPARE(titles(u"卫生间漏水"_s).size(), 3); // description
        QVERIFY(titles(u"燃气泄漏"_s).isEmpty());
        QVERIFY(titles(u"100%"_s).isEmpty());
        CaseQuery q;
        q.text = u"漏水严重"_s;
        QCOMPARE(repo.count(q), 1);
        // the index follows edits of the title
        Query(*m_db, u"UPDATE cases SET title = ? WHERE id = ?"_s)
            .bind(u"燃气泄漏隐患"_s)
            .bind(leak.id)
            .exec();
        QCOMPARE(titles(u"燃气泄漏"_s).size(), 1);
        QVERIFY(titles(u"漏水严重"_s).isEmpty());
    }

    // The idle upkeep (Database::maintainSearchIndex) runs on both backends and leaves search intact;
    // on SQLite the index merges only there and when a level overflows (migration 0007).
    void searchIndexUpkeep()
    {
        m_db->maintainSearchIndex(); // on an empty index too
        for (int i = 0; i < 40; ++i) // one index segment per save: enough for merge work
            reportOne(i % 2 ? u"工地夜间施工噪音扰民"_s : u"楼上漏水严重"_s);
        m_db->maintainSearchIndex();
        m_db->maintainSearchIndex();
        if (m_db->isSqlite())
            QCOMPARE(Query(*m_db, u"SELECT v FROM cases_fts_config WHERE k = 'automerge'"_s).scalar().toInt(),
                     0);
        CaseQuery q;
        q.text = u"噪音扰民"_s;
        QCOMPARE(CaseRepository(*m_db).count(q), 20);
        q.text = u"漏水"_s;
        QCOMPARE(CaseRepository(*m_db).count(q), 40);
    }

    void listPagesAndFilters()
    {
        const Actor reception = countyReception();
        for (int i = 0; i < 25; ++i) {
            CaseRecord c =
                draft(u"测试案件%1"_s.arg(i), i % 2 ? m_town.neighbourDispute.id : m_town.wages.id);
            c.orgUnitId = i % 5 == 0 ? m_town.grid3.id : m_town.grid1.id;
            c.urgency = i % 3 == 0 ? Urgency::Urgent : Urgency::Normal;
            m_service->report(c, reception);
            m_clock.advanceSecs(i % 4 == 0 ? 0 : 60); // some share a received time
        }
        CaseRepository repo(*m_db);
        for (const auto sort : {CaseQuery::Sort::ReceivedDesc, CaseQuery::Sort::DeadlineAsc}) {
            CaseQuery q;
            q.sort = sort;
            q.limit = 7;
            QSet<qint64> seen;
            qint64 lastKey = sort == CaseQuery::Sort::ReceivedDesc ? std::numeric_limits<qint64>::max() : 0;
            for (int page = 0; page < 10; ++page) {
                const auto rows = repo.list(q);
                if (rows.isEmpty())
                    break;
                QVERIFY(rows.size() <= 7);
                for (const auto &r : rows) {
                    QVERIFY2(!seen.contains(r.id), "row repeated across pages");
                    seen.insert(r.id);
                    const qint64 key = CaseRepository::sortKey(r, sort);
                    QVERIFY(sort == CaseQuery::Sort::ReceivedDesc ? key <= lastKey : key >= lastKey);
                    lastKey = key;
                }
                q.afterId = rows.last().id;
                q.afterKey = CaseRepository::sortKey(rows.last(), sort);
            }
            QCOMPARE(seen.size(), 25);
        }
        CaseQuery byTownship;
        byTownship.orgUnitId = m_town.township2.id;
        QCOMPARE(repo.count(byTownship), 5);
        byTownship.orgUnitId = m_town.village1.id;
        QCOMPARE(repo.count(byTownship), 20);
        CaseQuery byCategory;
        byCategory.categoryId = m_town.disputes.id; // parent category includes its children
        QCOMPARE(repo.count(byCategory), 12);
        CaseQuery byUrgency;
        byUrgency.urgency = Urgency::Urgent;
        QCOMPARE(repo.count(byUrgency), 9);
        CaseQuery byStatus;
        byStatus.statuses = {CaseStatus::Registered};
        QCOMPARE(repo.count(byStatus), 0);
        QCOMPARE(repo.countByStatus().value(CaseStatus::Reported), 25);
        QCOMPARE(repo.countByStatus(m_town.township2.id).value(CaseStatus::Reported), 5);
    }

    void confidentialCasesStayOutOfOtherAccountsLists()
    {
        reportOne(u"普通案件"_s);
        CaseRecord secret = draft(u"涉密举报"_s);
        secret.confidential = true;
        m_service->report(secret, m_town.actor(m_town.reception));
        CaseRepository repo(*m_db);
        auto titlesFor = [&](qint64 viewer) {
            CaseQuery q;
            q.viewerUserId = viewer;
            QStringList out;
            for (const auto &row : repo.list(q))
                out << row.title;
            out.sort();
            return out;
        };
        QCOMPARE(titlesFor(m_town.duty.id), QStringList{u"普通案件"_s});
        QCOMPARE(titlesFor(m_town.reception.id),
                 (QStringList{u"普通案件"_s, u"涉密举报"_s})); // registered it
        CaseQuery counted;
        counted.viewerUserId = m_town.duty.id;
        QCOMPARE(repo.count(counted), 1);
    }

    // ------------------------------------------------------------ workflow

    void sixStepLoop()
    {
        CaseRecord c = reportOne();
        ACT(c, CaseAction::Register, {}, m_town.reception, CaseStatus::Registered);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        dispatch.note = u"请尽快调解"_s;
        ACT(c, CaseAction::Dispatch, dispatch, m_town.duty, CaseStatus::Dispatched);
        QCOMPARE(c.departmentId, m_town.judicial.id);
        QCOMPARE(c.deadline.date(),
                 QDate(2025, 2, 7)); // working days after 24 Jan: 26 (adjusted), 27, 5, 6, 7 Feb
        ACT(c, CaseAction::Sign, {}, m_town.handler, CaseStatus::InProgress);
        ActionInput feedback;
        feedback.result = u"已组织双方调解,楼上住户同意维修"_s;
        feedback.disputeSettled = true;
        ACT(c, CaseAction::SubmitFeedback, feedback, m_town.handler, CaseStatus::Feedback);
        ActionInput close;
        close.satisfaction = Satisfaction::Satisfied;
        ACT(c, CaseAction::Close, close, m_town.duty, CaseStatus::Closed);
        QVERIFY(c.closedAt.isValid());
        QCOMPARE(c.satisfaction, std::optional(Satisfaction::Satisfied));
        QCOMPARE(c.disputeSettled, std::optional(true));
        ACT(c, CaseAction::Archive, {}, m_town.leader, CaseStatus::Archived);

        const auto flow = CaseRepository(*m_db).flow(c.id);
        QCOMPARE(flow.size(), 7);
        const QList<CaseAction> expected{CaseAction::Report, CaseAction::Register,       CaseAction::Dispatch,
                                         CaseAction::Sign,   CaseAction::SubmitFeedback, CaseAction::Close,
                                         CaseAction::Archive};
        for (int i = 0; i < flow.size(); ++i)
            QCOMPARE(flow[i].action, expected[i]);
        QCOMPARE(flow[2].departmentId, m_town.judicial.id);
        QCOMPARE(flow[2].note, u"请尽快调解"_s);
        QCOMPARE(flow[2].days, 5);
        QCOMPARE(flow[4].note, u"已组织双方调解,楼上住户同意维修"_s);
        QCOMPARE(flow[4].actorName, u"钱司法"_s);
        QCOMPARE(c.version, 7);
    }

    // A pending extension request never vanishes: feedback waits for it, the handler may withdraw it
    // (a flow row naming its days), and an action moving the case on says in its flow row that the
    // request lapsed with it.
    void pendingExtensionIsSettledInTheFlow()
    {
        CaseRecord c = reportOne();
        ACT(c, CaseAction::Register, {}, m_town.duty, CaseStatus::Registered);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        ACT(c, CaseAction::Dispatch, dispatch, m_town.duty, CaseStatus::Dispatched);
        ACT(c, CaseAction::Sign, {}, m_town.handler, CaseStatus::InProgress);
        ActionInput extension;
        extension.days = 4;
        extension.note = u"需等待鉴定结果"_s;
        ACT(c, CaseAction::RequestExtension, extension, m_town.handler, CaseStatus::InProgress);

        ActionInput feedback;
        feedback.result = u"已调解"_s;
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::SubmitFeedback, feedback,
                                      m_town.actor(m_town.handler)),
                     Error::Kind::InvalidState);
        QCOMPARE(CaseRepository(*m_db).get(c.id)->extensionPendingDays, 4);
        // Only the handler's side withdraws, and only a pending request.
        EXPECT_ERROR(
            m_service->apply(c.id, c.version, CaseAction::WithdrawExtension, {}, m_town.actor(m_town.leader)),
            Error::Kind::Forbidden);
        ActionInput withdraw;
        withdraw.note = u"鉴定结果已出"_s;
        ACT(c, CaseAction::WithdrawExtension, withdraw, m_town.handler, CaseStatus::InProgress);
        QCOMPARE(c.extensionPendingDays, 0);
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::WithdrawExtension, {},
                                      m_town.actor(m_town.handler)),
                     Error::Kind::InvalidState);
        QList<FlowEntry> flow = CaseRepository(*m_db).flow(c.id);
        QCOMPARE(flow.last().action, CaseAction::WithdrawExtension);
        QCOMPARE(flow.last().days, 4);
        QCOMPARE(flow.last().note, u"鉴定结果已出"_s);

        // A request left pending when the case is returned lapses, and the return's row says so.
        ACT(c, CaseAction::RequestExtension, extension, m_town.handler, CaseStatus::InProgress);
        ActionInput back;
        back.note = u"不属于本部门职责"_s;
        ACT(c, CaseAction::Return, back, m_town.handler, CaseStatus::Registered);
        QCOMPARE(c.extensionPendingDays, 0);
        flow = CaseRepository(*m_db).flow(c.id);
        QCOMPARE(flow.last().action, CaseAction::Return);
        const QString unit = c.deadlineWorkingDays ? u"个工作日"_s : u"天"_s;
        QCOMPARE(flow.last().note, u"不属于本部门职责\n延期申请（4 %1）随之失效"_s.arg(unit));

        // With the request withdrawn, feedback goes through.
        ACT(c, CaseAction::Dispatch, dispatch, m_town.duty, CaseStatus::Dispatched);
        ACT(c, CaseAction::Sign, {}, m_town.handler, CaseStatus::InProgress);
        ACT(c, CaseAction::RequestExtension, extension, m_town.handler, CaseStatus::InProgress);
        ACT(c, CaseAction::WithdrawExtension, {}, m_town.handler, CaseStatus::InProgress);
        ACT(c, CaseAction::SubmitFeedback, feedback, m_town.handler, CaseStatus::Feedback);
    }

    void sideActions()
    {
        CaseRecord c = reportOne();
        ACT(c, CaseAction::Register, {}, m_town.duty, CaseStatus::Registered);
        ActionInput dispatch;
        dispatch.departmentId = m_town.police.id;
        ACT(c, CaseAction::Dispatch, dispatch, m_town.duty, CaseStatus::Dispatched);
        // the judicial handler may not touch a case sent to the police station
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::Sign, {}, m_town.actor(m_town.handler)),
                     Error::Kind::Forbidden);
        ActionInput transfer;
        transfer.departmentId = m_town.judicial.id;
        transfer.note = u"属于民间纠纷,转司法所"_s;
        ACT(c, CaseAction::Transfer, transfer, m_town.duty, CaseStatus::Dispatched);
        QCOMPARE(c.departmentId, m_town.judicial.id);
        ActionInput urge;
        urge.note = u"请今日内签收"_s;
        ACT(c, CaseAction::Urge, urge, m_town.duty, CaseStatus::Dispatched);
        ACT(c, CaseAction::Sign, {}, m_town.handler, CaseStatus::InProgress);

        ActionInput extension;
        extension.days = 3;
        extension.note = u"需等待鉴定结果"_s;
        const QDateTime before = c.deadline;
        ACT(c, CaseAction::RequestExtension, extension, m_town.handler, CaseStatus::InProgress);
        QCOMPARE(c.extensionPendingDays, 3);
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::RequestExtension, extension,
                                      m_town.actor(m_town.handler)),
                     Error::Kind::InvalidState);
        ActionInput approve;
        approve.days = 2; // fewer than asked
        ACT(c, CaseAction::ApproveExtension, approve, m_town.leader, CaseStatus::InProgress);
        QCOMPARE(c.extensionPendingDays, 0);
        QCOMPARE(WorkCalendar(CalendarRepository(*m_db).load())
                     .workingDaysBetween(before.date(), c.deadline.date()),
                 2);
        ACT(c, CaseAction::RequestExtension, extension, m_town.handler, CaseStatus::InProgress);
        ActionInput refuse;
        refuse.note = u"理由不充分"_s;
        ACT(c, CaseAction::RefuseExtension, refuse, m_town.leader, CaseStatus::InProgress);
        QCOMPARE(c.extensionPendingDays, 0);

        ActionInput supervise;
        supervise.superviseLevel = SuperviseLevel::YellowCard;
        supervise.note = u"群众反映强烈"_s;
        ACT(c, CaseAction::Supervise, supervise, m_town.leader, CaseStatus::InProgress);
        QCOMPARE(c.superviseLevel, SuperviseLevel::YellowCard);

        ActionInput back;
        back.note = u"不属于本部门职责"_s;
        ACT(c, CaseAction::Return, back, m_town.handler, CaseStatus::Registered);
        QCOMPARE(c.departmentId, 0);

        // escalate one level up (township -> county); straight past a level needs urgency
        ActionInput up;
        up.note = u"涉及多个乡镇"_s;
        ACT(c, CaseAction::Escalate, up, m_town.duty, CaseStatus::Reported);
        QCOMPARE(c.levelOrgUnitId, m_town.county.id);
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::Escalate, up, m_town.actor(m_town.duty)),
                     Error::Kind::Validation); // already at the top
        ActionInput down;
        down.orgUnitId = m_town.village1.id;
        down.note = u"由村调委会先行调解"_s;
        ACT(c, CaseAction::HandDown, down, m_town.leader, CaseStatus::Reported);
        QCOMPARE(c.levelOrgUnitId, m_town.village1.id);
        ActionInput sideways;
        sideways.orgUnitId = m_town.village3.id;
        sideways.note = u"x"_s;
        EXPECT_ERROR(
            m_service->apply(c.id, c.version, CaseAction::HandDown, sideways, m_town.actor(m_town.leader)),
            Error::Kind::Validation);
        ActionInput skip;
        skip.orgUnitId = m_town.county.id;
        skip.note = u"越级"_s;
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::Escalate, skip, m_town.actor(m_town.duty)),
                     Error::Kind::Validation); // a normal case may not skip the township

        // decline, then archive
        CaseRecord d = reportOne(u"咨询社保缴费"_s);
        ActionInput reason;
        reason.note = u"属咨询类,已当场解答"_s;
        ACT(d, CaseAction::Decline, reason, m_town.reception, CaseStatus::Declined);
        ACT(d, CaseAction::Archive, {}, m_town.duty, CaseStatus::Archived);

        // settle on the spot, then reopen after an unsatisfied call-back
        CaseRecord s = reportOne(u"邻居占道堆放杂物"_s);
        ActionInput settled;
        settled.result = u"网格员现场协调,已清理"_s;
        settled.disputeSettled = true;
        ACT(s, CaseAction::SettleOnSpot, settled, m_town.reception, CaseStatus::Closed);
        ActionInput reopen;
        reopen.days = 5;
        reopen.note = u"回访不满意,杂物又堆回"_s;
        ACT(s, CaseAction::Reopen, reopen, m_town.duty, CaseStatus::Dispatched);
        QVERIFY(!s.closedAt.isValid());
        QVERIFY(s.deadline > m_clock.now());
    }

    void refusedActionsChangeNothing()
    {
        CaseRecord c = reportOne();
        // a department handler may not register, a reception clerk may not dispatch
        EXPECT_ERROR(
            m_service->apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.handler)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::Close, {}, m_town.actor(m_town.duty)),
                     Error::Kind::InvalidState);
        ACT(c, CaseAction::Register, {}, m_town.duty, CaseStatus::Registered);
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        EXPECT_ERROR(
            m_service->apply(c.id, c.version, CaseAction::Dispatch, dispatch, m_town.actor(m_town.reception)),
            Error::Kind::Forbidden);
        EXPECT_ERROR(m_service->apply(c.id, c.version, CaseAction::Dispatch, {}, m_town.actor(m_town.duty)),
                     Error::Kind::Validation);
        dispatch.departmentId = 999999;
        EXPECT_ERROR(
            m_service->apply(c.id, c.version, CaseAction::Dispatch, dispatch, m_town.actor(m_town.duty)),
            Error::Kind::Validation);
        EXPECT_ERROR(m_service->apply(987654, 1, CaseAction::Register, {}, m_town.actor(m_town.duty)),
                     Error::Kind::NotFound);
        const auto stored = CaseRepository(*m_db).get(c.id);
        QCOMPARE(stored->status, CaseStatus::Registered);
        QCOMPARE(stored->version, c.version);
        QCOMPARE(flowCount(c.id), 2);
    }

    void staleVersionIsAConflict()
    {
        const CaseRecord c = reportOne();
        auto second = m_testDb->connectAgain();
        CaseService otherCounter(*second, m_clock, CalendarRepository(*second).load());
        // both officers loaded version 1; the other counter registers first
        otherCounter.apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.duty));
        ActionInput reason;
        reason.note = u"重复件"_s;
        EXPECT_ERROR(
            m_service->apply(c.id, c.version, CaseAction::Decline, reason, m_town.actor(m_town.reception)),
            Error::Kind::Conflict);
        const auto stored = CaseRepository(*m_db).get(c.id);
        QCOMPARE(stored->status, CaseStatus::Registered);
        QCOMPARE(stored->version, 2);
        QCOMPARE(flowCount(c.id), 2);
    }

    void concurrentNumberingHasNoDuplicatesOrGaps()
    {
        constexpr int writers = 4;
        constexpr int perWriter = 15;
        const QString url = m_testDb->currentUrl();
        const TestTown town = m_town;
        std::atomic<int> failures{0};
        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            threads << QThread::create([&, w] {
                try {
                    Database db(url);
                    SystemClock clock;
                    CaseService service(db, clock, WorkCalendar::bundled());
                    for (int i = 0; i < perWriter; ++i) {
                        CaseRecord c;
                        c.title = u"并发登记%1-%2"_s.arg(w).arg(i);
                        c.categoryId = town.wages.id;
                        c.orgUnitId = town.grid2.id;
                        for (int attempt = 0;; ++attempt) {
                            try {
                                service.report(c, town.actor(town.reception));
                                break;
                            } catch (const Error &e) {
                                if (e.kind() != Error::Kind::Conflict || attempt > 20)
                                    throw;
                            }
                        }
                    }
                } catch (const Error &e) {
                    qWarning() << e.message() << e.detail();
                    ++failures;
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QCOMPARE(failures.load(), 0);
        Query q(*m_db, u"SELECT seq, case_no FROM cases WHERE township_id = ? AND year = ? ORDER BY seq"_s);
        q.bind(m_town.township1.id).bind(QDate::currentDate().year()).exec();
        QList<int> seqs;
        QSet<QString> numbers;
        while (q.next()) {
            seqs << q.integer(0);
            numbers.insert(q.text(1));
        }
        QCOMPARE(seqs.size(), writers * perWriter);
        QCOMPARE(numbers.size(), writers * perWriter);
        for (int i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], i + 1);
    }

    void droppedConnectionIsReported()
    {
        if (!m_testDb->isPostgres())
            QSKIP("a server-side disconnect only exists on PostgreSQL");
        auto victim = m_testDb->connectAgain();
        const qint64 pid = Query(*victim, u"SELECT pg_backend_pid()"_s).scalar().toLongLong();
        Query(*m_db, u"SELECT pg_terminate_backend(?)"_s).bind(pid).exec();
        QTest::qWait(200);
        EXPECT_ERROR(CaseRepository(*victim).count({}), Error::Kind::Connection);
        QVERIFY(!victim->isAlive());
        victim->reconnect();
        QVERIFY(victim->isAlive());
        QCOMPARE(CaseRepository(*victim).count({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
