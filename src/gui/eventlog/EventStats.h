#pragma once
// EventStats: per-second figures of the last five minutes for the event log's charts: events by
// category, interaction response times (p50/p99) and heartbeat latency per shard.

#include "store/EventRecord.h"

#include <QList>
#include <QMap>
#include <QPointF>

#include <array>
#include <deque>
#include <vector>

namespace bw::gui {

class EventStats
{
public:
    static constexpr int kWindowSeconds = 300;

    void add(const store::EventRecord &record);
    void addBatch(const QList<store::EventRecord> &batch);
    void clear();

    /// Points (x = seconds relative to nowMs, from -300 to 0; y = value) for the charts.
    QList<QPointF> ratePoints(store::EventCategory category, qint64 nowMs) const;
    /// Interaction response time percentile (0..1) per second with interactions.
    QList<QPointF> responsePoints(double percentile, qint64 nowMs) const;
    /// Heartbeat latency per shard (one point per ACK).
    QMap<int, QList<QPointF>> heartbeatPoints(qint64 nowMs) const;
    /// The largest rate of any category in the window (for the axis).
    int maxRate(qint64 nowMs) const;

    /// p-th percentile of values (nearest rank); -1 for none.
    static qint64 percentile(std::vector<qint64> values, double p);

private:
    struct Second
    {
        qint64 second = 0; // ms since epoch / 1000
        std::array<int, store::kEventCategoryCount> counts {};
        std::vector<qint64> responseMs;
    };
    Second &bucket(qint64 second);
    void trim(qint64 nowSecond);

    std::deque<Second> m_seconds; // ascending
    struct Beat
    {
        qint64 tsMs;
        int shard;
        qint64 ms;
    };
    std::deque<Beat> m_beats;
};

} // namespace bw::gui
