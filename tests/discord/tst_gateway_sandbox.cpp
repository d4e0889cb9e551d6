// GatewayShard against the real sandbox over loopback: READY with each compression, heartbeats and ACKs,
// zombie detection, resume with replay and no duplicates, op 7, op 9, op 1, non-retryable close codes,
// the send limit under a burst, oversized payloads, malformed frames, and sleep/wake detection.
#include "GatewayRecorder.h"
#include "core/Clock.h"
#include "discord/CloseCodes.h"
#include "discord/GatewayShard.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace bw;
using namespace bw::discord;
using bw::discord::test::GatewayRecorder;
using K = GatewayControlEvent::Kind;

#define WAIT_READY(shard) QTRY_COMPARE_WITH_TIMEOUT((shard).state(), GatewayShard::State::Ready, 10'000)

namespace {
constexpr qint64 kIntents = (1 << 0) | (1 << 9) | (1 << 15); // GUILDS, GUILD_MESSAGES, MESSAGE_CONTENT
}

class TestGatewaySandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<sandbox::SandboxServer> m_server;

    void startServer(sandbox::SandboxOptions o = {})
    {
        if (o.heartbeatIntervalMs == 41250)
            o.heartbeatIntervalMs = 10'000;
        o.identifyWindowMs = 1'000; // shorter than Discord's 5 s so that re-identify tests run quickly
        m_server = std::make_unique<sandbox::SandboxServer>(o);
        auto port = m_server->start();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
    }

    GatewayShard::Options shardOptions(Compression c = Compression::ZlibStream) const
    {
        GatewayShard::Options o;
        o.gatewayUrl = m_server->gatewayUrl();
        o.token = m_server->botToken();
        o.intents = kIntents;
        o.compression = c;
        o.random = [] { return 0.5; };
        o.backoffBaseMs = 100;
        o.backoffMaxMs = 1000;
        o.invalidSessionMinMs = 50;
        o.invalidSessionMaxMs = 100;
        o.identifyIntervalMs = 1'250; // the sandbox's identifyWindowMs above, plus our margin
        return o;
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void connectAndReady_data()
    {
        QTest::addColumn<int>("compression");
        QTest::newRow("none") << int(Compression::None);
        QTest::newRow("zlib-stream") << int(Compression::ZlibStream);
        QTest::newRow("zstd-stream") << int(Compression::ZstdStream);
    }
    void connectAndReady()
    {
        QFETCH(int, compression);
        startServer();
        GatewayShard shard(shardOptions(Compression(compression)));
        GatewayRecorder rec(&shard);
        QSignalSpy states(&shard, &GatewayShard::stateChanged);
        shard.start();
        WAIT_READY(shard);
        QTRY_VERIFY(rec.countEvents(EventType::GuildCreate) >= 1);
        QCOMPARE(rec.countEvents(EventType::Ready), 1);
        QCOMPARE(rec.events.first().type, EventType::Ready);
        QVERIFY(!shard.sessionId().isEmpty());
        QVERIFY(shard.resumeUrl().isValid());
        QVERIFY(shard.sequence() >= 2);
        // States went connecting → identifying → ready.
        QCOMPARE(states.at(0).at(0).value<GatewayShard::State>(), GatewayShard::State::Connecting);
        QCOMPARE(states.at(1).at(0).value<GatewayShard::State>(), GatewayShard::State::Identifying);
        QCOMPARE(states.at(2).at(0).value<GatewayShard::State>(), GatewayShard::State::Ready);
        // The raw JSON is kept with the decoded object.
        const GatewayEvent &ready = rec.events.first();
        QVERIFY(ready.raw.contains("\"READY\""));
        QCOMPARE(ready.data.value(QLatin1StringView("session_id")).toString(), shard.sessionId());
        QCOMPARE(m_server->stats().identifies, 1);
        QCOMPARE(rec.countControls(K::Hello), 1);
        QCOMPARE(rec.countControls(K::Identify), 1);

        QSignalSpy stopped(&shard, &GatewayShard::stopped);
        shard.stop();
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(shard.state(), GatewayShard::State::Disconnected);
        QVERIFY(shard.sessionId().isEmpty()); // a 1000 close ends the session
    }

    void heartbeatsAreAcked()
    {
        sandbox::SandboxOptions so;
        so.heartbeatIntervalMs = 300;
        so.heartbeatTimeoutFactorPercent = 400;
        startServer(so);
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        QSignalSpy latency(&shard, &GatewayShard::latencyChanged);
        shard.start();
        WAIT_READY(shard);
        QTRY_VERIFY_WITH_TIMEOUT(rec.countControls(K::HeartbeatAck) >= 3, 10'000);
        QVERIFY(latency.size() >= 3);
        QVERIFY(shard.latencyMs() >= 0);
        QCOMPARE(shard.heartbeatIntervalMs(), 300);
        QCOMPARE(rec.countControls(K::Zombie), 0);
        QCOMPARE(m_server->stats().identifies, 1);
        // Each heartbeat carried the last sequence number.
        QCOMPARE(rec.lastControl(K::HeartbeatSent)->value, shard.sequence());
    }

    void serverRequestedHeartbeat()
    {
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        const int before = rec.countControls(K::HeartbeatSent);
        QCOMPARE(m_server->requestHeartbeat(), 1);
        QTRY_COMPARE(rec.countControls(K::HeartbeatSent), before + 1);
        QTRY_VERIFY(rec.countControls(K::HeartbeatAck) >= 1);
    }

    void zombieConnectionResumes()
    {
        sandbox::SandboxOptions so;
        so.heartbeatIntervalMs = 300;
        so.heartbeatTimeoutFactorPercent = 1000; // the sandbox itself must not time us out first
        startServer(so);
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        const QString session = shard.sessionId();
        QTRY_VERIFY_WITH_TIMEOUT(rec.countControls(K::HeartbeatAck) >= 1, 5'000);
        QCOMPARE(m_server->setHeartbeatAcks(false), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rec.countControls(K::Zombie) == 1, 5'000);
        // We closed with a resumable code, not 1000.
        const GatewayControlEvent *closed = rec.lastControl(K::Closed);
        QVERIFY(closed);
        QCOMPARE(closed->closeCode, kCloseResumable);
        QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Resumed) == 1, 10'000);
        QCOMPARE(shard.sessionId(), session);
        QCOMPARE(m_server->stats().identifies, 1);
        QCOMPARE(m_server->stats().resumes, 1);
        QCOMPARE(shard.state(), GatewayShard::State::Ready);
    }

    void resumeAfterDropReplaysWithoutDuplicates()
    {
        startServer();
        GatewayShard::Options o = shardOptions();
        o.backoffBaseMs = 400; // leave time to produce events while we are away
        o.random = [] { return 1.0; };
        GatewayShard shard(o);
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        const QString channel = m_server->defaultChannelId();
        QVERIFY(m_server->simulateMessage(QStringLiteral("Alice"), channel, QStringLiteral("before")).ok());
        QTRY_COMPARE(rec.countEvents(EventType::MessageCreate), 1);

        QCOMPARE(m_server->dropGatewayConnections(), 1);
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                m_server->simulateMessage(QStringLiteral("Bob"), channel, QStringLiteral("missed %1").arg(i))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Resumed) == 1, 10'000);
        QVERIFY(m_server->simulateMessage(QStringLiteral("Alice"), channel, QStringLiteral("after")).ok());
        QTRY_COMPARE(rec.countEvents(EventType::MessageCreate), 7);

        QStringList contents;
        qint64 lastSeq = -1;
        for (const GatewayEvent &e : std::as_const(rec.events)) {
            QVERIFY2(e.seq > lastSeq, "sequence numbers must only grow (no duplicate or reordered event)");
            lastSeq = e.seq;
            if (e.type == EventType::MessageCreate)
                contents.append(e.data.value(QLatin1StringView("content")).toString());
        }
        QCOMPARE(
            contents,
            (QStringList {QStringLiteral("before"), QStringLiteral("missed 0"), QStringLiteral("missed 1"),
                          QStringLiteral("missed 2"), QStringLiteral("missed 3"), QStringLiteral("missed 4"),
                          QStringLiteral("after")}));
        QCOMPARE(m_server->stats().identifies, 1);
        QCOMPARE(m_server->stats().resumes, 1);
        QCOMPARE(rec.countControls(K::Resume), 1);
    }

    void reconnectRequest()
    {
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        const QString session = shard.sessionId();
        QCOMPARE(m_server->sendReconnect(), 1);
        QTRY_COMPARE(rec.countControls(K::ReconnectRequested), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Resumed) == 1, 10'000);
        QCOMPARE(shard.sessionId(), session);
        QCOMPARE(m_server->stats().identifies, 1);
        QCOMPARE(m_server->stats().resumes, 1);
    }

    void invalidSessionResumable()
    {
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        const QString session = shard.sessionId();
        QCOMPARE(m_server->sendInvalidSession(true), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Resumed) == 1, 10'000);
        QCOMPARE(shard.sessionId(), session);
        QCOMPARE(m_server->stats().identifies, 1);
    }

    void invalidSessionNotResumable()
    {
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        const QString session = shard.sessionId();
        QCOMPARE(m_server->sendInvalidSession(false), 1);
        QTRY_COMPARE(rec.countControls(K::InvalidSession), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Ready) == 2, 10'000);
        QVERIFY(shard.sessionId() != session);
        QCOMPARE(m_server->stats().identifies, 2);
        QCOMPARE(m_server->stats().resumes, 0);
        // The new IDENTIFY waited the injected 50–100 ms.
        const GatewayControlEvent *scheduled = rec.lastControl(K::ReconnectScheduled);
        QVERIFY(scheduled);
        QCOMPARE(scheduled->detail, QStringLiteral("identify"));
        QCOMPARE(scheduled->value, 75);
        QCOMPARE(shard.state(), GatewayShard::State::Ready);
    }

    void resumableCloseCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("resumes");
        QTest::newRow("4000") << 4000 << true;
        QTest::newRow("4008") << 4008 << false;
        QTest::newRow("4009") << 4009 << false;
        QTest::newRow("4007") << 4007 << false;
    }
    void resumableCloseCodes()
    {
        QFETCH(int, code);
        QFETCH(bool, resumes);
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        QCOMPARE(m_server->closeGateway(code), 1);
        if (resumes) {
            QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Resumed) == 1, 10'000);
            QCOMPARE(m_server->stats().identifies, 1);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Ready) == 2, 10'000);
            QCOMPARE(m_server->stats().identifies, 2);
        }
        QCOMPARE(rec.lastControl(K::Closed)->closeCode, code);
    }

    void fatalCloseCodes_data()
    {
        QTest::addColumn<int>("code");
        for (int c : {4004, 4010, 4011, 4012, 4013, 4014})
            QTest::addRow("%d", c) << c;
    }
    void fatalCloseCodes()
    {
        QFETCH(int, code);
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        QSignalSpy fatal(&shard, &GatewayShard::fatal);
        shard.start();
        WAIT_READY(shard);
        QCOMPARE(m_server->closeGateway(code), 1);
        QTRY_COMPARE(fatal.size(), 1);
        const Error err = fatal.at(0).at(0).value<Error>();
        QCOMPARE(err.message, classifyClose(code).message);
        QVERIFY(err.details.contains(QString::number(code)));
        QCOMPARE(shard.state(), GatewayShard::State::Disconnected);
        QVERIFY(!shard.isRunning());
        QVERIFY(shard.fatalError().has_value());
        const qint64 connections = m_server->stats().connections;
        QTest::qWait(400); // longer than any backoff configured here: it must not come back
        QCOMPARE(m_server->stats().connections, connections);
        QCOMPARE(rec.countControls(K::ReconnectScheduled), 0);
    }

    void realFatalConditions_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("intents");
        QTest::addColumn<int>("shardId");
        QTest::addColumn<int>("shardCount");
        QTest::addColumn<int>("code");
        const qint64 plain = (1 << 0) | (1 << 9); // no privileged intent
        QTest::newRow("bad token") << QStringLiteral("bad.token.value") << plain << 0 << 1 << 4004;
        QTest::newRow("undefined intent bit") << QString() << (plain | (qint64(1) << 17)) << 0 << 1 << 4013;
        QTest::newRow("privileged intent off") << QString() << (plain | (1 << 15)) << 0 << 1 << 4014;
        QTest::newRow("invalid shard") << QString() << plain << 3 << 2 << 4010;
    }
    void realFatalConditions()
    {
        QFETCH(QString, token);
        QFETCH(qint64, intents);
        QFETCH(int, shardId);
        QFETCH(int, shardCount);
        QFETCH(int, code);
        sandbox::SandboxOptions so;
        so.privilegedIntents = 0; // nothing enabled in the "developer portal"
        startServer(so);
        GatewayShard::Options o = shardOptions();
        if (!token.isEmpty())
            o.token = token;
        o.intents = intents;
        o.shardId = shardId;
        o.shardCount = shardCount;
        GatewayShard shard(o);
        QSignalSpy fatal(&shard, &GatewayShard::fatal);
        shard.start();
        QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 10'000);
        const Error err = fatal.at(0).at(0).value<Error>();
        QCOMPARE(err.message, classifyClose(code).message);
        if (code == 4014)
            QVERIFY(err.message.startsWith(QStringLiteral("Privileged intent not enabled")));
        if (code == 4004)
            QCOMPARE(err.kind, Error::Kind::Unauthorized);
        QVERIFY(!shard.isRunning());
    }

    void sendLimitHeldUnderBurst()
    {
        // A small window on both sides so the test runs in seconds; the logic is the same as 120/60 s.
        sandbox::SandboxOptions so;
        so.gatewaySendLimit = 20;
        so.gatewaySendWindowMs = 1500;
        startServer(so);
        GatewayShard::Options o = shardOptions();
        o.sendLimit = 20;
        o.sendWindowMs = 1500;
        GatewayShard shard(o);
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        constexpr int kBurst = 50;
        for (int i = 0; i < kBurst; ++i) {
            const QJsonObject presence {
                {QStringLiteral("since"), QJsonValue()},
                {QStringLiteral("activities"), QJsonArray()},
                {QStringLiteral("status"), i % 2 ? QStringLiteral("idle") : QStringLiteral("online")},
                {QStringLiteral("afk"), false}};
            QVERIFY(shard.send(Opcode::PresenceUpdate, presence).ok());
        }
        QVERIFY(shard.queuedSends() > 0); // the limiter held some back
        QTRY_VERIFY_WITH_TIMEOUT(m_server->stats().gatewayReceived.value(3) == kBurst, 15'000);
        QCOMPARE(shard.queuedSends(), 0);
        // Never closed for exceeding the limit (4008), never reconnected.
        for (const GatewayControlEvent &c : std::as_const(rec.controls))
            QVERIFY(c.kind != K::Closed);
        QCOMPARE(m_server->stats().connections, 1);
        QCOMPARE(shard.state(), GatewayShard::State::Ready);
    }

    void oversizedPayloadRefused()
    {
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        const QJsonObject presence {{QStringLiteral("since"), QJsonValue()},
                                    {QStringLiteral("activities"),
                                     QJsonArray {QJsonObject {{QStringLiteral("name"), QString(5000, u'x')},
                                                              {QStringLiteral("type"), 0}}}},
                                    {QStringLiteral("status"), QStringLiteral("online")},
                                    {QStringLiteral("afk"), false}};
        const Result<void> r = shard.send(Opcode::PresenceUpdate, presence);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("4096")));
        QCOMPARE(rec.countControls(K::SendRefused), 1);
        QTest::qWait(100);
        QCOMPARE(m_server->stats().gatewayReceived.value(3), 0);
        QCOMPARE(shard.state(), GatewayShard::State::Ready);
    }

    void malformedFrameIsReportedNotFatal()
    {
        startServer();
        GatewayShard shard(shardOptions());
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);
        QCOMPARE(m_server->sendMalformedFrame(), 1);
        QTRY_VERIFY(rec.countControls(K::DecodeError) >= 1);
        // Either the stream survived or we resumed; in both cases the shard is ready on the same session.
        WAIT_READY(shard);
        const QString channel = m_server->defaultChannelId();
        QVERIFY(
            m_server->simulateMessage(QStringLiteral("Alice"), channel, QStringLiteral("still here")).ok());
        QTRY_COMPARE(rec.countEvents(EventType::MessageCreate), 1);
        QCOMPARE(m_server->stats().identifies, 1);
    }

    void wakeFromSleepChecksConnection()
    {
        sandbox::SandboxOptions so;
        so.heartbeatTimeoutFactorPercent = 1000;
        startServer(so);
        ManualClock clock; // never advances by itself: only our jumps move it
        GatewayShard::Options o = shardOptions();
        o.clock = &clock;
        o.wakeAckTimeoutMs = 300;
        o.clockCheckIntervalMs = 60'000; // we call checkClock() ourselves
        GatewayShard shard(o);
        GatewayRecorder rec(&shard);
        shard.start();
        WAIT_READY(shard);

        // A wake-up with a healthy connection: one check beat, ACKed, nothing else.
        const int beats = rec.countControls(K::HeartbeatSent);
        clock.jumpWall(3'600'000);
        shard.checkClock();
        QCOMPARE(rec.countControls(K::ClockJump), 1);
        QCOMPARE(rec.countControls(K::HeartbeatSent), beats + 1);
        QTRY_VERIFY(rec.countControls(K::HeartbeatAck) >= 1);
        QCOMPARE(shard.state(), GatewayShard::State::Ready);

        // A wake-up on a dead connection (the server no longer answers): zombie within the ack timeout,
        // resume.
        QCOMPARE(m_server->setHeartbeatAcks(false), 1);
        clock.jumpWall(7'200'000);
        shard.checkClock();
        QTRY_VERIFY_WITH_TIMEOUT(rec.countControls(K::Zombie) == 1, 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Resumed) == 1, 10'000);
        QCOMPARE(m_server->stats().identifies, 1);
    }

    void runsOnAWorkerThread()
    {
        // As the Bot runs it: the shard lives on a worker thread, events reach another thread queued.
        startServer();
        QThread worker;
        worker.start();
        auto *shard = new GatewayShard(shardOptions());
        shard->moveToThread(&worker);
        GatewayRecorder rec(shard); // lives here: queued connections carry GatewayEvent across threads
        QVERIFY(QMetaObject::invokeMethod(shard, &GatewayShard::start, Qt::QueuedConnection));
        QTRY_VERIFY_WITH_TIMEOUT(rec.countEvents(EventType::Ready) == 1, 10'000);
        QTRY_VERIFY(rec.countEvents(EventType::GuildCreate) >= 1);
        QCOMPARE(rec.events.first().data.value(QLatin1StringView("v")).toInt(), 10);
        QSignalSpy stopped(shard, &GatewayShard::stopped);
        QVERIFY(QMetaObject::invokeMethod(shard, &GatewayShard::stop, Qt::QueuedConnection));
        QTRY_COMPARE(stopped.size(), 1);
        QVERIFY(QMetaObject::invokeMethod(shard, &QObject::deleteLater, Qt::QueuedConnection));
        worker.quit();
        QVERIFY(worker.wait(5'000));
    }

    void stopWhileConnectingAndRestart()
    {
        startServer();
        GatewayShard shard(shardOptions());
        QSignalSpy stopped(&shard, &GatewayShard::stopped);
        shard.start();
        shard.stop();
        QTRY_COMPARE(stopped.size(), 1);
        QCOMPARE(shard.state(), GatewayShard::State::Disconnected);
        shard.start();
        WAIT_READY(shard);
    }
};

QTEST_GUILESS_MAIN(TestGatewaySandbox)
#include "tst_gateway_sandbox.moc"
