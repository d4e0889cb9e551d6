#pragma once
// CommandSync: registers a profile's application commands with Discord by bulk overwrite, one PUT per scope
// (global, or one guild), and only for scopes whose canonical JSON hash differs from the stored hash of the
// last successful sync, so that restarting a bot registers nothing. Plans show the diff first.

#include "core/Result.h"
#include "store/CommandRecord.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <qcoro/qcorotask.h>

namespace bw::discord {
class RestClient;
}
namespace bw::store {
class Database;
}

namespace bw::commands {

/// What a sync would do to one command.
struct CommandChange
{
    enum class Kind { Added, Removed, Changed, Unchanged };
    Kind kind = Kind::Unchanged;
    int type = 1;
    QString name;
    QStringList fields; // Changed: the top-level fields that differ ("description", "options", ...)

    QString toString() const;
};

/// One scope's plan: what would be sent, and whether it needs sending.
struct ScopePlan
{
    QString guildId; // empty = global
    QJsonArray commands; // canonical, as the PUT sends it
    QString hash; // of `commands`
    QString storedHash; // of the last successful sync, empty when never synced
    bool needsSync = false;
    bool comparedWithRemote = false; // the diff is against Discord's current list (else the last sync)
    QList<CommandChange> changes;

    int changedCount() const; // added + removed + changed
};

struct SyncReport
{
    int scopesSynced = 0;
    int scopesSkipped = 0; // unchanged hash
    int requests = 0; // PUTs sent
    int rateLimitWaits = 0; // 429s waited out
    QStringList lines; // one readable line per scope
};

class CommandSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandSync)

public:
    /// `rest` and `db` must outlive the sync (db may be null: nothing is remembered, every sync sends).
    CommandSync(discord::RestClient *rest, store::Database *db, qint64 profileId, QString applicationId,
                QObject *parent = nullptr);

    /// The commands of `records` in canonical form: Discord's fields only, server fields (id, version, ...)
    /// dropped, sorted by type and name; object keys are sorted by QJsonDocument.
    static QJsonArray canonical(const QList<store::CommandRecord> &records);
    static QJsonObject canonicalCommand(const QJsonObject &definition);
    /// SHA-256 (hex) of the compact canonical JSON.
    static QString hashOf(const QJsonArray &canonicalCommands);
    /// The per-command diff between two lists (canonical, or as Discord returns them: null, false and empty
    /// values and server fields are ignored when comparing).
    static QList<CommandChange> diff(const QJsonArray &from, const QJsonArray &to);

    /// Plans every scope that has commands, plus scopes synced before that now have none (to clear them).
    /// With `compareRemote`, each scope that needs a sync is compared with Discord's current list (a GET).
    QCoro::Task<Result<QList<ScopePlan>>> plan(QList<store::CommandRecord> records,
                                               bool compareRemote = false);
    /// Sends every scope whose hash differs (all scopes with `force`), validating each scope's list first;
    /// stores the new hash after each successful PUT. A 429 is waited out (the REST client's retries).
    QCoro::Task<Result<SyncReport>> sync(QList<store::CommandRecord> records, bool force = false);

    /// GET /applications/@me's id, for profiles that do not know theirs.
    static QCoro::Task<Result<QString>> fetchApplicationId(discord::RestClient *rest);

Q_SIGNALS:
    /// Before each scope's PUT (`done` scopes of `total` finished).
    void progress(int done, int total, const QString &scope);
    /// A 429 is being waited out.
    void rateLimited(const QString &scope, double retryAfterSeconds);

private:
    QCoro::Task<Result<QJsonArray>> fetchRemote(QString guildId);
    QString scopeName(const QString &guildId) const;

    QPointer<discord::RestClient> m_rest;
    store::Database *m_db;
    qint64 m_profileId;
    QString m_applicationId;
};

} // namespace bw::commands

Q_DECLARE_METATYPE(bw::commands::SyncReport)
