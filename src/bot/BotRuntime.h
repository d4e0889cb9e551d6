#pragma once
// BotRuntime: the part of the bot that lives on the bot thread: REST client, shards, guild cache.
// It turns shard states into one bot status and reports everything through (queued) signals.

#include "bot/BotState.h"
#include "bot/ConnectionSettings.h"
#include "bot/GuildCache.h"
#include "bot/InteractionOutcome.h"
#include "core/Result.h"

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
namespace bw::views {
class Dispatcher;
class ViewRegistry;
} // namespace bw::views

namespace bw {

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

private:
    QCoro::Task<void> connect(ConnectionSettings settings);
    void onDispatch(const discord::GatewayEvent &event);
    void updateStatus();
    void updateLatency(int shardId, qint64 ms);
    void fail(const QString &reason);
    void finishStop();
    void teardown();
    void loadViews(bool withBindings);

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
};

} // namespace bw
