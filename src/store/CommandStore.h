#pragma once
// CommandStore: a profile's application commands, the per-scope record of the last sync, and the
// profile's interaction delivery settings (tables of schema 3).

#include "core/Result.h"
#include "store/CommandRecord.h"

#include <QList>

#include <optional>

namespace bw::store {

class Database;

class CommandStore
{
public:
    explicit CommandStore(Database &db);

    /// The profile's commands, by scope (global first), then position, then name.
    Result<QList<CommandRecord>> list(qint64 profileId) const;
    Result<CommandRecord> byId(qint64 id) const;
    /// Inserts (id == 0) or updates; returns the stored record. The name and type come from the definition;
    /// a second command with the same name and type in the same scope is Error::Kind::InvalidInput.
    Result<CommandRecord> save(CommandRecord command);
    Result<void> remove(qint64 id);

    /// The last sync of a scope, or nullopt when it was never synced.
    Result<std::optional<CommandSyncRecord>> syncState(qint64 profileId, const QString &applicationId,
                                                       const QString &guildId) const;
    Result<QList<CommandSyncRecord>> syncStates(qint64 profileId) const;
    Result<void> saveSyncState(const CommandSyncRecord &state);
    /// Forgets a scope's sync (the next sync sends it again).
    Result<void> clearSyncState(qint64 profileId, const QString &applicationId, const QString &guildId);

    /// The profile's interaction settings (defaults when none were saved).
    Result<InteractionSettingsRecord> interactionSettings(qint64 profileId) const;
    Result<void> saveInteractionSettings(const InteractionSettingsRecord &settings);

private:
    Database &m_db;
};

} // namespace bw::store
