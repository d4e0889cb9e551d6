#include "bot/views/Dispatcher.h"

#include "bot/GuildCache.h"
#include "bot/views/ActionRunner.h"
#include "bot/views/InteractionResponder.h"
#include "bot/views/StateWriter.h"
#include "core/Logging.h"
#include "discord/RestClient.h"
#include "store/BindingStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bw::views {

namespace {

constexpr int kEphemeralFlag = 64;

QString kindVerb(const Interaction &in)
{
    switch (in.type) {
    case 5:
        return QStringLiteral("submitted modal");
    case 2:
        return QStringLiteral("ran command");
    case 4:
        return QStringLiteral("autocompleted");
    default:
        return in.componentType == 2 || in.componentType == 0 ? QStringLiteral("clicked")
                                                              : QStringLiteral("selected");
    }
}

InteractionOutcome outcomeOf(const Interaction &in)
{
    InteractionOutcome o;
    o.interactionId = in.id;
    switch (in.type) {
    case 2:
        o.kind = InteractionOutcome::Kind::Command;
        break;
    case 3:
        o.kind = InteractionOutcome::Kind::Component;
        break;
    case 4:
        o.kind = InteractionOutcome::Kind::Autocomplete;
        break;
    case 5:
        o.kind = InteractionOutcome::Kind::ModalSubmit;
        break;
    default:
        o.kind = InteractionOutcome::Kind::Other;
        break;
    }
    o.customId = in.customId;
    o.componentType = in.componentType;
    o.userId = in.userId;
    o.userName = in.userName;
    o.guildId = in.guildId;
    o.channelId = in.channelId;
    o.messageId = in.messageIdText;
    o.shardId = in.shardId;
    return o;
}

void fillFrom(InteractionOutcome &o, const InteractionResponder &r)
{
    o.latencyMs = r.latencyMs();
    o.durationMs = r.elapsedMs();
    o.callbackType = r.callbackType();
    o.ephemeral = r.isEphemeral();
    o.autoDeferred = r.autoDeferred();
    o.followups = r.followups();
}

QString answeredText(const InteractionOutcome &o)
{
    if (o.callbackType == 0)
        return QStringLiteral("not answered");
    QString text = QStringLiteral("answered in %1 ms (type %2").arg(o.latencyMs).arg(o.callbackType);
    if (o.ephemeral)
        text += QStringLiteral(", ephemeral");
    if (o.autoDeferred)
        text += QStringLiteral(", auto-deferred");
    if (o.followups > 0)
        text += QStringLiteral(", %1 follow-up%2")
                    .arg(o.followups)
                    .arg(o.followups == 1 ? QString() : QStringLiteral("s"));
    return text + u')';
}

} // namespace

QString Dispatcher::unhandledText()
{
    return QStringLiteral("This button is no longer handled by the bot.");
}

Dispatcher::Dispatcher(std::shared_ptr<ViewRegistry> registry, QObject *parent) : QObject(parent)
{
    m_services.registry = std::move(registry);
    m_services.clock = Clock::system();
    m_services.stateWriter = new StateWriter(m_services.registry, this);
    m_expiryTimer.setParent(this);
    m_expiryTimer.setSingleShot(true);
    QObject::connect(&m_expiryTimer, &QTimer::timeout, this, [this] { expireDue(); });
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::setDatabase(store::Database *db, qint64 profileId)
{
    m_services.stateWriter->flush(); // what is queued goes to the database it was meant for
    m_services.db = db;
    m_services.profileId = profileId;
    m_services.stateWriter->setDatabase(db);
}

void Dispatcher::setClock(const Clock *clock)
{
    m_services.clock = clock ? clock : Clock::system();
}

void Dispatcher::handleEvent(const discord::GatewayEvent &event)
{
    switch (event.type) {
    case discord::EventType::InteractionCreate: {
        Interaction in = Interaction::fromJson(event.data, event.shardId);
        if (in.type == 2 || in.type == 4) {
            if (m_commandHandler && m_commandHandler(event))
                return;
            answerUnhandled(in, QStringLiteral("no command handler for /%1").arg(in.customId));
            return;
        }
        if (in.type != 3 && in.type != 5)
            return;
        ViewRegistry::Route route = m_services.registry->route(in.messageId, in.customId);
        if (!route) {
            answerUnhandled(in, QStringLiteral("no view registered for custom_id %1").arg(in.customId));
            return;
        }
        handleInteraction(std::move(in), std::move(route));
        return;
    }
    case discord::EventType::MessageDelete:
        unbindDeleted({event.data.value(QLatin1StringView("id")).toString()});
        return;
    case discord::EventType::Other:
        if (event.name == QLatin1StringView("MESSAGE_DELETE_BULK")) {
            QStringList ids;
            for (const QJsonValue &id : event.data.value(QLatin1StringView("ids")).toArray())
                ids.append(id.toString());
            unbindDeleted(ids);
        }
        return;
    default:
        return;
    }
}

void Dispatcher::unbindDeleted(const QStringList &messageIds)
{
    for (const QString &id : messageIds) {
        if (!m_services.registry->unbind(id.toULongLong()))
            continue;
        qCInfo(lcBot) << "message" << id << "was deleted: its binding is removed";
        if (m_services.db) {
            if (Result<void> removed = store::BindingStore(*m_services.db).remove(id); !removed)
                qCWarning(lcBot).noquote()
                    << "could not remove the binding of" << id << ":" << removed.error().toString();
        }
    }
    scheduleExpiry();
}

void Dispatcher::answerUnhandled(const Interaction &interaction, const QString &reason)
{
    qCWarning(lcBot).noquote() << reason << "(interaction" << interaction.id << "by" << interaction.userName
                               << "on message" << interaction.messageIdText << ")";
    [](QPointer<Dispatcher> self, ViewServices services, Interaction in, QString why) -> QCoro::Task<void> {
        InteractionResponder responder(services.rest, in, -1, 5, true);
        const QJsonObject message {{QStringLiteral("content"), Dispatcher::unhandledText()},
                                   {QStringLiteral("flags"), kEphemeralFlag}};
        const Result<void> sent = co_await responder.reply(message, true);
        if (!self)
            co_return;
        InteractionOutcome o = outcomeOf(in);
        fillFrom(o, responder);
        o.isError = true;
        o.error = sent ? why : why + QStringLiteral("; the answer failed: ") + sent.error().toString();
        o.summary = why + QStringLiteral(" -> ")
            + (sent ? QStringLiteral("answered with error in %1 ms").arg(o.latencyMs)
                    : QStringLiteral("could not answer: %1").arg(sent.error().message));
        Q_EMIT self->interactionHandled(o);
    }(this, m_services, interaction, reason);
}

QCoro::Task<void> Dispatcher::handleInteraction(Interaction in, ViewRegistry::Route route)
{
    QPointer<Dispatcher> self(this);
    const ActionSpec *action = route.action;
    const bool opensModal = action->type == ActionSpec::Type::Modal
        || (!action->children.empty() && action->type == ActionSpec::Type::Sequence
            && action->children.front().type == ActionSpec::Type::Modal);
    InteractionResponder responder(m_services.rest, in, opensModal ? -1 : m_autoDeferMs,
                                   action->autoDeferType, action->autoDeferEphemeral);

    ActionRun run;
    run.services = m_services;
    run.view = route.view;
    run.boundMessage = route.messageId;
    run.boundMessageText = route.isBound() ? QString::number(route.messageId) : QString();
    run.responder = &responder;
    run.memberRoles = in.memberRoles;
    TemplateContext &c = run.context;
    c.userId = in.userId;
    c.userName = in.userName;
    c.channelId = in.channelId;
    c.guildId = in.guildId;
    c.messageId = in.messageIdText;
    c.values = in.values;
    c.fields = in.fields;
    c.clock = m_services.clock;
    if (m_guilds && !in.guildId.isEmpty()) {
        if (const GuildInfo *guild = m_guilds->guild(in.guildId))
            c.guildName = guild->name;
    }
    if (route.isBound()) {
        c.state = m_services.registry->state(route.messageId);
        if (route.view->timeoutSeconds) // the timeout counts from the last interaction
            m_services.registry->touch(route.messageId, m_services.clock->now().toMSecsSinceEpoch());
    }

    Result<void> done = co_await runAction(action, &run);
    if (!done && done.error().kind != Error::Kind::Cancelled) {
        qCWarning(lcBot).noquote() << "view" << route.view->name << "action for" << in.customId
                                   << "failed:" << done.error().toString();
        const QJsonObject message {
            {QStringLiteral("content"),
             QStringLiteral("Sorry, that did not work: %1").arg(done.error().message)}};
        if (Result<void> told = co_await responder.reply(message, true); !told)
            qCWarning(lcBot).noquote() << "could not tell the user:" << told.error().toString();
    } else if (done) {
        // an action that answered nothing (e.g. a sequence of silent steps) is acknowledged
        if (Result<void> acked = co_await responder.acknowledge(); !acked)
            done = acked;
    }
    co_await responder.settle();
    if (!self)
        co_return;
    if (run.boundMessage && route.view->timeoutSeconds && m_services.db && run.stateChanges == 0)
        (void)store::BindingStore(*m_services.db).touch(run.boundMessageText);
    if (route.view->timeoutSeconds)
        scheduleExpiry();

    InteractionOutcome o = outcomeOf(in);
    o.viewName = route.view->name;
    fillFrom(o, responder);
    o.isError = !done;
    if (!done)
        o.error = done.error().toString();
    o.summary = QStringLiteral("%1 %2 by %3 -> %4")
                    .arg(kindVerb(in), in.customId, in.userName.isEmpty() ? in.userId : in.userName,
                         done ? answeredText(o) : QStringLiteral("failed: %1").arg(done.error().message));
    qCDebug(lcBot).noquote() << o.summary;
    Q_EMIT interactionHandled(o);
}

QCoro::Task<Result<QString>> Dispatcher::sendView(QString viewName, QString channelId, QJsonObject state)
{
    QString guildId;
    if (m_guilds) {
        if (const ChannelInfo *channel = m_guilds->channel(channelId))
            guildId = channel->guildId;
    }
    // Sending is rare (designer, one-shot, tasks): take the definitions as saved now, so a view saved
    // since the last reload is found and sent as it is in the store.
    if (m_services.db && m_services.profileId > 0) {
        if (auto reloaded = m_services.registry->reloadViews(*m_services.db, m_services.profileId); !reloaded)
            qCWarning(lcBot).noquote() << "could not reload the views:" << reloaded.error().toString();
    }
    QPointer<Dispatcher> self(this);
    auto sent = co_await sendViewMessage(m_services, viewName, channelId, guildId, state);
    if (self && sent)
        scheduleExpiry();
    co_return sent;
}

QCoro::Task<Result<QString>> sendViewMessage(ViewServices services, QString viewName, QString channelId,
                                             QString guildId, QJsonObject state)
{
    const auto view = services.registry->viewByName(viewName);
    if (!view)
        co_return Error::make(Error::Kind::NotFound,
                              QStringLiteral("There is no view named \"%1\".").arg(viewName));
    if (!services.rest)
        co_return Error::make(Error::Kind::Unavailable, QStringLiteral("The bot is not running."));
    auto message = co_await services.rest->createMessage(channelId, view->message);
    if (!message)
        co_return message.error();
    const QString messageId = message->value(QLatin1StringView("id")).toString();
    if (!view->bound)
        co_return messageId;
    if (guildId.isEmpty())
        guildId = message->value(QLatin1StringView("guild_id")).toString();
    const QByteArray json
        = state.isEmpty() ? ViewRegistry::emptyState() : QJsonDocument(state).toJson(QJsonDocument::Compact);
    const qint64 now = services.clock->now().toMSecsSinceEpoch();
    if (services.db) {
        store::BindingRecord record;
        record.messageId = messageId;
        record.channelId = channelId;
        record.guildId = guildId;
        record.viewId = view->id;
        record.state = json;
        record.created = services.clock->now();
        record.lastUsed = record.created;
        if (Result<void> stored = store::BindingStore(*services.db).upsert(record); !stored)
            co_return Error::make(
                stored.error().kind,
                QStringLiteral("The message %1 was sent but its binding could not be stored: %2")
                    .arg(messageId, stored.error().message));
    }
    ViewRegistry::Binding binding;
    binding.channelId = channelId.toULongLong();
    binding.guildId = guildId.toULongLong();
    binding.viewId = view->id;
    binding.lastUsedMs = now;
    binding.state = json;
    services.registry->bind(messageId.toULongLong(), std::move(binding));
    qCInfo(lcBot) << "sent view" << viewName << "as message" << messageId << "in channel" << channelId;
    co_return messageId;
}

QJsonArray disabledComponents(const QJsonArray &components)
{
    QJsonArray out;
    for (const QJsonValue &value : components) {
        QJsonObject c = value.toObject();
        const int type = c.value(QLatin1StringView("type")).toInt();
        const bool interactive = (type == 2 && c.value(QLatin1StringView("style")).toInt() != 5)
            || (type >= 3 && type <= 8 && type != 4);
        if (interactive)
            c.insert(QLatin1StringView("disabled"), true);
        if (c.contains(QLatin1StringView("components")))
            c.insert(QLatin1StringView("components"),
                     disabledComponents(c.value(QLatin1StringView("components")).toArray()));
        if (c.value(QLatin1StringView("accessory")).isObject())
            c.insert(QLatin1StringView("accessory"),
                     disabledComponents(QJsonArray {c.value(QLatin1StringView("accessory"))}).first());
        out.append(c);
    }
    return out;
}

void Dispatcher::scheduleExpiry()
{
    const qint64 next = m_services.registry->nextExpiryMs();
    if (next < 0) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait
        = std::clamp<qint64>(next - m_services.clock->now().toMSecsSinceEpoch(), 0, 24LL * 3600 * 1000);
    m_expiryTimer.start(static_cast<int>(wait));
}

QCoro::Task<void> Dispatcher::expireDue()
{
    QPointer<Dispatcher> self(this);
    const ViewServices services = m_services;
    const QList<quint64> due = services.registry->expired(services.clock->now().toMSecsSinceEpoch());
    for (const quint64 messageId : due) {
        const ViewRegistry::Binding *binding = services.registry->binding(messageId);
        if (!binding)
            continue;
        const auto view = services.registry->viewById(binding->viewId);
        const QString channelId = QString::number(binding->channelId);
        const QString id = QString::number(messageId);
        // removed first, so a click arriving while the edit is on the wire is not routed to it
        services.registry->unbind(messageId);
        if (services.db) {
            if (Result<void> removed = store::BindingStore(*services.db).remove(id); !removed)
                qCWarning(lcBot).noquote()
                    << "could not remove the binding of" << id << ":" << removed.error().toString();
        }
        if (!view || !services.rest)
            continue;
        qCInfo(lcBot) << "view" << view->name << "on message" << id << "timed out: disabling its components";
        const QJsonObject edit {
            {QStringLiteral("components"),
             disabledComponents(view->message.value(QLatin1StringView("components")).toArray())}};
        const auto edited = co_await services.rest->editMessage(channelId, id, edit);
        if (!edited)
            qCWarning(lcBot).noquote()
                << "could not disable the components of message" << id << ":" << edited.error().toString();
        if (!self)
            co_return;
    }
    if (self)
        scheduleExpiry();
}

} // namespace bw::views
