#pragma once
// RateLimiter: Discord-style REST limits: per-route buckets counted per major parameter, and a global limit.

#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QHash>

namespace bw::sandbox {

struct RateLimitDecision
{
    bool limited = false;
    bool global = false;
    QByteArray bucket; // X-RateLimit-Bucket
    int limit = 0;
    int remaining = 0;
    double resetAfter = 0; // seconds
    double resetAt = 0; // epoch seconds
    double retryAfter = 0; // seconds, when limited
};

/// How a route is limited: Normal routes count in their bucket and in the global limit; Webhook routes
/// (token in the path) count in a bucket per webhook id + token but not globally; Interaction callbacks are
/// bound by neither and keep no state.
enum class BucketScope { Normal, Webhook, Interaction };

class RateLimiter
{
public:
    void configure(const RateLimitOptions &options) { m_options = options; }
    const RateLimitOptions &options() const { return m_options; }
    /// Overrides the limit of one route template ("POST /channels/{channel_id}/messages").
    void setRouteLimit(const QByteArray &routeKey, int limit, int windowMs);
    void clearRouteLimits() { m_routeLimits.clear(); }
    QHash<QByteArray, std::pair<int, int>> routeLimits() const { return m_routeLimits; }
    void reset()
    {
        m_buckets.clear();
        m_global.clear();
    }

    /// Counts one request. routeKey is "METHOD template", bucketHash its stable hash, major the major
    /// parameter value (with the token for webhook routes), identity the caller (token); nowMs monotonic,
    /// wallMs epoch.
    RateLimitDecision check(const QByteArray &routeKey, const QByteArray &bucketHash, QByteArrayView major,
                            const QByteArray &identity, BucketScope scope, qint64 nowMs, qint64 wallMs);
    /// How many bucket windows are kept (expired ones are pruned as the map grows).
    qsizetype bucketCount() const { return m_buckets.size(); }

    static QByteArray hashFor(const QByteArray &routeKey);

private:
    struct Window
    {
        qint64 start = 0;
        int count = 0;
    };
    RateLimitOptions m_options;
    QHash<QByteArray, std::pair<int, int>> m_routeLimits;
    QHash<QByteArray, Window> m_buckets;
    QHash<QByteArray, Window> m_global;
    qsizetype m_pruneAt = 4096;
    void prune(qint64 nowMs);
};

} // namespace bw::sandbox
