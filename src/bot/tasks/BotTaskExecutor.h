#pragma once
// BotTaskExecutor: carries out scheduled-task actions with the running bot (REST client and shards of
// the BotRuntime it lives next to, on the bot thread) and reports READY for before_loop.

#include "bot/tasks/TaskExecutor.h"
#include "discord/Route.h"

#include <QPointer>

#include <functional>

namespace bw {
class BotRuntime;
}

namespace bw::tasks {

class BotTaskExecutor final : public TaskExecutor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotTaskExecutor)

public:
    /// Sends a designed view to a channel and creates its binding (Bot::sendView on the GUI side).
    using ViewSender
        = std::function<QCoro::Task<Result<void>>(QString view, QString channelId, QJsonObject state)>;

    /// `runtime` must live on the same thread as this executor.
    explicit BotTaskExecutor(BotRuntime *runtime, QObject *parent = nullptr);

    void setViewSender(ViewSender sender) { m_viewSender = std::move(sender); }

    bool isReady() const override { return m_ready; }
    QCoro::Task<Result<void>> execute(TaskAction action, TemplateContext context) override;

    /// The route of a literal API path: numeric segments after channels/guilds/webhooks become the
    /// major parameter, so that rate-limit buckets are shared with the bot's other requests.
    static Result<discord::Route> routeOf(const QByteArray &method, const QString &path);
    /// The op 3 payload for a presence action.
    static QJsonObject presencePayload(const TaskAction &action, const TemplateContext &context);

private:
    void setReady(bool ready);

    QPointer<BotRuntime> m_runtime;
    ViewSender m_viewSender;
    bool m_ready = false;
};

} // namespace bw::tasks
