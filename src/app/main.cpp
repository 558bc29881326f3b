// 综治中心工作台: the desktop app's entry point.

#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/Localization.h"
#include "shell/ScreenshotRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Without TZ, glibc re-reads /etc/localtime for every local-time conversion: half the cost of
    // reading a page of cases. Pinning it keeps the system zone and drops the file checks.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Zongzhi"_s);
    QCoreApplication::setApplicationName(u"zongzhi"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZONGZHI_VERSION));
    QGuiApplication::setDesktopFileName(u"zongzhi"_s);
    // The installed theme icon (the .deb's hicolor one), else the same drawing compiled in.
    QGuiApplication::setWindowIcon(QIcon::fromTheme(u"zongzhi"_s, QIcon(u":/zongzhi/zongzhi.svg"_s)));

    zz::AppSettings settings;

    // The language comes first: the command-line help below is translated too.
    QString language = settings.language.get();
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang"_s && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="_s))
            language = arguments.at(i).mid(7);
    }
    zz::Localization::installTranslations(app, language);
    zz::Localization::applyChineseFont();
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "综治中心工作台"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "乡镇（街道）综治中心工作台。"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate(
            "main", "数据库连接地址，例如 sqlite:///路径/zongzhi.db 或 postgresql://用户@主机:5432/数据库。"),
        u"url"_s);
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("main", "界面语言：zh_CN（默认）或 en。"), u"language"_s);
    // For scripted smoke tests of an installed package (scripts/package-test.sh): log in without typing,
    // save the main window as a PNG and quit.
    const QCommandLineOption loginOption(
        u"login"_s, QCoreApplication::translate("main", "以此账号登录（密码由 --password-stdin 提供）。"),
        u"login"_s);
    const QCommandLineOption passwordStdinOption(
        u"password-stdin"_s, QCoreApplication::translate("main", "从标准输入读取一行作为登录密码。"));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "主窗口显示并载入后保存为 PNG 文件，然后退出（用于安装检查）。"),
        u"file"_s);
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(loginOption);
    parser.addOption(passwordStdinOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const QString url = zz::AppController::resolveDatabaseUrl(
        parser.value(dbOption), qEnvironmentVariable("ZONGZHI_DB"), settings.databaseUrl.get());

    zz::AppController controller(settings);
    if (parser.isSet(loginOption) && parser.isSet(passwordStdinOption)) {
        QTextStream in(stdin);
        controller.setScriptedLogin(parser.value(loginOption), in.readLine());
    }
    std::unique_ptr<zz::ScreenshotRunner> screenshot;
    if (parser.isSet(screenshotOption))
        screenshot = std::make_unique<zz::ScreenshotRunner>(parser.value(screenshotOption));
    QObject::connect(&controller, &zz::AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    // Start-up dialogs are the only windows for a while; closing one must not end the program.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (!controller.start(url))
        return screenshot && screenshot->exitCode() >= 0 ? screenshot->exitCode() : 1;
    QGuiApplication::setQuitOnLastWindowClosed(true);
    const int code = QApplication::exec();
    return screenshot && screenshot->exitCode() >= 0 ? screenshot->exitCode() : code;
}
