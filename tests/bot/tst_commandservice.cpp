// The issue's "done when" flow on CommandService against the sandbox: /ping, /wait seconds:int and a /tools
// group are stored, synced, run by a simulated user through the gateway and through the HTTP endpoint, and a
// restart syncs nothing.
#include "bot/BotRuntime.h"
#include "bot/commands/CommandService.h"
#include "bot/http/InteractionEndpoint.h"
#include "bot/views/Dispatcher.h"
#include "discord/RestClient.h"
#include "sandbox/HttpDelivery.h"
#include "sandbox/SandboxServer.h"
#include "store/CommandStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace bw;
using namespace bw::commands;
using namespace Qt::StringLiterals;

class TestCommandService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<BotRuntime> m_runtime;
    std::unique_ptr<CommandService> m_service;
    qint64 m_profile = 0;

    void save(const QByteArray &definition, const QByteArray &response)
    {
        store::CommandRecord r;
        r.profileId = m_profile;
        r.definition = QJsonDocument::fromJson(definition).object();
        r.response = QJsonDocument::fromJson(response).object();
        QVERIFY(store::CommandStore(*m_db).save(r).ok());
    }

    // A bot (re)start: runtime connected to the sandbox, a fresh service reading the store, synced.
    void startBot()
    {
        m_service.reset();
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
        m_service = std::make_unique<CommandService>(m_db.get(), m_profile);
        m_service->setRest(m_runtime->rest());
        QVERIFY(m_service->reload().ok());
        // As in the running bot: the views dispatcher hands commands to the service.
        CommandService *service = m_service.get();
        m_runtime->dispatcher()->setCommandHandler(
            [service](const discord::GatewayEvent &e) { return service->handleGatewayEvent(e); });
    }

    QString reply(const QString &id) const
    {
        return m_server->interactionRecord(id).value(u"reply"_s).toObject().value(u"content"_s).toString();
    }

private Q_SLOTS:
    void init()
    {
        auto db = store::Database::open(
            {m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"_s)});
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        store::Profile p;
        p.name = u"Commands bot"_s;
        m_profile = store::ProfileStore(*m_db).save(p)->id;
        m_server = std::make_unique<sandbox::SandboxServer>();
        QVERIFY(m_server->start().ok());
        save(R"({"name":"ping","description":"Replies with Pong!"})", R"({"type":"reply","reply":"Pong!"})");
        save(
            R"({"name":"wait","description":"Waits","options":[{"name":"seconds","description":"How long","type":4,
                "required":true,"min_value":1,"max_value":600}]})",
            R"({"type":"defer","delay_option":"seconds","then":{"type":"reply","reply":"Done!"}})");
        save(
            R"({"name":"tools","description":"Tools","options":[
                {"name":"echo","description":"Echo","type":1,"options":[{"name":"text","description":"t","type":3,"required":true}]},
                {"name":"admin","description":"Admin","type":2,"options":[{"name":"purge","description":"p","type":1}]}]})",
            R"({"subcommands":{"echo":{"type":"reply","reply":"{opt.text}"},"admin purge":{"type":"reply","reply":"Purged."}}})");
    }

    void cleanup()
    {
        m_service.reset();
        m_runtime.reset();
        m_server.reset();
        m_db.reset();
    }

    void designSyncRunAndRestart()
    {
        startBot();
        auto report = QCoro::waitFor(m_service->sync());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->requests, 1);
        QCOMPARE(m_service->applicationId(), m_server->applicationId());
        const QString channel = m_server->defaultChannelId();

        // Through the gateway.
        auto ping = m_server->simulateCommand(u"Alice"_s, channel, u"ping"_s);
        auto wait = m_server->simulateCommand(
            u"Alice"_s, channel, u"wait"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"seconds"_s}, {u"value"_s, 1}}});
        auto echo = m_server->simulateCommand(
            u"Bob"_s, channel, u"tools"_s,
            QJsonArray {QJsonObject {
                {u"name"_s, u"echo"_s},
                {u"options"_s, QJsonArray {QJsonObject {{u"name"_s, u"text"_s}, {u"value"_s, u"hey"_s}}}}}});
        QVERIFY(ping.ok() && wait.ok() && echo.ok());
        QTRY_COMPARE(reply(ping.value()), u"Pong!"_s);
        QTRY_COMPARE(reply(echo.value()), u"hey"_s);
        QTRY_COMPARE_WITH_TIMEOUT(reply(wait.value()), u"Done!"_s, 10000);
        QCOMPARE(m_server->interactionRecord(wait.value()).value(u"response_type"_s).toInt(), 5);

        // Through the HTTP endpoint (the sandbox signs and POSTs; the gateway gets nothing).
        store::InteractionSettingsRecord http;
        http.mode = store::InteractionSettingsRecord::Mode::Http;
        http.port = 0;
        auto port = m_service->startEndpoint(http, m_server->publicKeyHex());
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        m_server->httpDelivery()->setEndpoint(QUrl(m_service->endpoint()->url()));
        auto ping2 = m_server->simulateCommand(u"Alice"_s, channel, u"ping"_s);
        auto purge = m_server->simulateCommand(
            u"Alice"_s, channel, u"tools"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"admin"_s},
                                     {u"options"_s, QJsonArray {QJsonObject {{u"name"_s, u"purge"_s}}}}}});
        QVERIFY(ping2.ok() && purge.ok());
        QTRY_COMPARE(reply(ping2.value()), u"Pong!"_s);
        QTRY_COMPARE(reply(purge.value()), u"Purged."_s);
        QCOMPARE(m_service->endpoint()->stats().accepted, 2);
        m_server->httpDelivery()->setEndpoint({});

        // Restart: nothing is registered again.
        m_server->resetStats();
        startBot();
        auto again = QCoro::waitFor(m_service->sync());
        QVERIFY(again.ok());
        QCOMPARE(again->requests, 0);
        QCOMPARE(m_server->stats().requests.value("PUT /applications/{application_id}/commands"), 0);
        auto ping3 = m_server->simulateCommand(u"Bob"_s, channel, u"ping"_s);
        QVERIFY(ping3.ok());
        QTRY_COMPARE(reply(ping3.value()), u"Pong!"_s);
    }
};

QTEST_GUILESS_MAIN(TestCommandService)
#include "tst_commandservice.moc"
