#pragma once
// Every setting of the desktop program, typed. Made once in main() over a
// QSettings and passed to whoever needs it (no global instance).
#include "ui/settings/setting.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

namespace tumbuh::ui {

class AppSettings {
public:
    // Over the platform's settings for this organisation and application.
    AppSettings();
    // Over a given file (tests, portable installs): an INI file.
    explicit AppSettings(const QString& iniFile);

    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    QSettings& store() { return *store_; }
    void sync() { store_->sync(); }

private:
    std::unique_ptr<QSettings> store_;

public:
    // "id" or "en"; empty = follow the system (Indonesian when unset).
    Setting<QString> language{*store_, QStringLiteral("ui/language")};
    // The database opened last time, reopened at the next start.
    Setting<QString> lastDatabase{*store_, QStringLiteral("database/last")};
    // Who signed in last on this laptop: chosen first in the sign-in list.
    Setting<QString> lastUser{*store_, QStringLiteral("user/last")};
    // The idle lock: minutes without a key or the mouse before the screen is
    // hidden and the PIN asked again; 0 = never.
    Setting<int> idleLockMinutes{*store_, QStringLiteral("security/idleLockMinutes"), 10};
    // "Tindak lanjut rujukan (hari)": a new referral's follow-up date is its
    // date plus this many days (overdue when still dirujuk after it).
    Setting<int> referralFollowUpDays{*store_, QStringLiteral("followup/referralFollowUpDays"), 14};
    Setting<QByteArray> windowGeometry{*store_, QStringLiteral("ui/mainWindowGeometry")};
    // "Teks besar": the posyandu-day form and result panel larger again.
    Setting<bool> largeText{*store_, QStringLiteral("ui/largeText"), false};
};

} // namespace tumbuh::ui
