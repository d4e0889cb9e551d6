#pragma once
// EventRecord: one entry of the event log (a gateway event, an interaction, a REST call, an error).

#include <QByteArray>
#include <QString>

namespace bw::store {

struct EventRecord
{
    qint64 id = 0; // set when read back
    qint64 tsMs = 0; // milliseconds since the Unix epoch, UTC
    QString kind; // e.g. "INTERACTION_CREATE", "rest", "error"
    int shard = -1; // -1 = not shard-specific
    QString guildId;
    QString channelId;
    QString userId;
    QString key; // custom_id or command name
    QString summary; // one line for the log view
    QByteArray json; // raw payload (already redacted), may be empty
    bool isError = false;
};

} // namespace bw::store
