// The sandbox's HTTP delivery mode against InteractionEndpoint, end to end over loopback: the sandbox signs
// each interaction and POSTs it; the endpoint verifies it; its inline answer becomes the callback; follow-ups
// and edits of the original go through the webhook routes. Bad signatures are refused and never dispatched.
#include "bot/commands/CommandSync.h"
#include "bot/http/InteractionEndpoint.h"
#include "discord/RestClient.h"
#include "sandbox/HttpDelivery.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <qcoro/qcorotask.h>

using namespace bw;
using namespace Qt::StringLiterals;
using sandbox::HttpDelivery;

class TestInteractionEndpointSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<discord::RestClient> m_rest;
    std::unique_ptr<InteractionEndpoint> m_endpoint;
    QList<QJsonObject> m_received;
    std::function<void(const QJsonObject &, InteractionHttpResponder)> m_answer;
    QString m_channel;

    QJsonObject record(const QString &id) const { return m_server->interactionRecord(id); }

    static QString optionValue(const QJsonObject &interaction, const QString &name)
    {
        for (const QJsonValue &v : interaction.value(u"data"_s).toObject().value(u"options"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name)
                return v.toObject().value(u"value"_s).toVariant().toString();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<sandbox::SandboxServer>();
        auto port = m_server->start();
        QVERIFY(port.ok());
        m_channel = m_server->defaultChannelId();
        discord::RestClient::Options ro;
        ro.apiBase = m_server->apiBase();
        ro.token = m_server->botToken();
        m_rest = std::make_unique<discord::RestClient>(ro);

        // The endpoint learns the key the way a bot does: the application's verify_key.
        auto app = QCoro::waitFor(m_rest->get(discord::Route::get(u"/applications/@me"_s)));
        QVERIFY(app.ok());
        InteractionEndpointSettings settings;
        settings.port = 0;
        settings.publicKeyHex = app->object().value(u"verify_key"_s).toString();
        QCOMPARE(settings.publicKeyHex, m_server->publicKeyHex());
        m_endpoint = std::make_unique<InteractionEndpoint>(settings);
        QVERIFY(m_endpoint->start().ok());
        m_received.clear();
        m_answer = {};
        m_endpoint->setHandler([this](const QJsonObject &interaction, InteractionHttpResponder responder) {
            m_received.append(interaction);
            if (m_answer)
                m_answer(interaction, std::move(responder));
        });
        m_server->httpDelivery()->setEndpoint(QUrl(m_endpoint->url()));

        // /ping and /wait seconds:int, registered as a bot would.
        const QJsonArray commands {QJsonObject {{u"name"_s, u"ping"_s}, {u"description"_s, u"Pong"_s}},
                                   QJsonObject {{u"name"_s, u"wait"_s},
                                                {u"description"_s, u"Waits"_s},
                                                {u"options"_s,
                                                 QJsonArray {QJsonObject {{u"name"_s, u"seconds"_s},
                                                                          {u"description"_s, u"How long"_s},
                                                                          {u"type"_s, 4},
                                                                          {u"required"_s, true}}}}}};
        auto put = QCoro::waitFor(m_rest->sendJson(
            discord::Route::put(u"/applications/{application_id}/commands"_s, {m_server->applicationId()}),
            QJsonDocument(commands)));
        QVERIFY(put.ok());
    }

    void cleanup()
    {
        m_endpoint.reset();
        m_rest.reset();
        m_server.reset();
    }

    void pingFromTheSandboxGetsPong()
    {
        HttpDelivery::Attempt result;
        bool done = false;
        m_server->httpDelivery()->ping([&](const HttpDelivery::Attempt &a) {
            result = a;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.responseType, 1);
        QVERIFY(m_received.isEmpty()); // PING never reaches the handler
    }

    void commandWithOptionsAnsweredInline()
    {
        m_answer = [](const QJsonObject &interaction, InteractionHttpResponder responder) {
            responder.respond(QJsonObject {
                {u"type"_s, 4},
                {u"data"_s,
                 QJsonObject {
                     {u"content"_s, u"Waiting %1 seconds"_s.arg(optionValue(interaction, u"seconds"_s))}}}});
        };
        auto id = m_server->simulateCommand(
            u"Alice"_s, m_channel, u"wait"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"seconds"_s}, {u"value"_s, 3}}});
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QTRY_COMPARE(record(id.value()).value(u"outcome"_s).toString(), u"reply"_s);
        QCOMPARE(m_received.size(), 1);
        QCOMPARE(m_received.first().value(u"id"_s).toString(), id.value());
        QCOMPARE(record(id.value()).value(u"reply"_s).toObject().value(u"content"_s).toString(),
                 u"Waiting 3 seconds"_s);
        // (the attempt is recorded once the sandbox applied the inline answer, just after the reply shows)
        QTRY_COMPARE(m_server->httpDelivery()->attempts().size(), 1);
        QCOMPARE(m_server->httpDelivery()->attempts().last().status, 200);
        QCOMPARE(m_server->httpDelivery()->attempts().last().responseType, 4);
        // Nothing went to the gateway.
        QCOMPARE(m_server->stats().dispatches.value("INTERACTION_CREATE"), 0);
    }

    void deferredThenFollowUpAndEditOriginal()
    {
        m_answer = [this](const QJsonObject &interaction, InteractionHttpResponder responder) {
            responder.respond(QJsonObject {{u"type"_s, 5}});
            const QString token = interaction.value(u"token"_s).toString();
            QTimer::singleShot(100, this, [this, token] {
                // The first POST after a defer fills the "thinking" message; later edits go to @original.
                QCoro::connect(m_rest->createFollowup(m_server->applicationId(), token,
                                                      QJsonObject {{u"content"_s, u"Done!"_s}}),
                               this, [this, token](const Result<QJsonObject> &) {
                                   QCoro::connect(m_rest->editOriginalResponse(
                                                      m_server->applicationId(), token,
                                                      QJsonObject {{u"content"_s, u"Done! (edited)"_s}}),
                                                  this, [](const Result<QJsonObject> &) {});
                               });
            });
        };
        auto id = m_server->simulateCommand(
            u"Bob"_s, m_channel, u"wait"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"seconds"_s}, {u"value"_s, 1}}});
        QVERIFY(id.ok());
        QTRY_COMPARE(record(id.value()).value(u"reply"_s).toObject().value(u"content"_s).toString(),
                     u"Done! (edited)"_s);
        const QJsonObject r = record(id.value());
        QCOMPARE(r.value(u"response_type"_s).toInt(), 5);
        QVERIFY(!r.value(u"loading"_s).toBool());
        QVERIFY(r.value(u"final"_s).toBool());
    }

    void componentClickOverHttp()
    {
        // A message with a button, posted by the bot; Alice clicks it; the endpoint updates the message.
        const QJsonObject button {
            {u"type"_s, 2}, {u"style"_s, 1}, {u"label"_s, u"+1"_s}, {u"custom_id"_s, u"inc"_s}};
        auto posted = QCoro::waitFor(m_rest->createMessage(
            m_channel,
            QJsonObject {
                {u"content"_s, u"Count: 0"_s},
                {u"components"_s,
                 QJsonArray {QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {button}}}}}}));
        QVERIFY(posted.ok());
        const QString messageId = posted->value(u"id"_s).toString();
        m_answer = [](const QJsonObject &interaction, InteractionHttpResponder responder) {
            QCOMPARE(interaction.value(u"type"_s).toInt(), 3);
            responder.respond(
                QJsonObject {{u"type"_s, 7}, {u"data"_s, QJsonObject {{u"content"_s, u"Count: 1"_s}}}});
        };
        auto id = m_server->simulateClick(u"Alice"_s, messageId, u"inc"_s);
        QVERIFY(id.ok());
        QTRY_COMPARE(record(id.value()).value(u"outcome"_s).toString(), u"update"_s);
        QCOMPARE(m_received.size(), 1);
        QCOMPARE(m_received.first().value(u"data"_s).toObject().value(u"custom_id"_s).toString(), u"inc"_s);
        QCOMPARE(record(id.value()).value(u"updated_message"_s).toObject().value(u"content"_s).toString(),
                 u"Count: 1"_s);
    }

    void answeredThroughTheCallbackRoute()
    {
        // A bot may also answer with the REST callback and reply 202 to the POST.
        m_answer = [this](const QJsonObject &interaction, InteractionHttpResponder responder) {
            auto shared = std::make_shared<InteractionHttpResponder>(std::move(responder));
            QCoro::connect(
                m_rest->interactionCallback(
                    interaction.value(u"id"_s).toString(), interaction.value(u"token"_s).toString(),
                    QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"Pong!"_s}}}}),
                this, [shared](const Result<QJsonDocument> &) { shared->acknowledgeElsewhere(); });
        };
        auto id = m_server->simulateCommand(u"Alice"_s, m_channel, u"ping"_s);
        QVERIFY(id.ok());
        QTRY_COMPARE(record(id.value()).value(u"outcome"_s).toString(), u"reply"_s);
        QTRY_COMPARE(m_server->httpDelivery()->attempts().size(), 1);
        QCOMPARE(m_server->httpDelivery()->attempts().last().status, 202);
    }

    void badSignaturesFromTheSandboxAreRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("corrupt") << int(HttpDelivery::SignatureFault::Corrupt);
        QTest::newRow("missing") << int(HttpDelivery::SignatureFault::Missing);
        QTest::newRow("wrong key") << int(HttpDelivery::SignatureFault::WrongKey);
        QTest::newRow("stale") << int(HttpDelivery::SignatureFault::Stale);
    }
    void badSignaturesFromTheSandboxAreRefused()
    {
        QFETCH(int, fault);
        m_answer = [](const QJsonObject &, InteractionHttpResponder responder) {
            responder.respond(
                QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"no"_s}}}});
        };
        m_server->httpDelivery()->setSignatureFault(HttpDelivery::SignatureFault(fault));
        auto id = m_server->simulateCommand(u"Alice"_s, m_channel, u"ping"_s);
        QVERIFY(id.ok());
        QTRY_COMPARE(m_server->httpDelivery()->attempts().size(), 1);
        QCOMPARE(m_server->httpDelivery()->attempts().last().status, 401);
        QVERIFY(m_received.isEmpty());
        QCOMPARE(m_endpoint->stats().unauthorized, 1);
        QVERIFY(!record(id.value()).value(u"acknowledged"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestInteractionEndpointSandbox)
#include "tst_interactionendpoint_sandbox.moc"
