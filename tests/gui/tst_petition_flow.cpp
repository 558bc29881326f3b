// A petition through the windows (issue 12), on SQLite and PostgreSQL (ZONGZHI_TEST_BACKEND): registered
// at the reception form, accepted, extended, answered, delivered, 复查 and 复核 asked and answered, each
// step from the petition dialog's action buttons, every document printed to PDF (pdftotext holds the
// petitioner, the dates and the decision); the same person again recognised as a repeat with the
// Art. 36 refusal offered; the 信访台账 with its clocks and the ledger export; the template editor;
// screenshots in zh_CN and en.

#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "SheetReader.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "dispatch/CaseViewDialog.h"
#include "petition/PersonPanel.h"
#include "petition/PetitionActionDialog.h"
#include "petition/PetitionBoardModel.h"
#include "petition/PetitionBoardPage.h"
#include "petition/PetitionClock.h"
#include "petition/PetitionDialog.h"
#include "petition/PetitionDocuments.h"
#include "petition/PetitionModule.h"
#include "petition/PetitionRepository.h"
#include "petition/ReceptionForm.h"
#include "petition/TemplateEditor.h"
#include "petition/TicketPicker.h"
#include "queue/QueueService.h"
#include "queue/QueueSetupService.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString residentId = u"33078219700315123"_s + Validators::residentIdCheckChar(u"33078219700315123"_s);
const QString petitioner = u"王大伯"_s;

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QWidget *w = QApplication::focusWidget() ? QApplication::focusWidget() : widget;
        if (ch.unicode() < 0x80) {
            QTest::keyClicks(w, QString(ch));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QCoreApplication::sendEvent(w, &event);
        }
    }
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    if (!w)
        qWarning() << "missing" << name;
    return w;
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    // Lines break where the page does; compare without the breaks.
    text.remove(u'\n').remove(u' ').remove(u'\f');
    return text;
}

} // namespace

class TestPetitionFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    const QDateTime m_start{QDate(2026, 3, 2), QTime(9, 0)}; // a Monday away from holidays
    FixedClock m_clock{m_start};
    WorkCalendar m_calendar;
    std::unique_ptr<QTemporaryDir> m_dir;

    AppContext context(const User &user) { return AppContext{*m_db, m_clock, m_calendar, user}; }

    std::unique_ptr<ReceptionForm> openForm(const AppContext &ctx)
    {
        auto form = std::make_unique<ReceptionForm>(ctx, m_dir->path());
        form->resize(1300, 1000);
        form->show();
        QApplication::setActiveWindow(form.get());
        if (!QTest::qWaitForWindowActive(form.get()))
            qWarning() << "window not active";
        return form;
    }

    void fillPetition(QWidget *f, const QString &request)
    {
        typeInto(child<QLineEdit>(f, u"partyNameLineEdit"_s), petitioner);
        typeInto(child<QLineEdit>(f, u"partyResidentIdLineEdit"_s), residentId);
        typeInto(child<QLineEdit>(f, u"partyPhoneLineEdit"_s), u"13957912345"_s);
        typeInto(child<QLineEdit>(f, u"petitionerAddressLineEdit"_s), u"上溪村3组18号"_s);
        typeInto(child<QLineEdit>(f, u"placeLineEdit"_s), u"上溪村第1网格"_s);
        typeInto(child<QPlainTextEdit>(f, u"requestTextEdit"_s), request);
        typeInto(child<QPlainTextEdit>(f, u"factsTextEdit"_s), u"村道硬化后路面抬高，雨水倒灌入户"_s);
    }

    // Takes `action` in the petition's dialog as the holder of `ctx`, filling the fields given.
    void act(const AppContext &ctx, qint64 petitionId, PetitionAction action,
             const std::function<void(PetitionActionDialog *)> &fill = {})
    {
        PetitionDialog dialog(ctx, petitionId);
        QVERIFY2(dialog.actionButton(action), qPrintable(code(action)));
        QVERIFY(dialog.actionButton(action)->isEnabled());
        PetitionActionDialog *actionDialog = dialog.startAction(action);
        QVERIFY(actionDialog);
        if (fill)
            fill(actionDialog);
        auto *ok = child<QPushButton>(actionDialog, u"okButton"_s);
        QVERIFY2(ok->isEnabled(), qPrintable(actionDialog->problem()));
        ok->click();
        const QString error = child<QLabel>(actionDialog, u"actionErrorLabel"_s)->text();
        QVERIFY2(actionDialog->result(), qPrintable(error));
    }

    PetitionRecord petition(qint64 id)
    {
        const auto p = PetitionRepository(*m_db, m_town.actor(m_town.leader)).get(id);
        return p ? *p : PetitionRecord{};
    }

    // The newest document of `kind` written to PDF; its extracted text.
    QString printed(qint64 petitionId, DocumentKind kind)
    {
        const QList<PetitionDocumentRecord> docs =
            PetitionRepository(*m_db, m_town.actor(m_town.leader)).documents(petitionId);
        const PetitionDocumentRecord *found = nullptr;
        for (const PetitionDocumentRecord &d : docs)
            if (d.kind == kind)
                found = &d;
        if (!found)
            return {};
        const QString path = m_dir->filePath(code(kind) + u".pdf"_s);
        PetitionDocuments::writePdf(*found, path);
        const QString text = pdfText(path);
        // The 文号 the service gave is on paper.
        if (!text.contains(QString(found->docNo).remove(u' ')))
            return u"missing 文号 "_s + found->docNo + u" in: "_s + text;
        return text;
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        Localization::applyChineseFont();
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
    }

    void init()
    {
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_calendar = CalendarRepository(*m_db).load();
        m_clock.set(m_start);
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup() { m_db.reset(); }

    void receptionToRecheck()
    {
        const AppContext reception = context(m_town.reception);
        const AppContext duty = context(m_town.duty);
        const AppContext leader = context(m_town.leader);
        // The visitor took a number at the hall (信访接待) and the petition window called it.
        QueueTicket ticket;
        std::optional<QueueService> queue;
        try {
            QueueSetupService setup(*m_db, m_clock, m_town.actor(m_town.admin), m_town.township1.id);
            QueueServiceType visit;
            visit.name = u"信访接待"_s;
            visit.prefix = u'A';
            visit = setup.saveServiceType(visit);
            QueueWindow window;
            window.number = 1;
            window.name = u"信访接待窗口"_s;
            window.serviceIds = {visit.id};
            window = setup.saveWindow(window);
            queue.emplace(*m_db, m_clock, m_town.actor(m_town.reception));
            ticket = queue->take(visit.id);
            QVERIFY(queue->callNext(window.id));
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" / "_s + e.detail()));
        }
        qint64 id = 0;
        {
            auto form = openForm(reception);
            QVERIFY(form->ticketPicker()->select(ticket.id));
            QCOMPARE(form->ticketPicker()->ticketCode(), ticket.code);
            fillPetition(form.get(), u"要求解决村道排水不畅的问题"_s);
            QVERIFY2(form->problem().isEmpty(), qPrintable(form->problem()));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QVERIFY2(form->lastSaved(), qPrintable(child<QLabel>(form.get(), u"saveErrorLabel"_s)->text()));
            id = form->lastSaved()->id;
            QVERIFY(!form->lastSaved()->repeat);
            QVERIFY(
                child<QLabel>(form.get(), u"savedLabel"_s)->text().contains(form->lastSaved()->petitionNo));
            QVERIFY(child<QLabel>(form.get(), u"savedLabel"_s)->text().contains(ticket.code));
        }
        QCOMPARE(queue->get(ticket.id)->petitionId, id);
        QCOMPARE(petition(id).status, PetitionStatus::Registered);
        QCOMPARE(petition(id).orgUnitId, m_town.grid1.id);

        // 受理 on the day of receipt: the 受理告知书 names the petitioner, the receipt and the handling due.
        act(duty, id, PetitionAction::Accept);
        QCOMPARE(petition(id).status, PetitionStatus::Handling);
        QString text = printed(id, DocumentKind::AcceptanceNotice);
        QVERIFY2(text.contains(petitioner), qPrintable(text));
        QVERIFY2(text.contains(u"2026年3月2日"_s), qPrintable(text));
        const PetitionClockRecord handling = [&] {
            for (const PetitionClockRecord &c :
                 PetitionRepository(*m_db, m_town.actor(m_town.leader)).clocks(id))
                if (c.value.kind == ClockKind::Handling)
                    return c;
            return PetitionClockRecord{};
        }();
        QVERIFY(handling.value.due.isValid());
        QVERIFY2(text.contains(PetitionClock::formatDate(handling.value.due)), qPrintable(text));

        // 延期 by the leader with a reason: the notice gives the new due date.
        m_clock.set(QDateTime(QDate(2026, 4, 20), QTime(9, 0)));
        act(leader, id, PetitionAction::Extend, [](PetitionActionDialog *d) {
            child<QSpinBox>(d, u"daysSpinBox"_s)->setValue(20);
            typeInto(child<QPlainTextEdit>(d, u"noteTextEdit"_s), u"需现场勘查"_s);
        });
        text = printed(id, DocumentKind::ExtensionNotice);
        QVERIFY2(text.contains(u"需现场勘查"_s), qPrintable(text));

        // 答复: the 信访处理意见书 with the decision, its basis and the right to 复查.
        m_clock.set(QDateTime(QDate(2026, 5, 6), QTime(10, 0)));
        act(duty, id, PetitionAction::Reply, [](PetitionActionDialog *d) {
            auto *decision = child<QComboBox>(d, u"decisionComboBox"_s);
            decision->setCurrentIndex(decision->findData(code(PetitionDecision::Support)));
            typeInto(child<QPlainTextEdit>(d, u"resultTextEdit"_s), u"责成村委会增设排水沟"_s);
            typeInto(child<QPlainTextEdit>(d, u"basisTextEdit"_s), u"《中华人民共和国公路法》第四十三条"_s);
        });
        QCOMPARE(petition(id).status, PetitionStatus::Replied);
        text = printed(id, DocumentKind::HandlingOpinion);
        QVERIFY2(text.contains(petitioner) && text.contains(label(PetitionDecision::Support)) &&
                     text.contains(u"责成村委会增设排水沟"_s) && text.contains(u"2026年5月6日"_s),
                 qPrintable(text));

        // 送达 on 7 May by post: the 复查 window runs from it.
        m_clock.set(QDateTime(QDate(2026, 5, 8), QTime(10, 0)));
        act(reception, id, PetitionAction::Deliver, [](PetitionActionDialog *d) {
            auto *method = child<QComboBox>(d, u"deliveryComboBox"_s);
            method->setCurrentIndex(method->findData(code(DeliveryMethod::Mail)));
            child<QDateEdit>(d, u"dateEdit"_s)->setDate(QDate(2026, 5, 7));
        });
        QCOMPARE(petition(id).status, PetitionStatus::Delivered);
        {
            PetitionDialog dialog(duty, id);
            bool reviewWindow = false;
            auto *clocks = child<QTableWidget>(&dialog, u"clocksTable"_s);
            for (int r = 0; r < clocks->rowCount(); ++r)
                if (clocks->item(r, 0)->text() == label(ClockKind::ReviewRequest)) {
                    reviewWindow = true;
                    QCOMPARE(clocks->item(r, 1)->text(), u"2026-05-07"_s);
                }
            QVERIFY(reviewWindow);
            auto *docs = child<QTableWidget>(&dialog, u"documentsTable"_s);
            QCOMPARE(docs->rowCount(), 3);
            QCOMPARE(docs->item(2, 3)->text(), u"2026-05-07"_s);
            dialog.resize(1000, 700);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            child<QTabWidget>(&dialog, u"petitionTabs"_s)->setCurrentIndex(1);
            VERIFY_SCREENSHOT(&dialog, u"petition-clocks-zh_CN-%1"_s.arg(m_testDb->backendName()),
                              QSize(700, 500));
        }

        // 复查: asked on 20 May, answered (the opinion), delivered.
        m_clock.set(QDateTime(QDate(2026, 5, 20), QTime(10, 0)));
        act(reception, id, PetitionAction::RequestReview,
            [](PetitionActionDialog *d) { child<QDateEdit>(d, u"dateEdit"_s)->setDate(QDate(2026, 5, 20)); });
        QCOMPARE(petition(id).status, PetitionStatus::UnderReview);
        m_clock.set(QDateTime(QDate(2026, 6, 10), QTime(10, 0)));
        act(leader, id, PetitionAction::ReviewOpinion, [](PetitionActionDialog *d) {
            auto *decision = child<QComboBox>(d, u"decisionComboBox"_s);
            decision->setCurrentIndex(decision->findData(code(PetitionDecision::Explain)));
            typeInto(child<QPlainTextEdit>(d, u"resultTextEdit"_s), u"维持原处理意见"_s);
            typeInto(child<QPlainTextEdit>(d, u"basisTextEdit"_s), u"《信访工作条例》第三十五条"_s);
        });
        text = printed(id, DocumentKind::ReviewOpinion);
        QVERIFY2(text.contains(petitioner) && text.contains(label(PetitionDecision::Explain)) &&
                     text.contains(u"2026年6月10日"_s),
                 qPrintable(text));
        act(reception, id, PetitionAction::Deliver,
            [](PetitionActionDialog *d) { child<QDateEdit>(d, u"dateEdit"_s)->setDate(QDate(2026, 6, 10)); });
        QCOMPARE(petition(id).status, PetitionStatus::ReviewDelivered);

        // 复核: asked, a hearing paused it, answered, delivered: concluded.
        m_clock.set(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        act(reception, id, PetitionAction::RequestRecheck,
            [](PetitionActionDialog *d) { child<QDateEdit>(d, u"dateEdit"_s)->setDate(QDate(2026, 6, 15)); });
        QCOMPARE(petition(id).status, PetitionStatus::UnderRecheck);
        act(duty, id, PetitionAction::StartHearing, [](PetitionActionDialog *d) {
            typeInto(child<QPlainTextEdit>(d, u"noteTextEdit"_s), u"组织听证"_s);
        });
        m_clock.set(QDateTime(QDate(2026, 6, 22), QTime(10, 0)));
        act(duty, id, PetitionAction::EndHearing);
        m_clock.set(QDateTime(QDate(2026, 7, 1), QTime(10, 0)));
        act(leader, id, PetitionAction::RecheckOpinion, [](PetitionActionDialog *d) {
            auto *decision = child<QComboBox>(d, u"decisionComboBox"_s);
            decision->setCurrentIndex(decision->findData(code(PetitionDecision::Reject)));
            typeInto(child<QPlainTextEdit>(d, u"resultTextEdit"_s), u"复核维持复查意见"_s);
            typeInto(child<QPlainTextEdit>(d, u"basisTextEdit"_s), u"《信访工作条例》第三十六条"_s);
        });
        text = printed(id, DocumentKind::RecheckOpinion);
        QVERIFY2(text.contains(petitioner) && text.contains(label(PetitionDecision::Reject)) &&
                     text.contains(u"2026年7月1日"_s),
                 qPrintable(text));
        act(reception, id, PetitionAction::Deliver,
            [](PetitionActionDialog *d) { child<QDateEdit>(d, u"dateEdit"_s)->setDate(QDate(2026, 7, 1)); });
        QCOMPARE(petition(id).status, PetitionStatus::Concluded);

        // The same person again with the same facts: 重复, and 不再受理 (Art. 36) offered and taken.
        m_clock.set(QDateTime(QDate(2026, 7, 20), QTime(9, 0)));
        {
            // The receptionist sees the refusal offered but leaves the decision to the duty officer.
            auto form = openForm(reception);
            fillPetition(form.get(), u"还是村道排水的问题"_s);
            PersonPanel *panel = form->personPanel();
            QTRY_VERIFY(panel->assessment().repeat);
            child<QCheckBox>(panel, u"sameFactsCheckBox"_s)->setChecked(true);
            QTRY_VERIFY(panel->refusal() && panel->refusal()->action);
            QVERIFY(!child<QLabel>(panel, u"refusalLabel"_s)->isHidden());
            QVERIFY(child<QPushButton>(panel, u"refusalButton"_s)->isHidden());
            form->discardDraft();
        }
        auto form = openForm(duty);
        fillPetition(form.get(), u"还是村道排水的问题"_s);
        PersonPanel *panel = form->personPanel();
        QTRY_VERIFY(panel->assessment().repeat);
        QCOMPARE(panel->assessment().predecessorId, id);
        QVERIFY(child<QLabel>(panel, u"repeatLabel"_s)->text().contains(petition(id).petitionNo));
        QVERIFY(child<QListWidget>(panel, u"personMatchList"_s)->count() >= 1);
        QVERIFY(child<QListWidget>(panel, u"personHistoryList"_s)->count() >= 1);
        child<QCheckBox>(panel, u"sameFactsCheckBox"_s)->setChecked(true);
        QTRY_VERIFY(panel->refusal() && panel->refusal()->action);
        QCOMPARE(*panel->refusal()->action, PetitionAction::RefuseRepeat);
        auto *refuse = child<QPushButton>(panel, u"refusalButton"_s);
        QVERIFY(refuse->isVisible());
        VERIFY_SCREENSHOT(form.get(), u"petition-repeat-zh_CN-%1"_s.arg(m_testDb->backendName()),
                          QSize(900, 600));
        refuse->click();
        QVERIFY2(form->lastSaved(), qPrintable(child<QLabel>(form.get(), u"saveErrorLabel"_s)->text()));
        const qint64 second = form->lastSaved()->id;
        QVERIFY(form->lastSaved()->repeat);
        QCOMPARE(petition(second).status, PetitionStatus::NotReaccepted);
        QCOMPARE(petition(second).predecessorId, id);
        text = printed(second, DocumentKind::NoReacceptNotice);
        QVERIFY2(text.contains(petitioner) && text.contains(u"第三十六条"_s), qPrintable(text));

        // The 信访台账: both, and the ledger with a column per clock.
        PetitionBoardPage board(leader);
        QCOMPARE(board.model()->rowCount(), 2);
        const QString ledger = m_dir->filePath(u"ledger.xlsx"_s);
        QCOMPARE(board.exportLedger(ledger), qint64(2));
        // Read back: a column per clock, the first petition's reply delivered on 7 May.
        const RawSheet sheet = SheetReader::read(ledger);
        int header = -1;
        for (int r = 0; r < sheet.rows.size() && header < 0; ++r)
            for (const Cell &c : sheet.rows.at(r))
                if (c.text == u"受理告知期限"_s)
                    header = r;
        QVERIFY(header >= 0);
        QStringList titles;
        for (const Cell &c : sheet.rows.at(header))
            titles << c.text;
        for (const QString &title :
             {u"登记日期"_s, u"受理告知期限"_s, u"办结期限"_s, u"送达日期"_s, u"复查申请截止"_s,
              u"复查答复期限"_s, u"复核申请截止"_s, u"复核答复期限"_s, u"状态"_s})
            QVERIFY2(titles.contains(title), qPrintable(titles.join(u',')));
        QCOMPARE(sheet.rows.size() - header - 1, 2);
        const CellRow &first = sheet.rows.at(header + 2); // newest first: the refused repeat, then the first
        QCOMPARE(first.at(0).text, petition(id).petitionNo);
        QCOMPARE(first.at(titles.indexOf(u"送达日期"_s)).text, u"2026-05-07"_s);
        QCOMPARE(first.at(titles.indexOf(u"状态"_s)).text, u"办结"_s); // the word the petitions import reads
    }

    // The board's clocks: one petition past its acceptance notice (超期), one due soon (即将到期).
    void boardClocks()
    {
        const AppContext reception = context(m_town.reception);
        for (const QString &request : {u"路灯不亮"_s, u"垃圾清运不及时"_s}) {
            auto form = openForm(reception);
            fillPetition(form.get(), request);
            QVERIFY(form->save());
            m_clock.set(m_clock.now().addDays(10));
        }
        // Now 2026-03-22: the first (received 3-2, due 3-17) is overdue, the second (3-12, due 3-27) is not.
        const AppContext leader = context(m_town.leader);
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                PetitionModule module(leader);
                auto *tabs = qobject_cast<QTabWidget *>(module.widget());
                QVERIFY(tabs);
                tabs->resize(1400, 800);
                tabs->show();
                QVERIFY(QTest::qWaitForWindowExposed(tabs));
                PetitionBoardPage *board = module.board();
                tabs->setCurrentWidget(board);
                QCOMPARE(board->model()->rowCount(), 2);
                QCOMPARE(board->overdueCount(), 1);
                QCOMPARE(child<QListWidget>(board, u"overdueList"_s)->count(), 1);
                const QModelIndex remaining = board->model()->index(1, PetitionBoardModel::RemainingColumn);
                QVERIFY2(remaining.data().toString().contains(language == u"en"_s ? u"overdue"_s : u"超期"_s,
                                                              Qt::CaseInsensitive) ||
                             language == u"en"_s,
                         qPrintable(remaining.data().toString()));
                VERIFY_SCREENSHOT(tabs, u"petition-board-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(900, 500));
                PetitionDialog *dialog = board->openPetition(board->model()->row(1)->id);
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                VERIFY_SCREENSHOT(dialog, u"petition-dialog-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(700, 500));
                // An action's dialog (受理): its fields and the document it issues.
                board->model()->reload();
                {
                    PetitionDialog handling(context(m_town.duty), board->model()->row(1)->id);
                    PetitionActionDialog *accept = handling.startAction(PetitionAction::Accept);
                    QVERIFY(accept);
                    QVERIFY(QTest::qWaitForWindowExposed(accept));
                    VERIFY_SCREENSHOT(accept,
                                      u"petition-action-%1-%2"_s.arg(language, m_testDb->backendName()),
                                      QSize(300, 150));
                    accept->reject();
                }
                dialog->close();
                tabs->setCurrentWidget(module.templates());
                module.templates()->selectKind(DocumentKind::HandlingOpinion);
                VERIFY_SCREENSHOT(tabs, u"petition-templates-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(900, 500));
                const AppContext receptionContext = context(m_town.reception);
                auto form = openForm(receptionContext);
                fillPetition(form.get(), u"路灯不亮"_s);
                QTRY_VERIFY(form->personPanel()->assessment().repeat);
                VERIFY_SCREENSHOT(form.get(),
                                  u"petition-reception-filled-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(900, 600));
                form->discardDraft();
                delete tabs;
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }

    // 转为事件 from the dialog: the case is on the dispatch board's table and each side finds the other;
    // a group visit stores its five representatives; an accusation's reporter is for insiders only and
    // a reveal of his numbers is audited.
    void caseGroupAndReporter()
    {
        const AppContext reception = context(m_town.reception);
        const AppContext duty = context(m_town.duty);
        qint64 id = 0;
        {
            auto form = openForm(reception);
            auto *visitForm = child<QComboBox>(form.get(), u"visitFormComboBox"_s);
            visitForm->setCurrentIndex(visitForm->findData(code(VisitForm::Group)));
            child<QSpinBox>(form.get(), u"headCountSpinBox"_s)->setValue(40);
            fillPetition(form.get(), u"要求解决征地补偿款发放问题"_s);
            for (const QString &name : {u"代表二"_s, u"代表三"_s, u"代表四"_s, u"代表五"_s}) {
                form->addPerson();
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
                const QList<QLineEdit *> names = form->findChildren<QLineEdit *>(u"partyNameLineEdit"_s);
                typeInto(names.last(), name);
            }
            QVERIFY2(form->save(), qPrintable(form->problem()));
            id = form->lastSaved()->id;
        }
        const PetitionRecord group = petition(id);
        QCOMPARE(group.visitForm, VisitForm::Group);
        QCOMPARE(group.headCount, 40);
        QCOMPARE(group.persons.size(), 5);
        for (const PetitionPerson &p : group.persons)
            QCOMPARE(p.role, PetitionPersonRole::Representative);

        {
            PetitionDialog dialog(duty, id);
            QVERIFY(dialog.actionButton(PetitionAction::ConvertToCase));
            QVERIFY(dialog.convertToCase(m_town.neighbourDispute.id, m_town.judicial.id, 10));
            QVERIFY(!child<QPushButton>(&dialog, u"openCaseButton"_s)->isHidden());
        }
        const PetitionRecord converted = petition(id);
        QCOMPARE(converted.status, PetitionStatus::ConvertedToCase);
        QVERIFY(converted.caseId);
        const auto c = CaseRepository(*m_db).get(converted.caseId);
        QVERIFY(c);
        QCOMPARE(c->status, CaseStatus::Dispatched);
        const auto back = PetitionRepository(*m_db, m_town.actor(m_town.duty)).forCase(converted.caseId);
        QVERIFY(back);
        QCOMPARE(back->id, id);
        // The case view names the petition it came from and opens it; the petition's 打开事件 leads back.
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                CaseViewDialog view(duty, converted.caseId);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                QCOMPARE(view.petitionId(), id);
                QVERIFY(child<QWidget>(&view, u"petitionRow"_s)->isVisible());
                const QString shown = child<QLabel>(&view, u"petitionLabel"_s)->text();
                QVERIFY2(shown.contains(converted.petitionNo), qPrintable(shown));
                QVERIFY2(shown.contains(label(PetitionStatus::ConvertedToCase)) || language == u"en"_s,
                         qPrintable(shown));
                VERIFY_SCREENSHOT(&view, u"case-view-petition-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(800, 500));
                QTest::mouseClick(child<QPushButton>(&view, u"openPetitionButton"_s), Qt::LeftButton);
                auto *opened = view.findChild<PetitionDialog *>();
                QVERIFY(opened);
                QVERIFY(QTest::qWaitForWindowExposed(opened));
                QCOMPARE(opened->record()->id, id);
                auto *openCase = child<QPushButton>(opened, u"openCaseButton"_s);
                QVERIFY(openCase->isVisible());
                QPointer<PetitionDialog> guard(opened);
                openCase->click();
                QTRY_VERIFY(!guard || !guard->isVisible());
            }
            QCoreApplication::removeTranslator(&translator);
        }
        // An account that does not work on petitions (an administrator) sees no petition row.
        {
            CaseViewDialog view(context(m_town.admin), converted.caseId);
            QCOMPARE(view.petitionId(), 0);
            QVERIFY(child<QWidget>(&view, u"petitionRow"_s)->isHidden());
        }

        // 检举控告: the reporter is shown to a leader masked, revealed on purpose with an audit row.
        qint64 accusation = 0;
        {
            auto form = openForm(reception);
            auto *type = child<QComboBox>(form.get(), u"typeComboBox"_s);
            type->setCurrentIndex(type->findData(code(PetitionType::Accusation)));
            fillPetition(form.get(), u"检举村干部侵占集体资金"_s);
            QVERIFY(!child<QLabel>(form.get(), u"flagNoteLabel"_s)->isHidden());
            QVERIFY2(form->save(), qPrintable(form->problem()));
            accusation = form->lastSaved()->id;
        }
        const AppContext leader = context(m_town.leader);
        PetitionDialog dialog(leader, accusation);
        auto *persons = child<QTableWidget>(&dialog, u"personsTable"_s);
        QCOMPARE(persons->rowCount(), 1);
        QCOMPARE(persons->item(0, 0)->text(), label(PetitionPersonRole::Reporter));
        QVERIFY(persons->item(0, 2)->text() != residentId);
        const qint64 auditsBefore = Query(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s)
                                        .bind(QString(AuditAction::Reveal))
                                        .scalar()
                                        .toLongLong();
        persons->setCurrentCell(0, 1);
        child<QPushButton>(&dialog, u"revealButton"_s)->click();
        QCOMPARE(persons->item(0, 2)->text(), residentId);
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s)
                     .bind(QString(AuditAction::Reveal))
                     .scalar()
                     .toLongLong(),
                 auditsBefore + 1);

        // 受理: the 受理告知书 of a 检举控告 promises handling and feedback, not the 60 days that
        // 信访工作条例 2022 Art. 34 gives 申诉求决 matters only. (The protected 检举人's name is not shown to
        // the duty officer who accepts, so the salutation stays a blank to write in by hand.)
        act(context(m_town.duty), accusation, PetitionAction::Accept);
        const QString notice = printed(accusation, DocumentKind::AcceptanceNotice);
        QVERIFY2(notice.contains(u"本机关将依规依纪依法办理，并将办理情况予以反馈。"_s), qPrintable(notice));
        QVERIFY2(!notice.contains(u"60日"_s) && !notice.contains(u"办结"_s), qPrintable(notice));
    }

    // The template editor flags unknown placeholders and keeps every version.
    void templateVersions()
    {
        const AppContext leader = context(m_town.leader);
        TemplateEditor editor(leader);
        editor.selectKind(DocumentKind::AcceptanceNotice);
        auto *body = child<QPlainTextEdit>(&editor, u"templateBodyTextEdit"_s);
        const QString original = body->toPlainText();
        body->setPlainText(original + u"<p>{{不存在}}</p>"_s);
        QVERIFY(!child<QLabel>(&editor, u"templateProblemLabel"_s)->isHidden());
        QVERIFY(child<QLabel>(&editor, u"templateProblemLabel"_s)->text().contains(u"{{不存在}}"_s));
        QVERIFY(!child<QPushButton>(&editor, u"saveTemplateButton"_s)->isEnabled());
        body->setPlainText(original + u"<p>特此告知。</p>"_s);
        QVERIFY(editor.save());
        body->setPlainText(original + u"<p>特此告知，请知悉。</p>"_s);
        QVERIFY(editor.save());
        QCOMPARE(child<QListWidget>(&editor, u"templateVersionList"_s)->count(), 2);
        QVERIFY(child<QLabel>(&editor, u"templateVersionLabel"_s)->text().contains(u"2"_s));
        QVERIFY(child<QTextBrowser>(&editor, u"templatePreview"_s)->toPlainText().contains(u"王大伯"_s));
    }
};

QTEST_MAIN(TestPetitionFlow)
#include "tst_petition_flow.moc"
