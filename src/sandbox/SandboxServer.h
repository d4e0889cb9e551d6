#pragma once
// SandboxServer: a local Discord (REST v10 + Gateway v10 on one port of 127.0.0.1) with a small world,
// simulated users, interaction answer records and fault injection. Lives on the thread that created it.

#include "core/Result.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/InteractionStore.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/World.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace bw::sandbox {

class GatewayServer;
class HttpServer;
class HttpResponder;
struct HttpRequest;
class RestApi;
class ControlApi;
class SandboxPersistence;
class HttpDelivery;

class SandboxServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Loads the world and listens on 127.0.0.1 ONLY; port 0 picks a free one.
    bw::Result<quint16> start();
    void stop();
    bool isRunning() const { return m_port != 0; }

    quint16 port() const { return m_port; }
    QUrl apiBase() const; // http://127.0.0.1:P/api/v10
    QUrl gatewayUrl() const; // ws://127.0.0.1:P
    QString botToken() const { return m_token; }
    QString applicationId() const;
    QString botUserId() const;
    QString publicKeyHex() const { return m_publicKeyHex; }
    /// HTTP delivery of interactions (signed POSTs to a bot's endpoint instead of the gateway); created on
    /// first use, off until its endpoint is set. Defined in HttpDelivery.cpp.
    HttpDelivery *httpDelivery();
    /// An Ed25519 signature of `message` with the application's key (the verify_key's pair).
    QByteArray signDetached(QByteArrayView message) const;
    const SandboxOptions &options() const { return m_options; }

    // ---- the world, for the GUI and tests (same thread only)
    World &world() { return m_world; }
    const World &world() const { return m_world; }
    QJsonObject worldSnapshot() const; // users, guilds, channels (with messages)
    QString defaultChannelId(const QString &name = QStringLiteral("general")) const;
    QString userId(const QString &nameOrId) const;

    // ---- simulation: each returns the new interaction id (or message id for postMessage)
    bw::Result<QString> simulateMessage(const QString &user, const QString &channelId, const QString &content,
                                        const QJsonObject &extra = {});
    bw::Result<QString> simulateClick(const QString &user, const QString &messageId, const QString &customId);
    bw::Result<QString> simulateSelect(const QString &user, const QString &messageId, const QString &customId,
                                       const QStringList &values);
    bw::Result<QString> simulateModalSubmit(const QString &user, const QString &modalInteractionId,
                                            const QJsonObject &values);
    bw::Result<QString> simulateCommand(const QString &user, const QString &channelId, const QString &name,
                                        const QJsonArray &options = {}, int commandType = 1,
                                        const QString &targetId = {});
    /// An autocomplete interaction (type 4) while the user types in a slash command: `options` as for
    /// simulateCommand, the option being typed marked "focused": true with the partial text as its value.
    bw::Result<QString> simulateAutocomplete(const QString &user, const QString &channelId,
                                             const QString &name, const QJsonArray &options);
    /// Delivers the same click `count` times as fast as possible (benchmarks); returns how many were sent.
    bw::Result<int> simulateClicks(const QString &user, const QString &messageId, const QString &customId,
                                   int count);
    /// What the simulated user saw for one interaction (see docs/sandbox.md, "answer record").
    QJsonObject interactionRecord(const QString &interactionId) const;

    // ---- fault injection (gateway faults return how many connections were touched)
    int dropGatewayConnections(int shard = -1);
    int setHeartbeatAcks(bool ack, int shard = -1);
    int sendReconnect(int shard = -1);
    int sendInvalidSession(bool resumable, int shard = -1);
    int requestHeartbeat(int shard = -1);
    int sendMalformedFrame(int shard = -1);
    int closeGateway(int code, int shard = -1);
    void addRestFault(const RestFault &fault) { m_faults.add(fault); }
    void clearFaults();
    RateLimiter &rateLimiter() { return m_rateLimiter; }

    /// Called on the server's thread for every accepted initial response (benchmarks measure click→callback
    /// latency with it); null to remove.
    void setCallbackObserver(std::function<void(quint64 interactionId, int responseType)> observer)
    {
        m_callbackObserver = std::move(observer);
    }

    const SandboxStats &stats() const { return m_stats; }
    void resetStats() { m_stats.reset(); }
    QJsonObject statsJson() const;
    GatewayServer *gateway() const { return m_gateway; }

    /// Saves the world to options().stateFile now (also done automatically shortly after changes).
    bw::Result<void> saveState();

Q_SIGNALS:
    /// Every dispatch the world produced (MESSAGE_CREATE, INTERACTION_CREATE, ...), for the GUI.
    void eventDispatched(const QString &type, const QJsonObject &data);
    /// The dispatches a channel view shows (MESSAGE_*, CHANNEL_*, GUILD_CREATE, GUILD_UPDATE), for the GUI:
    /// listening to this one costs interactions nothing (no INTERACTION_CREATE object is built for it).
    void viewEventDispatched(const QString &type, const QJsonObject &data);
    /// An interaction's answer record changed (only emitted when something is connected).
    void interactionUpdated(const QString &interactionId, const QJsonObject &record);
    void sessionReady(const QString &sessionId, int shardId, int shardCount);

private:
    bw::Result<QString> simulateCommandInteraction(const QString &user, const QString &channelId,
                                                   const QString &name, const QJsonArray &options,
                                                   int commandType, const QString &targetId,
                                                   int interactionType);
    friend class RestApi;
    friend class ControlApi;

    void handleRequest(HttpRequest &request, HttpResponder responder);
    // world changes that also dispatch
    QJsonObject buildMessage(quint64 channelId, quint64 authorId, const QJsonObject &body, int type,
                             const QJsonObject &extra);
    void dispatchMessage(QByteArrayView type, const QJsonObject &message, quint64 guildId);
    void dispatchMessageDelete(quint64 channelId, quint64 messageId);
    void dispatchMemberUpdate(quint64 guildId, quint64 userId);
    void emitEvent(QByteArrayView type, const QJsonObject &data);
    /// Whether eventDispatched or (for view events) viewEventDispatched has a listener.
    bool wantsEvent(QByteArrayView type) const;
    // lookups shared by the simulations and the control API: the error says what is unknown
    bw::Result<const User *> requireUser(const QString &nameOrId) const;
    bw::Result<const Channel *> requireChannel(const QString &channelId) const;

    // interactions
    struct SourceMessage
    {
        QJsonObject message;
        quint64 channelId = 0;
        bool ephemeral = false;
        quint64 interactionId = 0; // the interaction whose ephemeral reply this is
    };
    std::optional<SourceMessage> findSourceMessage(quint64 messageId) const;
    /// The members every interaction of this user in this channel carries (application_id, guild, channel,
    /// member, permissions, locales...), serialized without braces; cached per world entity revision.
    QByteArray interactionContext(const User &user, quint64 guildId, quint64 channelId);
    /// The message of a component interaction, serialized with its guild_id; cached while it is unchanged.
    QByteArray interactionMessageJson(const SourceMessage &source, quint64 messageId, quint64 guildId);
    // a component interaction (click or select) in preparation
    struct ComponentContext
    {
        const User *user = nullptr;
        quint64 messageId = 0;
        SourceMessage source;
        QJsonObject component;
        quint64 guildId = 0;
    };
    bw::Result<void> prepareComponent(const QString &userKey, const QString &messageId,
                                      const QString &customId, bool select, ComponentContext &out);
    Interaction componentRecord(const ComponentContext &c, const QString &customId) const;
    /// The payload members of a component interaction; extraData is appended inside "data".
    QByteArray componentMembers(const ComponentContext &c, const QString &customId,
                                const QByteArray &extraData);
    /// Stores the record and sends INTERACTION_CREATE; `members` is the payload without id, token and type,
    /// serialized without braces.
    bw::Result<QString> deliverInteraction(Interaction record, const QByteArray &members);
    /// The serialized member object (with user) of a guild member; cached per world entity revision.
    QByteArray memberJsonBytes(quint64 guildId, quint64 userId);
    QJsonObject recordJson(const Interaction &i) const;
    void interactionChanged(Interaction &i);
    void addWaiter(quint64 interactionId, bool untilFinal, int timeoutMs, HttpResponder responder);
    bool interactionSettled(const Interaction &i, bool untilFinal) const;
    bool interactionFailed(const Interaction &i) const;
    QJsonObject *interactionMessage(Interaction &i, quint64 messageId, bool *ephemeral);
    QByteArray newInteractionToken(quint64 id);
    void scheduleSave();

    SandboxOptions m_options;
    bw::Clock *m_clock;
    World m_world;
    SandboxStats m_stats;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    InteractionStore m_interactions;
    QHash<quint64, quint64> m_ephemeralIndex; // ephemeral message id -> interaction id
    HttpServer *m_http = nullptr;
    GatewayServer *m_gateway = nullptr;
    std::unique_ptr<RestApi> m_rest;
    std::unique_ptr<ControlApi> m_control;
    std::unique_ptr<SandboxPersistence> m_persistence;
    struct Waiter;
    QHash<quint64, QList<std::shared_ptr<Waiter>>> m_waiters;
    QString m_token;
    QString m_publicKeyHex;
    QByteArray m_secretKey;
    HttpDelivery *m_httpDelivery = nullptr; // a child; see httpDelivery()
    quint16 m_port = 0;
    bool m_saveScheduled = false;
    QRandomGenerator m_rng;
    std::function<void(quint64, int)> m_callbackObserver;
    // serialized JSON caches (see interactionContext, interactionMessageJson, memberJsonBytes)
    struct ContextCache
    {
        quint64 revision = ~quint64(0);
        QByteArray members; // without "channel"
        QByteArray channelPrefix; // the channel object without last_message_id and its closing brace
        bool channelHasLastMessage = false;
    };
    QHash<std::pair<quint64, quint64>, ContextCache> m_contextCache; // (user, channel)
    struct MessageCache
    {
        QJsonObject snapshot; // shares data with the stored message while it is unchanged
        quint64 guildId = 0;
        QByteArray json;
    };
    QHash<quint64, MessageCache> m_messageCache;
    QHash<std::pair<quint64, quint64>, std::pair<quint64, QByteArray>> m_memberCache; // (guild, user)
    QJsonArray m_createdEvents; // the shared "created" event list of the last delivered count
    int m_createdEventsFor = -1;
};

} // namespace bw::sandbox
