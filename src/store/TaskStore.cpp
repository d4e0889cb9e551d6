#include "store/TaskStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonDocument>

namespace bw::store {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, profile_id, name, spec, enabled, next_run, created, updated FROM tasks ");

TaskRecord taskFromRow(const QSqlQuery &query)
{
    TaskRecord task;
    task.id = query.value(0).toLongLong();
    task.profileId = query.value(1).toLongLong();
    task.name = query.value(2).toString();
    task.spec = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    task.enabled = query.value(4).toInt() != 0;
    task.nextRun = sql::optionalTime(query.value(5));
    task.created = sql::fromMs(query.value(6).toLongLong());
    task.updated = sql::fromMs(query.value(7).toLongLong());
    return task;
}

Result<QList<TaskRecord>> select(const Database &db, const QString &where, const QVariantList &values)
{
    return sql::selectAll(db.connection(), kSelect + where, values, taskFromRow,
                          QStringLiteral("Could not read the tasks"));
}

} // namespace

TaskStore::TaskStore(Database &db) : m_db(db) { }

Result<QList<TaskRecord>> TaskStore::list(qint64 profileId) const
{
    return select(m_db, QStringLiteral("WHERE profile_id = ? ORDER BY name"), {profileId});
}

Result<TaskRecord> TaskStore::byName(qint64 profileId, const QString &name) const
{
    return sql::firstOf(select(m_db, QStringLiteral("WHERE profile_id = ? AND name = ?"), {profileId, name}),
                        QStringLiteral("There is no task named “%1”.").arg(name));
}

Result<TaskRecord> TaskStore::byId(qint64 id) const
{
    return sql::firstOf(select(m_db, QStringLiteral("WHERE id = ?"), {id}),
                        QStringLiteral("There is no task with id %1.").arg(id));
}

Result<QList<TaskRecord>> TaskStore::due(qint64 profileId, const QDateTime &now) const
{
    return select(
        m_db,
        QStringLiteral("WHERE profile_id = ? AND enabled = 1 AND next_run IS NOT NULL AND next_run <= ? "
                       "ORDER BY next_run, id"),
        {profileId, sql::toMs(now)});
}

Result<TaskRecord> TaskStore::save(TaskRecord task)
{
    if (task.name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A task needs a name."));
    const qint64 now = sql::toMs(m_db.clock().now());
    const bool insert = task.id == 0;
    const QString what = QStringLiteral("Could not save the task “%1”").arg(task.name);
    auto query = sql::prepare(
        m_db.connection(),
        insert ? QStringLiteral("INSERT INTO tasks (profile_id, name, spec, enabled, next_run, "
                                "updated, created) VALUES (?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE tasks SET profile_id = ?, name = ?, spec = ?, enabled = ?, "
                                "next_run = ?, updated = ? WHERE id = ?"),
        what);
    if (!query)
        return query.error();
    query->addBindValue(task.profileId);
    query->addBindValue(task.name);
    query->addBindValue(QString::fromUtf8(QJsonDocument(task.spec).toJson(QJsonDocument::Compact)));
    query->addBindValue(task.enabled ? 1 : 0);
    query->addBindValue(sql::optionalMs(task.nextRun));
    query->addBindValue(now);
    query->addBindValue(insert ? now : task.id);
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        if (sql::isUniqueViolation(error))
            return Error::make(
                Error::Kind::InvalidInput,
                QStringLiteral("A task named “%1” already exists in this profile.").arg(task.name));
        if (sql::isForeignKeyViolation(error))
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("There is no profile with id %1.").arg(task.profileId));
        return sql::toError(error, what);
    }
    if (!insert && query->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no task with id %1.").arg(task.id));
    return byId(insert ? query->lastInsertId().toLongLong() : task.id);
}

Result<void> TaskStore::updateOne(const QString &statement, const QVariantList &values, qint64 id,
                                  const QString &what)
{
    auto query = sql::prepare(m_db.connection(), statement, what);
    if (!query)
        return query.error();
    for (const QVariant &value : values)
        query->addBindValue(value);
    query->addBindValue(id);
    if (auto done = sql::exec(*query, what); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("%1: there is no record with id %2.").arg(what).arg(id));
    return {};
}

Result<void> TaskStore::remove(qint64 id)
{
    return updateOne(QStringLiteral("DELETE FROM tasks WHERE id = ?"), {}, id,
                     QStringLiteral("Could not delete the task"));
}

Result<void> TaskStore::setNextRun(qint64 id, const std::optional<QDateTime> &nextRun)
{
    return updateOne(QStringLiteral("UPDATE tasks SET next_run = ? WHERE id = ?"), {sql::optionalMs(nextRun)},
                     id, QStringLiteral("Could not save the next run of the task"));
}

Result<void> TaskStore::setEnabled(qint64 id, bool enabled)
{
    return updateOne(QStringLiteral("UPDATE tasks SET enabled = ?, updated = ? WHERE id = ?"),
                     {enabled ? 1 : 0, sql::toMs(m_db.clock().now())}, id,
                     QStringLiteral("Could not enable or disable the task"));
}

Result<qint64> TaskStore::startRun(qint64 taskId, const QDateTime &started)
{
    const QString what = QStringLiteral("Could not record the start of a task run");
    auto query = sql::prepare(
        m_db.connection(),
        QStringLiteral("INSERT INTO task_runs (task_id, started, outcome) VALUES (?, ?, 'running')"), what);
    if (!query)
        return query.error();
    query->addBindValue(taskId);
    query->addBindValue(sql::toMs(started));
    if (!query->exec()) {
        if (sql::isForeignKeyViolation(query->lastError()))
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("There is no task with id %1.").arg(taskId));
        return sql::toError(query->lastError(), what);
    }
    return query->lastInsertId().toLongLong();
}

Result<void> TaskStore::finishRun(qint64 runId, const QDateTime &ended, TaskRunRecord::Outcome outcome,
                                  const QString &error)
{
    if (outcome == TaskRunRecord::Outcome::Running)
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A finished run needs an outcome."));
    return updateOne(QStringLiteral("UPDATE task_runs SET ended = ?, outcome = ?, error = ? WHERE id = ?"),
                     {sql::toMs(ended), TaskRunRecord::outcomeName(outcome), sql::notNull(error)}, runId,
                     QStringLiteral("Could not record the end of a task run"));
}

Result<int> TaskStore::failUnfinishedRuns(const QDateTime &ended, const QString &error)
{
    const QString what = QStringLiteral("Could not close unfinished task runs");
    auto query = sql::prepare(
        m_db.connection(),
        QStringLiteral(
            "UPDATE task_runs SET ended = ?, outcome = 'failed', error = ? WHERE outcome = 'running'"),
        what);
    if (!query)
        return query.error();
    query->addBindValue(sql::toMs(ended));
    query->addBindValue(sql::notNull(error));
    if (auto done = sql::exec(*query, what); !done)
        return done.error();
    return query->numRowsAffected();
}

Result<qint64> TaskStore::countRuns(qint64 taskId, TaskRunRecord::Outcome outcome) const
{
    const QString what = QStringLiteral("Could not count the task's runs");
    auto query = sql::prepare(
        m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM task_runs WHERE task_id = ? AND outcome = ?"),
        what);
    if (!query)
        return query.error();
    query->addBindValue(taskId);
    query->addBindValue(TaskRunRecord::outcomeName(outcome));
    if (auto done = sql::exec(*query, what); !done)
        return done.error();
    if (!query->next())
        return sql::toError(query->lastError(), what);
    return query->value(0).toLongLong();
}

Result<QList<TaskRunRecord>> TaskStore::runs(qint64 taskId, int limit) const
{
    const QString what = QStringLiteral("Could not read the task's runs");
    auto query
        = sql::prepare(m_db.connection(),
                       QStringLiteral("SELECT id, task_id, started, ended, outcome, error FROM task_runs "
                                      "WHERE task_id = ? ORDER BY started DESC, id DESC LIMIT ?"),
                       what);
    if (!query)
        return query.error();
    query->addBindValue(taskId);
    query->addBindValue(limit);
    if (auto done = sql::exec(*query, what); !done)
        return done.error();
    QList<TaskRunRecord> runs;
    while (query->next()) {
        TaskRunRecord run;
        run.id = query->value(0).toLongLong();
        run.taskId = query->value(1).toLongLong();
        run.started = sql::fromMs(query->value(2).toLongLong());
        run.ended = sql::optionalTime(query->value(3));
        run.outcome = TaskRunRecord::outcomeFromName(query->value(4).toString());
        run.error = query->value(5).toString();
        runs.append(run);
    }
    if (query->lastError().isValid())
        return sql::toError(query->lastError(), what);
    return runs;
}

} // namespace bw::store
