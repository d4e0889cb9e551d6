#pragma once
// BindingStore: message <-> view bindings and their state; removal is soft so the history stays.

#include "core/Result.h"
#include "store/BindingRecord.h"

#include <QList>

#include <functional>

namespace bw::store {

class Database;

class BindingStore
{
public:
    explicit BindingStore(Database &db);

    /// Inserts or replaces the binding of binding.messageId (channel, guild, view, state); a removed binding
    /// becomes active again. created is kept when the row exists; created and last_used default to now.
    /// Invalid state JSON is Error::Kind::InvalidInput, an unknown view NotFound.
    Result<void> upsert(const BindingRecord &binding);
    /// upsert() for many bindings in one transaction with one prepared statement.
    Result<void> upsertMany(const QList<BindingRecord> &bindings);
    /// Replaces the state of an active binding and touches last_used: one UPDATE in a transaction,
    /// committed when this returns. NotFound when there is no active binding for the message.
    Result<void> upsertState(const QString &messageId, const QByteArray &stateJson);
    /// upsertState() for several messages in one transaction with one prepared statement (the bot's group
    /// commit of the clicks of one event-loop turn). Gives the ids that had no active binding (not
    /// written, the others are); an SQL error fails and rolls back all.
    Result<QStringList> upsertStates(const QList<std::pair<QString, QByteArray>> &states);
    /// Sets last_used to now. NotFound when there is no active binding.
    Result<void> touch(const QString &messageId);
    /// Soft removal: sets deleted_at to now; the row stays as history. NotFound when not active.
    Result<void> remove(const QString &messageId);

    /// The binding of a message, active or removed.
    Result<BindingRecord> byMessageId(const QString &messageId) const;
    /// Active bindings of one view, oldest first.
    Result<QList<BindingRecord>> listActiveByView(qint64 viewId) const;
    /// Every binding of one view including removed ones, oldest first.
    Result<QList<BindingRecord>> history(qint64 viewId) const;
    /// Every active binding of a profile's views in one query (what the bot restores at start).
    Result<QList<BindingRecord>> listActiveForProfile(qint64 profileId) const;
    /// The same rows streamed to `visit` one by one (same query), so a caller that keeps its own compact
    /// form never holds all records at once. Returns how many rows were visited.
    Result<qint64> forEachActiveForProfile(qint64 profileId,
                                           const std::function<void(const BindingRecord &)> &visit) const;
    /// Deletes removed bindings whose deleted_at is before `before`; returns how many.
    Result<int> purgeRemovedBefore(const QDateTime &before);

private:
    Result<void> changeActive(const QString &statement, const QString &messageId, const QVariantList &values,
                              const QString &what);
    Database &m_db;
};

} // namespace bw::store
