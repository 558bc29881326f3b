#include "CliCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    // Without TZ, glibc re-reads /etc/localtime for every local-time conversion: half the cost of
    // reading a page of cases. Pinning it keeps the system zone and drops the file checks.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    // A PDF is laid out with fonts, which need a GUI application; offscreen, so no display is needed.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zongzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("zongzhi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZONGZHI_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return zz::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
