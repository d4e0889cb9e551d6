// Unit tests of gateway protocol logic: payload decoding, event types, close codes, the send limiter,
// heartbeat tracking, clock-jump detection, backoff and identify scheduling, all with a ManualClock.
#include "core/Clock.h"
#include "discord/CloseCodes.h"
#include "discord/GatewayPayload.h"
#include "discord/GatewaySendLimiter.h"
#include "discord/HeartbeatTracker.h"
#include "discord/IdentifyScheduler.h"

#include <QTest>

using namespace bw;
using namespace bw::discord;

class TestGatewayProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeDispatch()
    {
        const QByteArray raw = R"({"op":0,"s":42,"t":"MESSAGE_CREATE","d":{"id":"1","content":"hi"}})";
        auto r = decodeGatewayPayload(raw);
        QVERIFY(r.ok());
        QCOMPARE(r->op, 0);
        QCOMPARE(r->seq, 42);
        QCOMPARE(r->t, QStringLiteral("MESSAGE_CREATE"));
        QCOMPARE(r->d.toObject().value(QLatin1StringView("content")).toString(), QStringLiteral("hi"));
        QCOMPARE(r->raw, raw);
        QVERIFY(r->raw.isSharedWith(raw)); // kept without a copy
    }

    void decodeNullSeq()
    {
        auto r = decodeGatewayPayload(R"({"op":11,"d":null,"s":null,"t":null})");
        QVERIFY(r.ok());
        QCOMPARE(r->op, 11);
        QCOMPARE(r->seq, -1);
        QVERIFY(r->t.isEmpty());
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"op":0,"d":{)");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no op") << QByteArray(R"({"d":1})");
        QTest::newRow("string op") << QByteArray(R"({"op":"0"})");
        QTest::newRow("binary junk") << QByteArray("\xff\xfe\x00garbage", 10);
    }
    void decodeErrors()
    {
        QFETCH(QByteArray, json);
        auto r = decodeGatewayPayload(json);
        QVERIFY(!r.ok());
        QVERIFY(!r.error().message.isEmpty());
    }

    void splitSeveralObjects()
    {
        const QByteArray a = "{\"op\":11,\"d\":null}";
        const QByteArray b
            = "{\"op\":0,\"s\":3,\"t\":\"X\",\"d\":{\"s\":\"a } { \\\" ]\",\"n\":[1,{\"x\":[]}]}}";
        QCOMPARE(splitJsonObjects(a + b), (QList<QByteArray> {a, b}));
        QCOMPARE(splitJsonObjects(a + "\n " + b + " "), (QList<QByteArray> {a, b}));
        QCOMPARE(splitJsonObjects(a), QList<QByteArray> {a});
        QVERIFY(splitJsonObjects(a + "{\"op\":").isEmpty());
        QVERIFY(splitJsonObjects("garbage").isEmpty());
        QVERIFY(splitJsonObjects(a + "[1]").isEmpty());
        for (const QByteArray &part : splitJsonObjects(a + b))
            QVERIFY(decodeGatewayPayload(part).ok());
    }

    void eventTypes()
    {
        QCOMPARE(eventTypeFromName(u"READY"), EventType::Ready);
        QCOMPARE(eventTypeFromName(u"MESSAGE_CREATE"), EventType::MessageCreate);
        QCOMPARE(eventTypeFromName(u"INTERACTION_CREATE"), EventType::InteractionCreate);
        QCOMPARE(eventTypeFromName(u"GUILD_MEMBER_REMOVE"), EventType::GuildMemberRemove);
        QCOMPARE(eventTypeFromName(u"TYPING_START"), EventType::Other);
        QCOMPARE(eventTypeFromName(u"message_create"), EventType::Other);
        QCOMPARE(eventTypeName(EventType::ChannelDelete), QStringLiteral("CHANNEL_DELETE"));
    }

    void closeCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("action");
        const int R = int(CloseAction::Resume), N = int(CloseAction::NewSession), F = int(CloseAction::Fatal);
        for (int c : {4000, 4001, 4002, 1006, 0, 4200, 1011})
            QTest::addRow("%d", c) << c << R;
        for (int c : {4003, 4005, 4007, 4008, 4009, 1000, 1001})
            QTest::addRow("%d", c) << c << N;
        for (int c : {4004, 4010, 4011, 4012, 4013, 4014})
            QTest::addRow("%d", c) << c << F;
    }
    void closeCodes()
    {
        QFETCH(int, code);
        QFETCH(int, action);
        const CloseClassification c = classifyClose(code);
        QCOMPARE(int(c.action), action);
        QVERIFY(!c.message.isEmpty());
    }

    void fatalMessagesAreReadable()
    {
        QVERIFY(classifyClose(4014).message.contains(QStringLiteral("Privileged intent not enabled")));
        QVERIFY(classifyClose(4014).message.contains(QStringLiteral("developer portal")));
        QVERIFY(classifyClose(4004).message.contains(QStringLiteral("token")));
        QVERIFY(classifyClose(4013).message.contains(QStringLiteral("intents")));
        QVERIFY(classifyClose(4011).message.contains(QStringLiteral("shard")));
    }

    void sendLimiterReservesHeartbeats()
    {
        ManualClock clock;
        GatewaySendLimiter lim(&clock, 120, 60'000, 3);
        for (int i = 0; i < 117; ++i) {
            QVERIFY2(lim.canSend(false), qPrintable(QString::number(i)));
            lim.recordSend();
            clock.advance(10);
        }
        QVERIFY(!lim.canSend(false));
        QVERIFY(lim.canSend(true));
        // The first send leaves the window at t=60000; we are at t=1170.
        QCOMPARE(lim.msUntilAllowed(false), 60'000 - 1170);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(lim.canSend(true));
            lim.recordSend();
        }
        QCOMPARE(lim.sentInWindow(), 120);
        QVERIFY(!lim.canSend(true));
        QVERIFY(lim.msUntilAllowed(true) > 0);
        // 120 in the window, 117 allowed for others: the 4th oldest (t=30) must leave first.
        QCOMPARE(lim.msUntilAllowed(false), 60'030 - 1170);
        clock.advance(60'000 - 1170);
        QVERIFY(!lim.canSend(false));
        QCOMPARE(lim.sentInWindow(), 119);
        clock.advance(30);
        QVERIFY(lim.canSend(false));
        QCOMPARE(lim.sentInWindow(), 116);
    }

    void sendLimiterNeverExceedsWindow()
    {
        // Greedy sender obeying the limiter: no 60 s window ever holds more than 120 sends.
        ManualClock clock;
        GatewaySendLimiter lim(&clock);
        QList<qint64> times;
        for (int step = 0; step < 200'000 && times.size() < 600; ++step) {
            const bool hb = step % 97 == 0;
            if (lim.canSend(hb)) {
                lim.recordSend();
                times.append(clock.monotonicMs());
            } else {
                clock.advance(qMin<qint64>(lim.msUntilAllowed(hb), 37));
            }
        }
        QCOMPARE(times.size(), 600);
        for (qsizetype i = 120; i < times.size(); ++i)
            QVERIFY2(times[i] - times[i - 120] >= 60'000, qPrintable(QString::number(i)));
    }

    void reservedForInterval()
    {
        QCOMPARE(GatewaySendLimiter::reservedForInterval(41'250), 3);
        QCOMPARE(GatewaySendLimiter::reservedForInterval(1'000), 61);
        QCOMPARE(GatewaySendLimiter::reservedForInterval(60'000), 2);
    }

    void heartbeatSchedule()
    {
        HeartbeatTracker hb;
        hb.start(1'000, 41'250, 0.5);
        QCOMPARE(hb.nextDueMs(), 1'000 + 20'625);
        QCOMPARE(hb.onDue(), HeartbeatTracker::Due::Send);
        hb.beatSent(21'625);
        QCOMPARE(hb.nextDueMs(), 21'625 + 41'250);
        QVERIFY(hb.awaitingAck());
        QCOMPARE(hb.acked(21'700).value_or(-1), 75);
        QVERIFY(!hb.acked(21'800).has_value()); // a second ACK is not a new measurement
        QCOMPARE(hb.onDue(), HeartbeatTracker::Due::Send);
        hb.beatSent(62'875);
        // No ACK before the next beat: zombie.
        QCOMPARE(hb.onDue(), HeartbeatTracker::Due::Zombie);
    }

    void heartbeatJitterBounds()
    {
        HeartbeatTracker hb;
        hb.start(0, 1000, 0.0);
        QCOMPARE(hb.nextDueMs(), 0);
        hb.start(0, 1000, 0.999);
        QCOMPARE(hb.nextDueMs(), 999);
    }

    void heartbeatServerRequestKeepsSchedule()
    {
        HeartbeatTracker hb;
        hb.start(0, 10'000, 0.1);
        hb.beatSent(1'000);
        QVERIFY(hb.acked(1'050));
        hb.extraBeatSent(5'000);
        QCOMPARE(hb.nextDueMs(), 11'000);
        QCOMPARE(hb.acked(5'020).value_or(-1), 20);
    }

    void heartbeatWakeCheck()
    {
        HeartbeatTracker hb;
        hb.start(0, 41'250, 0.0);
        hb.beatSent(0);
        QVERIFY(hb.acked(10));
        hb.checkBeatSent(20'000, 5'000);
        QCOMPARE(hb.nextDueMs(), 25'000);
        QCOMPARE(hb.onDue(), HeartbeatTracker::Due::Zombie); // no ACK within 5 s
        hb.checkBeatSent(30'000, 5'000);
        QVERIFY(hb.acked(30'100));
        QCOMPARE(hb.onDue(), HeartbeatTracker::Due::Send);
    }

    void clockJump()
    {
        ManualClock clock;
        ClockJumpDetector det(10'000);
        QCOMPARE(det.check(clock.now(), clock.monotonicMs()), 0);
        clock.advance(5'000);
        QCOMPARE(det.check(clock.now(), clock.monotonicMs()), 0);
        clock.jumpWall(3'600'000); // an hour of suspend
        clock.advance(5'000);
        QCOMPARE(det.check(clock.now(), clock.monotonicMs()), 3'600'000);
        clock.advance(5'000);
        QCOMPARE(det.check(clock.now(), clock.monotonicMs()), 0);
        clock.jumpWall(-60'000); // clock set back
        QCOMPARE(det.check(clock.now(), clock.monotonicMs()), -60'000);
    }

    void backoff()
    {
        QCOMPARE(reconnectDelayMs(0, 1.0, 1000, 60'000), 1000);
        QCOMPARE(reconnectDelayMs(3, 1.0, 1000, 60'000), 8000);
        QCOMPARE(reconnectDelayMs(10, 1.0, 1000, 60'000), 60'000);
        QCOMPARE(reconnectDelayMs(100, 1.0, 1000, 60'000), 60'000);
        QCOMPARE(reconnectDelayMs(3, 0.5, 1000, 60'000), 4000);
        QCOMPARE(reconnectDelayMs(3, 0.0, 1000, 60'000), 0);
    }

    void identifyBucketsOneConcurrency()
    {
        ManualClock clock;
        IdentifyScheduler s(&clock, 1);
        for (int id : {0, 1, 2, 3})
            s.enqueue(id);
        s.enqueue(2); // duplicate ignored
        QCOMPARE(s.takeReady(), QList<int> {0});
        QCOMPARE(s.takeReady(), QList<int> {});
        QCOMPARE(s.msUntilNext(), 5000);
        clock.advance(4999);
        QCOMPARE(s.takeReady(), QList<int> {});
        clock.advance(1);
        QCOMPARE(s.takeReady(), QList<int> {1});
        clock.advance(5000);
        QCOMPARE(s.takeReady(), QList<int> {2});
        clock.advance(5000);
        QCOMPARE(s.takeReady(), QList<int> {3});
        QVERIFY(s.isEmpty());
        QCOMPARE(s.msUntilNext(), -1);
    }

    void identifyBucketsMaxConcurrency()
    {
        ManualClock clock;
        IdentifyScheduler s(&clock, 4);
        for (int id = 0; id < 10; ++id)
            s.enqueue(id);
        QCOMPARE(s.takeReady(), (QList<int> {0, 1, 2, 3}));
        QCOMPARE(s.takeReady(), QList<int> {});
        clock.advance(5000);
        QCOMPARE(s.takeReady(), (QList<int> {4, 5, 6, 7}));
        s.remove(9);
        clock.advance(5000);
        QCOMPARE(s.takeReady(), (QList<int> {8}));
        // Bucket 0 used just now; bucket 1 is free again at once for shard 13.
        s.enqueue(12);
        s.enqueue(13);
        QCOMPARE(s.takeReady(), QList<int> {13});
        clock.advance(5000);
        QCOMPARE(s.takeReady(), QList<int> {12});
    }
};

QTEST_GUILESS_MAIN(TestGatewayProtocol)
#include "tst_gatewayprotocol.moc"
