#include "bot/views/InteractionResponder.h"

#include "core/Logging.h"
#include "discord/RestClient.h"

#include <QJsonArray>
#include <QPointer>
#include <qcoro/qcorosignal.h>

namespace bw::views {

namespace {

constexpr int kEphemeralFlag = 64;

void collectFields(const QJsonArray &components, QHash<QString, QString> *out)
{
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        if (c.contains(QLatin1StringView("value")) && c.contains(QLatin1StringView("custom_id"))) {
            out->insert(c.value(QLatin1StringView("custom_id")).toString(),
                        c.value(QLatin1StringView("value")).toString());
        }
        if (c.contains(QLatin1StringView("components")))
            collectFields(c.value(QLatin1StringView("components")).toArray(), out);
        if (c.value(QLatin1StringView("component")).isObject())
            collectFields(QJsonArray {c.value(QLatin1StringView("component"))}, out);
    }
}

QJsonObject withEphemeral(QJsonObject message, bool ephemeral)
{
    if (ephemeral)
        message.insert(QLatin1StringView("flags"),
                       message.value(QLatin1StringView("flags")).toInt() | kEphemeralFlag);
    return message;
}

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, QStringLiteral("the bot stopped"));
}

} // namespace

Interaction Interaction::fromJson(const QJsonObject &d, int shardId)
{
    Interaction in;
    in.shardId = shardId;
    in.id = d.value(QLatin1StringView("id")).toString();
    in.token = d.value(QLatin1StringView("token")).toString();
    in.applicationId = d.value(QLatin1StringView("application_id")).toString();
    in.type = d.value(QLatin1StringView("type")).toInt();
    const QJsonObject data = d.value(QLatin1StringView("data")).toObject();
    in.componentType = data.value(QLatin1StringView("component_type")).toInt();
    in.customId = in.type == 2 || in.type == 4 ? data.value(QLatin1StringView("name")).toString()
                                               : data.value(QLatin1StringView("custom_id")).toString();
    in.channelId = d.value(QLatin1StringView("channel_id")).toString();
    if (in.channelId.isEmpty())
        in.channelId
            = d.value(QLatin1StringView("channel")).toObject().value(QLatin1StringView("id")).toString();
    in.guildId = d.value(QLatin1StringView("guild_id")).toString();
    const QJsonObject member = d.value(QLatin1StringView("member")).toObject();
    const QJsonObject user = member.isEmpty() ? d.value(QLatin1StringView("user")).toObject()
                                              : member.value(QLatin1StringView("user")).toObject();
    in.userId = user.value(QLatin1StringView("id")).toString();
    in.userName = user.value(QLatin1StringView("global_name")).toString();
    if (in.userName.isEmpty())
        in.userName = user.value(QLatin1StringView("username")).toString();
    for (const QJsonValue &role : member.value(QLatin1StringView("roles")).toArray())
        in.memberRoles.append(role.toString());
    for (const QJsonValue &value : data.value(QLatin1StringView("values")).toArray())
        in.values.append(value.toString());
    if (in.type == 5)
        collectFields(data.value(QLatin1StringView("components")).toArray(), &in.fields);
    in.message = d.value(QLatin1StringView("message")).toObject();
    in.messageIdText = in.message.value(QLatin1StringView("id")).toString();
    in.messageId = in.messageIdText.toULongLong();
    return in;
}

InteractionResponder::InteractionResponder(discord::RestClient *rest, const Interaction &interaction,
                                           int autoDeferMs, int autoDeferType, bool autoDeferEphemeral,
                                           QObject *parent)
    : QObject(parent),
      m_rest(rest),
      m_interaction(interaction),
      m_autoDeferType(autoDeferType),
      m_autoDeferEphemeral(autoDeferEphemeral)
{
    m_received.start();
    m_autoDefer.setParent(this);
    m_autoDefer.setSingleShot(true);
    QObject::connect(&m_autoDefer, &QTimer::timeout, this, &InteractionResponder::autoDefer);
    if (autoDeferMs >= 0)
        m_autoDefer.start(autoDeferMs);
}

InteractionResponder::~InteractionResponder() = default;

void InteractionResponder::autoDefer()
{
    if (m_stage != Stage::None || m_inFlight)
        return;
    qCDebug(lcBot) << "interaction" << m_interaction.id << "not answered after" << m_received.elapsed()
                   << "ms: deferring (type" << m_autoDeferType << ")";
    m_autoDeferred = true;
    // Runs on its own; a reply that comes while it is on the wire waits for it (waitForCallback).
    [](QPointer<InteractionResponder> self) -> QCoro::Task<void> {
        if (!self)
            co_return;
        QJsonObject data;
        if (self->m_autoDeferType == 5 && self->m_autoDeferEphemeral)
            data.insert(QLatin1StringView("flags"), kEphemeralFlag);
        const Result<void> sent = co_await self->callback(self->m_autoDeferType, data);
        if (self && !sent) {
            self->m_deferFailed = true;
            self->m_deferError = sent.error();
        }
    }(this);
}

QCoro::Task<void> InteractionResponder::waitForCallback()
{
    QPointer<InteractionResponder> self(this);
    while (self && m_inFlight)
        co_await qCoro(this, &InteractionResponder::callbackFinished);
}

QCoro::Task<Result<void>> InteractionResponder::callback(int type, QJsonObject data)
{
    QPointer<InteractionResponder> self(this);
    if (!m_rest)
        co_return cancelled();
    m_autoDefer.stop();
    m_inFlight = true;
    QJsonObject body {{QStringLiteral("type"), type}};
    if (!data.isEmpty())
        body.insert(QLatin1StringView("data"), data);
    const auto sent = co_await m_rest->interactionCallback(m_interaction.id, m_interaction.token, body);
    if (!self)
        co_return cancelled();
    m_inFlight = false;
    if (sent) {
        m_latencyMs = m_received.elapsed();
        m_callbackType = type;
        m_ephemeral = (data.value(QLatin1StringView("flags")).toInt() & kEphemeralFlag) != 0;
        m_stage = type == 5 ? Stage::Deferred : type == 6 ? Stage::DeferredUpdate : Stage::Answered;
    }
    Q_EMIT callbackFinished();
    if (!sent)
        co_return sent.error();
    co_return Result<void>();
}

QCoro::Task<void> InteractionResponder::settle()
{
    m_autoDefer.stop();
    co_await waitForCallback();
}

QCoro::Task<Result<void>> InteractionResponder::reply(QJsonObject message, bool ephemeral)
{
    QPointer<InteractionResponder> self(this);
    co_await waitForCallback();
    if (!self || !m_rest)
        co_return cancelled();
    if (m_stage == Stage::None)
        co_return co_await callback(4, withEphemeral(std::move(message), ephemeral));
    if (m_stage == Stage::Deferred && !m_originalFilled) {
        // the "thinking" message becomes the reply (its ephemerality was fixed by the deferral)
        message.remove(QLatin1StringView("flags"));
        co_return co_await followUp(m_rest->editOriginalResponse(m_interaction.applicationId,
                                                                 m_interaction.token, std::move(message)),
                                    true);
    }
    co_return co_await followUp(m_rest->createFollowup(m_interaction.applicationId, m_interaction.token,
                                                       withEphemeral(std::move(message), ephemeral)),
                                false);
}

QCoro::Task<Result<void>> InteractionResponder::update(QJsonObject message)
{
    QPointer<InteractionResponder> self(this);
    co_await waitForCallback();
    if (!self || !m_rest)
        co_return cancelled();
    if (m_stage == Stage::None) {
        if (m_interaction.messageId == 0)
            co_return co_await callback(4, std::move(message)); // a command has no message to update
        co_return co_await callback(7, std::move(message));
    }
    if (m_stage == Stage::DeferredUpdate || (m_stage == Stage::Deferred && !m_originalFilled)
        || m_callbackType == 7) {
        // after a deferral, or when the original response is the clicked message itself (type 7)
        const bool fillsOriginal = m_stage == Stage::Deferred;
        co_return co_await followUp(m_rest->editOriginalResponse(m_interaction.applicationId,
                                                                 m_interaction.token, std::move(message)),
                                    fillsOriginal);
    }
    if (m_interaction.messageId == 0 || m_interaction.channelId.isEmpty())
        co_return Error::make(Error::Kind::InvalidInput, QStringLiteral("there is no message to update"));
    co_return co_await followUp(
        m_rest->editMessage(m_interaction.channelId, m_interaction.messageIdText, std::move(message)), false);
}

QCoro::Task<Result<void>> InteractionResponder::followUp(QCoro::Task<Result<QJsonObject>> call,
                                                         bool fillsOriginal)
{
    QPointer<InteractionResponder> self(this);
    const Result<QJsonObject> answered = co_await std::move(call);
    if (!self)
        co_return cancelled();
    if (!answered)
        co_return answered.error();
    if (fillsOriginal)
        m_originalFilled = true;
    ++m_followups;
    co_return Result<void>();
}

QCoro::Task<Result<void>> InteractionResponder::openModal(QJsonObject modal)
{
    QPointer<InteractionResponder> self(this);
    co_await waitForCallback();
    if (!self)
        co_return cancelled();
    if (m_stage != Stage::None)
        co_return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("a modal can only be the first answer (the interaction was already "
                           "answered or deferred)"));
    co_return co_await callback(9, std::move(modal));
}

QCoro::Task<Result<void>> InteractionResponder::defer(bool update, bool ephemeral)
{
    QPointer<InteractionResponder> self(this);
    co_await waitForCallback();
    if (!self)
        co_return cancelled();
    if (m_stage != Stage::None)
        co_return Result<void>();
    QJsonObject data;
    if (!update && ephemeral)
        data.insert(QLatin1StringView("flags"), kEphemeralFlag);
    co_return co_await callback(update ? 6 : 5, data);
}

QCoro::Task<Result<void>> InteractionResponder::acknowledge()
{
    QPointer<InteractionResponder> self(this);
    co_await waitForCallback();
    if (!self)
        co_return cancelled();
    if (m_stage != Stage::None)
        co_return Result<void>();
    co_return co_await callback(6, {});
}

} // namespace bw::views
