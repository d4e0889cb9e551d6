#pragma once
// ProfileStore: create, read, update and delete bot profiles in the database.

#include "core/Result.h"
#include "store/Profile.h"

#include <QList>

namespace bw::store {

class Database;

class ProfileStore
{
public:
    explicit ProfileStore(Database &db);

    Result<QList<Profile>> list() const;
    Result<Profile> byName(const QString &name) const;
    Result<Profile> byId(qint64 id) const;
    /// Inserts (id == 0) or updates the profile; returns it with id and timestamps set.
    /// A duplicate or empty name is refused with Error::Kind::InvalidInput.
    Result<Profile> save(Profile profile);
    Result<void> remove(qint64 id);

private:
    Database &m_db;
};

} // namespace bw::store
