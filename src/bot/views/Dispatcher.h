#pragma once
// Dispatcher: answers INTERACTION_CREATE on the bot thread: routes component clicks and modal submits through
// the ViewRegistry, runs the view's action (ActionRunner), reports one InteractionOutcome per interaction;
// unbinds deleted messages, disables the components of timed-out views, and sends views to channels.

#include "bot/InteractionOutcome.h"
#include "bot/views/ViewRegistry.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "discord/GatewayPayload.h"
#include "discord/RestClient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

namespace bw {
class GuildCache;
}
namespace bw::store {
class Database;
}

namespace bw::views {

struct Interaction;
class StateWriter;

/// What actions need from the bot, copied into every running interaction so that a flow that outlives
/// the dispatcher (bot stopped mid-action) never touches freed memory.
struct ViewServices
{
    std::shared_ptr<ViewRegistry> registry;
    store::Database *db = nullptr; // null: state is kept in memory only
    qint64 profileId = 0;
    QPointer<discord::RestClient> rest;
    const Clock *clock = nullptr;
    StateWriter *stateWriter = nullptr; // group commit of state writes (with db)
};

class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    /// The ephemeral answer to a click that no view handles.
    static QString unhandledText();

    explicit Dispatcher(std::shared_ptr<ViewRegistry> registry, QObject *parent = nullptr);
    ~Dispatcher() override;

    ViewRegistry &registry() const { return *m_services.registry; }
    void setRest(discord::RestClient *rest) { m_services.rest = rest; }
    void setDatabase(store::Database *db, qint64 profileId);
    store::Database *database() const { return m_services.db; }
    qint64 profileId() const { return m_services.profileId; }
    /// Wall-clock time for {now}, last use and timeouts (nullptr = Clock::system()).
    void setClock(const Clock *clock);
    /// The guild cache, for {guild.name} and the guild of a sent view (not owned; may be null).
    void setGuildCache(const GuildCache *cache) { m_guilds = cache; }
    /// How long an action may run before the dispatcher defers for it (default 2000 ms).
    void setAutoDeferMs(int ms) { m_autoDeferMs = ms; }
    int autoDeferMs() const { return m_autoDeferMs; }
    /// Slash commands and autocomplete (type 2/4) go here first; return true when handled. Without a
    /// handler (or when it returns false) the user gets an ephemeral "not handled" answer.
    void setCommandHandler(std::function<bool(const discord::GatewayEvent &)> handler)
    {
        m_commandHandler = std::move(handler);
    }

    /// INTERACTION_CREATE, MESSAGE_DELETE and MESSAGE_DELETE_BULK; other events are ignored.
    void handleEvent(const discord::GatewayEvent &event);

    /// Posts the named view to a channel; a bound view gets its binding (with `state`) stored and
    /// registered. The definitions are reloaded from the store first (a view saved since is found).
    /// Returns the new message id.
    QCoro::Task<Result<QString>> sendView(QString viewName, QString channelId, QJsonObject state);

    /// Disables the components of every timed-out binding's message and removes the binding (kept as
    /// history). Runs by itself on a timer; tests with a manual clock call it directly.
    QCoro::Task<void> expireDue();
    /// Re-arms the expiry timer after bindings changed.
    void scheduleExpiry();

Q_SIGNALS:
    void interactionHandled(const bw::InteractionOutcome &outcome);

private:
    QCoro::Task<void> handleInteraction(Interaction interaction, ViewRegistry::Route route);
    void answerUnhandled(const Interaction &interaction, const QString &reason);
    void unbindDeleted(const QStringList &messageIds);

    ViewServices m_services;
    const GuildCache *m_guilds = nullptr;
    int m_autoDeferMs = 2000;
    std::function<bool(const discord::GatewayEvent &)> m_commandHandler;
    QTimer m_expiryTimer;
};

/// Posts a view and binds it (shared by Dispatcher::sendView and the "send" action).
QCoro::Task<Result<QString>> sendViewMessage(ViewServices services, QString viewName, QString channelId,
                                             QString guildId, QJsonObject state);

/// The view's message with every interactive component disabled (what a timed-out view shows).
QJsonArray disabledComponents(const QJsonArray &components);

} // namespace bw::views
