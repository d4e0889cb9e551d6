#include "discord/IdentifyScheduler.h"

#include <algorithm>

namespace bw::discord {

IdentifyScheduler::IdentifyScheduler(const Clock *clock, int maxConcurrency, qint64 intervalMs)
    : m_clock(clock), m_maxConcurrency(qMax(1, maxConcurrency)), m_intervalMs(intervalMs)
{ }

void IdentifyScheduler::setMaxConcurrency(int maxConcurrency)
{
    const int mc = qMax(1, maxConcurrency);
    if (mc == m_maxConcurrency)
        return;
    QList<int> all;
    for (const QList<int> &q : std::as_const(m_queues))
        all += q;
    std::sort(all.begin(), all.end());
    m_queues.clear();
    m_lastIdentify.clear();
    m_maxConcurrency = mc;
    for (int id : std::as_const(all))
        enqueue(id);
}

void IdentifyScheduler::enqueue(int shardId)
{
    if (isQueued(shardId))
        return;
    m_queues[bucketOf(shardId)].append(shardId);
}

void IdentifyScheduler::remove(int shardId)
{
    auto it = m_queues.find(bucketOf(shardId));
    if (it != m_queues.end())
        it->removeAll(shardId);
}

bool IdentifyScheduler::isQueued(int shardId) const
{
    const auto it = m_queues.constFind(bucketOf(shardId));
    return it != m_queues.cend() && it->contains(shardId);
}

bool IdentifyScheduler::isEmpty() const
{
    return std::all_of(m_queues.cbegin(), m_queues.cend(), [](const QList<int> &q) { return q.isEmpty(); });
}

QList<int> IdentifyScheduler::takeReady()
{
    const qint64 now = m_clock->monotonicMs();
    QList<int> out;
    for (int bucket = 0; bucket < m_maxConcurrency; ++bucket) {
        auto it = m_queues.find(bucket);
        if (it == m_queues.end() || it->isEmpty())
            continue;
        const auto last = m_lastIdentify.constFind(bucket);
        if (last != m_lastIdentify.cend() && now - *last < m_intervalMs)
            continue;
        out.append(it->takeFirst());
        m_lastIdentify[bucket] = now;
    }
    return out;
}

qint64 IdentifyScheduler::msUntilNext() const
{
    const qint64 now = m_clock->monotonicMs();
    qint64 best = -1;
    for (auto it = m_queues.cbegin(); it != m_queues.cend(); ++it) {
        if (it->isEmpty())
            continue;
        const auto last = m_lastIdentify.constFind(it.key());
        const qint64 wait = last == m_lastIdentify.cend() ? 0 : qMax<qint64>(0, *last + m_intervalMs - now);
        if (best < 0 || wait < best)
            best = wait;
    }
    return best;
}

} // namespace bw::discord
