#pragma once
// InteractionEndpoint: Discord's "Interactions Endpoint URL" on Qt HttpServer. Verifies the Ed25519 signature
// of every POST, refuses stale timestamps, replays and oversized bodies, answers PING, and hands the rest to
// a handler whose first response becomes the HTTP response.

#include "core/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace bw {

class Clock;

struct InteractionEndpointSettings
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080; // 0 = a free port
    QString path = QStringLiteral("/interactions");
    /// Binding anything but a loopback address must be asked for explicitly (and logs a warning).
    bool allowNonLoopback = false;
    /// The application's public key (the portal's "Public Key"): 64 hex digits.
    QString publicKeyHex;
    /// Requests whose X-Signature-Timestamp is further than this from now are refused (replays).
    int timestampWindowSeconds = 60;
    /// Bigger bodies are refused with 413 before they are read.
    qint64 maxBodyBytes = 256 * 1024;
    const Clock *clock = nullptr; // nullptr = Clock::system()
};

/// The pending HTTP answer to one interaction. Move-only; the first call wins, later ones are ignored.
/// Destroyed without an answer, it answers 500 so that the connection never hangs.
class InteractionHttpResponder
{
public:
    struct State;
    InteractionHttpResponder() = default;
    explicit InteractionHttpResponder(std::shared_ptr<State> state);
    InteractionHttpResponder(InteractionHttpResponder &&) noexcept = default;
    InteractionHttpResponder &operator=(InteractionHttpResponder &&) noexcept = default;
    InteractionHttpResponder(const InteractionHttpResponder &) = delete;
    InteractionHttpResponder &operator=(const InteractionHttpResponder &) = delete;
    ~InteractionHttpResponder();

    /// Answers 200 with the interaction response ({"type": 4, "data": {...}} and so on).
    void respond(const QJsonObject &response);
    /// Answers 202 with no body: the response went (or goes) through the callback route.
    void acknowledgeElsewhere();
    /// Answers an error status with {"message": ...}.
    void reject(int status, const QString &message);
    /// True until one of the above was called (or the client went away).
    bool isPending() const;

private:
    std::shared_ptr<State> m_state;
};

class InteractionEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionEndpoint)

public:
    /// Gets every verified interaction but PING; must answer through the responder within 3 seconds.
    using Handler = std::function<void(const QJsonObject &interaction, InteractionHttpResponder responder)>;

    explicit InteractionEndpoint(InteractionEndpointSettings settings, QObject *parent = nullptr);
    ~InteractionEndpoint() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    /// Listens; returns the port. Fails for a bad public key, a non-loopback address that was not
    /// allowed, or a port in use.
    Result<quint16> start();
    void stop();
    bool isListening() const;
    quint16 port() const { return m_port; }
    /// http://address:port/path
    QString url() const;
    const InteractionEndpointSettings &settings() const { return m_settings; }

    /// Checks an Ed25519 signature (hex) of timestamp + body against a raw 32-byte public key.
    static bool verifySignature(const QByteArray &publicKey, const QByteArray &timestamp,
                                const QByteArray &body, const QByteArray &signatureHex);

    /// Counters, for the event log and tests.
    struct Stats
    {
        qint64 accepted = 0; // verified interactions handed on (PINGs included)
        qint64 pings = 0;
        qint64 unauthorized = 0; // 401: missing/bad signature, stale timestamp, replay
        qint64 tooLarge = 0; // 413
        qint64 badRequests = 0; // 400, 404, 405, 411
    };
    const Stats &stats() const { return m_stats; }

Q_SIGNALS:
    /// A request was refused (status and the reason, for the event log).
    void refused(int status, const QString &reason);
    /// A verified interaction arrived (type 1 PING included).
    void interactionReceived(const QString &interactionId, int type);

private:
    class Server;
    class TcpServer;
    friend class Server;
    friend class TcpServer;
    void handle(const QByteArray &method, const QString &path, const QByteArray &timestamp,
                const QByteArray &signature, const QByteArray &body, InteractionHttpResponder responder);
    void refuse(InteractionHttpResponder &responder, int status, const QString &reason);
    bool checkReplay(const QByteArray &signature, qint64 timestamp, qint64 now);

    InteractionEndpointSettings m_settings;
    const Clock *m_clock;
    QByteArray m_publicKey; // raw 32 bytes once started
    Server *m_server = nullptr;
    quint16 m_port = 0;
    Handler m_handler;
    Stats m_stats;
    QHash<QByteArray, qint64> m_seenSignatures; // signature -> timestamp, within the window
};

} // namespace bw
