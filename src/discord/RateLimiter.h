#pragma once
// RateLimiter: Discord's REST limits on our side. Buckets keyed by the learned X-RateLimit-Bucket hash (or
// the route template until one is known) plus the major parameter; the global 50/s; 429s with route,
// shared or global scope; a count of invalid (401/403/429) responses. Pure logic over an injected Clock.

#include "core/Clock.h"
#include "discord/Route.h"

#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace bw::discord {

/// The rate-limit headers of one response (absent headers stay unset).
struct RateLimitHeaders
{
    std::optional<int> limit;
    std::optional<int> remaining;
    std::optional<double> resetAfterSeconds;
    QString bucket;
    bool global = false; // X-RateLimit-Global present
    QString scope; // X-RateLimit-Scope: user / global / shared
    std::optional<double> retryAfterSeconds; // Retry-After
};

class RateLimiter
{
public:
    explicit RateLimiter(const Clock *clock, int globalPerSecond = 50);

    struct BucketState
    {
        int limit = -1; // -1 until a response told us
        int remaining = -1;
        qint64 resetAtMs = 0; // monotonic
    };

    struct Outcome
    {
        bool rateLimited = false; // the response was a 429
        bool global = false;
        QString scope;
        qint64 retryAfterMs = 0;
        QString bucket; // the bucket key after learning the hash
    };

    /// "<hash or METHOD template>:<major parameter>".
    QString bucketKey(const Route &route) const;
    /// How long to wait before this route may be sent (0 = now): empty bucket, global limit or a global 429.
    qint64 delayBeforeSend(const Route &route) const;
    /// The request is going out now.
    void onSend(const Route &route);
    /// A response arrived: learn the bucket hash, update its state, and handle a 429.
    /// bodyRetryAfter / bodyGlobal come from a 429's JSON body when present.
    Outcome onResponse(const Route &route, int httpStatus, const RateLimitHeaders &headers,
                       std::optional<double> bodyRetryAfter = std::nullopt, bool bodyGlobal = false);

    std::optional<BucketState> bucketState(const Route &route) const;
    /// Learned hash for a route template, empty when unknown.
    QString learnedHash(const Route &route) const { return m_hashes.value(route.routeKey()); }
    qint64 globalBlockedForMs() const;
    /// 401/403/429 (not shared) answers in the last 10 minutes; Discord bans an IP at 10,000.
    int invalidRequestCount() const;
    int globalPerSecond() const { return m_globalPerSecond; }

private:
    const Clock *m_clock;
    int m_globalPerSecond;
    QHash<QString, QString> m_hashes; // route key -> bucket hash
    QHash<QString, BucketState> m_buckets; // bucket key -> state
    mutable std::deque<qint64> m_globalSends; // monotonic ms of sends in the last second
    qint64 m_globalBlockedUntil = 0;
    mutable std::deque<qint64> m_invalid;
};

} // namespace bw::discord
