// Issue 16: in English, no Chinese outside data. Every module of every role's main window, every page of
// 基础数据, the menus and toolbars, and the main dialogs are opened with the English catalogue; every text
// a user reads (labels, buttons, headers, tooltips, placeholders, window titles, menu and list items)
// is collected, the data of the demo county (names of places, departments, categories, people,
// holidays) is taken out, and any Han character left fails the test with where it was found.

#include "CaseRepository.h"
#include "CaseWorkflow.h"
#include "Clock.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Query.h"
#include "ReferenceRepositories.h"
#include "TestDatabase.h"
#include "admin/AccountDialog.h"
#include "admin/CheckStepsDialog.h"
#include "admin/ResetPasswordDialog.h"
#include "basedata/BaseDataModule.h"
#include "basedata/CategoryDialog.h"
#include "basedata/DepartmentDialog.h"
#include "basedata/WorkerDialog.h"
#include "callbacks/CallbackDialog.h"
#include "dispatch/ActionDialog.h"
#include "dispatch/CaseViewDialog.h"
#include "petition/DocumentTemplate.h"
#include "setup/FirstRunWizard.h"
#include "shell/AppContext.h"
#include "shell/AppSettings.h"
#include "shell/ChangePasswordDialog.h"
#include "shell/ConnectionDialog.h"
#include "shell/HelpWindow.h"
#include "shell/Localization.h"
#include "shell/LockScreen.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/Module.h"
#include "shell/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QTranslator>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

const QRegularExpression han(u"[\\p{Han}，：；（）、。]"_s); // Han, and Chinese punctuation

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Texts a user reads in a widget tree, each with where it was found.
class TextCollector
{
public:
    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_texts.append({where, plain(text)});
    }

    void addActions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (!action->isVisible())
                continue;
            add(where + u" action "_s + action->objectName(), action->text());
            add(where + u" action tooltip "_s + action->objectName(), action->toolTip());
            if (action->menu())
                addActions(where + u" › "_s + action->text(), action->menu()->actions());
        }
    }

    void addWidgetTree(const QString &where, QWidget *root)
    {
        add(where + u" window title"_s, root->windowTitle());
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (w != root && !w->isVisibleTo(root))
                continue;
            const QString at = where + u" › "_s +
                               (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                          : w->objectName());
            add(at + u" tooltip"_s, w->toolTip());
            add(at + u" whatsThis"_s, w->whatsThis());
            if (auto *label = qobject_cast<QLabel *>(w))
                add(at, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(at, button->text());
            if (auto *group = qobject_cast<QGroupBox *>(w))
                add(at, group->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(at + u" placeholder"_s, edit->placeholderText());
            if (auto *spin = qobject_cast<QSpinBox *>(w)) {
                add(at + u" suffix"_s, spin->suffix());
                add(at + u" prefix"_s, spin->prefix());
                add(at + u" special value"_s, spin->specialValueText());
            }
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(w); spin && !qobject_cast<QSpinBox *>(w))
                add(at + u" shown"_s, spin->text()); // dates as the locale writes them
            // The division picker's lists are the national division tables: names of places, data.
            if (auto *combo = qobject_cast<QComboBox *>(w);
                combo && !w->objectName().startsWith(u"division"_s)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(at + u" item"_s, combo->itemText(i));
            }
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(at + u" tab"_s, tabs->tabText(i));
                    add(at + u" tab tooltip"_s, tabs->tabToolTip(i));
                }
            }
            if (auto *list = qobject_cast<QListWidget *>(w)) {
                for (int i = 0; i < list->count(); ++i)
                    add(at + u" item"_s, list->item(i)->text());
            }
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
                const QAbstractItemModel *model = view->model();
                for (int c = 0; c < model->columnCount(); ++c)
                    add(at + u" header"_s, model->headerData(c, Qt::Horizontal).toString());
            }
            if (auto *toolBar = qobject_cast<QToolBar *>(w))
                addActions(at, toolBar->actions());
            if (auto *menuBar = qobject_cast<QMenuBar *>(w))
                addActions(at, menuBar->actions());
        }
    }

    // The texts that still hold Han characters once every data string has been taken out.
    QStringList chinese(const QStringList &data) const
    {
        QStringList found;
        QSet<QString> seen; // a text is reported once, where it was first met
        for (const auto &[where, text] : m_texts) {
            QString rest = text;
            for (const QString &name : data)
                rest.remove(name);
            if (rest.contains(han) && !seen.contains(text)) {
                seen.insert(text);
                found << where + u": "_s + text.left(400);
            }
        }
        return found;
    }

    qsizetype size() const { return m_texts.size(); }

private:
    QList<std::pair<QString, QString>> m_texts;
};

} // namespace

class TestEnglishGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modulesInEnglish_data();
    void modulesInEnglish();
    void dialogsInEnglish();
    void datesFollowTheLocale();

private:
    User user(const QString &login) const { return *UserRepository(*m_db).byLogin(login); }
    AppContext context(const QString &login)
    {
        return AppContext{*m_db, m_clock, CalendarRepository(*m_db).load(), user(login), &*m_settings};
    }
    void expectEnglish(const TextCollector &texts);

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppSettings> m_settings;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0))};
    QTranslator m_english;
    QTranslator m_qtEnglish;
    QStringList m_data; // names from the demo county, longest first
};

void TestEnglishGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Localization::applyChineseFont();
    try {
        m_testDb = std::make_unique<test::TestDatabase>();
        m_db = m_testDb->fresh();
    } catch (const std::exception &e) {
        QFAIL(e.what());
    }
    qInfo() << "backend:" << m_testDb->backendName();
    CalendarRepository(*m_db).seedFromBundled();
    DemoOptions options;
    options.cases = 300;
    options.now = m_clock.now();
    QCOMPARE(DemoDataGenerator(*m_db, options).run(), qint64(300));
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));

    // Data fields: whatever the county entered (or the demo generated) may be Chinese in any language.
    for (const QString &sql :
         {u"SELECT name FROM org_units"_s, u"SELECT name FROM departments"_s,
          u"SELECT name FROM categories"_s, u"SELECT display_name FROM users"_s,
          u"SELECT name FROM workers"_s, u"SELECT name FROM holidays"_s, u"SELECT title FROM cases"_s,
          u"SELECT address FROM cases"_s, u"SELECT name FROM case_parties"_s}) {
        try {
            Query q(*m_db, sql);
            q.exec();
            while (q.next())
                if (const QString value = q.value(0).toString().trimmed(); value.contains(han))
                    m_data << value;
        } catch (const std::exception &) {
            // a table of an older schema: nothing to take out
        }
    }
    m_data.removeDuplicates();
    // Masked names keep their first character (张*).
    QStringList masked;
    for (const QString &name : std::as_const(m_data))
        masked << name.left(1) + u'*';
    m_data += masked;
    // Each language is named in itself in the language list (文件 → 设置), so that everyone finds his own.
    m_data << u"中文（简体）"_s;
    // The center name field's example is a Chinese name (基础数据 › 中心信息), like the names it stands for.
    m_data << u"青石镇社会治理综合服务中心"_s
           << u"梨洲街道办事处一楼大厅"_s; // and the first-run address example
    // The division search's examples are place names (宁波 余姚), typed as a user would type them.
    m_data << u"宁波"_s << u"余姚"_s;
    // So are the department dialog's examples of department names.
    m_data << u"司法所"_s << u"派出所"_s << u"人社窗口"_s;
    // The petition templates' placeholders and 文号 tokens are the templates' own syntax, written in
    // Chinese into Chinese documents (信访超市 › 文书模板): data, like the documents they fill.
    for (const DocumentPlaceholder &placeholder : DocumentTemplate::knownPlaceholders())
        m_data << u"{{"_s + placeholder.name + u"}}"_s;
    m_data << u"{机关代字}"_s << u"{年}"_s << u"{序号}"_s;
    // Longest first: a name inside a longer one (青石镇 in 青石镇社会治理综合服务中心) goes with the longer.
    std::sort(m_data.begin(), m_data.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QVERIFY(m_data.size() > 20);

    QVERIFY(m_english.load(u"zongzhi_en"_s, u":/i18n"_s));
    QCoreApplication::installTranslator(&m_english);
    if (m_qtEnglish.load(u"qtbase_en"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtEnglish);
    QLocale::setDefault(QLocale(u"en"_s));
}

void TestEnglishGui::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_english);
    QCoreApplication::removeTranslator(&m_qtEnglish);
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    m_db.reset();
    m_testDb.reset();
}

void TestEnglishGui::expectEnglish(const TextCollector &texts)
{
    QVERIFY(texts.size() > 5);
    const QStringList chinese = texts.chinese(m_data);
    QVERIFY2(chinese.isEmpty(), qPrintable(u"\n%1 Chinese text(s) in English:\n  "_s.arg(chinese.size()) +
                                           chinese.join(u"\n  "_s)));
}

void TestEnglishGui::modulesInEnglish_data()
{
    QTest::addColumn<QString>("login");
    for (const QString &login : {u"reception1"_s, u"duty1"_s, u"handler1"_s, u"leader1"_s, u"admin"_s})
        QTest::newRow(qPrintable(login)) << login;
}

void TestEnglishGui::modulesInEnglish()
{
    QFETCH(QString, login);
    MainWindow window(context(login));
    window.resize(1200, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TextCollector texts;
    for (const QString &module : window.moduleIds()) {
        QVERIFY(window.setCurrentModule(module));
        QTest::qWait(200);
        texts.addWidgetTree(login + u" › "_s + module, &window);
        // Every tab of the module's page.
        for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
            if (!tabs->isVisibleTo(&window))
                continue;
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                texts.addWidgetTree(login + u" › "_s + module + u" › tab "_s + QString::number(i), &window);
            }
        }
    }
    // 基础数据: every page the account may see.
    if (auto *baseData = window.findChild<BaseDataModule *>()) {
        for (const QString &page : baseData->pageIds()) {
            QVERIFY(window.setCurrentModule(baseData->id()));
            QVERIFY(baseData->showPage(page));
            QTest::qWait(100);
            texts.addWidgetTree(login + u" › basedata › "_s + page, &window);
        }
    }
    expectEnglish(texts);
}

void TestEnglishGui::dialogsInEnglish()
{
    TextCollector texts;
    const auto look = [&texts](const QString &name, QWidget *widget) {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        texts.addWidgetTree(name, widget);
    };
    const QString url = m_db->url().toString();
    {
        LoginDialog dialog(url, m_clock);
        look(u"login"_s, &dialog);
    }
    {
        ConnectionDialog dialog(url);
        look(u"connection"_s, &dialog);
    }
    {
        SettingsDialog dialog(*m_settings);
        look(u"settings"_s, &dialog);
    }
    const AppContext admin = context(u"admin"_s);
    {
        ChangePasswordDialog dialog(admin);
        look(u"change password"_s, &dialog);
    }
    {
        AccountDialog dialog(admin, std::nullopt);
        look(u"new account"_s, &dialog);
    }
    {
        HelpWindow help(u"en"_s);
        help.showTopic(u"board"_s);
        look(u"help"_s, &help);
        QVERIFY(!help.findChild<QTextBrowser *>()->toPlainText().contains(han));
    }
    {
        // The first-run wizard on an empty database, every page.
        auto empty = std::make_unique<Database>(u"sqlite://"_s + m_dir.filePath(u"empty.db"_s));
        empty->migrate();
        FirstRunWizard wizard(
            std::move(empty), m_clock,
            [](const QString &url) {
                auto db = std::make_unique<Database>(url);
                db->migrate();
                return db;
            },
            true);
        look(u"first run"_s, &wizard);
        for (const int id : wizard.pageIds())
            texts.addWidgetTree(u"first run page "_s + QString::number(id), wizard.page(id));
    }
    {
        // 记录回访 on a closed case, as a duty officer opens it from 回访台.
        Query q(*m_db, u"SELECT id FROM cases WHERE status = 'closed' ORDER BY id LIMIT 1"_s);
        q.exec();
        if (q.next()) {
            const auto record = CaseRepository(*m_db).get(q.value(0).toLongLong());
            QVERIFY(record);
            CallbackDialog dialog(context(u"duty1"_s), *record);
            look(u"call-back"_s, &dialog);
        }
    }
    {
        // Every action dialog a case in each status offers (one account with the counter's, the duty
        // officer's, the leader's and the admin's roles).
        AppContext all = context(u"leader1"_s);
        all.user.roles = Roles(Role::Reception) | Role::DutyOfficer | Role::Leader | Role::Admin;
        Query q(*m_db, u"SELECT MIN(id) FROM cases GROUP BY status, extension_pending_days > 0"_s);
        q.exec();
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        QList<CaseAction> seen;
        for (const qint64 id : std::as_const(ids)) {
            const auto record = CaseRepository(*m_db).get(id);
            QVERIFY(record);
            const CaseState state{record->status, record->extensionPendingDays > 0, CheckSteps::Two};
            for (const CaseAction action : CaseWorkflow::availableActions(state, all.user.roles)) {
                if (action == CaseAction::RecomputeDeadline || seen.contains(action))
                    continue;
                seen.append(action);
                ActionDialog dialog(all, *record, action);
                look(u"action "_s + QString::number(int(action)), &dialog);
            }
        }
        QVERIFY(seen.size() >= 8);
    }
    {
        // The admin's dialogs.
        ResetPasswordDialog reset(admin, user(u"reception1"_s));
        look(u"reset password"_s, &reset);
        CheckStepsDialog steps(admin);
        look(u"check steps"_s, &steps);
        DepartmentDialog department(admin, std::nullopt);
        look(u"new department"_s, &department);
        CategoryDialog category(admin, std::nullopt);
        look(u"new category"_s, &category);
        WorkerDialog worker(admin, std::nullopt);
        look(u"new grid worker"_s, &worker);
    }
    {
        MainWindow window(context(u"leader1"_s));
        texts.add(u"about"_s, window.aboutText());
        look(u"leader1 main window"_s, &window);
        // A case as the leader opens it from the board.
        Query q(*m_db, u"SELECT id FROM cases ORDER BY id LIMIT 3"_s);
        q.exec();
        while (q.next()) {
            CaseViewDialog view(context(u"leader1"_s), q.value(0).toLongLong());
            look(u"case view "_s + q.value(0).toString(), &view);
        }
        // The lock screen over the window.
        LockScreen lock(url, user(u"leader1"_s), m_clock, &window);
        lock.show();
        texts.addWidgetTree(u"lock screen"_s, &lock);
    }
    expectEnglish(texts);
}

// Dates and numbers as the English locale writes them, not with 年/月/日.
void TestEnglishGui::datesFollowTheLocale()
{
    const QDate day(2026, 12, 6);
    QVERIFY(!QLocale().toString(day, QLocale::LongFormat).contains(han));
    QCOMPARE(QLocale().toString(1234567), u"1,234,567"_s);
}

QTEST_MAIN(TestEnglishGui)
#include "tst_english_gui.moc"
