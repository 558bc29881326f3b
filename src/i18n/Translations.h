#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace zz::Translations {

// The interface languages: "zh_CN" (the source language) and "en".
QStringList languages();

// "en" or "zh_CN" for a command-line value or a locale name ("en_US.UTF-8", "zh_CN", "C"); zh_CN
// for anything that is not English.
QString normalize(const QString &languageOrLocale);

// The language a command-line program uses when --lang is not given: $LANGUAGE, $LC_ALL,
// $LC_MESSAGES, then $LANG, as gettext reads them.
QString fromEnvironment();

// Installs Qt's own catalogue (qtbase_<lang>.qm, for both languages: Qt's dialogs and buttons) and
// ours (:/i18n/zongzhi_<lang>.qm) when present, and makes the language's locale the default for
// dates and numbers. Returns the installed files.
QStringList install(QCoreApplication &app, const QString &language);

} // namespace zz::Translations
