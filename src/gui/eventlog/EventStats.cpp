#include "gui/eventlog/EventStats.h"

#include <algorithm>
#include <cmath>

namespace bw::gui {

EventStats::Second &EventStats::bucket(qint64 second)
{
    if (m_seconds.empty() || m_seconds.back().second < second) {
        m_seconds.push_back(Second {second, {}, {}});
        trim(second);
        return m_seconds.back();
    }
    // Late record (clocks of REST entries may lag a little): find its second.
    for (auto it = m_seconds.rbegin(); it != m_seconds.rend(); ++it) {
        if (it->second == second)
            return *it;
        if (it->second < second)
            break;
    }
    return m_seconds.back();
}

void EventStats::trim(qint64 nowSecond)
{
    while (!m_seconds.empty() && m_seconds.front().second <= nowSecond - kWindowSeconds)
        m_seconds.pop_front();
    while (!m_beats.empty() && m_beats.front().tsMs / 1000 <= nowSecond - kWindowSeconds)
        m_beats.pop_front();
}

void EventStats::add(const store::EventRecord &r)
{
    const store::EventCategory category = store::categoryOfKind(r.kind);
    Second &s = bucket(r.tsMs / 1000);
    ++s.counts[size_t(category)];
    if (category == store::EventCategory::Interaction && r.durationMs >= 0)
        s.responseMs.push_back(r.durationMs);
    if (category == store::EventCategory::Gateway && r.durationMs >= 0
        && r.kind == QLatin1StringView("gateway.heartbeat-ack"))
        m_beats.push_back(Beat {r.tsMs, r.shard, r.durationMs});
}

void EventStats::addBatch(const QList<store::EventRecord> &batch)
{
    for (const store::EventRecord &r : batch)
        add(r);
}

void EventStats::clear()
{
    m_seconds.clear();
    m_beats.clear();
}

qint64 EventStats::percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return -1;
    const size_t rank = size_t(std::ceil(p * double(values.size())));
    const size_t index = rank == 0 ? 0 : std::min(values.size() - 1, rank - 1);
    std::nth_element(values.begin(), values.begin() + qptrdiff(index), values.end());
    return values[index];
}

QList<QPointF> EventStats::ratePoints(store::EventCategory category, qint64 nowMs) const
{
    const qint64 now = nowMs / 1000;
    QList<QPointF> points;
    points.reserve(kWindowSeconds + 1);
    auto it = m_seconds.begin();
    for (qint64 s = now - kWindowSeconds; s <= now; ++s) {
        while (it != m_seconds.end() && it->second < s)
            ++it;
        const int count = (it != m_seconds.end() && it->second == s) ? it->counts[size_t(category)] : 0;
        points.append(QPointF(double(s - now), count));
    }
    return points;
}

QList<QPointF> EventStats::responsePoints(double p, qint64 nowMs) const
{
    const qint64 now = nowMs / 1000;
    QList<QPointF> points;
    for (const Second &s : m_seconds) {
        if (s.second < now - kWindowSeconds || s.responseMs.empty())
            continue;
        points.append(QPointF(double(s.second - now), double(percentile(s.responseMs, p))));
    }
    return points;
}

QMap<int, QList<QPointF>> EventStats::heartbeatPoints(qint64 nowMs) const
{
    QMap<int, QList<QPointF>> out;
    for (const Beat &b : m_beats) {
        if (b.tsMs < nowMs - kWindowSeconds * 1000)
            continue;
        out[b.shard].append(QPointF(double(b.tsMs - nowMs) / 1000.0, double(b.ms)));
    }
    return out;
}

int EventStats::maxRate(qint64 nowMs) const
{
    const qint64 now = nowMs / 1000;
    int max = 0;
    for (const Second &s : m_seconds) {
        if (s.second < now - kWindowSeconds)
            continue;
        for (int c : s.counts)
            max = std::max(max, c);
    }
    return max;
}

} // namespace bw::gui
