#pragma once
// AppSettings: the user's application preferences, stored in QSettings. One struct so the settings
// dialog, the main window and main() read and write the same keys with the same defaults.

#include <QString>

namespace bw::gui {

struct AppSettings
{
    enum class PreviewTheme { Dark, Light };

    static constexpr int kMinRetentionDays = 1;
    static constexpr int kMaxRetentionDays = 3650;

    bool closeToTray = true; // closing the window hides it to the tray (when a tray exists)
    bool startBotOnLaunch = false; // MainWindow::startBotIfConfigured() starts the bot
    QString language; // empty = the system's; else a code such as "en" or "de"
    PreviewTheme previewTheme = PreviewTheme::Dark; // the Designer's message preview
    int eventLogRetentionDays = 7; // older event-log records are pruned

    /// Reads the settings; missing or invalid values give the defaults above.
    static AppSettings load();
    /// Writes every value and syncs to disk.
    void save() const;

    bool operator==(const AppSettings &) const = default;
};

} // namespace bw::gui
