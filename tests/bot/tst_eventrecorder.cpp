// The event log recorder: batching (never one signal per event), what each kind of record holds, the
// interaction <-> callback link, redaction of every token, and persistence across a restart (real SQLite
// files), plus a real bot against the embedded sandbox.

#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/BotRuntime.h"
#include "bot/eventlog/EventLogWriter.h"
#include "bot/eventlog/EventRecorder.h"
#include "core/Clock.h"
#include "discord/RestClient.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"
#include "store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using bw::EventBatch;
using bw::EventRecorder;
using bw::store::EventRecord;

namespace {

bw::discord::GatewayEvent gatewayEvent(const QString &name, const QJsonObject &d, int shard = 0)
{
    bw::discord::GatewayEvent e;
    e.name = name;
    e.type = bw::discord::eventTypeFromName(name);
    e.shardId = shard;
    e.data = d;
    e.raw = QJsonDocument(QJsonObject {{u"op"_s, 0}, {u"t"_s, name}, {u"s"_s, 1}, {u"d"_s, d}})
                .toJson(QJsonDocument::Compact);
    return e;
}

QJsonObject clickData(const QString &id, const QString &token)
{
    return QJsonObject {
        {u"id"_s, id},
        {u"type"_s, 3},
        {u"token"_s, token},
        {u"guild_id"_s, u"100"_s},
        {u"channel_id"_s, u"200"_s},
        {u"member"_s,
         QJsonObject {{u"user"_s,
                       QJsonObject {{u"id"_s, u"300"_s},
                                    {u"username"_s, u"alice"_s},
                                    {u"global_name"_s, u"Alice"_s}}}}},
        {u"data"_s, QJsonObject {{u"custom_id"_s, u"counter:increment"_s}, {u"component_type"_s, 2}}},
    };
}

QList<EventRecord> all(const QSignalSpy &spy)
{
    QList<EventRecord> out;
    for (const auto &args : spy)
        out += args.at(0).value<EventBatch>();
    return out;
}

std::unique_ptr<bw::store::Database> openDb(const QString &path)
{
    bw::store::Database::Options o;
    o.path = path;
    auto db = bw::store::Database::open(o);
    if (!db) {
        qWarning() << db.error().toString();
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace

class TestEventRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesGoOutBySizeAndByTime()
    {
        bw::ManualClock clock;
        EventRecorder recorder({.batchIntervalMs = 50, .maxBatch = 1000}, &clock);
        QSignalSpy spy(&recorder, &EventRecorder::batchReady);
        for (int i = 0; i < 2500; ++i)
            recorder.recordDispatch(
                gatewayEvent(u"TYPING_START"_s, QJsonObject {{u"channel_id"_s, QString::number(i)}}));
        // Two full batches at once, the rest waits for the timer: never one signal per event.
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<EventBatch>().size(), 1000);
        QTRY_COMPARE(spy.count(), 3);
        const QList<EventRecord> records = all(spy);
        QCOMPARE(records.size(), 2500);
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(records.at(i).channelId, QString::number(i)); // in order
        QCOMPARE(recorder.recordedCount(), qint64(2500));
        // flush() hands out what is pending at once
        recorder.recordError(u"test"_s, u"boom"_s);
        recorder.flush();
        QCOMPARE(spy.count(), 4);
    }

    void dispatchRecordsHoldIdsSummaryAndRedactedJson()
    {
        bw::ManualClock clock;
        EventRecorder recorder({}, &clock);
        const EventRecord m = recorder.fromDispatch(gatewayEvent(
            u"MESSAGE_CREATE"_s,
            QJsonObject {{u"id"_s, u"1"_s},
                         {u"guild_id"_s, u"100"_s},
                         {u"channel_id"_s, u"200"_s},
                         {u"content"_s, u"hello\nworld"_s},
                         {u"author"_s, QJsonObject {{u"id"_s, u"300"_s}, {u"username"_s, u"bob"_s}}}},
            2));
        QCOMPARE(m.kind, u"MESSAGE_CREATE"_s);
        QCOMPARE(m.tsMs, clock.now().toMSecsSinceEpoch());
        QCOMPARE(m.shard, 2);
        QCOMPARE(m.guildId, u"100"_s);
        QCOMPARE(m.channelId, u"200"_s);
        QCOMPARE(m.userId, u"300"_s);
        QCOMPARE(m.summary, u"message by bob: hello world"_s);
        QVERIFY(!m.isError);

        const QString token = u"aW50ZXJhY3Rpb246MTIzNDU2Nzg5OnNlY3JldHNlY3JldA"_s;
        const EventRecord i
            = recorder.fromDispatch(gatewayEvent(u"INTERACTION_CREATE"_s, clickData(u"999"_s, token)));
        QCOMPARE(i.key, u"counter:increment"_s);
        QCOMPARE(i.userId, u"300"_s);
        QCOMPARE(i.summary, u"clicked counter:increment by Alice"_s);
        QVERIFY2(!i.json.contains(token.toUtf8()), i.json.constData());
        QVERIFY(i.json.contains("\"token\":\"[redacted]\""));
        QVERIFY(QJsonDocument::fromJson(i.json).isObject()); // still valid JSON
    }

    void redactsTokenMembersInRawJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("compact") << QByteArray("{\"a\":1,\"token\":\"SECRET\",\"b\":{\"token\":\"SECRET\"}}");
        QTest::newRow("spaces") << QByteArray("{\"token\" : \"SECRET\", \"x\": \"token\"}");
        QTest::newRow("escaped quote") << QByteArray("{\"token\":\"SEC\\\"RET\",\"y\":2}");
    }
    void redactsTokenMembersInRawJson()
    {
        QFETCH(QByteArray, json);
        const QByteArray out = EventRecorder::redactTokenMembers(json);
        QVERIFY2(!out.contains("SEC"), out.constData());
        QVERIFY2(QJsonDocument::fromJson(out).isObject(), out.constData());
    }

    void controlAndRestRecordsCarryDurations()
    {
        bw::ManualClock clock;
        EventRecorder recorder({}, &clock);
        bw::discord::GatewayControlEvent ack;
        ack.kind = bw::discord::GatewayControlEvent::Kind::HeartbeatAck;
        ack.shardId = 1;
        ack.value = 42;
        const EventRecord a = recorder.fromControl(ack);
        QCOMPARE(a.kind, u"gateway.heartbeat-ack"_s);
        QCOMPARE(a.durationMs, qint64(42));
        QCOMPARE(a.shard, 1);
        QCOMPARE(bw::store::durationFromJson(a.json), qint64(42)); // survives the database
        QCOMPARE(bw::store::categoryOfKind(a.kind), bw::store::EventCategory::Gateway);

        bw::discord::GatewayControlEvent closed;
        closed.kind = bw::discord::GatewayControlEvent::Kind::Closed;
        closed.closeCode = 4000;
        closed.reason = u"unknown error"_s;
        QVERIFY(recorder.fromControl(closed).isError);

        bw::discord::RestLogEntry e;
        e.time = clock.now();
        e.method = "POST";
        e.routeTemplate = u"/channels/{channel.id}/messages"_s;
        e.path = u"/channels/200/messages"_s;
        e.status = 429;
        e.rateLimited = true;
        e.retryAfterMs = 1500;
        e.durationMs = 12;
        e.requestBody = "{\"content\":\"hi\"}";
        e.responseBody = "{\"message\":\"You are being rate limited.\",\"retry_after\":1.5}";
        const EventRecord r = recorder.fromRest(e);
        QCOMPARE(r.kind, u"ratelimit"_s);
        QCOMPARE(r.channelId, u"200"_s);
        QCOMPARE(r.durationMs, qint64(12));
        QVERIFY(r.isError);
        QVERIFY2(r.summary.contains(u"rate limited, retry after 1500 ms"_s), qPrintable(r.summary));
        const QJsonObject o = QJsonDocument::fromJson(r.json).object();
        QCOMPARE(o.value(u"status"_s).toInt(), 429);
        QCOMPARE(o.value(u"request"_s).toObject().value(u"content"_s).toString(), u"hi"_s);
        QCOMPARE(o.value(u"response"_s).toObject().value(u"retry_after"_s).toDouble(), 1.5);
    }

    void interactionIsLinkedToItsCallback()
    {
        bw::ManualClock clock;
        EventRecorder recorder({}, &clock);
        QSignalSpy spy(&recorder, &EventRecorder::batchReady);
        recorder.recordDispatch(gatewayEvent(u"INTERACTION_CREATE"_s, clickData(u"999"_s, u"tok"_s)));
        clock.advance(38);
        bw::discord::RestLogEntry cb;
        cb.time = clock.now();
        cb.method = "POST";
        cb.routeTemplate = u"/interactions/{interaction.id}/{interaction.token}/callback"_s;
        cb.path = u"/interactions/999/[redacted]/callback"_s;
        cb.status = 204;
        cb.durationMs = 9;
        cb.requestBody = "{\"type\":4,\"data\":{\"content\":\"1\",\"flags\":64}}";
        recorder.recordRest(cb);
        bw::InteractionOutcome o;
        o.interactionId = u"999"_s;
        o.kind = bw::InteractionOutcome::Kind::Component;
        o.customId = u"counter:increment"_s;
        o.userId = u"300"_s;
        o.userName = u"Alice"_s;
        o.channelId = u"200"_s;
        o.latencyMs = 38;
        o.callbackType = 4;
        o.ephemeral = true;
        recorder.recordInteraction(o);
        recorder.flush();
        const QList<EventRecord> records = all(spy);
        QCOMPARE(records.size(), 3);
        const EventRecord &rest = records.at(1);
        QCOMPARE(rest.kind, u"rest"_s);
        QCOMPARE(rest.key, u"999"_s); // the callback names its interaction
        QVERIFY2(rest.summary.contains(u"38 ms after receipt"_s), qPrintable(rest.summary));
        const EventRecord &interaction = records.at(2);
        QCOMPARE(interaction.kind, u"interaction"_s);
        QCOMPARE(interaction.durationMs, qint64(38));
        QCOMPARE(interaction.key, u"counter:increment"_s);
        QCOMPARE(interaction.summary,
                 u"component counter:increment by Alice → answered in 38 ms (type 4, ephemeral)"_s);
        const QJsonObject json = QJsonDocument::fromJson(interaction.json).object();
        QCOMPARE(json.value(u"callback"_s).toObject().value(u"status"_s).toInt(), 204);
        QCOMPARE(json.value(u"callback"_s).toObject().value(u"request"_s).toObject().value(u"type"_s).toInt(),
                 4);
        QCOMPARE(bw::store::durationFromJson(interaction.json), qint64(38));
    }

    void persistsAcrossARestartAndHonoursRetention()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"botwright.db"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            auto db = openDb(path);
            QVERIFY(db);
            EventRecord old;
            old.tsMs = now - 8 * 86'400'000LL; // older than 7 days
            old.kind = u"rest"_s;
            old.summary = u"ancient"_s;
            QVERIFY(bw::store::EventStore(*db).insertBatch({old}).ok());
            EventRecorder recorder({.batchIntervalMs = 50, .maxBatch = 100}, nullptr);
            recorder.setDatabase(db.get(), 7 * 86'400'000LL);
            for (int i = 0; i < 250; ++i)
                recorder.recordDispatch(gatewayEvent(
                    u"MESSAGE_CREATE"_s,
                    QJsonObject {{u"channel_id"_s, u"200"_s}, {u"content"_s, u"message %1"_s.arg(i)}}));
            bw::discord::GatewayControlEvent ack;
            ack.kind = bw::discord::GatewayControlEvent::Kind::HeartbeatAck;
            ack.value = 17;
            recorder.recordControl(ack);
            recorder.flush();
            recorder.writer()->drain();
            QCOMPARE(recorder.writer()->writtenCount(), qint64(251));
            QCOMPARE(recorder.writer()->purgedCount(), qint64(1));
        } // the "crash": everything closed
        auto db = openDb(path);
        QVERIFY(db);
        bw::store::EventStore store(*db);
        QCOMPARE(store.count().value(), qint64(251));
        const auto earlier = store.latestBefore(QDateTime::currentMSecsSinceEpoch() + 1, 1000);
        QVERIFY(earlier.ok());
        QCOMPARE(earlier.value().size(), 251);
        QCOMPARE(earlier.value().first().summary, u"message by : message 0"_s);
        QCOMPARE(earlier.value().last().kind, u"gateway.heartbeat-ack"_s);
        QCOMPARE(earlier.value().last().durationMs, qint64(17));
    }

    // A real bot on the embedded sandbox: a click, its callback through the bot's own REST client, and
    // neither the bot token nor the interaction token in any record.
    void realBotRecordsWithoutTokens()
    {
        bw::Bot bot;
        QSignalSpy batches(bot.eventRecorder(), &EventRecorder::batchReady);
        QString interactionId;
        QString interactionToken;
        connect(bot.runtime(), &bw::BotRuntime::dispatch, this, [&](const bw::discord::GatewayEvent &e) {
            if (e.name != u"INTERACTION_CREATE"_s)
                return;
            interactionId = e.data.value(u"id"_s).toString();
            interactionToken = e.data.value(u"token"_s).toString();
            bw::BotRuntime *runtime = bot.runtime();
            const QString id = interactionId;
            const QString token = interactionToken;
            QMetaObject::invokeMethod(runtime, [runtime, id, token] {
                runtime->rest()->interactionCallback(
                    id, token,
                    QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"hi"_s}}}});
            });
        });
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Ready, 20000);
        bw::sandbox::SandboxHost &host = *bot.sandbox();
        const auto restClient = bw::test::sandboxRest(host);
        bw::discord::RestClient &rest = *restClient;
        const QString channel = bw::test::defaultChannel(host);
        const QJsonObject message {
            {u"content"_s, u"click"_s},
            {u"components"_s,
             QJsonArray {QJsonObject {{u"type"_s, 1},
                                      {u"components"_s,
                                       QJsonArray {QJsonObject {{u"type"_s, 2},
                                                                {u"style"_s, 1},
                                                                {u"label"_s, u"Go"_s},
                                                                {u"custom_id"_s, u"hello:click"_s}}}}}}}};
        const auto posted = QCoro::waitFor(rest.createMessage(channel, message));
        QVERIFY(posted.ok());
        const QString messageId = posted.value().value(u"id"_s).toString();
        bw::Result<QString> clicked = bw::Error {};
        QMetaObject::invokeMethod(
            host.server(),
            [&] { clicked = host.server()->simulateClick(u"alice"_s, messageId, u"hello:click"_s); },
            Qt::BlockingQueuedConnection);
        QVERIFY(clicked.ok());
        QTRY_VERIFY_WITH_TIMEOUT(!interactionToken.isEmpty(), 10000);

        const auto findCallback = [&] {
            for (const EventRecord &r : all(batches)) {
                if (r.kind == u"rest"_s && r.key == interactionId && r.summary.startsWith(u"callback"_s))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findCallback(), 10000);
        const QList<EventRecord> records = all(batches);
        bool sawClick = false;
        bool sawHeartbeatOrHello = false;
        for (const EventRecord &r : records) {
            for (const QString &secret : {host.botToken(), interactionToken}) {
                QVERIFY2(!r.json.contains(secret.toUtf8()), r.json.constData());
                QVERIFY2(!r.summary.contains(secret), qPrintable(r.summary));
                QVERIFY(!r.key.contains(secret));
            }
            sawClick = sawClick || (r.kind == u"INTERACTION_CREATE"_s && r.key == u"hello:click"_s);
            sawHeartbeatOrHello = sawHeartbeatOrHello || r.kind.startsWith(u"gateway."_s);
        }
        QVERIFY(sawClick);
        QVERIFY(sawHeartbeatOrHello);
        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Stopped, 10000);
    }
};

QTEST_GUILESS_MAIN(TestEventRecorder)
#include "tst_eventrecorder.moc"
