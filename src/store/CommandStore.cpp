#include "store/CommandStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonDocument>

namespace bw::store {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, profile_id, guild_id, definition, response, position, created, updated FROM commands ");
const QString kSelectSync = QStringLiteral(
    "SELECT profile_id, application_id, guild_id, hash, commands, synced FROM command_syncs ");

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonDocument fromJson(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8());
}

CommandRecord fromRow(const QSqlQuery &query)
{
    CommandRecord c;
    c.id = query.value(0).toLongLong();
    c.profileId = query.value(1).toLongLong();
    c.guildId = query.value(2).toString();
    c.definition = fromJson(query.value(3)).object();
    c.response = fromJson(query.value(4)).object();
    c.position = query.value(5).toInt();
    c.created = sql::fromMs(query.value(6).toLongLong());
    c.updated = sql::fromMs(query.value(7).toLongLong());
    return c;
}

CommandSyncRecord syncFromRow(const QSqlQuery &query)
{
    CommandSyncRecord s;
    s.profileId = query.value(0).toLongLong();
    s.applicationId = query.value(1).toString();
    s.guildId = query.value(2).toString();
    s.hash = query.value(3).toString();
    s.commands = fromJson(query.value(4)).array();
    s.synced = sql::fromMs(query.value(5).toLongLong());
    return s;
}

Result<void> runBound(const Database &db, const QString &statement, const QVariantList &values,
                      const QString &what, int *rows = nullptr)
{
    auto query = sql::prepare(db.connection(), statement, what);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query->addBindValue(value);
    if (auto done = sql::exec(*query, what); !done)
        return done;
    if (rows)
        *rows = query->numRowsAffected();
    return {};
}

} // namespace

QString InteractionSettingsRecord::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Http:
        return QStringLiteral("http");
    case Mode::Both:
        return QStringLiteral("both");
    case Mode::Gateway:
        break;
    }
    return QStringLiteral("gateway");
}

InteractionSettingsRecord::Mode InteractionSettingsRecord::modeFromName(const QString &name)
{
    if (name == QLatin1StringView("http"))
        return Mode::Http;
    if (name == QLatin1StringView("both"))
        return Mode::Both;
    return Mode::Gateway;
}

CommandStore::CommandStore(Database &db) : m_db(db) { }

Result<QList<CommandRecord>> CommandStore::list(qint64 profileId) const
{
    return sql::selectAll(m_db.connection(),
                          kSelect + QStringLiteral("WHERE profile_id = ? ORDER BY guild_id, position, name"),
                          {profileId}, fromRow, QStringLiteral("Could not read the commands"));
}

Result<CommandRecord> CommandStore::byId(qint64 id) const
{
    return sql::firstOf(sql::selectAll(m_db.connection(), kSelect + QStringLiteral("WHERE id = ?"), {id},
                                       fromRow, QStringLiteral("Could not read the command")),
                        QStringLiteral("There is no command with id %1.").arg(id));
}

Result<CommandRecord> CommandStore::save(CommandRecord command)
{
    const QString name = command.name();
    const int type = command.type();
    if (name.isEmpty() || name.size() > 32)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("A command needs a name of 1 to 32 characters."));
    if (type < 1 || type > 3)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("A command's type must be 1 (slash), 2 (user) or 3 (message)."));
    const qint64 now = sql::toMs(m_db.clock().now());
    const bool insert = command.id == 0;
    const QString what = QStringLiteral("Could not save the command “%1”").arg(name);
    auto query = sql::prepare(
        m_db.connection(),
        insert
            ? QStringLiteral("INSERT INTO commands (profile_id, guild_id, type, name, definition, response, "
                             "position, updated, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("UPDATE commands SET profile_id = ?, guild_id = ?, type = ?, name = ?, "
                             "definition = ?, response = ?, position = ?, updated = ? WHERE id = ?"),
        what);
    if (!query)
        return query.error();
    query->addBindValue(command.profileId);
    query->addBindValue(sql::notNull(command.guildId));
    query->addBindValue(type);
    query->addBindValue(name);
    query->addBindValue(toJson(command.definition));
    query->addBindValue(toJson(command.response));
    query->addBindValue(command.position);
    query->addBindValue(now);
    query->addBindValue(insert ? now : command.id);
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        if (sql::isUniqueViolation(error))
            return Error::make(
                Error::Kind::InvalidInput,
                QStringLiteral("A command named “%1” of this type already exists in this scope.").arg(name));
        if (sql::isForeignKeyViolation(error))
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("There is no profile with id %1.").arg(command.profileId));
        return sql::toError(error, what);
    }
    if (!insert && query->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no command with id %1.").arg(command.id));
    return byId(insert ? query->lastInsertId().toLongLong() : command.id);
}

Result<void> CommandStore::remove(qint64 id)
{
    int rows = 0;
    if (auto done = runBound(m_db, QStringLiteral("DELETE FROM commands WHERE id = ?"), {id},
                             QStringLiteral("Could not delete the command"), &rows);
        !done)
        return done;
    if (rows == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no command with id %1.").arg(id));
    return {};
}

Result<std::optional<CommandSyncRecord>>
CommandStore::syncState(qint64 profileId, const QString &applicationId, const QString &guildId) const
{
    auto rows = sql::selectAll(
        m_db.connection(),
        kSelectSync + QStringLiteral("WHERE profile_id = ? AND application_id = ? AND guild_id = ?"),
        {profileId, sql::notNull(applicationId), sql::notNull(guildId)}, syncFromRow,
        QStringLiteral("Could not read the command sync state"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<CommandSyncRecord>();
    return std::optional<CommandSyncRecord>(rows->first());
}

Result<QList<CommandSyncRecord>> CommandStore::syncStates(qint64 profileId) const
{
    return sql::selectAll(m_db.connection(),
                          kSelectSync + QStringLiteral("WHERE profile_id = ? ORDER BY guild_id"), {profileId},
                          syncFromRow, QStringLiteral("Could not read the command sync state"));
}

Result<void> CommandStore::saveSyncState(const CommandSyncRecord &state)
{
    const qint64 synced = state.synced.isValid() ? sql::toMs(state.synced) : sql::toMs(m_db.clock().now());
    return runBound(
        m_db,
        QStringLiteral("INSERT INTO command_syncs (profile_id, application_id, guild_id, hash, commands, "
                       "synced) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id, application_id, "
                       "guild_id) DO UPDATE SET hash = excluded.hash, commands = excluded.commands, "
                       "synced = excluded.synced"),
        {state.profileId, sql::notNull(state.applicationId), sql::notNull(state.guildId),
         sql::notNull(state.hash), toJson(state.commands), synced},
        QStringLiteral("Could not save the command sync state"));
}

Result<void> CommandStore::clearSyncState(qint64 profileId, const QString &applicationId,
                                          const QString &guildId)
{
    return runBound(
        m_db,
        QStringLiteral("DELETE FROM command_syncs WHERE profile_id = ? AND application_id = ? AND "
                       "guild_id = ?"),
        {profileId, sql::notNull(applicationId), sql::notNull(guildId)},
        QStringLiteral("Could not reset the command sync state"));
}

Result<InteractionSettingsRecord> CommandStore::interactionSettings(qint64 profileId) const
{
    auto rows = sql::selectAll(
        m_db.connection(),
        QStringLiteral(
            "SELECT profile_id, mode, address, port, path, allow_non_loopback, timestamp_window, max_body "
            "FROM interaction_settings WHERE profile_id = ?"),
        {profileId},
        [](const QSqlQuery &q) {
            InteractionSettingsRecord s;
            s.profileId = q.value(0).toLongLong();
            s.mode = InteractionSettingsRecord::modeFromName(q.value(1).toString());
            s.address = q.value(2).toString();
            s.port = q.value(3).toInt();
            s.path = q.value(4).toString();
            s.allowNonLoopback = q.value(5).toBool();
            s.timestampWindowSeconds = q.value(6).toInt();
            s.maxBodyBytes = q.value(7).toLongLong();
            return s;
        },
        QStringLiteral("Could not read the interaction settings"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        InteractionSettingsRecord defaults;
        defaults.profileId = profileId;
        return defaults;
    }
    return rows->first();
}

Result<void> CommandStore::saveInteractionSettings(const InteractionSettingsRecord &s)
{
    auto done = runBound(
        m_db,
        QStringLiteral(
            "INSERT INTO interaction_settings (profile_id, mode, address, port, path, allow_non_loopback, "
            "timestamp_window, max_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (profile_id) DO "
            "UPDATE SET mode = excluded.mode, address = excluded.address, port = excluded.port, "
            "path = excluded.path, allow_non_loopback = excluded.allow_non_loopback, "
            "timestamp_window = excluded.timestamp_window, max_body = excluded.max_body"),
        {s.profileId, InteractionSettingsRecord::modeName(s.mode), sql::notNull(s.address), s.port,
         sql::notNull(s.path), s.allowNonLoopback ? 1 : 0, s.timestampWindowSeconds, s.maxBodyBytes},
        QStringLiteral("Could not save the interaction settings"));
    if (!done && done.error().kind == Error::Kind::InvalidInput)
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("The interaction settings are out of range (port 0-65535, a positive "
                           "timestamp window and body bound) or the profile does not exist."));
    return done;
}

} // namespace bw::store
