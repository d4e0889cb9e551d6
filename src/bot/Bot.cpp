#include "bot/Bot.h"

#include "bot/BotRuntime.h"
#include "bot/SecretStore.h"
#include "bot/ThreadCall.h"
#include "bot/eventlog/EventRecorder.h"
#include "core/Logging.h"
#include "discord/RestClient.h"
#include "sandbox/SandboxHost.h"

#include <QFuture>
#include <QPointer>
#include <QPromise>
#include <QSemaphore>
#include <qcoro/qcorofuture.h>

namespace bw {

using Status = BotState::Status;

namespace {

const QUrl kDiscordApi(QStringLiteral("https://discord.com/api/v10"));

/// The REST base of a Discord or Custom profile, or why the profile's URL is unusable.
Result<QUrl> apiBaseOf(const store::Profile &profile)
{
    if (profile.target != store::Profile::Target::Custom)
        return kDiscordApi;
    const QUrl base(profile.apiBase);
    if (!base.isValid() || base.scheme().isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            Bot::tr("The profile's API base URL \"%1\" is not a valid URL.").arg(profile.apiBase));
    return base;
}

} // namespace

Bot::Bot(QObject *parent) : QObject(parent), m_state(new BotState(this))
{
    qRegisterMetaType<ConnectionSettings>();
    qRegisterMetaType<GuildInfo>();
    qRegisterMetaType<QList<GuildInfo>>();
    qRegisterMetaType<BotState::Status>();
    qRegisterMetaType<discord::GatewayEvent>();
    qRegisterMetaType<InteractionOutcome>();
    qRegisterMetaType<commands::SyncReport>();
    qRegisterMetaType<EndpointStatus>();

    m_profile.name = QStringLiteral("Sandbox");
    m_profile.target = store::Profile::Target::Sandbox;

    m_thread.setObjectName(QStringLiteral("bot"));
    m_runtime = new BotRuntime;
    m_runtime->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runtime, &QObject::deleteLater);
    connect(m_runtime, &BotRuntime::statusChanged, this,
            [this](BotState::Status status, const QString &reason) { m_state->setStatus(status, reason); });
    connect(m_runtime, &BotRuntime::latencyChanged, m_state, &BotState::setLatency);
    connect(m_runtime, &BotRuntime::shardLatencyChanged, this, &Bot::shardLatencyChanged);
    connect(m_runtime, &BotRuntime::sessionStartsChanged, m_state, &BotState::setSessionStartsRemaining);
    connect(m_runtime, &BotRuntime::guildsChanged, this, [this](const QList<GuildInfo> &guilds) {
        m_guilds = guilds;
        Q_EMIT guildsChanged(guilds);
    });
    connect(m_runtime, &BotRuntime::commandsSynced, this, &Bot::commandsSynced);
    connect(m_runtime, &BotRuntime::commandSyncProgress, this, &Bot::commandSyncProgress);
    connect(m_runtime, &BotRuntime::commandSyncRateLimited, this, &Bot::commandSyncRateLimited);
    connect(m_runtime, &BotRuntime::commandAnswered, this, &Bot::commandAnswered);
    connect(m_runtime, &BotRuntime::endpointStatusChanged, this, [this](const EndpointStatus &status) {
        m_endpointStatus = status;
        // An HTTP-only bot on the embedded sandbox: the sandbox delivers interactions to its endpoint (and on
        // the gateway again once the endpoint is gone).
        if (m_sandbox && m_sandbox->isRunning() && m_profile.target == store::Profile::Target::Sandbox) {
            if (status.isListening() && status.httpOnly) {
                m_sandbox->setInteractionEndpoint(QUrl(status.url));
                m_sandboxDeliversOverHttp = true;
            } else if (m_sandboxDeliversOverHttp && !status.isListening()) {
                m_sandbox->setInteractionEndpoint({});
                m_sandboxDeliversOverHttp = false;
            }
        }
        Q_EMIT endpointStatusChanged(status);
    });
    // The event log: the recorder lives on the bot thread next to the runtime (direct connections).
    m_recorder = new EventRecorder;
    m_recorder->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_recorder, &QObject::deleteLater);
    connect(m_runtime, &BotRuntime::dispatch, m_recorder, &EventRecorder::recordDispatch);
    connect(m_runtime, &BotRuntime::control, m_recorder, &EventRecorder::recordControl);
    connect(m_runtime, &BotRuntime::restLogged, m_recorder, &EventRecorder::recordRest);
    connect(m_runtime, &BotRuntime::interactionHandled, m_recorder, &EventRecorder::recordInteraction);
    connect(m_runtime, &BotRuntime::statusChanged, m_recorder,
            [recorder = m_recorder](BotState::Status status, const QString &reason) {
                if (status == Status::Error && !reason.isEmpty())
                    recorder->recordError(QStringLiteral("bot"), reason);
            });
    m_thread.start();
}

Bot::~Bot()
{
    stopAndWait(3000);
    m_thread.quit();
    m_thread.wait();
    m_sandbox.reset();
}

void Bot::setProfile(const store::Profile &profile)
{
    m_profile = profile;
    pushCommandSource();
}

void Bot::setDatabase(store::Database *db)
{
    m_db = db;
    pushCommandSource();
}

void Bot::pushCommandSource()
{
    BotRuntime::CommandSource source;
    source.db = m_profile.id > 0 ? m_db : nullptr;
    source.profileId = m_profile.id;
    if (m_profile.target == store::Profile::Target::Sandbox) {
        // The sandbox's application: its id comes with READY, its key from GET /applications/@me.
        if (m_sandbox)
            source.applicationId = m_sandbox->applicationId();
    } else {
        source.applicationId = m_profile.applicationId;
        source.publicKeyHex = m_profile.publicKey;
    }
    QMetaObject::invokeMethod(
        m_runtime, [runtime = m_runtime, source] { runtime->setCommandSource(source); },
        Qt::QueuedConnection);
}

Result<sandbox::SandboxHost *> Bot::ensureSandbox()
{
    if (m_sandbox && m_sandbox->isRunning())
        return m_sandbox.get();
    m_sandbox = std::make_unique<sandbox::SandboxHost>(m_sandboxOptions);
    const auto port = m_sandbox->start();
    if (!port) {
        m_sandbox.reset();
        return port.error();
    }
    qCInfo(lcBot) << "embedded sandbox on" << m_sandbox->apiBase().toString();
    return m_sandbox.get();
}

QCoro::Task<Result<ConnectionSettings>> Bot::resolveConnection(store::Profile profile)
{
    ConnectionSettings settings;
    settings.intents = profile.intents;
    settings.shardCount = profile.shardCount;
    settings.shardIds = profile.shardIds;
    switch (profile.target) {
    case store::Profile::Target::Sandbox: {
        auto host = ensureSandbox();
        if (!host)
            co_return Error::make(host.error().kind,
                                  tr("The sandbox could not start: %1").arg(host.error().message));
        settings.apiBase = host.value()->apiBase();
        settings.token = host.value()->botToken();
        co_return settings;
    }
    case store::Profile::Target::Custom:
    case store::Profile::Target::Discord:
        break;
    }
    const auto base = apiBaseOf(profile);
    if (!base)
        co_return base.error();
    settings.apiBase = base.value();
    if (!m_tokenOverride.isEmpty()) {
        settings.token = m_tokenOverride;
        co_return settings;
    }
    if (!m_secrets)
        co_return Error::make(Error::Kind::Unavailable,
                              tr("No keychain is available to read the token from."));
    QPointer<Bot> self(this);
    auto token = co_await m_secrets->readToken(profile.name);
    if (!self)
        co_return Error::make(Error::Kind::Cancelled, tr("Cancelled."));
    if (!token) {
        if (token.error().kind == Error::Kind::NotFound)
            co_return Error::make(Error::Kind::NotFound,
                                  tr("No token is stored for the profile \"%1\": enter it in Bot → Profiles.")
                                      .arg(profile.name));
        co_return token.error();
    }
    settings.token = token.value();
    co_return settings;
}

void Bot::start()
{
    if (m_state->isRunning())
        return;
    m_state->setStatus(Status::Connecting);
    startAsync();
}

QCoro::Task<void> Bot::startAsync()
{
    const quint64 generation = ++m_startGeneration;
    QPointer<Bot> self(this);
    qCInfo(lcBot) << "starting profile" << m_profile.name << "on"
                  << store::Profile::targetName(m_profile.target);
    auto settings = co_await resolveConnection(m_profile);
    if (!self || generation != m_startGeneration || m_state->status() != Status::Connecting)
        co_return; // stopped (or restarted) while the keychain answered
    if (!settings) {
        m_state->setStatus(Status::Error, settings.error().message);
        co_return;
    }
    pushCommandSource(); // the sandbox may have started since (its application id)
    QMetaObject::invokeMethod(
        m_runtime,
        [runtime = m_runtime, s = settings.value(), db = m_db, profileId = m_profile.id] {
            runtime->setViewSource(db, profileId);
            runtime->start(s);
        },
        Qt::QueuedConnection);
}

QCoro::Task<Result<commands::SyncReport>> Bot::syncCommands(bool force)
{
    BotRuntime *runtime = m_runtime;
    return callInThreadOf<commands::SyncReport>(
        runtime, [runtime, force] { return runtime->syncCommands(force); },
        tr("The bot stopped before the commands were synced."));
}

QCoro::Task<Result<QList<commands::ScopePlan>>> Bot::commandSyncPlan(bool compareRemote)
{
    BotRuntime *runtime = m_runtime;
    return callInThreadOf<QList<commands::ScopePlan>>(
        runtime, [runtime, compareRemote] { return runtime->commandSyncPlan(compareRemote); },
        tr("The bot stopped before the plan was made."));
}

void Bot::reloadCommands()
{
    QMetaObject::invokeMethod(m_runtime, &BotRuntime::reloadCommands, Qt::QueuedConnection);
}

void Bot::reloadViews()
{
    QMetaObject::invokeMethod(m_runtime, &BotRuntime::reloadViews, Qt::QueuedConnection);
}

QCoro::Task<Result<QString>> Bot::sendView(QString viewName, QString channelId, QJsonObject state)
{
    BotRuntime *runtime = m_runtime;
    return callInThreadOf<QString>(
        runtime,
        [runtime, viewName, channelId, state] { return runtime->sendView(viewName, channelId, state); },
        tr("The bot stopped before the view was sent."));
}

void Bot::stop()
{
    ++m_startGeneration;
    if (m_state->status() == Status::Stopped)
        return;
    qCInfo(lcBot) << "stopping";
    QMetaObject::invokeMethod(m_runtime, &BotRuntime::stop, Qt::QueuedConnection);
}

void Bot::stopAndWait(int timeoutMs)
{
    if (!m_runtime || !m_thread.isRunning())
        return;
    // The bot thread has its own event loop, so waiting here needs no nested loop on this thread.
    auto done = std::make_shared<QSemaphore>();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_runtime, &BotRuntime::stopped, m_runtime, [done] { done->release(); }, Qt::DirectConnection);
    QMetaObject::invokeMethod(m_runtime, &BotRuntime::stop, Qt::QueuedConnection);
    done->tryAcquire(1, timeoutMs + 500);
    disconnect(*connection);
}

QCoro::Task<Result<QString>> Bot::testConnection(store::Profile profile, QString token)
{
    QPointer<Bot> self(this);
    ConnectionSettings settings;
    if (profile.target == store::Profile::Target::Sandbox) {
        auto resolved = co_await resolveConnection(profile);
        if (!resolved)
            co_return resolved.error();
        settings = resolved.value();
    } else {
        const auto base = apiBaseOf(profile);
        if (!base)
            co_return base.error();
        settings.apiBase = base.value();
        settings.token = token;
        if (settings.token.isEmpty())
            co_return Error::make(Error::Kind::InvalidInput, tr("Enter the bot token first."));
    }
    discord::RestClient::Options options;
    options.apiBase = settings.apiBase;
    options.token = settings.token;
    options.maxRetries = 1;
    discord::RestClient rest(options);
    auto me = co_await rest.getCurrentUser();
    if (!self)
        co_return Error::make(Error::Kind::Cancelled, tr("Cancelled."));
    if (!me)
        co_return me.error();
    co_return me->value(QLatin1StringView("username")).toString();
}

} // namespace bw
