#include "bot/tasks/BotTaskExecutor.h"

#include "bot/BotRuntime.h"
#include "discord/GatewayShard.h"
#include "discord/RestClient.h"
#include "discord/ShardManager.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bw::tasks {

namespace {

Error notConnected()
{
    return Error::make(Error::Kind::Unavailable, BotTaskExecutor::tr("The bot is not connected."));
}

} // namespace

BotTaskExecutor::BotTaskExecutor(BotRuntime *runtime, QObject *parent)
    : TaskExecutor(parent), m_runtime(runtime)
{
    if (!runtime)
        return;
    m_ready = runtime->shards() && runtime->shards()->allReady();
    connect(runtime, &BotRuntime::statusChanged, this, [this](BotState::Status status, const QString &) {
        setReady(status == BotState::Status::Ready);
    });
}

void BotTaskExecutor::setReady(bool ready)
{
    if (ready == m_ready)
        return;
    m_ready = ready;
    Q_EMIT readyChanged(ready);
}

Result<discord::Route> BotTaskExecutor::routeOf(const QByteArray &method, const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    if (segments.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("The route \"%1\" is empty.").arg(path));
    QString pathTemplate;
    QStringList args;
    QString previous;
    for (const QString &segment : segments) {
        bool numeric = !segment.isEmpty();
        for (QChar c : segment)
            numeric = numeric && c.isDigit();
        if (numeric) {
            const QString name = previous == u"channels" ? u"channel_id"_s
                : previous == u"guilds"                  ? u"guild_id"_s
                : previous == u"webhooks"                ? u"webhook_id"_s
                                                         : u"id"_s + QString::number(args.size());
            pathTemplate += u"/{"_s + name + u'}';
            args.append(segment);
        } else {
            pathTemplate += u'/' + segment;
        }
        previous = segment;
    }
    return discord::Route(method, pathTemplate, args);
}

QJsonObject BotTaskExecutor::presencePayload(const TaskAction &action, const TemplateContext &context)
{
    QJsonArray activities;
    const QString name = action.activityName.render(context);
    if (!name.isEmpty()) {
        QJsonObject activity {{u"type"_s, action.activityType}};
        if (action.activityType == 4) { // custom status: the text is the state
            activity.insert(u"name"_s, u"Custom Status"_s);
            activity.insert(u"state"_s, name);
        } else {
            activity.insert(u"name"_s, name);
        }
        activities.append(activity);
    }
    return QJsonObject {{u"since"_s, QJsonValue::Null},
                        {u"activities"_s, activities},
                        {u"status"_s, action.status},
                        {u"afk"_s, false}};
}

QCoro::Task<Result<void>> BotTaskExecutor::execute(TaskAction action, TemplateContext context)
{
    QPointer<BotRuntime> runtime = m_runtime;
    if (!runtime || !runtime->rest())
        co_return notConnected();
    discord::RestClient *rest = runtime->rest();
    context.channelId = action.channelId;
    context.guildId = action.guildId;
    switch (action.type) {
    case TaskAction::Type::Send: {
        auto sent = co_await rest->createMessage(action.channelId, action.message.render(context));
        if (!sent)
            co_return sent.error();
        co_return Result<void>();
    }
    case TaskAction::Type::Edit: {
        auto edited
            = co_await rest->editMessage(action.channelId, action.messageId, action.message.render(context));
        if (!edited)
            co_return edited.error();
        co_return Result<void>();
    }
    case TaskAction::Type::SendView: {
        if (!m_viewSender)
            co_return Error::make(Error::Kind::Unavailable,
                                  tr("Designed views cannot be sent yet: the view runtime is not running."));
        co_return co_await m_viewSender(action.viewName, action.channelId, action.viewState);
    }
    case TaskAction::Type::AddRole:
    case TaskAction::Type::RemoveRole: {
        const QString t = u"/guilds/{guild_id}/members/{user_id}/roles/{role_id}"_s;
        const QStringList args {action.guildId, action.userId, action.roleId};
        discord::RestRequest request;
        request.route = action.type == TaskAction::Type::AddRole ? discord::Route::put(t, args)
                                                                 : discord::Route::del(t, args);
        auto done = co_await rest->request(request);
        if (!done)
            co_return done.error();
        co_return Result<void>();
    }
    case TaskAction::Type::Presence: {
        if (!m_ready || !runtime->shards() || runtime->shards()->shards().isEmpty())
            co_return Error::make(Error::Kind::Unavailable,
                                  tr("The gateway is not connected, so the presence cannot be set now."));
        const QJsonObject payload = presencePayload(action, context);
        for (discord::GatewayShard *shard : runtime->shards()->shards()) {
            if (Result<void> sent = shard->send(discord::Opcode::PresenceUpdate, payload); !sent)
                co_return Error::make(Error::Kind::Unavailable, sent.error().message);
        }
        co_return Result<void>();
    }
    case TaskAction::Type::Rest: {
        auto route = routeOf(action.method, action.path);
        if (!route)
            co_return route.error();
        discord::RestRequest request;
        request.route = route.value();
        const QJsonValue body = TaskAction::renderBody(action.body, context);
        if (body.isObject())
            request.jsonBody = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        else if (body.isArray())
            request.jsonBody = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        auto done = co_await rest->request(request);
        if (!done)
            co_return done.error();
        co_return Result<void>();
    }
    case TaskAction::Type::Sequence:
        co_return co_await TaskExecutor::run(this, std::move(action), std::move(context));
    }
    co_return Result<void>();
}

} // namespace bw::tasks
