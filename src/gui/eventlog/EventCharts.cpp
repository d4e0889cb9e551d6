#include "gui/eventlog/EventCharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace bw::gui {

namespace {
constexpr qint64 kDeadlineMs = 3000;

QString categoryLabel(store::EventCategory c)
{
    switch (c) {
    case store::EventCategory::Dispatch:
        return EventCharts::tr("Dispatches");
    case store::EventCategory::Gateway:
        return EventCharts::tr("Gateway");
    case store::EventCategory::Interaction:
        return EventCharts::tr("Interactions");
    case store::EventCategory::Rest:
        return EventCharts::tr("REST");
    case store::EventCategory::RateLimit:
        return EventCharts::tr("Rate limits");
    case store::EventCategory::Task:
        return EventCharts::tr("Tasks");
    case store::EventCategory::Error:
        return EventCharts::tr("Errors");
    }
    return {};
}
} // namespace

EventCharts::EventCharts(const EventStats *stats, QWidget *parent)
    : QWidget(parent), m_stats(stats), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("eventLogCharts"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_rateChart = new QChart;
    m_rateChart->setTitle(tr("Events per second"));
    QValueAxis *rateX = timeAxis(m_rateChart);
    m_rateY = new QValueAxis;
    m_rateY->setLabelFormat(QStringLiteral("%d"));
    m_rateY->setRange(0, 10);
    m_rateChart->addAxis(m_rateY, Qt::AlignLeft);
    for (int c = 0; c < store::kEventCategoryCount; ++c) {
        auto *series = new QLineSeries;
        series->setName(categoryLabel(store::EventCategory(c)));
        m_rateChart->addSeries(series);
        series->attachAxis(rateX);
        series->attachAxis(m_rateY);
        m_rate.insert(c, series);
    }
    layout->addWidget(makeView(m_rateChart, QStringLiteral("eventLogRateChart")));

    m_responseChart = new QChart;
    m_responseChart->setTitle(tr("Interaction response time (ms)"));
    QValueAxis *responseX = timeAxis(m_responseChart);
    m_responseY = new QValueAxis;
    m_responseY->setLabelFormat(QStringLiteral("%d"));
    m_responseY->setRange(0, kDeadlineMs * 1.1);
    m_responseChart->addAxis(m_responseY, Qt::AlignLeft);
    m_p50 = new QLineSeries;
    m_p50->setName(tr("p50"));
    m_p99 = new QLineSeries;
    m_p99->setName(tr("p99"));
    m_deadline = new QLineSeries;
    m_deadline->setName(tr("3 s deadline"));
    QPen pen(QColor(0xd0, 0x3a, 0x3a));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    m_deadline->setPen(pen);
    m_deadline->append(-EventStats::kWindowSeconds, kDeadlineMs);
    m_deadline->append(0, kDeadlineMs);
    for (QLineSeries *s : {m_p50, m_p99, m_deadline}) {
        m_responseChart->addSeries(s);
        s->attachAxis(responseX);
        s->attachAxis(m_responseY);
    }
    layout->addWidget(makeView(m_responseChart, QStringLiteral("eventLogResponseChart")));

    m_beatChart = new QChart;
    m_beatChart->setTitle(tr("Heartbeat latency per shard (ms)"));
    m_beatX = timeAxis(m_beatChart);
    m_beatY = new QValueAxis;
    m_beatY->setLabelFormat(QStringLiteral("%d"));
    m_beatY->setRange(0, 100);
    m_beatChart->addAxis(m_beatY, Qt::AlignLeft);
    layout->addWidget(makeView(m_beatChart, QStringLiteral("eventLogHeartbeatChart")));

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &EventCharts::refresh);
}

EventCharts::~EventCharts() = default;

QChartView *EventCharts::makeView(QChart *chart, const QString &objectName)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(font());
    chart->setMargins(QMargins(2, 2, 2, 2));
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 160);
    return view;
}

QValueAxis *EventCharts::timeAxis(QChart *chart)
{
    auto *axis = new QValueAxis;
    axis->setRange(-EventStats::kWindowSeconds, 0);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%ds"));
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

void EventCharts::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void EventCharts::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void EventCharts::refresh()
{
    const qint64 now = m_now();
    for (auto it = m_rate.cbegin(); it != m_rate.cend(); ++it)
        it.value()->replace(m_stats->ratePoints(store::EventCategory(it.key()), now));
    const int maxRate = m_stats->maxRate(now);
    m_rateY->setRange(0, qMax(10, int(maxRate * 1.15)));

    const QList<QPointF> p50 = m_stats->responsePoints(0.5, now);
    const QList<QPointF> p99 = m_stats->responsePoints(0.99, now);
    m_p50->replace(p50);
    m_p99->replace(p99);
    double maxResponse = kDeadlineMs * 1.1;
    for (const QPointF &p : p99)
        maxResponse = qMax(maxResponse, p.y() * 1.1);
    m_responseY->setRange(0, maxResponse);

    const QMap<int, QList<QPointF>> beats = m_stats->heartbeatPoints(now);
    double maxBeat = 50;
    for (auto it = beats.cbegin(); it != beats.cend(); ++it) {
        QLineSeries *series = m_beats.value(it.key());
        if (!series) {
            series = new QLineSeries;
            series->setName(tr("shard %1").arg(it.key()));
            series->setPointsVisible(true);
            m_beatChart->addSeries(series);
            series->attachAxis(m_beatX);
            series->attachAxis(m_beatY);
            m_beats.insert(it.key(), series);
        }
        series->replace(it.value());
        for (const QPointF &p : it.value())
            maxBeat = qMax(maxBeat, p.y() * 1.2);
    }
    m_beatY->setRange(0, maxBeat);
}

} // namespace bw::gui
