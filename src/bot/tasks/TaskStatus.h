#pragma once
// TaskStatus: a snapshot of one scheduled task as the panel, the tray and `botwright tasks list` show it.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace bw::tasks {

struct TaskStatus
{
    enum class State : quint8 {
        Idle, // not started (or stopped/cancelled)
        WaitingReady, // started; before_loop waits for READY
        Sleeping, // until nextRun
        Running, // a run is in flight
        Retrying, // the last run failed with a retried error; again at retryAt
        Failed, // stopped by a fatal error (lastError)
        Finished, // count reached
    };

    qint64 id = 0;
    QString name;
    QJsonObject spec;
    QString scheduleSummary;
    QString actionSummary;
    bool enabled = false;
    State state = State::Idle;
    bool stopping = false; // stop() asked while running: this run is the last
    QDateTime nextRun; // UTC, invalid when none
    QDateTime retryAt; // UTC, when Retrying
    int attempt = 0; // retries of the current iteration
    int runsThisLoop = 0; // successful runs since start (what count compares to)
    QString lastOutcome; // succeeded, failed, cancelled ("" = never ran)
    QString lastError;
    QDateTime lastEnded;
    QString afterLoopResult; // "" until an after-loop action ran; then "ok" or the error

    bool isActive() const
    {
        return state == State::WaitingReady || state == State::Sleeping || state == State::Running
            || state == State::Retrying;
    }
    static QString stateName(State state);
};

} // namespace bw::tasks

Q_DECLARE_METATYPE(bw::tasks::TaskStatus)
