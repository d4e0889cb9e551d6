#include "app/HeadlessRunner.h"

#include "app/BotEnvironment.h"
#include "app/ExitCode.h"
#include "app/LogOutput.h"
#include "app/SignalWatcher.h"
#include "bot/Bot.h"
#include "bot/eventlog/EventRecorder.h"
#include "bot/tasks/TaskService.h"
#include "core/Logging.h"
#include "discord/CloseCodes.h"
#include "store/Profile.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

namespace bw::app {

namespace {
constexpr int kEventRetentionDays = 7; // as the app's default
}

HeadlessRunner::HeadlessRunner(const CommandLine &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_stopTimeout.setSingleShot(true);
    connect(&m_stopTimeout, &QTimer::timeout, this, [] {
        qCWarning(lcBot) << "the gateway did not close in time; exiting anyway";
        QCoreApplication::quit();
    });
}

HeadlessRunner::~HeadlessRunner() = default;

int HeadlessRunner::exec()
{
    LogOutput::install(stdout);
    auto *signals = new SignalWatcher(this);
    connect(signals, &SignalWatcher::received, this, [this](int signum) {
        qCInfo(lcBot) << "received" << (signum == SIGTERM ? "SIGTERM" : "SIGINT") << "- stopping";
        stopAndQuit(ExitOk);
    });

    auto env = BotEnvironment::open({m_options.dataDir, m_options.profile, m_options.tokenFile});
    if (!env) {
        std::fprintf(stderr, "botwright: %s\n", qUtf8Printable(env.error().toString()));
        return exitCodeFor(env.error());
    }
    m_env = std::move(env.value());
    LogOutput::addSecret(m_env->knownToken());
    const store::Profile &profile = m_env->profile();
    qCInfo(lcBot).noquote() << "headless: botwright" << BOTWRIGHT_VERSION << "profile" << profile.name
                            << "target" << store::Profile::targetName(profile.target) << "data"
                            << m_env->dataDir() << "token from" << m_env->tokenOrigin();

    Bot &bot = m_env->bot();
    connect(bot.state(), &BotState::statusChanged, this, &HeadlessRunner::onStatus);
    connect(bot.state(), &BotState::latencyChanged, this,
            [](int ms) { qCDebug(lcBot) << "heartbeat latency" << ms << "ms"; });
    // Commands: the READY sync and the HTTP interactions endpoint (modes http and both) are the runtime's.
    connect(&bot, &Bot::endpointStatusChanged, this, [](const EndpointStatus &status) {
        qCInfo(lcBot).noquote() << "interactions endpoint" << status.toString();
    });
    connect(&bot, &Bot::commandsSynced, this, [](const commands::SyncReport &report, const QString &error) {
        if (!error.isEmpty())
            qCWarning(lcBot).noquote() << "command sync failed:" << error;
        else
            qCInfo(lcBot).noquote() << "commands synced:" << report.requests << "request(s),"
                                    << report.scopesSkipped << "scope(s) unchanged";
    });
    // The event log goes to SQLite as in the app (the previous run's log can be read after a crash).
    QMetaObject::invokeMethod(
        bot.eventRecorder(),
        [recorder = bot.eventRecorder(), db = &m_env->database()] {
            recorder->setDatabase(db, qint64(kEventRetentionDays) * 86'400'000);
        },
        Qt::QueuedConnection);
    // Scheduled tasks of the profile run headless too (they wait for READY themselves).
    m_tasks = std::make_unique<tasks::TaskService>(bot, m_env->database());
    if (const Result<void> loaded = m_tasks->load(profile.id); !loaded)
        qCWarning(lcBot).noquote() << "tasks not loaded:" << loaded.error().toString();
    bot.start();
    const int code = QCoreApplication::exec();
    m_tasks.reset();
    m_env.reset(); // stops the bot thread, then closes the database
    qCInfo(lcBot) << "headless: exit" << (m_code ? m_code : code);
    return m_code ? m_code : code;
}

void HeadlessRunner::onStatus()
{
    const BotState *state = m_env->bot().state();
    const QString reason = state->reason();
    qCInfo(lcBot).noquote() << QStringLiteral("status ") + BotState::statusText(state->status())
            + (reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QStringLiteral(")"));
    if (m_stopping) {
        if (!state->isRunning())
            QCoreApplication::quit();
        return;
    }
    if (state->status() == BotState::Status::Error) {
        // Fatal: the runtime does not retry these (bad token, refused intents, a failed start).
        const int code = reason.contains(discord::classifyClose(4004).message)
                || reason.contains(QLatin1StringView("401"))
            ? ExitAuth
            : ExitGateway;
        std::fprintf(stderr, "botwright: %s\n", qUtf8Printable(reason));
        stopAndQuit(code);
    }
}

void HeadlessRunner::stopAndQuit(int code)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_code = code;
    if (!m_env || !m_env->bot().state()->isRunning()) {
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    m_stopTimeout.start(8000);
    m_env->bot().stop(); // closes every shard with 1000; statusChanged(Stopped) quits
}

} // namespace bw::app
