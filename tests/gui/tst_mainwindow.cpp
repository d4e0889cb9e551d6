// The main window: every panel is there, menus carry standard shortcuts, the status bar follows the
// real BotState, the layout is restored, and closing hides to the tray or quits.
#include "GuiTestSupport.h"
#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "gui/AppSettings.h"
#include "gui/MainWindow.h"
#include "gui/ProfileDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/TrayIcon.h"
#include "gui/commands/CommandsPanel.h"
#include "gui/designer/DesignerPanel.h"
#include "gui/eventlog/EventLogPanel.h"
#include "gui/sandbox/SandboxPanel.h"
#include "gui/tasks/TasksPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bw::gui::MainWindow;

namespace {
constexpr int kStopTimeoutMs = 15000;
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensWithEveryPanel();
    void menusHaveStandardShortcuts();
    void startStopFollowState();
    void statusBarShowsStateAndLatency();
    void dialogsOpenWithoutBlocking();
    void layoutIsRestored();
    void closeHidesToTrayWithNoticeOnce();
    void closeQuitsWithoutTray();

private:
    std::unique_ptr<MainWindow> makeWindow();

    bw::test::GuiTestEnvironment m_env;
    std::unique_ptr<bw::store::Database> m_db;
    bw::Bot m_bot;
    bw::SecretStore m_secrets;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_env.isValid());
    m_db = m_env.openDatabase();
    QVERIFY(m_db);
}

void TestMainWindow::init()
{
    m_env.clearSettings();
    // The bot runs on its own thread: stopping completes asynchronously.
    m_bot.stop();
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.state()->status(), bw::BotState::Status::Stopped, kStopTimeoutMs);
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    return std::make_unique<MainWindow>(m_bot, *m_db, m_secrets);
}

void TestMainWindow::opensWithEveryPanel()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    auto *designer = window->findChild<bw::gui::designer::DesignerPanel *>(u"designerPanel"_s);
    QVERIFY(designer);
    QVERIFY(window->centralWidget()->isAncestorOf(designer));
    QVERIFY(designer->isVisible());

    const QStringList panels {u"sandbox"_s, u"eventLog"_s, u"tasks"_s, u"commands"_s};
    QCOMPARE(window->docks().size(), panels.size());
    // Each dock holds its real panel (tested in its own test); the Event log sits in a scroll area for
    // small windows.
    QVERIFY(window->findChild<QDockWidget *>(u"sandboxDock"_s)
                ->findChild<bw::gui::SandboxPanel *>(u"sandboxPanel"_s));
    QVERIFY(window->findChild<QDockWidget *>(u"eventLogDock"_s)
                ->findChild<bw::gui::EventLogPanel *>(u"eventLogPanel"_s));
    QCOMPARE(window->findChild<QDockWidget *>(u"tasksDock"_s)->widget(),
             window->findChild<bw::gui::TasksPanel *>(u"tasksPanel"_s));
    QCOMPARE(window->findChild<QDockWidget *>(u"commandsDock"_s)->widget(),
             window->findChild<bw::gui::CommandsPanel *>(u"commandsPanel"_s));
    for (const QString &key : panels) {
        auto *dock = window->findChild<QDockWidget *>(key + u"Dock"_s);
        QVERIFY2(dock, qPrintable(key));
        QVERIFY(!dock->isHidden());
        // View menu toggles it.
        QAction *toggle = window->findChild<QAction *>(u"actionView_"_s + key);
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked());
    }
    // Tabified pairs: one of each pair is in front.
    QCOMPARE(window->tabifiedDockWidgets(window->findChild<QDockWidget *>(u"sandboxDock"_s)).size(), 1);
    QCOMPARE(window->tabifiedDockWidgets(window->findChild<QDockWidget *>(u"eventLogDock"_s)).size(), 1);

    // Hiding through the View menu hides the dock.
    QAction *toggleTasks = window->findChild<QAction *>(u"actionView_tasks"_s);
    toggleTasks->trigger();
    QVERIFY(window->findChild<QDockWidget *>(u"tasksDock"_s)->isHidden());
    window->resetLayout();
    QVERIFY(!window->findChild<QDockWidget *>(u"tasksDock"_s)->isHidden());
}

void TestMainWindow::menusHaveStandardShortcuts()
{
    auto window = makeWindow();
    QStringList menuNames;
    for (QAction *action : window->menuBar()->actions())
        menuNames << action->menu()->objectName();
    QCOMPARE(menuNames,
             (QStringList {u"menuFile"_s, u"menuEdit"_s, u"menuBot"_s, u"menuView"_s, u"menuHelp"_s}));

    QAction *quit = window->findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    // The platform's standard key where it has one (Ctrl+Q where the platform theme names none).
    const QKeySequence standardQuit(QKeySequence::Quit);
    QCOMPARE(quit->shortcut(), standardQuit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : standardQuit);
    QAction *settings = window->findChild<QAction *>(u"actionSettings"_s);
    QVERIFY(settings);
    QVERIFY(!settings->shortcut().isEmpty());
    QVERIFY(window->findChild<QAction *>(u"actionProfiles"_s));
    QVERIFY(window->findChild<QAction *>(u"actionAbout"_s));
    QVERIFY(!window->findChild<QAction *>(u"actionFullScreen"_s)->shortcut().isEmpty());

    auto *botMenu = window->findChild<QMenu *>(u"menuBot"_s);
    QStringList botActions;
    for (QAction *action : botMenu->actions()) {
        if (!action->isSeparator())
            botActions << action->objectName();
    }
    QCOMPARE(botActions, (QStringList {u"actionStart"_s, u"actionStop"_s, u"actionProfiles"_s}));
}

void TestMainWindow::startStopFollowState()
{
    auto window = makeWindow();
    auto *botMenu = window->findChild<QMenu *>(u"menuBot"_s);
    QAction *start = nullptr;
    QAction *stop = nullptr;
    for (QAction *action : botMenu->actions()) {
        if (action->objectName() == "actionStart"_L1)
            start = action;
        if (action->objectName() == "actionStop"_L1)
            stop = action;
    }
    QVERIFY(start && stop);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());

    start->trigger();
    QVERIFY(m_bot.state()->isRunning()); // connecting (or already further)
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());

    stop->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_bot.state()->status(), bw::BotState::Status::Stopped, kStopTimeoutMs);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
}

void TestMainWindow::statusBarShowsStateAndLatency()
{
    auto window = makeWindow();
    auto *text = window->findChild<QLabel *>(u"botStatusText"_s);
    auto *icon = window->findChild<QLabel *>(u"botStatusIcon"_s);
    auto *latency = window->findChild<QLabel *>(u"latencyLabel"_s);
    QVERIFY(text && icon && latency);

    QCOMPARE(text->text(), u"Stopped"_s);
    QVERIFY(latency->text().contains(u"— ms"_s));
    const QImage stoppedImage = icon->pixmap().toImage();

    bw::BotState *state = m_bot.state();
    state->setStatus(bw::BotState::Status::Ready);
    state->setLatency(42);
    QCOMPARE(text->text(), u"Running"_s);
    QVERIFY2(latency->text().contains(u"42 ms"_s), qPrintable(latency->text()));
    QVERIFY(icon->pixmap().toImage() != stoppedImage);

    state->setStatus(bw::BotState::Status::Error, u"The token was refused"_s);
    QVERIFY2(text->text().contains(u"The token was refused"_s), qPrintable(text->text()));
    QVERIFY(text->toolTip().contains(u"The token was refused"_s));
    // Error resets the latency to unknown.
    QVERIFY(latency->text().contains(u"— ms"_s));
    state->setStatus(bw::BotState::Status::Stopped);
}

void TestMainWindow::dialogsOpenWithoutBlocking()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // Each opens window-modal without a nested event loop (the trigger returns), once.
    window->findChild<QAction *>(u"actionSettings"_s)->trigger();
    QTRY_VERIFY(window->findChild<bw::gui::SettingsDialog *>()
                && window->findChild<bw::gui::SettingsDialog *>()->isVisible());
    window->findChild<QAction *>(u"actionSettings"_s)->trigger();
    QCOMPARE(window->findChildren<bw::gui::SettingsDialog *>().size(), 1);
    window->findChild<bw::gui::SettingsDialog *>()->reject();

    window->findChild<QAction *>(u"actionProfiles"_s)->trigger();
    auto *profiles = window->findChild<bw::gui::ProfileDialog *>();
    QVERIFY(profiles);
    QTRY_VERIFY(profiles->isVisible());
    profiles->reject();

    window->findChild<QAction *>(u"actionAbout"_s)->trigger();
    auto *about = window->findChild<QMessageBox *>(u"aboutBox"_s);
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QVERIFY(about->text().contains(QStringLiteral(BOTWRIGHT_VERSION)));
    about->close();
}

void TestMainWindow::layoutIsRestored()
{
    {
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(900, 640);
        QTRY_COMPARE(window->size(), QSize(900, 640)); // the panels let the window be this small
        window->findChild<QDockWidget *>(u"commandsDock"_s)->hide();
        window->saveLayout();
    }
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->size(), QSize(900, 640));
    QVERIFY(window->findChild<QDockWidget *>(u"commandsDock"_s)->isHidden());
    QVERIFY(!window->findChild<QDockWidget *>(u"sandboxDock"_s)->isHidden());
}

void TestMainWindow::closeHidesToTrayWithNoticeOnce()
{
    bw::gui::AppSettings settings;
    settings.closeToTray = true;
    settings.save();

    auto window = makeWindow();
    window->trayIcon()->setAvailableOverride(true);
    QSignalSpy notices(window->trayIcon(), &bw::gui::TrayIcon::noticeShown);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->trayIcon()->showHideAction()->objectName(), u"trayActionShowHide"_s);

    QVERIFY(!window->close()); // refused: hidden instead
    QVERIFY(!window->isVisible());
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().at(1).toString().contains(u"running"_s));

    // Show/Hide from the tray brings it back; closing again gives no second notice.
    window->trayIcon()->showHideAction()->trigger();
    QVERIFY(window->isVisible());
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    QCOMPARE(notices.size(), 1);

    // The notice is remembered across runs.
    auto second = makeWindow();
    second->trayIcon()->setAvailableOverride(true);
    QSignalSpy secondNotices(second->trayIcon(), &bw::gui::TrayIcon::noticeShown);
    second->show();
    QVERIFY(!second->close());
    QCOMPARE(secondNotices.size(), 0);
}

void TestMainWindow::closeQuitsWithoutTray()
{
    bw::gui::AppSettings settings;
    settings.closeToTray = true;
    settings.save();

    auto window = makeWindow();
    window->trayIcon()->setAvailableOverride(false);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->close()); // accepted: the app ends
    QVERIFY(!window->isVisible());

    // With a tray but "keep running" turned off, closing ends the app too.
    settings.closeToTray = false;
    settings.save();
    auto other = makeWindow();
    other->trayIcon()->setAvailableOverride(true);
    other->show();
    QVERIFY(other->close());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
