// Ed25519 interaction signatures checked against an independent implementation (Node's crypto, OpenSSL),
// so that our verifier and the sandbox's signer are not only checked against each other.
#include "bot/http/InteractionEndpoint.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace bw;
using namespace Qt::StringLiterals;

class TestSignaturePeer : public QObject
{
    Q_OBJECT

private:
    QString m_node;

    QByteArray runNode(const QStringList &args, int *exitCode)
    {
        QProcess node;
        node.start(m_node, QStringList {QStringLiteral(PEERS_SOURCE_DIR "/signature/ed25519.mjs")} + args);
        if (!node.waitForFinished(30000)) {
            *exitCode = -1;
            return {};
        }
        *exitCode = node.exitCode();
        if (node.exitCode() > 1)
            qWarning().noquote() << node.readAllStandardError();
        return node.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_node = QStandardPaths::findExecutable(u"node"_s);
        QVERIFY2(!m_node.isEmpty(), "node is not installed: run packaging/install-deps.sh --test");
    }

    void nodeSignatureIsAcceptedByTheEndpoint()
    {
        const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray body = R"({"type":2,"id":"1","token":"t","data":{"name":"ping"}})";
        int code = 0;
        const QJsonObject vector = QJsonDocument::fromJson(runNode({u"sign"_s, QString::fromLatin1(timestamp),
                                                                    QString::fromLatin1(body.toHex())},
                                                                   &code))
                                       .object();
        QCOMPARE(code, 0);
        const QByteArray publicKey = QByteArray::fromHex(vector.value(u"public_key"_s).toString().toLatin1());
        const QByteArray signature = vector.value(u"signature"_s).toString().toLatin1();
        QCOMPARE(publicKey.size(), 32);
        QCOMPARE(signature.size(), 128);

        QVERIFY(InteractionEndpoint::verifySignature(publicKey, timestamp, body, signature));
        QVERIFY(!InteractionEndpoint::verifySignature(publicKey, timestamp, body + ' ', signature));
        QByteArray flipped = QByteArray::fromHex(signature);
        flipped[63] = char(flipped.at(63) ^ 0x01);
        QVERIFY(!InteractionEndpoint::verifySignature(publicKey, timestamp, body, flipped.toHex()));

        // The same request over HTTP to an endpoint that knows Node's public key.
        InteractionEndpointSettings settings;
        settings.port = 0;
        settings.publicKeyHex = vector.value(u"public_key"_s).toString();
        InteractionEndpoint endpoint(settings);
        QVERIFY(endpoint.start().ok());
        int handled = 0;
        endpoint.setHandler([&](const QJsonObject &, InteractionHttpResponder responder) {
            ++handled;
            responder.respond(
                QJsonObject {{u"type"_s, 4}, {u"data"_s, QJsonObject {{u"content"_s, u"Pong!"_s}}}});
        });
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(endpoint.url()));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("X-Signature-Ed25519", signature);
        request.setRawHeader("X-Signature-Timestamp", timestamp);
        QNetworkReply *reply = nam.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(handled, 1);
        delete reply;
    }

    void sandboxSignatureIsAcceptedByNode()
    {
        sandbox::SandboxServer server;
        const QByteArray message = "1700000000"
                                   R"({"type":1})";
        const QByteArray signature = server.signDetached(message).toHex();
        int code = -1;
        runNode({u"verify"_s, server.publicKeyHex(), QString::fromLatin1(signature),
                 QString::fromLatin1(message.toHex())},
                &code);
        QCOMPARE(code, 0);
        // and Node refuses it for another message, so the check can fail
        runNode({u"verify"_s, server.publicKeyHex(), QString::fromLatin1(signature),
                 QString::fromLatin1(QByteArray(message + 'x').toHex())},
                &code);
        QCOMPARE(code, 1);
    }
};

QTEST_GUILESS_MAIN(TestSignaturePeer)
#include "tst_signature_peer.moc"
