#include "sandbox/HttpDelivery.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bw::sandbox {

// ---- the two SandboxServer members of this mode (declared in SandboxServer.h) -------------------------

HttpDelivery *SandboxServer::httpDelivery()
{
    if (!m_httpDelivery)
        m_httpDelivery = new HttpDelivery(this);
    return m_httpDelivery;
}

QByteArray SandboxServer::signDetached(QByteArrayView message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()),
                         static_cast<unsigned long long>(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secretKey.constData()));
    return signature;
}

// ---- HttpDelivery ----------------------------------------------------------------------------------------

HttpDelivery::HttpDelivery(SandboxServer *server)
    : QObject(server), m_server(server), m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Attempt>();
}

HttpDelivery::~HttpDelivery() = default;

void HttpDelivery::setEndpoint(const QUrl &url)
{
    m_endpoint = url;
    if (isEnabled())
        qCInfo(lcSandbox).noquote() << "interactions go to" << url.toString() << "(signed HTTP POSTs)";
    else
        qCInfo(lcSandbox) << "interactions go to the gateway";
}

QByteArray HttpDelivery::signatureFor(const QByteArray &timestamp, const QByteArray &body) const
{
    switch (m_fault) {
    case SignatureFault::Missing:
        return {};
    case SignatureFault::WrongKey: {
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        crypto_sign_keypair(pk, sk);
        const QByteArray message = timestamp + body;
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             static_cast<unsigned long long>(message.size()), sk);
        return signature.toHex();
    }
    case SignatureFault::Corrupt: {
        QByteArray signature = m_server->signDetached(QByteArray(timestamp + body));
        signature[0] = char(signature.at(0) ^ 0x40);
        return signature.toHex();
    }
    case SignatureFault::None:
    case SignatureFault::Stale:
        break;
    }
    return m_server->signDetached(QByteArray(timestamp + body)).toHex();
}

void HttpDelivery::deliver(const QString &interactionId, const QByteArray &token, const QByteArray &payload)
{
    Attempt attempt;
    attempt.interactionId = interactionId;
    attempt.interactionType = QJsonDocument::fromJson(payload).object().value(u"type"_s).toInt();
    post(payload, attempt, interactionId, token, {});
}

void HttpDelivery::ping(std::function<void(const Attempt &)> done)
{
    const QByteArray body = QJsonDocument(QJsonObject {{u"type"_s, 1},
                                                       {u"id"_s, QString::number(m_server->world().mint())},
                                                       {u"application_id"_s, m_server->applicationId()},
                                                       {u"token"_s, u"ping"_s},
                                                       {u"version"_s, 1}})
                                .toJson(QJsonDocument::Compact);
    Attempt attempt;
    attempt.interactionType = 1;
    post(body, attempt, {}, {}, std::move(done));
}

void HttpDelivery::post(const QByteArray &body, Attempt attempt, const QString &interactionId,
                        const QByteArray &token, std::function<void(const Attempt &)> done)
{
    if (!isEnabled()) {
        attempt.error = u"No interactions endpoint is set."_s;
        finish(attempt, done);
        return;
    }
    const Clock *clock = m_server->options().clock ? m_server->options().clock : Clock::system();
    qint64 seconds = clock->now().toSecsSinceEpoch();
    if (m_fault == SignatureFault::Stale)
        seconds -= 3600;
    const QByteArray timestamp = QByteArray::number(seconds);
    QNetworkRequest request(m_endpoint);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("User-Agent", "Discord-Interactions/1.0 (+https://discord.com) Botwright-Sandbox");
    const QByteArray signature = signatureFor(timestamp, body);
    if (!signature.isEmpty())
        request.setRawHeader("X-Signature-Ed25519", signature);
    request.setRawHeader("X-Signature-Timestamp", timestamp);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam->post(request, body);
    QPointer<HttpDelivery> self(this);
    QObject::connect(reply, &QNetworkReply::finished, this,
                     [this, self, reply, attempt, interactionId, token, done]() mutable {
                         reply->deleteLater();
                         attempt.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         const QByteArray answer = reply->readAll();
                         if (attempt.status == 0) {
                             attempt.error = reply->errorString();
                             finish(attempt, done);
                             return;
                         }
                         if (attempt.status != 200 && attempt.status != 202) {
                             attempt.error = u"The endpoint answered %1: %2"_s.arg(attempt.status)
                                                 .arg(QString::fromUtf8(answer.left(200)));
                             finish(attempt, done);
                             return;
                         }
                         if (attempt.status == 202 || interactionId.isEmpty()) {
                             // 202: the bot answers through the callback route itself. PING: nothing to
                             // apply.
                             attempt.responseType
                                 = QJsonDocument::fromJson(answer).object().value(u"type"_s).toInt();
                             finish(attempt, done);
                             return;
                         }
                         applyInlineAnswer(interactionId, token, answer, attempt, done);
                     });
}

void HttpDelivery::applyInlineAnswer(const QString &interactionId, const QByteArray &token,
                                     const QByteArray &answer, Attempt attempt,
                                     std::function<void(const Attempt &)> done)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(answer, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        attempt.error = u"The endpoint's answer is not a JSON object."_s;
        finish(attempt, done);
        return;
    }
    attempt.responseType = doc.object().value(u"type"_s).toInt();
    // The answer is the interaction's callback: the sandbox's own callback route applies it, with every
    // check a bot's POST /interactions/{id}/{token}/callback gets (types, deadline, message limits).
    QUrl url = m_server->apiBase();
    url.setPath(url.path()
                + u"/interactions/%1/%2/callback"_s.arg(interactionId, QString::fromLatin1(token)));
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = m_nam->post(request, answer);
    QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, attempt, done]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 204 && status != 200)
            attempt.error = u"The inline answer was refused (%1): %2"_s.arg(status).arg(
                QString::fromUtf8(reply->readAll().left(300)));
        finish(attempt, done);
    });
}

void HttpDelivery::finish(Attempt attempt, const std::function<void(const Attempt &)> &done)
{
    if (!attempt.error.isEmpty())
        qCInfo(lcSandbox).noquote() << "HTTP delivery of interaction" << attempt.interactionId
                                    << "failed:" << attempt.error;
    m_attempts.append(attempt);
    if (m_attempts.size() > 1000)
        m_attempts.removeFirst();
    if (done)
        done(attempt);
    Q_EMIT attempted(attempt);
}

} // namespace bw::sandbox
