// The audit witness in the desktop app, on both backends: the admin's reminder to take a checkpoint
// and the chain's head printed on the dispatch slip.
#include "AuditLog.h"
#include "AuditWitness.h"
#include "CaseService.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "dispatch/DispatchSlip.h"
#include "shell/CheckpointReminder.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestAuditReminder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    QTemporaryDir m_files;

    AppContext contextFor(const User &user) const
    {
        return AppContext{*m_db, m_clock, WorkCalendar::bundled(), user};
    }

    void takeCheckpoint()
    {
        const AuditWitness::KeyPair keys = AuditWitness::generateKeyPair();
        AuditWitness witness(*m_db, m_clock);
        witness.trust(keys.publicKey, {}, {}, u"cli:test"_s);
        witness.checkpoint(keys, m_files.filePath(u"checkpoint-%1"_s.arg(m_clock.now().toSecsSinceEpoch())),
                           {}, u"cli:test"_s);
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
    }

    void cleanupTestCase() { m_db.reset(); }

    void remindsAdminsWeekly()
    {
        const AppContext admin = contextFor(m_town.admin);
        QMainWindow window;
        auto *reminder = new CheckpointReminder(admin, &window);
        QLabel *label = window.statusBar()->findChild<QLabel *>(u"checkpointReminderLabel"_s);
        QVERIFY(label);
        QCOMPARE(reminder->label(), label);
        QVERIFY(!label->isHidden()); // no checkpoint yet
        QVERIFY2(label->text().contains(u"还没有"_s), qPrintable(label->text()));

        takeCheckpoint();
        QVERIFY(!reminder->check());
        QVERIFY(label->isHidden());
        m_clock.advanceDays(6);
        QVERIFY(!reminder->check());
        m_clock.advanceDays(1);
        QVERIFY(reminder->check());
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(u"7 天"_s), qPrintable(label->text()));
        takeCheckpoint();
        QVERIFY(!reminder->check());
    }

    void notForOtherAccounts()
    {
        for (const User &user : {m_town.leader, m_town.duty, m_town.reception}) {
            const AppContext context = contextFor(user);
            QMainWindow window;
            const auto *reminder = new CheckpointReminder(context, &window);
            QVERIFY(!reminder->label());
            QVERIFY(!window.statusBar()->findChild<QLabel *>(u"checkpointReminderLabel"_s));
        }
        QVERIFY(CheckpointReminder::appliesTo(m_town.admin));
    }

    void slipCarriesTheHead()
    {
        CaseService service(*m_db, m_clock, CalendarRepository(*m_db).load());
        CaseRecord c;
        c.title = u"楼道堆放杂物"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        c = service.report(c, m_town.actor(m_town.reception));
        c = service.apply(c.id, c.version, CaseAction::Register, {}, m_town.actor(m_town.reception));
        ActionInput dispatch;
        dispatch.departmentId = m_town.judicial.id;
        dispatch.days = 5;
        c = service.apply(c.id, c.version, CaseAction::Dispatch, dispatch, m_town.actor(m_town.duty));

        const AppContext duty = contextFor(m_town.duty);
        const QString html = DispatchSlip(duty, c.id).html();
        const auto head = AuditLog(*m_db, m_clock).head();
        QVERIFY(head);
        const QString mark = u"审计链 #%1 · %2"_s.arg(head->id).arg(head->hash.left(8));
        QVERIFY2(html.contains(mark), qPrintable(html.right(300)));
    }
};

QTEST_MAIN(TestAuditReminder)
#include "tst_audit_reminder.moc"
