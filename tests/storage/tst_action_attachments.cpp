// Files on any action (migration 0014): stored with the action's flow row in its transaction, listed
// with the action they came with, refused whole when one is too large; on PostgreSQL a township login
// cannot add a file outside an action's transaction, hang it on an older flow row, or name another
// uploader.
#include "AccountService.h"
#include "AttachmentRepository.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "TestMacros.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString password = u"Qingshi#2026"_s;

CaseAttachment file(const QString &name, QByteArray content)
{
    CaseAttachment a;
    a.fileName = name;
    a.mimeType = u"image/jpeg"_s;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    a.content = std::move(content);
    return a;
}

} // namespace

class TestActionAttachments : public QObject
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

    CaseRecord act(const Database &db, qint64 id, CaseAction action, const Actor &actor, ActionInput in = {},
                   const QList<CaseAttachment> &files = {})
    {
        return service(db).apply(id, CaseRepository(db).get(id)->version, action, in, actor, files);
    }

    qint64 caseInProgress()
    {
        CaseRecord c;
        c.title = u"漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        const qint64 id =
            service(*m_db)
                .report(c, m_town.actor(m_town.reception), {}, {}, {file(u"现场.jpg"_s, "intake")})
                .id;
        act(*m_db, id, CaseAction::Register, m_town.actor(m_town.duty));
        act(*m_db, id, CaseAction::Dispatch, m_town.actor(m_town.duty),
            ActionInput{.departmentId = m_town.judicial.id});
        act(*m_db, id, CaseAction::Sign, m_town.actor(m_town.handler));
        return id;
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

    void storedWithTheAction()
    {
        const qint64 id = caseInProgress();
        const QByteArray agreement("signed mediation agreement");
        EXPECT_OK(act(*m_db, id, CaseAction::SubmitFeedback, m_town.actor(m_town.handler),
                      ActionInput{.result = u"已调解，双方签字"_s},
                      {file(u"调解协议书.pdf"_s, agreement), file(u"照片.jpg"_s, "photo")}));
        AttachmentRepository files(*m_db, m_town.actor(m_town.duty));
        const QList<AttachmentInfo> list = files.list(id);
        QCOMPARE(list.size(), 3);
        QVERIFY(!list.at(0).action); // the intake photo
        QCOMPARE(list.at(1).action, std::optional(CaseAction::SubmitFeedback));
        QCOMPARE(list.at(1).fileName, u"调解协议书.pdf"_s);
        QCOMPARE(list.at(1).uploaderName, m_town.handler.displayName);
        QCOMPARE(list.at(1).at, m_clock.now());
        QCOMPARE(files.content(list.at(1).id), agreement);
        const qint64 flowId =
            Query(*m_db, u"SELECT MAX(id) FROM case_flow WHERE case_id = ?"_s).bind(id).scalar().toLongLong();
        QCOMPARE(list.at(1).flowId, flowId);
        // out of scope: nothing to list or read
        Actor south = m_town.actor(m_town.duty);
        south.orgUnitId = m_town.township2.id;
        bool hidden = false;
        try {
            hidden = AttachmentRepository(*m_db, south).list(id).isEmpty();
        } catch (const Error &e) {
            hidden = e.kind() == Error::Kind::Forbidden;
        }
        QVERIFY(hidden);
        QByteArray leaked;
        try {
            leaked = AttachmentRepository(*m_db, south).content(list.at(1).id);
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::Forbidden);
        }
        QVERIFY(leaked.isEmpty());
    }

    void tooLargeRefusesTheWholeAction()
    {
        const qint64 id = caseInProgress();
        const int version = CaseRepository(*m_db).get(id)->version;
        EXPECT_ERROR(act(*m_db, id, CaseAction::SubmitFeedback, m_town.actor(m_town.handler),
                         ActionInput{.result = u"已处理"_s},
                         {file(u"big.jpg"_s, QByteArray(maxAttachmentSize + 1, 'x'))}),
                     Error::Kind::Validation);
        const auto c = *CaseRepository(*m_db).get(id);
        QCOMPARE(c.status, CaseStatus::InProgress);
        QCOMPARE(c.version, version);
        QCOMPARE(AttachmentRepository(*m_db, m_town.actor(m_town.duty)).list(id).size(), 1);
    }

    void serverHoldsAgainstRawSql()
    {
        if (!m_testDb->isPostgres())
            QSKIP("login roles and row-level security are PostgreSQL's");
        const qint64 id = caseInProgress();
        User handler;
        handler.login = u"aa%1_handler"_s.arg(QCoreApplication::applicationPid() % 1000000);
        handler.displayName = u"测试处置"_s;
        handler.roles = Role::DepartmentHandler;
        handler.orgUnitId = m_town.township1.id;
        handler.departmentId = m_town.judicial.id;
        m_roles << handler.login;
        AccountService(*m_db, m_clock, m_town.actor(m_town.admin)).create(handler, password);
        Session s = AuthService(m_clock).login(m_testDb->currentUrl(), handler.login, password);
        const qint64 oldFlow =
            Query(*m_db, u"SELECT MIN(id) FROM case_flow WHERE case_id = ?"_s).bind(id).scalar().toLongLong();
        const QString insert =
            u"INSERT INTO attachments (case_id, flow_id, file_name, mime_type, size, sha256, "
            "content, created_by, at) VALUES (%1, %2, 'x.jpg', 'image/jpeg', 1, '', 'x', %3, 1)"_s;
        // outside an action's transaction
        EXPECT_ERROR(Query::run(*s.db, insert.arg(id).arg(oldFlow).arg(m_town.duty.id)),
                     Error::Kind::Forbidden);
        EXPECT_ERROR(Query::run(*s.db, insert.arg(id).arg(u"NULL"_s).arg(m_town.duty.id)),
                     Error::Kind::Forbidden);
        // in it, but on an older flow row
        {
            Transaction tx(*s.db);
            act(*s.db, id, CaseAction::SubmitFeedback, s.actor(), ActionInput{.result = u"已处理"_s});
            EXPECT_ERROR(Query::run(*s.db, insert.arg(id).arg(oldFlow).arg(m_town.duty.id)),
                         Error::Kind::Forbidden);
        }
        QCOMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::InProgress); // rolled back
        // on the action just taken: accepted, and the uploader is the session's account
        {
            Transaction tx(*s.db);
            act(*s.db, id, CaseAction::SubmitFeedback, s.actor(), ActionInput{.result = u"已处理"_s});
            const qint64 flow = Query(*s.db, u"SELECT MAX(id) FROM case_flow WHERE case_id = ?"_s)
                                    .bind(id)
                                    .scalar()
                                    .toLongLong();
            EXPECT_OK(Query::run(*s.db, insert.arg(id).arg(flow).arg(m_town.duty.id)));
            tx.commit();
        }
        QCOMPARE(Query(*m_db, u"SELECT created_by FROM attachments WHERE file_name = 'x.jpg'"_s)
                     .scalar()
                     .toLongLong(),
                 handler.id);
    }
};

QTEST_GUILESS_MAIN(TestActionAttachments)
#include "tst_action_attachments.moc"
