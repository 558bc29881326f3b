// The 交办单 for the assigned department may carry the reporter's full phone (a role rule in
// Permissions, audited as a reveal), masked for everyone else and for every other party; on SQLite
// and PostgreSQL.
#include "AuditLog.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "Validators.h"
#include "dispatch/CaseViewDialog.h"
#include "dispatch/DispatchSlip.h"

#include <QApplication>
#include <QCheckBox>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString reporterPhone = u"13812345678"_s;
const QString partyPhone = u"13998765432"_s;

} // namespace

class TestSlipContact : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    std::vector<std::unique_ptr<AppContext>> m_contexts;

    const AppContext &contextFor(const User &u)
    {
        m_contexts.push_back(std::make_unique<AppContext>(AppContext{*m_db, m_clock, m_calendar, u}));
        return *m_contexts.back();
    }

    qint64 reportedCase()
    {
        CaseRecord c;
        c.title = u"拖欠工资"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        CaseParty reporter;
        reporter.name = u"张三"_s;
        reporter.phone = reporterPhone;
        CaseParty other;
        other.role = PartyRole::Party;
        other.name = u"李四"_s;
        other.phone = partyPhone;
        c.parties = {reporter, other};
        return CaseService(*m_db, m_clock, m_calendar).report(c, m_town.actor(m_town.reception)).id;
    }

    void act(qint64 id, CaseAction action, const User &u, ActionInput in = {})
    {
        CaseService(*m_db, m_clock, m_calendar)
            .apply(id, CaseRepository(*m_db).get(id)->version, action, in, m_town.actor(u));
    }

    qint64 reveals()
    {
        return Query(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'reveal'"_s)
            .scalar()
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
            m_db = m_testDb->fresh();
            m_town = TestTown::create(*m_db);
            CalendarRepository(*m_db).seedFromBundled();
            m_calendar = CalendarRepository(*m_db).load();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void phoneForTheAssignedDepartment()
    {
        const qint64 id = reportedCase();
        act(id, CaseAction::Register, m_town.duty);
        // not dispatched yet: nobody's slip carries it
        EXPECT_ERROR(DispatchSlip(contextFor(m_town.duty), id, DispatchSlip::Contact::ReporterPhone),
                     Error::Kind::Forbidden);
        act(id, CaseAction::Dispatch, m_town.duty, ActionInput{.departmentId = m_town.judicial.id});

        const qint64 before = reveals();
        for (const User &u : {m_town.handler, m_town.duty}) {
            const DispatchSlip slip(contextFor(u), id, DispatchSlip::Contact::ReporterPhone);
            const QString html = slip.html();
            QVERIFY2(html.contains(reporterPhone), qPrintable(u.login));
            QVERIFY(!html.contains(partyPhone)); // only the reporter's
            QVERIFY(html.contains(Masking::phone(partyPhone)));
        }
        QCOMPARE(reveals(), before + 2);
        const QString detail =
            Query(*m_db, u"SELECT detail FROM audit_log WHERE action = 'reveal' ORDER BY id DESC"_s)
                .scalar()
                .toString();
        QVERIFY(!detail.contains(reporterPhone));
        QVERIFY(detail.contains(u"slip"_s));

        // masked by default, and for those the rule leaves out
        QVERIFY(!DispatchSlip(contextFor(m_town.handler), id).html().contains(reporterPhone));
        User police = m_town.handler;
        police.departmentId = m_town.police.id;
        for (const User &u : {police, m_town.reception, m_town.leader})
            EXPECT_ERROR(DispatchSlip(contextFor(u), id, DispatchSlip::Contact::ReporterPhone),
                         Error::Kind::Forbidden);
        QCOMPARE(reveals(), before + 2);
    }

    void caseViewOffersItToThoseAllowed()
    {
        const qint64 id = reportedCase();
        act(id, CaseAction::Register, m_town.duty);
        act(id, CaseAction::Dispatch, m_town.duty, ActionInput{.departmentId = m_town.judicial.id});
        User police = m_town.handler;
        police.departmentId = m_town.police.id;
        const auto offered = [&](const User &u) {
            CaseViewDialog view(contextFor(u), id);
            auto *check = view.findChild<QCheckBox *>(u"slipContactCheckBox"_s);
            return check && !check->isHidden();
        };
        QVERIFY(offered(m_town.handler));
        QVERIFY(offered(m_town.duty));
        QVERIFY(!offered(m_town.leader));
        QVERIFY(!offered(m_town.reception));
    }
};

QTEST_MAIN(TestSlipContact)
#include "tst_slip_contact.moc"
