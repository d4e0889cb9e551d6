-- A Botwright database at schema 1 (PRAGMA user_version = 1), as a text dump.
-- tst_migrations builds a SQLite file from it and opens it with the current Database,
-- which must migrate it to the latest schema and keep every row.
-- Statements end with ';' at the end of a line; lines starting with '--' are comments.
PRAGMA foreign_keys = ON;
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
    updated INTEGER NOT NULL);
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
CREATE TABLE bindings (
    message_id TEXT PRIMARY KEY NOT NULL,
    channel_id TEXT NOT NULL,
    view_id INTEGER NOT NULL REFERENCES views(id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(state)),
    created INTEGER NOT NULL,
    last_used INTEGER NOT NULL);
CREATE INDEX bindings_by_view ON bindings(view_id);
INSERT INTO profiles (id, name, application_id, intents, target, api_base, shard_count, shard_ids, created, updated)
    VALUES (1, 'Sandbox bot', '1100000000000000001', 513, 'sandbox', '', 0, '', 1700000000000, 1700000000000);
INSERT INTO profiles (id, name, application_id, intents, target, api_base, shard_count, shard_ids, created, updated)
    VALUES (2, 'Proxy bot', '1100000000000000002', 33281, 'custom', 'http://127.0.0.1:8080/api/v10', 4, '0-1',
            1700000100000, 1700000200000);
INSERT INTO views (id, profile_id, name, kind, timeout_seconds, payload, actions, created, updated)
    VALUES (1, 1, 'counter', 'bound', NULL,
            '{"content":"Count: {state.count}","components":[{"type":1,"components":[{"type":2,"style":1,"label":"+1","custom_id":"inc"}]}]}',
            '{"inc":{"type":"update","set":{"count":"{state.count+1}"}}}', 1700000300000, 1700000300000);
INSERT INTO views (id, profile_id, name, kind, timeout_seconds, payload, actions, created, updated)
    VALUES (2, 1, 'help', 'unbound', 300, '{"content":"Need help?"}', '{}', 1700000400000, 1700000400000);
INSERT INTO bindings (message_id, channel_id, view_id, state, created, last_used)
    VALUES ('1200000000000000001', '1000000000000000010', 1, '{"count":3}', 1700000500000, 1700000600000);
INSERT INTO bindings (message_id, channel_id, view_id, state, created, last_used)
    VALUES ('1200000000000000002', '1000000000000000011', 1, '{"count":0}', 1700000700000, 1700000700000);
PRAGMA user_version = 1;
COMMIT;
