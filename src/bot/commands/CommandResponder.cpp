#include "bot/commands/CommandResponder.h"

#include "bot/Template.h"
#include "bot/http/InteractionEndpoint.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "discord/RestClient.h"

#include <QJsonArray>
#include <qcoro/qcorotimer.h>

#include <chrono>

namespace bw::commands {

namespace {

QCoro::Task<Result<void>> sendRestCallback(QPointer<discord::RestClient> rest, QString id, QString token,
                                           QJsonObject response)
{
    if (!rest)
        co_return Error::make(Error::Kind::Cancelled, QStringLiteral("The bot stopped."));
    auto answer = co_await rest->interactionCallback(id, token, response);
    if (!answer)
        co_return answer.error();
    co_return Result<void>();
}

QCoro::Task<Result<void>> sendHttpResponse(std::shared_ptr<InteractionHttpResponder> responder,
                                           QJsonObject response)
{
    if (!responder->isPending())
        co_return Error::make(Error::Kind::Network,
                              QStringLiteral("The HTTP request of the interaction is gone."));
    responder->respond(response);
    co_return Result<void>();
}

TemplateContext contextOf(const QJsonObject &interaction, const Clock *clock)
{
    TemplateContext c;
    QJsonObject user
        = interaction.value(QStringLiteral("member")).toObject().value(QStringLiteral("user")).toObject();
    if (user.isEmpty())
        user = interaction.value(QStringLiteral("user")).toObject();
    c.userId = user.value(QStringLiteral("id")).toString();
    c.userName = user.value(QStringLiteral("global_name")).toString();
    if (c.userName.isEmpty())
        c.userName = user.value(QStringLiteral("username")).toString();
    c.channelId = interaction.value(QStringLiteral("channel_id")).toString();
    c.guildId = interaction.value(QStringLiteral("guild_id")).toString();
    c.opts = CommandInvocation::fromData(interaction.value(QStringLiteral("data")).toObject()).options;
    c.clock = clock;
    return c;
}

} // namespace

InitialSink restCallbackSink(discord::RestClient *rest, QString interactionId, QString token)
{
    QPointer<discord::RestClient> guarded(rest);
    return [guarded, interactionId, token](QJsonObject response) {
        return sendRestCallback(guarded, interactionId, token, std::move(response));
    };
}

InitialSink httpResponseSink(std::shared_ptr<InteractionHttpResponder> responder)
{
    return [responder](QJsonObject response) { return sendHttpResponse(responder, std::move(response)); };
}

Result<QJsonObject> renderReply(const QJsonValue &reply, const QJsonObject &interaction, const Clock *clock)
{
    QJsonObject message
        = reply.isObject() ? reply.toObject() : QJsonObject {{QStringLiteral("content"), reply.toString()}};
    auto tmpl = Template::parseChecked(message.value(QStringLiteral("content")).toString(),
                                       TemplateScopes::command());
    if (!tmpl)
        return tmpl.error();
    message.insert(QStringLiteral("content"), tmpl->render(contextOf(interaction, clock)));
    if (message.value(QStringLiteral("content")).toString().isEmpty()
        && message.value(QStringLiteral("embeds")).toArray().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("The reply is empty."));
    return message;
}

QCoro::Task<Result<CommandAnswer>> answerCommand(QJsonObject interaction, QJsonObject design,
                                                 InitialSink sink, QPointer<discord::RestClient> rest,
                                                 const Clock *clock)
{
    CommandAnswer answer;
    const QString type = design.value(QStringLiteral("type")).toString(QStringLiteral("reply"));
    const QString applicationId = interaction.value(QStringLiteral("application_id")).toString();
    const QString token = interaction.value(QStringLiteral("token")).toString();

    if (type == QStringLiteral("reply") || type == QStringLiteral("modal")) {
        QJsonObject response;
        if (type == QStringLiteral("modal")) {
            response
                = QJsonObject {{QStringLiteral("type"), 9},
                               {QStringLiteral("data"), design.value(QStringLiteral("modal")).toObject()}};
        } else {
            auto message = renderReply(design.value(QStringLiteral("reply")), interaction, clock);
            if (!message)
                co_return message.error();
            if (design.value(QStringLiteral("ephemeral")).toBool())
                message->insert(QStringLiteral("flags"), 64);
            response = QJsonObject {{QStringLiteral("type"), 4}, {QStringLiteral("data"), message.value()}};
        }
        auto sent = co_await sink(response);
        if (!sent)
            co_return sent.error();
        answer.callbackType = response.value(QStringLiteral("type")).toInt();
        co_return answer;
    }

    if (type == QStringLiteral("defer")) {
        QJsonObject data;
        if (design.value(QStringLiteral("ephemeral")).toBool())
            data.insert(QStringLiteral("flags"), 64);
        // (built before the co_await: GCC 12 cannot keep string literals of an awaited expression)
        const QJsonObject deferred {{QStringLiteral("type"), 5}, {QStringLiteral("data"), data}};
        auto sent = co_await sink(deferred);
        if (!sent)
            co_return sent.error();
        answer.callbackType = 5;
        qint64 delayMs = design.value(QStringLiteral("delay_ms")).toInteger(0);
        const QString delayOption = design.value(QStringLiteral("delay_option")).toString();
        if (!delayOption.isEmpty()) {
            const auto options
                = CommandInvocation::fromData(interaction.value(QStringLiteral("data")).toObject()).options;
            delayMs = qint64(options.value(delayOption).toDouble() * 1000);
        }
        delayMs = std::clamp<qint64>(delayMs, 0, 14 * 60 * 1000); // the token lives 15 minutes
        if (delayMs > 0)
            co_await QCoro::sleepFor(std::chrono::milliseconds(delayMs));
        const QJsonObject then = design.value(QStringLiteral("then")).toObject();
        auto message = renderReply(then.value(QStringLiteral("reply")), interaction, clock);
        if (!message)
            co_return message.error();
        if (!rest)
            co_return Error::make(Error::Kind::Cancelled,
                                  QStringLiteral("The bot stopped before the follow-up."));
        // The first follow-up after a type-5 defer fills the "thinking" message.
        auto followup = co_await rest->editOriginalResponse(applicationId, token, message.value());
        if (!followup)
            co_return followup.error();
        ++answer.followups;
        // Further messages ("followups": [reply, ...]) are new follow-up messages of the interaction.
        const QJsonArray more = then.value(QStringLiteral("followups")).toArray();
        for (const QJsonValue &reply : more) {
            auto extra = renderReply(reply, interaction, clock);
            if (!extra)
                co_return extra.error();
            if (!rest)
                co_return Error::make(Error::Kind::Cancelled,
                                      QStringLiteral("The bot stopped before the follow-up."));
            auto sentExtra = co_await rest->createFollowup(applicationId, token, extra.value());
            if (!sentExtra)
                co_return sentExtra.error();
            ++answer.followups;
        }
        co_return answer;
    }
    co_return Error::make(
        Error::Kind::InvalidInput,
        QStringLiteral("The command's response type “%1” is not one of reply, defer, modal.").arg(type));
}

} // namespace bw::commands
