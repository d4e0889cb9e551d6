#include "store/EventStore.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace bw::store {

EventStore::EventStore(Database &db) : m_db(db) { }

Result<void> EventStore::insertBatch(const QList<EventRecord> &events)
{
    if (events.isEmpty())
        return {};
    const QString what = QStringLiteral("Could not write %1 event log records").arg(events.size());
    return m_db.transaction([&]() -> Result<void> {
        auto query = sql::prepare(
            m_db.connection(),
            QStringLiteral("INSERT INTO events (ts, kind, shard, guild_id, channel_id, user_id, "
                           "key, summary, json, is_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            what);
        if (!query)
            return query.error();
        for (const EventRecord &event : events) {
            query->bindValue(0, event.tsMs);
            query->bindValue(1, sql::notNull(event.kind));
            query->bindValue(2, event.shard);
            query->bindValue(3, sql::notNull(event.guildId));
            query->bindValue(4, sql::notNull(event.channelId));
            query->bindValue(5, sql::notNull(event.userId));
            query->bindValue(6, sql::notNull(event.key));
            query->bindValue(7, sql::notNull(event.summary));
            // Raw bytes as a BLOB: no UTF-16 round trip for the biggest column.
            query->bindValue(8, event.json.isNull() ? QByteArray("") : event.json);
            query->bindValue(9, event.isError ? 1 : 0);
            if (auto done = sql::exec(*query, what); !done)
                return done;
        }
        return {};
    });
}

Result<int> EventStore::purgeOlderThan(qint64 tsMs)
{
    const QString what = QStringLiteral("Could not purge old event log records");
    auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM events WHERE ts < ?"), what);
    if (!query)
        return query.error();
    query->addBindValue(tsMs);
    if (auto done = sql::exec(*query, what); !done)
        return done.error();
    return query->numRowsAffected();
}

Result<QList<EventRecord>> EventStore::range(qint64 fromMs, qint64 toMs, int limit) const
{
    const QString what = QStringLiteral("Could not read the event log");
    auto query = sql::prepare(
        m_db.connection(),
        QStringLiteral("SELECT id, ts, kind, shard, guild_id, channel_id, user_id, key, summary, "
                       "json, is_error FROM events WHERE ts >= ? AND ts <= ? "
                       "ORDER BY ts DESC, id DESC LIMIT ?"),
        what);
    if (!query)
        return query.error();
    query->addBindValue(fromMs);
    query->addBindValue(toMs);
    query->addBindValue(limit);
    if (auto done = sql::exec(*query, what); !done)
        return done.error();
    QList<EventRecord> events;
    while (query->next()) {
        EventRecord event;
        event.id = query->value(0).toLongLong();
        event.tsMs = query->value(1).toLongLong();
        event.kind = query->value(2).toString();
        event.shard = query->value(3).toInt();
        event.guildId = query->value(4).toString();
        event.channelId = query->value(5).toString();
        event.userId = query->value(6).toString();
        event.key = query->value(7).toString();
        event.summary = query->value(8).toString();
        event.json = query->value(9).toByteArray();
        event.isError = query->value(10).toInt() != 0;
        events.append(event);
    }
    if (query->lastError().isValid())
        return sql::toError(query->lastError(), what);
    return events;
}

Result<qint64> EventStore::count() const
{
    auto value = sql::scalar(m_db.connection(), QStringLiteral("SELECT COUNT(*) FROM events"),
                             QStringLiteral("Could not count the event log records"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

} // namespace bw::store
