#pragma once
// EventStore: the persistent event log: batched inserts, time-range queries, purging of old records.

#include "core/Result.h"
#include "store/EventRecord.h"

#include <QList>

namespace bw::store {

class Database;

class EventStore
{
public:
    explicit EventStore(Database &db);

    /// Inserts every record in one transaction with one prepared statement; all or nothing.
    Result<void> insertBatch(const QList<EventRecord> &events);
    /// Deletes records older than tsMs (ts < tsMs); returns how many.
    Result<int> purgeOlderThan(qint64 tsMs);
    /// Records with fromMs <= ts <= toMs, newest first, at most `limit`.
    Result<QList<EventRecord>> range(qint64 fromMs, qint64 toMs, int limit) const;
    /// The newest `limit` records with ts < beforeMs, oldest first (the log of earlier runs).
    Result<QList<EventRecord>> latestBefore(qint64 beforeMs, int limit) const;
    Result<qint64> count() const;

private:
    Database &m_db;
};

} // namespace bw::store
