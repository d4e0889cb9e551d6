#pragma once
// EventRecord: one entry of the event log (a gateway event, an interaction, a REST call, an error), and
// the categories the log groups kinds into.

#include <QByteArray>
#include <QString>

namespace bw::store {

struct EventRecord
{
    qint64 id = 0; // set when read back
    qint64 tsMs = 0; // milliseconds since the Unix epoch, UTC
    // The dispatch name for gateway dispatches ("MESSAGE_CREATE"), "gateway.<control>" for connection
    // events ("gateway.heartbeat-ack"), else one of "interaction", "rest", "ratelimit", "task", "error".
    QString kind;
    int shard = -1; // -1 = not shard-specific
    QString guildId;
    QString channelId;
    QString userId;
    QString key; // custom_id or command name (the interaction id for an interaction callback)
    QString summary; // one line for the log view
    // The payload (already redacted), may be empty. When durationMs >= 0 the JSON object starts with
    // {"duration_ms":N, which is how the duration survives the database (no column of its own).
    QByteArray json;
    bool isError = false;
    // Interaction: receipt -> callback accepted; REST: request duration; heartbeat ACK: latency.
    // -1 = none.
    qint64 durationMs = -1;
};

/// The groups of kinds the event log filters and charts by.
enum class EventCategory : quint8 {
    Dispatch, // gateway dispatch (MESSAGE_CREATE, INTERACTION_CREATE, ...)
    Gateway, // gateway control: hello, heartbeat, ack, resume, reconnect, close, ...
    Interaction, // an interaction with its outcome and response time
    Rest, // a REST request with its response
    RateLimit, // a REST request that hit a rate limit (429)
    Task, // a scheduled task run
    Error, // anything else that failed
};
inline constexpr int kEventCategoryCount = 7;

/// The category of a kind string (see EventRecord::kind).
EventCategory categoryOfKind(const QString &kind);
/// "dispatch", "gateway", "interaction", "rest", "ratelimit", "task", "error".
QString categoryName(EventCategory category);

/// The leading "duration_ms" of a record's JSON (see EventRecord::json), -1 when it has none.
qint64 durationFromJson(const QByteArray &json);

} // namespace bw::store
