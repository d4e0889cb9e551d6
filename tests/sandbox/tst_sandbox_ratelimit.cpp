// Rate limits of the sandbox REST API: per-route buckets by major parameter, the global limit, every header,
// the 429 shape both libraries need, and request counting on the sandbox side.
#include "SandboxTestUtil.h"
#include "sandbox/SandboxServer.h"

using namespace Qt::StringLiterals;
using namespace bwtest;
using bw::sandbox::SandboxOptions;
using bw::sandbox::SandboxServer;

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private:
    bw::ManualClock m_clock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;

    QUrl api(const QString &path) const { return QUrl(m_server->apiBase().toString() + path); }
    QUrl messages(const QString &channel) const { return api(u"/channels/"_s + channel + u"/messages"_s); }
    QUrl control(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1/_sandbox%2"_s.arg(m_server->port()).arg(path));
    }

    void startWith(int routeLimit, int routeWindowMs, int globalLimit)
    {
        SandboxOptions o = fastOptions(&m_clock);
        o.rateLimits.routeLimit = routeLimit;
        o.rateLimits.routeWindowMs = routeWindowMs;
        o.rateLimits.globalLimit = globalLimit;
        m_server = std::make_unique<SandboxServer>(o);
        QVERIFY(m_server->start().ok());
        m_http = std::make_unique<Http>(m_server->botToken());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void routeBucket429()
    {
        startWith(2, 5000, 1000);
        const QString general = m_server->defaultChannelId();
        Reply a = m_http->post(messages(general), QJsonObject {{u"content"_s, u"1"_s}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("x-ratelimit-limit"), QByteArray("2"));
        QCOMPARE(a.header("x-ratelimit-remaining"), QByteArray("1"));
        QCOMPARE(a.header("x-ratelimit-reset-after"), QByteArray("5.000"));
        QVERIFY(a.header("x-ratelimit-reset").toDouble() > 1.6e9);
        const QByteArray bucket = a.header("x-ratelimit-bucket");
        QVERIFY(!bucket.isEmpty());
        Reply b = m_http->post(messages(general), QJsonObject {{u"content"_s, u"2"_s}});
        QCOMPARE(b.header("x-ratelimit-remaining"), QByteArray("0"));
        m_clock.advance(1500);
        Reply c = m_http->post(messages(general), QJsonObject {{u"content"_s, u"3"_s}});
        QCOMPARE(c.status, 429);
        QCOMPARE(c.header("content-type"), QByteArray("application/json"));
        const QJsonObject body = c.json();
        QCOMPARE(body.value(u"message"_s).toString(), u"You are being rate limited."_s);
        QCOMPARE(body.value(u"retry_after"_s).toDouble(), 3.5);
        QCOMPARE(body.value(u"global"_s).toBool(true), false);
        // Discord: Retry-After in whole seconds rounded up; the body and Reset-After keep the decimals
        QCOMPARE(c.header("retry-after"), QByteArray("4"));
        QCOMPARE(c.header("x-ratelimit-reset-after"), QByteArray("3.500"));
        QVERIFY(!c.header("via").isEmpty());
        QCOMPARE(c.header("x-ratelimit-scope"), QByteArray("user"));
        QVERIFY(!c.headers.contains("x-ratelimit-global"));
        QCOMPARE(c.header("x-ratelimit-bucket"), bucket);
        QCOMPARE(c.header("x-ratelimit-remaining"), QByteArray("0"));
        // the refused request did nothing
        QCOMPARE(m_http->get(messages(general)).array().size(), 2);
        // another major parameter has its own bucket with the same hash
        Reply other = m_http->post(messages(m_server->defaultChannelId(u"support"_s)),
                                   QJsonObject {{u"content"_s, u"x"_s}});
        QCOMPARE(other.status, 200);
        QCOMPARE(other.header("x-ratelimit-bucket"), bucket);
        QCOMPARE(other.header("x-ratelimit-remaining"), QByteArray("1"));
        // after the window the bucket is full again
        m_clock.advance(3500);
        QCOMPARE(m_http->post(messages(general), QJsonObject {{u"content"_s, u"4"_s}}).status, 200);
        // counted on the sandbox side
        const QJsonObject stats = m_http->get(control(u"/stats"_s), false).json();
        QCOMPARE(stats[u"requests"_s][u"POST /channels/{channel_id}/messages"_s].toInt(), 5);
        QCOMPARE(stats[u"statuses"_s][u"POST /channels/{channel_id}/messages"_s][u"429"_s].toInt(), 1);
        QCOMPARE(stats[u"statuses"_s][u"POST /channels/{channel_id}/messages"_s][u"200"_s].toInt(), 4);
    }

    void globalLimit()
    {
        startWith(100, 1000, 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 200);
        Reply r = m_http->get(api(u"/gateway/bot"_s));
        QCOMPARE(r.status, 429);
        QVERIFY(r.json().value(u"global"_s).toBool());
        QCOMPARE(r.header("x-ratelimit-global"), QByteArray("true"));
        QCOMPARE(r.header("x-ratelimit-scope"), QByteArray("global"));
        QVERIFY(!r.header("retry-after").isEmpty());
        QVERIFY(!r.header("via").isEmpty());
        m_clock.advance(1000);
        QCOMPARE(m_http->get(api(u"/gateway/bot"_s)).status, 200);
    }

    void interactionRoutesAreExemptFromTheGlobalLimit()
    {
        startWith(100, 1000, 1);
        GatewayClient bot;
        QVERIFY(!bot.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken()).isEmpty());
        Reply msg = m_http->post(
            messages(m_server->defaultChannelId()),
            QJsonObject {{u"components"_s,
                          QJsonArray {QJsonObject {{u"type"_s, 1},
                                                   {u"components"_s,
                                                    QJsonArray {QJsonObject {{u"type"_s, 2},
                                                                             {u"style"_s, 1},
                                                                             {u"label"_s, u"b"_s},
                                                                             {u"custom_id"_s, u"b"_s}}}}}}}});
        QCOMPARE(msg.status, 200);
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 429); // the global limit of 1 is used up
        for (int n = 0; n < 3; ++n) {
            QVERIFY(m_server->simulateClick(u"alice"_s, msg.json().value(u"id"_s).toString(), u"b"_s).ok());
            const QJsonObject i = bot.waitDispatch(u"INTERACTION_CREATE"_s).value(u"d"_s).toObject();
            Http anonymous;
            Reply cb = anonymous.post(
                api(u"/interactions/%1/%2/callback"_s.arg(i[u"id"_s].toString(), i[u"token"_s].toString())),
                QJsonObject {{u"type"_s, 5}}, false);
            QCOMPARE(cb.status, 204);
            QVERIFY(!cb.header("x-ratelimit-bucket").isEmpty());
            Reply f = anonymous.post(
                api(u"/webhooks/%1/%2"_s.arg(m_server->applicationId(), i[u"token"_s].toString())),
                QJsonObject {{u"content"_s, u"ok"_s}}, false);
            QCOMPARE(f.status, 200);
        }
    }

    void headersOnEveryResponse()
    {
        startWith(5, 5000, 50);
        Http anonymous;
        for (const Reply &r :
             {m_http->get(api(u"/nothing"_s)), anonymous.get(api(u"/users/@me"_s)),
              m_http->get(api(u"/channels/1234567890123456789"_s)), m_http->get(api(u"/gateway"_s))}) {
            for (const char *h : {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset",
                                  "x-ratelimit-reset-after", "x-ratelimit-bucket"})
                QVERIFY2(r.headers.contains(h), h);
            QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        }
    }

    void limitsConfigurableOverHttp()
    {
        startWith(100, 1000, 1000);
        Reply cfg = m_http->post(
            control(u"/config"_s),
            QJsonObject {
                {u"rate_limits"_s,
                 QJsonObject {{u"routes"_s,
                               QJsonObject {{u"GET /users/@me"_s,
                                             QJsonObject {{u"limit"_s, 1}, {u"window_ms"_s, 2000}}}}}}}},
            false);
        QCOMPARE(cfg.status, 200);
        QCOMPARE(cfg.json()[u"rate_limits"_s][u"routes"_s][u"GET /users/@me"_s][u"limit"_s].toInt(), 1);
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 200);
        Reply r = m_http->get(api(u"/users/@me"_s));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"retry_after"_s).toDouble(), 2.0);
        QCOMPARE(m_http->get(api(u"/gateway/bot"_s)).status, 200); // other routes unaffected
        QCOMPARE(m_http
                     ->post(control(u"/config"_s),
                            QJsonObject {{u"rate_limits"_s, QJsonObject {{u"enabled"_s, false}}}}, false)
                     .status,
                 200);
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 200);
    }

    void storm429NeverRunsTheRequest()
    {
        startWith(100, 1000, 1000);
        Reply f = m_http->post(control(u"/faults/rest"_s),
                               QJsonObject {{u"kind"_s, u"429"_s},
                                            {u"count"_s, 2},
                                            {u"route"_s, u"POST /channels/"_s},
                                            {u"retry_after"_s, 0.25},
                                            {u"scope"_s, u"shared"_s}},
                               false);
        QCOMPARE(f.status, 200);
        const QUrl url = messages(m_server->defaultChannelId());
        for (int i = 0; i < 2; ++i) {
            Reply r = m_http->post(url, QJsonObject {{u"content"_s, u"storm"_s}});
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("x-ratelimit-scope"), QByteArray("shared"));
            QCOMPARE(r.json().value(u"retry_after"_s).toDouble(), 0.25);
            QVERIFY(!r.header("via").isEmpty());
        }
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 200); // other routes are not in the storm
        QCOMPARE(m_http->post(url, QJsonObject {{u"content"_s, u"after"_s}}).status, 200);
        QCOMPARE(m_http->get(url).array().size(), 1); // exactly one message was created
        QCOMPARE(m_server->stats().requests.value("POST /channels/{channel_id}/messages"), 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "tst_sandbox_ratelimit.moc"
