// ShardManager against the real sandbox: shard count and max_concurrency from /gateway/bot, shards 0–3 of 4
// with identify pacing that the sandbox accepts (no op 9), a subset of shards, and clean stop.
#include "GatewayRecorder.h"
#include "discord/ShardManager.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>
#include <qcoro/qcorotask.h>

#include <memory>

using namespace bw;
using namespace bw::discord;
using bw::discord::test::GatewayRecorder;
using K = GatewayControlEvent::Kind;

class TestShardManagerSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<RestClient> m_rest;

    void startServer(int shardCount, int maxConcurrency)
    {
        sandbox::SandboxOptions o;
        o.shardCount = shardCount;
        o.maxConcurrency = maxConcurrency;
        o.identifyWindowMs = 500; // Discord's 5 s, shortened on both sides for the test
        o.heartbeatIntervalMs = 10'000;
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        auto port = m_server->start();
        QVERIFY(port.ok());
        RestClient::Options ro;
        ro.apiBase = m_server->apiBase();
        ro.token = m_server->botToken();
        m_rest = std::make_unique<RestClient>(ro);
    }

    ShardManager::Options managerOptions(qint64 identifyIntervalMs = 500) const
    {
        ShardManager::Options o;
        o.token = m_server->botToken();
        o.intents = (1 << 0) | (1 << 9);
        o.identifyIntervalMs = identifyIntervalMs;
        o.identifySafetyMs = identifyIntervalMs > 0 ? 250 : 0;
        o.shardDefaults.invalidSessionMinMs = 50;
        o.shardDefaults.invalidSessionMaxMs = 100;
        o.shardDefaults.backoffBaseMs = 100;
        return o;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_rest.reset();
        m_server.reset();
    }

    void fourShardsPacedByConcurrency_data()
    {
        QTest::addColumn<int>("maxConcurrency");
        QTest::newRow("max_concurrency 1") << 1;
        QTest::newRow("max_concurrency 2") << 2;
    }
    void fourShardsPacedByConcurrency()
    {
        QFETCH(int, maxConcurrency);
        startServer(4, maxConcurrency);
        ShardManager manager(m_rest.get(), managerOptions());
        GatewayRecorder rec(&manager);
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        auto started = QCoro::waitFor(manager.start());
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
        QCOMPARE(manager.shardCount(), 4); // from /gateway/bot
        QCOMPARE(manager.shardIds(), (QList<int> {0, 1, 2, 3}));
        QCOMPARE(manager.identifyScheduler().maxConcurrency(), maxConcurrency);
        QTRY_COMPARE_WITH_TIMEOUT(allReady.size(), 1, 15'000);
        QVERIFY(manager.allReady());
        // The sandbox answers a too-early IDENTIFY with op 9; there was none.
        QCOMPARE(rec.countControls(K::InvalidSession), 0);
        QCOMPARE(m_server->stats().identifies, 4);
        QCOMPARE(manager.identifiesSent(), 4);
        QCOMPARE(manager.sessionStartsRemaining(), manager.gatewayInfo()->sessionRemaining - 4);
        // Every shard got its READY, and each guild arrived on the shard that owns it.
        QCOMPARE(rec.countEvents(EventType::Ready), 4);
        for (const GatewayEvent &e : std::as_const(rec.events)) {
            if (e.type != EventType::GuildCreate)
                continue;
            const quint64 guild = e.data.value(QLatin1StringView("id")).toString().toULongLong();
            QCOMPARE(e.shardId, int((guild >> 22) % 4));
        }
        QSignalSpy stopped(&manager, &ShardManager::stopped);
        manager.stop();
        QTRY_COMPARE(stopped.size(), 1);
        QVERIFY(manager.shards().isEmpty());
    }

    void withoutPacingTheSandboxRefuses()
    {
        // The check above can fail: identifying all four at once is answered with op 9 by the sandbox.
        startServer(4, 1);
        ShardManager manager(m_rest.get(), managerOptions(0));
        GatewayRecorder rec(&manager);
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        QVERIFY(QCoro::waitFor(manager.start()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(rec.countControls(K::InvalidSession) > 0, 10'000);
        manager.stop();
    }

    void subsetOfShards()
    {
        startServer(4, 1);
        ShardManager::Options o = managerOptions();
        o.shardIds = ShardManager::parseShardIds(u"1,3", 4).value();
        ShardManager manager(m_rest.get(), o);
        GatewayRecorder rec(&manager);
        QSignalSpy allReady(&manager, &ShardManager::allShardsReady);
        QVERIFY(QCoro::waitFor(manager.start()).ok());
        QTRY_COMPARE_WITH_TIMEOUT(allReady.size(), 1, 10'000);
        QCOMPARE(manager.shardIds(), (QList<int> {1, 3}));
        QCOMPARE(m_server->stats().identifies, 2);
        for (const GatewayEvent &e : std::as_const(rec.events))
            QVERIFY(e.shardId == 1 || e.shardId == 3);
        manager.stop();
    }

    void fixedCountAndInvalidShard()
    {
        startServer(1, 1);
        ShardManager::Options o = managerOptions();
        o.shardCount = 2;
        o.shardIds = {0, 5};
        ShardManager manager(m_rest.get(), o);
        auto r = QCoro::waitFor(manager.start());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("Shard 5")));
        QVERIFY(manager.shards().isEmpty());
    }

    void stopDuringStartCancelsIt()
    {
        startServer(1, 1);
        ShardManager manager(m_rest.get(), managerOptions());
        QSignalSpy stopped(&manager, &ShardManager::stopped);
        auto task = manager.start(); // now waiting for /gateway/bot
        manager.stop();
        QCOMPARE(stopped.size(), 1);
        auto r = QCoro::waitFor(task);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QVERIFY(manager.shards().isEmpty());
        QTest::qWait(200);
        QCOMPARE(m_server->stats().connections, 0);
        // And it can start afterwards.
        QVERIFY(QCoro::waitFor(manager.start()).ok());
        QTRY_VERIFY_WITH_TIMEOUT(manager.allReady(), 10'000);
        manager.stop();
    }

    void badTokenFailsStart()
    {
        startServer(1, 1);
        m_rest->setToken(QStringLiteral("wrong"));
        ShardManager manager(m_rest.get(), managerOptions());
        auto r = QCoro::waitFor(manager.start());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Unauthorized);
        QVERIFY(r.error().message.contains(QStringLiteral("/gateway/bot")));
    }
};

QTEST_GUILESS_MAIN(TestShardManagerSandbox)
#include "tst_shardmanager_sandbox.moc"
