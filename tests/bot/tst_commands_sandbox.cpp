// The issue's "done when" on the real Bot (its own thread) against the sandbox over loopback: /ping, /wait
// seconds:int and a /tools group, synced on READY and answered through the gateway and through the HTTP
// endpoint (the sandbox's signed HTTP delivery); a restart on the same SQLite file registers nothing, a
// change sends exactly the diff; a view click over HTTP answers as over the gateway; autocomplete; the modes.
#include "ViewTestSupport.h"
#include "bot/Bot.h"
#include "bot/views/ViewLibrary.h"
#include "sandbox/HttpDelivery.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/CommandStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace bw;
using namespace Qt::StringLiterals;
using Mode = store::InteractionSettingsRecord::Mode;
using Status = BotState::Status;

namespace {

const QByteArray kPut = "PUT /applications/{application_id}/commands";

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonArray opts(std::initializer_list<std::pair<QString, QJsonValue>> values)
{
    QJsonArray out;
    for (const auto &[name, value] : values)
        out.append(QJsonObject {{u"name"_s, name}, {u"value"_s, value}});
    return out;
}

QJsonArray subcommand(const QStringList &path, const QJsonArray &leaf = {})
{
    QJsonObject node {{u"name"_s, path.last()}};
    if (!leaf.isEmpty())
        node.insert(u"options"_s, leaf);
    for (qsizetype i = path.size() - 2; i >= 0; --i)
        node = QJsonObject {{u"name"_s, path.at(i)}, {u"options"_s, QJsonArray {node}}};
    return QJsonArray {node};
}

} // namespace

class TestCommandsSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    store::Profile m_profile;
    QString m_channel;

    void saveCommand(const char *definition, const char *response, qint64 id = 0)
    {
        store::CommandRecord r;
        r.id = id;
        r.profileId = m_profile.id;
        r.definition = parse(definition);
        r.response = parse(response);
        auto saved = store::CommandStore(*m_db).save(r);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().toString()));
    }

    void setMode(Mode mode)
    {
        store::InteractionSettingsRecord s;
        s.profileId = m_profile.id;
        s.mode = mode;
        s.port = 0; // a free port
        QVERIFY(store::CommandStore(*m_db).saveInteractionSettings(s).ok());
    }

    /// A Bot on the test's database and profile (not started).
    std::unique_ptr<Bot> makeBot()
    {
        auto bot = std::make_unique<Bot>();
        bot->setTokenOverride(m_server->botToken());
        bot->setDatabase(m_db.get());
        bot->setProfile(m_profile);
        return bot;
    }

    /// Starts it and waits for READY.
    static bool startAndWait(Bot &bot)
    {
        bot.start();
        return QTest::qWaitFor([&] { return bot.state()->status() == Status::Ready; }, 15000);
    }

    std::unique_ptr<Bot> startBot()
    {
        auto bot = makeBot();
        if (!startAndWait(*bot))
            return {};
        return bot;
    }

    /// POST /_sandbox/PATH on the sandbox's control API; the answer's JSON (empty on failure).
    QJsonObject control(const QString &path, const QJsonObject &body)
    {
        QUrl url = m_server->apiBase();
        url.setPath(u"/_sandbox/"_s + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QJsonDocument(body).toJson()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000) || reply->error() != QNetworkReply::NoError)
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    QJsonObject record(const QString &id) const { return m_server->interactionRecord(id); }
    QString reply(const QString &id) const
    {
        return record(id).value(u"reply"_s).toObject().value(u"content"_s).toString();
    }

    /// Runs the done-when commands as Alice and Bob; the answers are the same on either path.
    void runTheCommands()
    {
        auto ping = m_server->simulateCommand(u"Alice"_s, m_channel, u"ping"_s);
        auto wait = m_server->simulateCommand(u"Alice"_s, m_channel, u"wait"_s, opts({{u"seconds"_s, 2}}));
        auto echo = m_server->simulateCommand(u"Bob"_s, m_channel, u"tools"_s,
                                              subcommand({u"echo"_s}, opts({{u"text"_s, u"hey there"_s}})));
        auto purge = m_server->simulateCommand(u"Bob"_s, m_channel, u"tools"_s,
                                               subcommand({u"admin"_s, u"purge"_s}));
        QVERIFY(ping.ok() && wait.ok() && echo.ok() && purge.ok());
        QTRY_COMPARE(reply(ping.value()), u"Pong!"_s);
        QCOMPARE(record(ping.value()).value(u"response_type"_s).toInt(), 4);
        QTRY_COMPARE(reply(echo.value()), u"hey there"_s);
        QTRY_COMPARE(reply(purge.value()), u"Purged."_s);
        QVERIFY(record(purge.value()).value(u"ephemeral"_s).toBool());
        // deferred ("thinking") first, then "Done!" fills it, then one follow-up message
        QTRY_COMPARE(record(wait.value()).value(u"response_type"_s).toInt(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(reply(wait.value()), u"Done!"_s, 10000);
        QTRY_COMPARE(record(wait.value()).value(u"followups"_s).toArray().size(), 1);
        QCOMPARE(record(wait.value())
                     .value(u"followups"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"content"_s)
                     .toString(),
                 u"Waited 2 s."_s);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto db = store::Database::open(
            {m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s)});
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->start().ok());
        m_channel = m_server->defaultChannelId();

        store::Profile p;
        p.name = u"Commands bot"_s;
        p.target = store::Profile::Target::Custom;
        p.apiBase = m_server->apiBase().toString();
        auto saved = store::ProfileStore(*m_db).save(p);
        QVERIFY(saved.ok());
        m_profile = saved.value();

        saveCommand(R"({"name":"ping","description":"Replies with Pong!"})",
                    R"({"type":"reply","reply":"Pong!"})");
        saveCommand(R"({"name":"wait","description":"Waits, then says so","options":[{"name":"seconds",
                        "description":"How long","type":4,"required":true,"min_value":1,"max_value":600}]})",
                    R"({"type":"defer","delay_option":"seconds","then":{"type":"reply","reply":"Done!",
                        "followups":["Waited {opt.seconds} s."]}})");
        saveCommand(
            R"({"name":"tools","description":"Tools","options":[
                {"name":"echo","description":"Echo a text","type":1,"options":[
                    {"name":"text","description":"What to say","type":3,"required":true}]},
                {"name":"admin","description":"Admin tools","type":2,"options":[
                    {"name":"purge","description":"Purge","type":1}]}]})",
            R"({"subcommands":{"echo":{"type":"reply","reply":"{opt.text}"},
                "admin purge":{"type":"reply","reply":"Purged.","ephemeral":true}}})");
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void doneWhenThroughTheGatewayAndTheHttpEndpoint()
    {
        setMode(Mode::Both);
        auto bot = startBot();
        QVERIFY(bot);
        // The READY sync registered the three commands with one bulk overwrite.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().requests.value(kPut), 1, 10000);
        QTRY_VERIFY(bot->endpointStatus().isListening());
        QCOMPARE(m_server->world().commands(0).size(), 3);

        runTheCommands(); // through the gateway
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_server->httpDelivery()->attempts().isEmpty());

        m_server->httpDelivery()->setEndpoint(QUrl(bot->endpointStatus().url));
        runTheCommands(); // through the HTTP endpoint, signed by the sandbox
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(m_server->httpDelivery()->attempts().size(), 4);
        const QList<sandbox::HttpDelivery::Attempt> attempts = m_server->httpDelivery()->attempts();
        for (const auto &a : attempts) {
            QCOMPARE(a.status, 200); // the first response is the HTTP answer
            QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        }
        QCOMPARE(m_server->stats().requests.value(kPut), 1);
    }

    void restartSyncsNothingAndAChangeSendsTheDiff()
    {
        setMode(Mode::Gateway);
        {
            auto bot = startBot();
            QVERIFY(bot);
            QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().requests.value(kPut), 1, 10000);
            QCOMPARE(bot->endpointStatus().state, EndpointStatus::State::Off);
        }
        m_server->resetStats();
        auto bot = makeBot(); // a new Bot on the same SQLite file
        QSignalSpy synced(bot.get(), &Bot::commandsSynced);
        // Before it starts, the plan (against the last sync) already says there is nothing to send.
        auto idle = QCoro::waitFor(bot->commandSyncPlan());
        QVERIFY2(idle.ok(), idle.ok() ? "" : qPrintable(idle.error().toString()));
        QCOMPARE(idle->size(), 1);
        QVERIFY(!idle->first().needsSync);
        QVERIFY(startAndWait(*bot));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(synced.first().at(1).toString(), QString());
        const auto report = synced.first().at(0).value<commands::SyncReport>();
        QCOMPARE(report.requests, 0);
        QCOMPARE(report.scopesSkipped, 1);
        QCOMPARE(m_server->stats().requests.value(kPut), 0);
        auto ping = m_server->simulateCommand(u"Bob"_s, m_channel, u"ping"_s);
        QVERIFY(ping.ok());
        QTRY_COMPARE(reply(ping.value()), u"Pong!"_s);

        // Change /ping's description: the plan shows exactly that, and the sync sends one PUT.
        const auto stored = store::CommandStore(*m_db).list(m_profile.id);
        QVERIFY(stored.ok());
        qint64 pingId = 0;
        for (const auto &c : stored.value())
            pingId = c.name() == u"ping"_s ? c.id : pingId;
        saveCommand(R"({"name":"ping","description":"Answers Pong!"})", R"({"type":"reply","reply":"Pong!"})",
                    pingId);
        auto plan = QCoro::waitFor(bot->commandSyncPlan());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->size(), 1);
        QVERIFY(plan->first().needsSync);
        QStringList changed;
        for (const auto &c : plan->first().changes) {
            if (c.kind != commands::CommandChange::Kind::Unchanged)
                changed << c.toString();
        }
        QCOMPARE(changed.size(), 1);
        QVERIFY2(changed.first().contains(u"ping"_s) && changed.first().contains(u"description"_s),
                 qPrintable(changed.first()));
        QCOMPARE(m_server->stats().requests.value(kPut), 0); // a plan sends nothing

        auto sync = QCoro::waitFor(bot->syncCommands());
        QVERIFY2(sync.ok(), sync.ok() ? "" : qPrintable(sync.error().toString()));
        QCOMPARE(sync->requests, 1);
        QCOMPARE(m_server->stats().requests.value(kPut), 1);
        bool updated = false;
        for (const QJsonObject &c : m_server->world().commands(0))
            updated = updated
                || (c.value(u"name"_s) == u"ping"_s && c.value(u"description"_s) == u"Answers Pong!"_s);
        QVERIFY(updated);
        // ... and a second sync has nothing left to send.
        auto again = QCoro::waitFor(bot->syncCommands());
        QVERIFY(again.ok());
        QCOMPARE(again->requests, 0);
        QCOMPARE(m_server->stats().requests.value(kPut), 1);
    }

    void aViewClickOverHttpAnswersAsOverTheGateway()
    {
        setMode(Mode::Both);
        views::ViewLibrary library(*m_db, m_profile.id);
        auto clickMe = views::ViewDefinition::fromJson(views::test::clickMeJson());
        auto counter = views::ViewDefinition::fromJson(views::test::counterJson());
        QVERIFY(clickMe.ok() && counter.ok());
        QVERIFY(library.save(clickMe.value()).ok());
        QVERIFY(library.save(counter.value()).ok());
        auto bot = startBot();
        QVERIFY(bot);
        QTRY_VERIFY(bot->endpointStatus().isListening());
        auto posted = QCoro::waitFor(bot->sendView(u"click-me"_s, m_channel));
        QVERIFY2(posted.ok(), posted.ok() ? "" : qPrintable(posted.error().toString()));
        auto count = QCoro::waitFor(bot->sendView(u"counter"_s, m_channel));
        QVERIFY(count.ok());

        auto overGateway = m_server->simulateClick(u"Alice"_s, posted.value(), u"persistent:click"_s);
        auto countGateway = m_server->simulateClick(u"Alice"_s, count.value(), u"counter:increment"_s);
        QVERIFY(overGateway.ok() && countGateway.ok());
        QTRY_COMPARE(reply(overGateway.value()), u"You clicked, Alice!"_s);
        QTRY_VERIFY(reply(countGateway.value()).endsWith(u"count to 1!"_s));

        m_server->httpDelivery()->setEndpoint(QUrl(bot->endpointStatus().url));
        auto overHttp = m_server->simulateClick(u"Alice"_s, posted.value(), u"persistent:click"_s);
        auto countHttp = m_server->simulateClick(u"Alice"_s, count.value(), u"counter:increment"_s);
        QVERIFY(overHttp.ok() && countHttp.ok());
        QTRY_COMPARE(reply(overHttp.value()), u"You clicked, Alice!"_s);
        QTRY_VERIFY(reply(countHttp.value()).endsWith(u"count to 2!"_s));
        for (const QString &field : {u"response_type"_s, u"ephemeral"_s, u"outcome"_s})
            QCOMPARE(record(overHttp.value()).value(field), record(overGateway.value()).value(field));
        QTRY_COMPARE(m_server->httpDelivery()->attempts().size(), 2);
        for (const auto &a : m_server->httpDelivery()->attempts())
            QVERIFY2(a.status == 202 && a.error.isEmpty(), qPrintable(a.error));
    }

    void autocompleteAnswersWithTheDesignedChoices()
    {
        setMode(Mode::Both);
        saveCommand(R"({"name":"fruit","description":"Pick a fruit","options":[{"name":"name",
                        "description":"Which","type":3,"required":true,"autocomplete":true}]})",
                    R"({"type":"reply","reply":"You picked {opt.name}.",
                        "autocomplete":{"name":["Apple","Apricot","Banana","Pineapple"]}})");
        auto bot = startBot();
        QVERIFY(bot);
        QTRY_VERIFY(bot->endpointStatus().isListening());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().requests.value(kPut), 1, 10000);
        const auto choicesOf = [this](const QString &id) {
            QStringList names;
            const QJsonArray events = record(id).value(u"events"_s).toArray();
            for (const QJsonValue &e : events) {
                for (const QJsonValue &c : e.toObject().value(u"choices"_s).toArray())
                    names << c.toObject().value(u"name"_s).toString();
            }
            return names;
        };
        const QJsonArray typed {
            QJsonObject {{u"name"_s, u"name"_s}, {u"value"_s, u"ap"_s}, {u"focused"_s, true}}};
        auto gateway = m_server->simulateAutocomplete(u"Alice"_s, m_channel, u"fruit"_s, typed);
        QVERIFY2(gateway.ok(), gateway.ok() ? "" : qPrintable(gateway.error().toString()));
        QTRY_COMPARE(record(gateway.value()).value(u"outcome"_s).toString(), u"autocomplete"_s);
        // prefix matches first, then those containing the text
        QCOMPARE(choicesOf(gateway.value()), (QStringList {u"Apple"_s, u"Apricot"_s, u"Pineapple"_s}));

        // Switched to HTTP delivery and typed through the sandbox's control API, as a script would.
        const QJsonObject delivery = control(u"http-delivery"_s, {{u"url"_s, bot->endpointStatus().url}});
        QVERIFY(delivery.value(u"enabled"_s).toBool());
        QCOMPARE(delivery.value(u"url"_s).toString(), bot->endpointStatus().url);
        QCOMPARE(delivery.value(u"public_key"_s).toString(), m_server->publicKeyHex());
        const QJsonObject typing = control(u"autocomplete"_s,
                                           {{u"user"_s, u"Alice"_s},
                                            {u"channel_id"_s, m_channel},
                                            {u"name"_s, u"fruit"_s},
                                            {u"options"_s, typed}});
        const QString http = typing.value(u"id"_s).toString();
        QVERIFY2(!http.isEmpty(), QJsonDocument(typing).toJson().constData());
        QTRY_COMPARE(record(http).value(u"outcome"_s).toString(), u"autocomplete"_s);
        QCOMPARE(choicesOf(http), (QStringList {u"Apple"_s, u"Apricot"_s, u"Pineapple"_s}));
        // (the attempt is recorded once the sandbox applied the inline answer)
        QTRY_COMPARE(m_server->httpDelivery()->attempts().size(), 1);
        QCOMPARE(m_server->httpDelivery()->attempts().constFirst().responseType, 8);
    }

    void aDeferredAnswerAfterARestCallThroughTheBot()
    {
        // Issue 9: /announce posts its text with the bot's RestClient, then fills the original with the new
        // message's id; /badpost's call fails, and the original and the event line say why.
        saveCommand(R"({"name":"announce","description":"Announces","options":[{"name":"text",
                        "description":"What","type":3,"required":true}]})",
                    R"({"type":"defer","rest":{"method":"POST","route":"/channels/{channel.id}/messages",
                        "body":{"content":"{opt.text}"}},"then":{"type":"reply","reply":"Posted {rest.json.id}"}})");
        saveCommand(R"({"name":"badpost","description":"Posts to a channel that is not there"})",
                    R"({"type":"defer","rest":{"method":"POST","route":"/channels/4242/messages",
                        "body":{"content":"lost"}},"then":{"type":"reply","reply":"Posted {rest.json.id}"}})");
        setMode(Mode::Gateway);
        auto bot = startBot();
        QVERIFY(bot);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->world().commands(0).size(), 5, 10000);
        QSignalSpy answered(bot.get(), &Bot::commandAnswered);
        auto announce = m_server->simulateCommand(u"Alice"_s, m_channel, u"announce"_s,
                                                  opts({{u"text"_s, u"Hello all"_s}}));
        QVERIFY(announce.ok());
        QTRY_VERIFY_WITH_TIMEOUT(reply(announce.value()).startsWith(u"Posted "_s), 10000);
        const QString postedId = reply(announce.value()).mid(7);
        auto posted = m_server->world().message(m_channel.toULongLong(), postedId.toULongLong());
        QVERIFY2(posted, qPrintable(reply(announce.value())));
        QCOMPARE(posted->value(u"content"_s).toString(), u"Hello all"_s);
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(1).toBool(), false);

        auto bad = m_server->simulateCommand(u"Bob"_s, m_channel, u"badpost"_s);
        QVERIFY(bad.ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            reply(bad.value()),
            u"The REST call POST /channels/4242/messages failed: Unknown Channel (HTTP 404, "
            u"code 10003)"_s,
            10000);
        QTRY_COMPARE(answered.size(), 2);
        QVERIFY(answered.last().at(1).toBool());
        QVERIFY(answered.last().at(0).toString().contains(u"Unknown Channel"_s));
    }

    void httpOnlyModeLeavesGatewayInteractionsAlone()
    {
        setMode(Mode::Http);
        auto bot = startBot();
        QVERIFY(bot);
        QTRY_VERIFY(bot->endpointStatus().isListening());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->stats().requests.value(kPut), 1, 10000);
        QSignalSpy answered(bot.get(), &Bot::commandAnswered);
        // Over the endpoint: answered.
        m_server->httpDelivery()->setEndpoint(QUrl(bot->endpointStatus().url));
        auto viaHttp = m_server->simulateCommand(u"Alice"_s, m_channel, u"ping"_s);
        QVERIFY(viaHttp.ok());
        QTRY_COMPARE(reply(viaHttp.value()), u"Pong!"_s);
        QTRY_COMPARE(answered.size(), 1);
        // A gateway INTERACTION_CREATE is not answered by an HTTP-only bot.
        m_server->httpDelivery()->setEndpoint({});
        auto viaGateway = m_server->simulateCommand(u"Alice"_s, m_channel, u"ping"_s);
        QVERIFY(viaGateway.ok());
        QTest::qWait(500);
        QCOMPARE(answered.size(), 1);
        QCOMPARE(record(viaGateway.value()).value(u"response_type"_s).toInt(), 0);

        // The endpoint does not depend on the gateway: with the gateway connection just dropped, HTTP works.
        m_server->httpDelivery()->setEndpoint(QUrl(bot->endpointStatus().url));
        QVERIFY(m_server->dropGatewayConnections() > 0);
        auto whileDown = m_server->simulateCommand(u"Bob"_s, m_channel, u"ping"_s);
        QVERIFY(whileDown.ok());
        QTRY_COMPARE(reply(whileDown.value()), u"Pong!"_s);

        bot->stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot->state()->status(), Status::Stopped, 10000);
        QTRY_COMPARE(bot->endpointStatus().state, EndpointStatus::State::Off);
    }

    void anHttpOnlySandboxProfileGetsItsInteractionsOverHttp()
    {
        // A Sandbox profile: the embedded sandbox (on its own thread) delivers to the HTTP-only bot's
        // endpoint.
        store::Profile embedded;
        embedded.name = u"Embedded"_s;
        embedded.target = store::Profile::Target::Sandbox;
        auto saved = store::ProfileStore(*m_db).save(embedded);
        QVERIFY(saved.ok());
        m_profile = saved.value();
        saveCommand(R"({"name":"ping","description":"Replies with Pong!"})",
                    R"({"type":"reply","reply":"Pong!"})");
        setMode(Mode::Http);
        Bot bot;
        bot.setDatabase(m_db.get());
        bot.setProfile(m_profile);
        QSignalSpy synced(&bot, &Bot::commandsSynced);
        QVERIFY(startAndWait(bot));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 10000);
        QCOMPARE(synced.first().at(1).toString(), QString());
        QTRY_VERIFY(bot.endpointStatus().isListening());
        sandbox::SandboxHost *host = bot.sandbox();
        QVERIFY(host);
        const auto onSandbox = [host](auto work) {
            QMetaObject::invokeMethod(host->server(), work, Qt::BlockingQueuedConnection);
        };
        QString id;
        onSandbox([&] {
            auto r
                = host->server()->simulateCommand(u"Alice"_s, host->server()->defaultChannelId(), u"ping"_s);
            id = r.ok() ? r.value() : r.error().toString();
        });
        const auto recordOf = [&] {
            QJsonObject r;
            onSandbox([&] { r = host->server()->interactionRecord(id); });
            return r;
        };
        QTRY_COMPARE(recordOf().value(u"reply"_s).toObject().value(u"content"_s).toString(), u"Pong!"_s);
        int status = 0;
        onSandbox([&] {
            const auto &attempts = host->server()->httpDelivery()->attempts();
            status = attempts.isEmpty() ? -1 : attempts.constFirst().status;
        });
        QCOMPARE(status, 200); // it came over HTTP
    }
};

QTEST_GUILESS_MAIN(TestCommandsSandbox)
#include "tst_commands_sandbox.moc"
