#include "store/EventStore.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <algorithm>
#include <limits>

namespace bw::store {

EventCategory categoryOfKind(const QString &kind)
{
    if (kind.startsWith(QLatin1StringView("gateway.")))
        return EventCategory::Gateway;
    if (kind == QLatin1StringView("interaction"))
        return EventCategory::Interaction;
    if (kind == QLatin1StringView("rest"))
        return EventCategory::Rest;
    if (kind == QLatin1StringView("ratelimit"))
        return EventCategory::RateLimit;
    if (kind == QLatin1StringView("task"))
        return EventCategory::Task;
    if (kind == QLatin1StringView("error"))
        return EventCategory::Error;
    return EventCategory::Dispatch;
}

QString categoryName(EventCategory category)
{
    switch (category) {
    case EventCategory::Dispatch:
        return QStringLiteral("dispatch");
    case EventCategory::Gateway:
        return QStringLiteral("gateway");
    case EventCategory::Interaction:
        return QStringLiteral("interaction");
    case EventCategory::Rest:
        return QStringLiteral("rest");
    case EventCategory::RateLimit:
        return QStringLiteral("ratelimit");
    case EventCategory::Task:
        return QStringLiteral("task");
    case EventCategory::Error:
        return QStringLiteral("error");
    }
    return {};
}

qint64 durationFromJson(const QByteArray &json)
{
    static constexpr QByteArrayView prefix("{\"duration_ms\":");
    if (!json.startsWith(prefix))
        return -1;
    qint64 value = 0;
    bool any = false;
    for (qsizetype i = prefix.size(); i < json.size() && json.at(i) >= '0' && json.at(i) <= '9'; ++i) {
        value = value * 10 + (json.at(i) - '0');
        any = true;
    }
    return any ? value : -1;
}

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
        event.durationMs = durationFromJson(event.json);
        events.append(event);
    }
    if (query->lastError().isValid())
        return sql::toError(query->lastError(), what);
    return events;
}

Result<QList<EventRecord>> EventStore::latestBefore(qint64 beforeMs, int limit) const
{
    auto newestFirst = range(std::numeric_limits<qint64>::min(), beforeMs - 1, limit);
    if (!newestFirst)
        return newestFirst.error();
    QList<EventRecord> events = std::move(newestFirst).value();
    std::reverse(events.begin(), events.end());
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
