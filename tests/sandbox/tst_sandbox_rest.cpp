// REST endpoints of the sandbox, one test per endpoint, plus auth, error shapes and the HTTP layer.
#include "SandboxTestUtil.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

using namespace Qt::StringLiterals;
using namespace bwtest;
using bw::sandbox::SandboxServer;

class TestSandboxRest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;
    QString m_general;
    QString m_guild;

    QUrl api(const QString &path) const { return QUrl(m_server->apiBase().toString() + path); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(fastOptions());
        const auto port = m_server->start();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
        m_http = std::make_unique<Http>(m_server->botToken());
        m_general = m_server->defaultChannelId();
        m_guild = QString::number(m_server->world().guildIds().first());
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void hostRunsTheServerOnItsOwnThread()
    {
        bw::sandbox::SandboxHost host(fastOptions());
        const auto port = host.start();
        QVERIFY(port.ok());
        QVERIFY(host.server()->thread() != QThread::currentThread());
        QCOMPARE(host.apiBase().toString(), u"http://127.0.0.1:%1/api/v10"_s.arg(*port));
        Http http(host.botToken());
        const Reply r = http.get(QUrl(host.apiBase().toString() + u"/users/@me"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"id"_s).toString(), host.applicationId());
        host.stop();
        QVERIFY(!host.isRunning());
        QCOMPARE(Http(host.botToken()).get(QUrl(u"http://127.0.0.1:%1/api/v10/gateway"_s.arg(*port))).status,
                 0);
    }

    void listensOnLoopbackOnly()
    {
        QVERIFY(m_server->port() != 0);
        QCOMPARE(m_server->apiBase().host(), u"127.0.0.1"_s);
        QTcpSocket s;
        // not reachable on another local address of this machine (if it has one)
        s.connectToHost(QHostAddress(u"127.0.0.2"_s), m_server->port());
        QVERIFY(!s.waitForConnected(500));
    }

    void rawResponseHeaders()
    {
        const QByteArray req = "GET /api/v10/users/@me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bot "
            + m_server->botToken().toUtf8() + "\r\n\r\n";
        const QByteArray got = rawExchange(m_server->port(), req, [](const QByteArray &b) {
            const qsizetype end = b.indexOf("\r\n\r\n");
            if (end < 0)
                return false;
            const qsizetype cl = b.indexOf("Content-Length: ");
            return cl >= 0 && b.size() >= end + 4 + b.mid(cl + 16, b.indexOf("\r\n", cl) - cl - 16).toInt();
        });
        QVERIFY2(got.startsWith("HTTP/1.1 200 OK\r\n"), got.constData());
        QVERIFY(got.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(!got.contains("charset"));
        for (const char *h : {"Content-Length: ", "X-RateLimit-Limit: ", "X-RateLimit-Remaining: ",
                              "X-RateLimit-Reset: ", "X-RateLimit-Reset-After: ", "X-RateLimit-Bucket: "})
            QVERIFY2(got.contains(QByteArray(QByteArray("\r\n") + h)), h);
    }

    void keepAliveAndPipelining()
    {
        const QByteArray one = "GET /api/v10/gateway HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray withBody = "POST /api/v10/channels/" + m_general.toUtf8()
            + "/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bot "
            + m_server->botToken().toUtf8() + "\r\nContent-Length: 16\r\n\r\n{\"content\":\"hi\"}";
        const QByteArray got = rawExchange(m_server->port(), one + withBody + one, [](const QByteArray &b) {
            return b.count("HTTP/1.1 200 OK") >= 3;
        });
        QCOMPARE(got.count("HTTP/1.1 200 OK"), 3);
        QVERIFY(got.contains("\"content\":\"hi\""));
    }

    void chunkedBodyAndConnectionClose()
    {
        const QByteArray req = "POST /api/v10/channels/" + m_general.toUtf8()
            + "/messages HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\n"
              "Transfer-Encoding: chunked\r\nAuthorization: Bot "
            + m_server->botToken().toUtf8() + "\r\n\r\n8\r\n{\"conten\r\n9\r\nt\":\"abc\"}\r\n0\r\n\r\n";
        const QByteArray got = rawExchange(
            m_server->port(), req, [](const QByteArray &) { return false; }, 2000);
        QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
        QVERIFY(got.contains("\"content\":\"abc\""));
    }

    void expectContinue()
    {
        const QByteArray head = "POST /api/v10/channels/" + m_general.toUtf8()
            + "/messages HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Type: application/json\r\n"
              "Authorization: Bot "
            + m_server->botToken().toUtf8() + "\r\nContent-Length: 17\r\n\r\n";
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, 5000));
        s.write(head);
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += s.readAll();
                return got.contains("100 Continue");
            },
            5000));
        s.write("{\"content\":\"yes\"}");
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += s.readAll();
                return got.contains("\"content\":\"yes\"");
            },
            5000));
        QVERIFY(got.contains("HTTP/1.1 200 OK"));
    }

    void unauthorized()
    {
        Http anonymous;
        Reply r = anonymous.get(api(u"/users/@me"_s));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json(), (QJsonObject {{u"message"_s, u"401: Unauthorized"_s}, {u"code"_s, 0}}));
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        Http wrong(u"not-the-token"_s);
        QCOMPARE(wrong.get(api(u"/users/@me"_s)).status, 401);
        QCOMPARE(wrong.get(api(u"/channels/"_s + m_general)).status, 401);
    }

    void unknownRouteAndVersions()
    {
        Reply r = m_http->get(api(u"/nothing/here"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json(), (QJsonObject {{u"message"_s, u"404: Not Found"_s}, {u"code"_s, 0}}));
        r = m_http->get(QUrl(u"http://127.0.0.1:%1/api/v6/users/@me"_s.arg(m_server->port())));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50041);
        r = m_http->get(QUrl(u"http://127.0.0.1:%1/api/v9/users/@me"_s.arg(m_server->port())));
        QCOMPARE(r.status, 200);
        r = m_http->request("POST", api(u"/users/@me"_s));
        QCOMPARE(r.status, 405);
    }

    void getGateway()
    {
        Reply r = m_http->get(api(u"/gateway"_s), false);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"url"_s).toString(), u"ws://127.0.0.1:%1"_s.arg(m_server->port()));
    }

    void getGatewayBot()
    {
        QCOMPARE(m_http->get(api(u"/gateway/bot"_s), false).status, 401);
        Reply r = m_http->get(api(u"/gateway/bot"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"url"_s).toString(), m_server->gatewayUrl().toString());
        QCOMPARE(o.value(u"shards"_s).toInt(), 1);
        const QJsonObject limit = o.value(u"session_start_limit"_s).toObject();
        for (const auto &k : {u"total"_s, u"remaining"_s, u"reset_after"_s, u"max_concurrency"_s})
            QVERIFY2(limit.value(k).isDouble(), qPrintable(k));
    }

    void getUsersMe()
    {
        Reply r = m_http->get(api(u"/users/@me"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject u = r.json();
        QCOMPARE(u.value(u"id"_s).toString(), m_server->botUserId());
        QCOMPARE(u.value(u"id"_s).toString().size(), 19);
        QCOMPARE(u.value(u"discriminator"_s).toString(), u"0"_s);
        QVERIFY(u.value(u"bot"_s).toBool());
        QVERIFY(u.contains(u"avatar"_s) && u.contains(u"username"_s));
        const QString alice = m_server->userId(u"alice"_s);
        r = m_http->get(api(u"/users/"_s + alice));
        QCOMPARE(r.json().value(u"username"_s).toString(), u"alice"_s);
        QCOMPARE(m_http->get(api(u"/users/1234567890123456789"_s)).json().value(u"code"_s).toInt(), 10013);
    }

    void getApplication_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("applications") << u"/applications/@me"_s;
        QTest::newRow("oauth2") << u"/oauth2/applications/@me"_s;
    }
    void getApplication()
    {
        QFETCH(QString, path);
        Reply r = m_http->get(api(path));
        QCOMPARE(r.status, 200);
        const QJsonObject a = r.json();
        QCOMPARE(a.value(u"id"_s).toString(), m_server->applicationId());
        for (const auto &k :
             {u"name"_s, u"description"_s, u"icon"_s, u"bot_public"_s, u"bot_require_code_grant"_s,
              u"owner"_s, u"verify_key"_s, u"flags"_s, u"team"_s, u"interactions_endpoint_url"_s})
            QVERIFY2(a.contains(k), qPrintable(k));
        QCOMPARE(a.value(u"verify_key"_s).toString().size(), 64);
    }

    void getChannel()
    {
        Reply r = m_http->get(api(u"/channels/"_s + m_general));
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.json();
        QCOMPARE(c.value(u"name"_s).toString(), u"general"_s);
        QCOMPARE(c.value(u"type"_s).toInt(), 0);
        QCOMPARE(c.value(u"guild_id"_s).toString(), m_guild);
        QVERIFY(c.value(u"position"_s).isDouble());
        r = m_http->get(api(u"/channels/1234567890123456789"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 10003);
    }

    void createMessage()
    {
        const QJsonObject body {
            {u"content"_s, u"hello <@%1>"_s.arg(m_server->userId(u"bob"_s))},
            {u"components"_s,
             QJsonArray {QJsonObject {{u"type"_s, 1},
                                      {u"components"_s,
                                       QJsonArray {QJsonObject {{u"type"_s, 2},
                                                                {u"style"_s, 1},
                                                                {u"label"_s, u"Click me!"_s},
                                                                {u"custom_id"_s, u"click"_s}}}}}}}};
        Reply r = m_http->post(api(u"/channels/"_s + m_general + u"/messages"_s), body);
        QCOMPARE(r.status, 200);
        const QJsonObject m = r.json();
        QCOMPARE(m.value(u"id"_s).toString().size(), 19);
        QCOMPARE(m.value(u"channel_id"_s).toString(), m_general);
        QCOMPARE(m.value(u"author"_s).toObject().value(u"id"_s).toString(), m_server->botUserId());
        QCOMPARE(m.value(u"type"_s).toInt(), 0);
        QCOMPARE(m.value(u"mentions"_s).toArray().size(), 1);
        QCOMPARE(m.value(u"components"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"components"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"custom_id"_s)
                     .toString(),
                 u"click"_s);
        QVERIFY(m.value(u"timestamp"_s).toString().endsWith(u"+00:00"_s));
    }

    void createMessageErrors()
    {
        const QUrl url = api(u"/channels/"_s + m_general + u"/messages"_s);
        Reply r = m_http->post(url, QJsonObject {});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50006);
        r = m_http->post(url, QJsonObject {{u"content"_s, QString(2001, u'x')}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50035);
        QCOMPARE(r.json().value(u"message"_s).toString(), u"Invalid Form Body"_s);
        const QJsonArray errs = r.json()[u"errors"_s][u"content"_s][u"_errors"_s].toArray();
        QCOMPARE(errs.first().toObject().value(u"code"_s).toString(), u"BASE_TYPE_MAX_LENGTH"_s);
        r = m_http->request("POST", url, "{not json");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50109);
        r = m_http->post(api(u"/channels/1234567890123456789/messages"_s),
                         QJsonObject {{u"content"_s, u"x"_s}});
        QCOMPARE(r.json().value(u"code"_s).toInt(), 10003);
        // duplicate custom_id in one message
        const QJsonObject button {
            {u"type"_s, 2}, {u"style"_s, 1}, {u"label"_s, u"a"_s}, {u"custom_id"_s, u"same"_s}};
        r = m_http->post(
            url,
            QJsonObject {
                {u"components"_s,
                 QJsonArray {QJsonObject {{u"type"_s, 1}, {u"components"_s, QJsonArray {button, button}}}}}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("COMPONENT_CUSTOM_ID_DUPLICATED"));
    }

    void createMessageMultipart()
    {
        auto *parts = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart json;
        json.setHeader(QNetworkRequest::ContentDispositionHeader, u"form-data; name=\"payload_json\""_s);
        json.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        json.setBody(R"({"content":"with file","attachments":[{"id":0,"filename":"a.txt"}]})");
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       u"form-data; name=\"files[0]\"; filename=\"a.txt\""_s);
        file.setBody("hello file");
        parts->append(json);
        parts->append(file);
        Reply r = m_http->multipart(api(u"/channels/"_s + m_general + u"/messages"_s), parts);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"content"_s).toString(), u"with file"_s);
        const QJsonObject att = r.json().value(u"attachments"_s).toArray().first().toObject();
        QCOMPARE(att.value(u"filename"_s).toString(), u"a.txt"_s);
        QCOMPARE(att.value(u"size"_s).toInt(), 10);
    }

    void getMessageAndList()
    {
        const QUrl url = api(u"/channels/"_s + m_general + u"/messages"_s);
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << m_http->post(url, QJsonObject {{u"content"_s, QString::number(i)}})
                       .json()
                       .value(u"id"_s)
                       .toString();
        Reply one = m_http->get(api(u"/channels/"_s + m_general + u"/messages/"_s + ids.at(2)));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json().value(u"content"_s).toString(), u"2"_s);
        QCOMPARE(m_http->get(api(u"/channels/"_s + m_general + u"/messages/1234567890123456789"_s))
                     .json()
                     .value(u"code"_s)
                     .toInt(),
                 10008);
        Reply list = m_http->get(QUrl(url.toString() + u"?limit=3"_s));
        QCOMPARE(list.array().size(), 3);
        QCOMPARE(list.array().first().toObject().value(u"id"_s).toString(), ids.last()); // newest first
        list = m_http->get(QUrl(url.toString() + u"?before="_s + ids.at(2)));
        QCOMPARE(list.array().size(), 2);
        list = m_http->get(QUrl(url.toString() + u"?after="_s + ids.at(2)));
        QCOMPARE(list.array().size(), 2);
        QCOMPARE(list.array().last().toObject().value(u"id"_s).toString(), ids.at(3));
        QCOMPARE(m_http->get(QUrl(url.toString() + u"?limit=101"_s)).status, 400);
    }

    void editMessage()
    {
        const QUrl url = api(u"/channels/"_s + m_general + u"/messages"_s);
        const QString id
            = m_http->post(url, QJsonObject {{u"content"_s, u"before"_s}}).json().value(u"id"_s).toString();
        Reply r = m_http->patch(api(u"/channels/"_s + m_general + u"/messages/"_s + id),
                                QJsonObject {{u"content"_s, u"after"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"content"_s).toString(), u"after"_s);
        QVERIFY(r.json().value(u"edited_timestamp"_s).isString());
        // a user's message cannot be edited by the bot
        const auto userMsg = m_server->simulateMessage(u"alice"_s, m_general, u"mine"_s);
        QVERIFY(userMsg.ok());
        r = m_http->patch(api(u"/channels/"_s + m_general + u"/messages/"_s + *userMsg),
                          QJsonObject {{u"content"_s, u"x"_s}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50005);
    }

    void deleteMessage()
    {
        const QUrl url = api(u"/channels/"_s + m_general + u"/messages"_s);
        const QString id
            = m_http->post(url, QJsonObject {{u"content"_s, u"bye"_s}}).json().value(u"id"_s).toString();
        const QUrl one = api(u"/channels/"_s + m_general + u"/messages/"_s + id);
        Reply r = m_http->del(one);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(m_http->get(one).status, 404);
        QCOMPARE(m_http->del(one).status, 404);
    }

    void getGuild()
    {
        Reply r = m_http->get(api(u"/guilds/"_s + m_guild + u"?with_counts=true"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"name"_s).toString(), u"Sandbox"_s);
        QCOMPARE(r.json().value(u"approximate_member_count"_s).toInt(), 3);
        const QJsonArray roles = r.json().value(u"roles"_s).toArray();
        QCOMPARE(roles.first().toObject().value(u"id"_s).toString(), m_guild); // @everyone has the guild id
        QCOMPARE(m_http->get(api(u"/guilds/1234567890123456789"_s)).json().value(u"code"_s).toInt(), 10004);
    }

    void getGuildChannels()
    {
        Reply r = m_http->get(api(u"/guilds/"_s + m_guild + u"/channels"_s));
        QCOMPARE(r.status, 200);
        QStringList names;
        for (const QJsonValue &c : r.array())
            names << c.toObject().value(u"name"_s).toString();
        QCOMPARE(names, (QStringList {u"general"_s, u"support"_s}));
    }

    void getGuildRoles()
    {
        Reply r = m_http->get(api(u"/guilds/"_s + m_guild + u"/roles"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.array().size() >= 2);
        const QJsonObject role = r.array().at(1).toObject();
        for (const auto &k : {u"id"_s, u"name"_s, u"permissions"_s, u"position"_s, u"color"_s, u"colors"_s,
                              u"hoist"_s, u"managed"_s, u"mentionable"_s, u"flags"_s})
            QVERIFY2(role.contains(k), qPrintable(k));
        QVERIFY(role.value(u"permissions"_s).isString());
    }

    void getGuildMember()
    {
        const QString alice = m_server->userId(u"alice"_s);
        Reply r = m_http->get(api(u"/guilds/"_s + m_guild + u"/members/"_s + alice));
        QCOMPARE(r.status, 200);
        const QJsonObject m = r.json();
        QCOMPARE(m.value(u"user"_s).toObject().value(u"id"_s).toString(), alice);
        for (const auto &k : {u"roles"_s, u"joined_at"_s, u"deaf"_s, u"mute"_s, u"flags"_s})
            QVERIFY2(m.contains(k), qPrintable(k));
        QCOMPARE(m_http->get(api(u"/guilds/"_s + m_guild + u"/members/1234567890123456789"_s))
                     .json()
                     .value(u"code"_s)
                     .toInt(),
                 10013);
    }

    void memberRoles()
    {
        const QString bob = m_server->userId(u"bob"_s);
        QString moderator;
        for (const QJsonValue &r : m_http->get(api(u"/guilds/"_s + m_guild + u"/roles"_s)).array())
            if (r.toObject().value(u"name"_s).toString() == u"Moderator"_s)
                moderator = r.toObject().value(u"id"_s).toString();
        QVERIFY(!moderator.isEmpty());
        const QUrl url = api(u"/guilds/"_s + m_guild + u"/members/"_s + bob + u"/roles/"_s + moderator);
        Reply r = m_http->put(url);
        QCOMPARE(r.status, 204);
        QVERIFY(m_http->get(api(u"/guilds/"_s + m_guild + u"/members/"_s + bob))
                    .json()
                    .value(u"roles"_s)
                    .toArray()
                    .contains(moderator));
        r = m_http->del(url);
        QCOMPARE(r.status, 204);
        QVERIFY(!m_http->get(api(u"/guilds/"_s + m_guild + u"/members/"_s + bob))
                     .json()
                     .value(u"roles"_s)
                     .toArray()
                     .contains(moderator));
        r = m_http->put(
            api(u"/guilds/"_s + m_guild + u"/members/"_s + bob + u"/roles/1234567890123456789"_s));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 10011);
        // the bot's own managed role cannot be handed out
        QString botRole;
        for (const QJsonValue &v : m_http->get(api(u"/guilds/"_s + m_guild + u"/roles"_s)).array())
            if (v.toObject().value(u"managed"_s).toBool())
                botRole = v.toObject().value(u"id"_s).toString();
        r = m_http->put(api(u"/guilds/"_s + m_guild + u"/members/"_s + bob + u"/roles/"_s + botRole));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50013);
    }

    void globalCommands()
    {
        const QUrl url = api(u"/applications/"_s + m_server->applicationId() + u"/commands"_s);
        const QJsonObject ping {{u"name"_s, u"ping"_s}, {u"description"_s, u"Pong!"_s}};
        Reply r = m_http->post(url, ping);
        QCOMPARE(r.status, 201);
        const QJsonObject cmd = r.json();
        const QString id = cmd.value(u"id"_s).toString();
        QCOMPARE(id.size(), 19);
        QCOMPARE(cmd.value(u"application_id"_s).toString(), m_server->applicationId());
        QCOMPARE(cmd.value(u"type"_s).toInt(), 1);
        QVERIFY(cmd.value(u"version"_s).isString());
        r = m_http->post(url, QJsonObject {{u"name"_s, u"ping"_s}, {u"description"_s, u"Pong again"_s}});
        QCOMPARE(r.status, 200); // replaced
        QCOMPARE(r.json().value(u"id"_s).toString(), id);
        QCOMPARE(m_http->get(url).array().size(), 1);
        r = m_http->get(api(u"/applications/"_s + m_server->applicationId() + u"/commands/"_s + id));
        QCOMPARE(r.json().value(u"description"_s).toString(), u"Pong again"_s);
        r = m_http->patch(api(u"/applications/"_s + m_server->applicationId() + u"/commands/"_s + id),
                          QJsonObject {{u"description"_s, u"patched"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"description"_s).toString(), u"patched"_s);
        r = m_http->del(api(u"/applications/"_s + m_server->applicationId() + u"/commands/"_s + id));
        QCOMPARE(r.status, 204);
        QCOMPARE(m_http->get(api(u"/applications/"_s + m_server->applicationId() + u"/commands/"_s + id))
                     .json()
                     .value(u"code"_s)
                     .toInt(),
                 10063);
        r = m_http->post(url, QJsonObject {{u"name"_s, u"Bad Name"_s}, {u"description"_s, u"x"_s}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code"_s).toInt(), 50035);
        QVERIFY(r.json().value(u"errors"_s).toObject().contains(u"name"_s));
    }

    void bulkOverwriteAndGuildCommands()
    {
        const QUrl url
            = api(u"/applications/"_s + m_server->applicationId() + u"/guilds/"_s + m_guild + u"/commands"_s);
        const QJsonArray list {QJsonObject {{u"name"_s, u"a"_s}, {u"description"_s, u"A"_s}},
                               QJsonObject {{u"name"_s, u"Greet"_s}, {u"type"_s, 2}}};
        Reply r = m_http->postArray("PUT", url, list);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 2);
        QCOMPARE(r.array().at(1).toObject().value(u"type"_s).toInt(), 2);
        QCOMPARE(r.array().at(0).toObject().value(u"guild_id"_s).toString(), m_guild);
        const QString idA = r.array().at(0).toObject().value(u"id"_s).toString();
        r = m_http->postArray("PUT", url, QJsonArray {list.at(0)});
        QCOMPARE(r.array().size(), 1);
        QCOMPARE(r.array().at(0).toObject().value(u"id"_s).toString(), idA); // same name keeps its id
        QCOMPARE(m_http->get(url).array().size(), 1);
        r = m_http->postArray("PUT", url, QJsonArray {QJsonObject {{u"name"_s, u"x"_s}}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().value(u"errors"_s).toObject().contains(u"0"_s));
        QCOMPARE(m_http->get(url).array().size(), 1); // unchanged after a failed overwrite
        r = m_http->get(
            api(u"/applications/"_s + m_server->applicationId() + u"/guilds/1234567890123456789/commands"_s));
        QCOMPARE(r.json().value(u"code"_s).toInt(), 10004);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRest)
#include "tst_sandbox_rest.moc"
