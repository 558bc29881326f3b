// The petition tiles of 统计分析 (issues 14 and 12) driven through the widgets on SQLite and PostgreSQL:
// petitions made through PetitionService by the windows' own accounts; a township leader and a county
// leader, each on his own login (PostgreSQL: his login role under row-level security), open the
// dashboard; every petition tile and each of its numbers opens the 信访台账 narrowed to exactly that
// many petitions, with a banner that says so and clears; an account that may not see petitions gets no
// petition tiles, and a scope narrowed by category shows why there are none; zh_CN and en screenshots.
#include "AccountService.h"
#include "AuthService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "petition/DocumentTemplate.h"
#include "petition/PetitionBoardModel.h"
#include "petition/PetitionBoardPage.h"
#include "petition/PetitionService.h"
#include "reports/DashboardPage.h"
#include "reports/PetitionIndicatorTile.h"
#include "shell/AppContext.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

// The dashboard computes in a thread of its own: wait until its figures are on the page.
#define SETTLE(page) QVERIFY(QTest::qWaitFor([&] { return !(page).isBusy(); }, 60000))

namespace {

const QString password = u"Qingshi#2026"_s;

Person person(const QString &name, const QString &id17, const QString &phone)
{
    Person p;
    p.name = name;
    p.residentId = id17 + Validators::residentIdCheckChar(id17);
    p.phone = phone;
    return p;
}

} // namespace

class TestDashboardPetitionsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 10, 8), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    QStringList m_roles;
    std::vector<Session> m_sessions;
    const Session *m_reception = nullptr, *m_duty = nullptr, *m_leader = nullptr, *m_reception2 = nullptr,
                  *m_leader2 = nullptr, *m_county = nullptr;

    const Session *staff(const QString &base, Roles roles, qint64 orgUnitId)
    {
        User u;
        u.login = u"dp%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(base);
        u.displayName = u"测试"_s + base;
        u.roles = roles;
        u.orgUnitId = orgUnitId;
        m_roles << u.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(u, password);
        m_sessions.push_back(AuthService(m_clock).login(m_testDb->currentUrl(), u.login, password));
        return &m_sessions.back();
    }

    PetitionService service(const Session *s) const
    {
        return PetitionService(*s->db, m_clock, CalendarRepository(*s->db).load());
    }

    PetitionRecord registerOne(const Session *s, const QString &request, const Person &who, qint64 place)
    {
        PetitionRecord p;
        p.channel = PetitionChannel::Visit;
        p.type = PetitionType::Claim;
        p.request = request;
        p.facts = u"事实与理由"_s;
        p.orgUnitId = place;
        return service(s).registerPetition(p, {PetitionPersonInput{PetitionPersonRole::Petitioner, who}},
                                           s->actor());
    }

    DocumentIssue document(DocumentKind kind, const Session *s) const
    {
        DocumentIssue d;
        d.kind = kind;
        d.body = u"文书正文"_s;
        d.numberPattern = DocumentTemplate::bundled(kind).numberPattern();
        d.agencyCode = s->user.orgUnitId == m_town.township2.id ? u"南"_s : u"青"_s;
        return d;
    }

    void act(const Session *s, PetitionRecord &p, PetitionAction action, PetitionActionInput in = {},
             const std::optional<DocumentIssue> &doc = {})
    {
        in.date = m_clock.now().date();
        p = service(s).apply(p.id, p.version, action, in, s->actor(), doc);
    }

    void on(int month, int day) { m_clock.set(QDateTime(QDate(2026, month, day), QTime(9, 0))); }

    // October 2026: four petitions in 青石镇 (accepted and answered, declined, never decided — its
    // acceptance notice overdue — and one accepted late), one in 城南 (accepted, its handling
    // running); September: one, for 环比.
    void build()
    {
        const qint64 v1 = m_town.village1.id;
        on(9, 10);
        PetitionRecord s1 = registerOne(m_reception, u"九月的信访"_s,
                                        person(u"周一"_s, u"33010219700101011"_s, u"13800000011"_s), v1);
        act(m_duty, s1, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_duty));
        on(10, 8);
        PetitionRecord a1 = registerOne(m_reception, u"宅基地纠纷"_s,
                                        person(u"张三"_s, u"33010219700101001"_s, u"13800000001"_s), v1);
        PetitionRecord a2 = registerOne(m_reception, u"工资拖欠"_s,
                                        person(u"李四"_s, u"33010219700101002"_s, u"13800000002"_s), v1);
        registerOne(m_reception, u"排水不畅"_s, person(u"王五"_s, u"33010219700101003"_s, u"13800000003"_s),
                    m_town.village2.id);
        PetitionRecord a4 = registerOne(m_reception, u"养老金"_s,
                                        person(u"孙七"_s, u"33010219700101005"_s, u"13800000005"_s), v1);
        PetitionRecord b1 =
            registerOne(m_reception2, u"道路破损"_s,
                        person(u"赵八"_s, u"33010219700101007"_s, u"13800000007"_s), m_town.village3.id);
        on(10, 9);
        act(m_duty, a1, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_duty));
        act(m_leader2, b1, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_leader2));
        on(10, 12);
        act(m_duty, a2, PetitionAction::Decline, PetitionActionInput{.note = u"不属于受理范围"_s},
            document(DocumentKind::NonAcceptanceNotice, m_duty));
        on(10, 20);
        PetitionActionInput reply;
        reply.decision = PetitionDecision::Explain;
        reply.result = u"解释说明"_s;
        reply.basis = u"《信访工作条例》"_s;
        act(m_duty, a1, PetitionAction::Reply, reply, document(DocumentKind::HandlingOpinion, m_duty));
        on(10, 21);
        PetitionActionInput delivery;
        delivery.delivery = DeliveryMethod::InPerson;
        act(m_duty, a1, PetitionAction::Deliver, delivery);
        on(10, 30);
        act(m_duty, a4, PetitionAction::Accept, {}, document(DocumentKind::AcceptanceNotice, m_duty)); // late
        on(11, 5);
    }

    AppContext context(const Session *s) const
    {
        return AppContext{*s->db, m_clock, m_calendar, s->user, nullptr};
    }

    template <typename F> PetitionBoardPage *drillOf(DashboardPage &page, F &&click)
    {
        PetitionBoardPage *opened = nullptr;
        const auto c = connect(&page, &DashboardPage::petitionDrillOpened, this,
                               [&](PetitionBoardPage *p) { opened = p; });
        click();
        disconnect(c);
        return opened;
    }

    // The petitions the board lists (every page read), after checking its banner says as many.
    qint64 listed(PetitionBoardPage *board)
    {
        if (!board)
            return -1;
        PetitionBoardModel *model = board->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        const qint64 rows = model->rowCount();
        auto *bar = board->findChild<QWidget *>(u"drillBar"_s);
        auto *label = board->findChild<QLabel *>(u"drillLabel"_s);
        if (!bar || bar->isHidden() || !label->text().contains(QString::number(rows)) ||
            board->drillCount() != rows)
            return -2;
        board->window()->close();
        return rows;
    }

    // Every petition tile: the tile and its numerator open the numerator's petitions, the
    // denominator the denominator's; each board lists as many as the figure counted.
    void everyTileDrills(DashboardPage &page)
    {
        const PetitionIndicatorCounts &c = page.currentPetitions().total;
        for (const PetitionIndicator i : allPetitionIndicators()) {
            PetitionIndicatorTile *tile = page.petitionTile(i);
            QVERIFY(tile);
            QVERIFY(tile->isVisible());
            PetitionBoardPage *board = drillOf(page, [&] { QTest::mouseClick(tile, Qt::LeftButton); });
            QVERIFY2(board, qPrintable(petitionIndicatorKey(i)));
            QCOMPARE(board->drill()->set, petitionNumeratorSet(i));
            QCOMPARE(listed(board), petitionSetCount(c, petitionNumeratorSet(i)));
            board = drillOf(page, [&] { emit tile->formulaLabel()->linkActivated(u"numerator"_s); });
            QCOMPARE(listed(board), petitionSetCount(c, petitionNumeratorSet(i)));
            if (const auto d = petitionDenominatorSet(i)) {
                board = drillOf(page, [&] { emit tile->formulaLabel()->linkActivated(u"denominator"_s); });
                QVERIFY(board);
                QCOMPARE(board->drill()->set, *d);
                QCOMPARE(listed(board), petitionSetCount(c, *d));
            }
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
            m_calendar = CalendarRepository(*m_db).load();
            m_sessions.reserve(8); // the pointers below stay valid
            m_reception = staff(u"rec"_s, Role::Reception, m_town.township1.id);
            m_duty = staff(u"duty"_s, Role::DutyOfficer, m_town.township1.id);
            m_leader = staff(u"lead"_s, Role::Leader, m_town.township1.id);
            m_reception2 = staff(u"rec2"_s, Role::Reception, m_town.township2.id);
            m_leader2 = staff(u"lead2"_s, Role::Leader, m_town.township2.id);
            m_county = staff(u"county"_s, Role::Leader, m_town.county.id);
            build();
        } catch (const Error &e) {
            cleanupTestCase();
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
    }

    void cleanupTestCase()
    {
        m_sessions.clear();
        if (m_testDb && m_testDb->isPostgres() && m_db) {
            try {
                for (const QString &role : std::as_const(m_roles))
                    Query::run(*m_db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
            } catch (const Error &e) {
                qWarning() << "could not drop test roles:" << e.detail();
            }
        }
        m_roles.clear();
    }

    void townshipLeader()
    {
        const AppContext leader = context(m_leader);
        DashboardPage page(leader);
        page.setComputeInBackground(true); // as in the module: on a connection of its own, his login
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SETTLE(page);
        SETTLE(page);
        QCOMPARE(page.period(), ReportPeriod::month(2026, 10));
        QVERIFY(page.petitionTilesShown());
        const PetitionIndicatorCounts &c = page.currentPetitions().total;
        QCOMPARE(c.received, 4); // 城南's is not his
        QCOMPARE(c.decided, 3);
        QCOMPARE(c.accepted, 2);
        QCOMPARE(c.noticeDue, 4);
        QCOMPARE(c.noticeOnTime, 2); // the late acceptance and the one never decided
        QCOMPARE(c.handlingMet, 1);
        QCOMPARE(c.repliesDelivered, 1);
        QCOMPARE(c.overdueOpen, 1);
        QCOMPARE(page.petitionTile(PetitionIndicator::Received)->valueText(), u"4"_s);
        QCOMPARE(page.petitionTile(PetitionIndicator::AcceptanceRate)->valueText(), u"66.7%"_s);
        QVERIFY(page.petitionTile(PetitionIndicator::AcceptanceRate)->toolTip().contains(u"2 ÷ 3"_s));
        QVERIFY(page.petitionTile(PetitionIndicator::AcceptanceRate)
                    ->toolTip()
                    .contains(petitionIndicatorFormula(PetitionIndicator::AcceptanceRate)));
        QVERIFY2(page.petitionTile(PetitionIndicator::Received)->changeText().contains(u"+300.0%"_s),
                 qPrintable(page.petitionTile(PetitionIndicator::Received)->changeText())); // September: 1
        QVERIFY(page.petitionTile(PetitionIndicator::Received)->changeText().contains(u"新增"_s)); // 2025: 0
        QVERIFY(page.petitionTile(PetitionIndicator::RecheckRate)->valueText() == u"—"_s);
        everyTileDrills(page);

        // The banner clears: the whole board again.
        PetitionBoardPage *board = drillOf(page, [&] {
            QTest::mouseClick(page.petitionTile(PetitionIndicator::OverdueOpen), Qt::LeftButton);
        });
        QVERIFY(board);
        QCOMPARE(board->model()->rowCount(), 1);
        QTest::mouseClick(board->findChild<QToolButton *>(u"clearDrillButton"_s), Qt::LeftButton);
        QVERIFY(!board->drill());
        QVERIFY(board->findChild<QWidget *>(u"drillBar"_s)->isHidden());
        QCOMPARE(board->model()->rowCount(), 5); // his township's October and September petitions
        board->window()->close();
    }

    void countyLeader()
    {
        const AppContext county = context(m_county);
        DashboardPage page(county);
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SETTLE(page);
        QVERIFY(page.petitionTilesShown());
        QCOMPARE(page.currentPetitions().total.received, 5);
        QCOMPARE(page.currentPetitions().byTownship.size(), 2);
        everyTileDrills(page);
        // 城南 alone, picked as the place
        QVERIFY(page.setPlace(m_town.township2.id));
        SETTLE(page);
        QCOMPARE(page.currentPetitions().total.received, 1);
        QCOMPARE(page.currentPetitions().total.accepted, 1);
        everyTileDrills(page);
    }

    void noPetitionTilesWithoutThePermission()
    {
        // An account whose roles may not see petitions: no petition section at all.
        User user = m_town.leader;
        user.roles = Role::Admin;
        const AppContext admin{*m_db, m_clock, m_calendar, user, nullptr};
        DashboardPage page(admin);
        page.resize(1400, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SETTLE(page);
        QVERIFY(!page.petitionTilesShown());
        QVERIFY(page.findChild<QWidget *>(u"petitionSection"_s)->isHidden());

        // The leader narrows by category: petitions have none, so the tiles give way to a note.
        const AppContext leader = context(m_leader);
        DashboardPage narrowed(leader);
        narrowed.resize(1400, 1000);
        narrowed.show();
        QVERIFY(QTest::qWaitForWindowExposed(&narrowed));
        SETTLE(narrowed);
        QVERIFY(narrowed.petitionTilesShown());
        auto *category = narrowed.findChild<QComboBox *>(u"categoryComboBox"_s);
        QVERIFY(category->count() > 1);
        category->setCurrentIndex(1);
        SETTLE(narrowed);
        QVERIFY(!narrowed.petitionTilesShown());
        QVERIFY(narrowed.findChild<QLabel *>(u"petitionNote"_s)->isVisible());
        QVERIFY(!narrowed.petitionTile(PetitionIndicator::Received)->isVisible());
    }

    void screenshots()
    {
        const AppContext leader = context(m_leader);
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                DashboardPage page(leader);
                page.resize(1400, 1000);
                page.show();
                QVERIFY(QTest::qWaitForWindowExposed(&page));
                SETTLE(page);
                // The petition tiles in view.
                auto *scroll = page.findChild<QScrollArea *>(u"dashboardScroll"_s);
                scroll->ensureWidgetVisible(page.findChild<QWidget *>(u"petitionSection"_s), 0, 0);
                VERIFY_SCREENSHOT(&page,
                                  u"dashboard-petitions-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(1000, 700));
                PetitionBoardPage *board = drillOf(page, [&] {
                    emit page.petitionTile(PetitionIndicator::AcceptanceRate)
                        ->formulaLabel()
                        ->linkActivated(u"denominator"_s);
                });
                QVERIFY(board);
                QVERIFY(QTest::qWaitForWindowExposed(board->window()));
                QTest::qWait(50); // the banner's text laid out
                VERIFY_SCREENSHOT(board->window(),
                                  u"dashboard-petition-drill-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(600, 300));
                board->window()->close();
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestDashboardPetitionsGui)
#include "tst_dashboard_petitions_gui.moc"
