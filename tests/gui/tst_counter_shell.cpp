// Issue 15 at the counter, the shell's part: a cancelled login leaves the next start as it was, the
// idle lock covers every window of the app, and logging out or quitting with a half-filled intake
// form asks first. On a demo SQLite database, through the real AppController and its dialogs.

#include "CaseRepository.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "ReferenceRepositories.h"
#include "dispatch/BoardPage.h"
#include "dispatch/CaseViewDialog.h"
#include "intake/IntakeForm.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/Localization.h"
#include "shell/LockScreen.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

constexpr qint64 demoCases = 60;

// Answers modal dialogs as they open by calling `answer` once for each (the flows run them with
// exec(), so the test cannot click them directly).
class ModalAnswerer : public QObject
{
public:
    explicit ModalAnswerer(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || qobject_cast<QProgressDialog *>(modal))
                return;
            m_last = modal;
            m_seen.append(modal->objectName().isEmpty()
                              ? QString::fromLatin1(modal->metaObject()->className())
                              : modal->objectName());
            m_answer(modal);
        });
        m_timer.start(20);
    }
    const QStringList &seen() const { return m_seen; }

private:
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_seen;
};

void logInThrough(QWidget *dialog, const QString &login, const QString &password)
{
    auto *loginEdit = dialog->findChild<QLineEdit *>(u"loginLineEdit"_s);
    auto *passwordEdit = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    QVERIFY(loginEdit && passwordEdit);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(passwordEdit, password);
    QTest::keyClick(passwordEdit, Qt::Key_Return);
}

void typeText(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestCounterShell : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;

    std::unique_ptr<AppController> startAs(const QString &login, AppSettings &settings)
    {
        auto controller = std::make_unique<AppController>(settings);
        ModalAnswerer answerer([&](QWidget *modal) {
            if (modal->objectName() == u"loginDialog"_s)
                logInThrough(modal, login, DemoDataGenerator::demoPassword());
        });
        if (!controller->start(m_url))
            return nullptr;
        return controller;
    }

    static IntakeForm *halfFilledIntake(MainWindow *window)
    {
        if (!window->setCurrentModule(u"intake"_s))
            return nullptr;
        auto *form = window->findChild<IntakeForm *>();
        if (form)
            typeText(form->findChild<QLineEdit *>(u"titleLineEdit"_s), u"楼道堆放杂物"_s);
        return form;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // drafts and settings stay out of the user's folders
        Localization::applyChineseFont();
        m_url = u"sqlite://"_s + m_dir.filePath(u"demo.db"_s);
        Database db(m_url);
        db.migrate();
        DemoOptions options;
        options.cases = demoCases;
        QCOMPARE(DemoDataGenerator(db, options).run(), demoCases);
    }

    // Found by reading the code: the URL of a database is remembered only once a login to it
    // succeeded; a cancelled login leaves the next start as it was.
    void cancelledLoginKeepsTheSavedUrl()
    {
        AppSettings settings(m_dir.filePath(u"url.ini"_s));
        settings.databaseUrl.set(u"sqlite:///somewhere/else.db"_s);
        {
            AppController controller(settings);
            ModalAnswerer answerer([](QWidget *modal) {
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
            });
            QVERIFY(!controller.start(m_url));
            QCOMPARE(answerer.seen(), QStringList{u"loginDialog"_s});
        }
        QCOMPARE(settings.databaseUrl.get(), u"sqlite:///somewhere/else.db"_s);
        auto controller = startAs(u"duty1"_s, settings);
        QVERIFY(controller);
        QCOMPARE(settings.databaseUrl.get(), m_url);
    }

    // Found by reading the code: a case window opened from the board is modeless; the lock hides
    // it with the main window and brings it back on unlock.
    void lockCoversModelessWindows()
    {
        AppSettings settings(m_dir.filePath(u"lock.ini"_s));
        auto controller = startAs(u"duty1"_s, settings);
        QVERIFY(controller);
        MainWindow *window = controller->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const qint64 caseId = CaseRepository(*controller->database()).list(CaseQuery()).first().id;
        auto *view = new CaseViewDialog(window->context(), caseId, window->findChild<BoardPage *>());
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QPointer<CaseViewDialog> guard(view);

        controller->lock();
        QVERIFY(controller->lockScreen());
        QVERIFY(!view->isVisible());
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top != window && top->isVisible() &&
                (top->windowType() == Qt::Window || top->windowType() == Qt::Dialog))
                QFAIL(qPrintable(u"still visible while locked: "_s + top->objectName()));

        LockScreen *lock = controller->lockScreen();
        QTest::keyClicks(lock->findChild<QLineEdit *>(u"passwordLineEdit"_s),
                         DemoDataGenerator::demoPassword());
        QTest::mouseClick(lock->findChild<QPushButton *>(u"unlockButton"_s), Qt::LeftButton);
        QVERIFY(!controller->lockScreen());
        QVERIFY(guard);
        QVERIFY(view->isVisible());
        view->close();
    }

    // Defect 7: 注销 with a half-filled intake form asks; 取消 stays, 放弃 drops the draft,
    // 保存草稿并注销 keeps it for the next login.
    void logoutAsksAboutHalfFilledForm()
    {
        AppSettings settings(m_dir.filePath(u"logout.ini"_s));
        auto controller = startAs(u"reception1"_s, settings);
        QVERIFY(controller);
        QPointer<MainWindow> window = controller->mainWindow();
        IntakeForm *form = halfFilledIntake(window);
        QVERIFY(form);
        const QString draft = form->draftPath();
        auto *logout = window->findChild<QAction *>(u"logoutAction"_s);

        QString asked;
        {
            ModalAnswerer answerer([&](QWidget *modal) {
                asked = qobject_cast<QMessageBox *>(modal)->text();
                modal->findChild<QPushButton *>(u"cancelLeavingButton"_s)->click();
            });
            logout->trigger();
            QCOMPARE(answerer.seen(), QStringList{u"unsavedWorkMessageBox"_s});
        }
        QVERIFY2(asked.contains(u"尚未登记"_s), qPrintable(asked));
        QTest::qWait(50);
        QVERIFY(window); // still the same session

        {
            ModalAnswerer answerer([&](QWidget *modal) {
                if (modal->objectName() == u"unsavedWorkMessageBox"_s)
                    modal->findChild<QPushButton *>(u"keepDraftButton"_s)->click();
                else if (modal->objectName() == u"loginDialog"_s)
                    logInThrough(modal, u"reception1"_s, DemoDataGenerator::demoPassword());
                else if (modal->objectName() == u"draftMessageBox"_s)
                    modal->findChild<QPushButton *>(u"discardDraftButton"_s)->click();
            });
            logout->trigger();
            QTRY_VERIFY(!window);
            QTRY_VERIFY(controller->mainWindow());
            QVERIFY(QFileInfo::exists(draft));
            QVERIFY(controller->mainWindow()->setCurrentModule(u"intake"_s));
            QTRY_COMPARE(answerer.seen(), (QStringList{u"unsavedWorkMessageBox"_s, u"loginDialog"_s,
                                                       u"draftMessageBox"_s})); // offered again
        }

        window = controller->mainWindow();
        form = halfFilledIntake(window);
        QVERIFY(form);
        form->saveDraft();
        QVERIFY(QFileInfo::exists(draft));
        {
            ModalAnswerer answerer([&](QWidget *modal) {
                if (modal->objectName() == u"unsavedWorkMessageBox"_s)
                    modal->findChild<QPushButton *>(u"discardDraftButton"_s)->click();
                else if (modal->objectName() == u"loginDialog"_s)
                    qobject_cast<QDialog *>(modal)->reject();
            });
            QSignalSpy quit(controller.get(), &AppController::quitRequested);
            window->findChild<QAction *>(u"logoutAction"_s)->trigger();
            QTRY_COMPARE(quit.count(), 1);
        }
        QVERIFY(!QFileInfo::exists(draft));
    }

    // Defect 7: closing the window (退出) asks too, and 取消 keeps it open.
    void quitAsksAboutHalfFilledForm()
    {
        AppSettings settings(m_dir.filePath(u"quit.ini"_s));
        auto controller = startAs(u"reception1"_s, settings);
        QVERIFY(controller);
        MainWindow *window = controller->mainWindow();
        QVERIFY(halfFilledIntake(window));
        ModalAnswerer answerer(
            [](QWidget *modal) { modal->findChild<QPushButton *>(u"cancelLeavingButton"_s)->click(); });
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QCOMPARE(answerer.seen(), QStringList{u"unsavedWorkMessageBox"_s});
        window->findChild<IntakeForm *>()->discardDraft();
    }
};

QTEST_MAIN(TestCounterShell)

#include "tst_counter_shell.moc"
