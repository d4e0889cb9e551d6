#include "gui/MainWindow.h"

#include "bot/Bot.h"
#include "bot/tasks/TaskService.h"
#include "core/Logging.h"
#include "gui/AppSettings.h"
#include "gui/BotActions.h"
#include "gui/Icons.h"
#include "gui/ProfileDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/TrayIcon.h"
#include "gui/commands/CommandsPanel.h"
#include "gui/designer/DesignerPanel.h"
#include "gui/eventlog/EventLogPanel.h"
#include "gui/sandbox/SandboxPanel.h"
#include "gui/tasks/TasksPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry"_L1;
constexpr auto kStateKey = "mainWindow/state"_L1;
constexpr auto kTrayNoticeKey = "mainWindow/trayNoticeShown"_L1;
// Bump when the set or names of docks change, so an old saved layout is not applied.
constexpr int kStateVersion = 1;

QKeySequence standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QKeySequence sequence(key);
    return sequence.isEmpty() ? fallback : sequence;
}
} // namespace

MainWindow::MainWindow(Bot &bot, store::Database &db, SecretStore &secrets, tasks::TaskService *tasks,
                       QWidget *parent)
    : QMainWindow(parent), m_bot(bot), m_db(db), m_secrets(secrets), m_tasks(tasks)
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::app());
    retranslateTitle();
    setDockNestingEnabled(true);
    setDocumentMode(true);
    setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);

    m_botActions = new BotActions(m_bot, this);
    m_tray = new TrayIcon(m_bot, this);
    connect(m_tray, &TrayIcon::showHideRequested, this, &MainWindow::toggleVisibility);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);

    createPanels();
    if (m_tasks) {
        // A task that fails for good is worth a notification even when the window is hidden in the tray.
        connect(m_tasks, &tasks::TaskService::taskFailed, m_tray,
                [this](const QString &name, const QString &error) {
                    m_tray->showNotice(tr("Task “%1” failed").arg(name), error);
                });
    }
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();

    m_defaultState = saveState(kStateVersion);
    restoreLayout();

    connect(m_bot.state(), &BotState::statusChanged, this, &MainWindow::updateStatus);
    connect(m_bot.state(), &BotState::latencyChanged, this, &MainWindow::updateLatency);
    connect(m_bot.state(), &BotState::sessionStartsChanged, this, &MainWindow::updateLatency);
    updateStatus();
    updateLatency();

    m_tray->show();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanels()
{
    m_designer = new designer::DesignerPanel(&m_bot, &m_db, this); // objectName "designerPanel"
    // Four panes side by side need room; in a small window the designer scrolls instead of forcing the
    // window wider than the screen.
    auto *designerScroll = new QScrollArea(this);
    designerScroll->setObjectName(u"designerScroll"_s);
    designerScroll->setWidgetResizable(true);
    designerScroll->setFrameShape(QFrame::NoFrame);
    designerScroll->setWidget(m_designer);
    setCentralWidget(designerScroll);

    auto *sandbox = new SandboxPanel(&m_bot, this); // objectName "sandboxPanel"

    auto *eventLog = new EventLogPanel(&m_bot, this); // objectName "eventLogPanel"
    eventLog->setDatabase(&m_db, AppSettings::load().eventLogRetentionDays);
    // The log's filter bar and charts are wide; in a small window the dock scrolls instead of forcing the
    // window to grow.
    auto *eventLogScroll = new QScrollArea(this);
    eventLogScroll->setObjectName(u"eventLogScroll"_s);
    eventLogScroll->setWidgetResizable(true);
    eventLogScroll->setFrameShape(QFrame::NoFrame);
    eventLogScroll->setWidget(eventLog);

    auto *tasks = new TasksPanel(m_tasks, &m_bot, this); // objectName "tasksPanel"
    auto *commands = new CommandsPanel(&m_bot, &m_db, this); // objectName "commandsPanel"

    // Sandbox and Commands share the right side, Event log and Tasks the bottom: the Designer keeps
    // the most room, and the log stays visible next to whatever is being tried in the sandbox.
    QDockWidget *sandboxDock = addPanelDock(u"sandbox"_s, tr("Sandbox"), sandbox, Qt::RightDockWidgetArea,
                                            QKeySequence(Qt::ALT | Qt::Key_1));
    QDockWidget *eventLogDock = addPanelDock(u"eventLog"_s, tr("Event Log"), eventLogScroll,
                                             Qt::BottomDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_2));
    QDockWidget *tasksDock = addPanelDock(u"tasks"_s, tr("Tasks"), tasks, Qt::BottomDockWidgetArea,
                                          QKeySequence(Qt::ALT | Qt::Key_3));
    QDockWidget *commandsDock = addPanelDock(u"commands"_s, tr("Commands"), commands, Qt::RightDockWidgetArea,
                                             QKeySequence(Qt::ALT | Qt::Key_4));
    tabifyDockWidget(sandboxDock, commandsDock);
    tabifyDockWidget(eventLogDock, tasksDock);
    sandboxDock->raise();
    eventLogDock->raise();
    resizeDocks({sandboxDock}, {400}, Qt::Horizontal);
    resizeDocks({eventLogDock}, {260}, Qt::Vertical);
}

QDockWidget *MainWindow::addPanelDock(const QString &key, const QString &title, QWidget *panel,
                                      Qt::DockWidgetArea area, const QKeySequence &shortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(key + u"Dock"_s); // saveState() identifies docks by objectName
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                      | QDockWidget::DockWidgetFloatable);
    QAction *toggle = dock->toggleViewAction();
    toggle->setObjectName(u"actionView_"_s + key);
    toggle->setShortcut(shortcut);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createActions()
{
    m_settingsAction = new QAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Settings…"), this);
    m_settingsAction->setObjectName(u"actionSettings"_s);
    m_settingsAction->setShortcut(
        standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quit);

    m_botActions->start()->setShortcut(QKeySequence(Qt::Key_F5));
    m_botActions->stop()->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));

    m_profilesAction = new QAction(Icons::profiles(), tr("&Profiles…"), this);
    m_profilesAction->setObjectName(u"actionProfiles"_s);
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_profilesAction->setStatusTip(tr("Create and edit bot profiles and their tokens"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_resetLayoutAction = new QAction(tr("&Reset Layout"), this);
    m_resetLayoutAction->setObjectName(u"actionResetLayout"_s);
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    m_fullScreenAction = new QAction(QIcon::fromTheme(u"view-fullscreen"_s), tr("&Full Screen"), this);
    m_fullScreenAction->setObjectName(u"actionFullScreen"_s);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(standardOr(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_aboutAction = new QAction(Icons::app(), tr("&About Botwright"), this);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(u"actionAboutQt"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    // The designer's Edit menu: undo/redo, clipboard, arrange, import/export (with their shortcuts).
    menuBar()->addMenu(m_designer->editMenu()); // objectName "menuEdit"

    QMenu *botMenu = menuBar()->addMenu(tr("&Bot"));
    botMenu->setObjectName(u"menuBot"_s);
    botMenu->addAction(m_botActions->start());
    botMenu->addAction(m_botActions->stop());
    botMenu->addSeparator();
    botMenu->addAction(m_profilesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addAction(m_resetLayoutAction);
    view->addAction(m_fullScreenAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->toggleViewAction()->setObjectName(u"actionView_toolBar"_s);
    toolBar->addAction(m_botActions->start());
    toolBar->addAction(m_botActions->stop());
    toolBar->addSeparator();
    toolBar->addAction(m_profilesAction);
}

void MainWindow::createStatusBar()
{
    auto *stateBox = new QWidget(this);
    stateBox->setObjectName(u"botStatusWidget"_s);
    auto *layout = new QHBoxLayout(stateBox);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    m_statusIcon = new QLabel(stateBox);
    m_statusIcon->setObjectName(u"botStatusIcon"_s);
    m_statusText = new QLabel(stateBox);
    m_statusText->setObjectName(u"botStatusText"_s);
    layout->addWidget(m_statusIcon);
    layout->addWidget(m_statusText);
    statusBar()->addWidget(stateBox);

    m_latency = new QLabel(this);
    m_latency->setObjectName(u"latencyLabel"_s);
    m_latency->setContentsMargins(6, 0, 6, 0);
    m_latency->setToolTip(tr("Round trip of the last gateway heartbeat"));
    statusBar()->addPermanentWidget(m_latency);
}

void MainWindow::updateStatus()
{
    const BotState *state = m_bot.state();
    const QString text = BotState::statusText(state->status());
    const int size = m_statusText->fontMetrics().height();
    m_statusIcon->setPixmap(Icons::state(state->status()).pixmap(QSize(size, size), devicePixelRatioF()));
    m_statusText->setText(state->reason().isEmpty() ? text : tr("%1: %2").arg(text, state->reason()));
    const QString tip
        = state->reason().isEmpty() ? tr("Bot: %1").arg(text) : tr("Bot: %1\n%2").arg(text, state->reason());
    m_statusIcon->setToolTip(tip);
    m_statusText->setToolTip(tip);
    m_statusIcon->setAccessibleName(text);
}

void MainWindow::updateLatency()
{
    const int ms = m_bot.state()->latencyMs();
    m_latency->setText(ms < 0 ? tr("Gateway latency: — ms") : tr("Gateway latency: %1 ms").arg(ms));
    const int starts = m_bot.state()->sessionStartsRemaining();
    m_latency->setToolTip(starts < 0
                              ? tr("Heartbeat round trip of the gateway connection")
                              : tr("Heartbeat round trip of the gateway connection\n"
                                   "Session starts left today: %1 (Discord allows 1000 IDENTIFYs a day)")
                                    .arg(starts));
}

void MainWindow::retranslateTitle()
{
    setWindowTitle(tr("Botwright"));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size, centred, never larger than the screen.
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            size = size.boundedTo(available.size() * 0.9);
            resize(size);
            move(available.center() - rect().center());
        } else {
            resize(size);
        }
    }
    const QByteArray state = settings.value(kStateKey).toByteArray();
    if (!state.isEmpty() && !restoreState(state, kStateVersion))
        qCInfo(lcUi) << "ignored a saved window layout of another version";
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultState, kStateVersion);
    for (QDockWidget *dock : std::as_const(m_docks)) {
        dock->setFloating(false);
        dock->show();
    }
}

void MainWindow::startBotIfConfigured()
{
    if (AppSettings::load().startBotOnLaunch) {
        qCInfo(lcUi) << "starting the bot as configured";
        m_bot.start();
    }
}

void MainWindow::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
}

void MainWindow::showProfiles()
{
    if (!m_profileDialog) {
        m_profileDialog = new ProfileDialog(m_db, m_secrets, this);
        m_profileDialog->setConnectionTester([bot = &m_bot](store::Profile profile, QString token) {
            return bot->testConnection(profile, token);
        });
        m_profileDialog->setBot(&m_bot); // the endpoint status line
        m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profileDialog->open();
    m_profileDialog->raise();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"aboutBox"_s);
    box->setWindowTitle(tr("About Botwright"));
    box->setIconPixmap(Icons::app().pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setTextFormat(Qt::RichText);
    box->setText(u"<h3>Botwright %1</h3>"_s.arg(QStringLiteral(BOTWRIGHT_VERSION)));
    box->setInformativeText(tr("Design and operate Discord bots from the desktop.") + u"<br><br>"_s
                            + tr("Built with Qt %1.").arg(QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::toggleVisibility()
{
    if (isVisible() && !isMinimized()) {
        hide();
    } else {
        showNormal();
        raise();
        activateWindow();
    }
}

void MainWindow::quit()
{
    m_quitting = true;
    saveLayout();
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitting && AppSettings::load().closeToTray && m_tray->isAvailable()) {
        saveLayout();
        hide();
        event->ignore();
        QSettings settings;
        if (!settings.value(kTrayNoticeKey, false).toBool()) {
            settings.setValue(kTrayNoticeKey, true);
            m_tray->showNotice(tr("Botwright keeps running"),
                               tr("Botwright is still running in the system tray, and so is your bot. "
                                  "Use Quit in the tray menu to end it."));
        }
        return;
    }
    if (!m_quitting)
        saveLayout();
    event->accept();
    if (!m_quitting) {
        // No tray to come back from: closing the window ends the app.
        m_quitting = true;
        QCoreApplication::quit();
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_tray->setWindowVisible(true);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_tray->setWindowVisible(false);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && m_fullScreenAction)
        m_fullScreenAction->setChecked(isFullScreen());
    QMainWindow::changeEvent(event);
}

} // namespace bw::gui
