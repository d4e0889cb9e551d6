#include "bot/tasks/TaskScheduler.h"

#include "bot/tasks/TaskExecutor.h"
#include "core/Logging.h"
#include "store/TaskStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bw::tasks {

using State = TaskStatus::State;
using Outcome = store::TaskRunRecord::Outcome;

struct TaskScheduler::Runner
{
    store::TaskRecord record;
    std::optional<TaskSpec> spec; // none when the stored spec is invalid (specError says why)
    QString specError;
    State state = State::Idle;
    State stateBeforeExtra = State::Idle; // what a run-now outside the loop returns to
    bool loopBegun = false; // past before_loop: after_loop will run when the loop ends
    bool stopRequested = false;
    bool running = false; // a run is in flight
    bool extraRun = false; // that run is a run-now outside the loop's iterations
    std::optional<QDateTime> restoredNext; // next_run from the database, used once when the loop begins
    QDateTime last; // when the current iteration was scheduled
    QDateTime next;
    QDateTime retryAt;
    QDateTime runDeadline;
    int attempt = 0;
    int currentLoop = 0;
    quint64 generation = 0; // bumped to drop the result of a cancelled run
    qint64 runId = 0;
    QString lastOutcome;
    QString lastError;
    QDateTime lastEnded;
    QString afterLoopResult;
};

QString TaskStatus::stateName(State state)
{
    switch (state) {
    case State::Idle:
        return u"idle"_s;
    case State::WaitingReady:
        return u"waiting for ready"_s;
    case State::Sleeping:
        return u"sleeping"_s;
    case State::Running:
        return u"running"_s;
    case State::Retrying:
        return u"retrying"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Finished:
        return u"finished"_s;
    }
    return {};
}

TaskScheduler::TaskScheduler(store::Database &db, TaskExecutor *executor, Options options, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_store(std::make_unique<store::TaskStore>(db)),
      m_executor(executor),
      m_options(std::move(options)),
      m_clock(m_options.clock ? m_options.clock : Clock::system())
{
    qRegisterMetaType<TaskStatus>();
    m_timer.setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TaskScheduler::tick);
    if (m_executor)
        connect(m_executor, &TaskExecutor::readyChanged, this, &TaskScheduler::onReadyChanged);
}

TaskScheduler::~TaskScheduler() = default;

double TaskScheduler::random() const
{
    return m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
}

TaskScheduler::Runner *TaskScheduler::runner(qint64 id) const
{
    const auto it = m_runners.find(id);
    return it == m_runners.end() ? nullptr : it->second.get();
}

Result<TaskScheduler::Runner *> TaskScheduler::find(qint64 id) const
{
    if (Runner *r = runner(id))
        return r;
    return Error::make(Error::Kind::NotFound, tr("There is no task with id %1.").arg(id));
}

std::optional<qint64> TaskScheduler::idOf(const QString &name) const
{
    for (const auto &[id, r] : m_runners) {
        if (r->record.name == name)
            return id;
    }
    return std::nullopt;
}

Result<void> TaskScheduler::load(qint64 profileId)
{
    for (auto &[id, r] : m_runners) {
        ++r->generation; // results of a previous profile's runs are dropped
        Q_EMIT taskRemoved(id);
    }
    m_runners.clear();
    m_profileId = profileId;
    const QDateTime now = m_clock->now();
    if (auto failed = m_store->failUnfinishedRuns(now, tr("Interrupted: Botwright closed during this run."));
        !failed)
        qCWarning(lcBot) << "tasks: could not close interrupted runs:" << failed.error().message;
    auto records = m_store->list(profileId);
    if (!records)
        return records.error();
    QList<qint64> toStart;
    for (const store::TaskRecord &record : std::as_const(records.value())) {
        auto r = std::make_unique<Runner>();
        r->record = record;
        auto spec = TaskSpec::fromJson(record.spec);
        if (spec)
            r->spec = std::move(spec.value());
        else
            r->specError = spec.error().message;
        if (auto runs = m_store->runs(record.id, 1); runs && !runs->isEmpty()) {
            const store::TaskRunRecord &lastRun = runs->constFirst();
            r->lastOutcome = store::TaskRunRecord::outcomeName(lastRun.outcome);
            r->lastError = lastRun.error;
            r->lastEnded = lastRun.ended.value_or(QDateTime());
            if (!record.enabled && lastRun.outcome == Outcome::Failed)
                r->state = State::Failed;
        }
        if (!r->spec) {
            r->state = State::Failed;
            r->lastError = r->specError;
        }
        if (record.enabled && r->spec)
            toStart.append(record.id);
        m_runners.emplace(record.id, std::move(r));
    }
    for (const auto &[id, r] : m_runners)
        publish(*r);
    for (qint64 id : std::as_const(toStart)) {
        Runner *r = runner(id);
        if (auto started = startRunner(*r, r->record.nextRun); !started)
            qCWarning(lcBot) << "tasks: could not restore" << r->record.name << started.error().message;
    }
    qCInfo(lcBot) << "tasks: loaded" << m_runners.size() << "task(s)," << toStart.size() << "running";
    arm();
    return {};
}

Result<TaskStatus> TaskScheduler::save(store::TaskRecord record)
{
    auto spec = TaskSpec::fromJson(record.spec);
    if (!spec)
        return spec.error();
    record.name = record.name.trimmed();
    if (record.name.isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("A task needs a name."));
    if (const auto other = idOf(record.name); other && *other != record.id)
        return Error::make(Error::Kind::InvalidInput,
                           tr("A task named \"%1\" exists already.").arg(record.name));
    record.profileId = m_profileId;
    record.spec = spec->toJson();
    Runner *existing = record.id ? runner(record.id) : nullptr;
    if (record.id && !existing)
        return Error::make(Error::Kind::NotFound, tr("There is no task with id %1.").arg(record.id));
    if (existing) {
        record.enabled = existing->record.enabled;
        record.nextRun = existing->record.nextRun;
    } else {
        record.enabled = false; // a new task starts when asked to
        record.nextRun.reset();
    }
    auto stored = m_store->save(record);
    if (!stored)
        return stored.error();
    if (!existing) {
        auto r = std::make_unique<Runner>();
        r->record = stored.value();
        r->spec = std::move(spec.value());
        existing = r.get();
        m_runners.emplace(r->record.id, std::move(r));
        publish(*existing);
        return snapshot(*existing);
    }
    const bool scheduleChanged = !existing->spec || !(existing->spec->schedule == spec->schedule);
    existing->record = stored.value();
    existing->spec = std::move(spec.value());
    existing->specError.clear();
    if (existing->state == State::Failed && existing->lastError.isEmpty())
        existing->state = State::Idle;
    if (scheduleChanged && existing->state != State::Idle && existing->state != State::Failed
        && existing->state != State::Finished) {
        if (auto changed = changeSchedule(existing->record.id, existing->spec->schedule); !changed)
            return changed.error();
    }
    publish(*existing);
    return snapshot(*existing);
}

Result<void> TaskScheduler::remove(qint64 id)
{
    auto r = find(id);
    if (!r)
        return r.error();
    ++r.value()->generation;
    auto removed = m_store->remove(id);
    if (!removed)
        return removed;
    m_runners.erase(id);
    Q_EMIT taskRemoved(id);
    arm();
    return {};
}

Result<void> TaskScheduler::start(qint64 id)
{
    auto r = find(id);
    if (!r)
        return r.error();
    return startRunner(*r.value(), std::nullopt);
}

Result<void> TaskScheduler::startRunner(Runner &r, std::optional<QDateTime> restoredNext)
{
    if (!r.spec)
        return Error::make(Error::Kind::InvalidInput, r.specError);
    if (TaskStatus::State s = r.state; s == State::WaitingReady || s == State::Sleeping || s == State::Running
        || s == State::Retrying || r.running)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The task \"%1\" is already running.").arg(r.record.name));
    ++r.generation;
    r.loopBegun = false;
    r.stopRequested = false;
    r.extraRun = false;
    r.currentLoop = 0;
    r.attempt = 0;
    r.last = QDateTime();
    r.retryAt = QDateTime();
    r.afterLoopResult.clear();
    r.restoredNext = restoredNext;
    if (!r.record.enabled) {
        if (auto enabled = m_store->setEnabled(r.record.id, true); !enabled)
            qCWarning(lcBot) << "tasks: could not store that" << r.record.name
                             << "runs:" << enabled.error().message;
        r.record.enabled = true;
    }
    qCInfo(lcBot) << "tasks: starting" << r.record.name << r.spec->schedule.summary();
    if (r.spec->waitUntilReady && !(m_executor && m_executor->isReady())) {
        r.state = State::WaitingReady; // before_loop: wait_until_ready()
        publish(r);
        return {};
    }
    beginLoop(r);
    return {};
}

void TaskScheduler::onReadyChanged(bool ready)
{
    if (!ready)
        return;
    // Only loops still in before_loop begin: a READY after a reconnect never starts a second copy.
    QList<qint64> waiting;
    for (const auto &[id, r] : m_runners) {
        if (r->state == State::WaitingReady)
            waiting.append(id);
    }
    for (qint64 id : std::as_const(waiting)) {
        if (Runner *r = runner(id); r && r->state == State::WaitingReady)
            beginLoop(*r);
    }
}

void TaskScheduler::beginLoop(Runner &r)
{
    const QDateTime now = m_clock->now();
    const TaskSchedule &schedule = r.spec->schedule;
    r.loopBegun = true;
    QDateTime next;
    if (r.restoredNext && r.restoredNext->isValid()) {
        const QDateTime stored = r.restoredNext->toUTC();
        if (stored > now) {
            next = stored; // the schedule goes on where it was
            if (schedule.isInterval())
                r.last = stored.addMSecs(-schedule.intervalMs());
        } else if (r.spec->catchUp) {
            next = now; // missed while closed: once, now
        } else if (schedule.isInterval()) {
            // Missed while closed, no catch-up: the next slot of the old rhythm.
            const qint64 behind = stored.msecsTo(now);
            const qint64 slots = behind / schedule.intervalMs() + 1;
            next = stored.addMSecs(slots * schedule.intervalMs());
            r.last = next.addMSecs(-schedule.intervalMs());
        } else {
            next = schedule.nextTimeOfDayAfter(now);
        }
    } else {
        next = schedule.firstRun(now);
    }
    r.restoredNext.reset();
    r.state = State::Sleeping;
    setNext(r, next);
    publish(r);
    if (!m_ticking)
        tick();
}

void TaskScheduler::beginIteration(Runner &r)
{
    const QDateTime now = m_clock->now();
    const TaskSchedule &schedule = r.spec->schedule;
    const QDateTime scheduled = r.next.isValid() ? r.next : now;
    if (schedule.isInterval() && scheduled.msecsTo(now) >= schedule.intervalMs())
        r.last = now; // woke a whole interval late (system sleep): one run now, no burst of missed ones
    else
        r.last = scheduled;
    setNext(r, schedule.nextRun(r.last, now));
    r.attempt = 0;
    executeRun(r, false);
}

TemplateContext TaskScheduler::contextFor(const Runner &r) const
{
    TemplateContext context;
    context.run = r.currentLoop + 1;
    context.clock = m_clock;
    return context;
}

void TaskScheduler::executeRun(Runner &r, bool extra)
{
    const QDateTime now = m_clock->now();
    if (extra) {
        r.stateBeforeExtra = r.state;
        r.extraRun = true;
    }
    r.state = State::Running;
    r.running = true;
    r.runDeadline = now.addMSecs(m_options.runTimeoutMs);
    auto runId = m_store->startRun(r.record.id, now);
    r.runId = runId ? runId.value() : 0;
    if (!runId)
        qCWarning(lcBot) << "tasks: could not record a run of" << r.record.name << runId.error().message;
    publish(r);
    runIteration(r.record.id, r.generation, r.spec->action, contextFor(r));
}

QCoro::Task<void> TaskScheduler::runIteration(qint64 id, quint64 generation, TaskAction action,
                                              TemplateContext context)
{
    QPointer<TaskScheduler> self(this);
    // (no co_await inside ?: — GCC 12 destroys its temporaries too early)
    Result<void> result(Error::make(Error::Kind::Unavailable, tr("The bot is not running.")));
    if (m_executor)
        result = co_await TaskExecutor::run(m_executor.data(), std::move(action), std::move(context));
    if (!self)
        co_return;
    onRunDone(id, generation, result);
}

void TaskScheduler::finishRun(Runner &r, Outcome outcome, const QString &error)
{
    const QDateTime now = m_clock->now();
    if (r.runId) {
        if (auto done = m_store->finishRun(r.runId, now, outcome, error); !done)
            qCWarning(lcBot) << "tasks: could not record the end of a run:" << done.error().message;
    }
    r.runId = 0;
    r.running = false;
    r.lastOutcome = store::TaskRunRecord::outcomeName(outcome);
    r.lastError = error;
    r.lastEnded = now;
}

void TaskScheduler::onRunDone(qint64 id, quint64 generation, const Result<void> &result)
{
    Runner *rp = runner(id);
    if (!rp || rp->generation != generation || !rp->running)
        return; // cancelled, restarted or removed meanwhile: its result does not count
    Runner &r = *rp;
    const QDateTime now = m_clock->now();
    if (r.extraRun) {
        r.extraRun = false;
        if (result) {
            finishRun(r, Outcome::Succeeded, {});
        } else {
            finishRun(r, Outcome::Failed, result.error().toString());
            Q_EMIT taskFailed(r.record.id, r.record.name, result.error().toString());
        }
        r.state = r.stateBeforeExtra;
        if (r.state == State::Running)
            r.state = State::Sleeping;
        publish(r);
        arm();
        return;
    }
    if (result) {
        finishRun(r, Outcome::Succeeded, {});
        r.attempt = 0;
        ++r.currentLoop;
        if (r.stopRequested) {
            endLoop(r, State::Idle);
            return;
        }
        if (r.spec->count && r.currentLoop >= *r.spec->count) {
            endLoop(r, State::Finished);
            return;
        }
        r.state = State::Sleeping;
        publish(r);
        if (!m_ticking)
            tick();
        return;
    }
    const Error &error = result.error();
    const RetryPolicy &policy = r.spec->retry;
    const bool retry = !r.stopRequested && policy.retries(error)
        && (policy.maxRetries == 0 || r.attempt < policy.maxRetries);
    if (retry) {
        ++r.attempt;
        const qint64 delay = policy.delayMs(r.attempt, error, random());
        finishRun(r, Outcome::Failed,
                  tr("%1 (retry %2 in %3 s)").arg(error.toString()).arg(r.attempt).arg((delay + 999) / 1000));
        r.retryAt = now.addMSecs(delay);
        r.state = State::Retrying;
        qCInfo(lcBot) << "tasks:" << r.record.name << "failed with a retried error; retry" << r.attempt
                      << "in" << delay << "ms:" << error.message;
        publish(r);
        arm();
        return;
    }
    finishRun(r, Outcome::Failed, error.toString());
    qCWarning(lcBot) << "tasks:" << r.record.name << "failed:" << error.toString();
    endLoop(r, State::Failed, error.toString());
}

void TaskScheduler::endLoop(Runner &r, State final, const QString &error)
{
    const bool afterLoop = r.loopBegun && r.spec && r.spec->afterLoop;
    r.state = final;
    r.stopRequested = false;
    r.loopBegun = false;
    r.retryAt = QDateTime();
    r.attempt = 0;
    setNext(r, QDateTime());
    if (r.record.enabled) {
        if (auto disabled = m_store->setEnabled(r.record.id, false); !disabled)
            qCWarning(lcBot) << "tasks: could not store that" << r.record.name << "stopped";
        r.record.enabled = false;
    }
    if (final == State::Failed)
        r.lastError = error;
    qCInfo(lcBot) << "tasks:" << r.record.name << "ended:" << TaskStatus::stateName(final);
    publish(r);
    if (final == State::Failed)
        Q_EMIT taskFailed(r.record.id, r.record.name, error);
    if (afterLoop)
        runAfterLoop(r.record.id, *r.spec->afterLoop, contextFor(r));
    arm();
}

QCoro::Task<void> TaskScheduler::runAfterLoop(qint64 id, TaskAction action, TemplateContext context)
{
    QPointer<TaskScheduler> self(this);
    // (no co_await inside ?: — GCC 12 destroys its temporaries too early)
    Result<void> result(Error::make(Error::Kind::Unavailable, tr("The bot is not running.")));
    if (m_executor)
        result = co_await TaskExecutor::run(m_executor.data(), std::move(action), std::move(context));
    if (!self)
        co_return;
    if (Runner *r = runner(id)) {
        r->afterLoopResult = result ? u"ok"_s : result.error().toString();
        if (!result)
            qCWarning(lcBot) << "tasks:" << r->record.name
                             << "after-loop action failed:" << result.error().toString();
        publish(*r);
    }
}

Result<void> TaskScheduler::stop(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    Runner &r = *found.value();
    if (r.running && !r.extraRun) {
        r.stopRequested = true; // this run is the last one
        publish(r);
        return {};
    }
    if (r.running && r.extraRun) {
        // A run-now outside the loop: the loop (if any) stops after it.
        if (r.stateBeforeExtra == State::Sleeping || r.stateBeforeExtra == State::Retrying)
            r.stateBeforeExtra = State::Idle;
        return {};
    }
    switch (r.state) {
    case State::WaitingReady:
        r.loopBegun = true; // discord.py: stop() in before_loop ends before the first run, after_loop runs
        endLoop(r, State::Idle);
        break;
    case State::Sleeping:
    case State::Retrying:
        endLoop(r, State::Idle);
        break;
    default:
        break;
    }
    return {};
}

Result<void> TaskScheduler::cancel(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    Runner &r = *found.value();
    if (r.running) {
        ++r.generation; // its result is dropped
        finishRun(r, Outcome::Cancelled, {});
        if (r.extraRun) {
            r.extraRun = false;
            r.state = r.stateBeforeExtra;
            if (r.state == State::Sleeping || r.state == State::Retrying)
                endLoop(r, State::Idle);
            else
                publish(r);
            return {};
        }
        endLoop(r, State::Idle);
        return {};
    }
    if (r.state == State::WaitingReady) {
        r.loopBegun = false; // cancelled in before_loop: after_loop does not run (as discord.py)
        endLoop(r, State::Idle);
    } else if (r.state == State::Sleeping || r.state == State::Retrying) {
        endLoop(r, State::Idle);
    }
    return {};
}

Result<void> TaskScheduler::restart(qint64 id)
{
    if (auto cancelled = cancel(id); !cancelled)
        return cancelled;
    return start(id);
}

Result<void> TaskScheduler::runNow(qint64 id)
{
    auto found = find(id);
    if (!found)
        return found.error();
    Runner &r = *found.value();
    if (!r.spec)
        return Error::make(Error::Kind::InvalidInput, r.specError);
    if (r.running)
        return Error::make(Error::Kind::InvalidInput,
                           tr("The task \"%1\" is running already.").arg(r.record.name));
    if (r.state == State::Retrying) {
        r.retryAt = m_clock->now(); // the waiting retry, at once
        tick();
        return {};
    }
    executeRun(r, true);
    return {};
}

Result<void> TaskScheduler::changeSchedule(qint64 id, const TaskSchedule &schedule)
{
    auto found = find(id);
    if (!found)
        return found.error();
    Runner &r = *found.value();
    if (!r.spec)
        return Error::make(Error::Kind::InvalidInput, r.specError);
    const bool changed = !(r.spec->schedule == schedule);
    r.spec->schedule = schedule;
    if (changed) {
        r.record.spec = r.spec->toJson();
        if (auto stored = m_store->save(r.record); !stored)
            return stored.error();
        else
            r.record = stored.value();
    }
    // As change_interval: only once the loop has run; a sleeping timer moves at once.
    if (r.last.isValid() && (r.state == State::Sleeping || r.state == State::Running || r.extraRun)) {
        const QDateTime now = m_clock->now();
        setNext(r, schedule.nextRun(r.last, now));
    }
    publish(r);
    if (!m_ticking)
        tick();
    return {};
}

void TaskScheduler::setNext(Runner &r, const QDateTime &next)
{
    r.next = next;
    const std::optional<QDateTime> stored = next.isValid() ? std::optional<QDateTime>(next) : std::nullopt;
    if (r.record.nextRun == stored)
        return;
    r.record.nextRun = stored;
    if (auto saved = m_store->setNextRun(r.record.id, stored); !saved)
        qCWarning(lcBot) << "tasks: could not store the next run of" << r.record.name;
}

void TaskScheduler::tick()
{
    if (m_ticking)
        return;
    m_ticking = true;
    const QDateTime now = m_clock->now();
    QList<qint64> ids;
    for (const auto &[id, r] : m_runners)
        ids.append(id);
    for (qint64 id : std::as_const(ids)) {
        Runner *r = runner(id);
        if (!r || !r->spec)
            continue;
        if (r->running && r->runDeadline.isValid() && now >= r->runDeadline) {
            const quint64 generation = r->generation;
            onRunDone(id, generation,
                      Error::make(Error::Kind::Timeout,
                                  tr("The run took longer than %1 s.").arg(m_options.runTimeoutMs / 1000)));
            r = runner(id);
            if (!r)
                continue;
            if (r->generation == generation)
                ++r->generation; // the hung run's late answer is dropped
        }
        if (r->state == State::Sleeping && r->next.isValid() && now >= r->next && !r->running)
            beginIteration(*r);
        else if (r->state == State::Retrying && r->retryAt.isValid() && now >= r->retryAt && !r->running)
            executeRun(*r, false);
    }
    m_ticking = false;
    arm();
}

void TaskScheduler::arm()
{
    if (!m_options.autoTick)
        return;
    const QDateTime now = m_clock->now();
    QDateTime earliest;
    auto consider = [&earliest](const QDateTime &t) {
        if (t.isValid() && (!earliest.isValid() || t < earliest))
            earliest = t;
    };
    for (const auto &[id, r] : m_runners) {
        if (r->running)
            consider(r->runDeadline);
        else if (r->state == State::Sleeping)
            consider(r->next);
        else if (r->state == State::Retrying)
            consider(r->retryAt);
    }
    if (!earliest.isValid()) {
        m_timer.stop();
        return;
    }
    // Capped, so that a wall-clock jump (system sleep, clock change) is noticed within a minute.
    const qint64 delay = std::clamp<qint64>(now.msecsTo(earliest), 0, 60'000);
    m_timer.start(int(delay));
}

TaskStatus TaskScheduler::snapshot(const Runner &r) const
{
    TaskStatus s;
    s.id = r.record.id;
    s.name = r.record.name;
    s.spec = r.record.spec;
    if (r.spec) {
        s.scheduleSummary = r.spec->schedule.summary();
        s.actionSummary = r.spec->action.summary();
    }
    s.enabled = r.record.enabled;
    s.state = r.state;
    s.stopping = r.stopRequested;
    s.nextRun = r.next;
    if (!s.nextRun.isValid() && r.record.nextRun)
        s.nextRun = *r.record.nextRun;
    s.retryAt = r.state == State::Retrying ? r.retryAt : QDateTime();
    s.attempt = r.attempt;
    s.runsThisLoop = r.currentLoop;
    s.lastOutcome = r.lastOutcome;
    s.lastError = r.lastError;
    s.lastEnded = r.lastEnded;
    s.afterLoopResult = r.afterLoopResult;
    return s;
}

void TaskScheduler::publish(const Runner &r)
{
    Q_EMIT statusChanged(snapshot(r));
}

QList<TaskStatus> TaskScheduler::statuses() const
{
    QList<TaskStatus> out;
    for (const auto &[id, r] : m_runners)
        out.append(snapshot(*r));
    return out;
}

std::optional<TaskStatus> TaskScheduler::status(qint64 id) const
{
    if (const Runner *r = runner(id))
        return snapshot(*r);
    return std::nullopt;
}

int TaskScheduler::runsInFlight(qint64 id) const
{
    const Runner *r = runner(id);
    return r && r->running ? 1 : 0;
}

} // namespace bw::tasks
