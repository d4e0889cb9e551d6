#include "store/Migrations.h"

#include "core/Logging.h"
#include "store/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bw::store {

Result<void> Migrations::migrate(const QSqlDatabase &db, int from, const QString &fileName)
{
    for (int to = from + 1; to <= latestVersion(); ++to) {
        Result<void> done = runAll(db, {"BEGIN IMMEDIATE"});
        if (done)
            done = step(db, to);
        if (done) {
            // user_version cannot be bound; `to` is our own integer, not outside input.
            done = runAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(to).toUtf8().constData()});
        }
        if (done)
            done = runAll(db, {"COMMIT"});
        if (!done) {
            const Result<void> rolledBack = runAll(db, {"ROLLBACK"});
            Error error = Error::make(Error::Kind::Io,
                                      QStringLiteral("Could not upgrade %1 from schema %2 to %3: %4. "
                                                     "The database was left at schema %2.")
                                          .arg(fileName)
                                          .arg(to - 1)
                                          .arg(to)
                                          .arg(done.error().message));
            if (!rolledBack)
                error.details = QStringLiteral("rollback failed: ") + rolledBack.error().message;
            return error; // Database::open logs it
        }
        if (from > 0)
            qCInfo(lcStore).noquote() << "upgraded" << fileName << "to schema" << to;
    }
    if (from == 0)
        qCDebug(lcStore).noquote() << "created" << fileName << "at schema" << latestVersion();
    return {};
}

Result<void> Migrations::step(const QSqlDatabase &db, int to)
{
    switch (to) {
    case 1:
        return migrateTo1(db);
    case 2:
        return migrateTo2(db);
    case 3:
        return migrateTo3(db);
    case 4:
        return migrateTo4(db);
    default:
        return Error::make(Error::Kind::Generic, QStringLiteral("no migration to schema %1").arg(to));
    }
}

Result<void> Migrations::runAll(const QSqlDatabase &db, std::initializer_list<const char *> statements)
{
    for (const char *statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromUtf8(statement))) {
            QString text = query.lastError().databaseText();
            if (text.isEmpty())
                text = query.lastError().text();
            return Error::make(Error::Kind::Io, text);
        }
    }
    return {};
}

// Schema 1: profiles, view definitions and message bindings.
Result<void> Migrations::migrateTo1(const QSqlDatabase &db)
{
    return runAll(db,
                  {
                      R"(CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
            application_id TEXT NOT NULL DEFAULT '',
            intents INTEGER NOT NULL DEFAULT 513,
            target TEXT NOT NULL DEFAULT 'sandbox',
            api_base TEXT NOT NULL DEFAULT '',
            shard_count INTEGER NOT NULL DEFAULT 0,
            shard_ids TEXT NOT NULL DEFAULT '',
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL))",
                      R"(CREATE TABLE views (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(name) >= 1),
            kind TEXT NOT NULL CHECK (kind IN ('unbound', 'bound')),
            timeout_seconds INTEGER,
            payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
            actions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(actions)),
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            UNIQUE (profile_id, name)))",
                      R"(CREATE TABLE bindings (
            message_id TEXT PRIMARY KEY NOT NULL,
            channel_id TEXT NOT NULL,
            view_id INTEGER NOT NULL REFERENCES views(id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(state)),
            created INTEGER NOT NULL,
            last_used INTEGER NOT NULL))",
                      "CREATE INDEX bindings_by_view ON bindings(view_id)",
                  });
}

// Schema 2: public key per profile, guild and soft delete on bindings, tasks with run history, event log.
Result<void> Migrations::migrateTo2(const QSqlDatabase &db)
{
    return runAll(db,
                  {
                      "ALTER TABLE profiles ADD COLUMN public_key TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE bindings ADD COLUMN guild_id TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE bindings ADD COLUMN deleted_at INTEGER",
                      "DROP INDEX bindings_by_view",
                      "CREATE INDEX bindings_by_view ON bindings(view_id, deleted_at)",
                      R"(CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(name) >= 1),
            spec TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(spec)),
            enabled INTEGER NOT NULL DEFAULT 1,
            next_run INTEGER,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            UNIQUE (profile_id, name)))",
                      "CREATE INDEX tasks_by_next_run ON tasks(next_run) WHERE next_run IS NOT NULL",
                      R"(CREATE TABLE task_runs (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            started INTEGER NOT NULL,
            ended INTEGER,
            outcome TEXT NOT NULL DEFAULT 'running'
                CHECK (outcome IN ('running', 'succeeded', 'failed', 'cancelled')),
            error TEXT NOT NULL DEFAULT ''))",
                      "CREATE INDEX task_runs_by_task ON task_runs(task_id, started)",
                      R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            ts INTEGER NOT NULL,
            kind TEXT NOT NULL,
            shard INTEGER NOT NULL DEFAULT -1,
            guild_id TEXT NOT NULL DEFAULT '',
            channel_id TEXT NOT NULL DEFAULT '',
            user_id TEXT NOT NULL DEFAULT '',
            key TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            json TEXT NOT NULL DEFAULT '',
            is_error INTEGER NOT NULL DEFAULT 0))",
                      "CREATE INDEX events_by_ts ON events(ts)",
                  });
}

// Schema 3: application commands with their response design, the hash of what was last synced per scope,
// and how each profile receives interactions (gateway, HTTP endpoint or both).
Result<void> Migrations::migrateTo3(const QSqlDatabase &db)
{
    return runAll(db,
                  {
                      R"(CREATE TABLE commands (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            guild_id TEXT NOT NULL DEFAULT '',
            type INTEGER NOT NULL DEFAULT 1 CHECK (type IN (1, 2, 3)),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 32),
            definition TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(definition)),
            response TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(response)),
            position INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            UNIQUE (profile_id, guild_id, type, name)))",
                      R"(CREATE TABLE command_syncs (
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            application_id TEXT NOT NULL,
            guild_id TEXT NOT NULL DEFAULT '',
            hash TEXT NOT NULL,
            commands TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(commands)),
            synced INTEGER NOT NULL,
            PRIMARY KEY (profile_id, application_id, guild_id)))",
                      R"(CREATE TABLE interaction_settings (
            profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
            mode TEXT NOT NULL DEFAULT 'gateway' CHECK (mode IN ('gateway', 'http', 'both')),
            address TEXT NOT NULL DEFAULT '127.0.0.1',
            port INTEGER NOT NULL DEFAULT 8080 CHECK (port BETWEEN 0 AND 65535),
            path TEXT NOT NULL DEFAULT '/interactions',
            allow_non_loopback INTEGER NOT NULL DEFAULT 0,
            timestamp_window INTEGER NOT NULL DEFAULT 60 CHECK (timestamp_window > 0),
            max_body INTEGER NOT NULL DEFAULT 262144 CHECK (max_body > 0)))",
                  });
}

// Schema 4: the messages the designer sent with a view (bound or not), for its "Sent messages" list.
// IF NOT EXISTS: development builds created this table on first use before it had a migration.
Result<void> Migrations::migrateTo4(const QSqlDatabase &db)
{
    return runAll(db,
                  {
                      R"(CREATE TABLE IF NOT EXISTS sent_messages (
            message_id TEXT PRIMARY KEY NOT NULL,
            channel_id TEXT NOT NULL,
            guild_id TEXT NOT NULL DEFAULT '',
            view_id INTEGER NOT NULL REFERENCES views(id) ON DELETE CASCADE,
            sent INTEGER NOT NULL))",
                      "CREATE INDEX IF NOT EXISTS sent_messages_by_view ON sent_messages(view_id, sent)",
                  });
}

} // namespace bw::store
