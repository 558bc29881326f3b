#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>
#include <memory>

namespace zz {

// One setting: its key and default are declared once, here and nowhere else.
template <typename T> class SettingValue
{
public:
    SettingValue(QSettings &settings, QString key, T defaultValue)
        : m_settings(settings), m_key(std::move(key)), m_default(std::move(defaultValue))
    {}

    T get() const { return m_settings.value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void set(const T &value) { m_settings.setValue(m_key, QVariant::fromValue(value)); }
    void reset() { m_settings.remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QSettings &m_settings;
    QString m_key;
    T m_default;
};

// The desktop app's per-user settings (QSettings: ~/.config/Zongzhi/zongzhi.conf). Shared,
// per-center settings live in the database (SettingsRepository), not here.
class AppSettings
{
public:
    // The user's settings for the current organisation/application name.
    AppSettings();
    // An explicit INI file (tests, portable installs).
    explicit AppSettings(const QString &iniFile);
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    void sync() { m_settings->sync(); }

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;

public:
    // Bumped when a key is renamed or its meaning changes; migrate() upgrades older files. A newer
    // file than this program knows is left as it is (a downgrade keeps the user's choices).
    SettingValue<int> settingsVersion{*m_settings, QStringLiteral("settingsVersion"), 0};
    // The last database that opened successfully, without its password (libpq reads ~/.pgpass).
    SettingValue<QString> databaseUrl{*m_settings, QStringLiteral("database/url"), QString()};
    // UI language: zh_CN (the source language) or en.
    SettingValue<QString> language{*m_settings, QStringLiteral("ui/language"), QStringLiteral("zh_CN")};
    SettingValue<QByteArray> mainWindowGeometry{*m_settings, QStringLiteral("ui/mainWindowGeometry"),
                                                QByteArray()};
    SettingValue<QByteArray> mainWindowState{*m_settings, QStringLiteral("ui/mainWindowState"), QByteArray()};
    SettingValue<QString> lastModule{*m_settings, QStringLiteral("ui/lastModule"),
                                     QStringLiteral("overview")};
    // Minutes without keyboard or mouse input before the screen locks; 0 never locks.
    SettingValue<int> idleLockMinutes{*m_settings, QStringLiteral("security/idleLockMinutes"), 10};
    // The printer the print dialogs and previews start with (receipts, slips, lists); empty: the
    // system's default printer.
    SettingValue<QString> printerName{*m_settings, QStringLiteral("printing/printer"), QString()};
    // This counter's receipt paper: "a5" or "a4-half" (CenterSettings::paperToString); empty follows
    // the center's setting (基础数据 › 中心设置), which counters with another printer may override.
    SettingValue<QString> receiptPaper{*m_settings, QStringLiteral("printing/receiptPaper"), QString()};
};

} // namespace zz
