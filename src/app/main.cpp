// 综治中心工作台: the desktop app's entry point.

#include "shell/AppController.h"
#include "shell/AppSettings.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>

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
    QLocale::setDefault(QLocale(language));
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
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString url = zz::AppController::resolveDatabaseUrl(
        parser.value(dbOption), qEnvironmentVariable("ZONGZHI_DB"), settings.databaseUrl.get());

    zz::AppController controller(settings);
    QObject::connect(&controller, &zz::AppController::quitRequested, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    // Start-up dialogs are the only windows for a while; closing one must not end the program.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    if (!controller.start(url))
        return 1;
    QGuiApplication::setQuitOnLastWindowClosed(true);
    return QApplication::exec();
}
