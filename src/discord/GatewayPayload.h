#pragma once
// Gateway payloads: opcodes, typed dispatch events, control events for the event log, and the fast
// decoder that turns one JSON payload into a GatewayPayload without copying the raw bytes.

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>

namespace bw::discord {

enum class Opcode : int {
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    PresenceUpdate = 3,
    VoiceStateUpdate = 4,
    Resume = 6,
    Reconnect = 7,
    RequestGuildMembers = 8,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
};

/// The dispatch types the bot reacts to; everything else is Other (its name is kept in GatewayEvent::name).
enum class EventType : quint8 {
    Other,
    Ready,
    Resumed,
    GuildCreate,
    GuildUpdate,
    GuildDelete,
    ChannelCreate,
    ChannelUpdate,
    ChannelDelete,
    MessageCreate,
    MessageUpdate,
    MessageDelete,
    InteractionCreate,
    GuildMemberAdd,
    GuildMemberUpdate,
    GuildMemberRemove,
};

EventType eventTypeFromName(QStringView name);
/// Discord's name of a type ("MESSAGE_CREATE"); "OTHER" for Other.
QString eventTypeName(EventType type);

/// Which transport compression a shard asks for.
enum class Compression : quint8 { None, ZlibStream, ZstdStream };
QString compressionQueryValue(Compression c); // "" / "zlib-stream" / "zstd-stream"

/// One decoded gateway payload {op, d, s, t}.
struct GatewayPayload
{
    int op = -1;
    QJsonValue d;
    qint64 seq = -1; // -1 when s is null or absent
    QString t; // empty unless op 0
    QByteArray raw; // the JSON bytes as received (implicitly shared, not copied)
};

/// Parses one JSON payload. A payload that is not a JSON object with an integer "op" is an error.
Result<GatewayPayload> decodeGatewayPayload(const QByteArray &json);

/// Splits bytes holding several JSON objects one after the other ("{...}{...}", as a zlib-stream frame
/// with two flushed payloads inflates to) into one QByteArray per object. Whitespace between them is
/// skipped; anything that is not a sequence of objects gives an empty list.
QList<QByteArray> splitJsonObjects(const QByteArray &bytes);

/// A dispatch (op 0) as delivered to the bot.
struct GatewayEvent
{
    EventType type = EventType::Other;
    QString name; // "MESSAGE_CREATE", also for Other
    qint64 seq = -1;
    int shardId = 0;
    QJsonObject data; // "d"
    QByteArray raw; // the whole payload JSON, for the event log
};

/// Connection-level happenings, for the event log and status displays.
struct GatewayControlEvent
{
    enum class Kind : quint8 {
        Connecting, // opening a socket (detail: url without token)
        Hello, // value: heartbeat interval ms
        HeartbeatSent, // value: seq sent (-1 for null)
        HeartbeatAck, // value: latency ms
        Identify,
        Resume, // value: seq resumed from
        ReconnectRequested, // op 7
        InvalidSession, // value: 1 resumable, 0 not
        Zombie, // no ACK for the previous heartbeat
        ClockJump, // wall clock jumped against the monotonic clock (sleep/wake); value: jump ms
        Closed, // code + reason
        ReconnectScheduled, // value: delay ms; detail: "resume" or "identify"
        DecodeError, // detail: what failed
        SendRefused, // detail: why (too large, not connected)
        Fatal, // non-retryable close; reason: user-readable message
    };
    Kind kind = Kind::Connecting;
    int shardId = 0;
    qint64 value = -1;
    int closeCode = 0;
    QString reason;
    QString detail;
};
QString controlKindName(GatewayControlEvent::Kind kind);

/// Turns a decoded dispatch into the event delivered to the bot (moves, no copies of the JSON).
GatewayEvent toGatewayEvent(GatewayPayload &&payload, int shardId);

} // namespace bw::discord

Q_DECLARE_METATYPE(bw::discord::GatewayEvent)
Q_DECLARE_METATYPE(bw::discord::GatewayControlEvent)
