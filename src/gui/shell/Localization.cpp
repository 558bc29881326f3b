#include "Localization.h"

#include "Translations.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace zz::Localization {

QStringList installTranslations(QCoreApplication &app, const QString &language)
{
    return Translations::install(app, language);
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
