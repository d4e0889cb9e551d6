// InteractionEndpoint over real loopback HTTP: PING, signatures, timestamps, replays, body bounds.
#include "bot/http/InteractionEndpoint.h"
#include "core/Clock.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <sodium.h>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
    QString publicHex() const { return QString::fromLatin1(publicKey.toHex()); }
    QByteArray sign(const QByteArray &message) const
    {
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             static_cast<unsigned long long>(message.size()),
                             reinterpret_cast<const unsigned char *>(secretKey.constData()));
        return signature.toHex();
    }
    static KeyPair make()
    {
        KeyPair k;
        k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                            reinterpret_cast<unsigned char *>(k.secretKey.data()));
        return k;
    }
};

struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace

class TestInteractionEndpoint : public QObject
{
    Q_OBJECT

private:
    KeyPair m_keys;
    ManualClock m_clock {QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC)};
    std::unique_ptr<InteractionEndpoint> m_endpoint;
    QList<QJsonObject> m_handled;
    QNetworkAccessManager m_nam;
    std::function<void(const QJsonObject &, InteractionHttpResponder)> m_answer;

    QByteArray now() const { return QByteArray::number(m_clock.now().toSecsSinceEpoch()); }

    Response post(const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                  const QString &path = u"/interactions"_s, const QByteArray &method = "POST")
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_endpoint->port()).arg(path)));
        request.setRawHeader("Content-Type", "application/json");
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply
            = method == "POST" ? m_nam.post(request, body) : m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return r;
    }

    Response signedPost(const QByteArray &body, const QByteArray &timestamp = {})
    {
        const QByteArray ts = timestamp.isEmpty() ? now() : timestamp;
        return post(body, {{"X-Signature-Ed25519", m_keys.sign(ts + body)}, {"X-Signature-Timestamp", ts}});
    }

    static QByteArray command(const QString &id = u"1300000000000000001"_s)
    {
        return QJsonDocument(QJsonObject {{u"id"_s, id},
                                          {u"type"_s, 2},
                                          {u"token"_s, u"tok"_s},
                                          {u"data"_s, QJsonObject {{u"name"_s, u"ping"_s}, {u"type"_s, 1}}}})
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void init()
    {
        m_keys = KeyPair::make();
        InteractionEndpointSettings settings;
        settings.port = 0;
        settings.publicKeyHex = m_keys.publicHex();
        settings.clock = &m_clock;
        settings.maxBodyBytes = 4096;
        settings.timestampWindowSeconds = 30;
        m_endpoint = std::make_unique<InteractionEndpoint>(settings);
        m_handled.clear();
        m_answer = [](const QJsonObject &, InteractionHttpResponder responder) {
            responder.respond(
                QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"Pong!"_s}}}});
        };
        m_endpoint->setHandler([this](const QJsonObject &interaction, InteractionHttpResponder responder) {
            m_handled.append(interaction);
            m_answer(interaction, std::move(responder));
        });
        auto port = m_endpoint->start();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
        QVERIFY(port.value() > 0);
        QCOMPARE(m_endpoint->url(), u"http://127.0.0.1:%1/interactions"_s.arg(port.value()));
    }

    void cleanup() { m_endpoint.reset(); }

    void pingIsAnsweredWithPong()
    {
        const Response r = signedPost(
            QJsonDocument(QJsonObject {{u"type"_s, 1}, {u"id"_s, u"1"_s}, {u"application_id"_s, u"2"_s}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        QCOMPARE(r.json(), QJsonObject({{u"type"_s, 1}}));
        QVERIFY(m_handled.isEmpty());
        QCOMPARE(m_endpoint->stats().pings, 1);
    }

    void validSignatureIsHandedToTheHandlerAndItsAnswerIsTheResponse()
    {
        const Response r = signedPost(command());
        QCOMPARE(r.status, 200);
        QCOMPARE(m_handled.size(), 1);
        QCOMPARE(m_handled.first().value(u"data"_s).toObject().value(u"name"_s).toString(), u"ping"_s);
        QCOMPARE(r.json().value(u"type"_s).toInt(), 4);
        QCOMPARE(r.json().value(u"data"_s).toObject().value(u"content"_s).toString(), u"Pong!"_s);
    }

    void laterAnswerStillBecomesTheResponse()
    {
        // The handler answers from the event loop later (as the dispatcher does after async work).
        m_answer = [](const QJsonObject &, InteractionHttpResponder responder) {
            auto shared = std::make_shared<InteractionHttpResponder>(std::move(responder));
            QTimer::singleShot(200, [shared] { shared->respond(QJsonObject {{u"type"_s, 5}}); });
        };
        const Response r = signedPost(command());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"type"_s).toInt(), 5);
    }

    void answeredThroughTheCallbackRouteGives202()
    {
        m_answer = [](const QJsonObject &, InteractionHttpResponder responder) {
            responder.acknowledgeElsewhere();
        };
        const Response r = signedPost(command());
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
    }

    void handlerThatDropsTheRequestGives500()
    {
        m_answer = [](const QJsonObject &, InteractionHttpResponder) {};
        QTest::ignoreMessage(QtWarningMsg, "interaction endpoint: a request was dropped without an answer");
        QCOMPARE(signedPost(command()).status, 500);
    }

    void refusedRequests_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("no signature") << QByteArray("no signature") << 401;
        QTest::newRow("no timestamp") << QByteArray("no timestamp") << 401;
        QTest::newRow("signature not hex") << QByteArray("not hex") << 401;
        QTest::newRow("signature too short") << QByteArray("short") << 401;
        QTest::newRow("signature by another key") << QByteArray("other key") << 401;
        QTest::newRow("body changed after signing") << QByteArray("tampered body") << 401;
        QTest::newRow("timestamp changed after signing") << QByteArray("tampered timestamp") << 401;
        QTest::newRow("one bit of the signature flipped") << QByteArray("bit flip") << 401;
        QTest::newRow("stale timestamp") << QByteArray("stale") << 401;
        QTest::newRow("timestamp from the future") << QByteArray("future") << 401;
        QTest::newRow("timestamp not a number") << QByteArray("words") << 401;
        QTest::newRow("replayed request") << QByteArray("replay") << 401;
        QTest::newRow("body over the bound") << QByteArray("too big") << 413;
        QTest::newRow("signed but not JSON") << QByteArray("not json") << 400;
        QTest::newRow("GET") << QByteArray("get") << 405;
        QTest::newRow("other path") << QByteArray("path") << 404;
    }
    void refusedRequests()
    {
        QFETCH(QByteArray, kind);
        QFETCH(int, status);
        const QByteArray body = command();
        const QByteArray ts = now();
        const QByteArray good = m_keys.sign(ts + body);
        QSignalSpy refused(m_endpoint.get(), &InteractionEndpoint::refused);
        Response r;
        if (kind == "no signature") {
            r = post(body, {{"X-Signature-Timestamp", ts}});
        } else if (kind == "no timestamp") {
            r = post(body, {{"X-Signature-Ed25519", good}});
        } else if (kind == "not hex") {
            QByteArray bad = good;
            bad[10] = 'z';
            r = post(body, {{"X-Signature-Ed25519", bad}, {"X-Signature-Timestamp", ts}});
        } else if (kind == "short") {
            r = post(body, {{"X-Signature-Ed25519", good.left(126)}, {"X-Signature-Timestamp", ts}});
        } else if (kind == "other key") {
            r = post(
                body,
                {{"X-Signature-Ed25519", KeyPair::make().sign(ts + body)}, {"X-Signature-Timestamp", ts}});
        } else if (kind == "tampered body") {
            QByteArray changed = body;
            changed.replace("ping", "pong");
            r = post(changed, {{"X-Signature-Ed25519", good}, {"X-Signature-Timestamp", ts}});
        } else if (kind == "tampered timestamp") {
            r = post(body,
                     {{"X-Signature-Ed25519", good},
                      {"X-Signature-Timestamp", QByteArray::number(ts.toLongLong() + 1)}});
        } else if (kind == "bit flip") {
            QByteArray raw = QByteArray::fromHex(good);
            raw[5] = char(raw.at(5) ^ 0x01);
            r = post(body, {{"X-Signature-Ed25519", raw.toHex()}, {"X-Signature-Timestamp", ts}});
        } else if (kind == "stale") {
            r = signedPost(body, QByteArray::number(m_clock.now().toSecsSinceEpoch() - 31));
        } else if (kind == "future") {
            r = signedPost(body, QByteArray::number(m_clock.now().toSecsSinceEpoch() + 31));
        } else if (kind == "words") {
            r = signedPost(body, "yesterday");
        } else if (kind == "replay") {
            QCOMPARE(post(body, {{"X-Signature-Ed25519", good}, {"X-Signature-Timestamp", ts}}).status, 200);
            QCOMPARE(m_handled.size(), 1);
            m_handled.clear();
            r = post(body, {{"X-Signature-Ed25519", good}, {"X-Signature-Timestamp", ts}});
        } else if (kind == "too big") {
            const QByteArray big
                = QJsonDocument(QJsonObject {{u"type"_s, 2}, {u"pad"_s, QString(5000, u'x')}})
                      .toJson(QJsonDocument::Compact);
            r = signedPost(big);
        } else if (kind == "not json") {
            r = signedPost("{type: 2");
        } else if (kind == "get") {
            r = post({}, {{"X-Signature-Ed25519", good}, {"X-Signature-Timestamp", ts}}, u"/interactions"_s,
                     "GET");
        } else if (kind == "path") {
            r = post(body, {{"X-Signature-Ed25519", good}, {"X-Signature-Timestamp", ts}}, u"/other"_s);
        }
        QCOMPARE(r.status, status);
        QVERIFY2(m_handled.isEmpty(), "nothing may be dispatched");
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toInt(), status);
        QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
    }

    void timestampAtTheEdgeOfTheWindowIsAccepted()
    {
        QCOMPARE(
            signedPost(command(u"1"_s), QByteArray::number(m_clock.now().toSecsSinceEpoch() - 30)).status,
            200);
        QCOMPARE(
            signedPost(command(u"2"_s), QByteArray::number(m_clock.now().toSecsSinceEpoch() + 30)).status,
            200);
        QCOMPARE(m_handled.size(), 2);
    }

    void hugeBodyIsRefusedFromItsHeader()
    {
        // 8 MiB announced: the answer comes from the Content-Length, the body is drained, not kept.
        QSignalSpy refused(m_endpoint.get(), &InteractionEndpoint::refused);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_endpoint->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 8388608\r\n\r\n{\"type\":2");
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toInt(), 413);
        QTRY_VERIFY(socket.bytesAvailable() > 0);
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 413 "));
        QVERIFY(m_handled.isEmpty());
        QCOMPARE(m_endpoint->stats().tooLarge, 1);
    }

    void keepAliveServesSeveralRequests()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signedPost(command(QString::number(i))).status, 200);
        QCOMPARE(m_handled.size(), 5);
    }

    void rfc8032Vectors()
    {
        // RFC 8032, 7.1, TEST 1 (empty message) and TEST 2 (one byte 0x72): an independent implementation's
        // signatures, checked with our verifier (the timestamp/body split does not matter to Ed25519).
        const QByteArray pk1
            = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray sig1
            = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
              "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
        QVERIFY(InteractionEndpoint::verifySignature(pk1, {}, {}, sig1));
        QVERIFY(!InteractionEndpoint::verifySignature(pk1, "x", {}, sig1));
        const QByteArray pk2
            = QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        const QByteArray sig2
            = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e"
              "458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";
        QVERIFY(InteractionEndpoint::verifySignature(pk2, "r", {}, sig2));
        QVERIFY(InteractionEndpoint::verifySignature(pk2, {}, "r", sig2));
        QVERIFY(InteractionEndpoint::verifySignature(pk2, {}, "r", sig2.toUpper()));
        QVERIFY(!InteractionEndpoint::verifySignature(pk1, "r", {}, sig2));
    }

    void startRefusesBadSettings()
    {
        InteractionEndpointSettings settings;
        settings.port = 0;
        settings.publicKeyHex = u"abc"_s;
        QCOMPARE(InteractionEndpoint(settings).start().error().kind, Error::Kind::InvalidInput);
        settings.publicKeyHex = m_keys.publicHex();
        settings.address = QHostAddress(u"0.0.0.0"_s);
        auto refused = InteractionEndpoint(settings).start();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"loopback"_s));
        settings.address = QHostAddress::LocalHost;
        settings.port = m_endpoint->port(); // in use
        QCOMPARE(InteractionEndpoint(settings).start().error().kind, Error::Kind::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestInteractionEndpoint)
#include "tst_interactionendpoint.moc"
