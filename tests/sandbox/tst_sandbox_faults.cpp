// Fault injection: every gateway fault (drop, no ACKs, op 7, op 9 true/false, op 1, malformed frame, close
// codes) and every REST fault (5xx, slow, dropped connection), in process and over /_sandbox/.
#include "SandboxTestUtil.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace bwtest;
using bw::sandbox::RestFault;
using bw::sandbox::SandboxServer;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Http> m_http;

    QUrl api(const QString &path) const { return QUrl(m_server->apiBase().toString() + path); }
    QUrl control(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1/_sandbox%2"_s.arg(m_server->port()).arg(path));
    }
    QJsonObject gatewayFault(const QJsonObject &body)
    {
        return m_http->post(control(u"/faults/gateway"_s), body, false).json();
    }
    QJsonObject firstSession() const { return m_server->gateway()->sessionsJson().first().toObject(); }

    /// Opens a new connection and resumes; true when RESUMED arrives.
    bool resumes(const QString &sessionId, int seq)
    {
        GatewayClient r;
        if (!r.open(m_server->gatewayUrl()) || r.waitOp(10).isEmpty())
            return false;
        r.resume(m_server->botToken(), sessionId, seq);
        return !r.waitFor([](const QJsonObject &p) {
                     return p.value(u"t"_s).toString() == u"RESUMED"_s || p.value(u"op"_s).toInt() == 9;
                 })
                    .value(u"t"_s)
                    .isNull();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(fastOptions());
        QVERIFY(m_server->start().ok());
        m_http = std::make_unique<Http>(m_server->botToken());
    }
    void cleanup()
    {
        m_http.reset();
        m_server.reset();
    }

    void dropConnectionKeepsTheSessionResumable()
    {
        GatewayClient c;
        const QString session = c.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken())
                                    .value(u"session_id"_s)
                                    .toString();
        QCOMPARE(gatewayFault(QJsonObject {{u"action"_s, u"drop"_s}}).value(u"affected"_s).toInt(), 1);
        QVERIFY(c.waitClosed());
        QVERIFY(c.closeCode != 1000 || c.closeReason.isEmpty());
        QVERIFY(resumes(session, c.lastSeq));
    }

    void stopAndResumeHeartbeatAcks()
    {
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken()).isEmpty());
        QCOMPARE(m_server->setHeartbeatAcks(false), 1);
        c.heartbeat();
        QVERIFY(c.waitOp(11, 300).isEmpty());
        QVERIFY(!firstSession().value(u"acking_heartbeats"_s).toBool());
        gatewayFault(QJsonObject {{u"action"_s, u"resume_acks"_s}});
        c.heartbeat();
        QVERIFY(!c.waitOp(11).isEmpty());
    }

    void reconnectOp7()
    {
        GatewayClient c;
        const QString session = c.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken())
                                    .value(u"session_id"_s)
                                    .toString();
        QCOMPARE(gatewayFault(QJsonObject {{u"action"_s, u"reconnect"_s}}).value(u"affected"_s).toInt(), 1);
        const QJsonObject op7 = c.waitOp(7);
        QVERIFY(!op7.isEmpty());
        QVERIFY(op7.value(u"d"_s).isNull());
        c.close(4200);
        QVERIFY(c.waitClosed());
        QVERIFY(resumes(session, c.lastSeq));
    }

    void invalidSession_data()
    {
        QTest::addColumn<bool>("resumable");
        QTest::newRow("true") << true;
        QTest::newRow("false") << false;
    }
    void invalidSession()
    {
        QFETCH(bool, resumable);
        GatewayClient c;
        const QString session = c.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken())
                                    .value(u"session_id"_s)
                                    .toString();
        QCOMPARE(m_server->sendInvalidSession(resumable), 1);
        const QJsonObject op9 = c.waitOp(9);
        QVERIFY(!op9.isEmpty());
        QCOMPARE(op9.value(u"d"_s).toBool(!resumable), resumable);
        if (resumable) {
            // discord.js resends RESUME on the same socket
            c.resume(m_server->botToken(), session, c.lastSeq);
            QVERIFY(!c.waitDispatch(u"RESUMED"_s).isEmpty());
        } else {
            QVERIFY(!resumes(session, c.lastSeq));
            c.identify(m_server->botToken(), 1); // a new session on the same socket
            QVERIFY(!c.waitDispatch(u"READY"_s).isEmpty());
        }
    }

    void heartbeatRequestOp1()
    {
        GatewayClient c;
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken()).isEmpty());
        QCOMPARE(
            gatewayFault(QJsonObject {{u"action"_s, u"heartbeat_request"_s}}).value(u"affected"_s).toInt(),
            1);
        QVERIFY(!c.waitOp(1).isEmpty());
    }

    void malformedFrame_data()
    {
        QTest::addColumn<QByteArray>("codec");
        QTest::newRow("plain") << QByteArray();
        QTest::newRow("zlib-stream") << QByteArray("zlib-stream");
        QTest::newRow("zstd-stream") << QByteArray("zstd-stream");
    }
    void malformedFrame()
    {
        QFETCH(QByteArray, codec);
        GatewayClient c(codec);
        QVERIFY(!c.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken()).isEmpty());
        QVERIFY(!c.decodeError);
        QCOMPARE(m_server->sendMalformedFrame(), 1);
        QTRY_VERIFY(c.decodeError);
    }

    void closeWithCode_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("resumable");
        QTest::newRow("4000") << 4000 << true;
        QTest::newRow("1011") << 1011 << true;
        QTest::newRow("4004") << 4004 << false;
        QTest::newRow("4009") << 4009 << false;
        QTest::newRow("1000") << 1000 << false;
    }
    void closeWithCode()
    {
        QFETCH(int, code);
        QFETCH(bool, resumable);
        GatewayClient c;
        const QString session = c.connectAndIdentify(m_server->gatewayUrl(), m_server->botToken())
                                    .value(u"session_id"_s)
                                    .toString();
        QCOMPARE(gatewayFault(QJsonObject {{u"action"_s, u"close"_s}, {u"code"_s, code}})
                     .value(u"affected"_s)
                     .toInt(),
                 1);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.closeCode, code);
        QCOMPARE(resumes(session, c.lastSeq), resumable);
    }

    void faultTargetsOneShard()
    {
        GatewayClient a, b;
        QVERIFY(a.open(m_server->gatewayUrl()) && !a.waitOp(10).isEmpty());
        a.identify(m_server->botToken(), 1, 0, 2);
        QVERIFY(!a.waitDispatch(u"READY"_s).isEmpty());
        QVERIFY(b.open(m_server->gatewayUrl()) && !b.waitOp(10).isEmpty());
        b.identify(m_server->botToken(), 1, 1, 2);
        QVERIFY(!b.waitDispatch(u"READY"_s).isEmpty());
        QCOMPARE(gatewayFault(QJsonObject {{u"action"_s, u"close"_s}, {u"code"_s, 4000}, {u"shard"_s, 1}})
                     .value(u"affected"_s)
                     .toInt(),
                 1);
        QVERIFY(b.waitClosed());
        QVERIFY(!a.closed);
    }

    void unknownFaultActionIsRefused()
    {
        Reply r
            = m_http->post(control(u"/faults/gateway"_s), QJsonObject {{u"action"_s, u"explode"_s}}, false);
        QCOMPARE(r.status, 400);
        r = m_http->post(control(u"/faults/rest"_s), QJsonObject {{u"kind"_s, u"teapot"_s}}, false);
        QCOMPARE(r.status, 400);
    }

    void serverErrors()
    {
        Reply f
            = m_http->post(control(u"/faults/rest"_s),
                           QJsonObject {{u"kind"_s, u"5xx"_s}, {u"status"_s, 502}, {u"count"_s, 2}}, false);
        QCOMPARE(f.status, 200);
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 502);
        Reply r = m_http->get(api(u"/gateway/bot"_s));
        QCOMPARE(r.status, 502);
        QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 200);
        QCOMPARE(m_server->stats().statuses.value("GET /users/@me").value(502), 1);
    }

    void slowResponses()
    {
        RestFault slow;
        slow.kind = RestFault::Kind::Slow;
        slow.delayMs = 300;
        slow.route = "GET /users/@me";
        m_server->addRestFault(slow);
        QElapsedTimer t;
        t.start();
        Reply r = m_http->get(api(u"/users/@me"_s));
        QCOMPARE(r.status, 200);
        QVERIFY(t.elapsed() >= 250); // a lower bound only: it was held back
        QCOMPARE(r.json().value(u"id"_s).toString(), m_server->botUserId());
    }

    void droppedHttpConnection()
    {
        RestFault drop;
        drop.kind = RestFault::Kind::Drop;
        drop.remaining = -1; // QNetworkAccessManager retries a dropped request once by itself
        m_server->addRestFault(drop);
        Reply r = m_http->get(api(u"/users/@me"_s));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QVERIFY(m_server->stats().statuses.value("GET /users/@me").value(0) >= 1);
        m_server->clearFaults();
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 200);
    }

    void clearFaults()
    {
        m_http->post(control(u"/faults/rest"_s), QJsonObject {{u"kind"_s, u"5xx"_s}, {u"count"_s, -1}},
                     false);
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 500);
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 500);
        QCOMPARE(m_http->post(control(u"/faults/clear"_s), QJsonObject {}, false).status, 200);
        QCOMPARE(m_http->get(api(u"/users/@me"_s)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
