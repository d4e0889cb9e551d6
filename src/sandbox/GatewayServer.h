#pragma once
// GatewayServer: the sandbox's Gateway v10: connections, sessions with replay buffers, dispatch routing by
// shard and intents, and the gateway faults.

#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>

class QWebSocket;
class QTimer;

namespace bw {
class Clock;
}

namespace bw::sandbox {

class World;
class GatewayConnection;
struct SandboxStats;

struct GatewaySession
{
    QByteArray id;
    int shardId = 0;
    int shardCount = 1;
    qint64 intents = 0;
    int seq = 0;
    std::deque<std::pair<int, QByteArray>> replay; // seq -> complete payload
    QPointer<GatewayConnection> connection;
    qint64 disconnectedAt = -1; // monotonic ms, -1 while connected
    QJsonObject presence;
};

/// Which connections a gateway fault targets: all when shard < 0 and sessionId is empty.
struct GatewayTarget
{
    int shard = -1;
    QByteArray sessionId;
};

class GatewayServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayServer)

public:
    static constexpr qint64 kGuildMembers = 1 << 1;
    static constexpr qint64 kGuildPresences = 1 << 8;
    static constexpr qint64 kGuildMessages = 1 << 9;
    static constexpr qint64 kDirectMessages = 1 << 12;
    static constexpr qint64 kMessageContent = 1 << 15;
    static constexpr qint64 kGuilds = 1 << 0;

    GatewayServer(World &world, SandboxOptions &options, SandboxStats &stats, QObject *parent = nullptr);
    ~GatewayServer() override;

    void setToken(const QByteArray &token) { m_token = token; }
    void setUrl(const QByteArray &url) { m_url = url; }
    void accept(std::unique_ptr<QWebSocket> socket);
    void closeAll();

    /// Sends a dispatch to every session of the shard that owns guildId (shard 0 when 0) whose intents
    /// include requiredIntent (0 = no intent needed). strippedData, when given, goes to sessions without
    /// MESSAGE_CONTENT.
    void dispatch(QByteArrayView type, quint64 guildId, qint64 requiredIntent, const QJsonObject &data,
                  const QJsonObject *strippedData = nullptr);
    /// Same with pre-serialized data.
    void dispatchRaw(QByteArrayView type, quint64 guildId, qint64 requiredIntent, const QByteArray &dataJson,
                     const QByteArray &strippedJson = {});
    /// How many identified connections would receive a dispatch for this guild.
    int readyConnectionCount(quint64 guildId = 0) const;
    /// Whether any session (connected, or resumable and buffering) would receive such a dispatch; with
    /// needsStripped, also whether one of them lacks MESSAGE_CONTENT. Lets callers skip building payloads.
    bool hasRecipients(quint64 guildId, qint64 requiredIntent, bool *needsStripped = nullptr) const;

    // faults; each returns how many connections it touched
    int drop(const GatewayTarget &target);
    int setAckHeartbeats(bool ack, const GatewayTarget &target);
    int sendReconnect(const GatewayTarget &target);
    int sendInvalidSession(bool resumable, const GatewayTarget &target);
    int requestHeartbeat(const GatewayTarget &target);
    int sendMalformed(const GatewayTarget &target);
    int closeWith(int code, const QString &reason, const GatewayTarget &target);

    QJsonArray sessionsJson() const;
    static bool closeEndsSession(int code);
    /// A payload for the log, with every token redacted.
    static QString redactedForLog(const QByteArray &payload, const QByteArray &token);

Q_SIGNALS:
    void sessionReady(const QByteArray &sessionId, int shardId, int shardCount);
    void sessionResumed(const QByteArray &sessionId);
    void connectionClosed(int code);

private:
    friend class GatewayConnection;
    QList<GatewayConnection *> targets(const GatewayTarget &target) const;
    void handleIdentify(GatewayConnection *c, const QJsonObject &d);
    void handleResume(GatewayConnection *c, const QJsonObject &d);
    void handleRequestMembers(GatewayConnection *c, const QJsonObject &d);
    void sendDispatch(GatewaySession &s, QByteArrayView type, const QByteArray &dataJson);
    void connectionGone(GatewayConnection *c, bool endSession);
    void pruneSessions();
    bool tokenMatches(QString token) const;

    World &m_world;
    SandboxOptions &m_options;
    SandboxStats &m_stats;
    bw::Clock *m_clock;
    QByteArray m_token;
    QByteArray m_url;
    QList<GatewayConnection *> m_connections;
    QHash<QByteArray, std::shared_ptr<GatewaySession>> m_sessions;
    QHash<int, qint64> m_lastIdentify; // bucket -> monotonic ms
    QTimer *m_pruneTimer;
};

/// One WebSocket connection (a session attaches to it after IDENTIFY or RESUME).
class GatewayConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayConnection)

public:
    GatewayConnection(GatewayServer *server, std::unique_ptr<QWebSocket> socket);
    ~GatewayConnection() override;

    void sendPayload(const QByteArray &json, int op);
    void closeWith(int code, const QString &reason);
    void abort();
    bool identified() const { return m_identified; }
    std::shared_ptr<GatewaySession> session() const { return m_session; }
    QByteArray compression() const { return m_compressName; }

private:
    friend class GatewayServer;
    void onMessage(const QByteArray &bytes);
    void onDisconnected();
    void restartWatchdog();

    GatewayServer *m_server;
    std::unique_ptr<QWebSocket> m_socket;
    std::unique_ptr<class StreamCompressor> m_compressor;
    QByteArray m_compressName;
    std::shared_ptr<GatewaySession> m_session;
    QTimer *m_watchdog;
    std::deque<qint64> m_recent; // monotonic ms of received payloads
    bool m_identified = false;
    bool m_ackHeartbeats = true;
    bool m_closing = false;
    int m_serverCloseCode = 0;
    bool m_upgradeOk = true;
    bool m_dropped = false;
};

} // namespace bw::sandbox
