#pragma once
// CommandService: the runtime side of slash commands for one profile, on the bot thread: loads the stored
// commands, syncs them when they changed, answers command interactions from the gateway (as the views
// Dispatcher's command handler) and from the HTTP interactions endpoint, which it runs when the profile's
// interaction mode asks for it.

#include "bot/commands/CommandRegistry.h"
#include "bot/commands/CommandSync.h"
#include "core/Result.h"
#include "discord/GatewayPayload.h"
#include "store/CommandRecord.h"

#include <QObject>
#include <QPointer>
#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

namespace bw {
class Clock;
class InteractionEndpoint;
class InteractionHttpResponder;
} // namespace bw
namespace bw::discord {
class RestClient;
}
namespace bw::store {
class Database;
}

namespace bw::commands {

class CommandService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandService)

public:
    /// Interactions that are not commands, arriving over HTTP (component clicks, modal submits), go here.
    using HttpFallback
        = std::function<void(const QJsonObject &interaction, InteractionHttpResponder responder)>;

    CommandService(store::Database *db, qint64 profileId, QObject *parent = nullptr);
    ~CommandService() override;

    void setRest(discord::RestClient *rest);
    void setApplicationId(const QString &id) { m_applicationId = id; }
    QString applicationId() const { return m_applicationId; }
    void setClock(const Clock *clock) { m_clock = clock; }
    void setHttpFallback(HttpFallback fallback) { m_fallback = std::move(fallback); }

    /// Reads the profile's commands from the store.
    Result<void> reload();
    const CommandRegistry &registry() const { return m_registry; }

    /// Registers the commands whose scope changed since the last sync (all with `force`). Learns the
    /// application id from the API when it is not set.
    QCoro::Task<Result<SyncReport>> sync(bool force = false);
    /// What sync() would send, per scope (the diff against the last sync, or against Discord's current list
    /// with `compareRemote`, which needs the bot connected). Sends nothing.
    QCoro::Task<Result<QList<ScopePlan>>> plan(bool compareRemote = false);

    /// For Dispatcher::setCommandHandler: answers a command INTERACTION_CREATE; false when the interaction is
    /// not a command this profile defines (the dispatcher then answers "not handled").
    bool handleGatewayEvent(const discord::GatewayEvent &event);

    /// Starts the HTTP interactions endpoint with the profile's settings and the application's public key.
    Result<quint16> startEndpoint(const store::InteractionSettingsRecord &settings,
                                  const QString &publicKeyHex);
    void stopEndpoint();
    InteractionEndpoint *endpoint() const { return m_endpoint.get(); }

Q_SIGNALS:
    /// One command was answered (or failed): "/wait by Alice: deferred, 1 follow-up" for the event log.
    void commandAnswered(const QString &summary, bool isError);
    void syncProgress(int done, int total, const QString &scope);
    void syncRateLimited(const QString &scope, double retryAfterSeconds);

private:
    void handleHttp(const QJsonObject &interaction, InteractionHttpResponder responder);
    void answerAutocomplete(const QJsonObject &interaction, const store::CommandRecord &command,
                            const CommandInvocation &invocation,
                            std::shared_ptr<InteractionHttpResponder> responder);
    void answer(const QJsonObject &interaction, const QJsonObject &design, const QString &label,
                bool overHttp, std::shared_ptr<InteractionHttpResponder> responder);

    store::Database *m_db;
    qint64 m_profileId;
    QPointer<discord::RestClient> m_rest;
    QString m_applicationId;
    const Clock *m_clock = nullptr;
    CommandRegistry m_registry;
    HttpFallback m_fallback;
    std::unique_ptr<InteractionEndpoint> m_endpoint;
};

} // namespace bw::commands
