#include "bot/BotRuntime.h"

#include "bot/commands/CommandService.h"
#include "bot/http/InteractionEndpoint.h"
#include "bot/views/Dispatcher.h"
#include "bot/views/ViewRegistry.h"
#include "core/Logging.h"
#include "discord/RestClient.h"
#include "discord/ShardManager.h"
#include "store/CommandStore.h"

#include <QTimer>

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
    // A view click that came over HTTP is acknowledged (202) at the latest when the dispatcher is done.
    QObject::connect(m_dispatcher, &views::Dispatcher::interactionHandled, this,
                     [this](const InteractionOutcome &outcome) {
                         if (auto pending = m_httpPending.take(outcome.interactionId))
                             pending->acknowledgeElsewhere();
                     });
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
    m_autoSynced = false;
    connect(std::move(settings));
    // After connect(): the REST client exists. The endpoint does not wait for the gateway.
    startCommands();
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
    if (m_commands)
        m_commands->setRest(m_rest.get());

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
    // HTTP view clicks answered through the callback route: the POST gets its 202 once the callback is out.
    QObject::connect(m_rest.get(), &discord::RestClient::requestLogged, this,
                     [this](const discord::RestLogEntry &entry) {
                         if (m_httpPending.isEmpty() || entry.status == 429
                             || !entry.routeTemplate.endsWith(QLatin1StringView("/callback")))
                             return;
                         for (auto it = m_httpPending.begin(); it != m_httpPending.end(); ++it) {
                             if (entry.path.contains(QStringLiteral("/interactions/%1/").arg(it.key()))) {
                                 it.value()->acknowledgeElsewhere();
                                 m_httpPending.erase(it);
                                 return;
                             }
                         }
                     });
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
    if (event.type == discord::EventType::Ready && m_commands) {
        const QString appId = event.data.value(QLatin1StringView("application"))
                                  .toObject()
                                  .value(QLatin1StringView("id"))
                                  .toString();
        if (m_commands->applicationId().isEmpty() && !appId.isEmpty())
            m_commands->setApplicationId(appId);
        // Once per start, on the first READY (a RESUME is not a READY; a re-identify does not sync again).
        if (!m_autoSynced) {
            m_autoSynced = true;
            autoSync(m_generation);
        }
    }
    // In HTTP-only mode interactions come to the endpoint; a gateway copy (there is none on Discord) is not
    // answered twice.
    const bool interactionOverGateway = event.type == discord::EventType::InteractionCreate;
    if (!interactionOverGateway || m_interaction.usesGateway())
        m_dispatcher->handleEvent(event);
    Q_EMIT dispatch(event);
}

// ---- commands and the HTTP endpoint ----------------------------------------------------------------------

void BotRuntime::setCommandSource(CommandSource source)
{
    const bool sameProfile
        = m_commands && source.db == m_commandSource.db && source.profileId == m_commandSource.profileId;
    m_commandSource = source;
    if (!source.db || source.profileId <= 0) {
        stopEndpoint();
        delete m_commands;
        m_commands = nullptr;
        m_dispatcher->setCommandHandler({});
        return;
    }
    if (!sameProfile) {
        stopEndpoint();
        delete m_commands;
        m_commands = new commands::CommandService(source.db, source.profileId, this);
        m_commands->setRest(m_rest.get());
        commands::CommandService *service = m_commands;
        QObject::connect(service, &commands::CommandService::commandAnswered, this,
                         &BotRuntime::commandAnswered);
        QObject::connect(service, &commands::CommandService::syncProgress, this,
                         &BotRuntime::commandSyncProgress);
        QObject::connect(service, &commands::CommandService::syncRateLimited, this,
                         &BotRuntime::commandSyncRateLimited);
        service->setHttpFallback([this](const QJsonObject &interaction, InteractionHttpResponder responder) {
            handleHttpFallback(interaction, std::move(responder));
        });
        m_dispatcher->setCommandHandler(
            [service](const discord::GatewayEvent &event) { return service->handleGatewayEvent(event); });
    }
    if (!source.applicationId.isEmpty())
        m_commands->setApplicationId(source.applicationId);
}

void BotRuntime::reloadCommands()
{
    if (!m_commands)
        return;
    if (const Result<void> loaded = m_commands->reload(); !loaded)
        qCWarning(lcBot).noquote() << "could not load the commands:" << loaded.error().toString();
    else
        qCInfo(lcBot) << m_commands->registry().commands().size() << "commands loaded";
}

void BotRuntime::startCommands()
{
    m_interaction = {};
    if (!m_commands) {
        setEndpointStatus({});
        return;
    }
    reloadCommands();
    auto settings = store::CommandStore(*m_commandSource.db).interactionSettings(m_commandSource.profileId);
    if (!settings) {
        qCWarning(lcBot).noquote() << "could not read the interaction settings:"
                                   << settings.error().toString();
    } else {
        m_interaction = settings.value();
    }
    m_interaction.profileId = m_commandSource.profileId;
    qCInfo(lcBot).noquote() << "interactions over"
                            << store::InteractionSettingsRecord::modeName(m_interaction.mode);
    if (m_interaction.usesHttp())
        startEndpoint(m_generation);
    else
        stopEndpoint();
}

QCoro::Task<void> BotRuntime::startEndpoint(quint64 generation)
{
    QPointer<BotRuntime> self(this);
    setEndpointStatus({EndpointStatus::State::Starting, {}, {}});
    QString key = m_commandSource.publicKeyHex;
    if (key.isEmpty() && m_rest) {
        // The application's public key ("verify_key") when the profile does not say it.
        auto app = co_await m_rest->get(discord::Route::get(QStringLiteral("/applications/@me")));
        if (!self || generation != m_generation || !m_commands)
            co_return;
        if (app) {
            key = app->object().value(QLatin1StringView("verify_key")).toString();
            if (m_commands->applicationId().isEmpty())
                m_commands->setApplicationId(app->object().value(QLatin1StringView("id")).toString());
        }
    }
    if (key.isEmpty()) {
        setEndpointStatus({EndpointStatus::State::Failed,
                           {},
                           tr("The application's public key is unknown: enter it in the profile.")});
        co_return;
    }
    auto port = m_commands->startEndpoint(m_interaction, key);
    if (!port) {
        qCWarning(lcBot).noquote() << "the interactions endpoint did not start:" << port.error().message;
        setEndpointStatus({EndpointStatus::State::Failed, {}, port.error().message});
        co_return;
    }
    const QString url = m_commands->endpoint()->url();
    qCInfo(lcBot).noquote() << "interactions endpoint listening on" << url;
    setEndpointStatus({EndpointStatus::State::Listening, url, {}, !m_interaction.usesGateway()});
}

void BotRuntime::stopEndpoint()
{
    for (const auto &pending : std::as_const(m_httpPending))
        pending->acknowledgeElsewhere();
    m_httpPending.clear();
    if (m_commands && m_commands->endpoint()) {
        m_commands->stopEndpoint();
        qCInfo(lcBot) << "interactions endpoint stopped";
    }
    if (m_endpointStatus.state != EndpointStatus::State::Off)
        setEndpointStatus({});
}

void BotRuntime::setEndpointStatus(EndpointStatus status)
{
    m_endpointStatus = std::move(status);
    Q_EMIT endpointStatusChanged(m_endpointStatus);
}

void BotRuntime::handleHttpFallback(const QJsonObject &interaction, InteractionHttpResponder responder)
{
    // Component clicks and modal submits over HTTP go to the same views dispatcher as over the gateway; it
    // answers through the callback route, and the POST gets 202 once that callback went out.
    const QString id = interaction.value(QLatin1StringView("id")).toString();
    auto shared = std::make_shared<InteractionHttpResponder>(std::move(responder));
    m_httpPending.insert(id, shared);
    // Never let the POST hang past Discord's 3 seconds, whatever the action does.
    QTimer::singleShot(2800, this, [this, id] {
        if (auto pending = m_httpPending.take(id))
            pending->acknowledgeElsewhere();
    });
    discord::GatewayEvent event;
    event.type = discord::EventType::InteractionCreate;
    event.name = QStringLiteral("INTERACTION_CREATE");
    event.data = interaction;
    m_dispatcher->handleEvent(event);
}

QCoro::Task<void> BotRuntime::autoSync(quint64 generation)
{
    QPointer<BotRuntime> self(this);
    if (!m_commands || m_syncRunning)
        co_return;
    m_syncRunning = true;
    auto report = co_await m_commands->sync(false);
    if (!self)
        co_return;
    m_syncRunning = false;
    if (generation != m_generation)
        co_return;
    if (!report) {
        qCWarning(lcBot).noquote() << "command sync failed:" << report.error().toString();
        Q_EMIT commandsSynced({}, report.error().toString());
        co_return;
    }
    for (const QString &line : std::as_const(report->lines))
        qCInfo(lcBot).noquote() << "command sync:" << line;
    Q_EMIT commandsSynced(report.value(), {});
}

QCoro::Task<Result<commands::SyncReport>> BotRuntime::syncCommands(bool force)
{
    QPointer<BotRuntime> self(this);
    if (!m_commands)
        co_return Error::make(Error::Kind::Unavailable, tr("The profile has no command store."));
    if (!m_rest || !isRunning())
        co_return Error::make(Error::Kind::Unavailable, tr("Start the bot to sync its commands."));
    if (m_syncRunning)
        co_return Error::make(Error::Kind::Unavailable, tr("A command sync is already running."));
    reloadCommands();
    m_syncRunning = true;
    auto report = co_await m_commands->sync(force);
    if (!self)
        co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
    m_syncRunning = false;
    Q_EMIT commandsSynced(report ? report.value() : commands::SyncReport {},
                          report ? QString() : report.error().toString());
    co_return report;
}

QCoro::Task<Result<QList<commands::ScopePlan>>> BotRuntime::commandSyncPlan(bool compareRemote)
{
    if (!m_commands)
        co_return Error::make(Error::Kind::Unavailable, tr("The profile has no command store."));
    reloadCommands();
    co_return co_await m_commands->plan(compareRemote);
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
    stopEndpoint();
    if (m_commands)
        m_commands->setRest(nullptr);
    m_latencies.clear();
}

} // namespace bw
