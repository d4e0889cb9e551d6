#pragma once
// Icons: the app icon, the bot-state icons and the panel icons from resources/, in one place,
// so the status bar, the tray and the placeholder pages always agree.

#include "bot/BotState.h"

#include <QIcon>
#include <QString>

namespace bw::gui::Icons {

/// Registers the icon resources (:/icons/...) of this static library. Every function below does it
/// on first use; call it before loading ":/icons/..." paths directly.
void initResources();
/// The Botwright application icon (resources/icons/botwright.svg).
QIcon app();
/// Resource path of the state icon: stopped, connecting (also resuming), running, error.
QString stateResource(BotState::Status status);
/// The plain state icon (a coloured disc), for the status bar and menus.
QIcon state(BotState::Status status);
/// The app icon with the state icon as a badge in its lower right corner, for the tray.
QIcon tray(BotState::Status status);
/// A panel's icon by panel key: designer, sandbox, eventlog, tasks, commands.
QIcon panel(const QString &key);
/// The Profiles action's icon.
QIcon profiles();

} // namespace bw::gui::Icons
