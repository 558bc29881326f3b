#pragma once

#include <QString>

class QCoreApplication;

namespace zz {

// Language and font set-up for the desktop app (Chinese is the source language).
namespace Localization {

// Installs Qt's own catalogue (qtbase_<lang>.qm) and ours (:/i18n/zongzhi_<lang>.qm) and sets the
// default locale (Translations::install). Returns the installed files.
QStringList installTranslations(QCoreApplication &app, const QString &language);

// Makes Chinese render everywhere: uses Noto Sans CJK SC as the application font when installed.
// Returns the family now in use.
QString applyChineseFont();

} // namespace Localization

} // namespace zz
