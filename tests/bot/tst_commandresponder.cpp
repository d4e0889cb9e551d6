// Commands answered through the gateway against the real sandbox: a command with options ({opt.NAME}), a
// deferred reply filled after a delay or after a REST call (and its failure), a subcommand's own response,
// and the same designs over HTTP delivery.
#include "bot/BotRuntime.h"
#include "bot/commands/CommandRegistry.h"
#include "bot/commands/CommandResponder.h"
#include "bot/http/InteractionEndpoint.h"
#include "bot/views/Dispatcher.h"
#include "discord/RestClient.h"
#include "sandbox/HttpDelivery.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace bw;
using namespace bw::commands;
using namespace Qt::StringLiterals;

namespace {

store::CommandRecord record(const QByteArray &definition, const QByteArray &response)
{
    store::CommandRecord r;
    r.definition = QJsonDocument::fromJson(definition).object();
    r.response = QJsonDocument::fromJson(response).object();
    return r;
}

/// The messages the sandbox holds in `channelId`.
QJsonArray channelMessages(const sandbox::SandboxServer &server, const QString &channelId)
{
    for (const QJsonValue &g : server.worldSnapshot().value(u"guilds"_s).toArray())
        for (const QJsonValue &c : g.toObject().value(u"channels"_s).toArray())
            if (c.toObject().value(u"id"_s).toString() == channelId)
                return c.toObject().value(u"messages"_s).toArray();
    return {};
}

} // namespace

class TestCommandResponder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<BotRuntime> m_runtime;
    CommandRegistry m_registry;
    QList<Result<CommandAnswer>> m_answers;
    QString m_channel;

    QJsonObject interactionRecord(const QString &id) const { return m_server->interactionRecord(id); }

    void answer(const QJsonObject &interaction, InitialSink sink)
    {
        const CommandInvocation invocation
            = CommandInvocation::fromData(interaction.value(u"data"_s).toObject());
        const store::CommandRecord *command = m_registry.find(invocation);
        QVERIFY(command);
        QCoro::connect(answerCommand(interaction, CommandRegistry::responseFor(*command, invocation),
                                     std::move(sink), m_runtime->rest(), nullptr),
                       this, [this](const Result<CommandAnswer> &a) { m_answers.append(a); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_registry.setCommands({
            record(R"({"name":"ping","description":"Pong"})", R"({"type":"reply","reply":"Pong!"})"),
            record(R"({"name":"wait","description":"Waits","options":[{"name":"seconds","description":"s",
                      "type":4,"required":true}]})",
                   R"({"type":"defer","delay_option":"seconds","then":{"type":"reply","reply":"Done!"}})"),
            record(
                R"({"name":"echo","description":"Echo","options":[{"name":"text","description":"t","type":3,
                      "required":true},{"name":"times","description":"n","type":4}]})",
                R"({"type":"reply","ephemeral":true,"reply":"{user.name} said {opt.text} x{opt.times}"})"),
            record(R"({"name":"tools","description":"Tools","options":[
                      {"name":"echo","description":"e","type":1,"options":[{"name":"text","description":"t","type":3}]},
                      {"name":"admin","description":"a","type":2,"options":[{"name":"purge","description":"p","type":1}]}]})",
                   R"({"subcommands":{"echo":{"type":"reply","reply":"echo: {opt.text}"},
                                      "admin purge":{"type":"reply","reply":"purged"}}})"),
            record(
                R"({"name":"announce","description":"Announces","options":[{"name":"text","description":"t",
                      "type":3,"required":true}]})",
                R"j({"type":"defer","ephemeral":true,
                       "rest":{"method":"POST","route":"/channels/{channel.id}/messages",
                               "body":{"content":"{opt.text}"}},
                       "then":{"type":"reply","reply":"Posted {rest.json.id} ({rest.status})"}})j"),
            record(R"({"name":"badpost","description":"Posts nowhere"})",
                   R"({"type":"defer","rest":{"method":"POST","route":"/channels/4242/messages",
                               "body":{"content":"lost"}},
                       "then":{"type":"reply","reply":"Posted {rest.json.id}"}})"),
            record(R"({"name":"badpost2","description":"Posts nowhere, says so"})",
                   R"j({"type":"defer","rest":{"method":"POST","route":"/channels/4242/messages",
                               "body":{"content":"lost"}},
                       "then":{"type":"reply","reply":"Posted {rest.json.id}",
                               "error":"Could not post ({rest.status})"}})j"),
        });
    }

    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->start().ok());
        m_channel = m_server->defaultChannelId();
        m_answers.clear();
        m_runtime = std::make_unique<BotRuntime>();
        ConnectionSettings settings;
        settings.apiBase = m_server->apiBase();
        settings.token = m_server->botToken();
        settings.intents = 513;
        QSignalSpy status(m_runtime.get(), &BotRuntime::statusChanged);
        m_runtime->start(settings);
        QTRY_VERIFY_WITH_TIMEOUT(
            !status.isEmpty() && status.last().at(0).value<BotState::Status>() == BotState::Status::Ready,
            10000);
        QJsonArray commands;
        for (const store::CommandRecord &c : m_registry.commands())
            commands.append(c.definition);
        auto put = QCoro::waitFor(m_runtime->rest()->sendJson(
            discord::Route::put(u"/applications/{application_id}/commands"_s, {m_server->applicationId()}),
            QJsonDocument(commands)));
        QVERIFY(put.ok());
        // Commands reach us through the views dispatcher's command hook, as in the running bot.
        m_runtime->dispatcher()->setCommandHandler([this](const discord::GatewayEvent &event) {
            answer(event.data,
                   restCallbackSink(m_runtime->rest(), event.data.value(u"id"_s).toString(),
                                    event.data.value(u"token"_s).toString()));
            return true;
        });
    }

    void cleanup()
    {
        m_runtime.reset();
        m_server.reset();
    }

    void commandWithOptionsThroughTheGateway()
    {
        auto id = m_server->simulateCommand(
            u"Alice"_s, m_channel, u"echo"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"text"_s}, {u"value"_s, u"hello"_s}},
                        QJsonObject {{u"name"_s, u"times"_s}, {u"value"_s, 3}}});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QTRY_COMPARE(m_answers.size(), 1);
        QVERIFY(m_answers.first().ok());
        QCOMPARE(m_answers.first()->callbackType, 4);
        const QJsonObject r = interactionRecord(id.value());
        QCOMPARE(r.value(u"outcome"_s).toString(), u"ephemeral"_s);
        QCOMPARE(r.value(u"reply"_s).toObject().value(u"content"_s).toString(), u"Alice said hello x3"_s);
        QVERIFY(r.value(u"response_ms"_s).toDouble() < 3000);
    }

    void deferredThenFilledAfterTheDelay()
    {
        auto id = m_server->simulateCommand(
            u"Bob"_s, m_channel, u"wait"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"seconds"_s}, {u"value"_s, 1}}});
        QVERIFY(id.ok());
        QTRY_COMPARE(interactionRecord(id.value()).value(u"outcome"_s).toString(), u"deferred"_s);
        QVERIFY(interactionRecord(id.value()).value(u"loading"_s).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_answers.size(), 1, 10000);
        QVERIFY2(m_answers.first().ok(),
                 qPrintable(m_answers.first().ok() ? QString() : m_answers.first().error().message));
        QCOMPARE(m_answers.first()->followups, 1);
        const QJsonObject r = interactionRecord(id.value());
        QCOMPARE(r.value(u"response_type"_s).toInt(), 5);
        QVERIFY(!r.value(u"loading"_s).toBool());
        QCOMPARE(r.value(u"reply"_s).toObject().value(u"content"_s).toString(), u"Done!"_s);
    }

    void subcommandsHaveTheirOwnResponse()
    {
        auto echo = m_server->simulateCommand(
            u"Alice"_s, m_channel, u"tools"_s,
            QJsonArray {QJsonObject {
                {u"name"_s, u"echo"_s},
                {u"options"_s, QJsonArray {QJsonObject {{u"name"_s, u"text"_s}, {u"value"_s, u"hi"_s}}}}}});
        QVERIFY2(echo.ok(), echo.ok() ? "" : qPrintable(echo.error().message));
        auto purge = m_server->simulateCommand(
            u"Alice"_s, m_channel, u"tools"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"admin"_s},
                                     {u"options"_s, QJsonArray {QJsonObject {{u"name"_s, u"purge"_s}}}}}});
        QVERIFY2(purge.ok(), purge.ok() ? "" : qPrintable(purge.error().message));
        QTRY_COMPARE(m_answers.size(), 2);
        QCOMPARE(interactionRecord(echo.value()).value(u"reply"_s).toObject().value(u"content"_s).toString(),
                 u"echo: hi"_s);
        QCOMPARE(interactionRecord(purge.value()).value(u"reply"_s).toObject().value(u"content"_s).toString(),
                 u"purged"_s);
    }

    void sameDesignsOverHttpDelivery()
    {
        InteractionEndpointSettings settings;
        settings.port = 0;
        settings.publicKeyHex = m_server->publicKeyHex();
        InteractionEndpoint endpoint(settings);
        QVERIFY(endpoint.start().ok());
        endpoint.setHandler([this](const QJsonObject &interaction, InteractionHttpResponder responder) {
            answer(interaction,
                   httpResponseSink(std::make_shared<InteractionHttpResponder>(std::move(responder))));
        });
        m_server->httpDelivery()->setEndpoint(QUrl(endpoint.url()));
        const qint64 gatewayBefore = m_server->stats().dispatches.value("INTERACTION_CREATE");
        auto ping = m_server->simulateCommand(u"Alice"_s, m_channel, u"ping"_s);
        auto wait = m_server->simulateCommand(
            u"Alice"_s, m_channel, u"wait"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"seconds"_s}, {u"value"_s, 1}}});
        QVERIFY(ping.ok() && wait.ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_answers.size(), 2, 10000);
        QCOMPARE(interactionRecord(ping.value()).value(u"reply"_s).toObject().value(u"content"_s).toString(),
                 u"Pong!"_s);
        QTRY_COMPARE(
            interactionRecord(wait.value()).value(u"reply"_s).toObject().value(u"content"_s).toString(),
            u"Done!"_s);
        QCOMPARE(interactionRecord(wait.value()).value(u"response_type"_s).toInt(), 5);
        QCOMPARE(m_server->stats().dispatches.value("INTERACTION_CREATE"), gatewayBefore);
    }

    void deferredThenFilledAfterARestCall()
    {
        const qsizetype before = channelMessages(*m_server, m_channel).size();
        auto id = m_server->simulateCommand(
            u"Alice"_s, m_channel, u"announce"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"text"_s}, {u"value"_s, u"Release {1.2} is out"_s}}});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(m_answers.size(), 1, 10000);
        QVERIFY2(m_answers.first().ok(),
                 qPrintable(m_answers.first().ok() ? QString() : m_answers.first().error().message));
        QCOMPARE(m_answers.first()->restStatus, 200);
        QVERIFY(m_answers.first()->restError.isEmpty());
        const QJsonArray messages = channelMessages(*m_server, m_channel);
        QCOMPARE(messages.size(), before + 1);
        QJsonObject posted;
        for (const QJsonValue &m : messages)
            if (m.toObject().value(u"content"_s).toString() == u"Release {1.2} is out"_s)
                posted = m.toObject();
        QVERIFY(!posted.isEmpty());
        const QString postedId = posted.value(u"id"_s).toString();
        QVERIFY(!postedId.isEmpty());
        const QJsonObject r = interactionRecord(id.value());
        QCOMPARE(r.value(u"response_type"_s).toInt(), 5);
        QVERIFY(r.value(u"ephemeral"_s).toBool());
        QVERIFY(!r.value(u"loading"_s).toBool());
        QCOMPARE(r.value(u"reply"_s).toObject().value(u"content"_s).toString(),
                 u"Posted "_s + postedId + u" (200)"_s);
    }

    void failedRestCallFillsTheOriginalWithTheError()
    {
        auto plain = m_server->simulateCommand(u"Alice"_s, m_channel, u"badpost"_s);
        auto custom = m_server->simulateCommand(u"Alice"_s, m_channel, u"badpost2"_s);
        QVERIFY(plain.ok() && custom.ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_answers.size(), 2, 10000);
        for (const Result<CommandAnswer> &a : std::as_const(m_answers)) {
            QVERIFY(a.ok());
            QCOMPARE(a->restStatus, 404);
            QVERIFY(a->restError.contains(u"POST /channels/4242/messages"_s));
        }
        const QString text
            = interactionRecord(plain.value()).value(u"reply"_s).toObject().value(u"content"_s).toString();
        QCOMPARE(
            text,
            u"The REST call POST /channels/4242/messages failed: Unknown Channel (HTTP 404, code 10003)"_s);
        QVERIFY(!interactionRecord(plain.value()).value(u"loading"_s).toBool());
        QCOMPARE(
            interactionRecord(custom.value()).value(u"reply"_s).toObject().value(u"content"_s).toString(),
            u"Could not post (404)"_s);
        for (const QJsonValue &m : channelMessages(*m_server, m_channel))
            QVERIFY(m.toObject().value(u"content"_s).toString() != u"lost"_s);
    }

    void restDesignValidation()
    {
        auto design = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QVERIFY(restDesignProblems(design(R"({"type":"defer","then":{"reply":"x"}})")).isEmpty());
        QVERIFY(restDesignProblems(design(R"({"type":"defer","rest":{"method":"patch",
            "route":"/channels/{channel_id}/messages/1","body":{"content":"{opt.text}"}}})"))
                    .isEmpty());
        const QStringList bad = restDesignProblems(
            design(R"({"type":"defer","rest":{"method":"FETCH","route":"channels/1","body":"{}"}})"));
        QCOMPARE(bad.size(), 3);
        QVERIFY(bad.at(0).contains(u"FETCH"_s));
        QVERIFY(bad.at(1).contains(u"channels/1"_s));
        QVERIFY(bad.at(2).contains(u"JSON object or array"_s));
        QCOMPARE(restDesignProblems(design(R"({"rest":{"route":"/x/{nope}"}})")).size(), 1);
        QCOMPARE(restDesignProblems(design(R"({"rest":{"route":"/../gateway"}})")).size(), 1);
        // answerCommand refuses such a design before deferring.
        bool called = false;
        InitialSink sink = [&called](QJsonObject) -> QCoro::Task<Result<void>> {
            called = true;
            co_return Result<void>();
        };
        auto refused = QCoro::waitFor(
            answerCommand(QJsonObject(), design(R"({"type":"defer","rest":{"method":"FETCH","route":"/x"}})"),
                          sink, m_runtime->rest(), nullptr));
        QVERIFY(!refused.ok());
        QVERIFY(!called);
    }

    void unknownResponseTypeIsAnError()
    {
        auto bad = renderReply(QJsonValue(u"{nope}"_s), QJsonObject(), nullptr);
        QVERIFY(!bad.ok());
        auto ok = renderReply(
            QJsonValue(u"hi {opt.x}"_s),
            QJsonObject {{u"data"_s,
                          QJsonObject {{u"options"_s,
                                        QJsonArray {QJsonObject {{u"name"_s, u"x"_s}, {u"value"_s, 2.5}}}}}}},
            nullptr);
        QVERIFY(ok.ok());
        QCOMPARE(ok->value(u"content"_s).toString(), u"hi 2.5"_s);
    }
};

QTEST_GUILESS_MAIN(TestCommandResponder)
#include "tst_commandresponder.moc"
