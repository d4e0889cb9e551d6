#pragma once
// TaskStore: scheduled tasks of a profile, their next run time and their run history.

#include "core/Result.h"
#include "store/TaskRecord.h"

#include <QList>

namespace bw::store {

class Database;

class TaskStore
{
public:
    explicit TaskStore(Database &db);

    /// The profile's tasks, by name.
    Result<QList<TaskRecord>> list(qint64 profileId) const;
    Result<TaskRecord> byName(qint64 profileId, const QString &name) const;
    Result<TaskRecord> byId(qint64 id) const;
    /// Enabled tasks of the profile whose next run is at or before `now`, soonest first.
    Result<QList<TaskRecord>> due(qint64 profileId, const QDateTime &now) const;
    /// Inserts (id == 0) or updates; returns the stored record. Duplicate/empty name: InvalidInput.
    Result<TaskRecord> save(TaskRecord task);
    /// Deletes the task and its run history.
    Result<void> remove(qint64 id);
    Result<void> setNextRun(qint64 id, const std::optional<QDateTime> &nextRun);
    Result<void> setEnabled(qint64 id, bool enabled);

    /// Records the start of a run; returns the run id.
    Result<qint64> startRun(qint64 taskId, const QDateTime &started);
    /// Records the end of a run (outcome must not be Running).
    Result<void> finishRun(qint64 runId, const QDateTime &ended, TaskRunRecord::Outcome outcome,
                           const QString &error = {});
    /// Runs still marked running (left by a crash) become failed with `error`; returns how many.
    Result<int> failUnfinishedRuns(const QDateTime &ended, const QString &error);
    /// How many runs of the task ended with `outcome` (for "stop after N runs").
    Result<qint64> countRuns(qint64 taskId, TaskRunRecord::Outcome outcome) const;
    /// The task's runs, newest first, at most `limit`.
    Result<QList<TaskRunRecord>> runs(qint64 taskId, int limit = 100) const;

private:
    Result<void> updateOne(const QString &statement, const QVariantList &values, qint64 id,
                           const QString &what);
    Database &m_db;
};

} // namespace bw::store
