#pragma once
// SentMessageStore: the messages the designer sent with a view (bound or not), so the designer can list,
// update and delete them (table sent_messages, schema 4).

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bw::store {

class Database;

struct SentMessageRecord
{
    QString messageId; // snowflake as text; the key
    QString channelId;
    QString guildId; // empty in DMs
    qint64 viewId = 0;
    QDateTime sent;
};

class SentMessageStore
{
public:
    explicit SentMessageStore(Database &db);

    /// Records (or re-records) a sent message. NotFound when the view does not exist.
    Result<void> record(const SentMessageRecord &message);
    /// The messages sent with one view, oldest first.
    Result<QList<SentMessageRecord>> listByView(qint64 viewId) const;
    /// Forgets a message (after it was deleted). Not an error when it is unknown.
    Result<void> remove(const QString &messageId);

private:
    Database &m_db;
};

} // namespace bw::store
