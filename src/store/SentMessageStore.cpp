#include "store/SentMessageStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace bw::store {

SentMessageStore::SentMessageStore(Database &db) : m_db(db) { }

Result<void> SentMessageStore::record(const SentMessageRecord &message)
{
    const QString what = QStringLiteral("Could not record the sent message %1").arg(message.messageId);
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("INSERT INTO sent_messages (message_id, channel_id, guild_id, "
                                             "view_id, sent) VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) "
                                             "DO UPDATE SET channel_id = excluded.channel_id, guild_id = "
                                             "excluded.guild_id, view_id = excluded.view_id"),
                              what);
    if (!query)
        return query.error();
    const QDateTime sent = message.sent.isValid() ? message.sent : m_db.clock().now();
    query->addBindValue(message.messageId);
    query->addBindValue(message.channelId);
    query->addBindValue(sql::notNull(message.guildId));
    query->addBindValue(message.viewId);
    query->addBindValue(sql::toMs(sent));
    if (!query->exec()) {
        if (sql::isForeignKeyViolation(query->lastError()))
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("There is no view with id %1.").arg(message.viewId));
        return sql::toError(query->lastError(), what);
    }
    return {};
}

Result<QList<SentMessageRecord>> SentMessageStore::listByView(qint64 viewId) const
{
    return sql::selectAll(
        m_db.connection(),
        QStringLiteral("SELECT message_id, channel_id, guild_id, view_id, sent FROM sent_messages "
                       "WHERE view_id = ? ORDER BY sent, message_id"),
        {viewId},
        [](const QSqlQuery &q) {
            SentMessageRecord r;
            r.messageId = q.value(0).toString();
            r.channelId = q.value(1).toString();
            r.guildId = q.value(2).toString();
            r.viewId = q.value(3).toLongLong();
            r.sent = sql::fromMs(q.value(4).toLongLong());
            return r;
        },
        QStringLiteral("Could not read the sent messages"));
}

Result<void> SentMessageStore::remove(const QString &messageId)
{
    const QString what = QStringLiteral("Could not forget the sent message %1").arg(messageId);
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("DELETE FROM sent_messages WHERE message_id = ?"), what);
    if (!query)
        return query.error();
    query->addBindValue(messageId);
    return sql::exec(*query, what);
}

} // namespace bw::store
