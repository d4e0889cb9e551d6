#include "bot/views/ActionRunner.h"

#include "bot/views/InteractionResponder.h"
#include "bot/views/StateWriter.h"
#include "bot/views/ViewRegistry.h"
#include "core/Logging.h"
#include "discord/RestClient.h"

#include <QJsonDocument>
#include <qcoro/qcorotimer.h>

#include <chrono>

namespace bw::views {

namespace {

using Type = ActionSpec::Type;

Error stopped()
{
    return Error::make(Error::Kind::Cancelled, QStringLiteral("the bot stopped"));
}

/// The reply of an action, or a silent acknowledgement when it has none.
QCoro::Task<Result<void>> replyOrAcknowledge(const ActionSpec *a, ActionRun *run)
{
    if (a->reply.present)
        co_return co_await run->responder->reply(a->reply.render(run->context), a->ephemeral);
    co_return co_await run->responder->acknowledge();
}

QCoro::Task<Result<void>> runRole(const ActionSpec *a, ActionRun *run)
{
    const QString guildId = run->context.guildId;
    if (guildId.isEmpty())
        co_return Error::make(Error::Kind::InvalidInput,
                              QStringLiteral("roles can only be changed in a server"));
    bool add = a->roleMode == ActionSpec::RoleMode::Add;
    if (a->roleMode == ActionSpec::RoleMode::Toggle)
        add = !run->memberRoles.contains(a->roleId);
    const discord::Route route(add ? QByteArrayLiteral("PUT") : QByteArrayLiteral("DELETE"),
                               QStringLiteral("/guilds/{guild_id}/members/{user_id}/roles/{role_id}"),
                               {guildId, run->context.userId, a->roleId});
    if (!run->services.rest)
        co_return stopped();
    discord::RestRequest request;
    request.route = route;
    const auto done = co_await run->services.rest->request(request);
    if (!done)
        co_return Error::make(
            done.error().kind,
            QStringLiteral("could not %1 the role: %2")
                .arg(add ? QStringLiteral("add") : QStringLiteral("remove"), done.error().message));
    if (add)
        run->memberRoles.append(a->roleId);
    else
        run->memberRoles.removeAll(a->roleId);
    co_return co_await replyOrAcknowledge(a, run);
}

QCoro::Task<Result<void>> runSend(const ActionSpec *a, ActionRun *run)
{
    const QString channelId = a->value.render(run->context);
    if (channelId.isEmpty())
        co_return Error::make(Error::Kind::InvalidInput, QStringLiteral("the channel to send to is empty"));
    if (!a->viewName.isEmpty()) {
        QJsonObject state;
        for (const auto &[key, value] : a->sendState)
            state.insert(key, value.render(run->context));
        const auto sent
            = co_await sendViewMessage(run->services, a->viewName, channelId, run->context.guildId, state);
        if (!sent)
            co_return sent.error();
    } else {
        if (!run->services.rest)
            co_return stopped();
        const auto sent
            = co_await run->services.rest->createMessage(channelId, a->message.render(run->context));
        if (!sent)
            co_return Error::make(
                sent.error().kind,
                QStringLiteral("could not post to channel %1: %2").arg(channelId, sent.error().message));
    }
    co_return co_await replyOrAcknowledge(a, run);
}

} // namespace

QCoro::Task<Result<void>> commitState(ActionRun *run, QJsonObject state)
{
    const QByteArray json = QJsonDocument(state).toJson(QJsonDocument::Compact);
    ViewRegistry &registry = *run->services.registry;
    const ViewRegistry::Binding *binding = registry.binding(run->boundMessage);
    QByteArray previous = binding ? binding->state : ViewRegistry::emptyState();
    // Held at once (a second click of the same turn counts on top of this one); stored by the turn's
    // group commit, which the answer waits for and which puts `previous` back if it fails.
    registry.setState(run->boundMessage, state, json);
    registry.touch(run->boundMessage, run->services.clock->now().toMSecsSinceEpoch());
    if (run->services.db) {
        if (Result<void> stored
            = co_await run->services.stateWriter->write(run->boundMessage, json, std::move(previous));
            !stored)
            co_return stored;
    }
    run->context.state = state;
    ++run->stateChanges;
    co_return Result<void>();
}

QCoro::Task<Result<void>> runAction(const ActionSpec *a, ActionRun *run)
{
    switch (a->type) {
    case Type::Reply:
        co_return co_await run->responder->reply(a->reply.render(run->context), a->ephemeral);
    case Type::Update:
        co_return co_await run->responder->update(a->message.render(run->context));
    case Type::Counter: {
        if (!run->boundMessage)
            co_return Error::make(Error::Kind::InvalidInput,
                                  QStringLiteral("a counter needs a bound message"));
        QJsonObject state = run->services.registry->state(run->boundMessage);
        const qint64 value = static_cast<qint64>(state.value(a->key).toDouble(0)) + a->step;
        state.insert(a->key, value);
        if (Result<void> committed = co_await commitState(run, std::move(state)); !committed)
            co_return committed;
        co_return co_await replyOrAcknowledge(a, run);
    }
    case Type::SetState: {
        if (!run->boundMessage)
            co_return Error::make(Error::Kind::InvalidInput,
                                  QStringLiteral("set_state needs a bound message"));
        QJsonObject state = run->services.registry->state(run->boundMessage);
        state.insert(a->key, a->value.render(run->context));
        if (Result<void> committed = co_await commitState(run, std::move(state)); !committed)
            co_return committed;
        co_return co_await replyOrAcknowledge(a, run);
    }
    case Type::CheckUser: {
        const QString allowed = a->value.render(run->context);
        if (allowed != run->context.userId)
            co_return co_await run->responder->reply(a->reply.render(run->context), true);
        co_return co_await runAction(&a->children.front(), run);
    }
    case Type::Role:
        co_return co_await runRole(a, run);
    case Type::Modal:
        co_return co_await run->responder->openModal(a->modal);
    case Type::Defer: {
        if (Result<void> deferred = co_await run->responder->defer(a->deferUpdate, a->ephemeral); !deferred)
            co_return deferred;
        if (a->delayMs > 0) {
            QPointer<InteractionResponder> alive(run->responder);
            co_await QCoro::sleepFor(std::chrono::milliseconds(a->delayMs));
            if (!alive)
                co_return stopped();
        }
        co_return co_await runAction(&a->children.front(), run);
    }
    case Type::Send:
        co_return co_await runSend(a, run);
    case Type::Sequence:
        for (const ActionSpec &step : a->children) {
            if (Result<void> done = co_await runAction(&step, run); !done)
                co_return done;
        }
        co_return Result<void>();
    }
    co_return Result<void>();
}

} // namespace bw::views
