#include "app/OneShot.h"

#include "app/BotEnvironment.h"
#include "app/LogOutput.h"
#include "app/SignalWatcher.h"
#include "bot/Bot.h"
#include "core/Logging.h"
#include "discord/CloseCodes.h"
#include "discord/RestClient.h"

#include <QCoreApplication>
#include <QPointer>
#include <qcoro/qcorosignal.h>

#include <cstdio>

namespace bw::app {

namespace {

/// The gateway's reason for a fatal close is all BotState keeps; 4004 is recognised by its text.
int exitCodeForGatewayReason(const QString &reason)
{
    if (reason.contains(discord::classifyClose(4004).message))
        return ExitAuth;
    if (reason.contains(QLatin1StringView("401")))
        return ExitAuth;
    return ExitGateway;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

OneShot::OneShot(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    m_stopTimeout.setSingleShot(true);
}

OneShot::~OneShot() = default;

int OneShot::exec(const QString &what, Job job)
{
    m_what = what;
    LogOutput::install(m_options.verbose ? stderr : nullptr);
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::received, this, [this](int signum) {
        finish(ExitInterrupted, tr("%1: interrupted by signal %2").arg(m_what).arg(signum));
    });
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(
            ExitTimeout,
            tr("%1: timed out after %2 s while %3").arg(m_what).arg(m_options.timeoutSeconds).arg(m_phase));
    });
    connect(&m_stopTimeout, &QTimer::timeout, qApp, &QCoreApplication::quit);
    m_timeout.start(std::max(1, m_options.timeoutSeconds) * 1000);
    m_phase = tr("opening the profile");
    QMetaObject::invokeMethod(
        this, [this, job = std::move(job)] { run(job); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    // The Bot stops before the database closes; a stuck shard is bounded by Bot's own stop timeout.
    m_env.reset();
    return m_code < 0 ? ExitFailure : m_code;
}

QCoro::Task<void> OneShot::run(Job job)
{
    QPointer<OneShot> self(this);
    auto env = BotEnvironment::open({m_options.dataDir, m_options.profile, m_options.tokenFile});
    if (!env) {
        finish(exitCodeFor(env.error()), m_what + QStringLiteral(": ") + env.error().toString());
        co_return;
    }
    m_env = std::move(env.value());
    LogOutput::addSecret(m_env->knownToken());
    Bot &bot = m_env->bot();
    const store::Profile profile = m_env->profile();

    // Ask the REST API who we are before opening the gateway: a bad token (401) or an unreachable API
    // base gives a precise error here instead of a gateway status text.
    m_phase = tr("checking the token");
    auto settings = co_await bot.resolveConnection(profile);
    if (!self || m_quitting)
        co_return;
    if (!settings) {
        finish(exitCodeFor(settings.error()), m_what + QStringLiteral(": ") + settings.error().toString());
        co_return;
    }
    {
        discord::RestClient::Options restOptions;
        restOptions.apiBase = settings->apiBase;
        restOptions.token = settings->token;
        restOptions.maxRetries = 1;
        restOptions.retryBaseMs = 200;
        discord::RestClient rest(restOptions);
        auto me = co_await rest.getCurrentUser();
        if (!self || m_quitting)
            co_return;
        if (!me) {
            const Error &e = me.error();
            QString line = e.toString();
            if (e.kind == Error::Kind::Unauthorized)
                line = tr("the bot token was refused (HTTP 401) by %1").arg(settings->apiBase.toString());
            else if (e.kind == Error::Kind::Network)
                line = tr("cannot reach %1: %2").arg(settings->apiBase.toString(), e.toString());
            finish(exitCodeFor(e), m_what + QStringLiteral(": ") + line);
            co_return;
        }
    }

    m_phase = tr("waiting for READY");
    bot.start();
    while (bot.state()->status() != BotState::Status::Ready) {
        if (bot.state()->status() == BotState::Status::Error
            || bot.state()->status() == BotState::Status::Stopped) {
            const QString reason = bot.state()->reason();
            finish(exitCodeForGatewayReason(reason),
                   m_what + QStringLiteral(": the gateway refused the session: ") + reason);
            co_return;
        }
        co_await qCoro(bot.state(), &BotState::statusChanged);
        if (!self || m_quitting)
            co_return;
    }

    m_phase = tr("running");
    const Result<QString> result = co_await job(Context {bot, m_env->database(), m_env->profile()});
    if (!self || m_quitting)
        co_return;
    if (!result) {
        finish(exitCodeFor(result.error()), m_what + QStringLiteral(": ") + result.error().toString());
        co_return;
    }
    if (!result->isEmpty()) {
        std::fputs(qUtf8Printable(result.value()), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
    finish(ExitOk);
}

void OneShot::finish(int code, const QString &errorLine)
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_code = code;
    m_timeout.stop();
    if (!errorLine.isEmpty()) {
        std::fprintf(stderr, "botwright: %s\n", qUtf8Printable(oneLine(errorLine)));
        std::fflush(stderr);
    }
    quitWhenStopped();
}

void OneShot::quitWhenStopped()
{
    if (!m_env || !m_env->bot().state()->isRunning()) {
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    // Disconnect cleanly (close 1000), bounded: a peer that does not answer the close must not hang us.
    BotState *state = m_env->bot().state();
    connect(state, &BotState::statusChanged, this, [state] {
        if (!state->isRunning())
            QCoreApplication::quit();
    });
    m_stopTimeout.start(5000);
    m_env->bot().stop();
}

} // namespace bw::app
