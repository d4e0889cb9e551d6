#include "bot/eventlog/EventLogWriter.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "store/EventStore.h"

namespace bw {

namespace {
constexpr qint64 kPurgeEveryMs = 3600 * 1000;
}

EventLogWriter::EventLogWriter(store::Database &db, qint64 retentionMs, const Clock *clock)
    : m_db(db), m_retentionMs(retentionMs), m_clock(clock ? clock : Clock::system())
{
    m_thread.setObjectName(QStringLiteral("eventlog-writer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_context, [this] { purgeIfDue(); }, Qt::QueuedConnection);
}

EventLogWriter::~EventLogWriter()
{
    drain();
    m_thread.quit();
    m_thread.wait();
}

void EventLogWriter::enqueue(QList<store::EventRecord> batch)
{
    if (batch.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_context, [this, batch = std::move(batch)] { write(batch); }, Qt::QueuedConnection);
}

void EventLogWriter::drain()
{
    if (QThread::currentThread() == &m_thread || !m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_context, [] {}, Qt::BlockingQueuedConnection);
}

void EventLogWriter::write(const QList<store::EventRecord> &batch)
{
    store::EventStore store(m_db);
    if (auto done = store.insertBatch(batch); !done) {
        m_failed += batch.size();
        qCWarning(lcStore) << "event log:" << done.error().toString();
    } else {
        m_written += batch.size();
    }
    purgeIfDue();
}

void EventLogWriter::purgeIfDue()
{
    if (m_retentionMs <= 0)
        return;
    const qint64 mono = m_clock->monotonicMs();
    if (m_lastPurgeMono >= 0 && mono - m_lastPurgeMono < kPurgeEveryMs)
        return;
    m_lastPurgeMono = mono;
    store::EventStore store(m_db);
    const auto purged = store.purgeOlderThan(m_clock->now().toMSecsSinceEpoch() - m_retentionMs);
    if (!purged)
        qCWarning(lcStore) << "event log:" << purged.error().toString();
    else
        m_purged += purged.value();
}

} // namespace bw
