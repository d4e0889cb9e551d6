#pragma once
// TaskScheduler: runs a profile's scheduled tasks on the bot thread with discord.py ext.tasks semantics
// (before/after loop, count, retry with backoff, stop vs cancel, change of interval, never two copies),
// persists next runs and run history through TaskStore, and reports every change as a TaskStatus.

#include "bot/tasks/TaskSpec.h"
#include "bot/tasks/TaskStatus.h"
#include "core/Clock.h"
#include "store/TaskRecord.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <functional>
#include <map>
#include <memory>

namespace bw::store {
class Database;
class TaskStore;
} // namespace bw::store

namespace bw::tasks {

class TaskExecutor;

class TaskScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskScheduler)

public:
    struct Options
    {
        const Clock *clock = nullptr; // nullptr = Clock::system()
        std::function<double()> random; // jitter in [0, 1); nullptr = QRandomGenerator
        bool autoTick = true; // arm a timer for the next deadline (tests with a ManualClock call tick())
        qint64 runTimeoutMs = 120'000; // a run that takes longer fails as a Timeout (retried as network)
    };

    /// `executor` (not owned) must live on this thread and outlive the scheduler or be destroyed with it.
    TaskScheduler(store::Database &db, TaskExecutor *executor, Options options, QObject *parent = nullptr);
    ~TaskScheduler() override;

    /// Loads the profile's tasks, marks runs left "running" by a crash as failed, and starts the
    /// enabled ones where they left off (a run missed while closed runs once if catch-up is set).
    Result<void> load(qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    /// Validates and stores a task (new when id == 0). A running task takes a new schedule at once
    /// (as change_interval) and its new action from its next run. Returns the stored status.
    Result<TaskStatus> save(store::TaskRecord record);
    Result<void> remove(qint64 id);

    /// Starts the loop. Refused while it is already running (a task never runs twice).
    Result<void> start(qint64 id);
    /// Lets the current run finish, then ends the loop; ends it at once when no run is in flight.
    Result<void> stop(qint64 id);
    /// Ends the loop now; a run in flight is recorded as cancelled and its result ignored.
    Result<void> cancel(qint64 id);
    /// cancel() then start().
    Result<void> restart(qint64 id);
    /// Runs the action now, once, outside the schedule (a retry waiting is done at once instead).
    /// Refused while a run is in flight.
    Result<void> runNow(qint64 id);
    /// Changes the schedule; a sleeping loop wakes at the new time at once (anchored to its last run).
    Result<void> changeSchedule(qint64 id, const TaskSchedule &schedule);

    QList<TaskStatus> statuses() const;
    std::optional<TaskStatus> status(qint64 id) const;
    std::optional<qint64> idOf(const QString &name) const;
    /// Runs in flight for the task (0 or 1: a test hook for "never twice").
    int runsInFlight(qint64 id) const;

    /// Does whatever is due at the clock's now (runs, retries, run timeouts) and re-arms the timer.
    void tick();

Q_SIGNALS:
    void statusChanged(const bw::tasks::TaskStatus &status);
    void taskRemoved(qint64 id);
    /// A run failed with an error that is not retried (the task failed), or a run-now failed.
    void taskFailed(qint64 id, const QString &name, const QString &error);

private:
    struct Runner;
    Runner *runner(qint64 id) const;
    Result<Runner *> find(qint64 id) const;
    Result<void> startRunner(Runner &r, std::optional<QDateTime> restoredNext);
    void beginLoop(Runner &r);
    void beginIteration(Runner &r);
    void executeRun(Runner &r, bool extra);
    QCoro::Task<void> runIteration(qint64 id, quint64 generation, TaskAction action, TemplateContext context);
    void onRunDone(qint64 id, quint64 generation, const Result<void> &result);
    void endLoop(Runner &r, TaskStatus::State final, const QString &error = {});
    QCoro::Task<void> runAfterLoop(qint64 id, TaskAction action, TemplateContext context);
    void setNext(Runner &r, const QDateTime &next);
    void finishRun(Runner &r, store::TaskRunRecord::Outcome outcome, const QString &error);
    TemplateContext contextFor(const Runner &r) const;
    TaskStatus snapshot(const Runner &r) const;
    void publish(const Runner &r);
    void arm();
    void onReadyChanged(bool ready);
    double random() const;

    store::Database &m_db;
    std::unique_ptr<store::TaskStore> m_store;
    QPointer<TaskExecutor> m_executor;
    Options m_options;
    const Clock *m_clock;
    QTimer m_timer;
    std::map<qint64, std::unique_ptr<Runner>> m_runners;
    qint64 m_profileId = 0;
    bool m_ticking = false;
};

} // namespace bw::tasks
