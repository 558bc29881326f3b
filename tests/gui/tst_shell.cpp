// The workbench shell driven through its widgets: navigation, status bar, case list, connection dialog.

#include "CaseRepository.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "cases/CaseListModel.h"
#include "setup/FirstRunWizard.h"
#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/ConnectionDialog.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

constexpr qint64 demoCases = 300;

// QTest::keyClicks sends Latin-1 only; Chinese arrives through the input method as committed text.
void typeText(QWidget *widget, const QString &text)
{
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

void fetchAll(CaseListModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

// Answers modal dialogs as they open (message boxes, the connection dialog) by calling `answer`
// once for each; the start-up flow runs them with exec(), so the test cannot click them directly.
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

void clickButton(QWidget *dialog, const QString &text)
{
    for (auto *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->text() == text) {
            button->click();
            return;
        }
    }
    QFAIL(qPrintable(u"no button "_s + text));
}

// The first-run wizard of an empty database: an empty start in a township found by typing, the
// proposed center name, the first admin.
void setUpThroughWizard(QWidget *modal)
{
    auto *wizard = qobject_cast<QWizard *>(modal);
    QVERIFY(wizard);
    if (wizard->currentId() == FirstRunWizard::DatabasePage)
        wizard->button(QWizard::NextButton)->click(); // the database being opened
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::StartPage));
    wizard->findChild<QRadioButton *>(u"emptyStartRadioButton"_s)->click();
    wizard->button(QWizard::NextButton)->click();
    auto *search = wizard->findChild<QLineEdit *>(u"divisionSearch"_s);
    search->setFocus();
    typeText(search, u"余姚 梨洲"_s);
    QTest::keyClick(search, Qt::Key_Return);
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::CenterPage));
    wizard->button(QWizard::NextButton)->click();
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit *>(u"loginLineEdit"_s), u"chief"_s);
    typeText(wizard->currentPage()->findChild<QLineEdit *>(u"displayNameLineEdit"_s), u"王主任"_s);
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit *>(u"passwordLineEdit"_s),
                     u"first-admin-1"_s);
    QTest::keyClicks(wizard->currentPage()->findChild<QLineEdit *>(u"confirmPasswordLineEdit"_s),
                     u"first-admin-1"_s);
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::SummaryPage));
    wizard->button(QWizard::NextButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 30000);
    wizard->button(QWizard::FinishButton)->click();
}

void logIn(QWidget *dialog, const QString &login, const QString &password)
{
    auto *loginEdit = dialog->findChild<QLineEdit *>(u"loginLineEdit"_s);
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s), password);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"loginButton"_s), Qt::LeftButton);
}

bool isCjk(QChar ch)
{
    return ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void navigationListsWorkingModules();
    void statusBarShowsDatabase();
    void overviewShowsCounts();
    void caseListShowsFirstPage();
    void caseListFetchesMoreOnScroll();
    void caseListModelPassesTester();
    void searchFiltersRows();
    void nonsenseSearchGivesNoRows();
    void statusFilter();

    void connectionDialogRejectsInvalidUrl();
    void connectionDialogComposesPostgresUrl();
    void connectionDialogReportsUnreachablePostgres();
    void connectionDialogAcceptsSqliteFile();
    void connectionDialogNewSqliteFileIsNotCreated();

    void startOffersDemoData();
    void startRecoversFromBadUrl();
    void startLetsUserQuit();
    void switchDatabaseReplacesWindow();

    void settingsRoundTrip();
    void resolveDatabaseUrl_data();
    void resolveDatabaseUrl();
    void settingsUrlHasNoPassword();

    void screenshots();

private:
    CaseListModel *caseModel() const;
    QLineEdit *searchEdit() const;
    QComboBox *statusCombo() const;
    void resetFilters();

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Localization::applyChineseFont();
    m_dbPath = m_dir.filePath(u"shell.db"_s);
    m_db = std::make_unique<Database>(u"sqlite://"_s + m_dbPath);
    m_db->migrate();
    DemoOptions options;
    options.cases = demoCases;
    options.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
    QCOMPARE(DemoDataGenerator(*m_db, options).run(), demoCases);

    // A leader of the county center: sees every case of the demo county, manages no accounts.
    User viewer = *UserRepository(*m_db).byLogin(u"leader1"_s);
    viewer.orgUnitId = OrgUnitRepository(*m_db).children(0).constFirst().id;
    m_window = std::make_unique<MainWindow>(AppContext{*m_db, m_clock, WorkCalendar::bundled(), viewer});
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestShell::cleanupTestCase()
{
    m_tester.reset();
    m_window.reset();
    m_db.reset();
}

CaseListModel *TestShell::caseModel() const
{
    auto *table = m_window->findChild<QTableView *>(u"caseTableView"_s);
    return table ? qobject_cast<CaseListModel *>(table->model()) : nullptr;
}

QLineEdit *TestShell::searchEdit() const
{
    return m_window->findChild<QLineEdit *>(u"caseSearchLineEdit"_s);
}

QComboBox *TestShell::statusCombo() const
{
    return m_window->findChild<QComboBox *>(u"statusFilterComboBox"_s);
}

void TestShell::resetFilters()
{
    statusCombo()->setCurrentIndex(0);
    searchEdit()->clear();
    QTest::keyClick(searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(caseModel()->query().text, QString());
}

void TestShell::navigationListsWorkingModules()
{
    auto *navigation = m_window->findChild<QListWidget *>(u"navigationListWidget"_s);
    QVERIFY(navigation);
    QStringList titles;
    for (int i = 0; i < navigation->count(); ++i)
        titles.append(navigation->item(i)->text());
    QCOMPARE(titles,
             QStringList({u"指挥调度"_s, u"受理登记"_s, u"概览"_s, u"案件查询"_s, u"回访台"_s, u"信访超市"_s,
                          u"统计分析"_s, u"热点地图"_s, u"网格员考评"_s, u"审计日志"_s, u"基础数据"_s}));
    QCOMPARE(m_window->moduleIds(),
             QStringList({u"board"_s, u"intake"_s, u"overview"_s, u"cases"_s, u"callbacks"_s, u"petition"_s,
                          u"reports"_s, u"map"_s, u"assessment"_s, u"auditlog"_s, u"basedata"_s}));
    QCOMPARE(m_window->currentModuleId(), u"board"_s);
    QCOMPARE(m_window->windowTitle(), u"综治中心工作台"_s);
}

void TestShell::statusBarShowsDatabase()
{
    auto *databaseLabel = m_window->findChild<QLabel *>(u"databaseLabel"_s);
    QVERIFY(databaseLabel);
    QVERIFY(databaseLabel->isVisible());
    QVERIFY2(databaseLabel->text().startsWith(u"SQLite"_s), qPrintable(databaseLabel->text()));
    QVERIFY2(databaseLabel->text().contains(m_dbPath), qPrintable(databaseLabel->text()));
    auto *schemaLabel = m_window->findChild<QLabel *>(u"schemaVersionLabel"_s);
    QVERIFY(schemaLabel);
    QVERIFY(schemaLabel->text().contains(QString::number(m_db->schemaVersion())));
}

void TestShell::overviewShowsCounts()
{
    QVERIFY(m_window->setCurrentModule(u"overview"_s)); // the page loads its counts when shown
    const auto counts = CaseRepository(*m_db).countByStatus();
    for (CaseStatus status : allValues<CaseStatus>()) {
        auto *value = m_window->findChild<QLabel *>(u"countLabel_"_s + code(status));
        QVERIFY2(value, qPrintable(code(status)));
        QCOMPARE(value->text(), QLocale().toString(counts.value(status, 0)));
    }
    auto *total = m_window->findChild<QLabel *>(u"totalCountLabel"_s);
    QVERIFY(total);
    QCOMPARE(total->text(), QLocale().toString(demoCases));
    // The tiles carry the translated status names.
    QVERIFY(m_window->findChild<QWidget *>(u"overviewPage"_s)->findChildren<QLabel *>().size() > 10);
}

void TestShell::caseListShowsFirstPage()
{
    QVERIFY(m_window->setCurrentModule(u"cases"_s));
    auto *table = m_window->findChild<QTableView *>(u"caseTableView"_s);
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    CaseListModel *model = caseModel();
    QVERIFY(model);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() <= CaseListModel::pageSize);
    // From here on every change the page makes is checked. (The tester itself fetches a page.)
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), int(CaseListModel::ColumnCount));
    QCOMPARE(model->headerData(CaseListModel::CaseNoColumn, Qt::Horizontal).toString(), u"案件编号"_s);
    QCOMPARE(model->headerData(CaseListModel::DeadlineColumn, Qt::Horizontal).toString(), u"办理期限"_s);
    const QModelIndex received = model->index(0, CaseListModel::ReceivedColumn);
    QVERIFY(QDateTime::fromString(received.data().toString(), u"yyyy-MM-dd HH:mm"_s).isValid());
    // Newest first, by the raw sort value.
    QVERIFY(received.data(CaseListModel::RawValueRole).toLongLong() >=
            model->index(1, CaseListModel::ReceivedColumn).data(CaseListModel::RawValueRole).toLongLong());
    const QString status = model->index(0, CaseListModel::StatusColumn).data().toString();
    QCOMPARE(status, label(model->caseAt(0).status));
    auto *countLabel = m_window->findChild<QLabel *>(u"resultCountLabel"_s);
    QVERIFY(countLabel->text().contains(QString::number(demoCases)));
}

void TestShell::caseListFetchesMoreOnScroll()
{
    resetFilters();
    CaseListModel *model = caseModel();
    QCOMPARE(model->rowCount(), CaseListModel::pageSize);
    QVERIFY(model->canFetchMore({}));
    auto *table = m_window->findChild<QTableView *>(u"caseTableView"_s);
    table->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), int(demoCases));
    QVERIFY(!model->canFetchMore({}));
    // Keyset pages neither skip nor repeat a case.
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->caseAt(row).id);
    QCOMPARE(ids.size(), demoCases);
}

void TestShell::caseListModelPassesTester()
{
    CaseListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseQuery query;
    model.setQuery(query);
    QCOMPARE(model.rowCount(), CaseListModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), int(demoCases));
    QVERIFY(!model.canFetchMore({}));
    query.statuses = {CaseStatus::Closed};
    model.setQuery(query);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.caseAt(row).status, CaseStatus::Closed);
    QVERIFY(model.lastError().isEmpty());
}

void TestShell::searchFiltersRows()
{
    resetFilters();
    // A three-character Chinese piece of a title that some, not all, titles share (the trigram
    // index needs three characters).
    CaseRepository repository(*m_db);
    CaseQuery everything;
    everything.limit = int(demoCases);
    const QList<CaseListRow> all = repository.list(everything);
    QCOMPARE(all.size(), demoCases);
    QString needle;
    for (const CaseListRow &row : all) {
        for (qsizetype i = 0; i + 3 <= row.title.size() && needle.isEmpty(); ++i) {
            const QString piece = row.title.mid(i, 3);
            if (!std::all_of(piece.begin(), piece.end(), isCjk))
                continue;
            const auto n = std::count_if(all.begin(), all.end(),
                                         [&](const CaseListRow &r) { return r.title.contains(piece); });
            if (n >= 3 && n < demoCases / 2)
                needle = piece;
        }
        if (!needle.isEmpty())
            break;
    }
    QVERIFY2(!needle.isEmpty(), "no shared title fragment in the demo data");

    typeText(searchEdit(), needle);
    QCOMPARE(searchEdit()->text(), needle);
    CaseListModel *model = caseModel();
    QTRY_COMPARE(model->query().text, needle);
    fetchAll(model);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < demoCases);

    QSet<qint64> shown;
    for (int row = 0; row < model->rowCount(); ++row) {
        const CaseListRow &item = model->caseAt(row);
        shown.insert(item.id);
        if (item.title.contains(needle))
            continue;
        const auto record = repository.get(item.id);
        QVERIFY(record);
        QVERIFY2(record->description.contains(needle) || record->address.contains(needle),
                 qPrintable(item.caseNo));
    }
    for (const CaseListRow &row : all) {
        if (row.title.contains(needle))
            QVERIFY2(shown.contains(row.id), qPrintable(row.caseNo));
    }
    QVERIFY(
        m_window->findChild<QLabel *>(u"resultCountLabel"_s)->text().contains(QString::number(shown.size())));
}

void TestShell::nonsenseSearchGivesNoRows()
{
    resetFilters();
    QTest::keyClicks(searchEdit(), u"zzqx9"_s);
    QTRY_COMPARE(caseModel()->query().text, u"zzqx9"_s);
    QCOMPARE(caseModel()->rowCount(), 0);
    QVERIFY(!caseModel()->canFetchMore({}));
    QVERIFY(m_window->findChild<QLabel *>(u"resultCountLabel"_s)->text().contains(u'0'));
}

void TestShell::statusFilter()
{
    resetFilters();
    const auto counts = CaseRepository(*m_db).countByStatus();
    CaseStatus busiest = CaseStatus::Reported;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > counts.value(busiest))
            busiest = it.key();
    }
    QVERIFY(counts.value(busiest) > 0);

    QComboBox *combo = statusCombo();
    QCOMPARE(combo->count(), int(allValues<CaseStatus>().size()) + 1);
    QCOMPARE(combo->itemText(0), u"全部"_s);
    const int index = combo->findText(label(busiest));
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    CaseListModel *model = caseModel();
    QTRY_COMPARE(model->query().statuses, QList<CaseStatus>({busiest}));
    fetchAll(model);
    QCOMPARE(model->rowCount(), int(counts.value(busiest)));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, CaseListModel::StatusColumn).data().toString(), label(busiest));

    combo->setCurrentIndex(0);
    QTRY_VERIFY(model->query().statuses.isEmpty());
    QCOMPARE(model->rowCount(), std::min(CaseListModel::pageSize, int(demoCases)));
}

void TestShell::connectionDialogRejectsInvalidUrl()
{
    ConnectionDialog dialog;
    dialog.show();
    auto *urlEdit = dialog.findChild<QLineEdit *>(u"urlLineEdit"_s);
    auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(urlEdit && message && ok);
    QVERIFY(dialog.isUrlValid()); // the default file in the user's data folder
    QVERIFY(ok->isEnabled());

    urlEdit->selectAll();
    QTest::keyClick(urlEdit, Qt::Key_Backspace);
    QTest::keyClicks(urlEdit, u"mysql://root@db/zongzhi"_s);
    QVERIFY(!dialog.isUrlValid());
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(u"testConnectionButton"_s)->isEnabled());
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(message->property("messageKind").toString(), u"error"_s);
    QVERIFY(dialog.url().isEmpty());

    // A PostgreSQL URL without a database name does not parse either.
    urlEdit->selectAll();
    QTest::keyClick(urlEdit, Qt::Key_Backspace);
    QTest::keyClicks(urlEdit, u"postgresql://zz@localhost:5432/"_s);
    QVERIFY(!dialog.isUrlValid());
    QCOMPARE(message->property("messageKind").toString(), u"error"_s);
}

void TestShell::connectionDialogComposesPostgresUrl()
{
    ConnectionDialog dialog;
    dialog.show();
    QTest::mouseClick(dialog.findChild<QRadioButton *>(u"postgresRadioButton"_s), Qt::LeftButton);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"hostLineEdit"_s), u"db.example"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"databaseLineEdit"_s), u"zongzhi"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"userLineEdit"_s), u"center"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"passwordLineEdit"_s), u"s3cret"_s);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"portSpinBox"_s)->value(), 5432);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"passwordLineEdit"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.isUrlValid());
    const QString shown = dialog.findChild<QLineEdit *>(u"urlLineEdit"_s)->text();
    QCOMPARE(shown, u"postgresql://center@db.example:5432/zongzhi"_s);
    const ConnectionUrl url = ConnectionUrl::parse(dialog.url());
    QCOMPARE(url.password, u"s3cret"_s);
    QCOMPARE(url.host, u"db.example"_s);

    // Typing a URL fills the fields.
    auto *urlEdit = dialog.findChild<QLineEdit *>(u"urlLineEdit"_s);
    urlEdit->selectAll();
    QTest::keyClick(urlEdit, Qt::Key_Backspace);
    QTest::keyClicks(urlEdit, u"postgresql://ops@10.0.0.5:6543/county"_s);
    QCOMPARE(dialog.findChild<QSpinBox *>(u"portSpinBox"_s)->value(), 6543);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"databaseLineEdit"_s)->text(), u"county"_s);
}

void TestShell::connectionDialogReportsUnreachablePostgres()
{
    ConnectionDialog dialog(u"postgresql://zz@127.0.0.1:1/zongzhi"_s);
    dialog.show();
    QVERIFY(dialog.isUrlValid());
    auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(message->property("messageKind").toString(), u"error"_s);
    QVERIFY2(message->text().contains(u"连接失败"_s), qPrintable(message->text()));
    QVERIFY(message->isVisible());
    // Still usable: the URL parses, so OK stays allowed.
    QVERIFY(dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestShell::connectionDialogAcceptsSqliteFile()
{
    ConnectionDialog dialog;
    dialog.show();
    auto *pathEdit = dialog.findChild<QLineEdit *>(u"pathLineEdit"_s);
    pathEdit->clear();
    QTest::keyClicks(pathEdit, m_dbPath);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"urlLineEdit"_s)->text(), u"sqlite://"_s + m_dbPath);
    QVERIFY(dialog.testConnection());
    auto *message = dialog.findChild<QLabel *>(u"messageLabel"_s);
    QCOMPARE(message->property("messageKind").toString(), u"success"_s);
    QVERIFY2(message->text().contains(QString::number(m_db->schemaVersion())), qPrintable(message->text()));
    QCOMPARE(ConnectionUrl::parse(dialog.url()).path, m_dbPath);
}

void TestShell::connectionDialogNewSqliteFileIsNotCreated()
{
    const QString path = m_dir.filePath(u"新建/center.db"_s);
    ConnectionDialog dialog(u"sqlite://"_s + path);
    QVERIFY(dialog.isUrlValid());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"pathLineEdit"_s)->text(), path);
    QVERIFY(dialog.testConnection());
    QVERIFY(!QFileInfo::exists(path));
}

void TestShell::startOffersDemoData()
{
    AppSettings settings(m_dir.filePath(u"start.ini"_s));
    AppController controller(settings);
    const QString url = u"sqlite://"_s + m_dir.filePath(u"start.db"_s);
    ModalAnswerer answerer([](QWidget *modal) {
        if (modal->objectName() == u"loginDialog"_s) {
            logIn(modal, u"admin"_s, DemoDataGenerator::demoPassword());
            return;
        }
        // 首次设置 offers demo data, clearly labelled, beside the real organisation.
        auto *wizard = qobject_cast<QWizard *>(modal);
        QVERIFY(wizard);
        wizard->button(QWizard::NextButton)->click(); // the database being opened
        auto *demo = wizard->findChild<QRadioButton *>(u"demoDataRadioButton"_s);
        QVERIFY(demo->text().contains(u"虚构"_s));
        demo->click();
        wizard->button(QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::SummaryPage));
        wizard->button(QWizard::NextButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), 60000);
        wizard->button(QWizard::FinishButton)->click();
    });
    QVERIFY(controller.start(url));
    QCOMPARE(answerer.seen(), QStringList({u"firstRunWizard"_s, u"loginDialog"_s}));
    QCOMPARE(controller.user().login, u"admin"_s);
    QVERIFY(controller.mainWindow());
    QVERIFY(controller.mainWindow()->isVisible());
    QCOMPARE(CaseRepository(*controller.database()).count(CaseQuery()), 2000);
    QCOMPARE(settings.databaseUrl.get(), url);
}

void TestShell::startRecoversFromBadUrl()
{
    AppSettings settings(m_dir.filePath(u"recover.ini"_s));
    AppController controller(settings);
    const QString goodUrl = u"sqlite://"_s + m_dir.filePath(u"recover.db"_s);
    ModalAnswerer answerer([&](QWidget *modal) {
        if (modal->objectName() == u"openFailedMessageBox"_s) {
            QVERIFY(!qobject_cast<QMessageBox *>(modal)->text().isEmpty());
            clickButton(modal, u"选择其他数据库…"_s);
        } else if (auto *dialog = qobject_cast<ConnectionDialog *>(modal)) {
            auto *urlEdit = dialog->findChild<QLineEdit *>(u"urlLineEdit"_s);
            urlEdit->selectAll();
            QTest::keyClick(urlEdit, Qt::Key_Backspace);
            QTest::keyClicks(urlEdit, goodUrl);
            dialog->accept();
        } else if (modal->objectName() == u"firstRunWizard"_s) {
            setUpThroughWizard(modal);
        } else if (modal->objectName() == u"loginDialog"_s) {
            logIn(modal, u"chief"_s, u"first-admin-1"_s);
        }
    });
    QVERIFY(controller.start(u"mysql://root@localhost/zongzhi"_s));
    QCOMPARE(answerer.seen(), QStringList({u"openFailedMessageBox"_s, u"ConnectionDialog"_s,
                                           u"firstRunWizard"_s, u"loginDialog"_s}));
    QCOMPARE(controller.database()->url().path, m_dir.filePath(u"recover.db"_s));
    QCOMPARE(CaseRepository(*controller.database()).count(CaseQuery()), 0);
    QCOMPARE(settings.databaseUrl.get(), goodUrl);
}

void TestShell::startLetsUserQuit()
{
    AppSettings settings(m_dir.filePath(u"quit.ini"_s));
    AppController controller(settings);
    ModalAnswerer answerer([](QWidget *modal) { clickButton(modal, u"退出"_s); });
    QVERIFY(!controller.start(u"postgresql://zz@127.0.0.1:1/zongzhi"_s));
    QCOMPARE(answerer.seen(), QStringList({u"openFailedMessageBox"_s}));
    QVERIFY(!controller.mainWindow());
    QVERIFY(settings.databaseUrl.get().isEmpty());
}

void TestShell::switchDatabaseReplacesWindow()
{
    AppSettings settings(m_dir.filePath(u"switch.ini"_s));
    AppController controller(settings);
    int logins = 0;
    ModalAnswerer answerer([&logins](QWidget *modal) {
        if (modal->objectName() == u"firstRunWizard"_s)
            setUpThroughWizard(modal);
        else if (modal->objectName() == u"loginDialog"_s && logins++ == 0)
            logIn(modal, u"admin"_s, DemoDataGenerator::demoPassword()); // the demo database
        else if (modal->objectName() == u"loginDialog"_s)
            logIn(modal, u"chief"_s, u"first-admin-1"_s); // the new one's first admin
    });
    QVERIFY(controller.start(u"sqlite://"_s + m_dbPath)); // has data and accounts: only the login
    QPointer<MainWindow> first = controller.mainWindow();
    QVERIFY(first->setCurrentModule(u"accounts"_s)); // an administrator: the overview and accounts
    const QString otherUrl = u"sqlite://"_s + m_dir.filePath(u"switch.db"_s);
    emit first->databaseChangeRequested(otherUrl);
    QTRY_VERIFY(first.isNull());
    QVERIFY(controller.mainWindow());
    QVERIFY(controller.mainWindow()->isVisible());
    QCOMPARE(controller.database()->url().path, m_dir.filePath(u"switch.db"_s));
    QVERIFY(
        controller.mainWindow()->findChild<QLabel *>(u"databaseLabel"_s)->text().contains(u"switch.db"_s));
    QCOMPARE(controller.mainWindow()->currentModuleId(), u"accounts"_s); // the user stays where they were
    // The new database set up through the first-run wizard (no database page: it was chosen), then
    // its first admin's login.
    QCOMPARE(answerer.seen(), QStringList({u"loginDialog"_s, u"firstRunWizard"_s, u"loginDialog"_s}));
    QCOMPARE(controller.user().login, u"chief"_s);
    QCOMPARE(settings.databaseUrl.get(), otherUrl);
}

void TestShell::settingsRoundTrip()
{
    const QString file = m_dir.filePath(u"settings.ini"_s);
    {
        AppSettings settings(file);
        QCOMPARE(settings.databaseUrl.get(), QString());
        QCOMPARE(settings.language.get(), u"zh_CN"_s);
        QCOMPARE(settings.lastModule.get(), u"overview"_s);
        QCOMPARE(settings.settingsVersion.get(), 1);
        settings.databaseUrl.set(u"sqlite:///tmp/x.db"_s);
        settings.lastModule.set(u"cases"_s);
    }
    AppSettings again(file);
    QCOMPARE(again.databaseUrl.get(), u"sqlite:///tmp/x.db"_s);
    QCOMPARE(again.lastModule.get(), u"cases"_s);
    again.lastModule.reset();
    QCOMPARE(again.lastModule.get(), again.lastModule.defaultValue());
}

void TestShell::resolveDatabaseUrl_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("expected");
    const QString a = u"sqlite:///a.db"_s;
    const QString b = u"postgresql://u@h:5432/b"_s;
    const QString c = u"sqlite:///c.db"_s;
    QTest::newRow("command line wins") << a << b << c << a;
    QTest::newRow("then environment") << QString() << b << c << b;
    QTest::newRow("then settings") << QString() << QString() << c << c;
    QTest::newRow("then default") << QString() << QString() << QString() << Database::defaultUrl();
}

void TestShell::resolveDatabaseUrl()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, environment);
    QFETCH(QString, saved);
    QFETCH(QString, expected);
    QCOMPARE(AppController::resolveDatabaseUrl(commandLine, environment, saved), expected);
}

void TestShell::settingsUrlHasNoPassword()
{
    const QString stored =
        AppController::urlForSettings(u"postgresql://center:s3cret@db.example:5433/zongzhi"_s);
    QVERIFY2(!stored.contains(u"s3cret"_s), qPrintable(stored));
    const ConnectionUrl url = ConnectionUrl::parse(stored);
    QCOMPARE(url.user, u"center"_s);
    QCOMPARE(url.port, 5433);
    QCOMPARE(Database::defaultUrl().right(11), u"/zongzhi.db"_s);
}

void TestShell::screenshots()
{
    resetFilters();
    m_window->resize(1200, 760);
    QVERIFY(m_window->setCurrentModule(u"cases"_s));
    QTest::qWait(50);
    VERIFY_SCREENSHOT(m_window.get(), u"zongzhi-shell"_s);
    QVERIFY(m_window->setCurrentModule(u"overview"_s));
    QTest::qWait(50);
    VERIFY_SCREENSHOT(m_window.get(), u"zongzhi-overview"_s);

    ConnectionDialog dialog(u"postgresql://zz@127.0.0.1:1/zongzhi"_s);
    dialog.show();
    dialog.testConnection();
    QTest::qWait(50);
    VERIFY_SCREENSHOT(&dialog, u"zongzhi-connection"_s);
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
