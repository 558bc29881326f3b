// The 信访超市 badge and the leader's 重大紧急 notice, live across counters, on SQLite and PostgreSQL (the
// leader on his own login role): another counter's petition falls overdue and the count on 信访超市 says so
// (with the due-soon ones in its tooltip); once it is accepted the count drops, without a restart. A petition
// registered 重大紧急 at another counter is announced in the leader's window at once, naming its number and
// matter; clicking the notice opens the petition. Screenshots in zh_CN and en.
#include "AccountService.h"
#include "AuthService.h"
#include "Database.h"
#include "Error.h"
#include "NoticeService.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "dispatch/NoticeNotifier.h"
#include "petition/DocumentTemplate.h"
#include "petition/PetitionBadge.h"
#include "petition/PetitionDialog.h"
#include "petition/PetitionRepository.h"
#include "petition/PetitionService.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestPetitionBadgeGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    User m_leader;
    const QString m_password = u"Qingshi#2026"_s;
    QStringList m_roles;

    // Another counter: its own connection, the reception desk registering.
    qint64 registerElsewhere(const QString &request, bool urgent)
    {
        Database other(m_testDb->currentUrl());
        PetitionRecord p;
        p.channel = PetitionChannel::Visit;
        p.type = PetitionType::Claim;
        p.request = request;
        p.orgUnitId = m_town.village1.id;
        if (urgent)
            p.flags = PetitionFlag::MajorUrgent;
        Person who;
        who.name = u"褚十三"_s;
        who.phone = u"13922223333"_s;
        return PetitionService(other, m_clock, m_calendar)
            .registerPetition(p, {PetitionPersonInput{PetitionPersonRole::Petitioner, who}},
                              m_town.actor(m_town.reception))
            .id;
    }

    // Another counter's duty officer accepts it, with its 受理告知书.
    void acceptElsewhere(qint64 id)
    {
        Database other(m_testDb->currentUrl());
        const Actor duty = m_town.actor(m_town.duty);
        const auto p = PetitionRepository(other, duty).get(id);
        QVERIFY(p);
        DocumentIssue doc;
        doc.kind = DocumentKind::AcceptanceNotice;
        doc.body = DocumentTemplate::numberMarker() + u" 已受理。"_s;
        doc.numberPattern = DocumentTemplate::bundled(DocumentKind::AcceptanceNotice).numberPattern();
        doc.agencyCode = u"青"_s;
        PetitionService(other, m_clock, m_calendar)
            .apply(id, p->version, PetitionAction::Accept, {}, duty, doc);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Localization::applyChineseFont();
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
            m_calendar = CalendarRepository(*m_db).load();
            m_leader.login =
                u"pb%1_%2"_s.arg(QCoreApplication::applicationPid() % 1000000).arg(m_roles.size());
            m_roles << m_leader.login;
            m_leader.displayName = u"钱镇长"_s;
            m_leader.roles = Role::Leader;
            m_leader.orgUnitId = m_town.township1.id;
            AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(m_leader, m_password);
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(9, 0)));
    }

    void cleanup() { m_db.reset(); }

    void cleanupTestCase()
    {
        if (!m_testDb || !m_testDb->isPostgres())
            return;
        try {
            const auto db = m_testDb->connectAgain();
            for (const QString &role : std::as_const(m_roles))
                Query::run(*db, u"DROP ROLE IF EXISTS %1"_s.arg(role));
        } catch (const Error &e) {
            qWarning() << "could not drop test roles:" << e.detail();
        }
    }

    void overdueBadgeAndUrgentNotice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << u"zh_CN"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void overdueBadgeAndUrgentNotice()
    {
        QFETCH(QString, language);
        {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                // Received 03-02: its acceptance notice is due 03-17.
                qint64 first = 0;
                EXPECT_OK(first = registerElsewhere(u"村道积水，要求疏通排水沟"_s, false));
                m_clock.set(QDateTime(QDate(2026, 3, 15), QTime(9, 0)));

                Session session;
                EXPECT_OK(session =
                              AuthService(m_clock).login(m_testDb->currentUrl(), m_leader.login, m_password));
                const AppContext context{*session.db, m_clock, m_calendar, session.user};
                MainWindow window(context);
                window.resize(1200, 720);
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY(window.setCurrentModule(u"overview"_s));
                auto *badge = new PetitionBadge(window.context(), &window, std::chrono::hours(1));
                auto *notices = new NoticeNotifier(window.context(), &window, std::chrono::hours(1));
                QSignalSpy refreshed(badge, &PetitionBadge::refreshed);
                QSignalSpy checked(notices, &NoticeNotifier::checked);
                QTRY_VERIFY(refreshed.count() >= 1 && checked.count() >= 1);
                // Due in two days: not overdue yet, only in the count of the due-soon.
                QCOMPARE(window.moduleBadge(PetitionBadge::moduleId), 0);
                QCOMPARE(badge->dueSoon(), 1);

                // 03-18: the first is overdue. Another counter registers a 重大紧急 petition; the badge and
                // the notice follow without a click.
                m_clock.set(QDateTime(QDate(2026, 3, 18), QTime(9, 0)));
                qint64 urgent = 0;
                EXPECT_OK(urgent = registerElsewhere(u"村民聚集堵路，要求解决征地补偿款"_s, true));
                QTRY_COMPARE_WITH_TIMEOUT(window.moduleBadge(PetitionBadge::moduleId), 1, 15000);
                QCOMPARE(badge->overdue(), 1);
                auto *navigation = window.findChild<QListWidget *>(u"navigationListWidget"_s);
                QListWidgetItem *item =
                    navigation->item(int(window.moduleIds().indexOf(PetitionBadge::moduleId)));
                QCOMPARE(item->toolTip(), PetitionBadge::toolTip(1, 0, 3));
                QLabel *toast = notices->toast();
                QTRY_VERIFY(toast->isVisible());
                const QString number =
                    PetitionRepository(*m_db, m_town.actor(m_town.leader)).get(urgent)->petitionNo;
                QVERIFY2(toast->text().contains(number), qPrintable(toast->text()));
                QVERIFY(toast->text().contains(u"村民聚集堵路"_s));
                QVERIFY(!toast->text().contains(u"褚十三"_s) && !toast->text().contains(u"13922223333"_s));
                VERIFY_SCREENSHOT(&window, u"petition-badge-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(800, 500));

                // Clicking the notice opens the petition.
                QTest::mouseClick(toast, Qt::LeftButton);
                PetitionDialog *dialog = nullptr;
                QTRY_VERIFY((dialog = window.findChild<PetitionDialog *>()) && dialog->isVisible());
                QCOMPARE(dialog->record()->id, urgent);
                dialog->close();

                // Accepted elsewhere: its acceptance clock is met, the count drops.
                EXPECT_OK(acceptElsewhere(first));
                QTRY_COMPARE_WITH_TIMEOUT(window.moduleBadge(PetitionBadge::moduleId), 0, 15000);
                QCOMPARE(badge->overdue(), 0);
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestPetitionBadgeGui)
#include "tst_petition_badge_gui.moc"
