#pragma once
// HeartbeatTracker: when the next heartbeat is due and whether the connection is a zombie, driven by a
// monotonic time passed in (so it is tested without timers). Also ClockJumpDetector (sleep/wake) and
// the reconnect backoff formula.

#include <QDateTime>

#include <optional>

namespace bw::discord {

class HeartbeatTracker
{
public:
    enum class Due { Send, Zombie };

    /// HELLO received at nowMs: the first beat is due after interval × jitter (jitter in [0,1)).
    void start(qint64 nowMs, qint64 intervalMs, double jitter);
    void stop();
    bool isRunning() const { return m_running; }
    qint64 intervalMs() const { return m_intervalMs; }
    /// Monotonic time at which onDue() should be called.
    qint64 nextDueMs() const { return m_nextDue; }
    bool awaitingAck() const { return m_awaitingAck; }

    /// Called at nextDueMs(): Send a beat now, or Zombie when the previous beat was never ACKed.
    Due onDue() const { return m_awaitingAck ? Due::Zombie : Due::Send; }
    /// A regular beat went out at nowMs; the next is due one interval later.
    void beatSent(qint64 nowMs);
    /// A beat went out outside the schedule (server op 1): counts for latency/ACK, schedule unchanged.
    void extraBeatSent(qint64 nowMs);
    /// A check beat after a wake-up: the ACK must arrive within ackTimeoutMs, else onDue() says Zombie.
    void checkBeatSent(qint64 nowMs, qint64 ackTimeoutMs);
    /// op 11: returns the round trip in ms of the last beat (nullopt for an unexpected ACK).
    std::optional<qint64> acked(qint64 nowMs);

private:
    bool m_running = false;
    bool m_awaitingAck = false;
    qint64 m_intervalMs = 0;
    qint64 m_nextDue = 0;
    qint64 m_lastSent = -1;
};

/// Notices a system sleep (or a manual clock change): the wall clock moved by more than the monotonic
/// clock between two checks. Linux's monotonic clock stops during suspend; the wall clock does not.
class ClockJumpDetector
{
public:
    explicit ClockJumpDetector(qint64 thresholdMs = 10'000) : m_thresholdMs(thresholdMs) { }
    /// Returns the jump in ms (positive or negative) when it exceeds the threshold, else 0.
    qint64 check(const QDateTime &wall, qint64 monoMs);
    void reset() { m_have = false; }

private:
    qint64 m_thresholdMs;
    bool m_have = false;
    qint64 m_lastWall = 0;
    qint64 m_lastMono = 0;
};

/// Exponential backoff with full jitter: random × min(maxMs, baseMs × 2^attempt), attempt from 0.
qint64 reconnectDelayMs(int attempt, double random, qint64 baseMs, qint64 maxMs);

} // namespace bw::discord
