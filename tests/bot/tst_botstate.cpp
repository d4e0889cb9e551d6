#include "bot/Bot.h"

#include <QSignalSpy>
#include <QTest>

using Status = bw::BotState::Status;

class TestBotState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startAndStopChangeTheState()
    {
        bw::Bot bot;
        QSignalSpy spy(bot.state(), &bw::BotState::statusChanged);
        QCOMPARE(bot.state()->status(), Status::Stopped);
        bot.start();
        QCOMPARE(bot.state()->status(), Status::Connecting);
        QVERIFY(bot.state()->isRunning());
        bot.start(); // starting twice does nothing
        QCOMPARE(spy.count(), 1);
        bot.stop(); // closes the connection on the bot thread, then reports
        QTRY_COMPARE(bot.state()->status(), Status::Stopped);
        QCOMPARE(spy.last().at(0).value<Status>(), Status::Stopped);
    }

    void errorClearsLatency()
    {
        bw::BotState state;
        state.setStatus(Status::Ready);
        state.setLatency(42);
        QCOMPARE(state.latencyMs(), 42);
        state.setStatus(Status::Error, QStringLiteral("Authentication failed"));
        QCOMPARE(state.latencyMs(), -1);
        QCOMPARE(state.reason(), QStringLiteral("Authentication failed"));
        QVERIFY(!state.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBotState)
#include "tst_botstate.moc"
