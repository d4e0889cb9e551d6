// The task engine with a ManualClock: every ext.tasks rule without sleeping (start at once and anchored,
// count, before/after loop, retried vs fatal errors, stop vs cancel, change of interval, never twice,
// catch-up once, persistence of runs and next run).
#include "TaskTestSupport.h"
#include "bot/tasks/TaskScheduler.h"
#include "store/TaskStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bw;
using namespace bw::tasks;
using State = TaskStatus::State;
using Type = TaskAction::Type;
using Outcome = store::TaskRunRecord::Outcome;

class TestTaskScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<test::RecordingExecutor> m_exec;
    std::unique_ptr<TaskScheduler> m_scheduler;
    qint64 m_profile = 0;
    double m_random = 0.0;

    void makeScheduler()
    {
        m_scheduler.reset();
        TaskScheduler::Options options;
        options.clock = m_clock.get();
        options.autoTick = false;
        options.random = [this] { return m_random; };
        m_scheduler = std::make_unique<TaskScheduler>(*m_db, m_exec.get(), options);
        QVERIFY(m_scheduler->load(m_profile).ok());
    }

    qint64 add(const QString &name, const char *specJson)
    {
        store::TaskRecord record;
        record.name = name;
        record.spec = test::json(specJson);
        auto saved = m_scheduler->save(record);
        if (!saved) {
            qWarning().noquote() << saved.error().toString();
            return 0;
        }
        return saved->id;
    }

    TaskStatus st(qint64 id) const { return *m_scheduler->status(id); }

    void advance(qint64 ms)
    {
        m_clock->advance(ms);
        m_scheduler->tick();
    }

    QList<store::TaskRunRecord> runs(qint64 id) const { return store::TaskStore(*m_db).runs(id).valueOr({}); }

    static constexpr const char *kEvery10 = R"({"schedule": {"every": 10},
        "action": {"type": "send", "channel": "1000000000000001", "message": "run {run}"}})";

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
        m_db = test::openDatabase(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                                 + QString::fromLatin1(QTest::currentDataTag()) + u".db"_s),
                                  m_clock.get(), &m_profile);
        QVERIFY(m_db);
        m_exec = std::make_unique<test::RecordingExecutor>();
        m_random = 0.0;
        makeScheduler();
    }
    void cleanup()
    {
        m_scheduler.reset();
        m_exec.reset();
        m_db.reset();
    }

    void intervalRunsAtStartThenAnchoredWithoutDrift()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        QVERIFY(id);
        QCOMPARE(st(id).state, State::Idle);
        const QDateTime t0 = m_clock->now();
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(m_exec->calls.size(), 1); // first run at start
        QCOMPARE(m_exec->calls[0].text, u"run 1"_s);
        QCOMPARE(st(id).state, State::Sleeping);
        QCOMPARE(st(id).nextRun, t0.addSecs(10));

        // the second run takes 3 s; the third is still at t0 + 20 s, not t0 + 23 s
        m_exec->hold = true;
        advance(9999);
        QCOMPARE(m_exec->calls.size(), 1);
        advance(1);
        QCOMPARE(m_exec->calls.size(), 2);
        QCOMPARE(st(id).state, State::Running);
        m_clock->advance(3000);
        m_exec->hold = false;
        m_exec->release();
        QCOMPARE(st(id).state, State::Sleeping);
        QCOMPARE(st(id).nextRun, t0.addSecs(20));
        advance(6999);
        QCOMPARE(m_exec->calls.size(), 2);
        advance(1);
        QCOMPARE(m_exec->calls.size(), 3);
        QCOMPARE(m_exec->calls[2].text, u"run 3"_s);
        QCOMPARE(st(id).runsThisLoop, 3);
        // persisted: next run and the three succeeded runs
        QCOMPARE(store::TaskStore(*m_db).byId(id)->nextRun, std::optional(t0.addSecs(30)));
        const auto history = runs(id);
        QCOMPARE(history.size(), 3);
        for (const auto &run : history)
            QCOMPARE(run.outcome, Outcome::Succeeded);
    }

    void aLoopWokenAWholeIntervalLateRunsOnceNotABurst()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(m_exec->calls.size(), 1);
        advance(95'000); // system sleep: nine slots missed
        QCOMPARE(m_exec->calls.size(), 2);
        m_scheduler->tick();
        QCOMPARE(m_exec->calls.size(), 2);
        QCOMPARE(st(id).nextRun, m_clock->now().addSecs(10));
    }

    void timesOfDaySleepUntilTheNextTime()
    {
        const qint64 id = add(u"daily"_s, R"({"schedule": {"times": ["12:30", "08:00"], "timeZone": "UTC"},
            "action": {"type": "send", "channel": "1000000000000001", "message": "hello"}})");
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(m_exec->calls.size(), 0); // times of day do not run at start
        QCOMPARE(st(id).nextRun, QDateTime(QDate(2026, 1, 10), QTime(12, 30), Qt::UTC));
        advance(30 * 60'000);
        QCOMPARE(m_exec->calls.size(), 1);
        QCOMPARE(st(id).nextRun, QDateTime(QDate(2026, 1, 11), QTime(8, 0), Qt::UTC));
    }

    void countStopsAfterNRunsAndNeverCountsFailures()
    {
        const qint64 id = add(u"thrice"_s, R"({"schedule": {"every": 10}, "count": 3,
            "action": {"type": "send", "channel": "1000000000000001", "message": "x"},
            "afterLoop": {"type": "presence", "status": "online", "activity": {"name": "done after {run}"}}})");
        m_exec->script = {Result<void>(), Result<void>(Error::make(Error::Kind::Network, u"reset"_s))};
        QVERIFY(m_scheduler->start(id).ok());
        advance(10'000); // the second run fails (retried): it does not count
        QCOMPARE(st(id).state, State::Retrying);
        QCOMPARE(st(id).runsThisLoop, 1);
        advance(500);
        QCOMPARE(st(id).runsThisLoop, 2);
        advance(10'000);
        QCOMPARE(st(id).state, State::Finished);
        QCOMPARE(st(id).runsThisLoop, 3);
        QVERIFY(!st(id).nextRun.isValid());
        QVERIFY(!st(id).enabled);
        QCOMPARE(m_exec->count(Type::Send), 4);
        QCOMPARE(m_exec->count(Type::Presence), 1); // after_loop, once
        QCOMPARE(m_exec->calls.last().text, u"done after 4"_s);
        advance(60'000);
        QCOMPARE(m_exec->count(Type::Send), 4);
    }

    void beforeLoopWaitsForReadyAndAReadyAfterResumeStartsNoSecondCopy()
    {
        m_exec->ready = false;
        const qint64 id = add(u"tick"_s, kEvery10);
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(st(id).state, State::WaitingReady);
        advance(60'000);
        QCOMPARE(m_exec->calls.size(), 0);
        m_exec->setReady(true);
        QCOMPARE(m_exec->calls.size(), 1);
        // a reconnect: not ready, then READY (or RESUMED) again, twice
        m_exec->setReady(false);
        m_exec->setReady(true);
        m_exec->setReady(true);
        QCOMPARE(m_exec->calls.size(), 1);
        QVERIFY(!m_scheduler->start(id).ok()); // and start() is refused while it runs
        advance(10'000);
        QCOMPARE(m_exec->calls.size(), 2);
        QCOMPARE(m_exec->maxInFlight, 1);
    }

    void afterLoopRunsAfterStopFailureAndCancelButNotBeforeTheLoopBegan()
    {
        const char *spec = R"({"schedule": {"every": 10},
            "action": {"type": "send", "channel": "1000000000000001", "message": "x"},
            "afterLoop": {"type": "presence", "status": "idle"}})";
        const qint64 id = add(u"hooks"_s, spec);
        QVERIFY(m_scheduler->start(id).ok());
        QVERIFY(m_scheduler->stop(id).ok()); // sleeping: stops at once
        QCOMPARE(st(id).state, State::Idle);
        QCOMPARE(m_exec->count(Type::Presence), 1);

        QVERIFY(m_scheduler->start(id).ok());
        QVERIFY(m_scheduler->cancel(id).ok());
        QCOMPARE(m_exec->count(Type::Presence), 2);

        m_exec->script = {Result<void>(test::httpError(403))};
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(st(id).state, State::Failed);
        QCOMPARE(m_exec->count(Type::Presence), 3);
        QCOMPARE(st(id).afterLoopResult, u"ok"_s);

        m_exec->ready = false;
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(st(id).state, State::WaitingReady);
        QVERIFY(m_scheduler->cancel(id).ok()); // cancelled in before_loop: no after_loop (discord.py)
        QCOMPARE(m_exec->count(Type::Presence), 3);
    }

    void retriedErrorsBackOffExponentiallyAndKeepTheIteration_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("network") << int(Error::Kind::Network) << 0;
        QTest::newRow("timeout") << int(Error::Kind::Timeout) << 0;
        QTest::newRow("gateway") << int(Error::Kind::Unavailable) << 0;
        QTest::newRow("5xx") << int(Error::Kind::Http) << 503;
        QTest::newRow("429") << int(Error::Kind::RateLimited) << 429;
    }

    void retriedErrorsBackOffExponentiallyAndKeepTheIteration()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        Error error = Error::make(Error::Kind(kind), u"boom"_s);
        error.httpStatus = status;
        const qint64 id = add(u"flaky"_s, kEvery10);
        const QDateTime t0 = m_clock->now();
        m_exec->script = {Result<void>(error), Result<void>(error), Result<void>(error)};
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(st(id).state, State::Retrying);
        QCOMPARE(st(id).retryAt, t0.addMSecs(500));
        advance(500);
        QCOMPARE(st(id).retryAt, t0.addMSecs(500 + 1000));
        advance(1000);
        QCOMPARE(st(id).retryAt, t0.addMSecs(1500 + 2000));
        QCOMPARE(st(id).attempt, 3);
        advance(2000);
        QCOMPARE(st(id).state, State::Sleeping);
        QCOMPARE(m_exec->calls.size(), 4);
        QCOMPARE(m_exec->calls.last().text, u"run 1"_s); // the same iteration, retried
        QCOMPARE(st(id).nextRun, t0.addSecs(10)); // still anchored to the first schedule
        const auto history = runs(id);
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.first().outcome, Outcome::Succeeded);
        QCOMPARE(history.last().outcome, Outcome::Failed);
        QVERIFY2(history.last().error.contains(u"retry 1"_s), qPrintable(history.last().error));
    }

    void otherErrorsAndDeselectedClassesAreFatal()
    {
        QSignalSpy failed(m_scheduler.get(), &TaskScheduler::taskFailed);
        const qint64 a = add(u"forbidden"_s, kEvery10);
        m_exec->script = {Result<void>(test::httpError(403))};
        QVERIFY(m_scheduler->start(a).ok());
        QCOMPARE(st(a).state, State::Failed);
        QVERIFY2(st(a).lastError.contains(u"HTTP 403"_s), qPrintable(st(a).lastError));
        QVERIFY(!st(a).enabled);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(1).toString(), u"forbidden"_s);

        const qint64 b = add(u"no5xx"_s, R"({"schedule": {"every": 10}, "retry": {"server": false},
            "action": {"type": "send", "channel": "1000000000000001", "message": "x"}})");
        m_exec->script = {Result<void>(test::httpError(500))};
        QVERIFY(m_scheduler->start(b).ok());
        QCOMPARE(st(b).state, State::Failed);

        const qint64 c = add(u"limited"_s, R"({"schedule": {"every": 10}, "retry": {"maxRetries": 2},
            "action": {"type": "send", "channel": "1000000000000001", "message": "x"}})");
        const Error reset = Error::make(Error::Kind::Network, u"reset"_s);
        m_exec->script = {Result<void>(reset), Result<void>(reset), Result<void>(reset)};
        QVERIFY(m_scheduler->start(c).ok());
        advance(500);
        QCOMPARE(st(c).state, State::Retrying);
        advance(1000);
        QCOMPARE(st(c).state, State::Failed);
        QCOMPARE(failed.size(), 3);
        advance(60'000);
        QCOMPARE(m_exec->calls.size(), 5);
    }

    void stopFinishesTheCurrentRunThenStops()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        m_exec->hold = true;
        QVERIFY(m_scheduler->start(id).ok());
        QCOMPARE(st(id).state, State::Running);
        QVERIFY(m_scheduler->stop(id).ok());
        QCOMPARE(st(id).state, State::Running);
        QVERIFY(st(id).stopping);
        m_exec->release();
        QCOMPARE(st(id).state, State::Idle);
        QCOMPARE(runs(id).first().outcome, Outcome::Succeeded);
        advance(60'000);
        QCOMPARE(m_exec->calls.size(), 1);
    }

    void cancelEndsNowAndDropsTheRunsResult()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        m_exec->hold = true;
        QVERIFY(m_scheduler->start(id).ok());
        QVERIFY(m_scheduler->cancel(id).ok());
        QCOMPARE(st(id).state, State::Idle);
        QCOMPARE(runs(id).first().outcome, Outcome::Cancelled);
        QCOMPARE(st(id).lastOutcome, u"cancelled"_s);
        m_exec->script = {Result<void>(test::httpError(403))};
        m_exec->release(); // the late result of the cancelled run changes nothing
        QCOMPARE(st(id).state, State::Idle);
        QCOMPARE(runs(id).first().outcome, Outcome::Cancelled);
        advance(60'000);
        QCOMPARE(m_exec->calls.size(), 1);
    }

    void restartCancelsAndStartsAgain()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        QVERIFY(m_scheduler->start(id).ok());
        advance(5000);
        QVERIFY(m_scheduler->restart(id).ok());
        QCOMPARE(m_exec->calls.size(), 2); // first run of the new loop, at once
        QCOMPARE(st(id).runsThisLoop, 1);
        QCOMPARE(st(id).nextRun, m_clock->now().addSecs(10));
    }

    void changeIntervalMovesTheSleepingTimerAtOnce()
    {
        const qint64 id = add(u"slow"_s, R"({"schedule": {"every": 60},
            "action": {"type": "send", "channel": "1000000000000001", "message": "x"}})");
        const QDateTime t0 = m_clock->now();
        QVERIFY(m_scheduler->start(id).ok());
        advance(4000);
        QVERIFY(m_scheduler->changeSchedule(id, TaskSchedule::every(10'000)).ok());
        QCOMPARE(st(id).nextRun, t0.addSecs(10)); // anchored to the last run, not to now
        advance(6000);
        QCOMPARE(m_exec->calls.size(), 2);
        // and to an interval already past: runs at once
        advance(1000);
        QVERIFY(m_scheduler->changeSchedule(id, TaskSchedule::every(60'000)).ok());
        QVERIFY(m_scheduler->changeSchedule(id, TaskSchedule::every(1000)).ok());
        QCOMPARE(m_exec->calls.size(), 3);
        // saved in the task's spec
        auto stored = TaskSpec::fromJson(store::TaskStore(*m_db).byId(id)->spec);
        QCOMPARE(stored->schedule.intervalMs(), 1000);
    }

    void runNowRunsOnceAndIsRefusedWhileRunning()
    {
        const qint64 id = add(u"manual"_s, kEvery10);
        QVERIFY(m_scheduler->runNow(id).ok());
        QCOMPARE(m_exec->calls.size(), 1);
        QCOMPARE(st(id).state, State::Idle);
        QCOMPARE(st(id).lastOutcome, u"succeeded"_s);
        m_exec->hold = true;
        QVERIFY(m_scheduler->runNow(id).ok());
        QVERIFY(!m_scheduler->runNow(id).ok());
        QVERIFY(!m_scheduler->start(id).ok());
        QCOMPARE(m_scheduler->runsInFlight(id), 1);
        m_exec->release();
        QCOMPARE(st(id).state, State::Idle);
        QCOMPARE(m_exec->calls.size(), 2);
    }

    void aHungRunTimesOutAndIsRetried()
    {
        const qint64 id = add(u"hung"_s, kEvery10);
        m_exec->hold = true;
        QVERIFY(m_scheduler->start(id).ok());
        advance(120'000);
        QCOMPARE(st(id).state, State::Retrying);
        QVERIFY(st(id).lastError.contains(u"longer"_s));
        m_exec->hold = false;
        m_exec->release(); // the hung run finally answers: dropped
        QCOMPARE(st(id).state, State::Retrying);
        advance(500);
        QCOMPARE(st(id).state, State::Sleeping);
    }

    void restoredTasksGoOnWhereTheyLeftOff()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        QVERIFY(m_scheduler->start(id).ok());
        const QDateTime next = st(id).nextRun;
        advance(3000);
        makeScheduler(); // the app restarts 3 s later
        QCOMPARE(st(id).state, State::Sleeping);
        QCOMPARE(st(id).nextRun, next);
        QCOMPARE(m_exec->calls.size(), 1); // no run at start: the rhythm goes on
        advance(7000);
        QCOMPARE(m_exec->calls.size(), 2);
    }

    void aRunMissedWhileClosedCatchesUpOnceOnlyWhenAsked()
    {
        const qint64 a = add(u"catchup"_s, R"({"schedule": {"every": 10}, "catchUp": true,
            "action": {"type": "send", "channel": "1000000000000001", "message": "a"}})");
        const qint64 b = add(u"skip"_s, R"({"schedule": {"times": ["12:00:05"]},
            "action": {"type": "send", "channel": "1000000000000001", "message": "b"}})");
        const qint64 c = add(u"dailycatch"_s, R"({"schedule": {"times": ["12:00:05"]}, "catchUp": true,
            "action": {"type": "send", "channel": "1000000000000001", "message": "c"}})");
        QVERIFY(m_scheduler->start(a).ok());
        QVERIFY(m_scheduler->start(b).ok());
        QVERIFY(m_scheduler->start(c).ok());
        QCOMPARE(m_exec->calls.size(), 1);
        m_scheduler.reset(); // closed for three days
        m_clock->advance(3LL * 24 * 3600 * 1000);
        makeScheduler();
        // a: once now (not 25,920 times); b: skipped to its next time; c: once now
        QStringList texts;
        for (const auto &call : m_exec->calls)
            texts.append(call.text);
        QCOMPARE(texts, (QStringList {u"a"_s, u"a"_s, u"c"_s}));
        QCOMPARE(st(a).nextRun, m_clock->now().addSecs(10));
        QCOMPARE(st(b).nextRun, QDateTime(QDate(2026, 1, 13), QTime(12, 0, 5), Qt::UTC));
        QCOMPARE(st(c).nextRun, QDateTime(QDate(2026, 1, 13), QTime(12, 0, 5), Qt::UTC));
        m_scheduler->tick();
        QCOMPARE(m_exec->calls.size(), 3);
    }

    void aRunLeftRunningByACrashIsMarkedFailed()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        m_exec->hold = true;
        QVERIFY(m_scheduler->start(id).ok());
        m_scheduler.reset(); // crash mid-run
        m_exec->hold = false;
        makeScheduler();
        const auto history = runs(id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.last().outcome, Outcome::Failed);
        QVERIFY(history.last().error.contains(u"Interrupted"_s));
    }

    void savingValidatesAndRefusesDuplicates()
    {
        QVERIFY(add(u"one"_s, kEvery10));
        QCOMPARE(add(u"one"_s, kEvery10), 0);
        QCOMPARE(add(u"bad"_s, R"({"schedule": {"every": 10}, "count": 0,
            "action": {"type": "send", "channel": "1000000000000001", "message": "x"}})"),
                 0);
        QCOMPARE(m_scheduler->statuses().size(), 1);
    }

    void removeDropsTheTaskAndItsRun()
    {
        const qint64 id = add(u"tick"_s, kEvery10);
        m_exec->hold = true;
        QVERIFY(m_scheduler->start(id).ok());
        QVERIFY(m_scheduler->remove(id).ok());
        QVERIFY(!m_scheduler->status(id));
        m_exec->release();
        QVERIFY(!store::TaskStore(*m_db).byId(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestTaskScheduler)
#include "tst_taskscheduler.moc"
