#include "gui/AppSettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::gui {

// Not "general/...": in INI files (QSettings on Linux) a [General] section means "no group", so a group
// called "general" would not read back.
namespace {
constexpr auto kCloseToTray = "app/closeToTray"_L1;
constexpr auto kStartBotOnLaunch = "app/startBotOnLaunch"_L1;
constexpr auto kLanguage = "app/language"_L1;
constexpr auto kPreviewTheme = "designer/previewTheme"_L1;
constexpr auto kRetentionDays = "eventLog/retentionDays"_L1;
} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings s;
    s.closeToTray = settings.value(kCloseToTray, s.closeToTray).toBool();
    s.startBotOnLaunch = settings.value(kStartBotOnLaunch, s.startBotOnLaunch).toBool();
    s.language = settings.value(kLanguage).toString();
    s.previewTheme
        = settings.value(kPreviewTheme).toString() == "light"_L1 ? PreviewTheme::Light : PreviewTheme::Dark;
    bool ok = false;
    const int days = settings.value(kRetentionDays).toInt(&ok);
    if (ok)
        s.eventLogRetentionDays = std::clamp(days, kMinRetentionDays, kMaxRetentionDays);
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(kCloseToTray, closeToTray);
    settings.setValue(kStartBotOnLaunch, startBotOnLaunch);
    settings.setValue(kLanguage, language);
    settings.setValue(kPreviewTheme, previewTheme == PreviewTheme::Light ? u"light"_s : u"dark"_s);
    settings.setValue(kRetentionDays,
                      std::clamp(eventLogRetentionDays, kMinRetentionDays, kMaxRetentionDays));
    settings.sync();
}

} // namespace bw::gui
