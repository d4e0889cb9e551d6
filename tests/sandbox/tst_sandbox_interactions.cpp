// Interactions in the sandbox: simulated clicks, selects, modals and slash commands produce real
// INTERACTION_CREATEs; callbacks of every type, follow-ups and @original; deadlines; answer records.
#include "SandboxTestUtil.h"
#include "sandbox/SandboxServer.h"

using namespace Qt::StringLiterals;
using namespace bwtest;
using bw::sandbox::SandboxOptions;
using bw::sandbox::SandboxServer;

class TestSandboxInteractions : public QObject
{
    Q_OBJECT

private:
    bw::ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;
    std::unique_ptr<GatewayClient> m_bot;
    QString m_general;
    QString m_messageId; // a bot message with a button "click" and a string select "pick"

    QUrl api(const QString &path) const { return QUrl(m_server->apiBase().toString() + path); }

    QJsonObject click(const QString &customId = u"click"_s, const QString &user = u"alice"_s)
    {
        const auto id = m_server->simulateClick(user, m_messageId, customId);
        if (!id.ok())
            return {};
        return m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
    }
    Reply callback(const QJsonObject &interaction, const QJsonObject &body, const QString &query = {})
    {
        Http anonymous; // interaction routes carry no Authorization, like discord.py and discord.js
        return anonymous.post(
            api(u"/interactions/%1/%2/callback%3"_s.arg(interaction.value(u"id"_s).toString(),
                                                        interaction.value(u"token"_s).toString(), query)),
            body, false);
    }
    QUrl webhook(const QJsonObject &interaction, const QString &tail = {}) const
    {
        return api(u"/webhooks/%1/%2%3"_s.arg(m_server->applicationId(),
                                              interaction.value(u"token"_s).toString(), tail));
    }
    QJsonObject record(const QJsonObject &interaction) const
    {
        return m_server->interactionRecord(interaction.value(u"id"_s).toString());
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(fastOptions(&m_clock));
        QVERIFY(m_server->start().ok());
        m_http = std::make_unique<Http>(m_server->botToken());
        m_bot = std::make_unique<GatewayClient>();
        QVERIFY(!m_bot->connectAndIdentify(m_server->gatewayUrl(), m_server->botToken(), 513 | (1 << 15))
                     .isEmpty());
        m_general = m_server->defaultChannelId();
        const QJsonObject button {
            {u"type"_s, 2}, {u"style"_s, 1}, {u"label"_s, u"Click me!"_s}, {u"custom_id"_s, u"click"_s}};
        const QJsonObject select {
            {u"type"_s, 3},
            {u"custom_id"_s, u"pick"_s},
            {u"max_values"_s, 2},
            {u"options"_s,
             QJsonArray {QJsonObject {{u"label"_s, u"Red"_s}, {u"value"_s, u"red"_s}},
                         QJsonObject {{u"label"_s, u"Blue"_s}, {u"value"_s, u"blue"_s}}}}};
        const QJsonObject users {{u"type"_s, 5}, {u"custom_id"_s, u"who"_s}};
        Reply r = m_http->post(
            api(u"/channels/"_s + m_general + u"/messages"_s),
            QJsonObject {{u"content"_s, u"Pick"_s},
                         {u"components"_s,
                          QJsonArray {QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {button}}},
                                      QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {select}}},
                                      QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {users}}}}}});
        QCOMPARE(r.status, 200);
        m_messageId = r.json().value(u"id"_s).toString();
        QVERIFY(!m_bot->waitDispatch(u"MESSAGE_CREATE"_s).isEmpty());
    }
    void cleanup()
    {
        m_bot.reset();
        m_http.reset();
        m_server.reset();
    }

    void clickDeliversACompleteInteraction()
    {
        const QJsonObject i = click();
        QVERIFY(!i.isEmpty());
        const QString guild = QString::number(m_server->world().guildIds().first());
        QCOMPARE(i.value(u"id"_s).toString().size(), 19);
        QCOMPARE(i.value(u"application_id"_s).toString(), m_server->applicationId());
        QCOMPARE(i.value(u"type"_s).toInt(), 3);
        QVERIFY(i.value(u"token"_s).toString().size() > 60);
        QCOMPARE(i.value(u"version"_s).toInt(), 1);
        QCOMPARE(i.value(u"guild_id"_s).toString(), guild);
        QCOMPARE(i[u"guild"_s][u"id"_s].toString(), guild);
        QVERIFY(i[u"guild"_s][u"features"_s].isArray());
        QCOMPARE(i.value(u"channel_id"_s).toString(), m_general);
        QCOMPARE(i[u"channel"_s][u"id"_s].toString(), m_general);
        const QJsonObject member = i.value(u"member"_s).toObject();
        QCOMPARE(member[u"user"_s][u"username"_s].toString(), u"alice"_s);
        for (const auto &k : {u"roles"_s, u"permissions"_s, u"flags"_s, u"joined_at"_s, u"deaf"_s, u"mute"_s})
            QVERIFY2(member.contains(k), qPrintable(k));
        QCOMPARE(i[u"message"_s][u"id"_s].toString(), m_messageId);
        QCOMPARE(i[u"data"_s][u"custom_id"_s].toString(), u"click"_s);
        QCOMPARE(i[u"data"_s][u"component_type"_s].toInt(), 2);
        QVERIFY(i[u"data"_s][u"id"_s].isDouble());
        QVERIFY(i.value(u"app_permissions"_s).isString());
        QCOMPARE(i.value(u"locale"_s).toString(), u"en-US"_s);
        QCOMPARE(i.value(u"guild_locale"_s).toString(), u"en-US"_s);
        QVERIFY(i.value(u"entitlements"_s).isArray());
        QCOMPARE(i[u"authorizing_integration_owners"_s][u"0"_s].toString(), guild);
        QCOMPARE(i.value(u"context"_s).toInt(), 0);
        QCOMPARE(i.value(u"attachment_size_limit"_s).toInt(), 10485760);
        QCOMPARE(record(i).value(u"status"_s).toString(), u"pending"_s);
    }

    void clickUnknownComponentIsRefused()
    {
        QVERIFY(!m_server->simulateClick(u"alice"_s, m_messageId, u"nope"_s).ok());
        QVERIFY(!m_server->simulateClick(u"nobody"_s, m_messageId, u"click"_s).ok());
        QVERIFY(!m_server->simulateClick(u"alice"_s, u"1234567890123456789"_s, u"click"_s).ok());
    }

    void replyCreatesAMessage()
    {
        const QJsonObject i = click();
        Reply r = callback(
            i, QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"Hello Alice"_s}}}});
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonObject m = m_bot->waitDispatch(u"MESSAGE_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(m.value(u"content"_s).toString(), u"Hello Alice"_s);
        QCOMPARE(m.value(u"webhook_id"_s).toString(), m_server->applicationId());
        QCOMPARE(m.value(u"application_id"_s).toString(), m_server->applicationId());
        QCOMPARE(m[u"interaction_metadata"_s][u"id"_s].toString(), i.value(u"id"_s).toString());
        QCOMPARE(m[u"interaction_metadata"_s][u"user"_s][u"username"_s].toString(), u"alice"_s);
        const QJsonObject rec = record(i);
        QCOMPARE(rec.value(u"outcome"_s).toString(), u"reply"_s);
        QCOMPARE(rec.value(u"status"_s).toString(), u"answered"_s);
        QVERIFY(rec.value(u"final"_s).toBool());
        QCOMPARE(rec[u"reply"_s][u"content"_s].toString(), u"Hello Alice"_s);
        QCOMPARE(m_http->get(webhook(i, u"/messages/@original"_s)).json().value(u"id"_s), m.value(u"id"_s));
        QCOMPARE(m_server->stats().callbacksAccepted, 1);
    }

    void ephemeralReplyIsOnlyForTheUser()
    {
        const QJsonObject i = click();
        const int before = m_bot->count(u"MESSAGE_CREATE"_s);
        Reply r
            = callback(i,
                       QJsonObject {{u"type"_s, 4},
                                    {u"data"_s, QJsonObject {{u"content"_s, u"psst"_s}, {u"flags"_s, 64}}}});
        QCOMPARE(r.status, 204);
        const QJsonObject rec = record(i);
        QCOMPARE(rec.value(u"outcome"_s).toString(), u"ephemeral"_s);
        QVERIFY(rec.value(u"ephemeral"_s).toBool());
        QCOMPARE(rec[u"reply"_s][u"flags"_s].toInt() & 64, 64);
        QTest::qWait(50);
        QCOMPARE(m_bot->count(u"MESSAGE_CREATE"_s), before);
        Reply list = m_http->get(api(u"/channels/"_s + m_general + u"/messages"_s));
        for (const QJsonValue &v : list.array())
            QVERIFY(v[u"content"_s].toString() != u"psst"_s);
        // the bot can still read and edit it through the webhook
        QCOMPARE(m_http->get(webhook(i, u"/messages/@original"_s)).json().value(u"content"_s).toString(),
                 u"psst"_s);
    }

    void withResponseReturnsTheCallbackResponse()
    {
        const QJsonObject i = click();
        Reply r = callback(i, QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"x"_s}}}},
                           u"?with_response=true"_s);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o[u"interaction"_s][u"id"_s].toString(), i.value(u"id"_s).toString());
        QCOMPARE(o[u"interaction"_s][u"type"_s].toInt(), 3);
        QVERIFY(o[u"interaction"_s][u"response_message_id"_s].isString());
        QCOMPARE(o[u"resource"_s][u"type"_s].toInt(), 4);
        QCOMPARE(o[u"resource"_s][u"message"_s][u"content"_s].toString(), u"x"_s);
        // discord.py sends with_response=1
        const QJsonObject j = click();
        QCOMPARE(callback(j, QJsonObject {{u"type"_s, 6}}, u"?with_response=1"_s).status, 200);
    }

    void deferThenFollowUpFillsThePlaceholder()
    {
        const QJsonObject i = click();
        QCOMPARE(callback(i, QJsonObject {{u"type"_s, 5}}).status, 204);
        const QJsonObject placeholder = m_bot->waitDispatch(u"MESSAGE_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(placeholder.value(u"flags"_s).toInt() & 128, 128);
        QJsonObject rec = record(i);
        QCOMPARE(rec.value(u"outcome"_s).toString(), u"deferred"_s);
        QVERIFY(rec.value(u"loading"_s).toBool());
        QVERIFY(!rec.value(u"final"_s).toBool());
        Reply f = m_http->post(webhook(i), QJsonObject {{u"content"_s, u"Done!"_s}}, false);
        QCOMPARE(f.status, 200);
        QCOMPARE(f.json().value(u"id"_s), placeholder.value(u"id"_s)); // the placeholder itself was filled
        QCOMPARE(f.json().value(u"flags"_s).toInt() & 128, 0);
        const QJsonObject update = m_bot->waitDispatch(u"MESSAGE_UPDATE"_s).value(u"d"_s).toObject();
        QCOMPARE(update.value(u"content"_s).toString(), u"Done!"_s);
        rec = record(i);
        QVERIFY(!rec.value(u"loading"_s).toBool());
        QVERIFY(rec.value(u"final"_s).toBool());
        QCOMPARE(rec[u"reply"_s][u"content"_s].toString(), u"Done!"_s);
        // the next follow-up is a new message
        Reply g = m_http->post(webhook(i), QJsonObject {{u"content"_s, u"more"_s}, {u"flags"_s, 64}}, false);
        QCOMPARE(g.status, 200);
        QVERIFY(g.json().value(u"id"_s) != placeholder.value(u"id"_s));
        QCOMPARE(record(i).value(u"followups"_s).toArray().size(), 1);
        QVERIFY(record(i)[u"followups"_s][0][u"ephemeral"_s].toBool());
        QCOMPARE(m_http->get(webhook(i, u"/messages/"_s + g.json().value(u"id"_s).toString())).status, 200);
    }

    void deferThenEditOriginal()
    {
        const QJsonObject i = click();
        QCOMPARE(
            callback(i, QJsonObject {{u"type"_s, 5}, {u"data"_s, QJsonObject {{u"flags"_s, 64}}}}).status,
            204);
        Reply e = m_http->patch(webhook(i, u"/messages/@original"_s),
                                QJsonObject {{u"content"_s, u"Edited"_s}}, false);
        QCOMPARE(e.status, 200);
        QCOMPARE(e.json().value(u"content"_s).toString(), u"Edited"_s);
        QCOMPARE(e.json().value(u"flags"_s).toInt(), 64);
        const QJsonObject rec = record(i);
        QVERIFY(rec.value(u"final"_s).toBool());
        QVERIFY(rec.value(u"ephemeral"_s).toBool());
        QCOMPARE(rec[u"events"_s].toArray().last()[u"kind"_s].toString(), u"edit_original"_s);
    }

    void deferredUpdateThenEditTheComponentMessage()
    {
        const QJsonObject i = click();
        QCOMPARE(callback(i, QJsonObject {{u"type"_s, 6}}).status, 204);
        QCOMPARE(record(i).value(u"outcome"_s).toString(), u"deferred_update"_s);
        QVERIFY(!record(i).value(u"final"_s).toBool());
        Reply e = m_http->patch(webhook(i, u"/messages/@original"_s),
                                QJsonObject {{u"content"_s, u"Counter: 1"_s}}, false);
        QCOMPARE(e.status, 200);
        QCOMPARE(e.json().value(u"id"_s).toString(), m_messageId);
        const QJsonObject update = m_bot->waitDispatch(u"MESSAGE_UPDATE"_s).value(u"d"_s).toObject();
        QCOMPARE(update.value(u"id"_s).toString(), m_messageId);
        QCOMPARE(update.value(u"content"_s).toString(), u"Counter: 1"_s);
        QVERIFY(record(i).value(u"final"_s).toBool());
    }

    void updateMessage()
    {
        const QJsonObject i = click();
        Reply r = callback(
            i,
            QJsonObject {
                {u"type"_s, 7},
                {u"data"_s, QJsonObject {{u"content"_s, u"Clicked!"_s}, {u"components"_s, QJsonArray()}}}});
        QCOMPARE(r.status, 204);
        const QJsonObject update = m_bot->waitDispatch(u"MESSAGE_UPDATE"_s).value(u"d"_s).toObject();
        QCOMPARE(update.value(u"id"_s).toString(), m_messageId);
        QCOMPARE(update.value(u"content"_s).toString(), u"Clicked!"_s);
        QVERIFY(update.value(u"components"_s).toArray().isEmpty());
        const QJsonObject rec = record(i);
        QCOMPARE(rec.value(u"outcome"_s).toString(), u"update"_s);
        QCOMPARE(rec[u"updated_message"_s][u"content"_s].toString(), u"Clicked!"_s);
        QCOMPARE(m_http->get(api(u"/channels/"_s + m_general + u"/messages/"_s + m_messageId))
                     .json()
                     .value(u"content"_s)
                     .toString(),
                 u"Clicked!"_s);
    }

    void modalAndSubmit()
    {
        const QJsonObject i = click();
        const QJsonObject modal {
            {u"custom_id"_s, u"feedback"_s},
            {u"title"_s, u"Tell us"_s},
            {u"components"_s,
             QJsonArray {
                 QJsonObject {{u"type"_s, 18},
                              {u"label"_s, u"Your name"_s},
                              {u"component"_s,
                               QJsonObject {{u"type"_s, 4}, {u"custom_id"_s, u"name"_s}, {u"style"_s, 1}}}},
                 QJsonObject {{u"type"_s, 1},
                              {u"components"_s,
                               QJsonArray {QJsonObject {{u"type"_s, 4},
                                                        {u"custom_id"_s, u"text"_s},
                                                        {u"style"_s, 2},
                                                        {u"label"_s, u"Text"_s},
                                                        {u"required"_s, false}}}}}}}};
        QCOMPARE(callback(i, QJsonObject {{u"type"_s, 9}, {u"data"_s, modal}}).status, 204);
        QCOMPARE(record(i).value(u"outcome"_s).toString(), u"modal"_s);
        QCOMPARE(record(i)[u"modal"_s][u"title"_s].toString(), u"Tell us"_s);
        // a required field left empty is refused
        QVERIFY(!m_server->simulateModalSubmit(u"alice"_s, i.value(u"id"_s).toString(), QJsonObject()).ok());
        const auto submitted = m_server->simulateModalSubmit(u"alice"_s, i.value(u"id"_s).toString(),
                                                             QJsonObject {{u"name"_s, u"Alice"_s}});
        QVERIFY(submitted.ok());
        const QJsonObject s = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(s.value(u"type"_s).toInt(), 5);
        QVERIFY(s.value(u"id"_s) != i.value(u"id"_s));
        QVERIFY(s.value(u"token"_s) != i.value(u"token"_s));
        QCOMPARE(s[u"data"_s][u"custom_id"_s].toString(), u"feedback"_s);
        const QJsonArray comps = s[u"data"_s][u"components"_s].toArray();
        QCOMPARE(comps.size(), 2);
        QCOMPARE(comps[0][u"type"_s].toInt(), 18);
        QCOMPARE(comps[0][u"component"_s][u"value"_s].toString(), u"Alice"_s);
        QCOMPARE(comps[1][u"components"_s][0][u"custom_id"_s].toString(), u"text"_s);
        QCOMPARE(s[u"message"_s][u"id"_s].toString(), m_messageId);
        // a modal cannot answer a modal submit
        QCOMPARE(callback(s, QJsonObject {{u"type"_s, 9}, {u"data"_s, modal}}).status, 400);
        QCOMPARE(
            callback(s, QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"Thanks"_s}}}})
                .status,
            204);
        QCOMPARE(m_server->interactionRecord(*submitted).value(u"outcome"_s).toString(), u"reply"_s);
    }

    void secondResponseIsRefused()
    {
        const QJsonObject i = click();
        QCOMPARE(callback(i, QJsonObject {{u"type"_s, 6}}).status, 204);
        Reply r = callback(i, QJsonObject {{u"type"_s, 6}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 40060);
        QCOMPARE(r.json().value(u"message"_s).toString(), u"Interaction has already been acknowledged."_s);
    }

    void lateResponseIsUnknownInteraction()
    {
        const QJsonObject i = click();
        m_clock.advance(3001);
        QCOMPARE(record(i).value(u"status"_s).toString(), u"failed"_s);
        Reply r
            = callback(i, QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"late"_s}}}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 10062);
        const QJsonObject rec = record(i);
        QCOMPARE(rec.value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(rec[u"events"_s].toArray().last()[u"code"_s].toInt(), 10062);
    }

    void onTimeResponseAtTheEdge()
    {
        const QJsonObject i = click();
        m_clock.advance(2999);
        QCOMPARE(callback(i, QJsonObject {{u"type"_s, 6}}).status, 204);
        QCOMPARE(record(i).value(u"response_ms"_s).toInt(), 2999);
    }

    void unknownInteraction()
    {
        QJsonObject i = click();
        i.insert(u"token"_s, u"wrong"_s);
        Reply r = callback(i, QJsonObject {{u"type"_s, 6}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 10062);
    }

    void invalidCallbackBodyIsRecordedAsError()
    {
        const QJsonObject i = click();
        Reply r = callback(i, QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject()}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50006);
        QCOMPARE(record(i).value(u"outcome"_s).toString(), u"error"_s);
        r = callback(i, QJsonObject {{u"type"_s, 1}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[u"errors"_s][u"type"_s][u"_errors"_s][0][u"code"_s].toString(),
                 u"INTERACTION_RESPONSE_TYPE_INVALID"_s);
        // a valid answer is still possible within the deadline
        QCOMPARE(callback(i, QJsonObject {{u"type"_s, 6}}).status, 204);
    }

    void webhookBeforeAckAndAfterExpiry()
    {
        const QJsonObject i = click();
        QCOMPARE(m_http->post(webhook(i), QJsonObject {{u"content"_s, u"x"_s}}, false)
                     .json()
                     .value(u"code"_s)
                     .toInt(),
                 10015);
        QCOMPARE(callback(i, QJsonObject {{u"type"_s, 5}}).status, 204);
        m_clock.advance(15 * 60 * 1000 + 1);
        Reply r = m_http->post(webhook(i), QJsonObject {{u"content"_s, u"too late"_s}}, false);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50027);
        QCOMPARE(m_http->get(webhook(i, u"/messages/@original"_s)).status, 401);
    }

    void deleteOriginal()
    {
        const QJsonObject i = click();
        QCOMPARE(
            callback(i,
                     QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"soon gone"_s}}}})
                .status,
            204);
        const QString id = m_bot->waitDispatch(u"MESSAGE_CREATE"_s)[u"d"_s][u"id"_s].toString();
        QCOMPARE(m_http->del(webhook(i, u"/messages/@original"_s), false).status, 204);
        QCOMPARE(m_bot->waitDispatch(u"MESSAGE_DELETE"_s)[u"d"_s][u"id"_s].toString(), id);
        QCOMPARE(m_http->get(webhook(i, u"/messages/@original"_s)).status, 404);
        QCOMPARE(m_http->get(webhook(i, u"/messages/1234567890123456789"_s)).json().value(u"code"_s).toInt(),
                 10008);
    }

    void selectValues()
    {
        QVERIFY(!m_server->simulateSelect(u"bob"_s, m_messageId, u"pick"_s, {u"green"_s}).ok());
        QVERIFY(!m_server->simulateSelect(u"bob"_s, m_messageId, u"pick"_s, {u"red"_s, u"blue"_s, u"red"_s})
                     .ok());
        QVERIFY(m_server->simulateSelect(u"bob"_s, m_messageId, u"pick"_s, {u"red"_s, u"blue"_s}).ok());
        const QJsonObject i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(i[u"data"_s][u"component_type"_s].toInt(), 3);
        QCOMPARE(i[u"data"_s][u"values"_s].toArray(), (QJsonArray {u"red"_s, u"blue"_s}));
        const QString alice = m_server->userId(u"alice"_s);
        QVERIFY(m_server->simulateSelect(u"bob"_s, m_messageId, u"who"_s, {alice}).ok());
        const QJsonObject u = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(u[u"data"_s][u"component_type"_s].toInt(), 5);
        QCOMPARE(u[u"data"_s][u"resolved"_s][u"users"_s][alice][u"username"_s].toString(), u"alice"_s);
        QVERIFY(u[u"data"_s][u"resolved"_s][u"members"_s][alice].isObject());
    }

    void slashCommandWithOptions()
    {
        const QString guild = QString::number(m_server->world().guildIds().first());
        const QJsonObject def {
            {u"name"_s, u"greet"_s},
            {u"description"_s, u"Greets"_s},
            {u"options"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"who"_s},
                                      {u"description"_s, u"user"_s},
                                      {u"type"_s, 6},
                                      {u"required"_s, true}},
                         QJsonObject {{u"name"_s, u"times"_s}, {u"description"_s, u"n"_s}, {u"type"_s, 4}}}}};
        QCOMPARE(
            m_http
                ->post(api(u"/applications/%1/guilds/%2/commands"_s.arg(m_server->applicationId(), guild)),
                       def)
                .status,
            201);
        const QString bob = m_server->userId(u"bob"_s);
        QVERIFY(!m_server->simulateCommand(u"alice"_s, m_general, u"greet"_s, {})
                     .ok()); // required option missing
        QVERIFY(!m_server->simulateCommand(u"alice"_s, m_general, u"unknown"_s, {}).ok());
        const auto id
            = m_server->simulateCommand(u"alice"_s, m_general, u"greet"_s,
                                        QJsonArray {QJsonObject {{u"name"_s, u"who"_s}, {u"value"_s, bob}},
                                                    QJsonObject {{u"name"_s, u"times"_s}, {u"value"_s, 2}}});
        QVERIFY(id.ok());
        const QJsonObject i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(i.value(u"type"_s).toInt(), 2);
        QCOMPARE(i[u"data"_s][u"name"_s].toString(), u"greet"_s);
        QCOMPARE(i[u"data"_s][u"type"_s].toInt(), 1);
        QCOMPARE(i[u"data"_s][u"guild_id"_s].toString(), guild);
        QCOMPARE(i[u"data"_s][u"options"_s][0][u"type"_s].toInt(), 6);
        QCOMPARE(i[u"data"_s][u"options"_s][1][u"value"_s].toInt(), 2);
        QCOMPARE(i[u"data"_s][u"resolved"_s][u"users"_s][bob][u"username"_s].toString(), u"bob"_s);
        QVERIFY(!i.contains(u"message"_s));
        QCOMPARE(
            callback(i, QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"Hi Bob"_s}}}})
                .status,
            204);
        const QJsonObject m = m_bot->waitDispatch(u"MESSAGE_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(m.value(u"type"_s).toInt(), 20);
        QCOMPARE(m[u"interaction_metadata"_s][u"name"_s].toString(), u"greet"_s);
        QCOMPARE(m_server->interactionRecord(*id).value(u"command"_s).toString(), u"greet"_s);
    }

    void controlApiLongPollsForTheAnswer()
    {
        // the "bot": answers every INTERACTION_CREATE 30 ms after it arrives
        QObject answerer;
        QTimer poll;
        QSet<QString> answered;
        QObject::connect(&poll, &QTimer::timeout, &answerer, [&] {
            for (const QJsonObject &p : std::as_const(m_bot->payloads)) {
                if (p.value(u"t"_s).toString() != u"INTERACTION_CREATE"_s)
                    continue;
                const QJsonObject d = p.value(u"d"_s).toObject();
                if (answered.contains(d.value(u"id"_s).toString()))
                    continue;
                answered.insert(d.value(u"id"_s).toString());
                callback(
                    d,
                    QJsonObject {{u"type"_s, 4},
                                 {u"data"_s, QJsonObject {{u"content"_s, u"answered"_s}, {u"flags"_s, 64}}}});
            }
        });
        poll.start(30);
        Http control;
        Reply r = control.post(QUrl(u"http://127.0.0.1:%1/_sandbox/click"_s.arg(m_server->port())),
                               QJsonObject {{u"user"_s, u"bob"_s},
                                            {u"message_id"_s, m_messageId},
                                            {u"custom_id"_s, u"click"_s},
                                            {u"wait_ms"_s, 5000}},
                               false);
        QCOMPARE(r.status, 200);
        const QJsonObject rec = r.json();
        QCOMPARE(rec.value(u"outcome"_s).toString(), u"ephemeral"_s);
        QCOMPARE(rec[u"reply"_s][u"content"_s].toString(), u"answered"_s);
        QVERIFY(!rec.contains(u"timed_out"_s));
        // GET with wait returns at once for a settled interaction
        Reply again = control.get(
            QUrl(u"http://127.0.0.1:%1/_sandbox/interactions/%2?wait_ms=5000"_s.arg(m_server->port())
                     .arg(rec.value(u"id"_s).toString())),
            false);
        QCOMPARE(again.json().value(u"outcome"_s).toString(), u"ephemeral"_s);
        poll.stop();
        // no answer: the wait times out and says so
        Reply none = control.post(QUrl(u"http://127.0.0.1:%1/_sandbox/click"_s.arg(m_server->port())),
                                  QJsonObject {{u"user"_s, u"bob"_s},
                                               {u"message_id"_s, m_messageId},
                                               {u"custom_id"_s, u"click"_s},
                                               {u"wait_ms"_s, 100}},
                                  false);
        QVERIFY(none.json().value(u"timed_out"_s).toBool());
        QCOMPARE(none.json().value(u"status"_s).toString(), u"pending"_s);
        Reply bad = control.post(
            QUrl(u"http://127.0.0.1:%1/_sandbox/click"_s.arg(m_server->port())),
            QJsonObject {{u"user"_s, u"bob"_s}, {u"message_id"_s, m_messageId}, {u"custom_id"_s, u"zzz"_s}},
            false);
        QCOMPARE(bad.status, 404);
    }

    void roleMentionableAndChannelSelectsAreResolved()
    {
        const QJsonObject roles {{u"type"_s, 6}, {u"custom_id"_s, u"role"_s}};
        const QJsonObject mentionable {{u"type"_s, 7}, {u"custom_id"_s, u"any"_s}, {u"max_values"_s, 2}};
        const QJsonObject channels {{u"type"_s, 8}, {u"custom_id"_s, u"where"_s}};
        auto row = [](const QJsonObject &c) {
            return QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {c}}};
        };
        Reply r = m_http->post(
            api(u"/channels/"_s + m_general + u"/messages"_s),
            QJsonObject {{u"content"_s, u"Selects"_s},
                         {u"components"_s, QJsonArray {row(roles), row(mentionable), row(channels)}}});
        QCOMPARE(r.status, 200);
        const QString message = r.json().value(u"id"_s).toString();
        QVERIFY(!m_bot->waitDispatch(u"MESSAGE_CREATE"_s).isEmpty());
        const bw::sandbox::Guild *g = m_server->world().guild(m_server->world().guildIds().first());
        QString moderator;
        for (const bw::sandbox::Role &role : g->roles)
            if (role.name == u"Moderator"_s)
                moderator = QString::number(role.id);
        QVERIFY(!moderator.isEmpty());

        // a role select, by name: the bot receives the role's id and the role in resolved.roles
        QVERIFY(m_server->simulateSelect(u"bob"_s, message, u"role"_s, {u"moderator"_s}).ok());
        QJsonObject i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(i[u"data"_s][u"component_type"_s].toInt(), 6);
        QCOMPARE(i[u"data"_s][u"values"_s].toArray(), QJsonArray {moderator});
        QCOMPARE(i[u"data"_s][u"resolved"_s][u"roles"_s][moderator][u"name"_s].toString(), u"Moderator"_s);
        // a single select takes exactly one value
        QVERIFY(!m_server->simulateSelect(u"bob"_s, message, u"role"_s, {moderator, moderator}).ok());
        QVERIFY(!m_server->simulateSelect(u"bob"_s, message, u"role"_s, {}).ok());
        QVERIFY(!m_server->simulateSelect(u"bob"_s, message, u"role"_s, {u"no such role"_s}).ok());

        // a mentionable select: a user and a role
        const QString alice = m_server->userId(u"alice"_s);
        QVERIFY(m_server->simulateSelect(u"bob"_s, message, u"any"_s, {u"alice"_s, moderator}).ok());
        i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(i[u"data"_s][u"values"_s].toArray(), (QJsonArray {alice, moderator}));
        QCOMPARE(i[u"data"_s][u"resolved"_s][u"users"_s][alice][u"username"_s].toString(), u"alice"_s);
        QVERIFY(i[u"data"_s][u"resolved"_s][u"members"_s][alice].isObject());
        QCOMPARE(i[u"data"_s][u"resolved"_s][u"roles"_s][moderator][u"name"_s].toString(), u"Moderator"_s);

        // a channel select, by name
        const QString support = m_server->defaultChannelId(u"support"_s);
        QVERIFY(m_server->simulateSelect(u"bob"_s, message, u"where"_s, {u"#support"_s}).ok());
        i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(i[u"data"_s][u"values"_s].toArray(), QJsonArray {support});
        QCOMPARE(i[u"data"_s][u"resolved"_s][u"channels"_s][support][u"name"_s].toString(), u"support"_s);
        QVERIFY(i[u"data"_s][u"resolved"_s][u"channels"_s][support][u"permissions"_s].isString());

        // the control API takes a single "value" too
        Http control;
        Reply c = control.post(QUrl(u"http://127.0.0.1:%1/_sandbox/select"_s.arg(m_server->port())),
                               QJsonObject {{u"user"_s, u"bob"_s},
                                            {u"message_id"_s, message},
                                            {u"custom_id"_s, u"role"_s},
                                            {u"value"_s, u"Moderator"_s}},
                               false);
        QCOMPARE(c.status, 200);
        i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(i[u"data"_s][u"values"_s].toArray(), QJsonArray {moderator});
    }

    void slashCommandWithoutOptionsAndOptionsByName()
    {
        const QString app = m_server->applicationId();
        QCOMPARE(m_http
                     ->post(api(u"/applications/%1/commands"_s.arg(app)),
                            QJsonObject {{u"name"_s, u"ping"_s}, {u"description"_s, u"Pong"_s}})
                     .status,
                 201);
        QVERIFY(m_server->simulateCommand(u"alice"_s, u"general"_s, u"ping"_s).ok()); // channel by name too
        QJsonObject i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        QCOMPARE(i[u"data"_s][u"name"_s].toString(), u"ping"_s);
        QVERIFY(!i[u"data"_s].toObject().contains(u"options"_s));
        QVERIFY(!i[u"data"_s].toObject().contains(u"resolved"_s));
        QCOMPARE(i[u"channel_id"_s].toString(), m_general);

        const QJsonObject def {
            {u"name"_s, u"greet"_s},
            {u"description"_s, u"Greets"_s},
            {u"options"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"who"_s}, {u"description"_s, u"u"_s}, {u"type"_s, 6}},
                         QJsonObject {{u"name"_s, u"where"_s}, {u"description"_s, u"c"_s}, {u"type"_s, 7}},
                         QJsonObject {{u"name"_s, u"times"_s}, {u"description"_s, u"n"_s}, {u"type"_s, 4}}}}};
        QCOMPARE(m_http->post(api(u"/applications/%1/commands"_s.arg(app)), def).status, 201);
        // as typed in the panel: names and text
        QVERIFY(m_server
                    ->simulateCommand(
                        u"alice"_s, m_general, u"greet"_s,
                        QJsonArray {QJsonObject {{u"name"_s, u"who"_s}, {u"value"_s, u"Bob"_s}},
                                    QJsonObject {{u"name"_s, u"where"_s}, {u"value"_s, u"support"_s}},
                                    QJsonObject {{u"name"_s, u"times"_s}, {u"value"_s, u"3"_s}}})
                    .ok());
        i = m_bot->waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
        const QString bob = m_server->userId(u"bob"_s);
        const QString support = m_server->defaultChannelId(u"support"_s);
        QCOMPARE(i[u"data"_s][u"options"_s][0][u"value"_s].toString(), bob);
        QCOMPARE(i[u"data"_s][u"options"_s][1][u"value"_s].toString(), support);
        QVERIFY(i[u"data"_s][u"options"_s][2][u"value"_s].isDouble());
        QCOMPARE(i[u"data"_s][u"options"_s][2][u"value"_s].toInt(), 3);
        QCOMPARE(i[u"data"_s][u"resolved"_s][u"users"_s][bob][u"username"_s].toString(), u"bob"_s);
        QCOMPARE(i[u"data"_s][u"resolved"_s][u"channels"_s][support][u"name"_s].toString(), u"support"_s);
        QVERIFY(!m_server
                     ->simulateCommand(
                         u"alice"_s, m_general, u"greet"_s,
                         QJsonArray {QJsonObject {{u"name"_s, u"times"_s}, {u"value"_s, u"three"_s}}})
                     .ok());
    }

    void clickPayloadFollowsTheWorld()
    {
        // the serialized pieces a click is built from are cached: every change must show in the next click
        const QJsonObject first = click();
        const QString alice = m_server->userId(u"alice"_s);
        QCOMPARE(first[u"member"_s][u"user"_s][u"id"_s].toString(), alice);
        QCOMPARE(first[u"message"_s][u"content"_s].toString(), u"Pick"_s);
        QCOMPARE(first[u"message"_s][u"guild_id"_s].toString(), first[u"guild_id"_s].toString());
        QCOMPARE(first[u"channel"_s][u"last_message_id"_s].toString(), m_messageId);
        const QJsonArray rolesBefore = first[u"member"_s][u"roles"_s].toArray();

        // a role given to the clicking member
        const quint64 guild = m_server->world().guildIds().first();
        QString botRole;
        for (const bw::sandbox::Role &role : m_server->world().guild(guild)->roles)
            if (role.name != u"Moderator"_s && role.id != guild)
                botRole = QString::number(role.id);
        const quint64 newRole = m_server->world().mint();
        m_server->world().guild(guild)->roles.append(
            bw::sandbox::Role {newRole, u"Helper"_s, 0, 1, 0, false, false, false});
        m_server->world().touch();
        QCOMPARE(
            m_http->put(api(u"/guilds/%1/members/%2/roles/%3"_s.arg(guild).arg(alice).arg(newRole))).status,
            204);
        // the message edited, and a newer message in the channel
        QCOMPARE(m_http
                     ->patch(api(u"/channels/%1/messages/%2"_s.arg(m_general, m_messageId)),
                             QJsonObject {{u"content"_s, u"Pick again"_s}})
                     .status,
                 200);
        Reply later = m_http->post(api(u"/channels/"_s + m_general + u"/messages"_s),
                                   QJsonObject {{u"content"_s, u"later"_s}});
        QCOMPARE(later.status, 200);
        const QJsonObject second = click();
        QCOMPARE(second[u"member"_s][u"roles"_s].toArray().size(), rolesBefore.size() + 1);
        QVERIFY(second[u"member"_s][u"roles"_s].toArray().contains(QString::number(newRole)));
        QCOMPARE(second[u"message"_s][u"content"_s].toString(), u"Pick again"_s);
        QCOMPARE(second[u"channel"_s][u"last_message_id"_s].toString(),
                 later.json().value(u"id"_s).toString());
        QVERIFY(second[u"id"_s].toString() != first[u"id"_s].toString());
        Q_UNUSED(botRole);
    }

    void bulkClicksAreAllDelivered()
    {
        const auto n = m_server->simulateClicks(u"alice"_s, m_messageId, u"click"_s, 200);
        QVERIFY(n.ok());
        QCOMPARE(*n, 200);
        QTRY_COMPARE(m_bot->count(u"INTERACTION_CREATE"_s), 200);
        QSet<QString> ids, tokens;
        for (const QJsonObject &p : std::as_const(m_bot->payloads)) {
            if (p.value(u"t"_s).toString() == u"INTERACTION_CREATE"_s) {
                ids.insert(p[u"d"_s][u"id"_s].toString());
                tokens.insert(p[u"d"_s][u"token"_s].toString());
            }
        }
        QCOMPARE(ids.size(), 200);
        QCOMPARE(tokens.size(), 200);
        const QJsonObject last = m_bot->payloads.last().value(u"d"_s).toObject();
        QCOMPARE(callback(last, QJsonObject {{u"type"_s, 6}}).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestSandboxInteractions)
#include "tst_sandbox_interactions.moc"
