// 信访接待登记 (issue 12): the petition window's form driven by object name with the keyboard, on
// SQLite and PostgreSQL (ZONGZHI_TEST_BACKEND): the group-visit limit (the sixth representative refused
// with the article named), keyboard order, drafts, screenshots in both languages.

#include "Database.h"
#include "Error.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "Validators.h"
#include "petition/ReceptionForm.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;
using zz::test::TestTown;

namespace {

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

template <typename T> T *child(QWidget *form, const QString &name)
{
    auto *w = form->findChild<T *>(name);
    if (!w)
        qWarning() << "missing" << name;
    return w;
}

} // namespace

class TestPetitionReception : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    TestTown m_town;
    const QDateTime m_start{QDate(2026, 3, 2), QTime(9, 0)}; // a Monday away from holidays
    FixedClock m_clock{m_start};
    WorkCalendar m_calendar;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QTemporaryDir> m_draftDir;

    std::unique_ptr<ReceptionForm> openForm()
    {
        auto form = std::make_unique<ReceptionForm>(*m_context, m_draftDir->path());
        form->resize(900, 1000);
        form->show();
        QApplication::setActiveWindow(form.get());
        if (!QTest::qWaitForWindowActive(form.get()))
            qWarning() << "window not active";
        return form;
    }

    QList<QLineEdit *> nameEdits(QWidget *form)
    {
        // Rows replaced (a restored draft) leave their old cell widgets to a deferred delete.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return form->findChildren<QLineEdit *>(u"partyNameLineEdit"_s);
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

    // A group visit names at most five representatives (信访工作条例 Art. 20): Ctrl+N on the sixth is
    // refused with the article named, and the form cannot be registered past the limit.
    void sixthRepresentativeRefused()
    {
        auto form = openForm();
        QWidget *f = form.get();
        auto *visitForm = child<QComboBox>(f, u"visitFormComboBox"_s);
        visitForm->setCurrentIndex(visitForm->findData(code(VisitForm::Group)));
        auto *headCount = child<QSpinBox>(f, u"headCountSpinBox"_s);
        QVERIFY(headCount->isEnabled());
        headCount->setValue(30);
        QVERIFY(child<QLabel>(f, u"representativeRuleLabel"_s)->text().contains(u"5"_s));
        const QStringList names{u"张一"_s, u"张二"_s, u"张三"_s, u"张四"_s, u"张五"_s};
        for (int i = 0; i < names.size(); ++i) {
            if (i > 0)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
            QCOMPARE(nameEdits(f).size(), i + 1);
            typeInto(nameEdits(f).at(i), names.at(i));
        }
        auto *limit = child<QLabel>(f, u"partyLimitLabel"_s);
        QVERIFY(limit->isHidden());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(nameEdits(f).size(), 5);
        QVERIFY(!limit->isHidden());
        QVERIFY2(limit->text().contains(u"第二十条"_s), qPrintable(limit->text()));
        // Every row is a representative in a group visit.
        for (QComboBox *role : f->findChildren<QComboBox *>(u"partyRoleComboBox"_s))
            QCOMPARE(role->currentData().toString(), u"representative"_s);
        // Fewer people than representatives is refused too.
        headCount->setValue(3);
        QVERIFY(!child<QLabel>(f, u"representativeErrorLabel"_s)->isHidden());
        QVERIFY(!form->problem().isEmpty());
        VERIFY_SCREENSHOT(f, u"petition-reception-group-%1"_s.arg(m_testDb->backendName()), QSize(600, 600));
    }

    // The fields in reading order with Tab; Ctrl+N adds a person and focuses the name.
    void keyboardOrder()
    {
        auto form = openForm();
        QWidget *f = form.get();
        child<QComboBox>(f, u"channelComboBox"_s)->setFocus();
        const QStringList order{
            u"typeComboBox"_s,       u"visitFormComboBox"_s,      u"headCountSpinBox"_s,
            u"partyRoleComboBox"_s,  u"partyNameLineEdit"_s,      u"partyResidentIdLineEdit"_s,
            u"partyPhoneLineEdit"_s, u"partyAnonymousCheckBox"_s, u"petitionerAddressLineEdit"_s,
            u"placeLineEdit"_s,      u"placeAddressLineEdit"_s,   u"requestTextEdit"_s,
            u"factsTextEdit"_s};
        for (const QString &name : order) {
            // A disabled head count (individual visit) is passed over.
            if (name == u"headCountSpinBox"_s)
                continue;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(nameEdits(f).size(), 2);
        QCOMPARE(QApplication::focusWidget(), nameEdits(f).at(1));
    }

    // What is checked as it is typed: the place must be one of the scope's, the request is needed,
    // a bad resident ID is named by row; 重大紧急 says the leader is told.
    void validation()
    {
        auto form = openForm();
        QWidget *f = form.get();
        auto *save = child<QPushButton>(f, u"saveButton"_s);
        QVERIFY(!save->isEnabled());
        typeInto(nameEdits(f).at(0), u"王大伯"_s);
        typeInto(child<QLineEdit>(f, u"partyResidentIdLineEdit"_s), u"330681198001011230"_s);
        QVERIFY(!child<QLabel>(f, u"partiesErrorLabel"_s)->isHidden());
        child<QLineEdit>(f, u"partyResidentIdLineEdit"_s)->clear();
        typeInto(child<QLineEdit>(f, u"placeLineEdit"_s), u"不存在的村"_s);
        QVERIFY(!child<QLabel>(f, u"placeErrorLabel"_s)->isHidden());
        child<QLineEdit>(f, u"placeLineEdit"_s)->clear();
        typeInto(child<QLineEdit>(f, u"placeLineEdit"_s), u"上溪村第1网格"_s);
        QVERIFY(child<QLabel>(f, u"placeErrorLabel"_s)->isHidden());
        QVERIFY(!save->isEnabled());
        typeInto(child<QPlainTextEdit>(f, u"requestTextEdit"_s), u"要求解决宅基地纠纷"_s);
        QVERIFY2(save->isEnabled(), qPrintable(form->problem()));
        child<QCheckBox>(f, u"major_urgentFlagCheckBox"_s)->setChecked(true);
        QVERIFY(child<QLabel>(f, u"flagNoteLabel"_s)->text().contains(u"领导"_s));
    }

    // A half-filled form comes back after the window closed.
    void draftRestored()
    {
        {
            auto form = openForm();
            typeInto(nameEdits(form.get()).at(0), u"李阿婆"_s);
            typeInto(child<QPlainTextEdit>(form.get(), u"requestTextEdit"_s), u"低保资格复核"_s);
            form->saveDraft();
        }
        auto form = openForm();
        QMessageBox *prompt = form->draftPrompt();
        QVERIFY(prompt);
        child<QPushButton>(prompt, u"restoreDraftButton"_s)->click();
        QCOMPARE(nameEdits(form.get()).at(0)->text(), u"李阿婆"_s);
        QCOMPARE(child<QPlainTextEdit>(form.get(), u"requestTextEdit"_s)->toPlainText(), u"低保资格复核"_s);
    }

    void screenshots()
    {
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            QTranslator translator;
            if (language == u"en"_s) {
                QVERIFY(translator.load(u"zongzhi_en"_s, u":/i18n"_s));
                QCoreApplication::installTranslator(&translator);
            }
            {
                auto form = openForm();
                typeInto(nameEdits(form.get()).at(0), u"王大伯"_s);
                typeInto(child<QLineEdit>(form.get(), u"placeLineEdit"_s), u"上溪村第1网格"_s);
                typeInto(child<QPlainTextEdit>(form.get(), u"requestTextEdit"_s), u"要求解决宅基地纠纷"_s);
                VERIFY_SCREENSHOT(form.get(),
                                  u"petition-reception-%1-%2"_s.arg(language, m_testDb->backendName()),
                                  QSize(600, 600));
                form->discardDraft();
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }
};

QTEST_MAIN(TestPetitionReception)
#include "tst_petition_reception.moc"
