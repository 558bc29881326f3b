#include "CliCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

using namespace Qt::StringLiterals;

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
    QCoreApplication::setOrganizationName(u"Zongzhi"_s);
    QCoreApplication::setApplicationName(u"zongzhi"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ZONGZHI_VERSION));

    // --lang en|zh_CN anywhere on the line, else the locale's language (LANG and friends); the
    // option is taken out before the commands see their arguments.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString language = zz::Translations::fromEnvironment();
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == u"--lang"_s && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(u"--lang="_s)) {
            language = arguments.at(i).mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    zz::Translations::install(*app, language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() == 1 && (arguments.first() == u"--version"_s || arguments.first() == u"-v"_s)) {
        out << "zongzhi-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    return zz::cli::run(arguments, out, err);
}
