#pragma once
// HttpDelivery: the sandbox's "Interactions Endpoint URL" mode. Instead of INTERACTION_CREATE on the gateway,
// each interaction is signed with the application's Ed25519 key and POSTed to the bot's endpoint, like
// Discord does; an inline answer (200 {type, data}) is applied as the interaction's callback.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace bw::sandbox {

class SandboxServer;

class HttpDelivery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpDelivery)

public:
    /// What the sandbox does to the signature, to check that the endpoint refuses bad ones (Discord sends
    /// such requests from time to time, and removes an endpoint that accepts them).
    enum class SignatureFault { None, Corrupt, Missing, WrongKey, Stale };

    /// One POST and what became of it.
    struct Attempt
    {
        QString interactionId; // empty for a PING
        int interactionType = 0;
        int status = 0; // the endpoint's HTTP status; 0 = no answer (connection refused, timeout)
        int responseType = 0; // the type of an inline answer, 0 when none
        QString error; // why it failed, empty when it did not
    };

    explicit HttpDelivery(SandboxServer *server);
    ~HttpDelivery() override;

    /// Where interactions go; an empty URL switches back to the gateway.
    void setEndpoint(const QUrl &url);
    QUrl endpoint() const { return m_endpoint; }
    bool isEnabled() const { return m_endpoint.isValid() && !m_endpoint.isEmpty(); }
    void setSignatureFault(SignatureFault fault) { m_fault = fault; }
    /// How long the endpoint may take to answer (Discord: 3 s).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// POSTs one interaction (the serialized payload) to the endpoint. Called by the server.
    void deliver(const QString &interactionId, const QByteArray &token, const QByteArray &payload);
    /// POSTs a PING (type 1) as the developer portal does when the URL is saved; `done` gets the attempt.
    void ping(std::function<void(const Attempt &)> done = {});

    const QList<Attempt> &attempts() const { return m_attempts; }
    void clearAttempts() { m_attempts.clear(); }

Q_SIGNALS:
    /// After each POST's answer (or failure).
    void attempted(const bw::sandbox::HttpDelivery::Attempt &attempt);

private:
    void post(const QByteArray &body, Attempt attempt, const QString &interactionId, const QByteArray &token,
              std::function<void(const Attempt &)> done);
    void applyInlineAnswer(const QString &interactionId, const QByteArray &token, const QByteArray &answer,
                           Attempt attempt, std::function<void(const Attempt &)> done);
    void finish(Attempt attempt, const std::function<void(const Attempt &)> &done);
    QByteArray signatureFor(const QByteArray &timestamp, const QByteArray &body) const;

    SandboxServer *m_server;
    QNetworkAccessManager *m_nam;
    QUrl m_endpoint;
    SignatureFault m_fault = SignatureFault::None;
    int m_timeoutMs = 3000;
    QList<Attempt> m_attempts;
};

} // namespace bw::sandbox

Q_DECLARE_METATYPE(bw::sandbox::HttpDelivery::Attempt)
