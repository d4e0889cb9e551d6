#pragma once
// BotRuntime: the part of the bot that lives on the bot thread: REST client, shards, guild cache.
// It turns shard states into one bot status and reports everything through (queued) signals.

#include "bot/BotState.h"
#include "bot/ConnectionSettings.h"
#include "bot/GuildCache.h"
#include "bot/InteractionOutcome.h"
#include "bot/commands/CommandSync.h"
#include "bot/http/EndpointStatus.h"
#include "core/Result.h"
#include "store/CommandRecord.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <memory>

namespace bw::discord {
class RestClient;
class ShardManager;
struct GatewayControlEvent;
struct RestLogEntry;
} // namespace bw::discord

namespace bw::store {
class Database;
}
namespace bw::commands {
class CommandService;
}
namespace bw::views {
class Dispatcher;
class ViewRegistry;
} // namespace bw::views

namespace bw {

class InteractionHttpResponder;

class BotRuntime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotRuntime)

public:
    explicit BotRuntime(QObject *parent = nullptr);
    ~BotRuntime() override;

    discord::RestClient *rest() const { return m_rest.get(); }
    discord::ShardManager *shards() const { return m_shards.get(); }
    const GuildCache &cache() const { return m_cache; }
    bool isRunning() const { return m_shards != nullptr; }

    // ---- persistent views (bot thread only)
    /// Answers interactions with the profile's views; owned by the runtime.
    views::Dispatcher *dispatcher() const { return m_dispatcher; }
    views::ViewRegistry &views() const { return *m_views; }
    /// Where views and bindings are loaded from at start (db not owned; null = no persistent views).
    void setViewSource(store::Database *db, qint64 profileId);
    /// Posts a view to a channel (and binds it when it is a bound view); gives the message id.
    QCoro::Task<Result<QString>> sendView(QString viewName, QString channelId, QJsonObject state = {});

    // ---- application commands and the HTTP interactions endpoint (bot thread only)
    /// Where the profile's commands and interaction settings come from. `applicationId` and
    /// `publicKeyHex` may be empty (learned from READY and GET /applications/@me). db null = no commands.
    struct CommandSource
    {
        store::Database *db = nullptr;
        qint64 profileId = 0;
        QString applicationId;
        QString publicKeyHex;
    };
    void setCommandSource(CommandSource source);
    /// The profile's command service, null without a command source.
    commands::CommandService *commands() const { return m_commands; }
    /// Registers the commands whose stored hash differs (all with `force`); needs a running bot.
    QCoro::Task<Result<commands::SyncReport>> syncCommands(bool force);
    /// What a sync would send, per scope, without sending (against Discord's list with `compareRemote`).
    QCoro::Task<Result<QList<commands::ScopePlan>>> commandSyncPlan(bool compareRemote);
    /// The interaction mode read at the last start (gateway when there is no command source).
    store::InteractionSettingsRecord interactionSettings() const { return m_interaction; }
    EndpointStatus endpointStatus() const { return m_endpointStatus; }

public Q_SLOTS:
    /// Connects with these settings (stopping a previous connection first).
    void start(bw::ConnectionSettings settings);
    /// Closes every shard with 1000, waits for in-flight REST requests up to the stop timeout, then
    /// emits stopped().
    void stop();
    /// Reloads the view definitions from the store (after a view was saved or removed); bindings stay.
    void reloadViews();
    /// Disables and unbinds the timed-out views' messages now (normally done on a timer).
    void expireViews();
    /// Re-reads the profile's commands from the store (after one was saved or removed); no sync.
    void reloadCommands();

Q_SIGNALS:
    void statusChanged(bw::BotState::Status status, const QString &reason);
    /// Mean heartbeat round trip over the running shards, -1 when unknown.
    void latencyChanged(int ms);
    void shardLatencyChanged(int shardId, int ms);
    /// session_start_limit.remaining as the shard manager counts it; -1 when unknown.
    void sessionStartsChanged(int remaining);
    void guildsChanged(const QList<bw::GuildInfo> &guilds);
    void dispatch(const bw::discord::GatewayEvent &event);
    /// Connection-level events of every shard and every REST attempt, for the event log.
    void control(const bw::discord::GatewayControlEvent &event);
    void restLogged(const bw::discord::RestLogEntry &entry);
    void stopped();
    /// One per interaction the dispatcher handled (or answered as unhandled), when it is done.
    void interactionHandled(const bw::InteractionOutcome &outcome);
    /// The views and bindings were (re)loaded: how many, or the error.
    void viewsLoaded(int views, qint64 bindings, const QString &error);
    /// A command sync finished (automatic on READY, or asked for): the report, or the error (empty = ok).
    void commandsSynced(const bw::commands::SyncReport &report, const QString &error);
    void commandSyncProgress(int done, int total, const QString &scope);
    void commandSyncRateLimited(const QString &scope, double retryAfterSeconds);
    /// One command answered (or failed), for the event log.
    void commandAnswered(const QString &summary, bool isError);
    void endpointStatusChanged(const bw::EndpointStatus &status);

private:
    QCoro::Task<void> connect(ConnectionSettings settings);
    void onDispatch(const discord::GatewayEvent &event);
    void updateStatus();
    void updateLatency(int shardId, qint64 ms);
    void fail(const QString &reason);
    void finishStop();
    void teardown();
    void loadViews(bool withBindings);
    void startCommands();
    QCoro::Task<void> startEndpoint(quint64 generation);
    void stopEndpoint();
    void setEndpointStatus(EndpointStatus status);
    QCoro::Task<void> autoSync(quint64 generation);
    void handleHttpFallback(const QJsonObject &interaction, InteractionHttpResponder responder);

    std::unique_ptr<discord::RestClient> m_rest;
    std::unique_ptr<discord::ShardManager> m_shards;
    GuildCache m_cache;
    std::shared_ptr<views::ViewRegistry> m_views;
    views::Dispatcher *m_dispatcher = nullptr;
    store::Database *m_viewDb = nullptr;
    qint64 m_viewProfileId = 0;
    QTimer m_guildsSignal; // coalesces guild snapshots (a READY brings one GUILD_CREATE per guild)
    QTimer m_stopTimeout;
    QMap<int, qint64> m_latencies;
    QString m_fatal;
    qint64 m_stopTimeoutMs = 3000;
    bool m_stopping = false;
    bool m_shardsStopped = false;
    quint64 m_generation = 0; // guards connect() coroutines across stop/start
    commands::CommandService *m_commands = nullptr;
    CommandSource m_commandSource;
    store::InteractionSettingsRecord m_interaction;
    EndpointStatus m_endpointStatus;
    bool m_autoSynced = false; // the READY sync of this start ran (never again on RESUME or re-identify)
    bool m_syncRunning = false;
    /// Component clicks and modal submits that came over HTTP and were answered through the callback route:
    /// interaction id -> the pending HTTP answer (202 once the callback went out).
    QHash<QString, std::shared_ptr<InteractionHttpResponder>> m_httpPending;
};

} // namespace bw
