#pragma once
// Migrations: the numbered schema steps, one migrateToN() each, run at open inside a transaction per step.
// To add a migration: write migrateToN(), add it to step(), bump latestVersion() and add a fixture test.

#include "core/Result.h"

#include <QSqlDatabase>

namespace bw::store {

class Migrations
{
public:
    /// The schema version this build writes (PRAGMA user_version of a fully migrated file).
    static int latestVersion() { return 4; }

    /// Brings the database from schema `from` to latestVersion(). Every step runs in its own
    /// transaction together with its PRAGMA user_version; a failing step is rolled back, leaving the
    /// file at the last good version, and the Error says which step failed and why.
    static Result<void> migrate(const QSqlDatabase &db, int from, const QString &fileName);

private:
    static Result<void> step(const QSqlDatabase &db, int to);
    static Result<void> migrateTo1(const QSqlDatabase &db);
    static Result<void> migrateTo2(const QSqlDatabase &db);
    static Result<void> migrateTo3(const QSqlDatabase &db);
    static Result<void> migrateTo4(const QSqlDatabase &db);
    static Result<void> runAll(const QSqlDatabase &db, std::initializer_list<const char *> statements);
};

} // namespace bw::store
