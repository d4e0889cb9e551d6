#pragma once
// ShardManager: runs a subset of a bot's shards in this process. Gets the gateway URL, shard count and
// session_start_limit from GET /gateway/bot (or fixed values), refuses to start past the session limit,
// and lets shards IDENTIFY by max_concurrency buckets (one per bucket per 5 s). Forwards shard signals.

#include "core/Clock.h"
#include "core/Result.h"
#include "discord/GatewayShard.h"
#include "discord/IdentifyScheduler.h"
#include "discord/RestClient.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <optional>

namespace bw::discord {

class ShardManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShardManager)

public:
    struct Options
    {
        QString token;
        qint64 intents = 0;
        Compression compression = Compression::ZlibStream;
        int shardCount = 0; ///< 0 = as recommended by GET /gateway/bot
        QList<int> shardIds; ///< shards to run here; empty = all of them
        QUrl gatewayUrl; ///< empty = from GET /gateway/bot
        int maxConcurrency = 0; ///< 0 = from GET /gateway/bot (1 without it)
        qint64 identifyIntervalMs = 5'000;
        /// Added to the interval: our send time and Discord's receive time differ by network jitter, and an
        /// IDENTIFY that arrives early is answered with op 9.
        qint64 identifySafetyMs = 250;
        /// Template for every shard (timeouts, backoff, clock, random, presence...); the manager sets
        /// token, intents, shard id/count, compression, gateway URL and the identify gate.
        GatewayShard::Options shardDefaults;
        const Clock *clock = nullptr;
    };

    /// `rest` (may be null when gatewayUrl, shardCount and maxConcurrency are all fixed) must outlive us.
    ShardManager(RestClient *rest, Options options, QObject *parent = nullptr);
    ~ShardManager() override;

    /// Parses "0-3,7" (spaces allowed; "" or "all" = every shard) into sorted unique ids below shardCount.
    static Result<QList<int>> parseShardIds(QStringView spec, int shardCount);

    /// Fetches /gateway/bot when needed, checks the session start limit, creates and starts the shards.
    QCoro::Task<Result<void>> start();
    /// Stops every shard with close 1000; emits stopped() once all are closed. During start()'s wait for
    /// /gateway/bot it cancels the start (which then returns a Cancelled error and starts nothing).
    void stop();

    bool isRunning() const { return m_running; }
    int shardCount() const { return m_shardCount; }
    QList<int> shardIds() const { return m_shards.keys(); }
    GatewayShard *shard(int shardId) const { return m_shards.value(shardId); }
    QList<GatewayShard *> shards() const { return m_shards.values(); }
    bool allReady() const;
    /// The last /gateway/bot answer, if any.
    std::optional<GatewayBotInfo> gatewayInfo() const { return m_info; }
    /// session_start_limit.remaining minus the identifies sent since; -1 when unknown.
    int sessionStartsRemaining() const;
    int identifiesSent() const { return m_identifiesSent; }
    const IdentifyScheduler &identifyScheduler() const { return m_scheduler; }

Q_SIGNALS:
    void dispatch(const bw::discord::GatewayEvent &event);
    void control(const bw::discord::GatewayControlEvent &event);
    void shardStateChanged(int shardId, bw::discord::GatewayShard::State state);
    void latencyChanged(int shardId, qint64 ms);
    /// A shard stopped on a non-retryable close (4004, 4010–4014); the message is user-readable.
    void shardFatal(int shardId, const bw::Error &error);
    /// Every shard of this process is Ready (emitted each time the set becomes all-ready).
    void allShardsReady();
    /// Sent when a shard identifies, so displays can show the remaining session starts.
    void sessionStartsChanged(int remaining);
    void stopped();

private:
    void onIdentifyRequested(int shardId);
    void pumpIdentifies();
    void onShardStopped();

    RestClient *m_rest;
    Options m_options;
    const Clock *m_clock;
    IdentifyScheduler m_scheduler;
    QTimer m_identifyTimer;
    QMap<int, GatewayShard *> m_shards;
    std::optional<GatewayBotInfo> m_info;
    int m_shardCount = 0;
    int m_identifiesSent = 0;
    int m_stopping = 0;
    bool m_running = false;
    bool m_starting = false; // start() is waiting for /gateway/bot
    bool m_startCancelled = false; // stop() came during that wait
    bool m_wasAllReady = false;
};

} // namespace bw::discord
