#include "ui/settings/appsettings.h"

namespace tumbuh::ui {

AppSettings::AppSettings() : store_(std::make_unique<QSettings>()) { }

AppSettings::AppSettings(const QString& iniFile)
    : store_(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

} // namespace tumbuh::ui
