// The intake window (事件受理登记), driven with the keyboard on SQLite and PostgreSQL
// (ZONGZHI_TEST_BACKEND).

#include "CaseRepository.h"
#include "CaseService.h"
#include "Database.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "RelatedCases.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "intake/IntakeForm.h"
#include "intake/IntakeReceipt.h"
#include "shell/Localization.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

const QString residentId = u"33068119800101123"_s + Validators::residentIdCheckChar(u"33068119800101123"_s);

// Sends every key to the widget that has the focus, as a person at the keyboard would, and counts
// them: one per key press (a Chinese character committed by the input method counts as one).
class Keyboard
{
public:
    int count = 0;

    static QWidget *target()
    {
        QWidget *w = QApplication::focusWidget();
        return w ? w : QApplication::activeWindow();
    }

    void type(const QString &text)
    {
        for (const QChar ch : text) {
            QWidget *w = target();
            if (ch.unicode() < 0x80) {
                QTest::keyClicks(w, QString(ch));
            } else {
                QInputMethodEvent event;
                event.setCommitString(QString(ch));
                QCoreApplication::sendEvent(w, &event);
            }
            ++count;
        }
    }

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target(), key, modifiers);
        ++count;
    }

    void tab(int times = 1)
    {
        for (int i = 0; i < times; ++i)
            key(Qt::Key_Tab);
    }

    // Types into a completing line edit and picks the first suggestion from its list.
    void pick(const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(target());
        QVERIFY(edit && edit->completer());
        type(text);
        QAbstractItemView *popup = edit->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        count += 2;
        QTRY_VERIFY(!popup->isVisible());
        // The offscreen platform does not hand activation back from a closed popup; a window
        // manager does.
        QTest::qWait(20);
        if (!edit->isActiveWindow())
            QApplication::setActiveWindow(edit->window());
        QVERIFY(edit->isActiveWindow());
    }
};

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    Keyboard keyboard;
    keyboard.type(text);
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    const QDateTime m_start{QDate(2025, 3, 3), QTime(9, 0)}; // a Monday away from holidays
    FixedClock m_clock{m_start};
    WorkCalendar m_calendar;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QTemporaryDir> m_draftDir;

    std::unique_ptr<IntakeForm> openForm()
    {
        auto form = std::make_unique<IntakeForm>(*m_context, m_draftDir->path());
        form->resize(900, 900);
        form->show();
        QApplication::setActiveWindow(form.get());
        if (!QTest::qWaitForWindowActive(form.get()))
            qWarning() << "window not active";
        return form;
    }

    template <typename T> static T *child(QWidget *form, const QString &name)
    {
        auto *w = form->findChild<T *>(name);
        if (!w)
            qWarning() << "missing" << name;
        return w;
    }

    qint64 caseCount() { return Query(*m_db, u"SELECT COUNT(*) FROM cases"_s).scalar().toLongLong(); }

    // The least a case needs, typed into the fields by name.
    void fillMinimal(QWidget *form, const QString &title = u"楼道堆放杂物"_s)
    {
        typeInto(child<QLineEdit>(form, u"categoryLineEdit"_s), u"邻里纠纷"_s);
        typeInto(child<QLineEdit>(form, u"placeLineEdit"_s), u"上溪村第1网格"_s);
        typeInto(child<QLineEdit>(form, u"titleLineEdit"_s), title);
        child<QLineEdit>(form, u"titleLineEdit"_s)->setFocus();
    }

private slots:
    void initTestCase()
    {
        try {
            m_testDb = std::make_unique<test::TestDatabase>();
        } catch (const std::exception &e) {
            QFAIL(e.what());
        }
        qInfo() << "backend:" << m_testDb->backendName();
        Localization::applyChineseFont();
    }

    void init()
    {
        m_context.reset();
        m_db.reset();
        try {
            m_db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message() + u" — "_s + e.detail()));
        }
        m_town = TestTown::create(*m_db);
        CalendarRepository(*m_db).seedFromBundled();
        m_calendar = CalendarRepository(*m_db).load();
        m_clock.set(m_start);
        m_context = std::make_unique<AppContext>(AppContext{*m_db, m_clock, m_calendar, m_town.reception});
        m_draftDir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        m_context.reset();
        m_db.reset();
    }

    // Near the end of the holiday data the live deadline line says when a deadline was counted past
    // it (over the law's provisional holidays), by the same rule the board marks such deadlines with.
    void deadlinePastTheCalendarWarns()
    {
        m_clock.set(QDateTime(QDate(2026, 12, 18), QTime(9, 0))); // Friday, two weeks before the end
        auto form = openForm();
        QWidget *f = form.get();
        auto *note = child<QLabel>(f, u"deadlineNoteLabel"_s);
        QVERIFY(note);
        QVERIFY(note->isHidden());
        Keyboard k;
        k.tab(2);
        k.pick(u"邻里"_s); // 10 working days: 21–31 December, then 元旦 (provisional 2027) -> 4 January
        const QString line = child<QLabel>(f, u"deadlineLabel"_s)->text();
        QVERIFY2(line.startsWith(u"2027-01-04"_s), qPrintable(line));
        QTRY_VERIFY(note->isVisible());
        QCOMPARE(note->text(), u"2027 年节假日安排尚未录入，期限按法定节日推算（暂定）"_s);
        QCOMPARE(note->text(),
                 m_calendar.provisionalNote(QDateTime(QDate(2027, 1, 4), QTime(23, 59, 59)), true));
        // The calendar ends within 60 days: the form warns at the top, and says who enters the year.
        auto *banner = child<QLabel>(f, u"calendarCoverageWarning"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().startsWith(u"2027 年节假日安排尚未录入"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"县级管理员"_s));

        // A major case runs on the clock (1 natural day): nothing provisional about it.
        auto *urgency = child<QComboBox>(f, u"urgencyComboBox"_s);
        urgency->setCurrentIndex(urgency->findData(code(Urgency::Major)));
        QTRY_VERIFY(note->isHidden());
        QVERIFY(child<QLabel>(f, u"deadlineLabel"_s)->text().contains(u"自然日"_s));
    }

    void deadlineInsideTheCalendarIsQuiet()
    {
        auto form = openForm(); // 3 March 2025
        Keyboard k;
        k.tab(2);
        k.pick(u"邻里"_s);
        QVERIFY(child<QLabel>(form.get(), u"deadlineLabel"_s)->text().contains(u"工作日"_s));
        QVERIFY(child<QLabel>(form.get(), u"deadlineNoteLabel"_s)->isHidden());
    }

    void keyboardOnlyWalkIn()
    {
        auto form = openForm();
        QWidget *f = form.get();
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(f, u"sourceComboBox"_s));
        Keyboard k;
        k.tab(2); // 来访 and 投诉 are the defaults for a walk-in
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(f, u"categoryLineEdit"_s));
        k.pick(u"邻里"_s);
        const QString normalDeadline = child<QLabel>(f, u"deadlineLabel"_s)->text();
        QVERIFY2(normalDeadline.contains(u"工作日"_s), qPrintable(normalDeadline));
        k.tab();
        k.key(Qt::Key_Down); // 紧急
        QVERIFY(child<QLabel>(f, u"deadlineLabel"_s)->text() != normalDeadline);
        k.tab();
        k.key(Qt::Key_Down); // 黄色
        k.tab();
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(f, u"placeLineEdit"_s));
        k.pick(u"上溪村第1"_s);
        k.tab();
        k.type(u"上溪村12号"_s);
        k.tab(3); // no coordinates
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(f, u"titleLineEdit"_s));
        k.type(u"楼上漏水多次协商未果"_s);
        k.tab();
        k.type(u"卫生间漏水，墙面发霉"_s);
        k.tab(2); // the first party row is the reporter already
        QCOMPARE(QApplication::focusWidget()->objectName(), u"partyNameLineEdit"_s);
        k.type(u"张三"_s);
        k.tab();
        k.type(residentId);
        k.tab();
        k.type(u"13812345678"_s);
        k.key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"partyNameLineEdit"_s);
        k.type(u"李四"_s);
        QVERIFY(child<QPushButton>(f, u"saveButton"_s)->isEnabled());
        QTest::qWait(10);
        VERIFY_SCREENSHOT(f, u"zz-intake-filled"_s);
        QVERIFY(f->isActiveWindow());
        k.key(Qt::Key_Return, Qt::ControlModifier);
        qInfo().noquote() << u"INTAKE KEY EVENTS for a typical walk-in case: %1"_s.arg(k.count);

        QCOMPARE(caseCount(), 1);
        QVERIFY(form->lastSaved());
        const auto saved = CaseRepository(*m_db).get(form->lastSaved()->id);
        QVERIFY(saved);
        QCOMPARE(saved->title, u"楼上漏水多次协商未果"_s);
        QCOMPARE(saved->description, u"卫生间漏水，墙面发霉"_s);
        QCOMPARE(saved->categoryId, m_town.neighbourDispute.id);
        QCOMPARE(saved->orgUnitId, m_town.grid1.id);
        QCOMPARE(saved->address, u"上溪村12号"_s);
        QCOMPARE(saved->source, CaseSource::Visit);
        QCOMPARE(saved->nature, CaseNature::Complaint);
        QCOMPARE(saved->urgency, Urgency::Urgent);
        QCOMPARE(saved->risk, RiskColor::Yellow);
        QCOMPARE(saved->status, CaseStatus::Reported);
        QVERIFY(!saved->latitude);
        QCOMPARE(saved->parties.size(), 2);
        QCOMPARE(saved->parties.at(0).role, PartyRole::Reporter);
        QCOMPARE(saved->parties.at(0).name, u"张三"_s);
        QCOMPARE(saved->parties.at(0).residentId, residentId);
        QCOMPARE(saved->parties.at(0).phone, u"13812345678"_s);
        QCOMPARE(saved->parties.at(1).role, PartyRole::Party);
        QCOMPARE(saved->parties.at(1).name, u"李四"_s);
        const QList<FlowEntry> flow = CaseRepository(*m_db).flow(saved->id);
        QCOMPARE(flow.size(), 1);
        QCOMPARE(flow.first().action, CaseAction::Report);
        QCOMPARE(flow.first().actorUserId, m_town.reception.id);

        // Cleared for the next visitor, the new number shown.
        QVERIFY(child<QLabel>(f, u"savedLabel"_s)->text().contains(saved->caseNo));
        QVERIFY(child<QLineEdit>(f, u"titleLineEdit"_s)->text().isEmpty());
        QVERIFY(!child<QPushButton>(f, u"saveButton"_s)->isEnabled());
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(f, u"sourceComboBox"_s));
        QTest::qWait(20); // let the layout settle after the clear
        VERIFY_SCREENSHOT(f, u"zz-intake-saved"_s);
    }

    void inlineErrors_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("message");
        QString badCheck = residentId;
        badCheck[17] = badCheck[17] == u'0' ? u'1' : u'0';
        QTest::newRow("check digit") << u"partyResidentIdLineEdit"_s << badCheck << u"partiesErrorLabel"_s
                                     << u"校验"_s;
        const QString feb30 =
            u"33068119990230123"_s + Validators::residentIdCheckChar(u"33068119990230123"_s);
        QTest::newRow("birth date") << u"partyResidentIdLineEdit"_s << feb30 << u"partiesErrorLabel"_s
                                    << u"出生日期"_s;
        QTest::newRow("phone") << u"partyPhoneLineEdit"_s << u"1381234"_s << u"partiesErrorLabel"_s
                               << u"号码"_s;
        QTest::newRow("no category") << u"categoryLineEdit"_s << QString() << u"categoryErrorLabel"_s
                                     << u"类别"_s;
    }

    void inlineErrors()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorLabel);
        QFETCH(QString, message);
        auto form = openForm();
        QWidget *f = form.get();
        if (field == u"categoryLineEdit") {
            typeInto(child<QLineEdit>(f, u"placeLineEdit"_s), u"上溪村第1网格"_s);
            typeInto(child<QLineEdit>(f, u"titleLineEdit"_s), u"楼道堆放杂物"_s);
        } else {
            fillMinimal(f);
            typeInto(child<QLineEdit>(f, u"partyNameLineEdit"_s), u"张三"_s);
            QVERIFY(child<QPushButton>(f, u"saveButton"_s)->isEnabled());
            typeInto(child<QLineEdit>(f, field), text);
        }
        auto *label = child<QLabel>(f, errorLabel);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QVERIFY(!child<QPushButton>(f, u"saveButton"_s)->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(caseCount(), 0);
    }

    // A deactivated village (and its grids) is not offered as a place any more; the others are.
    void deactivatedPlaceNotOffered()
    {
        Query(*m_db, u"UPDATE org_units SET active = ? WHERE id = ?"_s)
            .bind(false)
            .bind(m_town.village1.id)
            .exec();
        auto form = openForm();
        auto *place = child<QLineEdit>(form.get(), u"placeLineEdit"_s);
        QVERIFY(place && place->completer());
        QStringList offered;
        const QAbstractItemModel *model = place->completer()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            offered.append(model->index(row, 0).data().toString());
        QVERIFY2(offered.filter(u"上溪村"_s).isEmpty(), qPrintable(offered.join(u", "_s)));
        QVERIFY2(!offered.filter(u"东湖社区"_s).isEmpty(), qPrintable(offered.join(u", "_s)));
    }

    void settleOnTheSpotClosesTheCase()
    {
        auto form = openForm();
        QWidget *f = form.get();
        fillMinimal(f);
        auto *settle = child<QCheckBox>(f, u"settleCheckBox"_s);
        settle->setFocus();
        QTest::keyClick(settle, Qt::Key_Space);
        QVERIFY(settle->isChecked());
        QVERIFY(!child<QPushButton>(f, u"saveButton"_s)->isEnabled()); // the result is still missing
        QTest::keyClick(settle, Qt::Key_Tab);
        typeInto(QApplication::focusWidget(), u"当场劝离，已清理"_s);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"settleResultTextEdit"_s);
        QVERIFY(child<QPushButton>(f, u"saveButton"_s)->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(form->lastSaved());
        const auto saved = CaseRepository(*m_db).get(form->lastSaved()->id);
        QCOMPARE(saved->status, CaseStatus::Closed);
        const QList<FlowEntry> flow = CaseRepository(*m_db).flow(saved->id);
        QCOMPARE(flow.size(), 2);
        QCOMPARE(flow.last().action, CaseAction::SettleOnSpot);
    }

    void attachmentsSavedWithTheCase()
    {
        auto form = openForm();
        QWidget *f = form.get();
        fillMinimal(f);
        const QString photo = m_draftDir->filePath(u"现场照片.png"_s);
        QImage image(800, 400, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(photo));
        const QString big = m_draftDir->filePath(u"big.bin"_s);
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(10 * 1024 * 1024 + 1));
        }
        QVERIFY(!form->addAttachment(big));
        QVERIFY(child<QLabel>(f, u"attachmentsErrorLabel"_s)->text().contains(u"10 MB"_s));
        QVERIFY(form->addAttachment(photo));
        QCOMPARE(child<QListWidget>(f, u"attachmentsListWidget"_s)->count(), 1);
        QVERIFY(form->save());
        QCOMPARE(child<QListWidget>(f, u"attachmentsListWidget"_s)->count(), 0);

        Query q(*m_db,
                u"SELECT case_id, file_name, mime_type, size, sha256, content, thumbnail FROM attachments"_s);
        q.exec();
        QVERIFY(q.next());
        QFile file(photo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(q.int64(0), form->lastSaved()->id);
        QCOMPARE(q.text(1), u"现场照片.png"_s);
        QCOMPARE(q.text(2), u"image/png"_s);
        QCOMPARE(q.int64(3), qint64(bytes.size()));
        QCOMPARE(q.text(4),
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(q.value(5).toByteArray(), bytes);
        const QImage thumbnail = QImage::fromData(q.value(6).toByteArray(), "PNG");
        QCOMPARE(thumbnail.size(), QSize(160, 80));
        QVERIFY(!q.next());
    }

    void receiptPdfHasTheCaseNumber()
    {
        auto form = openForm();
        QWidget *f = form.get();
        fillMinimal(f);
        typeInto(child<QLineEdit>(f, u"partyNameLineEdit"_s), u"欧阳娜娜"_s);
        QVERIFY(!child<QPushButton>(f, u"receiptPdfButton"_s)->isEnabled());
        QVERIFY(form->save());
        QVERIFY(child<QPushButton>(f, u"receiptPdfButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(f, u"printReceiptButton"_s)->isEnabled());
        const CaseRecord saved = *form->lastSaved();
        const IntakeReceipt receipt(*m_context, saved);
        QCOMPARE(receipt.centerName(), u"青石镇综治中心"_s);
        const QString html = receipt.html();
        QVERIFY(html.contains(saved.caseNo));
        QVERIFY(html.contains(saved.lookupCode));
        QVERIFY(html.contains(u"欧***"_s));
        QVERIFY(!html.contains(u"欧阳娜娜"_s));
        QVERIFY(!IntakeReceipt::qrCode(saved.caseNo, 120).isNull());
        SettingsRepository(*m_db).setValue(u"center.name"_s, u"青石镇社会治理中心"_s);
        QCOMPARE(IntakeReceipt(*m_context, saved).centerName(), u"青石镇社会治理中心"_s);

        // A picture of the receipt to look at.
        const auto doc = receipt.document();
        doc->setTextWidth(520);
        QImage image(560, int(doc->size().height()) + 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.translate(20, 20);
            doc->drawContents(&painter);
        }
        QVERIFY(test::imageProblem(image, QSize(200, 200)).isEmpty());
        QVERIFY(image.save(test::outputPath(u"zz-intake-receipt.png"_s)));

        const QString pdf = m_draftDir->filePath(u"receipt.pdf"_s);
        receipt.writePdf(pdf);
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text =
            QString::fromUtf8(pdftotext.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
        QVERIFY2(text.contains(saved.caseNo), qPrintable(text));
        QVERIFY(text.contains(saved.lookupCode));
    }

    // The receipt names the center's phone and the receptionist, says where progress can be checked,
    // and prints on A5 or half an A4 sheet with a stub for the center that repeats the case's
    // identifiers; the PDF's text equals the source (no Kangxi radicals).
    void receiptHasStubOnA5AndHalfA4()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        auto form = openForm();
        QWidget *f = form.get();
        fillMinimal(f);
        typeInto(child<QLineEdit>(f, u"partyNameLineEdit"_s), u"欧阳娜娜"_s);
        QVERIFY(form->save());
        const CaseRecord saved = *form->lastSaved();

        // No phone set: nothing printed in its place.
        const QString bare = IntakeReceipt(*m_context, saved).html();
        QVERIFY(!bare.contains(u"电话"_s));
        QVERIFY(bare.contains(u"受理窗口"_s));

        SettingsRepository settings(*m_db);
        settings.setValue(CenterSettings::phoneKey, u"0579-85501234"_s);
        settings.setValue(CenterSettings::addressKey, u"青石镇人民路18号"_s);
        const IntakeReceipt receipt(*m_context, saved);
        QCOMPARE(receipt.receptionist(), m_town.reception.displayName);
        // Reprinted by another account: still the one who registered it.
        const AppContext other{*m_db, m_clock, m_calendar, m_town.duty};
        QCOMPARE(IntakeReceipt(other, saved).receptionist(), m_town.reception.displayName);

        const QString date =
            saved.receivedAt.date().toString(u"yyyy年M月d日"_s); // IntakeReceipt::dateFormat()
        const QString suffix = m_testDb->backendName();
        for (const auto paper : {IntakeReceipt::Paper::A5, IntakeReceipt::Paper::HalfA4}) {
            const QString name = u"zz-receipt-%1-%2"_s.arg(CenterSettings::paperToString(paper), suffix);
            const QString pdf = test::outputPath(name + u".pdf"_s);
            receipt.writePdf(pdf, paper);
            QProcess pdftotext;
            pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
            QVERIFY(pdftotext.waitForFinished(30000));
            const QString raw = QString::fromUtf8(pdftotext.readAllStandardOutput());
            QString text = raw;
            text.remove(QRegularExpression(u"\\s+"_s));
            QVERIFY2(text.contains(u"0579-85501234"_s), qPrintable(raw));
            QVERIFY2(text.contains(u"青石镇人民路18号"_s), qPrintable(raw));
            QVERIFY2(text.contains(u"受理窗口"_s), qPrintable(raw));
            QVERIFY2(text.contains(u"存根"_s), qPrintable(raw));
            QVERIFY2(text.contains(u"沿此线剪开"_s), qPrintable(raw));
            // Receipt and stub each carry the identifiers, the masked reporter, the receptionist, the date.
            for (const QString &field :
                 {saved.caseNo, saved.lookupCode, u"欧***"_s, m_town.reception.displayName, date})
                QVERIFY2(text.count(field) >= 2, qPrintable(field + u"\n"_s + raw));
            QVERIFY(!text.contains(u"欧阳娜娜"_s));
            // Extracted text equals the source: every CJK run of both parts, no radicals.
            static const QRegularExpression cjk(u"[\\x{3400}-\\x{9fff}]{2,}"_s);
            for (const QString &source : {receipt.html(), receipt.stubHtml()})
                for (auto it = cjk.globalMatch(source); it.hasNext();) {
                    const QString run = it.next().captured();
                    QVERIFY2(text.contains(run), qPrintable(run + u"\n"_s + raw));
                }
            QVERIFY2(!text.contains(QRegularExpression(u"[\\x{2e80}-\\x{2fdf}]"_s)), qPrintable(raw));
            // The page size chosen.
            QProcess pdfinfo;
            pdfinfo.start(u"pdfinfo"_s, {pdf});
            if (pdfinfo.waitForFinished(30000)) {
                const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
                QVERIFY2(info.contains(paper == IntakeReceipt::Paper::A5 ? u"(A5)"_s : u"(A4)"_s),
                         qPrintable(info));
            }
            // A picture to look at.
            if (!QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()) {
                QProcess pdftoppm;
                pdftoppm.start(u"pdftoppm"_s,
                               {u"-png"_s, u"-r"_s, u"90"_s, u"-singlefile"_s, pdf, test::outputPath(name)});
                QVERIFY(pdftoppm.waitForFinished(30000));
                QVERIFY(QFileInfo::exists(test::outputPath(name + u".png"_s)));
            }
        }
        // The setting chooses the paper when none is given.
        settings.setValue(CenterSettings::receiptPaperKey, u"a4-half"_s);
        const QString pdf = m_draftDir->filePath(u"setting.pdf"_s);
        IntakeReceipt(*m_context, saved).writePdf(pdf);
        QProcess pdfinfo;
        pdfinfo.start(u"pdfinfo"_s, {pdf});
        if (pdfinfo.waitForFinished(30000))
            QVERIFY(QString::fromUtf8(pdfinfo.readAllStandardOutput()).contains(u"(A4)"_s));

        // The preview offers the choice too, starting from the setting.
        QTest::mouseClick(child<QPushButton>(f, u"printReceiptButton"_s), Qt::LeftButton);
        QPrintPreviewDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f->findChild<QPrintPreviewDialog *>(u"receiptPreviewDialog"_s)));
        auto *paperBox = dialog->findChild<QComboBox *>(u"receiptPaperComboBox"_s);
        QVERIFY(paperBox);
        QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::A4);
        paperBox->setCurrentIndex(paperBox->findData(int(IntakeReceipt::Paper::A5)));
        QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::A5);
        dialog->close();
    }

    void relatedCasesPanelListsEarlierCases()
    {
        // An earlier case of the same resident at the same village, and one elsewhere.
        CaseService service(*m_db, m_clock, m_calendar);
        CaseRecord earlier;
        earlier.title = u"楼上漏水严重，多次协商未果"_s;
        earlier.categoryId = m_town.neighbourDispute.id;
        earlier.orgUnitId = m_town.grid2.id;
        CaseParty party;
        party.name = u"张三"_s;
        party.residentId = residentId;
        earlier.parties = {party};
        earlier = service.report(earlier, m_town.actor(m_town.reception));
        CaseRecord elsewhere = earlier;
        elsewhere.id = 0;
        elsewhere.parties.clear();
        elsewhere.orgUnitId = m_town.village2.id;
        service.report(elsewhere, m_town.actor(m_town.reception));
        m_clock.advanceDays(3);

        auto form = openForm();
        QWidget *f = form.get();
        auto *samePerson = child<QTableWidget>(f, u"samePersonTableWidget"_s);
        auto *similar = child<QTableWidget>(f, u"similarTableWidget"_s);
        QCOMPARE(samePerson->rowCount(), 0);
        typeInto(child<QLineEdit>(f, u"partyResidentIdLineEdit"_s), residentId);
        QTRY_COMPARE(samePerson->rowCount(), 1);
        QCOMPARE(samePerson->item(0, 0)->text(), earlier.caseNo);
        QCOMPARE(samePerson->item(0, 1)->text(), earlier.title);

        fillMinimal(f, u"楼上漏水"_s);
        QTRY_COMPARE(similar->rowCount(), 1); // not the one at 东湖社区
        QCOMPARE(similar->item(0, 0)->text(), earlier.caseNo);

        // 标记为重复件: the link is saved with the new case.
        QTest::mouseClick(samePerson->viewport(), Qt::LeftButton, {},
                          samePerson->visualItemRect(samePerson->item(0, 1)).center());
        auto *repeat = child<QPushButton>(f, u"markRepeatButton"_s);
        QVERIFY(repeat->isEnabled());
        QTest::mouseClick(repeat, Qt::LeftButton);
        QVERIFY(child<QLabel>(f, u"linkLabel"_s)->text().contains(earlier.caseNo));
        typeInto(child<QLineEdit>(f, u"partyNameLineEdit"_s), u"张三"_s);
        VERIFY_SCREENSHOT(f, u"zz-intake-related"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(form->lastSaved());
        Query links(*m_db, u"SELECT case_id, linked_case_id, kind, created_by FROM case_links"_s);
        links.exec();
        QVERIFY(links.next());
        QCOMPARE(links.int64(0), form->lastSaved()->id);
        QCOMPARE(links.int64(1), earlier.id);
        QCOMPARE(links.text(2), u"repeat"_s);
        QCOMPARE(links.int64(3), m_town.reception.id);
        QVERIFY(!links.next());
        QVERIFY(child<QLabel>(f, u"linkLabel"_s)->text().isEmpty());

        // The similar-case statement can use the trigram index on PostgreSQL (tiny tables make the
        // planner prefer a scan, so scans are switched off for the check).
        if (m_db->isPostgres()) {
            const SqlStatement st = RelatedCases(*m_db, m_town.actor(m_town.reception))
                                        .similarStatement(u"楼上漏水"_s, m_town.grid1.id, m_start);
            Query::run(*m_db, u"SET enable_seqscan = off"_s);
            // EXPLAIN cannot be prepared: the values go in as literals.
            QString sql = st.sql;
            for (const QVariant &v : st.values) {
                QString literal;
                if (v.typeId() == QMetaType::QString)
                    literal = u'\'' + v.toString().replace(u'\'', u"''"_s) + u'\'';
                else if (v.typeId() == QMetaType::Bool)
                    literal = v.toBool() ? u"true"_s : u"false"_s;
                else
                    literal = QString::number(v.toLongLong());
                sql.replace(sql.indexOf(u'?'), 1, literal);
            }
            QSqlQuery explain(m_db->connection());
            QVERIFY2(explain.exec(u"EXPLAIN "_s + sql), qPrintable(explain.lastError().text()));
            QString plan;
            while (explain.next())
                plan += explain.value(0).toString() + u'\n';
            // Within a village and 90 days the planner may prefer cases_org_path (org_path, received_at);
            // either way no table scan, and the text condition alone takes the trigram index.
            QVERIFY2(!plan.contains(u"Seq Scan"_s), qPrintable(plan));
            QVERIFY2(explain.exec(u"EXPLAIN SELECT id FROM cases c WHERE '楼上漏水' <% "
                                  "(c.title || ' ' || c.description || ' ' || c.address)"_s),
                     qPrintable(explain.lastError().text()));
            QString textPlan;
            while (explain.next())
                textPlan += explain.value(0).toString() + u'\n';
            Query::run(*m_db, u"RESET enable_seqscan"_s);
            QVERIFY2(textPlan.contains(u"cases_search_trgm"_s), qPrintable(textPlan));
        }
    }

    void draftRestoredAfterTheWindowIsGone()
    {
        QString path;
        {
            auto form = openForm();
            QVERIFY(!form->draftPrompt());
            fillMinimal(form.get(), u"井盖缺失"_s);
            typeInto(child<QLineEdit>(form.get(), u"partyNameLineEdit"_s), u"张三"_s);
            typeInto(child<QLineEdit>(form.get(), u"partyPhoneLineEdit"_s), u"13857661234"_s);
            path = form->draftPath();
            // One encrypted file per database and account, written after a pause in typing, not at
            // every key.
            QVERIFY(path.endsWith(u"-%1.draft"_s.arg(m_town.reception.id)));
            QVERIFY(!QFileInfo::exists(path));
            QTRY_VERIFY(QFileInfo::exists(path));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString &secret : {u"张三"_s, u"13857661234"_s, u"井盖缺失"_s})
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        } // closed without registering

        auto form = openForm();
        QWidget *f = form.get();
        QTRY_VERIFY(form->draftPrompt() && form->draftPrompt()->isVisible());
        auto *restore = form->draftPrompt()->findChild<QPushButton *>(u"restoreDraftButton"_s);
        QVERIFY(restore);
        QTest::keyClick(restore, Qt::Key_Space);
        QTRY_VERIFY(!form->draftPrompt());
        QCOMPARE(child<QLineEdit>(f, u"titleLineEdit"_s)->text(), u"井盖缺失"_s);
        QCOMPARE(child<QLineEdit>(f, u"partyNameLineEdit"_s)->text(), u"张三"_s);
        QVERIFY(child<QLineEdit>(f, u"categoryLineEdit"_s)->text().contains(u"邻里纠纷"_s));
        QVERIFY(child<QPushButton>(f, u"saveButton"_s)->isEnabled());
        QVERIFY(form->save());
        QVERIFY(!QFileInfo::exists(path)); // gone after a successful save
        QCOMPARE(caseCount(), 1);

        // Discarding: the next window starts blank and asks nothing.
        typeInto(child<QLineEdit>(f, u"titleLineEdit"_s), u"草稿"_s);
        QTRY_VERIFY(QFileInfo::exists(path));
        form.reset();
        form = openForm();
        QTRY_VERIFY(form->draftPrompt() && form->draftPrompt()->isVisible());
        QTest::keyClick(form->draftPrompt()->findChild<QPushButton *>(u"discardDraftButton"_s),
                        Qt::Key_Space);
        QTRY_VERIFY(!form->draftPrompt());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(child<QLineEdit>(form.get(), u"titleLineEdit"_s)->text().isEmpty());
    }

    // A draft that cannot be opened (sealed for another database at this path, damaged) is
    // deleted with a notice; the form starts blank.
    void unreadableDraftDiscardedWithNotice()
    {
        QString path;
        {
            auto form = openForm();
            path = form->draftPath();
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"title\":\"not sealed\"}");
        file.close();
        auto form = openForm();
        QTRY_VERIFY(form->draftNotice() && form->draftNotice()->isVisible());
        QVERIFY(!form->draftPrompt());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(child<QLineEdit>(form.get(), u"titleLineEdit"_s)->text().isEmpty());
        form->draftNotice()->accept();
        QTRY_VERIFY(!form->draftNotice());
    }

    void droppedConnectionRetriedOnce()
    {
        if (!m_db->isPostgres())
            QSKIP("a local SQLite file cannot lose its connection");
        auto form = openForm();
        QWidget *f = form.get();
        fillMinimal(f, u"路灯不亮"_s);
        const qint64 pid = Query(*m_db, u"SELECT pg_backend_pid()"_s).scalar().toLongLong();
        {
            auto admin = m_testDb->connectAgain();
            Query(*admin, u"SELECT pg_terminate_backend(?)"_s).bind(pid).exec();
        }
        QTest::qWait(200);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!form->lastSaved());
        auto *retry = child<QPushButton>(f, u"retryButton"_s);
        QVERIFY(retry->isVisible());
        QVERIFY(child<QLabel>(f, u"saveErrorLabel"_s)->isVisible());
        QCOMPARE(child<QLineEdit>(f, u"titleLineEdit"_s)->text(), u"路灯不亮"_s); // form intact
        QTest::keyClick(retry, Qt::Key_Space);
        QVERIFY(form->lastSaved());
        QVERIFY(!retry->isVisible());
        QCOMPARE(caseCount(), 1);
        // The retry button again (as after an ambiguous failure) must not register a second case.
        QCOMPARE(Query(*m_db, u"SELECT COUNT(*) FROM cases WHERE title = ?"_s)
                     .bind(u"路灯不亮"_s)
                     .scalar()
                     .toInt(),
                 1);
    }
};

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
