#pragma once
// Clock: the source of time for heartbeats, backoff, schedules and rate limits, injectable in tests.

#include <QDateTime>

#include <chrono>

namespace bw {

class Clock
{
public:
    virtual ~Clock() = default;
    /// Monotonic milliseconds, for intervals and deadlines.
    virtual qint64 monotonicMs() const;
    /// Wall-clock time, for schedules and timestamps.
    virtual QDateTime now() const;

    /// The process-wide real clock.
    static Clock *system();
};

/// A clock that moves only when told to; for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC))
        : m_wall(std::move(start))
    { }
    qint64 monotonicMs() const override { return m_mono; }
    QDateTime now() const override { return m_wall; }
    void advance(qint64 ms)
    {
        m_mono += ms;
        m_wall = m_wall.addMSecs(ms);
    }
    /// Moves the wall clock only, as a system sleep or a manual clock change does.
    void jumpWall(qint64 ms) { m_wall = m_wall.addMSecs(ms); }

private:
    qint64 m_mono = 0;
    QDateTime m_wall;
};

} // namespace bw
