// Gateway flows of the sandbox: HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats, compression, resume and
// replay, sharding, intents and every close code the sandbox emits.
#include "SandboxTestUtil.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/SandboxServer.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace bwtest;
using bw::sandbox::SandboxOptions;
using bw::sandbox::SandboxServer;

class TestSandboxGateway : public QObject
{
    Q_OBJECT

private:
    bw::ManualClock m_clock; // outlives m_server
    std::unique_ptr<SandboxServer> m_server;

    void startWith(SandboxOptions o)
    {
        m_server = std::make_unique<SandboxServer>(std::move(o));
        QVERIFY(m_server->start().ok());
    }
    QString token() const { return m_server->botToken(); }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void helloIdentifyReadyGuildCreate()
    {
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(c.open(m_server->gatewayUrl()));
        const QJsonObject hello = c.waitOp(10);
        QCOMPARE(hello.value(u"d"_s).toObject().value(u"heartbeat_interval"_s).toInt(), 1000);
        QVERIFY(hello.value(u"s"_s).isNull());
        c.identify(token(), 513);
        const QJsonObject ready = c.waitDispatch(u"READY"_s);
        QCOMPARE(ready.value(u"s"_s).toInt(), 1);
        const QJsonObject d = ready.value(u"d"_s).toObject();
        QCOMPARE(d.value(u"v"_s).toInt(), 10);
        QCOMPARE(d.value(u"user"_s).toObject().value(u"id"_s).toString(), m_server->botUserId());
        QVERIFY(!d.value(u"session_id"_s).toString().isEmpty());
        QCOMPARE(d.value(u"resume_gateway_url"_s).toString(), m_server->gatewayUrl().toString());
        QCOMPARE(d.value(u"shard"_s).toArray(), (QJsonArray {0, 1}));
        QCOMPARE(d.value(u"application"_s).toObject().value(u"id"_s).toString(), m_server->applicationId());
        QVERIFY(d.value(u"application"_s).toObject().contains(u"flags"_s));
        const QJsonArray guilds = d.value(u"guilds"_s).toArray();
        QCOMPARE(guilds.size(), 1);
        QVERIFY(guilds.first().toObject().value(u"unavailable"_s).toBool());
        const QJsonObject gc = c.waitDispatch(u"GUILD_CREATE"_s);
        QCOMPARE(gc.value(u"s"_s).toInt(), 2);
        const QJsonObject g = gc.value(u"d"_s).toObject();
        QCOMPARE(g.value(u"id"_s), guilds.first().toObject().value(u"id"_s));
        QCOMPARE(g.value(u"name"_s).toString(), u"Sandbox"_s);
        for (const auto &k : {u"roles"_s,
                              u"emojis"_s,
                              u"stickers"_s,
                              u"features"_s,
                              u"channels"_s,
                              u"threads"_s,
                              u"members"_s,
                              u"member_count"_s,
                              u"presences"_s,
                              u"voice_states"_s,
                              u"stage_instances"_s,
                              u"guild_scheduled_events"_s,
                              u"soundboard_sounds"_s,
                              u"joined_at"_s,
                              u"large"_s,
                              u"unavailable"_s,
                              u"owner_id"_s,
                              u"preferred_locale"_s,
                              u"afk_timeout"_s,
                              u"premium_progress_bar_enabled"_s})
            QVERIFY2(g.contains(k), qPrintable(k));
        QCOMPARE(g.value(u"channels"_s).toArray().size(), 2);
        QCOMPARE(g.value(u"member_count"_s).toInt(), 3);
        // without GUILD_PRESENCES only the bot is listed
        QCOMPARE(g.value(u"members"_s).toArray().size(), 1);
        QVERIFY(c.textFrames > 0);
        QCOMPARE(c.binaryFrames, 0);
    }

    void allMembersWithPresencesIntent()
    {
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), token(), 1 | (1 << 8)).isEmpty());
        const QJsonObject g = c.waitDispatch(u"GUILD_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(g.value(u"members"_s).toArray().size(), 3);
    }

    void heartbeatAckBeforeAndAfterIdentify()
    {
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(c.open(m_server->gatewayUrl()));
        QVERIFY(!c.waitOp(10).isEmpty());
        c.heartbeat();
        QVERIFY(!c.waitOp(11).isEmpty());
        c.identify(token(), 1);
        QVERIFY(!c.waitDispatch(u"READY"_s).isEmpty());
        c.heartbeat();
        QVERIFY(!c.waitOp(11).isEmpty());
        QCOMPARE(m_server->stats().gatewayReceived.value(1), 2);
    }

    void compression_data()
    {
        QTest::addColumn<QByteArray>("codec");
        QTest::newRow("zlib-stream") << QByteArray("zlib-stream");
        QTest::newRow("zstd-stream") << QByteArray("zstd-stream");
    }
    void compression()
    {
        QFETCH(QByteArray, codec);
        startWith(fastOptions());
        GatewayClient c(codec);
        const QJsonObject ready = c.connectAndIdentify(m_server->gatewayUrl(), token(), 513 | (1 << 15));
        QVERIFY(!ready.isEmpty());
        QVERIFY(!c.waitDispatch(u"GUILD_CREATE"_s).isEmpty());
        // more payloads through the same compression context
        for (int i = 0; i < 20; ++i)
            QVERIFY(
                m_server->simulateMessage(u"alice"_s, m_server->defaultChannelId(), u"message %1"_s.arg(i))
                    .ok());
        QTRY_COMPARE(c.count(u"MESSAGE_CREATE"_s), 20);
        c.heartbeat();
        QVERIFY(!c.waitOp(11).isEmpty());
        QCOMPARE(c.textFrames, 0);
        QVERIFY(c.binaryFrames >= 23);
        QVERIFY(!c.decodeError);
    }

    void unknownCompressionFallsBackToText()
    {
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(c.open(m_server->gatewayUrl(), u"v=10&encoding=json&compress=brotli"_s));
        QVERIFY(!c.waitOp(10).isEmpty());
        QCOMPARE(c.binaryFrames, 0);
    }

    void identifyRejected_data()
    {
        QTest::addColumn<QString>("tokenText");
        QTest::addColumn<qint64>("intents");
        QTest::addColumn<int>("shard");
        QTest::addColumn<int>("shards");
        QTest::addColumn<qint64>("privileged");
        QTest::addColumn<int>("code");
        QTest::newRow("bad token") << u"nope"_s << qint64(1) << -1 << 1 << qint64(-1) << 4004;
        QTest::newRow("undefined intent bit")
            << QString() << qint64(1 << 17) << -1 << 1 << qint64(-1) << 4013;
        QTest::newRow("privileged intent off")
            << QString() << qint64(1 << 15) << -1 << 1 << qint64(0) << 4014;
        QTest::newRow("shard out of range") << QString() << qint64(1) << 2 << 2 << qint64(-1) << 4010;
        QTest::newRow("zero shards") << QString() << qint64(1) << 0 << 0 << qint64(-1) << 4010;
    }
    void identifyRejected()
    {
        QFETCH(QString, tokenText);
        QFETCH(qint64, intents);
        QFETCH(int, shard);
        QFETCH(int, shards);
        QFETCH(qint64, privileged);
        QFETCH(int, code);
        SandboxOptions o = fastOptions();
        if (privileged >= 0)
            o.privilegedIntents = privileged;
        startWith(o);
        GatewayClient c;
        QVERIFY(c.open(m_server->gatewayUrl()));
        QVERIFY(!c.waitOp(10).isEmpty());
        c.identify(tokenText.isEmpty() ? token() : tokenText, intents, shard, shards);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, code);
        QCOMPARE(c.count(u"READY"_s), 0);
    }

    void invalidApiVersion()
    {
        startWith(fastOptions());
        GatewayClient c;
        c.open(m_server->gatewayUrl(), u"v=8&encoding=json"_s);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 4012);
    }

    void notAuthenticated()
    {
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(c.open(m_server->gatewayUrl()));
        QVERIFY(!c.waitOp(10).isEmpty());
        c.send(QJsonObject {{u"op"_s, 3}, {u"d"_s, QJsonObject {{u"status"_s, u"online"_s}}}});
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 4003);
    }

    void alreadyAuthenticated()
    {
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), token()).isEmpty());
        c.identify(token(), 1);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 4005);
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("code");
        QTest::newRow("over 4096 bytes")
            << (u"{\"op\":1,\"d\":null,\"x\":\""_s + QString(4100, u'a') + u"\"}"_s) << 4002;
        QTest::newRow("not json") << u"{nope"_s << 4002;
        QTest::newRow("unknown opcode") << u"{\"op\":99,\"d\":null}"_s << 4001;
    }
    void decodeErrors()
    {
        QFETCH(QString, payload);
        QFETCH(int, code);
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), token()).isEmpty());
        c.sendRaw(payload);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, code);
    }

    void sendLimitCloses4008()
    {
        SandboxOptions o = fastOptions();
        o.gatewaySendLimit = 5;
        startWith(o);
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), token()).isEmpty()); // 1 payload
        for (int i = 0; i < 4; ++i)
            c.heartbeat(); // 5 payloads: still allowed
        QTRY_COMPARE(m_server->stats().gatewayReceived.value(1), 4);
        QVERIFY(!c.closed);
        c.heartbeat(); // the 6th in the window
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, 4008);
    }

    void missedHeartbeatsClose()
    {
        SandboxOptions o = fastOptions();
        o.heartbeatIntervalMs = 150;
        startWith(o);
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), token()).isEmpty());
        QVERIFY(c.waitClosed(3000));
        QCOMPARE(c.closeCode, 4009);
    }

    void resumeReplaysMissedDispatches()
    {
        startWith(fastOptions());
        const QString channel = m_server->defaultChannelId();
        QString sessionId;
        int seq = 0;
        {
            GatewayClient c;
            const QJsonObject ready = c.connectAndIdentify(m_server->gatewayUrl(), token(), 513 | (1 << 15));
            sessionId = ready.value(u"session_id"_s).toString();
            QVERIFY(!c.waitDispatch(u"GUILD_CREATE"_s).isEmpty());
            QVERIFY(m_server->simulateMessage(u"alice"_s, channel, u"seen"_s).ok());
            QVERIFY(!c.waitDispatch(u"MESSAGE_CREATE"_s).isEmpty());
            seq = c.lastSeq;
            c.close(4000); // resumable
            QVERIFY(c.waitClosed());
        }
        QTRY_VERIFY(m_server->gateway()->sessionsJson().first().toObject().value(u"connected"_s).toBool()
                    == false);
        QVERIFY(m_server->simulateMessage(u"alice"_s, channel, u"missed 1"_s).ok());
        QVERIFY(m_server->simulateMessage(u"bob"_s, channel, u"missed 2"_s).ok());
        GatewayClient r;
        QVERIFY(r.open(m_server->gatewayUrl()));
        QVERIFY(!r.waitOp(10).isEmpty());
        r.resume(token(), sessionId, seq);
        const QJsonObject first = r.waitDispatch(u"MESSAGE_CREATE"_s);
        const QJsonObject second = r.waitDispatch(u"MESSAGE_CREATE"_s);
        const QJsonObject resumed = r.waitDispatch(u"RESUMED"_s);
        QCOMPARE(first.value(u"s"_s).toInt(), seq + 1);
        QCOMPARE(first[u"d"_s][u"content"_s].toString(), u"missed 1"_s);
        QCOMPARE(second.value(u"s"_s).toInt(), seq + 2);
        QCOMPARE(resumed.value(u"s"_s).toInt(), seq + 3);
        QCOMPARE(r.count(u"MESSAGE_CREATE"_s), 2); // nothing from before seq again
        QCOMPARE(r.count(u"READY"_s), 0);
        QCOMPARE(m_server->stats().resumes, 1);
    }

    void resumeAfterDroppedTcp()
    {
        startWith(fastOptions());
        GatewayClient c;
        const QJsonObject ready = c.connectAndIdentify(m_server->gatewayUrl(), token());
        QVERIFY(!c.waitDispatch(u"GUILD_CREATE"_s).isEmpty());
        c.abort(); // no close frame at all
        QTRY_VERIFY(!m_server->gateway()->sessionsJson().first().toObject().value(u"connected"_s).toBool());
        GatewayClient r;
        QVERIFY(r.open(m_server->gatewayUrl()));
        QVERIFY(!r.waitOp(10).isEmpty());
        r.resume(token(), ready.value(u"session_id"_s).toString(), c.lastSeq);
        QVERIFY(!r.waitDispatch(u"RESUMED"_s).isEmpty());
    }

    void resumeRefused_data()
    {
        QTest::addColumn<int>("closeCode");
        QTest::newRow("unknown session") << 0;
        QTest::newRow("session ended by 1000") << 1000;
    }
    void resumeRefused()
    {
        QFETCH(int, closeCode);
        startWith(fastOptions());
        QString sessionId = u"0123456789abcdef"_s;
        if (closeCode) {
            GatewayClient c;
            sessionId
                = c.connectAndIdentify(m_server->gatewayUrl(), token()).value(u"session_id"_s).toString();
            c.close(closeCode);
            QVERIFY(c.waitClosed());
            QTRY_VERIFY(m_server->gateway()->sessionsJson().isEmpty());
        }
        GatewayClient r;
        QVERIFY(r.open(m_server->gatewayUrl()));
        QVERIFY(!r.waitOp(10).isEmpty());
        r.resume(token(), sessionId, 1);
        const QJsonObject invalid = r.waitOp(9);
        QVERIFY(!invalid.isEmpty());
        QCOMPARE(invalid.value(u"d"_s).toBool(true), false);
        // a fresh IDENTIFY on the same socket works
        r.identify(token(), 1);
        QVERIFY(!r.waitDispatch(u"READY"_s).isEmpty());
    }

    void shardsGetTheirGuilds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"world.json"_s);
        QJsonArray guilds;
        for (int i = 0; i < 6; ++i)
            guilds.append(
                QJsonObject {{u"name"_s, u"G%1"_s.arg(i)},
                             {u"channels"_s, QJsonArray {QJsonObject {{u"name"_s, u"general"_s}}}}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(QJsonObject {{u"users"_s, QJsonArray {QJsonObject {{u"username"_s, u"alice"_s}}}},
                                       {u"guilds"_s, guilds}})
                .toJson());
        f.close();
        SandboxOptions o = fastOptions();
        o.worldFile = path;
        startWith(o);
        QSet<QString> seen;
        for (int shard = 0; shard < 2; ++shard) {
            GatewayClient c;
            QVERIFY(c.open(m_server->gatewayUrl()));
            QVERIFY(!c.waitOp(10).isEmpty());
            c.identify(token(), 1, shard, 2);
            const QJsonObject ready = c.waitDispatch(u"READY"_s).value(u"d"_s).toObject();
            QCOMPARE(ready.value(u"shard"_s).toArray(), (QJsonArray {shard, 2}));
            const int expected = int(ready.value(u"guilds"_s).toArray().size());
            QTRY_COMPARE(c.count(u"GUILD_CREATE"_s), expected);
            for (const QJsonObject &p : std::as_const(c.payloads)) {
                if (p.value(u"t"_s).toString() != u"GUILD_CREATE"_s)
                    continue;
                const quint64 id = p[u"d"_s][u"id"_s].toString().toULongLong();
                QCOMPARE(int((id >> 22) % 2), shard);
                seen.insert(p[u"d"_s][u"id"_s].toString());
            }
        }
        QCOMPARE(seen.size(), 6);
    }

    void requestGuildMembers()
    {
        startWith(fastOptions());
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), token(), 3).isEmpty());
        const QString guild = QString::number(m_server->world().guildIds().first());
        c.send(QJsonObject {
            {u"op"_s, 8},
            {u"d"_s,
             QJsonObject {
                 {u"guild_id"_s, guild}, {u"query"_s, QString()}, {u"limit"_s, 0}, {u"nonce"_s, u"abc"_s}}}});
        const QJsonObject chunk = c.waitDispatch(u"GUILD_MEMBERS_CHUNK"_s).value(u"d"_s).toObject();
        QCOMPARE(chunk.value(u"guild_id"_s).toString(), guild);
        QCOMPARE(chunk.value(u"members"_s).toArray().size(), 3);
        QCOMPARE(chunk.value(u"nonce"_s).toString(), u"abc"_s);
        QCOMPARE(chunk.value(u"chunk_count"_s).toInt(), 1);
    }

    void identifyConcurrencyLimit()
    {
        SandboxOptions o = fastOptions(&m_clock);
        o.identifyWindowMs = 5000;
        startWith(o);
        GatewayClient a;
        QVERIFY(!a.connectAndIdentify(m_server->gatewayUrl(), token()).isEmpty());
        GatewayClient b;
        QVERIFY(b.open(m_server->gatewayUrl()));
        QVERIFY(!b.waitOp(10).isEmpty());
        b.identify(token(), 1);
        QCOMPARE(b.waitOp(9).value(u"d"_s).toBool(true), false);
        m_clock.advance(5000);
        b.identify(token(), 1);
        QVERIFY(!b.waitDispatch(u"READY"_s).isEmpty());
    }

    void intentsFilterMessages()
    {
        startWith(fastOptions());
        GatewayClient noMessages, noContent, content;
        QVERIFY(!noMessages.connectAndIdentify(m_server->gatewayUrl(), token(), 1).isEmpty());
        QVERIFY(!noContent.connectAndIdentify(m_server->gatewayUrl(), token(), 1 | (1 << 9)).isEmpty());
        QVERIFY(
            !content.connectAndIdentify(m_server->gatewayUrl(), token(), 1 | (1 << 9) | (1 << 15)).isEmpty());
        QVERIFY(m_server->simulateMessage(u"bob"_s, m_server->defaultChannelId(), u"secret words"_s).ok());
        const QJsonObject full = content.waitDispatch(u"MESSAGE_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(full.value(u"content"_s).toString(), u"secret words"_s);
        QCOMPARE(full.value(u"guild_id"_s).toString(), QString::number(m_server->world().guildIds().first()));
        QVERIFY(full.value(u"member"_s).isObject());
        const QJsonObject stripped = noContent.waitDispatch(u"MESSAGE_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(stripped.value(u"content"_s).toString(), QString());
        QCOMPARE(stripped.value(u"author"_s).toObject().value(u"username"_s).toString(), u"bob"_s);
        // a mention of the bot is visible without MESSAGE_CONTENT
        QVERIFY(m_server
                    ->simulateMessage(u"bob"_s, m_server->defaultChannelId(),
                                      u"hey <@%1>"_s.arg(m_server->botUserId()))
                    .ok());
        QTRY_COMPARE(noContent.count(u"MESSAGE_CREATE"_s), 2);
        QCOMPARE(noContent.payloads.last()[u"d"_s][u"content"_s].toString(),
                 u"hey <@%1>"_s.arg(m_server->botUserId()));
        QCOMPARE(noMessages.count(u"MESSAGE_CREATE"_s), 0);
    }

    void logLinesCarryNoToken()
    {
        const QByteArray botToken = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.secret-secret-secret-secret-00";
        const QByteArray identify = "{\"op\":2,\"d\":{\"token\":\"" + botToken + "\",\"intents\":513}}";
        const QByteArray interaction = "{\"t\":\"INTERACTION_CREATE\",\"s\":5,\"op\":0,\"d\":{\"id\":\"1\","
                                       "\"token\":\"aW50ZXJhY3Rpb246MTIzOnNlY3JldA\"}}";
        const QString a = bw::sandbox::GatewayServer::redactedForLog(identify, botToken);
        const QString b = bw::sandbox::GatewayServer::redactedForLog(interaction, botToken);
        QVERIFY(!a.contains(QString::fromLatin1(botToken)));
        QVERIFY(a.contains(u"intents"_s));
        QVERIFY(!b.contains(u"aW50ZXJhY3Rpb246MTIzOnNlY3JldA"_s));
        QVERIFY(b.contains(u"INTERACTION_CREATE"_s));
    }

    void gatewayAndRestShareOnePort()
    {
        startWith(fastOptions());
        Http http(token());
        const QJsonObject bot = http.get(QUrl(m_server->apiBase().toString() + u"/gateway/bot"_s)).json();
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(QUrl(bot.value(u"url"_s).toString()), token()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "tst_sandbox_gateway.moc"
