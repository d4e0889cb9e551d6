-- A Botwright database at schema 2 (PRAGMA user_version = 2), as a text dump (sqlite3 .dump of the
-- schema-v1.sql file migrated to 2, plus a public key, a task and an event). tst_migrations builds a SQLite
-- file from it and opens it with the current Database, which must migrate it to the latest schema.
-- Statements end with ';' at the end of a line; lines starting with '--' are comments.
BEGIN TRANSACTION;
CREATE TABLE profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    application_id TEXT NOT NULL DEFAULT '',
    intents INTEGER NOT NULL DEFAULT 513,
    target TEXT NOT NULL DEFAULT 'sandbox',
    api_base TEXT NOT NULL DEFAULT '',
    shard_count INTEGER NOT NULL DEFAULT 0,
    shard_ids TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL, public_key TEXT NOT NULL DEFAULT '');
INSERT INTO profiles VALUES(1,'Sandbox bot','1100000000000000001',513,'sandbox','',0,'',1700000000000,1700000000000,'b1ef0c2f6b6e7fd5d2b3f0b7a0c6e6c8f9e2d1a3b4c5d6e7f8091a2b3c4d5e6f');
INSERT INTO profiles VALUES(2,'Proxy bot','1100000000000000002',33281,'custom','http://127.0.0.1:8080/api/v10',4,'0-1',1700000100000,1700000200000,'');
CREATE TABLE views (
    id INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('unbound', 'bound')),
    timeout_seconds INTEGER,
    payload TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    actions TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(actions)),
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    UNIQUE (profile_id, name));
INSERT INTO views VALUES(1,1,'counter','bound',NULL,'{"content":"Count: {state.count}","components":[{"type":1,"components":[{"type":2,"style":1,"label":"+1","custom_id":"inc"}]}]}','{"inc":{"type":"update","set":{"count":"{state.count+1}"}}}',1700000300000,1700000300000);
INSERT INTO views VALUES(2,1,'help','unbound',300,'{"content":"Need help?"}','{}',1700000400000,1700000400000);
CREATE TABLE bindings (
    message_id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT NOT NULL,
    view_id INTEGER NOT NULL REFERENCES views(id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(state)),
    created INTEGER NOT NULL,
    last_used INTEGER NOT NULL, guild_id TEXT NOT NULL DEFAULT '', deleted_at INTEGER);
INSERT INTO bindings VALUES('1200000000000000001','1000000000000000010',1,'{"count":3}',1700000500000,1700000600000,'',NULL);
INSERT INTO bindings VALUES('1200000000000000002','1000000000000000011',1,'{"count":0}',1700000700000,1700000700000,'',NULL);
CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(name) >= 1),
            spec TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(spec)),
            enabled INTEGER NOT NULL DEFAULT 1,
            next_run INTEGER,
            created INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            UNIQUE (profile_id, name));
INSERT INTO tasks VALUES(1,1,'daily','{"cron":"0 9 * * *"}',1,1700100000000,1700000700000,1700000700000);
CREATE TABLE task_runs (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            started INTEGER NOT NULL,
            ended INTEGER,
            outcome TEXT NOT NULL DEFAULT 'running'
                CHECK (outcome IN ('running', 'succeeded', 'failed', 'cancelled')),
            error TEXT NOT NULL DEFAULT '');
CREATE TABLE events (
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
            is_error INTEGER NOT NULL DEFAULT 0);
INSERT INTO events VALUES(1,1700000800000,'gateway',-1,'','','','','READY','',0);
CREATE INDEX bindings_by_view ON bindings(view_id, deleted_at);
CREATE INDEX tasks_by_next_run ON tasks(next_run) WHERE next_run IS NOT NULL;
CREATE INDEX task_runs_by_task ON task_runs(task_id, started);
CREATE INDEX events_by_ts ON events(ts);
COMMIT;
PRAGMA user_version = 2;
