#pragma once
// EventLogWriter: writes event log batches to SQLite on a thread of its own (so the bot thread never
// waits for the disk) and deletes records older than the retention at start and then hourly.

#include "store/EventRecord.h"

#include <QList>
#include <QThread>

#include <atomic>
#include <memory>

namespace bw {
class Clock;
namespace store {
class Database;
}

class EventLogWriter final
{
public:
    /// `db` must outlive the writer; retentionMs <= 0 keeps everything.
    EventLogWriter(store::Database &db, qint64 retentionMs, const Clock *clock = nullptr);
    /// Writes what is still queued, then stops the thread.
    ~EventLogWriter();
    Q_DISABLE_COPY_MOVE(EventLogWriter)

    /// Queues one batch (one transaction); thread-safe, never blocks.
    void enqueue(QList<store::EventRecord> batch);
    /// Blocks until every batch queued before the call is written (tests, shutdown, export of the
    /// previous run).
    void drain();

    qint64 writtenCount() const { return m_written.load(); }
    qint64 failedCount() const { return m_failed.load(); }
    qint64 purgedCount() const { return m_purged.load(); }

private:
    void write(const QList<store::EventRecord> &batch);
    void purgeIfDue();

    store::Database &m_db;
    qint64 m_retentionMs;
    const Clock *m_clock;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; queued work runs in its context
    qint64 m_lastPurgeMono = -1;
    std::atomic<qint64> m_written {0};
    std::atomic<qint64> m_failed {0};
    std::atomic<qint64> m_purged {0};
};

} // namespace bw
