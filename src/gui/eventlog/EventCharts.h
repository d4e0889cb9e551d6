#pragma once
// EventCharts: three live Qt Charts over the last five minutes: events per second by kind, interaction
// response time (p50/p99) against Discord's 3-second deadline, and heartbeat latency per shard.

#include "gui/eventlog/EventStats.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace bw::gui {

class EventCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventCharts)

public:
    explicit EventCharts(const EventStats *stats, QWidget *parent = nullptr);
    ~EventCharts() override;

    /// Time source (tests); default: the wall clock.
    void setNow(std::function<qint64()> now) { m_now = std::move(now); }
    /// Redraws from the stats (also done every second while visible).
    void refresh();

    QLineSeries *rateSeries(store::EventCategory category) const { return m_rate.value(int(category)); }
    QLineSeries *p50Series() const { return m_p50; }
    QLineSeries *p99Series() const { return m_p99; }
    QList<QLineSeries *> heartbeatSeries() const { return m_beats.values(); }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QChartView *makeView(QChart *chart, const QString &objectName);
    QValueAxis *timeAxis(QChart *chart);

    const EventStats *m_stats;
    std::function<qint64()> m_now;
    QTimer m_timer;
    QChart *m_rateChart = nullptr;
    QChart *m_responseChart = nullptr;
    QChart *m_beatChart = nullptr;
    QMap<int, QLineSeries *> m_rate;
    QValueAxis *m_rateY = nullptr;
    QLineSeries *m_p50 = nullptr;
    QLineSeries *m_p99 = nullptr;
    QLineSeries *m_deadline = nullptr;
    QValueAxis *m_responseY = nullptr;
    QMap<int, QLineSeries *> m_beats;
    QValueAxis *m_beatX = nullptr;
    QValueAxis *m_beatY = nullptr;
};

} // namespace bw::gui
