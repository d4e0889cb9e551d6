#include "discord/GatewaySendLimiter.h"

#include <QtGlobal>

namespace bw::discord {

GatewaySendLimiter::GatewaySendLimiter(const Clock *clock, int limit, qint64 windowMs,
                                       int reservedForHeartbeats)
    : m_clock(clock), m_limit(qMax(1, limit)), m_windowMs(windowMs), m_reserved(0)
{
    setReserved(reservedForHeartbeats);
}

void GatewaySendLimiter::setReserved(int slots)
{
    m_reserved = qBound(0, slots, m_limit - 1);
}

int GatewaySendLimiter::reservedForInterval(qint64 heartbeatIntervalMs, qint64 windowMs)
{
    if (heartbeatIntervalMs <= 0)
        return 3;
    return static_cast<int>((windowMs + heartbeatIntervalMs - 1) / heartbeatIntervalMs) + 1;
}

void GatewaySendLimiter::prune() const
{
    const qint64 now = m_clock->monotonicMs();
    while (!m_sent.empty() && m_sent.front() + m_windowMs <= now)
        m_sent.pop_front();
}

int GatewaySendLimiter::sentInWindow() const
{
    prune();
    return static_cast<int>(m_sent.size());
}

bool GatewaySendLimiter::canSend(bool heartbeat) const
{
    return msUntilAllowed(heartbeat) == 0;
}

qint64 GatewaySendLimiter::msUntilAllowed(bool heartbeat) const
{
    prune();
    const int cap = heartbeat ? m_limit : m_limit - m_reserved;
    const auto used = static_cast<int>(m_sent.size());
    if (used < cap)
        return 0;
    // The (used - cap + 1)-th oldest send must leave the window first.
    const qint64 at = m_sent[static_cast<size_t>(used - cap)] + m_windowMs;
    return qMax<qint64>(1, at - m_clock->monotonicMs());
}

void GatewaySendLimiter::recordSend()
{
    prune();
    m_sent.push_back(m_clock->monotonicMs());
}

} // namespace bw::discord
