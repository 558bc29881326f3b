// Issue 10: from an empty database to a registered case in a real township, through the GUI only —
// the first-run wizard (database, start, division picked by typing, center, admin), the admin's
// accounts, then a reception account registering a case whose number carries the township's NBS
// code. Each phase's wall time is printed (qInfo), not asserted. Both backends.
#include "AccountService.h"
#include "AuthService.h"
#include "CaseRepository.h"
#include "CenterSettings.h"
#include "Clock.h"
#include "Database.h"
#include "DivisionCatalog.h"
#include "Error.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "TestMacros.h"
#include "WorkerRepository.h"
#include "basedata/HolidayCalendarPage.h"
#include "basedata/HolidayNoticeDialog.h"
#include "basedata/OrgTreePage.h"
#include "basedata/ReferenceListPage.h"
#include "basedata/WorkersPage.h"
#include "intake/IntakeForm.h"
#include "setup/DivisionPicker.h"
#include "setup/FirstRunPages.h"
#include "setup/FirstRunWizard.h"
#include "setup/SetupRunner.h"
#include "shell/AppContext.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

const QString password = u"first-run-2026"_s;
int typedCharacters = 0; // what a person would have typed, for the time estimate in each phase's line

// QTest::keyClicks sends Latin-1 only; Chinese arrives through the input method as committed text.
void typeText(QWidget *widget, const QString &text)
{
    typedCharacters += int(text.size());
    widget->setFocus();
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClicks(widget, QString(ch));
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QCoreApplication::sendEvent(widget, &event);
        }
    }
}

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// Answers modal dialogs as they open by calling `answer` once for each; the flows under test run
// them with exec(), so the test cannot click them directly.
class ModalAnswerer : public QObject
{
public:
    explicit ModalAnswerer(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == m_last || qobject_cast<QProgressDialog *>(modal) || m_busy)
                return;
            m_last = modal;
            m_seen.append(modal->objectName().isEmpty()
                              ? QString::fromLatin1(modal->metaObject()->className())
                              : modal->objectName());
            m_busy = true;
            m_answer(modal);
            m_busy = false;
        });
        m_timer.start(20);
    }
    const QStringList &seen() const { return m_seen; }

private:
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QPointer<QWidget> m_last;
    QStringList m_seen;
    bool m_busy = false;
};

void logInThrough(QWidget *dialog, const QString &login, const QString &pass)
{
    auto *loginEdit = child<QLineEdit>(dialog, u"loginLineEdit"_s);
    loginEdit->clear();
    typeText(loginEdit, login);
    typeText(child<QLineEdit>(dialog, u"passwordLineEdit"_s), pass);
    QTest::mouseClick(child<QPushButton>(dialog, u"loginButton"_s), Qt::LeftButton);
}

class English
{
public:
    English()
    {
        if (m_translator.load(u"zongzhi_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(&m_translator);
    }
    ~English() { QCoreApplication::removeTranslator(&m_translator); }

private:
    QTranslator m_translator;
};

void clickNext(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    QVERIFY2(next->isEnabled(), qPrintable(wizard->currentPage()->objectName()));
    QTest::mouseClick(next, Qt::LeftButton);
}

// The county and township the test sets up: 余姚市 and its 梨洲街道, found by typing.
struct Place
{
    QString countyCode;
    QString townshipCode;
    QString townshipName;
    QString villageName;
    QString gridName = u"梨洲第1网格"_s;
    QString categoryName = u"宅基地纠纷"_s;
};

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyDatabaseToRegisteredCase();
    void failureKeepsInputAndResumes();
    void addTownshipsFromMenu();
    void townshipAdminAddsOwnVillagesOnly();
    void emptyStartSaysWhatToDo();
    void standardStartRegistersAtOnce();
    void databasePageFindsSetUpDatabase();
    void screenshots();
    void cancelAsksFirst();

private:
    QString login(const QString &base) const
    {
        return base + u'_' + QString::number(QCoreApplication::applicationPid());
    }
    // Drives the wizard's pages up to the summary: start choice, division typed, center, admin.
    void fillWizard(QWizard *wizard, const QString &adminLogin, bool standardCategories);
    static void reportPhase(const char *phase, QElapsedTimer &timer);
    // As the admin, in 基础数据: a grid under the township's first village, a department, a
    // sub-category with its time limit, a grid worker assigned to the grid and next year's holidays.
    void createBaseDataInGui(MainWindow *window, const Database &db, QElapsedTimer &phase);
    // Runs every setup step for the picked township with the given start (as the wizard would), then
    // the new admin creates a reception account there; the clerk is returned in `clerk`.
    void setUpTownship(const Database &db, const Clock &clock, SetupPlan::Start start, const QString &admin,
                       const QString &reception, User &clerk);

    std::unique_ptr<test::TestDatabase> m_testDb;
    QTemporaryDir m_dir;
    Place m_place;
    QStringList m_roles; // PostgreSQL login roles made here, dropped at the end
};

void TestFirstRun::initTestCase()
{
    try {
        m_testDb = std::make_unique<test::TestDatabase>();
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    qInfo() << "backend:" << m_testDb->backendName();
    Localization::applyChineseFont();
    const DivisionCatalog &catalog = DivisionCatalog::bundled();
    const QList<Division> found = catalog.search(u"余姚 梨洲"_s, 5);
    QVERIFY(!found.isEmpty());
    m_place.townshipCode = found.first().code;
    m_place.townshipName = found.first().name;
    m_place.countyCode = m_place.townshipCode.left(6);
    QCOMPARE(m_place.townshipName, u"梨洲街道"_s);
    const QList<Division> villages = catalog.villages(m_place.townshipCode);
    QVERIFY(!villages.isEmpty());
    m_place.villageName = villages.first().name;
}

void TestFirstRun::cleanupTestCase()
{
    // Login roles belong to the whole server: leave none behind.
    if (!m_testDb || !m_testDb->isPostgres())
        return;
    try {
        auto db = m_testDb->connectAgain();
        QSqlQuery drop(db->connection());
        for (const QString &role : std::as_const(m_roles))
            drop.exec(u"DROP ROLE IF EXISTS "_s + role);
    } catch (const Error &) {
    }
}

void TestFirstRun::reportPhase(const char *phase, QElapsedTimer &timer)
{
    qInfo("phase %-34s %7.1f s, %4d characters typed", phase, double(timer.restart()) / 1000.0,
          typedCharacters);
    typedCharacters = 0;
}

void TestFirstRun::fillWizard(QWizard *wizard, const QString &adminLogin, bool standardCategories)
{
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::StartPage));
    child<QRadioButton>(wizard,
                        standardCategories ? u"standardCategoriesRadioButton"_s : u"emptyStartRadioButton"_s)
        ->click();
    clickNext(wizard);

    // The township by typing part of its name: Enter takes the first hit, which checks it alone.
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::DivisionPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    auto *search = child<QLineEdit>(wizard, u"divisionSearch"_s);
    typeText(search, u"余姚 梨洲"_s);
    QTest::keyClick(search, Qt::Key_Return);
    auto *picker = child<DivisionPicker>(wizard, u"divisionPicker"_s);
    QCOMPARE(picker->countyCode(), m_place.countyCode);
    QCOMPARE(picker->townshipCodes(), QStringList{m_place.townshipCode});
    clickNext(wizard);

    // The center's name is proposed from the township.
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::CenterPage));
    auto *name = child<QLineEdit>(wizard, u"centerNameLineEdit"_s);
    QCOMPARE(name->text(), u"梨洲街道综治中心"_s);
    typeText(child<QLineEdit>(wizard, u"centerAddressLineEdit"_s), u"梨洲街道办事处一楼"_s);
    typeText(child<QLineEdit>(wizard, u"centerPhoneLineEdit"_s), u"12345"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // not a phone number
    QVERIFY(child<QLabel>(wizard, u"centerMessageLabel"_s)->isVisible());
    child<QLineEdit>(wizard, u"centerPhoneLineEdit"_s)->clear();
    typeText(child<QLineEdit>(wizard, u"centerPhoneLineEdit"_s), u"0574-62345678"_s);
    clickNext(wizard);

    QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdminPage));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    typeText(child<QLineEdit>(wizard->currentPage(), u"loginLineEdit"_s), adminLogin);
    typeText(child<QLineEdit>(wizard->currentPage(), u"displayNameLineEdit"_s), u"王主任"_s);
    typeText(child<QLineEdit>(wizard->currentPage(), u"passwordLineEdit"_s), password);
    typeText(child<QLineEdit>(wizard->currentPage(), u"confirmPasswordLineEdit"_s), u"first-run-2027"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(child<QLabel>(wizard, u"adminMessageLabel"_s)->text().contains(u"不一致"_s),
             qPrintable(child<QLabel>(wizard, u"adminMessageLabel"_s)->text()));
    child<QLineEdit>(wizard->currentPage(), u"confirmPasswordLineEdit"_s)->clear();
    typeText(child<QLineEdit>(wizard->currentPage(), u"confirmPasswordLineEdit"_s), password);
    clickNext(wizard);

    QCOMPARE(wizard->currentId(), int(FirstRunWizard::SummaryPage));
    const QString summary = child<QLabel>(wizard, u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"梨洲街道综治中心"_s) && summary.contains(adminLogin) &&
                 summary.contains(m_place.countyCode),
             qPrintable(summary));
}

void TestFirstRun::createBaseDataInGui(MainWindow *window, const Database &db, QElapsedTimer &phase)
{
    QVERIFY(window->setCurrentModule(u"basedata"_s));
    auto *pages = child<QListWidget>(window, u"baseDataPages"_s);
    QVERIFY(pages);
    const auto showPage = [&](const QString &id) {
        for (int row = 0; row < pages->count(); ++row)
            if (pages->item(row)->data(Qt::UserRole).toString() == id)
                pages->setCurrentRow(row);
    };
    const auto township = OrgUnitRepository(db).byCode(m_place.townshipCode);
    const auto village =
        OrgUnitRepository(db).byCode(DivisionCatalog::bundled().villages(m_place.townshipCode).first().code);
    QVERIFY(township && village);

    // 组织机构: a grid under the village.
    showPage(u"orgtree"_s);
    auto *orgTree = window->findChild<OrgTreePage *>();
    QVERIFY(orgTree);
    QVERIFY(orgTree->reveal(village->id));
    {
        ModalAnswerer answerer([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"orgUnitDialog"_s);
            typeText(child<QLineEdit>(dialog, u"orgUnitNameEdit"_s), m_place.gridName);
            child<QPushButton>(dialog, u"orgUnitSaveButton"_s)->click();
        });
        QTest::mouseClick(child<QPushButton>(orgTree, u"orgAddChildButton"_s), Qt::LeftButton);
        QCOMPARE(answerer.seen(), QStringList{u"orgUnitDialog"_s});
    }
    QVERIFY(orgTree->selectedUnit() && orgTree->selectedUnit()->level == OrgLevel::Grid);
    const qint64 gridId = orgTree->selectedUnit()->id;
    QCOMPARE(orgTree->selectedUnit()->name, m_place.gridName);
    reportPhase("admin: grid in the org tree", phase);

    // 部门: the township's 司法所.
    showPage(u"departments"_s);
    auto *departments = child<ReferenceListPage>(window, u"departmentsList"_s);
    QVERIFY(departments);
    {
        ModalAnswerer answerer([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"departmentDialog"_s);
            typeText(child<QLineEdit>(dialog, u"departmentNameLineEdit"_s), u"梨洲司法所"_s);
            auto *unit = child<QComboBox>(dialog, u"departmentUnitComboBox"_s);
            unit->setCurrentIndex(unit->findText(m_place.townshipName, Qt::MatchContains));
            typeText(child<QLineEdit>(dialog, u"departmentPhoneLineEdit"_s), u"0574-62340000"_s);
            auto *save = child<QPushButton>(dialog, u"departmentSaveButton"_s);
            QVERIFY(save->isEnabled());
            save->click();
        });
        QTest::mouseClick(child<QPushButton>(departments, u"referenceAddButton"_s), Qt::LeftButton);
        QCOMPARE(answerer.seen(), QStringList{u"departmentDialog"_s});
    }
    QVERIFY(!DepartmentRepository(db).list(township->id).isEmpty());
    reportPhase("admin: department", phase);

    // 事件类别与时限: a sub-category of 矛盾纠纷 with 20 working days, going to that department.
    showPage(u"categories"_s);
    auto *categories = child<ReferenceListPage>(window, u"categoriesList"_s);
    QVERIFY(categories);
    categories->table()->setCurrentIndex({});
    {
        ModalAnswerer answerer([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"categoryDialog"_s);
            auto *parent = child<QComboBox>(dialog, u"categoryParentComboBox"_s);
            parent->setCurrentIndex(parent->findText(u"矛盾纠纷"_s, Qt::MatchContains));
            typeText(child<QLineEdit>(dialog, u"categoryNameLineEdit"_s), m_place.categoryName);
            child<QSpinBox>(dialog, u"categoryDaysSpinBox"_s)->setValue(20);
            auto *department = child<QComboBox>(dialog, u"categoryDepartmentComboBox"_s);
            department->setCurrentIndex(department->findText(u"梨洲司法所"_s, Qt::MatchContains));
            auto *save = child<QPushButton>(dialog, u"categorySaveButton"_s);
            QVERIFY2(save->isEnabled(), qPrintable(child<QLabel>(dialog, u"categoryProblemLabel"_s)->text()));
            save->click();
        });
        QTest::mouseClick(child<QPushButton>(categories, u"referenceAddButton"_s), Qt::LeftButton);
        QCOMPARE(answerer.seen(), QStringList{u"categoryDialog"_s});
    }
    const QList<Category> found = CategoryRepository(db).search(m_place.categoryName);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().timeLimitDays, 20);
    reportPhase("admin: category with time limit", phase);

    // 网格员: a worker of the township, then assigned to the grid found by typing.
    showPage(u"workers"_s);
    auto *workersPage = window->findChild<WorkersPage *>();
    QVERIFY(workersPage);
    {
        ModalAnswerer answerer([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"workerDialog"_s);
            typeText(child<QLineEdit>(dialog, u"workerNameLineEdit"_s), u"周晓梅"_s);
            typeText(child<QLineEdit>(dialog, u"workerPhoneLineEdit"_s), u"13912345678"_s);
            if (auto *unit = dialog->findChild<QComboBox *>(u"townshipComboBox"_s))
                unit->setCurrentIndex(unit->findText(m_place.townshipName, Qt::MatchContains));
            auto *save = child<QPushButton>(dialog, u"saveButton"_s);
            QVERIFY2(save->isEnabled(), qPrintable(child<QLabel>(dialog, u"problemLabel"_s)->text()));
            save->click();
        });
        QTest::mouseClick(child<QPushButton>(workersPage->list(), u"referenceAddButton"_s), Qt::LeftButton);
        QCOMPARE(answerer.seen(), QStringList{u"workerDialog"_s});
    }
    QVERIFY(workersPage->list()->selectedRow());
    {
        ModalAnswerer answerer([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"gridAssignDialog"_s);
            auto *search = child<QLineEdit>(dialog, u"gridSearchLineEdit"_s);
            typeText(search, m_place.gridName);
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_VERIFY(child<QListWidget>(dialog, u"gridResultsList"_s)->currentItem());
            child<QPushButton>(dialog, u"okButton"_s)->click();
        });
        QTest::mouseClick(child<QPushButton>(workersPage, u"assignGridButton"_s), Qt::LeftButton);
        QCOMPARE(answerer.seen(), QStringList{u"gridAssignDialog"_s});
    }
    const QList<Worker> workers = WorkerRepository(db).list();
    QCOMPARE(workers.size(), 1);
    QCOMPARE(workers.first().name, u"周晓梅"_s);
    QCOMPARE(workers.first().orgUnitId, gridId);
    reportPhase("admin: grid worker on the grid", phase);

    // 节假日: next year's notice, starting from the holiday law's days.
    showPage(u"holidays"_s);
    auto *holidays = window->findChild<HolidayCalendarPage *>();
    QVERIFY(holidays);
    const int year = QDate::currentDate().year() + 1;
    auto *years = child<QComboBox>(holidays, u"yearComboBox"_s);
    if (years->findData(year) >= 0 && !holidays->calendar().isOfficialYear(year)) {
        years->setCurrentIndex(years->findData(year));
        QTest::mouseClick(child<QPushButton>(holidays, u"enterNoticeButton"_s), Qt::LeftButton);
        QTRY_VERIFY(holidays->noticeDialog() && holidays->noticeDialog()->isVisible());
        QTest::mouseClick(child<QPushButton>(holidays->noticeDialog(), u"saveNoticeButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!holidays->noticeDialog());
        QVERIFY(holidays->calendar().isOfficialYear(year));
        QVERIFY(CalendarRepository(db).load().isOfficialYear(year));
    } else {
        qInfo("the holiday calendar already holds %d: no year to add", year);
    }
    reportPhase("admin: holiday year", phase);
}

void TestFirstRun::emptyDatabaseToRegisteredCase()
{
    const QString url = m_testDb->freshUrl();
    const QString admin = login(u"fradmin"_s);
    const QString reception = login(u"frrecep"_s);
    m_roles << admin << reception;
    AppSettings settings(m_dir.filePath(u"first-run.ini"_s));
    auto controller = std::make_unique<AppController>(settings);
    controller->setIdleTimeout(0);

    QElapsedTimer phase;
    phase.start();
    QElapsedTimer total;
    total.start();
    {
        bool wizardDone = false;
        ModalAnswerer answerer([&](QWidget *modal) {
            if (auto *wizard = qobject_cast<QWizard *>(modal)) {
                QCOMPARE(wizard->objectName(), u"firstRunWizard"_s);
                // The database page: the URL being opened, tested.
                QCOMPARE(wizard->currentId(), int(FirstRunWizard::DatabasePage));
                QTest::mouseClick(child<QPushButton>(wizard, u"testConnectionButton"_s), Qt::LeftButton);
                QCOMPARE(child<QLabel>(wizard, u"messageLabel"_s)->property("messageKind").toString(),
                         u"success"_s);
                clickNext(wizard);
                fillWizard(wizard, admin, true);
                reportPhase("wizard: answers typed", phase);
                clickNext(wizard); // 开始建立
                QCOMPARE(wizard->currentId(), int(FirstRunWizard::ProgressPage));
                QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
                reportPhase("wizard: steps carried out", phase);
                const auto *steps = child<QListWidget>(wizard, u"stepListWidget"_s);
                QCOMPARE(steps->count(), 4);
                for (int i = 0; i < steps->count(); ++i)
                    QVERIFY2(steps->item(i)->text().startsWith(u"✓"_s), qPrintable(steps->item(i)->text()));
                QVERIFY(!child<QLabel>(wizard, u"setupErrorLabel"_s)->isVisible());
                QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
                wizardDone = true;
            } else if (modal->objectName() == u"loginDialog"_s) {
                QCOMPARE(child<QLineEdit>(modal, u"loginLineEdit"_s)->text(), admin); // prefilled
                logInThrough(modal, admin, password);
            }
        });
        QVERIFY(controller->start(url));
        QVERIFY(wizardDone);
        QCOMPARE(answerer.seen(), QStringList({u"firstRunWizard"_s, u"loginDialog"_s}));
        QCOMPARE(controller->user().login, admin);
        QVERIFY(controller->user().roles.testFlag(Role::Admin));
    }
    reportPhase("login as the new admin", phase);

    // What the wizard built: the county and all its townships, the chosen township's villages with
    // their real names and codes, the standard categories, the center's details.
    const Database &db = *controller->database();
    const DivisionCatalog &catalog = DivisionCatalog::bundled();
    const auto county = OrgUnitRepository(db).byCode(m_place.countyCode);
    QVERIFY(county);
    QCOMPARE(county->name, catalog.find(m_place.countyCode)->name);
    QCOMPARE(controller->user().orgUnitId, county->id);
    QCOMPARE(OrgUnitRepository(db).children(county->id).size(), catalog.children(m_place.countyCode).size());
    const auto township = OrgUnitRepository(db).byCode(m_place.townshipCode);
    QVERIFY(township);
    QCOMPARE(township->name, m_place.townshipName);
    QCOMPARE(OrgUnitRepository(db).children(township->id).size(),
             catalog.villages(m_place.townshipCode).size());
    QVERIFY(CategoryRepository(db).all().size() > 20);
    const CenterSettings center = CenterSettings::load(db, township->id);
    QCOMPARE(center.name, u"梨洲街道综治中心"_s);
    QCOMPARE(center.phone, u"0574-62345678"_s);
    QCOMPARE(center.address, u"梨洲街道办事处一楼"_s);

    // The admin makes a reception account for the township in 账号管理.
    MainWindow *window = controller->mainWindow();
    QVERIFY(window->setCurrentModule(u"accounts"_s));
    {
        ModalAnswerer accountAnswerer([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), u"accountDialog"_s);
            typeText(child<QLineEdit>(dialog, u"loginLineEdit"_s), reception);
            typeText(child<QLineEdit>(dialog, u"displayNameLineEdit"_s), u"李受理"_s);
            auto *units = child<QComboBox>(dialog, u"orgUnitComboBox"_s);
            const int index = units->findData(township->id);
            QVERIFY(index >= 0);
            units->setCurrentIndex(index);
            child<QCheckBox>(dialog, u"roleCheckBox_reception"_s)->click();
            typeText(child<QLineEdit>(dialog, u"passwordLineEdit"_s), password);
            typeText(child<QLineEdit>(dialog, u"confirmPasswordLineEdit"_s), password);
            auto *save = child<QPushButton>(dialog, u"saveButton"_s);
            QVERIFY2(save->isEnabled(), qPrintable(child<QLabel>(dialog, u"messageLabel"_s)->text()));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(window, u"newAccountButton"_s), Qt::LeftButton);
        QCOMPARE(accountAnswerer.seen(), QStringList({u"accountDialog"_s}));
    }
    QVERIFY(UserRepository(db).byLogin(reception));
    reportPhase("admin: reception account", phase);
    createBaseDataInGui(window, db, phase);
    if (QTest::currentTestFailed())
        return;

    // Log out, and in as the receptionist.
    {
        ModalAnswerer loginAnswerer([&](QWidget *modal) {
            QCOMPARE(modal->objectName(), u"loginDialog"_s);
            logInThrough(modal, reception, password);
        });
        QPointer<MainWindow> old = window;
        window->findChild<QAction *>(u"logoutAction"_s)->trigger();
        QTRY_VERIFY(old.isNull() && controller->mainWindow());
        QCOMPARE(controller->user().login, reception);
    }
    window = controller->mainWindow();
    QVERIFY(window->setCurrentModule(u"intake"_s));
    auto *form = window->findChild<IntakeForm *>();
    QVERIFY(form);
    typeText(child<QLineEdit>(form, u"categoryLineEdit"_s), m_place.categoryName);
    typeText(child<QLineEdit>(form, u"placeLineEdit"_s), m_place.gridName);
    typeText(child<QLineEdit>(form, u"titleLineEdit"_s), u"楼道堆放杂物"_s);
    typeText(child<QLineEdit>(form, u"partyNameLineEdit"_s), u"张三"_s);
    typeText(child<QLineEdit>(form, u"partyPhoneLineEdit"_s), u"13905741234"_s);
    auto *save = child<QPushButton>(form, u"saveButton"_s);
    QTRY_VERIFY2(save->isEnabled(), qPrintable(form->problem()));
    QTest::mouseClick(save, Qt::LeftButton);
    const QString saved = child<QLabel>(form, u"savedLabel"_s)->text();
    QVERIFY2(saved.contains(m_place.townshipCode + u'-'), qPrintable(saved));
    const QList<CaseListRow> cases = CaseRepository(*controller->database()).list(CaseQuery());
    QCOMPARE(cases.size(), 1);
    QVERIFY2(cases.first().caseNo.startsWith(m_place.townshipCode + u'-'), qPrintable(cases.first().caseNo));
    reportPhase("reception: case registered", phase);
    qInfo("total from an empty database to a registered case: %.1f s", double(total.elapsed()) / 1000.0);
    controller.reset();
}

// A step that fails says so in a sentence; Back finds every answer as typed; the steps already done
// are not done again.
void TestFirstRun::failureKeepsInputAndResumes()
{
    std::unique_ptr<Database> owned;
    try {
        owned = m_testDb->fresh();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    }
    const Database *db = owned.get();
    const QString admin = login(u"frfail"_s);
    const QString second = login(u"frfail2"_s);
    m_roles << admin << second;
    SystemClock clock;
    FirstRunWizard wizard(std::move(owned), clock, {}, false);
    wizard.show();
    fillWizard(&wizard, admin, false);

    // Someone else's account appears once the org tree is in: the first admin cannot be created.
    auto *progress = wizard.findChild<SetupProgressPage *>();
    QVERIFY(progress);
    qint64 intruder = 0;
    connect(progress, &SetupProgressPage::stepDone, this, [&](int step) {
        if (step != int(SetupRunner::Step::OrgTree) || intruder)
            return;
        User user;
        user.login = u"intruder"_s;
        user.displayName = u"别人"_s;
        user.roles = Role::Reception;
        user.orgUnitId = OrgUnitRepository(*db).byCode(m_place.countyCode)->id;
        intruder = UserRepository(*db).create(user);
    });
    clickNext(&wizard); // 开始建立
    auto *error = child<QLabel>(&wizard, u"setupErrorLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QVERIFY(intruder > 0);
    QVERIFY2(error->text().contains(u"创建管理员账号"_s) && error->text().contains(u"已有账号"_s),
             qPrintable(error->text()));
    QVERIFY(!error->text().contains(u"INSERT"_s, Qt::CaseInsensitive));
    VERIFY_SCREENSHOT(&wizard, u"zz-first-run-failure-%1"_s.arg(m_testDb->backendName()));
    auto *steps = child<QListWidget>(&wizard, u"stepListWidget"_s);
    QVERIFY(steps->item(0)->text().startsWith(u"✓"_s)); // the org tree
    QVERIFY(steps->item(1)->text().startsWith(u"✗"_s)); // the admin
    QVERIFY(child<QPushButton>(&wizard, u"retryButton"_s)->isVisible());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    const qsizetype units = OrgUnitRepository(*db).all().size();

    // Back to the admin page: everything typed is there; the county can no longer be changed.
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdminPage));
    QCOMPARE(child<QLineEdit>(wizard.currentPage(), u"loginLineEdit"_s)->text(), admin);
    QCOMPARE(child<QLineEdit>(wizard.currentPage(), u"passwordLineEdit"_s)->text(), password);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&wizard, u"centerPhoneLineEdit"_s)->text(), u"0574-62345678"_s);
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DivisionPage));
    QVERIFY(!child<DivisionPicker>(&wizard, u"divisionPicker"_s)->isEnabled());
    QVERIFY(child<QLabel>(&wizard, u"divisionLockedLabel"_s)->isVisible());
    clickNext(&wizard);
    clickNext(&wizard);
    auto *loginEdit = child<QLineEdit>(wizard.currentPage(), u"loginLineEdit"_s);
    loginEdit->clear();
    typeText(loginEdit, second);
    clickNext(&wizard);

    // The other account goes; 开始建立 again resumes with the admin.
    Query(*db, u"DELETE FROM users WHERE id = ?"_s).bind(intruder).exec();
    clickNext(&wizard);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 30000);
    QVERIFY(!error->isVisible());
    QCOMPARE(OrgUnitRepository(*db).all().size(), units); // the org tree was not loaded twice
    QVERIFY(UserRepository(*db).byLogin(second));
    QVERIFY(!UserRepository(*db).byLogin(admin));
    QCOMPARE(wizard.createdLogin(), second);
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::SetUp);
    QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
    QVERIFY(!AuthService::needsFirstAdmin(*db));
}

// 文件 → 添加乡镇…: the admin loads another township's villages, as his own account (on PostgreSQL
// through row-level security).
void TestFirstRun::addTownshipsFromMenu()
{
    const QString url = m_testDb->freshUrl();
    const QString admin = login(u"fradd"_s);
    m_roles << admin;
    SystemClock clock;
    {
        auto owner = std::make_unique<Database>(url);
        owner->migrate();
        SetupPlan plan;
        plan.start = SetupPlan::Start::Empty;
        plan.countyCode = m_place.countyCode;
        plan.townshipCodes = {m_place.townshipCode};
        plan.centerName = u"梨洲街道综治中心"_s;
        plan.admin.login = admin;
        plan.admin.displayName = u"王主任"_s;
        plan.adminPassword = password;
        SetupRunner runner(*owner, clock);
        for (const SetupRunner::Step step : SetupRunner::steps(plan))
            EXPECT_OK(runner.run(step, plan));
    }
    Session session;
    EXPECT_OK(session = AuthService(clock).login(url, admin, password));
    const AppContext context{*session.db, clock, CalendarRepository(*session.db).load(), session.user};
    MainWindow window(context);
    window.show();
    QAction *action = window.findChild<QAction *>(u"addTownshipsAction"_s);
    QVERIFY(action && action->isVisible());

    const QList<Division> townships = DivisionCatalog::bundled().children(m_place.countyCode);
    const auto other = std::find_if(townships.cbegin(), townships.cend(), [&](const Division &d) {
        return d.code != m_place.townshipCode && !d.special && d.villageCount > 0;
    });
    QVERIFY(other != townships.cend());
    ModalAnswerer answerer([&](QWidget *modal) {
        auto *wizard = qobject_cast<QWizard *>(modal);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::DivisionPage));
        auto *picker = child<DivisionPicker>(wizard, u"divisionPicker"_s);
        QCOMPARE(picker->countyCode(), m_place.countyCode); // locked to the database's county
        QVERIFY(!child<QComboBox>(wizard, u"divisionCounty"_s)->isEnabled());
        child<QPushButton>(wizard, u"divisionSelectNone"_s)->click();
        auto *list = child<QListWidget>(wizard, u"divisionTownships"_s);
        bool loadedMarked = false;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            if (item->text().contains(m_place.townshipName))
                loadedMarked = item->text().contains(u"已载入"_s);
            if (item->text().contains(other->name))
                item->setCheckState(Qt::Checked);
        }
        QVERIFY(loadedMarked);
        QCOMPARE(picker->townshipCodes(), QStringList{other->code});
        VERIFY_SCREENSHOT(wizard, u"zz-add-townships-%1"_s.arg(m_testDb->backendName()));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ProgressPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 30000);
        QCOMPARE(qobject_cast<FirstRunWizard *>(wizard)->outcome(), FirstRunWizard::Outcome::TownshipsAdded);
        wizard->button(QWizard::FinishButton)->click();
    });
    action->trigger();
    QCOMPARE(answerer.seen(), QStringList({u"addTownshipsWizard"_s}));
    const auto township = OrgUnitRepository(*session.db).byCode(other->code);
    QVERIFY(township);
    QCOMPARE(OrgUnitRepository(*session.db).children(township->id).size(), qsizetype(other->villageCount));
}

// A township admin's 添加乡镇 loads his own township's villages only; another township is refused on
// the page, before anything runs.
void TestFirstRun::townshipAdminAddsOwnVillagesOnly()
{
    std::unique_ptr<Database> db;
    try {
        db = m_testDb->fresh();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    }
    const QString admin = login(u"frtown"_s);
    const QString townAdmin = login(u"frtown_t"_s);
    m_roles << admin << townAdmin;
    SystemClock clock;
    const QList<Division> townships = DivisionCatalog::bundled().children(m_place.countyCode);
    const auto other = std::find_if(townships.cbegin(), townships.cend(), [&](const Division &d) {
        return d.code != m_place.townshipCode && !d.special && d.villageCount > 0;
    });
    QVERIFY(other != townships.cend());
    SetupPlan plan;
    plan.start = SetupPlan::Start::Empty;
    plan.countyCode = m_place.countyCode;
    plan.townshipCodes = {other->code}; // 梨洲街道 is created without its villages
    plan.centerName = u"余姚市综治中心"_s;
    plan.admin.login = admin;
    plan.admin.displayName = u"王主任"_s;
    plan.adminPassword = password;
    SetupRunner runner(*db, clock);
    for (const SetupRunner::Step step : SetupRunner::steps(plan))
        EXPECT_OK(runner.run(step, plan));
    const User countyAdmin = *UserRepository(*db).byLogin(admin);
    User user;
    user.login = townAdmin;
    user.displayName = u"赵管理"_s;
    user.roles = Role::Admin;
    user.orgUnitId = OrgUnitRepository(*db).byCode(m_place.townshipCode)->id;
    EXPECT_OK(AccountService(
                  *db, clock,
                  Actor{countyAdmin.id, countyAdmin.displayName, countyAdmin.roles, countyAdmin.orgUnitId, 0})
                  .create(user, password));
    Session session;
    EXPECT_OK(session = AuthService(clock).login(m_testDb->currentUrl(), townAdmin, password));
    const AppContext context{*session.db, clock, CalendarRepository(*session.db).load(), session.user};

    FirstRunWizard wizard(context);
    wizard.show();
    child<QPushButton>(&wizard, u"divisionSelectNone"_s)->click();
    auto *list = child<QListWidget>(&wizard, u"divisionTownships"_s);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(m_place.townshipName) || list->item(i)->text().contains(u"凤山"_s))
            list->item(i)->setCheckState(Qt::Checked);
    QCOMPARE(child<DivisionPicker>(&wizard, u"divisionPicker"_s)->townshipCodes().size(), 2);
    clickNext(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DivisionPage)); // refused on the page
    auto *problem = child<QLabel>(&wizard, u"divisionProblemLabel"_s);
    QVERIFY2(problem->isVisible() && problem->text().contains(m_place.townshipName),
             qPrintable(problem->text()));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(u"凤山"_s))
            list->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!problem->isVisible());
    clickNext(&wizard);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::ProgressPage));
    QTRY_VERIFY2_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(),
                              qPrintable(child<QLabel>(&wizard, u"setupErrorLabel"_s)->text()), 30000);
    const auto township = OrgUnitRepository(*session.db).byCode(m_place.townshipCode);
    QCOMPARE(OrgUnitRepository(*session.db).children(township->id).size(),
             DivisionCatalog::bundled().villages(m_place.townshipCode).size());
}

void TestFirstRun::setUpTownship(const Database &db, const Clock &clock, SetupPlan::Start start,
                                 const QString &admin, const QString &reception, User &clerk)
{
    SetupPlan plan;
    plan.start = start;
    plan.countyCode = m_place.countyCode;
    plan.townshipCodes = {m_place.townshipCode};
    plan.centerName = u"梨洲街道综治中心"_s;
    plan.admin.login = admin;
    plan.admin.displayName = u"王主任"_s;
    plan.adminPassword = password;
    SetupRunner runner(db, clock);
    for (const SetupRunner::Step step : SetupRunner::steps(plan))
        EXPECT_OK(runner.run(step, plan));
    const User adminUser = *UserRepository(db).byLogin(admin);
    clerk.login = reception;
    clerk.displayName = u"李受理"_s;
    clerk.roles = Role::Reception;
    clerk.orgUnitId = OrgUnitRepository(db).byCode(m_place.townshipCode)->id;
    EXPECT_OK(
        AccountService(db, clock,
                       Actor{adminUser.id, adminUser.displayName, adminUser.roles, adminUser.orgUnitId, 0})
            .create(clerk, password));
}

// "Start empty": a township with villages but no categories, grids, workers or departments. The
// receptionist's form says what to do instead of "no unique category".
void TestFirstRun::emptyStartSaysWhatToDo()
{
    std::unique_ptr<Database> db;
    try {
        db = m_testDb->fresh();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    }
    const QString admin = login(u"frempty"_s);
    const QString reception = login(u"frempty_r"_s);
    m_roles << admin << reception;
    SystemClock clock;
    User clerk;
    setUpTownship(*db, clock, SetupPlan::Start::Empty, admin, reception, clerk);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(CategoryRepository(*db).all(false).isEmpty());

    const AppContext context{*db, clock, CalendarRepository(*db).load(), clerk};
    QTemporaryDir drafts;
    IntakeForm form(context, drafts.path());
    form.resize(1000, 760);
    form.show();
    auto *categoryError = child<QLabel>(&form, u"categoryErrorLabel"_s);
    QVERIFY(categoryError->isVisible()); // before anything is typed
    QVERIFY2(categoryError->text().contains(u"基础数据"_s), qPrintable(categoryError->text()));
    QCOMPARE(form.problem(), IntakeForm::noCategoriesText());
    typeText(child<QLineEdit>(&form, u"categoryLineEdit"_s), u"邻里"_s);
    QVERIFY2(!categoryError->text().contains(u"唯一匹配"_s), qPrintable(categoryError->text()));
    // The township's villages are there to choose from.
    typeText(child<QLineEdit>(&form, u"placeLineEdit"_s), m_place.villageName);
    QVERIFY(!child<QLabel>(&form, u"placeErrorLabel"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&form, u"saveButton"_s)->isEnabled());
    VERIFY_SCREENSHOT(&form, u"zz-intake-no-categories-%1"_s.arg(m_testDb->backendName()));
}

// "Standard categories" and nothing else: a village without grids, workers or departments takes a
// case at once.
void TestFirstRun::standardStartRegistersAtOnce()
{
    std::unique_ptr<Database> db;
    try {
        db = m_testDb->fresh();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    }
    const QString admin = login(u"frstd"_s);
    const QString reception = login(u"frstd_r"_s);
    m_roles << admin << reception;
    SystemClock clock;
    User clerk;
    setUpTownship(*db, clock, SetupPlan::Start::StandardCategories, admin, reception, clerk);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(DepartmentRepository(*db).list().isEmpty());
    QVERIFY(WorkerRepository(*db).list().isEmpty());
    Session session;
    EXPECT_OK(session = AuthService(clock).login(m_testDb->currentUrl(), reception, password));

    const AppContext context{*session.db, clock, CalendarRepository(*session.db).load(), session.user};
    QTemporaryDir drafts;
    IntakeForm form(context, drafts.path());
    form.resize(1000, 760);
    form.show();
    typeText(child<QLineEdit>(&form, u"categoryLineEdit"_s), u"邻里纠纷"_s);
    typeText(child<QLineEdit>(&form, u"placeLineEdit"_s), m_place.villageName);
    typeText(child<QLineEdit>(&form, u"titleLineEdit"_s), u"邻居装修噪音"_s);
    typeText(child<QLineEdit>(&form, u"partyNameLineEdit"_s), u"张三"_s);
    auto *save = child<QPushButton>(&form, u"saveButton"_s);
    QTRY_VERIFY2(save->isEnabled(), qPrintable(form.problem()));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(form.lastSaved(), qPrintable(child<QLabel>(&form, u"saveErrorLabel"_s)->text()));
    QVERIFY(form.lastSaved()->caseNo.startsWith(m_place.townshipCode + u'-'));
}

// The first page points at a database that is set up already: no setup, straight to its login.
void TestFirstRun::databasePageFindsSetUpDatabase()
{
    const QString admin = login(u"frready"_s);
    m_roles << admin;
    const QString readyUrl = m_testDb->freshUrl();
    {
        SystemClock clock;
        auto owner = std::make_unique<Database>(readyUrl);
        owner->migrate();
        SetupPlan plan;
        plan.start = SetupPlan::Start::Empty;
        plan.countyCode = m_place.countyCode;
        plan.townshipCodes = {m_place.townshipCode};
        plan.centerName = u"梨洲街道综治中心"_s;
        plan.admin.login = admin;
        plan.admin.displayName = u"王主任"_s;
        plan.adminPassword = password;
        SetupRunner runner(*owner, clock);
        for (const SetupRunner::Step step : SetupRunner::steps(plan))
            EXPECT_OK(runner.run(step, plan));
    }
    // The app opened an empty local file first (the default on a fresh install).
    const QString emptyUrl = u"sqlite://"_s + m_dir.filePath(u"fresh-install.db"_s);
    AppSettings settings(m_dir.filePath(u"ready.ini"_s));
    AppController controller(settings);
    controller.setIdleTimeout(0);
    ModalAnswerer answerer([&](QWidget *modal) {
        if (auto *wizard = qobject_cast<QWizard *>(modal)) {
            auto *url = child<QLineEdit>(wizard, u"urlLineEdit"_s);
            url->selectAll();
            QTest::keyClick(url, Qt::Key_Backspace);
            QTest::keyClicks(url, readyUrl);
            clickNext(wizard);
        } else if (modal->objectName() == u"loginDialog"_s) {
            logInThrough(modal, admin, password);
        }
    });
    QVERIFY(controller.start(emptyUrl));
    QCOMPARE(answerer.seen(), QStringList({u"firstRunWizard"_s, u"loginDialog"_s}));
    QCOMPARE(controller.user().login, admin);
    const ConnectionUrl opened = controller.database()->url(); // on PostgreSQL: as the account
    QCOMPARE(opened.path, ConnectionUrl::parse(readyUrl).path);
    QCOMPARE(opened.databaseName, ConnectionUrl::parse(readyUrl).databaseName);
    QCOMPARE(settings.databaseUrl.get(), AppController::urlForSettings(readyUrl));
}

// Every page of the wizard in Chinese and English; the division page also for the README.
void TestFirstRun::screenshots()
{
    for (const bool english : {false, true}) {
        std::unique_ptr<English> catalogue = english ? std::make_unique<English>() : nullptr;
        const QString language = english ? u"en"_s : u"zh_CN"_s;
        std::unique_ptr<Database> db;
        try {
            db = m_testDb->fresh();
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        SystemClock clock;
        FirstRunWizard wizard(std::move(db), clock, {}, true);
        wizard.resize(860, 640);
        wizard.show();
        const auto shoot = [&](const QString &page) {
            QTest::qWait(50);
            VERIFY_SCREENSHOT(&wizard,
                              u"zz-first-run-%1-%2-%3"_s.arg(page, language, m_testDb->backendName()),
                              QSize(600, 400));
        };
        shoot(u"database"_s);
        clickNext(&wizard);
        shoot(u"start"_s);
        clickNext(&wizard);
        auto *search = child<QLineEdit>(&wizard, u"divisionSearch"_s);
        typeText(search, u"余姚"_s);
        QTest::qWait(50);
        shoot(u"division-search"_s);
        QTest::keyClick(search, Qt::Key_Return);
        shoot(u"division"_s);
        const QString readme = qEnvironmentVariable("ZONGZHI_README_SCREENSHOTS");
        if (!readme.isEmpty() && !english) {
            QDir().mkpath(readme);
            const QImage image = wizard.grab().toImage().scaledToWidth(860, Qt::SmoothTransformation);
            QVERIFY(image.convertToFormat(QImage::Format_RGB888)
                        .save(QDir(readme).filePath(u"zongzhi-first-run-division.png"_s)));
        }
        clickNext(&wizard);
        shoot(u"center"_s);
        clickNext(&wizard);
        typeText(child<QLineEdit>(wizard.currentPage(), u"loginLineEdit"_s), u"Admin"_s);
        shoot(u"admin"_s);
        child<QLineEdit>(wizard.currentPage(), u"loginLineEdit"_s)->clear();
        typeText(child<QLineEdit>(wizard.currentPage(), u"loginLineEdit"_s), u"chief"_s);
        typeText(child<QLineEdit>(wizard.currentPage(), u"displayNameLineEdit"_s), u"王主任"_s);
        typeText(child<QLineEdit>(wizard.currentPage(), u"passwordLineEdit"_s), password);
        typeText(child<QLineEdit>(wizard.currentPage(), u"confirmPasswordLineEdit"_s), password);
        clickNext(&wizard);
        shoot(u"summary"_s);
        wizard.reject(); // nothing is carried out
    }
}

// 取消 does not quit the first run at once: it asks, 继续设置 keeps the answers on the page, 退出
// closes the wizard.
void TestFirstRun::cancelAsksFirst()
{
    std::unique_ptr<Database> db;
    try {
        db = m_testDb->fresh();
    } catch (const Error &e) {
        QFAIL(qPrintable(e.message()));
    }
    SystemClock clock;
    FirstRunWizard wizard(std::move(db), clock, {}, false);
    wizard.resize(860, 640);
    wizard.show();
    clickNext(&wizard); // the start choice → the division page
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DivisionPage));

    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(wizard.leavePrompt() && wizard.leavePrompt()->isVisible());
    QCOMPARE(wizard.leavePrompt()->text(), u"退出首次设置？已填写的内容不会保存。"_s);
    VERIFY_SCREENSHOT(wizard.leavePrompt(), u"zz-first-run-cancel-zh_CN-"_s + m_testDb->backendName(),
                      QSize(200, 80));
    QTest::mouseClick(child<QPushButton>(wizard.leavePrompt(), u"continueSetupButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!wizard.leavePrompt());
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::DivisionPage));

    // Esc on the wizard asks too; Esc on the question keeps setting up.
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QTRY_VERIFY(wizard.leavePrompt() && wizard.leavePrompt()->isVisible());
    QTest::keyClick(wizard.leavePrompt(), Qt::Key_Escape);
    QTRY_VERIFY(!wizard.leavePrompt());
    QVERIFY(wizard.isVisible());

    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(wizard.leavePrompt() && wizard.leavePrompt()->isVisible());
    QTest::mouseClick(child<QPushButton>(wizard.leavePrompt(), u"leaveSetupButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QCOMPARE(wizard.outcome(), FirstRunWizard::Outcome::None);
}

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
