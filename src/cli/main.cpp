#include "CliCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Without TZ, glibc re-reads /etc/localtime for every local-time conversion: half the cost of
    // reading a page of cases. Pinning it keeps the system zone and drops the file checks.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Zongzhi"));
    QCoreApplication::setApplicationName(QStringLiteral("zongzhi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ZONGZHI_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return zz::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
