#include "sandbox/RateLimiter.h"

#include <QCryptographicHash>

#include <algorithm>

namespace bw::sandbox {

void RateLimiter::setRouteLimit(const QByteArray &routeKey, int limit, int windowMs)
{
    m_routeLimits.insert(routeKey, {std::max(1, limit), std::max(1, windowMs)});
}

QByteArray RateLimiter::hashFor(const QByteArray &routeKey)
{
    return QCryptographicHash::hash(routeKey, QCryptographicHash::Md5).toHex();
}

RateLimitDecision RateLimiter::check(const QByteArray &routeKey, const QByteArray &bucketHash,
                                     QByteArrayView major, const QByteArray &identity, BucketScope scope,
                                     qint64 nowMs, qint64 wallMs)
{
    RateLimitDecision d;
    d.bucket = bucketHash;
    int limit = m_options.routeLimit;
    int windowMs = m_options.routeWindowMs;
    auto over = m_routeLimits.constFind(routeKey);
    if (over != m_routeLimits.cend()) {
        limit = over->first;
        windowMs = over->second;
    }
    limit = std::max(1, limit);
    windowMs = std::max(1, windowMs);
    const bool globalExempt = scope != BucketScope::Normal;
    if (scope == BucketScope::Interaction) {
        // interaction callbacks: not bound by the bot's buckets; nothing is kept
        d.limit = limit;
        d.remaining = limit - 1;
        d.resetAfter = windowMs / 1000.0;
        d.resetAt = (wallMs + windowMs) / 1000.0;
        return d;
    }

    QByteArray key;
    key.reserve(bucketHash.size() + major.size() + identity.size() + 2);
    key.append(bucketHash).append(':').append(major).append(':').append(identity);
    if (m_buckets.size() >= m_pruneAt && !m_buckets.contains(key))
        prune(nowMs);
    Window &w = m_buckets[key];
    if (w.count == 0 || nowMs - w.start >= windowMs) {
        w.start = nowMs;
        w.count = 0;
    }
    const qint64 resetInMs = std::max<qint64>(0, w.start + windowMs - nowMs);

    // the global limit first: a global 429 does not consume the route bucket
    if (m_options.enabled && !globalExempt && m_options.globalLimit > 0) {
        Window &g = m_global[identity];
        if (g.count == 0 || nowMs - g.start >= m_options.globalWindowMs) {
            g.start = nowMs;
            g.count = 0;
        }
        if (g.count >= m_options.globalLimit) {
            d.limited = true;
            d.global = true;
            d.retryAfter = std::max<qint64>(1, g.start + m_options.globalWindowMs - nowMs) / 1000.0;
        } else {
            ++g.count;
        }
    }

    d.limit = limit;
    if (!d.limited && m_options.enabled && w.count >= limit) {
        d.limited = true;
        d.retryAfter = std::max<qint64>(1, resetInMs) / 1000.0;
    } else if (!d.limited) {
        ++w.count;
    }
    d.remaining = std::max(0, limit - w.count);
    d.resetAfter = resetInMs / 1000.0;
    d.resetAt = (wallMs + resetInMs) / 1000.0;
    return d;
}

void RateLimiter::prune(qint64 nowMs)
{
    // A bucket whose window has passed is full again: forgetting it changes nothing. Webhook buckets (one per
    // interaction token) would otherwise grow without bound under a flood of interactions.
    int longest = std::max(1, m_options.routeWindowMs);
    for (const auto &limit : std::as_const(m_routeLimits))
        longest = std::max(longest, limit.second);
    m_buckets.removeIf(
        [&](const QHash<QByteArray, Window>::iterator &it) { return nowMs - it.value().start >= longest; });
    m_pruneAt = std::max<qsizetype>(4096, m_buckets.size() * 2);
}

} // namespace bw::sandbox
