#pragma once
// GatewaySendLimiter: our side of the gateway's 120 payloads per 60 s per connection, as a sliding window,
// with a few slots kept for heartbeats so that a burst of other payloads can never starve them.

#include "core/Clock.h"

#include <deque>

namespace bw::discord {

class GatewaySendLimiter
{
public:
    explicit GatewaySendLimiter(const Clock *clock, int limit = 120, qint64 windowMs = 60'000,
                                int reservedForHeartbeats = 3);

    /// Slots only heartbeats may use; set from the heartbeat interval at HELLO.
    void setReserved(int slots);
    int reserved() const { return m_reserved; }
    int limit() const { return m_limit; }
    /// Heartbeats needed per window for an interval, plus one for server-requested beats.
    static int reservedForInterval(qint64 heartbeatIntervalMs, qint64 windowMs = 60'000);

    /// Whether a payload may be sent now.
    bool canSend(bool heartbeat) const;
    /// Milliseconds until canSend() will be true (0 when it is now).
    qint64 msUntilAllowed(bool heartbeat) const;
    /// Records a payload as sent now.
    void recordSend();
    /// Payloads sent in the current window.
    int sentInWindow() const;
    void reset() { m_sent.clear(); }

private:
    void prune() const;

    const Clock *m_clock;
    int m_limit;
    qint64 m_windowMs;
    int m_reserved;
    mutable std::deque<qint64> m_sent; // monotonic send times, oldest first
};

} // namespace bw::discord
