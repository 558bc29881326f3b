#include "Localization.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace zz::Localization {

QStringList installTranslations(QCoreApplication &app, const QString &language)
{
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
    if (language != u"zh_CN"_s || QFile::exists(u":/i18n/zongzhi_zh_CN.qm"_s))
        load(u"zongzhi_"_s + language, u":/i18n"_s);
    load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

QString applyChineseFont()
{
    // SC first: the simplified-Chinese glyph forms; the others only as fallbacks.
    const QStringList preferred = {u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s};
    const QStringList families = QFontDatabase::families();
    for (const QString &family : preferred) {
        if (families.contains(family)) {
            QFont font = QApplication::font();
            font.setFamilies({family});
            QApplication::setFont(font);
            return family;
        }
    }
    return QApplication::font().family();
}

} // namespace zz::Localization
