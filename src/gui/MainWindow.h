#pragma once
// MainWindow: the app shell. The Designer is the central widget; Sandbox, Event log, Tasks and
// Commands are dock widgets; status bar with the bot's state and gateway latency; tray icon.

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;

namespace bw {
class Bot;
class SecretStore;
namespace store {
class Database;
}
namespace tasks {
class TaskService;
}
} // namespace bw

namespace bw::gui {

class BotActions;
class ProfileDialog;
class SettingsDialog;
class TrayIcon;
namespace designer {
class DesignerPanel;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// `tasks` (the profile's scheduled tasks, for the Tasks panel and the tray's failure notices) may be
    /// null.
    MainWindow(bw::Bot &bot, bw::store::Database &db, bw::SecretStore &secrets,
               bw::tasks::TaskService *tasks = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    TrayIcon *trayIcon() const { return m_tray; }
    /// The dock widgets, in View-menu order: Sandbox, Event log, Tasks, Commands.
    QList<QDockWidget *> docks() const { return m_docks; }

    /// Starts the bot when the user chose "Start the bot when Botwright opens". Call once after show().
    void startBotIfConfigured();
    /// Writes geometry and dock layout to QSettings (also done on close and quit).
    void saveLayout() const;
    /// Puts every dock back where it is on first start.
    void resetLayout();

public Q_SLOTS:
    void showSettings();
    void showProfiles();
    void showAbout();
    /// Shows the window when hidden or minimized, hides it otherwise.
    void toggleVisibility();
    /// Saves the layout and quits the application, also when the window would hide to the tray.
    void quit();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPanels();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreLayout();
    void updateStatus();
    void updateLatency();
    void retranslateTitle();
    QDockWidget *addPanelDock(const QString &key, const QString &title, QWidget *panel,
                              Qt::DockWidgetArea area, const QKeySequence &shortcut);

    Bot &m_bot;
    store::Database &m_db;
    SecretStore &m_secrets;
    tasks::TaskService *m_tasks;
    designer::DesignerPanel *m_designer = nullptr;

    BotActions *m_botActions = nullptr;
    TrayIcon *m_tray = nullptr;
    QList<QDockWidget *> m_docks;
    QByteArray m_defaultState;

    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QAction *m_resetLayoutAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_latency = nullptr;

    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ProfileDialog> m_profileDialog;
    bool m_quitting = false;
};

} // namespace bw::gui
