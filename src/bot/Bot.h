#pragma once
// Bot: the in-process bot as the GUI and the command line see it. It lives on the main thread, owns the
// bot thread with its BotRuntime (REST, shards, cache), the embedded sandbox when the profile targets
// it, and the BotState that the status bar and tray show.

#include "bot/BotState.h"
#include "bot/ConnectionSettings.h"
#include "bot/GuildCache.h"
#include "bot/commands/CommandSync.h"
#include "bot/http/EndpointStatus.h"
#include "core/Result.h"
#include "sandbox/SandboxOptions.h"
#include "store/Profile.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <qcoro/qcorotask.h>

#include <memory>

namespace bw::sandbox {
class SandboxHost;
}

namespace bw::store {
class Database;
}

namespace bw {

class BotRuntime;
class EventRecorder;
class SecretStore;

class Bot final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Bot)

public:
    explicit Bot(QObject *parent = nullptr);
    /// Stops the bot (close 1000, bounded wait) and the bot thread.
    ~Bot() override;

    BotState *state() const { return m_state; }

    /// The profile the next start() uses. Without one, the bot runs on the embedded sandbox.
    void setProfile(const store::Profile &profile);
    store::Profile profile() const { return m_profile; }
    /// Where tokens of Discord/Custom profiles come from (not owned).
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    /// A token that Discord/Custom profiles use instead of the keychain's (headless runs read it from
    /// $BOTWRIGHT_TOKEN, a token file or a systemd credential). Empty = the keychain.
    void setTokenOverride(const QString &token) { m_tokenOverride = token; }
    /// The database the profile's views and bindings are loaded from at start (not owned; it must outlive
    /// the bot). Without one the bot answers no views.
    void setDatabase(store::Database *db);
    store::Database *database() const { return m_db; }
    /// How the embedded sandbox is started (its state file keeps the world between runs).
    void setSandboxOptions(const sandbox::SandboxOptions &options) { m_sandboxOptions = options; }

    /// The embedded sandbox, started on demand by a Sandbox profile; null until then.
    sandbox::SandboxHost *sandbox() const { return m_sandbox.get(); }
    /// Starts the embedded sandbox if it is not running yet.
    Result<sandbox::SandboxHost *> ensureSandbox();

    /// The runtime on the bot thread; call into it only with queued invocations.
    BotRuntime *runtime() const { return m_runtime; }
    QThread *botThread() { return &m_thread; }
    /// The event log recorder on the bot thread (batches of records; see EventRecorder).
    EventRecorder *eventRecorder() const { return m_recorder; }
    /// The last snapshot of the guilds and channels the bot sees.
    QList<GuildInfo> guilds() const { return m_guilds; }

    /// Resolves what start() would connect with: REST base, token and shards (reads the keychain).
    QCoro::Task<Result<ConnectionSettings>> resolveConnection(store::Profile profile);
    /// Calls GET /users/@me with the profile and token given (not the stored ones) and returns the
    /// bot's user name, or the exact error. Used by "Test connection".
    QCoro::Task<Result<QString>> testConnection(store::Profile profile, QString token);

    /// Posts a saved view to a channel on the bot thread (the bot must be running); a bound view gets its
    /// binding with `state` stored and registered. Returns the message id. Callable from any thread.
    QCoro::Task<Result<QString>> sendView(QString viewName, QString channelId, QJsonObject state = {});

    // ---- application commands (docs/commands.md, "For the GUI"); callable from the GUI thread
    /// Registers the profile's commands (re-read from the store first) with the running bot's application:
    /// only scopes whose stored hash differs, every scope with `force`. A 429 is waited out. Fails when the
    /// bot is not running or the commands are invalid (nothing is sent then). Also emits commandsSynced.
    QCoro::Task<Result<commands::SyncReport>> syncCommands(bool force = false);
    /// What syncCommands() would do, per scope, without sending: the changes against the last sync, or
    /// against Discord's current list with `compareRemote` (a GET per changed scope; needs the bot running).
    /// Works while the bot is stopped too (against the last sync) once a database is set.
    QCoro::Task<Result<QList<commands::ScopePlan>>> commandSyncPlan(bool compareRemote = false);
    /// The HTTP interactions endpoint: off (gateway mode or stopped), starting, listening (url) or failed.
    /// In mode "http" on the embedded sandbox, the sandbox is switched to deliver to it while it listens.
    EndpointStatus endpointStatus() const { return m_endpointStatus; }

public Q_SLOTS:
    void start();
    void stop();
    /// Makes the running bot pick up views saved or removed in the store since it started.
    void reloadViews();
    /// Makes the running bot answer the commands as they are in the store now (no sync).
    void reloadCommands();

Q_SIGNALS:
    /// A sync finished (the automatic one on READY, or syncCommands()): `error` is empty on success.
    void commandsSynced(const bw::commands::SyncReport &report, const QString &error);
    /// Before each scope's PUT and at the end (`done` of `total` scopes).
    void commandSyncProgress(int done, int total, const QString &scope);
    /// A 429 during a sync is being waited out.
    void commandSyncRateLimited(const QString &scope, double retryAfterSeconds);
    /// One command was answered or failed ("/wait by Alice: answered (type 5, 1 follow-up(s))").
    void commandAnswered(const QString &summary, bool isError);
    void endpointStatusChanged(const bw::EndpointStatus &status);

    void guildsChanged(const QList<bw::GuildInfo> &guilds);
    void shardLatencyChanged(int shardId, int ms);

private:
    QCoro::Task<void> startAsync();
    /// Hands the database, profile id, application id and public key to the runtime's command service.
    void pushCommandSource();
    void stopAndWait(int timeoutMs);

    BotState *m_state;
    QThread m_thread;
    BotRuntime *m_runtime = nullptr;
    EventRecorder *m_recorder = nullptr;
    std::unique_ptr<sandbox::SandboxHost> m_sandbox;
    SecretStore *m_secrets = nullptr;
    QString m_tokenOverride;
    store::Profile m_profile;
    sandbox::SandboxOptions m_sandboxOptions;
    QList<GuildInfo> m_guilds;
    quint64 m_startGeneration = 0;
    store::Database *m_db = nullptr;
    EndpointStatus m_endpointStatus;
    bool m_sandboxDeliversOverHttp = false; // we switched the embedded sandbox to our endpoint
};

} // namespace bw
