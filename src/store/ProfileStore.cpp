#include "store/ProfileStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace bw::store {

namespace {

const QString kColumns = QStringLiteral("id, name, application_id, intents, target, api_base, shard_count, "
                                        "shard_ids, public_key, created, updated");

Profile fromRow(const QSqlQuery &query)
{
    Profile profile;
    profile.id = query.value(0).toLongLong();
    profile.name = query.value(1).toString();
    profile.applicationId = query.value(2).toString();
    profile.intents = query.value(3).toLongLong();
    profile.target = Profile::targetFromName(query.value(4).toString());
    profile.apiBase = query.value(5).toString();
    profile.shardCount = query.value(6).toInt();
    profile.shardIds = query.value(7).toString();
    profile.publicKey = query.value(8).toString();
    profile.created = sql::fromMs(query.value(9).toLongLong());
    profile.updated = sql::fromMs(query.value(10).toLongLong());
    return profile;
}

Result<Profile> one(const Database &db, const QString &where, const QVariant &key, const QString &notFound)
{
    return sql::firstOf(
        sql::selectAll(db.connection(),
                       QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM profiles WHERE ") + where,
                       {key}, fromRow, QStringLiteral("Could not read the profile")),
        notFound);
}

} // namespace

ProfileStore::ProfileStore(Database &db) : m_db(db) { }

Result<QList<Profile>> ProfileStore::list() const
{
    return sql::selectAll(m_db.connection(),
                          QStringLiteral("SELECT ") + kColumns
                              + QStringLiteral(" FROM profiles ORDER BY name"),
                          {}, fromRow, QStringLiteral("Could not list the profiles"));
}

Result<Profile> ProfileStore::byName(const QString &name) const
{
    return one(m_db, QStringLiteral("name = ?"), name,
               QStringLiteral("There is no profile named “%1”.").arg(name));
}

Result<Profile> ProfileStore::byId(qint64 id) const
{
    return one(m_db, QStringLiteral("id = ?"), id, QStringLiteral("There is no profile with id %1.").arg(id));
}

Result<Profile> ProfileStore::save(Profile profile)
{
    if (profile.name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A profile needs a name."));
    if (profile.name.size() > 64)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("A profile name has at most 64 characters."));

    const qint64 now = sql::toMs(m_db.clock().now());
    const bool insert = profile.id == 0;
    const QString what = QStringLiteral("Could not save the profile “%1”").arg(profile.name);
    auto query = sql::prepare(
        m_db.connection(),
        insert ? QStringLiteral(
            "INSERT INTO profiles (name, application_id, intents, target, api_base, shard_count, "
            "shard_ids, public_key, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral(
                   "UPDATE profiles SET name = ?, application_id = ?, intents = ?, target = ?, "
                   "api_base = ?, shard_count = ?, shard_ids = ?, public_key = ?, updated = ? WHERE id = ?"),
        what);
    if (!query)
        return query.error();
    query->addBindValue(profile.name);
    query->addBindValue(sql::notNull(profile.applicationId));
    query->addBindValue(profile.intents);
    query->addBindValue(Profile::targetName(profile.target));
    query->addBindValue(sql::notNull(profile.apiBase));
    query->addBindValue(profile.shardCount);
    query->addBindValue(sql::notNull(profile.shardIds));
    query->addBindValue(sql::notNull(profile.publicKey));
    if (insert) {
        query->addBindValue(now);
        query->addBindValue(now);
    } else {
        query->addBindValue(now);
        query->addBindValue(profile.id);
    }
    if (!query->exec()) {
        if (sql::isUniqueViolation(query->lastError())) {
            return Error::make(Error::Kind::InvalidInput,
                               QStringLiteral("A profile named “%1” already exists.").arg(profile.name));
        }
        return sql::toError(query->lastError(), what);
    }
    if (insert)
        return byId(query->lastInsertId().toLongLong());
    if (query->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no profile with id %1.").arg(profile.id));
    return byId(profile.id);
}

Result<void> ProfileStore::remove(qint64 id)
{
    const QString what = QStringLiteral("Could not delete the profile");
    auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM profiles WHERE id = ?"), what);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (auto done = sql::exec(*query, what); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no profile with id %1.").arg(id));
    return {};
}

} // namespace bw::store
