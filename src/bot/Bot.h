#pragma once
// Bot: the in-process bot as the GUI and the command line see it. It lives on the main thread, owns the
// bot thread with its BotRuntime (REST, shards, cache), the embedded sandbox when the profile targets
// it, and the BotState that the status bar and tray show.

#include "bot/BotState.h"
#include "bot/ConnectionSettings.h"
#include "bot/GuildCache.h"
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
    void setDatabase(store::Database *db) { m_db = db; }
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

public Q_SLOTS:
    void start();
    void stop();
    /// Makes the running bot pick up views saved or removed in the store since it started.
    void reloadViews();

Q_SIGNALS:
    void guildsChanged(const QList<bw::GuildInfo> &guilds);
    void shardLatencyChanged(int shardId, int ms);

private:
    QCoro::Task<void> startAsync();
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
};

} // namespace bw
