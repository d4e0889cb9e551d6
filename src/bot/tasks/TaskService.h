#pragma once
// TaskService: the scheduled tasks of the running bot as the GUI and the command line use them. It lives
// on the caller's (GUI) thread, owns the TaskScheduler and BotTaskExecutor on the bot thread, forwards
// requests there, and mirrors every TaskStatus back through queued signals.

#include "bot/tasks/TaskStatus.h"
#include "core/Result.h"
#include "store/TaskRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <qcoro/qcorotask.h>

#include <functional>

namespace bw {
class Bot;
class Clock;
} // namespace bw
namespace bw::store {
class Database;
}

namespace bw::tasks {

class TaskScheduler;
class BotTaskExecutor;

class TaskService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskService)

public:
    /// `bot` and `db` must outlive the service.
    TaskService(Bot &bot, store::Database &db, const Clock *clock = nullptr, QObject *parent = nullptr);
    ~TaskService() override;

    /// Loads (and restores) the tasks of a saved profile; 0 = none. Blocks until the bot thread did it.
    Result<void> load(qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    QList<TaskStatus> tasks() const;
    std::optional<TaskStatus> task(qint64 id) const;
    std::optional<TaskStatus> taskNamed(const QString &name) const;

    /// Validates and stores a task (new when id == 0); a running one takes a new schedule at once.
    QCoro::Task<Result<TaskStatus>> save(store::TaskRecord record);
    QCoro::Task<Result<void>> remove(qint64 id);
    QCoro::Task<Result<void>> start(qint64 id);
    QCoro::Task<Result<void>> stop(qint64 id);
    QCoro::Task<Result<void>> cancel(qint64 id);
    QCoro::Task<Result<void>> restart(qint64 id);
    QCoro::Task<Result<void>> runNow(qint64 id);

    /// The task's runs, newest first (read from the database on the calling thread).
    Result<QList<store::TaskRunRecord>> history(qint64 id, int limit = 50) const;

    /// Runs a stored task's action once with the connected bot (for `run-task NAME --once`): the run is
    /// recorded in the history; the error says what failed. The bot must be READY.
    static QCoro::Task<Result<void>> runOnce(Bot &bot, store::Database &db, store::TaskRecord task);

Q_SIGNALS:
    void taskChanged(const bw::tasks::TaskStatus &status);
    void taskRemoved(qint64 id);
    /// A task failed (not retried) or a run-now failed: the tray shows it.
    void taskFailed(const QString &name, const QString &error);

private:
    template<typename T, typename F> QCoro::Task<T> onBotThread(F work);
    static QCoro::Task<Result<void>> runOnceImpl(Bot &bot, store::Database &db, qint64 taskId, QString name,
                                                 QJsonObject specJson);

    Bot &m_bot;
    store::Database &m_db;
    TaskScheduler *m_scheduler = nullptr; // lives on the bot thread
    BotTaskExecutor *m_executor = nullptr; // lives on the bot thread
    QHash<qint64, TaskStatus> m_tasks;
    qint64 m_profileId = 0;
};

} // namespace bw::tasks
