#include "bot/views/ViewPublisher.h"

#include "bot/Bot.h"
#include "bot/BotRuntime.h"
#include "bot/ThreadCall.h"
#include "discord/RestClient.h"
#include "discord/Route.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace bw::views {

namespace {

QString notRunning()
{
    return QCoreApplication::translate("ViewPublisher", "The bot is not running.");
}

bool isGone(const Error &error)
{
    return error.kind == Error::Kind::NotFound
        || (error.kind == Error::Kind::Http && error.httpStatus == 404);
}

PublishOutcome outcomeOf(const QString &messageId, const Error *error)
{
    PublishOutcome o;
    o.messageId = messageId;
    o.ok = error == nullptr;
    if (error) {
        o.gone = isGone(*error);
        o.error = error->message;
    }
    return o;
}

// The work on the bot thread: coroutines of their own taking everything by value (a coroutine lambda's
// captures would die with the lambda while the coroutine is still suspended).
QCoro::Task<Result<QList<PublishOutcome>>> patchAll(BotRuntime *runtime, QList<SentMessageRef> messages,
                                                    QJsonObject edit)
{
    discord::RestClient *rest = runtime->rest();
    if (!rest)
        co_return Error::make(Error::Kind::Unavailable, notRunning());
    QList<PublishOutcome> outcomes;
    for (const SentMessageRef &m : messages) {
        auto task = rest->editMessage(m.channelId, m.messageId, edit);
        auto edited = co_await std::move(task);
        outcomes.append(outcomeOf(m.messageId, edited ? nullptr : &edited.error()));
    }
    co_return outcomes;
}

QCoro::Task<Result<QList<PublishOutcome>>> getAll(BotRuntime *runtime, QList<SentMessageRef> messages)
{
    discord::RestClient *rest = runtime->rest();
    if (!rest)
        co_return Error::make(Error::Kind::Unavailable, notRunning());
    const QString path = QStringLiteral("/channels/{channel_id}/messages/{message_id}");
    QList<PublishOutcome> outcomes;
    for (const SentMessageRef &m : messages) {
        const discord::Route route = discord::Route::get(path, {m.channelId, m.messageId});
        auto task = rest->get(route);
        auto got = co_await std::move(task);
        outcomes.append(outcomeOf(m.messageId, got ? nullptr : &got.error()));
    }
    co_return outcomes;
}

QCoro::Task<Result<bool>> deleteOne(BotRuntime *runtime, SentMessageRef message)
{
    discord::RestClient *rest = runtime->rest();
    if (!rest)
        co_return Error::make(Error::Kind::Unavailable, notRunning());
    auto task = rest->deleteMessage(message.channelId, message.messageId);
    auto deleted = co_await std::move(task);
    if (!deleted && !isGone(deleted.error()))
        co_return deleted.error();
    co_return true;
}

} // namespace

QJsonObject ViewPublisher::editPayload(const QJsonObject &message)
{
    QJsonObject edit;
    for (const auto key :
         {QLatin1StringView("content"), QLatin1StringView("embeds"), QLatin1StringView("components"),
          QLatin1StringView("flags"), QLatin1StringView("allowed_mentions")}) {
        if (message.contains(key))
            edit.insert(key, message.value(key));
    }
    // Keys the view dropped must be cleared in the message too.
    if (!edit.contains(QLatin1StringView("content")))
        edit.insert(QLatin1StringView("content"), QString(QLatin1StringView("")));
    if (!edit.contains(QLatin1StringView("embeds")))
        edit.insert(QLatin1StringView("embeds"), QJsonArray());
    if (!edit.contains(QLatin1StringView("components")))
        edit.insert(QLatin1StringView("components"), QJsonArray());
    // Components V2 messages have neither content nor embeds.
    if (message.value(QLatin1StringView("flags")).toInt() & (1 << 15)) {
        edit.remove(QLatin1StringView("content"));
        edit.remove(QLatin1StringView("embeds"));
    }
    return edit;
}

QCoro::Task<Result<QList<PublishOutcome>>>
ViewPublisher::updateMessages(Bot *bot, QList<SentMessageRef> messages, QJsonObject payload)
{
    if (!bot || !bot->runtime())
        co_return Error::make(Error::Kind::Unavailable, notRunning());
    BotRuntime *runtime = bot->runtime();
    const QJsonObject edit = editPayload(payload);
    // The call is its own statement: GCC 12 mishandles a lambda temporary inside a co_await
    // expression (it crashed destroying its captures).
    auto call = callInThreadOf<QList<PublishOutcome>>(
        runtime, [runtime, messages, edit] { return patchAll(runtime, messages, edit); }, notRunning());
    co_return co_await std::move(call);
}

QCoro::Task<Result<QList<PublishOutcome>>> ViewPublisher::checkMessages(Bot *bot,
                                                                        QList<SentMessageRef> messages)
{
    if (!bot || !bot->runtime())
        co_return Error::make(Error::Kind::Unavailable, notRunning());
    BotRuntime *runtime = bot->runtime();
    // The call is its own statement: GCC 12 mishandles a lambda temporary inside a co_await
    // expression (it crashed destroying its captures).
    auto call = callInThreadOf<QList<PublishOutcome>>(
        runtime, [runtime, messages] { return getAll(runtime, messages); }, notRunning());
    co_return co_await std::move(call);
}

QCoro::Task<Result<void>> ViewPublisher::deleteMessage(Bot *bot, SentMessageRef message)
{
    if (!bot || !bot->runtime())
        co_return Error::make(Error::Kind::Unavailable, notRunning());
    BotRuntime *runtime = bot->runtime();
    auto call = callInThreadOf<bool>(
        runtime, [runtime, message] { return deleteOne(runtime, message); }, notRunning());
    auto done = co_await std::move(call);
    if (!done)
        co_return done.error();
    co_return {};
}

} // namespace bw::views
