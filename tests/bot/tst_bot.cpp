// The bot runtime end to end: a Bot on its own thread against the embedded sandbox over loopback.
#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>
#include <qcoro/qcorotask.h>

using bw::Bot;
using Status = bw::BotState::Status;

namespace {

bw::sandbox::SandboxOptions fastSandbox()
{
    bw::sandbox::SandboxOptions o;
    o.heartbeatIntervalMs = 250; // ACKs (and so latency) within a second
    return o;
}

template<typename F> void onSandboxThread(bw::sandbox::SandboxHost *host, F &&f)
{
    QMetaObject::invokeMethod(host->server(), std::forward<F>(f), Qt::BlockingQueuedConnection);
}

QList<Status> statuses(const QSignalSpy &spy)
{
    QList<Status> out;
    for (const auto &args : spy)
        out.append(args.at(0).value<Status>());
    return out;
}

} // namespace

class TestBot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reachesReadyAndSeesTheSandboxWorld()
    {
        Bot bot;
        bot.setSandboxOptions(fastSandbox());
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Ready, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!bot.guilds().isEmpty(), 5000);
        const bw::GuildInfo guild = bot.guilds().constFirst();
        QCOMPARE(guild.name, QStringLiteral("Sandbox"));
        QStringList channels;
        for (const bw::ChannelInfo &c : guild.channels)
            channels.append(c.name);
        QVERIFY2(channels.contains(QStringLiteral("general")), qPrintable(channels.join(u',')));
        QVERIFY(channels.contains(QStringLiteral("support")));
        QTRY_VERIFY_WITH_TIMEOUT(bot.state()->latencyMs() >= 0, 5000);
        // session_start_limit from GET /gateway/bot, minus this identify
        QTRY_VERIFY_WITH_TIMEOUT(bot.state()->sessionStartsRemaining() >= 0, 5000);
        QVERIFY(bot.state()->sessionStartsRemaining() < 1000);

        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Stopped, 5000);
        QCOMPARE(bot.state()->latencyMs(), -1);
    }

    void resumesAfterTheConnectionDrops()
    {
        Bot bot;
        bot.setSandboxOptions(fastSandbox());
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Ready, 15000);
        QSignalSpy spy(bot.state(), &bw::BotState::statusChanged);
        int dropped = 0;
        onSandboxThread(bot.sandbox(), [&] { dropped = bot.sandbox()->server()->dropGatewayConnections(); });
        QCOMPARE(dropped, 1);
        QTRY_VERIFY_WITH_TIMEOUT(statuses(spy).contains(Status::Resuming), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Ready, 15000);
        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Stopped, 5000);
    }

    void aWrongTokenIsAReadableError()
    {
        Bot bot;
        bot.setSandboxOptions(fastSandbox());
        auto host = bot.ensureSandbox();
        QVERIFY(host.ok());

        bw::SecretStore secrets;
        secrets.setMemoryFallback(true);
        QVERIFY(
            QCoro::waitFor(secrets.writeToken(QStringLiteral("custom"), QStringLiteral("not.a-valid.token")))
                .ok());
        bw::store::Profile profile;
        profile.name = QStringLiteral("custom");
        profile.target = bw::store::Profile::Target::Custom;
        profile.apiBase = host.value()->apiBase().toString();
        bot.setSecretStore(&secrets);
        bot.setProfile(profile);
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Error, 15000);
        QVERIFY2(!bot.state()->reason().isEmpty(), "an error must say why");
        QVERIFY2(!bot.state()->reason().contains(QStringLiteral("not.a-valid.token")),
                 "the token must not be shown");
    }

    void aMissingTokenSaysWhereToEnterIt()
    {
        Bot bot;
        bw::SecretStore secrets;
        secrets.setMemoryFallback(true);
        bw::store::Profile profile;
        profile.name = QStringLiteral("prod");
        profile.target = bw::store::Profile::Target::Discord;
        bot.setSecretStore(&secrets);
        bot.setProfile(profile);
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Error, 5000);
        QVERIFY2(bot.state()->reason().contains(QStringLiteral("prod")), qPrintable(bot.state()->reason()));
    }

    void testConnectionNamesTheBot()
    {
        Bot bot;
        bot.setSandboxOptions(fastSandbox());
        auto host = bot.ensureSandbox();
        QVERIFY(host.ok());
        bw::store::Profile profile;
        profile.name = QStringLiteral("custom");
        profile.target = bw::store::Profile::Target::Custom;
        profile.apiBase = host.value()->apiBase().toString();

        auto good = QCoro::waitFor(bot.testConnection(profile, host.value()->botToken()));
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().toString()));
        QVERIFY(!good.value().isEmpty());

        auto bad = QCoro::waitFor(bot.testConnection(profile, QStringLiteral("wrong")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().httpStatus, 401);
    }
};

QTEST_GUILESS_MAIN(TestBot)
#include "tst_bot.moc"
