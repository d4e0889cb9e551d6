#include "bot/BotRuntime.h"

#include "bot/views/Dispatcher.h"
#include "bot/views/ViewRegistry.h"
#include "core/Logging.h"
#include "discord/RestClient.h"
#include "discord/ShardManager.h"

namespace bw {

using discord::GatewayShard;
using Status = BotState::Status;

BotRuntime::BotRuntime(QObject *parent)
    : QObject(parent),
      m_views(std::make_shared<views::ViewRegistry>()),
      m_dispatcher(new views::Dispatcher(m_views, this))
{
    m_dispatcher->setGuildCache(&m_cache);
    QObject::connect(m_dispatcher, &views::Dispatcher::interactionHandled, this,
                     &BotRuntime::interactionHandled);
    // Children, so that moveToThread() takes the timers along to the bot thread.
    m_guildsSignal.setParent(this);
    m_stopTimeout.setParent(this);
    m_guildsSignal.setSingleShot(true);
    m_guildsSignal.setInterval(50);
    QObject::connect(&m_guildsSignal, &QTimer::timeout, this,
                     [this] { Q_EMIT guildsChanged(m_cache.snapshot()); });
    m_stopTimeout.setSingleShot(true);
    QObject::connect(&m_stopTimeout, &QTimer::timeout, this, [this] {
        qCWarning(lcBot) << "stop timed out; closing what is left";
        finishStop();
    });
}

BotRuntime::~BotRuntime()
{
    teardown();
}

void BotRuntime::start(ConnectionSettings settings)
{
    if (m_shards)
        teardown();
    m_stopping = false;
    m_stopTimeoutMs = settings.stopTimeoutMs;
    m_fatal.clear();
    m_latencies.clear();
    m_cache.clear();
    Q_EMIT statusChanged(Status::Connecting, {});
    // Views and bindings are in memory before the gateway connects, so no early click is dropped.
    loadViews(true);
    connect(std::move(settings));
}

QCoro::Task<void> BotRuntime::connect(ConnectionSettings settings)
{
    const quint64 generation = ++m_generation;
    QPointer<BotRuntime> self(this);

    discord::RestClient::Options restOptions;
    restOptions.apiBase = settings.apiBase;
    restOptions.token = settings.token;
    m_rest = std::make_unique<discord::RestClient>(restOptions);
    m_dispatcher->setRest(m_rest.get());

    discord::ShardManager::Options shardOptions;
    shardOptions.token = settings.token;
    shardOptions.intents = settings.intents;
    shardOptions.compression = settings.compression;
    shardOptions.shardCount = settings.shardCount;
    if (!settings.shardIds.trimmed().isEmpty()) {
        if (settings.shardCount <= 0) {
            fail(tr("Running a subset of shards (%1) needs a fixed shard count in the profile.")
                     .arg(settings.shardIds));
            co_return;
        }
        auto ids = discord::ShardManager::parseShardIds(settings.shardIds, settings.shardCount);
        if (!ids) {
            fail(ids.error().message);
            co_return;
        }
        shardOptions.shardIds = ids.value();
    }
    m_shards = std::make_unique<discord::ShardManager>(m_rest.get(), shardOptions);
    discord::ShardManager *shards = m_shards.get();
    QObject::connect(shards, &discord::ShardManager::dispatch, this, &BotRuntime::onDispatch);
    QObject::connect(shards, &discord::ShardManager::control, this, &BotRuntime::control);
    QObject::connect(m_rest.get(), &discord::RestClient::requestLogged, this, &BotRuntime::restLogged);
    QObject::connect(shards, &discord::ShardManager::shardStateChanged, this, [this] { updateStatus(); });
    QObject::connect(shards, &discord::ShardManager::latencyChanged, this, &BotRuntime::updateLatency);
    QObject::connect(shards, &discord::ShardManager::sessionStartsChanged, this,
                     &BotRuntime::sessionStartsChanged);
    QObject::connect(shards, &discord::ShardManager::shardFatal, this,
                     [this](int shardId, const bw::Error &error) {
                         qCWarning(lcBot) << "shard" << shardId << "stopped:" << error.message;
                         fail(error.message);
                     });
    QObject::connect(shards, &discord::ShardManager::stopped, this, [this] {
        m_shardsStopped = true;
        if (m_stopping && (!m_rest || m_rest->pendingRequests() == 0))
            finishStop();
    });
    QObject::connect(m_rest.get(), &discord::RestClient::idle, this, [this] {
        if (m_stopping && m_shardsStopped)
            finishStop();
    });

    const Result<void> started = co_await shards->start();
    if (!self || generation != m_generation)
        co_return; // stopped or restarted while /gateway/bot was in flight
    if (!started) {
        fail(started.error().toString());
        co_return;
    }
    Q_EMIT sessionStartsChanged(shards->sessionStartsRemaining());
}

void BotRuntime::onDispatch(const discord::GatewayEvent &event)
{
    if (m_cache.apply(event) && !m_guildsSignal.isActive())
        m_guildsSignal.start();
    m_dispatcher->handleEvent(event);
    Q_EMIT dispatch(event);
}

void BotRuntime::setViewSource(store::Database *db, qint64 profileId)
{
    m_viewDb = db;
    m_viewProfileId = profileId;
    m_dispatcher->setDatabase(db, profileId);
}

void BotRuntime::loadViews(bool withBindings)
{
    if (!m_viewDb || m_viewProfileId <= 0) {
        if (withBindings)
            m_views->clear();
        return;
    }
    auto loaded = withBindings ? m_views->load(*m_viewDb, m_viewProfileId)
                               : m_views->reloadViews(*m_viewDb, m_viewProfileId);
    if (!loaded) {
        qCWarning(lcBot).noquote() << "could not load the views:" << loaded.error().toString();
        Q_EMIT viewsLoaded(0, 0, loaded.error().toString());
        return;
    }
    qCInfo(lcBot).noquote() << QStringLiteral("%1 views and %2 bindings loaded in %3 ms")
                                   .arg(loaded->views)
                                   .arg(loaded->bindings)
                                   .arg(loaded->elapsedMs);
    m_dispatcher->scheduleExpiry();
    Q_EMIT viewsLoaded(loaded->views, loaded->bindings, {});
}

void BotRuntime::reloadViews()
{
    loadViews(false);
}

void BotRuntime::expireViews()
{
    m_dispatcher->expireDue();
}

QCoro::Task<Result<QString>> BotRuntime::sendView(QString viewName, QString channelId, QJsonObject state)
{
    return m_dispatcher->sendView(std::move(viewName), std::move(channelId), std::move(state));
}

void BotRuntime::updateStatus()
{
    if (!m_shards || m_stopping || !m_fatal.isEmpty())
        return;
    const QList<GatewayShard *> shards = m_shards->shards();
    if (shards.isEmpty())
        return;
    bool allReady = true;
    bool resuming = false;
    for (const GatewayShard *shard : shards) {
        allReady = allReady && shard->state() == GatewayShard::State::Ready;
        resuming = resuming || shard->state() == GatewayShard::State::Resuming;
    }
    if (allReady)
        Q_EMIT statusChanged(Status::Ready, {});
    else if (resuming)
        Q_EMIT statusChanged(Status::Resuming, {});
    else
        Q_EMIT statusChanged(Status::Connecting, {});
}

void BotRuntime::updateLatency(int shardId, qint64 ms)
{
    m_latencies.insert(shardId, ms);
    Q_EMIT shardLatencyChanged(shardId, static_cast<int>(ms));
    qint64 sum = 0;
    int n = 0;
    for (qint64 v : std::as_const(m_latencies)) {
        if (v >= 0) {
            sum += v;
            ++n;
        }
    }
    Q_EMIT latencyChanged(n ? static_cast<int>(sum / n) : -1);
}

void BotRuntime::fail(const QString &reason)
{
    m_fatal = reason;
    Q_EMIT statusChanged(Status::Error, reason);
    if (m_shards)
        m_shards->stop();
}

void BotRuntime::stop()
{
    if (!m_shards) {
        Q_EMIT statusChanged(m_fatal.isEmpty() ? Status::Stopped : Status::Error, m_fatal);
        Q_EMIT stopped();
        return;
    }
    if (m_stopping)
        return;
    ++m_generation;
    m_stopping = true;
    m_shardsStopped = !m_shards->isRunning();
    m_stopTimeout.start(static_cast<int>(m_stopTimeoutMs));
    m_shards->stop(); // may emit stopped() at once, and so finish the stop
    if (m_stopping && m_shardsStopped && (!m_rest || m_rest->pendingRequests() == 0))
        finishStop();
}

void BotRuntime::finishStop()
{
    m_stopTimeout.stop();
    teardown();
    m_stopping = false;
    Q_EMIT statusChanged(m_fatal.isEmpty() ? Status::Stopped : Status::Error, m_fatal);
    Q_EMIT stopped();
}

void BotRuntime::teardown()
{
    if (m_shards)
        m_shards->disconnect(this);
    if (m_rest)
        m_rest->disconnect(this);
    // Deleted later: a shard's close handshake or a REST reply may still be on the stack.
    if (m_shards)
        m_shards.release()->deleteLater();
    if (m_rest)
        m_rest.release()->deleteLater();
    m_dispatcher->setRest(nullptr);
    m_latencies.clear();
}

} // namespace bw
