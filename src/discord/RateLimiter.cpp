#include "discord/RateLimiter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace bw::discord {

namespace {
constexpr qint64 kInvalidWindowMs = 10 * 60 * 1000;

qint64 secondsToMs(double s)
{
    return static_cast<qint64>(std::ceil(s * 1000.0));
}
} // namespace

RateLimiter::RateLimiter(const Clock *clock, int globalPerSecond)
    : m_clock(clock), m_globalPerSecond(qMax(1, globalPerSecond))
{ }

QString RateLimiter::bucketKey(const Route &route) const
{
    const QString key = route.routeKey();
    const QString hash = m_hashes.value(key);
    return (hash.isEmpty() ? key : hash) + u':' + route.majorParameter();
}

qint64 RateLimiter::delayBeforeSend(const Route &route) const
{
    const qint64 now = m_clock->monotonicMs();
    qint64 wait = 0;
    const auto it = m_buckets.constFind(bucketKey(route));
    if (it != m_buckets.cend() && it->remaining == 0 && it->resetAtMs > now)
        wait = it->resetAtMs - now;
    if (!route.exemptFromGlobalLimit()) {
        if (m_globalBlockedUntil > now)
            wait = qMax(wait, m_globalBlockedUntil - now);
        while (!m_globalSends.empty() && m_globalSends.front() + 1000 <= now)
            m_globalSends.pop_front();
        if (static_cast<int>(m_globalSends.size()) >= m_globalPerSecond) {
            const qint64 freeAt
                = m_globalSends[m_globalSends.size() - static_cast<size_t>(m_globalPerSecond)] + 1000;
            wait = qMax(wait, freeAt - now);
        }
    }
    return wait;
}

void RateLimiter::onSend(const Route &route)
{
    const qint64 now = m_clock->monotonicMs();
    if (!route.exemptFromGlobalLimit())
        m_globalSends.push_back(now);
    auto it = m_buckets.find(bucketKey(route));
    if (it == m_buckets.end())
        return;
    if (it->resetAtMs <= now && it->limit > 0) {
        it->remaining = it->limit; // the window has reset
        it->resetAtMs = 0;
    }
    if (it->remaining > 0)
        --it->remaining;
}

RateLimiter::Outcome RateLimiter::onResponse(const Route &route, int httpStatus, const RateLimitHeaders &h,
                                             std::optional<double> bodyRetryAfter, bool bodyGlobal)
{
    const qint64 now = m_clock->monotonicMs();
    Outcome out;
    if (!h.bucket.isEmpty()) {
        const QString key = route.routeKey();
        const QString old = m_hashes.value(key);
        if (old != h.bucket) {
            // Move what we knew under the route key to the learned hash.
            const QString oldKey = (old.isEmpty() ? key : old) + u':' + route.majorParameter();
            m_hashes.insert(key, h.bucket);
            const QString newKey = bucketKey(route);
            if (!m_buckets.contains(newKey) && m_buckets.contains(oldKey))
                m_buckets.insert(newKey, m_buckets.take(oldKey));
        }
    }
    out.bucket = bucketKey(route);

    if (h.limit || h.remaining || h.resetAfterSeconds) {
        BucketState &b = m_buckets[out.bucket];
        if (h.limit)
            b.limit = *h.limit;
        if (h.remaining)
            b.remaining = *h.remaining;
        if (h.resetAfterSeconds)
            b.resetAtMs = now + secondsToMs(*h.resetAfterSeconds);
    }

    if (httpStatus == 401 || httpStatus == 403 || (httpStatus == 429 && h.scope != "shared"_L1)) {
        m_invalid.push_back(now);
        while (!m_invalid.empty() && m_invalid.front() + kInvalidWindowMs <= now)
            m_invalid.pop_front();
    }

    if (httpStatus != 429)
        return out;

    out.rateLimited = true;
    out.scope = h.scope;
    out.global = h.global || bodyGlobal || h.scope == "global"_L1;
    double retry = 1.0;
    if (h.retryAfterSeconds)
        retry = *h.retryAfterSeconds;
    else if (bodyRetryAfter)
        retry = *bodyRetryAfter;
    if (bodyRetryAfter && h.retryAfterSeconds && *bodyRetryAfter > retry)
        retry = *bodyRetryAfter; // the header is whole seconds; never wait less than the body says
    out.retryAfterMs = qMax<qint64>(1, secondsToMs(retry));
    if (out.global) {
        m_globalBlockedUntil = qMax(m_globalBlockedUntil, now + out.retryAfterMs);
    } else {
        BucketState &b = m_buckets[out.bucket];
        b.remaining = 0;
        b.resetAtMs = qMax(b.resetAtMs, now + out.retryAfterMs);
    }
    return out;
}

std::optional<RateLimiter::BucketState> RateLimiter::bucketState(const Route &route) const
{
    const auto it = m_buckets.constFind(bucketKey(route));
    if (it == m_buckets.cend())
        return std::nullopt;
    return *it;
}

qint64 RateLimiter::globalBlockedForMs() const
{
    return qMax<qint64>(0, m_globalBlockedUntil - m_clock->monotonicMs());
}

int RateLimiter::invalidRequestCount() const
{
    const qint64 now = m_clock->monotonicMs();
    while (!m_invalid.empty() && m_invalid.front() + kInvalidWindowMs <= now)
        m_invalid.pop_front();
    return static_cast<int>(m_invalid.size());
}

} // namespace bw::discord
