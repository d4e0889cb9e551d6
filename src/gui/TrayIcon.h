#pragma once
// TrayIcon: the system tray entry (QSystemTrayIcon) showing the bot's state, with a menu to start
// and stop the bot, show or hide the window and quit. The menu is built on its own, so it can be
// tested (and used) where no system tray exists.

#include "bot/BotState.h"

#include <QIcon>
#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace bw {
class Bot;
}

namespace bw::gui {

class BotActions;

class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(Bot &bot, QObject *parent = nullptr);
    ~TrayIcon() override;

    QMenu *menu() const { return m_menu.get(); }
    QAction *startAction() const;
    QAction *stopAction() const;
    QAction *showHideAction() const { return m_showHide; }
    QAction *quitAction() const { return m_quit; }

    /// Whether a system tray exists; tests may override what the platform says.
    bool isAvailable() const;
    void setAvailableOverride(std::optional<bool> available) { m_availableOverride = available; }

    /// Shows the icon in the tray when one exists.
    void show();
    bool isVisible() const;

    /// The icon and tooltip the tray shows for the current state.
    QIcon icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    BotState::Status shownStatus() const { return m_status; }

    /// Tells the menu whether the window is visible, so Show/Hide reads right.
    void setWindowVisible(bool visible);

    /// A balloon message from the tray (when there is one); noticeShown() is always emitted.
    void showNotice(const QString &title, const QString &text);

Q_SIGNALS:
    void showHideRequested();
    void quitRequested();
    void noticeShown(const QString &title, const QString &text);

private:
    void updateState();

    Bot &m_bot;
    std::unique_ptr<QMenu> m_menu;
    BotActions *m_botActions;
    QAction *m_showHide;
    QAction *m_quit;
    QSystemTrayIcon *m_tray;
    std::optional<bool> m_availableOverride;
    BotState::Status m_status = BotState::Status::Stopped;
    QIcon m_icon;
    QString m_toolTip;
};

} // namespace bw::gui
