// The tray icon: its menu (built without a real tray) has Start, Stop, Show/Hide and Quit; Start and
// Stop drive the real BotState and follow it; icon and tooltip show the state and the reason.
#include "GuiTestSupport.h"
#include "bot/Bot.h"
#include "gui/Icons.h"
#include "gui/TrayIcon.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bw::BotState;
using bw::gui::TrayIcon;

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void menuHasItsActions();
    void startAndStopChangeTheState();
    void iconAndToolTipFollowTheState();
    void showHideAndQuitAreSignalled();

private:
    bw::test::GuiTestEnvironment m_env;
};

void TestTrayIcon::menuHasItsActions()
{
    bw::Bot bot;
    TrayIcon tray(bot);
    QMenu *menu = tray.menu();
    QVERIFY(menu);
    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    QCOMPARE(names,
             (QStringList {u"actionStart"_s, u"actionStop"_s, u"trayActionShowHide"_s, u"trayActionQuit"_s}));
    QCOMPARE(tray.startAction(), menu->actions().at(0));
    QCOMPARE(tray.stopAction(), menu->actions().at(1));
    for (QAction *action : menu->actions())
        QVERIFY(action->isSeparator() || !action->text().isEmpty());
}

void TestTrayIcon::startAndStopChangeTheState()
{
    bw::Bot bot;
    TrayIcon tray(bot);
    QSignalSpy changes(bot.state(), &BotState::statusChanged);

    QVERIFY(tray.startAction()->isEnabled());
    QVERIFY(!tray.stopAction()->isEnabled());

    tray.startAction()->trigger();
    QVERIFY(!changes.isEmpty());
    QCOMPARE(changes.first().at(0).value<BotState::Status>(), BotState::Status::Connecting);
    QVERIFY(bot.state()->isRunning());
    QVERIFY(!tray.startAction()->isEnabled());
    QVERIFY(tray.stopAction()->isEnabled());

    // The bot runs on its own thread: stopping completes asynchronously.
    tray.stopAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), BotState::Status::Stopped, 15000);
    QVERIFY(tray.startAction()->isEnabled());
    QVERIFY(!tray.stopAction()->isEnabled());

    // After an error the bot can be started again, not stopped.
    bot.state()->setStatus(BotState::Status::Error, u"Gateway closed with 4004"_s);
    QVERIFY(tray.startAction()->isEnabled());
    QVERIFY(!tray.stopAction()->isEnabled());
}

void TestTrayIcon::iconAndToolTipFollowTheState()
{
    bw::Bot bot;
    TrayIcon tray(bot);

    const auto imageOf = [&tray] { return tray.icon().pixmap(QSize(32, 32)).toImage(); };
    QCOMPARE(tray.shownStatus(), BotState::Status::Stopped);
    QVERIFY(tray.toolTip().contains(u"Stopped"_s));
    const QImage stopped = imageOf();
    QVERIFY(!stopped.isNull());

    bot.state()->setStatus(BotState::Status::Connecting);
    const QImage connecting = imageOf();
    QVERIFY(tray.toolTip().contains(u"Connecting"_s));

    bot.state()->setStatus(BotState::Status::Ready);
    bot.state()->setLatency(87);
    const QImage running = imageOf();
    QVERIFY(tray.toolTip().contains(u"Running"_s));
    QVERIFY(tray.toolTip().contains(u"87 ms"_s));

    bot.state()->setStatus(BotState::Status::Error, u"The token was refused"_s);
    const QImage error = imageOf();
    QVERIFY(tray.toolTip().contains(u"Error"_s));
    QVERIFY(tray.toolTip().contains(u"The token was refused"_s));

    // Four distinct icons.
    const QList<QImage> images {stopped, connecting, running, error};
    for (qsizetype i = 0; i < images.size(); ++i) {
        for (qsizetype j = i + 1; j < images.size(); ++j)
            QVERIFY2(images[i] != images[j], qPrintable(u"icons %1 and %2 are equal"_s.arg(i).arg(j)));
    }
    // Each state icon is a real SVG that renders.
    for (auto status : {BotState::Status::Stopped, BotState::Status::Connecting, BotState::Status::Ready,
                        BotState::Status::Error})
        QVERIFY(!bw::gui::Icons::state(status).pixmap(QSize(16, 16)).isNull());
}

void TestTrayIcon::showHideAndQuitAreSignalled()
{
    bw::Bot bot;
    TrayIcon tray(bot);
    QSignalSpy showHide(&tray, &TrayIcon::showHideRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);

    tray.setWindowVisible(true);
    const QString hideText = tray.showHideAction()->text();
    tray.setWindowVisible(false);
    QVERIFY(tray.showHideAction()->text() != hideText);

    tray.showHideAction()->trigger();
    QCOMPARE(showHide.size(), 1);
    tray.quitAction()->trigger();
    QCOMPARE(quit.size(), 1);
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
