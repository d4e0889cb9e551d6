#pragma once
// ViewStore: saves, lists, finds and removes view definitions of a profile.

#include "core/Result.h"
#include "store/ViewRecord.h"

#include <QList>

namespace bw::store {

class Database;

class ViewStore
{
public:
    explicit ViewStore(Database &db);

    /// The profile's views, by name.
    Result<QList<ViewRecord>> list(qint64 profileId) const;
    Result<ViewRecord> byName(qint64 profileId, const QString &name) const;
    Result<ViewRecord> byId(qint64 id) const;
    /// Inserts (id == 0) or updates; returns the stored record with id and timestamps.
    /// An empty or duplicate name (per profile) is Error::Kind::InvalidInput, an unknown profile NotFound.
    Result<ViewRecord> save(ViewRecord view);
    /// Deletes the view and, through the foreign key, its bindings.
    Result<void> remove(qint64 id);

private:
    Database &m_db;
};

} // namespace bw::store
