#pragma once
// IdentifyScheduler: lets shards IDENTIFY within Discord's max_concurrency rule: one identify per bucket
// (shard_id % max_concurrency) per 5 s, shards of a bucket in the order they asked.

#include "core/Clock.h"

#include <QHash>
#include <QList>

namespace bw::discord {

class IdentifyScheduler
{
public:
    explicit IdentifyScheduler(const Clock *clock, int maxConcurrency = 1, qint64 intervalMs = 5'000);

    void setMaxConcurrency(int maxConcurrency);
    int maxConcurrency() const { return m_maxConcurrency; }
    int bucketOf(int shardId) const { return shardId % m_maxConcurrency; }

    /// A shard wants to identify; asking again while queued changes nothing.
    void enqueue(int shardId);
    /// A shard no longer wants to (it stopped or its connection dropped).
    void remove(int shardId);
    bool isQueued(int shardId) const;
    bool isEmpty() const;

    /// The shards that may identify now (at most one per bucket); their buckets are marked used.
    QList<int> takeReady();
    /// Milliseconds until takeReady() can give a shard; -1 when nothing is queued.
    qint64 msUntilNext() const;

private:
    const Clock *m_clock;
    int m_maxConcurrency;
    qint64 m_intervalMs;
    QHash<int, QList<int>> m_queues; // bucket -> shard ids in order
    QHash<int, qint64> m_lastIdentify; // bucket -> monotonic ms
};

} // namespace bw::discord
