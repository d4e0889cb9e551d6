#pragma once
// TaskSpec: everything a scheduled task is (schedule, action, after-loop action, count, options, retry
// policy), parsed from and written to the JSON kept in the tasks table. Validation happens here, at save.

#include "bot/tasks/TaskAction.h"
#include "bot/tasks/TaskSchedule.h"
#include "core/Result.h"

#include <QFlags>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace bw::tasks {

/// Which failures of a run are retried (with backoff) instead of failing the task.
enum class RetryClass : quint8 {
    Network = 0x1, // connection refused/reset, timeouts
    Gateway = 0x2, // the bot is not connected (gateway reconnecting, not READY yet)
    Server = 0x4, // HTTP 5xx
    RateLimit = 0x8, // HTTP 429 that the REST client could not wait out
};
Q_DECLARE_FLAGS(RetryClasses, RetryClass)
Q_DECLARE_OPERATORS_FOR_FLAGS(RetryClasses)

struct RetryPolicy
{
    RetryClasses classes = RetryClasses(RetryClass::Network) | RetryClass::Gateway | RetryClass::Server
        | RetryClass::RateLimit;
    qint64 baseMs = 1000; // first delay: between base/2 and base
    qint64 maxMs = 300'000; // no delay is longer
    int maxRetries = 0; // retries of one iteration before the task fails; 0 = no limit (as discord.py)

    /// The retry class of an error, or none when the error is fatal.
    static std::optional<RetryClass> classify(const Error &error);
    /// True when `error` belongs to a selected class.
    bool retries(const Error &error) const;
    /// The delay before retry number `attempt` (1, 2, ...): exponential, capped, with jitter from
    /// `random` in [0, 1) (the upper half of the capped value); a 429's retry_after is a lower bound.
    qint64 delayMs(int attempt, const Error &error, double random) const;
};

struct TaskSpec
{
    TaskSchedule schedule;
    TaskAction action;
    std::optional<TaskAction> afterLoop; // runs once when the loop ends: stopped, finished, failed, cancelled
    std::optional<int> count; // stop after this many successful runs
    bool waitUntilReady = true; // before_loop: the first run waits for READY
    bool catchUp = false; // a run missed while the app was closed runs once at start
    RetryPolicy retry;

    /// Parses and validates; the error names the field. count <= 0 is refused.
    static Result<TaskSpec> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace bw::tasks
