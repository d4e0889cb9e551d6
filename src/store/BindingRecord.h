#pragma once
// BindingRecord: a sent message bound to a view, with the JSON state of that view instance.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bw::store {

struct BindingRecord
{
    QString messageId; // snowflake as text; the key
    QString channelId;
    QString guildId; // empty in DMs
    qint64 viewId = 0;
    QByteArray state = QByteArrayLiteral("{}"); // compact JSON text, parsed only by whoever needs it
    QDateTime created;
    QDateTime lastUsed;
    std::optional<QDateTime> deletedAt; // set = removed, kept as history

    bool isActive() const { return !deletedAt.has_value(); }
};

} // namespace bw::store
