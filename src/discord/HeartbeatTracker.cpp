#include "discord/HeartbeatTracker.h"

#include <QtGlobal>

#include <cmath>

namespace bw::discord {

void HeartbeatTracker::start(qint64 nowMs, qint64 intervalMs, double jitter)
{
    m_running = true;
    m_awaitingAck = false;
    m_intervalMs = qMax<qint64>(1, intervalMs);
    m_lastSent = -1;
    m_nextDue = nowMs
        + static_cast<qint64>(std::floor(static_cast<double>(m_intervalMs) * qBound(0.0, jitter, 1.0)));
}

void HeartbeatTracker::stop()
{
    m_running = false;
    m_awaitingAck = false;
}

void HeartbeatTracker::beatSent(qint64 nowMs)
{
    m_awaitingAck = true;
    m_lastSent = nowMs;
    m_nextDue = nowMs + m_intervalMs;
}

void HeartbeatTracker::extraBeatSent(qint64 nowMs)
{
    m_awaitingAck = true;
    m_lastSent = nowMs;
}

void HeartbeatTracker::checkBeatSent(qint64 nowMs, qint64 ackTimeoutMs)
{
    m_awaitingAck = true;
    m_lastSent = nowMs;
    m_nextDue = nowMs + qMin(ackTimeoutMs, m_intervalMs);
}

std::optional<qint64> HeartbeatTracker::acked(qint64 nowMs)
{
    if (!m_awaitingAck || m_lastSent < 0)
        return std::nullopt;
    m_awaitingAck = false;
    return nowMs - m_lastSent;
}

qint64 ClockJumpDetector::check(const QDateTime &wall, qint64 monoMs)
{
    const qint64 w = wall.toMSecsSinceEpoch();
    if (!m_have) {
        m_have = true;
        m_lastWall = w;
        m_lastMono = monoMs;
        return 0;
    }
    const qint64 jump = (w - m_lastWall) - (monoMs - m_lastMono);
    m_lastWall = w;
    m_lastMono = monoMs;
    return std::llabs(jump) > m_thresholdMs ? jump : 0;
}

qint64 reconnectDelayMs(int attempt, double random, qint64 baseMs, qint64 maxMs)
{
    const int shift = qBound(0, attempt, 30);
    const double cap = qMin(static_cast<double>(maxMs), static_cast<double>(baseMs) * std::ldexp(1.0, shift));
    return static_cast<qint64>(cap * qBound(0.0, random, 1.0));
}

} // namespace bw::discord
