// Files on an action through the widgets, on SQLite and PostgreSQL: the handler adds a signed agreement
// in the feedback dialog, the case view lists it with its action and time next to the intake photo, and
// opening writes the very bytes; the case view rendered in zh_CN and en.
#include "AttachmentRepository.h"
#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "cases/AttachmentPicker.h"
#include "cases/CaseAttachmentsPanel.h"
#include "dispatch/ActionDialog.h"
#include "dispatch/CaseViewDialog.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

class TestActionAttachmentsGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    FixedClock m_clock{QDateTime(QDate(2025, 3, 3), QTime(9, 0))};
    WorkCalendar m_calendar = WorkCalendar::bundled();
    QTemporaryDir m_files;

    qint64 caseInProgress()
    {
        CaseService service(*m_db, m_clock, m_calendar);
        CaseRecord c;
        c.title = u"楼上漏水"_s;
        c.categoryId = m_town.neighbourDispute.id;
        c.orgUnitId = m_town.grid1.id;
        CaseAttachment photo;
        photo.fileName = u"现场照片.jpg"_s;
        photo.mimeType = u"image/jpeg"_s;
        photo.content = "photo";
        const qint64 id = service.report(c, m_town.actor(m_town.reception), {}, {}, {photo}).id;
        auto step = [&](CaseAction action, const User &u, ActionInput in = {}) {
            service.apply(id, CaseRepository(*m_db).get(id)->version, action, in, m_town.actor(u));
        };
        step(CaseAction::Register, m_town.duty);
        step(CaseAction::Dispatch, m_town.duty, ActionInput{.departmentId = m_town.judicial.id});
        step(CaseAction::Sign, m_town.handler);
        return id;
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
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
    }

    void feedbackWithASignedAgreement()
    {
        const qint64 id = caseInProgress();
        const QString path = m_files.filePath(u"调解协议书.pdf"_s);
        const QByteArray agreement("%PDF-1.4 signed by both parties");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(agreement);
        }
        const AppContext context{*m_db, m_clock, m_calendar, m_town.handler};
        CaseViewDialog view(context, id);
        view.resize(1120, 760);
        view.show();
        auto *panel = view.findChild<CaseAttachmentsPanel *>();
        QVERIFY(panel);
        QCOMPARE(view.findChild<QTableWidget *>(u"attachmentsTable"_s)->rowCount(), 1);

        ActionDialog *dialog = view.startAction(CaseAction::SubmitFeedback);
        QVERIFY(dialog);
        auto *picker = dialog->findChild<AttachmentPicker *>(u"attachmentPicker"_s);
        QVERIFY(picker);
        QVERIFY(!picker->addFile(m_files.filePath(u"missing.jpg"_s)));
        QVERIFY(picker->addFile(path));
        QCOMPARE(picker->findChild<QListWidget *>(u"attachmentsListWidget"_s)->count(), 1);
        dialog->findChild<QPlainTextEdit *>(u"resultTextEdit"_s)->setPlainText(u"已调解，双方签字"_s);
        VERIFY_SCREENSHOT(dialog, u"action-attachments-%1"_s.arg(m_testDb->backendName()), QSize(300, 200));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
        QTRY_COMPARE(CaseRepository(*m_db).get(id)->status, CaseStatus::Feedback);

        auto *table = view.findChild<QTableWidget *>(u"attachmentsTable"_s);
        QTRY_COMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), u"调解协议书.pdf"_s);
        QCOMPARE(table->item(1, 2)->text(), label(CaseAction::SubmitFeedback));
        QCOMPARE(table->item(1, 3)->text(), m_town.handler.displayName);
        QCOMPARE(table->item(1, 4)->text(), u"2025-03-03 09:00"_s);
        QCOMPARE(table->item(0, 2)->text(), u"登记"_s);
        const QString extracted = panel->extract(1);
        QVERIFY(!extracted.isEmpty());
        QFile out(extracted);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), agreement);
    }

    void screenshots()
    {
        const qint64 id = caseInProgress();
        CaseService(*m_db, m_clock, m_calendar)
            .apply(id, CaseRepository(*m_db).get(id)->version, CaseAction::SubmitFeedback,
                   ActionInput{.result = u"已修复"_s}, m_town.actor(m_town.handler),
                   {CaseAttachment{u"修复后.jpg"_s, u"image/jpeg"_s, {}, "after", {}}});
        const AppContext context{*m_db, m_clock, m_calendar, m_town.duty};
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                CaseViewDialog view(context, id);
                view.resize(1120, 760);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                VERIFY_SCREENSHOT(&view,
                                  u"caseview-attachments-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(800, 500));
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestActionAttachmentsGui)
#include "tst_action_attachments_gui.moc"
