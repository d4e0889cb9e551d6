#pragma once
// GatewayShard: one Gateway v10 WebSocket connection (one shard): HELLO/heartbeats/zombie detection,
// IDENTIFY/RESUME, reconnects with backoff, compression, the send limit, and typed dispatch events.
// Lives on the thread it was created on; everything is asynchronous and reported through signals.

#include "core/Clock.h"
#include "core/Result.h"
#include "discord/GatewayPayload.h"
#include "discord/GatewaySendLimiter.h"
#include "discord/HeartbeatTracker.h"
#include "discord/StreamDecoders.h"

#include <QAbstractSocket>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <limits>

class QWebSocket;

namespace bw::discord {

class GatewayShard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayShard)

public:
    enum class State : quint8 { Disconnected, Connecting, Identifying, Resuming, Ready };
    Q_ENUM(State)

    struct Options
    {
        QUrl gatewayUrl; ///< from GET /gateway/bot (query added by the shard)
        QString token; ///< raw bot token, without "Bot "
        qint64 intents = 0;
        int shardId = 0;
        int shardCount = 1;
        Compression compression = Compression::ZlibStream;
        QJsonObject properties; ///< IDENTIFY properties; defaults to {os, browser, device}
        QJsonObject presence; ///< optional initial presence (op 3 shape)
        int largeThreshold = 0; ///< 50–250; 0 leaves it out
        /// When true the shard emits identifyRequested() and waits for identifyNow() (ShardManager's
        /// max_concurrency scheduling); otherwise it identifies right after HELLO.
        bool externalIdentifyGate = false;

        const Clock *clock = nullptr; ///< nullptr = Clock::system()
        std::function<double()> random; ///< uniform [0,1); nullptr = QRandomGenerator
        qint64 backoffBaseMs = 1'000; ///< reconnect backoff: random × min(max, base × 2^attempt)
        qint64 backoffMaxMs = 60'000;
        qint64 invalidSessionMinMs = 1'000; ///< wait before identifying after op 9 false
        qint64 invalidSessionMaxMs = 5'000;
        /// Without an external gate: at least this long between two IDENTIFYs of this shard (Discord's
        /// max_concurrency window); a faster one is answered with op 9.
        qint64 identifyIntervalMs = 5'250; // Discord's 5 s plus a margin for network jitter
        qint64 helloTimeoutMs = 30'000; ///< no HELLO after opening → reconnect
        qint64 readyTimeoutMs = 30'000; ///< no READY/RESUMED after IDENTIFY/RESUME → reconnect
        qint64 wakeAckTimeoutMs = 5'000; ///< after a sleep/wake, the check beat must be ACKed this fast
        qint64 clockCheckIntervalMs = 5'000; ///< how often the wall clock is compared with the monotonic one
        qint64 clockJumpThresholdMs = 10'000;
        int sendLimit = 120; ///< payloads per window per connection
        qint64 sendWindowMs = 60'000;
        qint64 stopTimeoutMs = 3'000; ///< deliberate close: wait this long for the close handshake
    };

    explicit GatewayShard(Options options, QObject *parent = nullptr);
    ~GatewayShard() override;

    /// Opens the connection (no-op while already running). Resumes when a session is held.
    void start();
    /// Closes with 1000 (ends the session) and stops reconnecting; emits stopped() when closed.
    void stop();
    /// Sends a payload (presence update, request guild members, ...). Refused with an Error when it is
    /// over 4096 bytes or the shard is not running; otherwise queued under the send limit and sent once
    /// the session is ready.
    Result<void> send(Opcode op, const QJsonValue &d);
    /// For an external identify gate: identify now if still waiting to; returns whether it did.
    bool identifyNow();
    /// Compares the wall clock with the monotonic clock and checks the connection at once after a jump
    /// (sleep/wake). Called by a timer; public so that tests can drive it with a ManualClock.
    void checkClock();

    State state() const { return m_state; }
    int shardId() const { return m_options.shardId; }
    int shardCount() const { return m_options.shardCount; }
    bool isRunning() const { return m_running; }
    /// Last heartbeat round trip, -1 before the first ACK.
    qint64 latencyMs() const { return m_latencyMs; }
    QString sessionId() const { return m_sessionId; }
    qint64 sequence() const { return m_seq; }
    QUrl resumeUrl() const { return m_resumeUrl; }
    qint64 heartbeatIntervalMs() const { return m_heartbeat.intervalMs(); }
    /// The error that stopped the shard (non-retryable close), if any.
    std::optional<Error> fatalError() const { return m_fatal; }
    const GatewaySendLimiter &sendLimiter() const { return m_limiter; }
    qsizetype queuedSends() const { return static_cast<qsizetype>(m_queue.size()); }
    /// The URL the next connection will open (with query), for display; never contains the token.
    QUrl nextConnectUrl() const;

    static QString stateName(State state);
    static constexpr qsizetype kMaxPayloadBytes = 4096;
    /// send() refuses more than this many payloads waiting for the send limit or for READY.
    static constexpr size_t kMaxQueuedSends = 1000;

Q_SIGNALS:
    void stateChanged(bw::discord::GatewayShard::State state);
    void dispatch(const bw::discord::GatewayEvent &event);
    void control(const bw::discord::GatewayControlEvent &event);
    void latencyChanged(qint64 ms);
    /// Only with externalIdentifyGate: the shard has its HELLO and waits for identifyNow().
    void identifyRequested(int shardId);
    /// A non-retryable close; the shard has stopped. error.message is user-readable.
    void fatal(const bw::Error &error);
    /// A deliberate stop() finished.
    void stopped();

private:
    void openSocket();
    void abandonSocket(int closeCode, const QString &reason);
    void onConnected();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void handlePayload(const QByteArray &json);
    void handleHello(const QJsonObject &d);
    void handleDispatch(GatewayPayload &&payload);
    void handleClose(int code, const QString &reason);
    void reconnect(bool resume, qint64 delayMs, const QString &why);
    void dropAndReconnect(const QString &why, bool resume);
    void sendIdentify();
    void sendResume();
    void sendHeartbeat(int kind); // 0 regular, 1 extra (op 1 from server), 2 wake check
    void scheduleHeartbeat();
    void onHeartbeatDue();
    void flushQueue();
    bool sendNow(const QByteArray &json);
    void setState(State state);
    void emitControl(GatewayControlEvent::Kind kind, qint64 value = -1, const QString &detail = {},
                     int closeCode = 0, const QString &reason = {});
    void clearSession();
    void finishStop();
    double random() const;

    Options m_options;
    const Clock *m_clock;
    State m_state = State::Disconnected;
    bool m_running = false;
    bool m_stopping = false;

    QWebSocket *m_socket = nullptr;
    bool m_helloReceived = false;
    bool m_waitingForIdentifySlot = false;
    bool m_resumeNext = false;
    bool m_errorWhileConnected = false;
    qint64 m_lastIdentifyMs = std::numeric_limits<qint64>::min() / 2;
    int m_attempt = 0;

    ZlibStreamInflater m_zlib;
    ZstdStreamDecoder m_zstd;
    HeartbeatTracker m_heartbeat;
    ClockJumpDetector m_clockJump;
    GatewaySendLimiter m_limiter;
    std::deque<QByteArray> m_queue;

    QString m_sessionId;
    QUrl m_resumeUrl;
    qint64 m_seq = -1;
    qint64 m_latencyMs = -1;
    std::optional<Error> m_fatal;

    QTimer m_heartbeatTimer;
    QTimer m_reconnectTimer;
    QTimer m_sendTimer;
    QTimer m_clockTimer;
    QTimer m_handshakeTimer; // HELLO / READY timeouts
    QTimer m_stopTimer;
    QTimer m_identifyTimer;
};

} // namespace bw::discord
