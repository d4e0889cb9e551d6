#include "bot/commands/CommandService.h"

#include "bot/commands/CommandResponder.h"
#include "bot/http/InteractionEndpoint.h"
#include "core/Logging.h"
#include "discord/RestClient.h"
#include "store/CommandStore.h"
#include "store/Database.h"

#include <QHostAddress>
#include <QJsonArray>

namespace bw::commands {

namespace {

QString userNameOf(const QJsonObject &interaction)
{
    QJsonObject user
        = interaction.value(QStringLiteral("member")).toObject().value(QStringLiteral("user")).toObject();
    if (user.isEmpty())
        user = interaction.value(QStringLiteral("user")).toObject();
    const QString global = user.value(QStringLiteral("global_name")).toString();
    return global.isEmpty() ? user.value(QStringLiteral("username")).toString() : global;
}

QJsonObject ephemeralText(const QString &text)
{
    return QJsonObject {{QStringLiteral("type"), 4},
                        {QStringLiteral("data"),
                         QJsonObject {{QStringLiteral("content"), text}, {QStringLiteral("flags"), 64}}}};
}

} // namespace

CommandService::CommandService(store::Database *db, qint64 profileId, QObject *parent)
    : QObject(parent), m_db(db), m_profileId(profileId)
{ }

CommandService::~CommandService() = default;

void CommandService::setRest(discord::RestClient *rest)
{
    m_rest = rest;
}

Result<void> CommandService::reload()
{
    if (!m_db)
        return {};
    auto commands = store::CommandStore(*m_db).list(m_profileId);
    if (!commands)
        return commands.error();
    m_registry.setCommands(commands.value());
    return {};
}

QCoro::Task<Result<SyncReport>> CommandService::sync(bool force)
{
    QPointer<CommandService> self(this);
    if (!m_rest)
        co_return Error::make(Error::Kind::Unavailable, tr("The bot is not connected."));
    if (m_applicationId.isEmpty()) {
        auto id = co_await CommandSync::fetchApplicationId(m_rest);
        if (!self)
            co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
        if (!id)
            co_return id.error();
        m_applicationId = id.value();
    }
    CommandSync sync(m_rest, m_db, m_profileId, m_applicationId);
    QObject::connect(&sync, &CommandSync::progress, this, &CommandService::syncProgress);
    QObject::connect(&sync, &CommandSync::rateLimited, this, &CommandService::syncRateLimited);
    auto report = co_await sync.sync(m_registry.commands(), force);
    co_return report;
}

QCoro::Task<Result<QList<ScopePlan>>> CommandService::plan(bool compareRemote)
{
    QPointer<CommandService> self(this);
    if (compareRemote && !m_rest)
        co_return Error::make(Error::Kind::Unavailable, tr("The bot is not connected."));
    if (m_applicationId.isEmpty() && m_rest) {
        auto id = co_await CommandSync::fetchApplicationId(m_rest);
        if (!self)
            co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
        if (id)
            m_applicationId = id.value();
    }
    QString applicationId = m_applicationId;
    if (applicationId.isEmpty() && m_db) {
        // Not connected and not told: compare with the newest sync of this profile.
        auto states = store::CommandStore(*m_db).syncStates(m_profileId);
        if (states) {
            QDateTime newest;
            for (const store::CommandSyncRecord &s : std::as_const(states.value())) {
                if (!newest.isValid() || s.synced > newest) {
                    newest = s.synced;
                    applicationId = s.applicationId;
                }
            }
        }
    }
    CommandSync sync(m_rest, m_db, m_profileId, applicationId);
    auto plans = co_await sync.plan(m_registry.commands(), compareRemote);
    co_return plans;
}

bool CommandService::handleGatewayEvent(const discord::GatewayEvent &event)
{
    const QJsonObject &interaction = event.data;
    const int type = interaction.value(QStringLiteral("type")).toInt();
    if (type != 2 && type != 4)
        return false;
    const CommandInvocation invocation
        = CommandInvocation::fromData(interaction.value(QStringLiteral("data")).toObject());
    const store::CommandRecord *command = m_registry.find(invocation);
    if (!command)
        return false;
    if (type == 4) {
        answerAutocomplete(interaction, *command, invocation, nullptr);
        return true;
    }
    answer(interaction, CommandRegistry::responseFor(*command, invocation), invocation.fullName(), false,
           nullptr);
    return true;
}

void CommandService::handleHttp(const QJsonObject &interaction, InteractionHttpResponder responder)
{
    const int type = interaction.value(QStringLiteral("type")).toInt();
    if (type == 4) {
        const CommandInvocation invocation
            = CommandInvocation::fromData(interaction.value(QStringLiteral("data")).toObject());
        const store::CommandRecord *command = m_registry.find(invocation);
        if (command) {
            answerAutocomplete(interaction, *command, invocation,
                               std::make_shared<InteractionHttpResponder>(std::move(responder)));
            return;
        }
        responder.respond(
            QJsonObject {{QStringLiteral("type"), 8},
                         {QStringLiteral("data"), QJsonObject {{QStringLiteral("choices"), QJsonArray()}}}});
        return;
    }
    if (type == 2) {
        const CommandInvocation invocation
            = CommandInvocation::fromData(interaction.value(QStringLiteral("data")).toObject());
        const store::CommandRecord *command = m_registry.find(invocation);
        if (command) {
            answer(interaction, CommandRegistry::responseFor(*command, invocation), invocation.fullName(),
                   true, std::make_shared<InteractionHttpResponder>(std::move(responder)));
            return;
        }
        responder.respond(ephemeralText(tr("This command is not handled by the bot.")));
        Q_EMIT commandAnswered(tr("/%1 by %2: not a command of this profile")
                                   .arg(invocation.fullName(), userNameOf(interaction)),
                               true);
        return;
    }
    if (m_fallback) {
        m_fallback(interaction, std::move(responder));
        return;
    }
    responder.respond(ephemeralText(tr("This button is no longer handled by the bot.")));
}

void CommandService::answer(const QJsonObject &interaction, const QJsonObject &design, const QString &label,
                            bool overHttp, std::shared_ptr<InteractionHttpResponder> responder)
{
    const QString who = userNameOf(interaction);
    const InitialSink sink = overHttp
        ? httpResponseSink(responder)
        : restCallbackSink(m_rest, interaction.value(QStringLiteral("id")).toString(),
                           interaction.value(QStringLiteral("token")).toString());
    QJsonObject effective = design;
    if (effective.isEmpty())
        effective
            = QJsonObject {{QStringLiteral("type"), QStringLiteral("reply")},
                           {QStringLiteral("ephemeral"), true},
                           {QStringLiteral("reply"), tr("/%1 has no response designed yet.").arg(label)}};
    QPointer<CommandService> self(this);
    QCoro::connect(
        answerCommand(interaction, effective, sink, m_rest, m_clock), this,
        [this, label, who, responder](const Result<CommandAnswer> &done) {
            if (!done) {
                qCWarning(lcBot).noquote() << "command" << label << "failed:" << done.error().toString();
                if (responder && responder->isPending())
                    responder->respond(ephemeralText(tr("The command failed: %1").arg(done.error().message)));
                Q_EMIT commandAnswered(tr("/%1 by %2: failed: %3").arg(label, who, done.error().message),
                                       true);
                return;
            }
            if (!done->restError.isEmpty()) { // a defer design's REST call failed; the original says so
                Q_EMIT commandAnswered(tr("/%1 by %2: %3").arg(label, who, done->restError), true);
                return;
            }
            Q_EMIT commandAnswered(tr("/%1 by %2: answered (type %3, %4 follow-up(s))")
                                       .arg(label, who)
                                       .arg(done->callbackType)
                                       .arg(done->followups),
                                   false);
        });
}

void CommandService::answerAutocomplete(const QJsonObject &interaction, const store::CommandRecord &command,
                                        const CommandInvocation &invocation,
                                        std::shared_ptr<InteractionHttpResponder> responder)
{
    const QJsonArray choices = CommandRegistry::autocompleteChoices(command, invocation);
    const QJsonObject response {{QStringLiteral("type"), 8},
                                {QStringLiteral("data"), QJsonObject {{QStringLiteral("choices"), choices}}}};
    const InitialSink sink = responder
        ? httpResponseSink(responder)
        : restCallbackSink(m_rest, interaction.value(QStringLiteral("id")).toString(),
                           interaction.value(QStringLiteral("token")).toString());
    const QString label = tr("/%1 %2 (autocomplete, %3 choice(s))")
                              .arg(invocation.fullName(), invocation.focused)
                              .arg(choices.size());
    QCoro::connect(sink(response), this, [this, label](const Result<void> &sent) {
        if (!sent)
            qCWarning(lcBot).noquote() << label << "could not be answered:" << sent.error().toString();
        Q_EMIT commandAnswered(sent ? label : tr("%1: failed: %2").arg(label, sent.error().message), !sent);
    });
}

Result<quint16> CommandService::startEndpoint(const store::InteractionSettingsRecord &settings,
                                              const QString &publicKeyHex)
{
    stopEndpoint();
    InteractionEndpointSettings s;
    s.address = QHostAddress(settings.address);
    if (s.address.isNull())
        return Error::make(Error::Kind::InvalidInput,
                           tr("\"%1\" is not an IP address to listen on.").arg(settings.address));
    s.port = quint16(settings.port);
    s.path = settings.path;
    s.allowNonLoopback = settings.allowNonLoopback;
    s.timestampWindowSeconds = settings.timestampWindowSeconds;
    s.maxBodyBytes = settings.maxBodyBytes;
    s.publicKeyHex = publicKeyHex;
    s.clock = m_clock;
    auto endpoint = std::make_unique<InteractionEndpoint>(s);
    endpoint->setHandler([this](const QJsonObject &interaction, InteractionHttpResponder responder) {
        handleHttp(interaction, std::move(responder));
    });
    auto port = endpoint->start();
    if (!port)
        return port.error();
    m_endpoint = std::move(endpoint);
    return port;
}

void CommandService::stopEndpoint()
{
    m_endpoint.reset();
}

} // namespace bw::commands
