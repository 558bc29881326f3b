#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace zz::Translations {

QStringList languages()
{
    return {u"zh_CN"_s, u"en"_s};
}

QString normalize(const QString &languageOrLocale)
{
    return languageOrLocale.trimmed().startsWith(u"en"_s, Qt::CaseInsensitive) ? u"en"_s : u"zh_CN"_s;
}

QString fromEnvironment()
{
    // LANGUAGE is a colon-separated priority list; the first entry decides.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name).section(u':', 0, 0).trimmed();
        if (!value.isEmpty() && value != u"C"_s && !value.startsWith(u"C."_s) && value != u"POSIX"_s)
            return normalize(value);
    }
    return u"zh_CN"_s;
}

QStringList install(QCoreApplication &app, const QString &language)
{
    const QString lang = normalize(language);
    QLocale::setDefault(QLocale(lang));
    QStringList installed;
    const auto load = [&](const QString &file, const QString &directory) {
        auto *translator = new QTranslator(&app);
        if (translator->load(file, directory)) {
            QCoreApplication::installTranslator(translator);
            installed.append(translator->filePath());
        } else {
            delete translator;
        }
    };
    if (lang != u"zh_CN"_s || QFile::exists(u":/i18n/zongzhi_zh_CN.qm"_s))
        load(u"zongzhi_"_s + lang, u":/i18n"_s);
    load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

} // namespace zz::Translations
