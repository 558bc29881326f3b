#include "AppController.h"

#include "AppSettings.h"
#include "ConnectionDialog.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Error.h"
#include "MainWindow.h"
#include "ReferenceRepositories.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace zz {

namespace {
constexpr qint64 demoCaseCount = 2000;
}

AppController::AppController(AppSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{}

AppController::~AppController()
{
    saveWindowState();
}

QString AppController::resolveDatabaseUrl(const QString &commandLine, const QString &environment,
                                          const QString &saved)
{
    for (const QString &candidate : {commandLine, environment, saved}) {
        if (!candidate.trimmed().isEmpty())
            return candidate.trimmed();
    }
    return Database::defaultUrl();
}

QString AppController::urlForSettings(const QString &url)
{
    try {
        ConnectionUrl parsed = ConnectionUrl::parse(url);
        parsed.password.clear();
        return parsed.toString();
    } catch (const Error &) {
        return {};
    }
}

bool AppController::start(const QString &url)
{
    m_database = open(url, nullptr, false);
    if (!m_database)
        return false;
    offerDemoData(*m_database, nullptr);
    showMainWindow();
    return true;
}

std::unique_ptr<Database> AppController::open(QString url, QWidget *parent, bool running)
{
    for (;;) {
        QString problem;
        try {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto db = std::make_unique<Database>(url);
            db->migrate();
            CalendarRepository(*db).seedFromBundled();
            QApplication::restoreOverrideCursor();
            m_settings.databaseUrl.set(urlForSettings(url));
            m_settings.sync();
            return db;
        } catch (const Error &error) {
            problem = error.message();
        } catch (const std::exception &error) {
            problem = QString::fromLocal8Bit(error.what());
        }
        QApplication::restoreOverrideCursor();

        QMessageBox box(QMessageBox::Critical, tr("无法打开数据库"), problem, QMessageBox::NoButton, parent);
        box.setObjectName(u"openFailedMessageBox"_s);
        box.setInformativeText(running ? tr("可以重试、选择其他数据库，或继续使用当前数据库。")
                                       : tr("可以重试、选择其他数据库，或退出程序。"));
        QPushButton *retry = box.addButton(tr("重试"), QMessageBox::AcceptRole);
        QPushButton *choose = box.addButton(tr("选择其他数据库…"), QMessageBox::ActionRole);
        QPushButton *giveUp = box.addButton(running ? tr("取消") : tr("退出"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.setEscapeButton(giveUp);
        box.exec();
        if (box.clickedButton() == retry)
            continue;
        if (box.clickedButton() == choose) {
            ConnectionDialog dialog(url, parent);
            if (dialog.exec() == QDialog::Accepted && !dialog.url().isEmpty())
                url = dialog.url();
            continue;
        }
        return nullptr;
    }
}

void AppController::offerDemoData(Database &db, QWidget *parent)
{
    try {
        if (!OrgUnitRepository(db).all().isEmpty())
            return;
    } catch (const Error &) {
        return; // the main window reports database problems where they matter
    }
    const auto answer = QMessageBox::question(parent, tr("空数据库"), tr("数据库是空的。要生成演示数据吗？"),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;

    QProgressDialog progress(tr("正在生成演示数据…"), QString(), 0, int(demoCaseCount), parent);
    progress.setWindowTitle(tr("演示数据"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setCancelButton(nullptr); // the generator cannot stop half-way
    progress.setMinimumDuration(0);
    progress.setValue(0);
    try {
        DemoOptions options;
        options.cases = demoCaseCount;
        DemoDataGenerator(db, options).run([&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(total));
            progress.setValue(int(done));
            QCoreApplication::processEvents();
        });
    } catch (const Error &error) {
        progress.close();
        QMessageBox::warning(parent, tr("演示数据"), tr("生成演示数据失败：%1").arg(error.message()));
    }
}

void AppController::showMainWindow()
{
    const AppContext context{*m_database, m_clock, CalendarRepository(*m_database).load(), m_user};
    m_window = std::make_unique<MainWindow>(context);
    const QByteArray geometry = m_settings.mainWindowGeometry.get();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    const QByteArray state = m_settings.mainWindowState.get();
    if (!state.isEmpty())
        m_window->restoreState(state);
    m_window->setCurrentModule(m_settings.lastModule.get());
    // Queued: the request comes from inside the window's own menu handler, which must return
    // before the window is replaced.
    connect(m_window.get(), &MainWindow::databaseChangeRequested, this, &AppController::switchDatabase,
            Qt::QueuedConnection);
    m_window->show();
}

void AppController::saveWindowState()
{
    if (!m_window)
        return;
    m_settings.mainWindowGeometry.set(m_window->saveGeometry());
    m_settings.mainWindowState.set(m_window->saveState());
    m_settings.lastModule.set(m_window->currentModuleId());
    m_settings.sync();
}

void AppController::switchDatabase(const QString &url)
{
    std::unique_ptr<Database> next = open(url, m_window.get(), true);
    if (!next)
        return; // keep working on the current database
    offerDemoData(*next, m_window.get());
    saveWindowState();
    m_window.reset();
    m_database = std::move(next);
    showMainWindow();
}

} // namespace zz
