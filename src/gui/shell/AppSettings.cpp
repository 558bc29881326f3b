#include "AppSettings.h"

namespace zz {

namespace {
constexpr int currentSettingsVersion = 1;
}

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

void AppSettings::migrate()
{
    // Version 1 is the first layout; later renames go here as `if (version < N)` steps.
    if (settingsVersion.get() < currentSettingsVersion)
        settingsVersion.set(currentSettingsVersion);
}

} // namespace zz
