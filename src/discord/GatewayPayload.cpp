#include "discord/GatewayPayload.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <array>

using namespace Qt::StringLiterals;

namespace bw::discord {

namespace {

struct NamedType
{
    QLatin1StringView name;
    EventType type;
};

constexpr std::array kTypes {
    NamedType {"READY"_L1, EventType::Ready},
    NamedType {"RESUMED"_L1, EventType::Resumed},
    NamedType {"GUILD_CREATE"_L1, EventType::GuildCreate},
    NamedType {"GUILD_UPDATE"_L1, EventType::GuildUpdate},
    NamedType {"GUILD_DELETE"_L1, EventType::GuildDelete},
    NamedType {"CHANNEL_CREATE"_L1, EventType::ChannelCreate},
    NamedType {"CHANNEL_UPDATE"_L1, EventType::ChannelUpdate},
    NamedType {"CHANNEL_DELETE"_L1, EventType::ChannelDelete},
    NamedType {"MESSAGE_CREATE"_L1, EventType::MessageCreate},
    NamedType {"MESSAGE_UPDATE"_L1, EventType::MessageUpdate},
    NamedType {"MESSAGE_DELETE"_L1, EventType::MessageDelete},
    NamedType {"INTERACTION_CREATE"_L1, EventType::InteractionCreate},
    NamedType {"GUILD_MEMBER_ADD"_L1, EventType::GuildMemberAdd},
    NamedType {"GUILD_MEMBER_UPDATE"_L1, EventType::GuildMemberUpdate},
    NamedType {"GUILD_MEMBER_REMOVE"_L1, EventType::GuildMemberRemove},
};

} // namespace

EventType eventTypeFromName(QStringView name)
{
    // Fifteen names: a linear scan comparing the length first is faster than hashing the string.
    for (const NamedType &n : kTypes) {
        if (n.name.size() == name.size() && QLatin1StringView(n.name) == name)
            return n.type;
    }
    return EventType::Other;
}

QString eventTypeName(EventType type)
{
    for (const NamedType &n : kTypes) {
        if (n.type == type)
            return QString(n.name);
    }
    return u"OTHER"_s;
}

QString compressionQueryValue(Compression c)
{
    switch (c) {
    case Compression::ZlibStream:
        return u"zlib-stream"_s;
    case Compression::ZstdStream:
        return u"zstd-stream"_s;
    case Compression::None:
        break;
    }
    return {};
}

Result<GatewayPayload> decodeGatewayPayload(const QByteArray &json)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        return Error::make(
            Error::Kind::InvalidInput,
            u"Gateway payload is not valid JSON (%1 at byte %2)"_s.arg(perr.errorString()).arg(perr.offset));
    }
    if (!doc.isObject())
        return Error::make(Error::Kind::InvalidInput, u"Gateway payload is not a JSON object"_s);
    const QJsonObject obj = doc.object();
    const QJsonValue op = obj.value("op"_L1);
    if (!op.isDouble())
        return Error::make(Error::Kind::InvalidInput, u"Gateway payload has no integer \"op\""_s);

    GatewayPayload p;
    p.op = op.toInt(-1);
    p.d = obj.value("d"_L1);
    const QJsonValue s = obj.value("s"_L1);
    if (s.isDouble())
        p.seq = static_cast<qint64>(s.toDouble());
    const QJsonValue t = obj.value("t"_L1);
    if (t.isString())
        p.t = t.toString();
    p.raw = json;
    return p;
}

GatewayEvent toGatewayEvent(GatewayPayload &&p, int shardId)
{
    GatewayEvent ev;
    ev.type = eventTypeFromName(p.t);
    ev.name = std::move(p.t);
    ev.seq = p.seq;
    ev.shardId = shardId;
    ev.data = p.d.toObject();
    ev.raw = std::move(p.raw);
    return ev;
}

QList<QByteArray> splitJsonObjects(const QByteArray &bytes)
{
    QList<QByteArray> out;
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && (p[i] == ' ' || p[i] == '\n' || p[i] == '\r' || p[i] == '\t'))
            ++i;
        if (i == n)
            break;
        if (p[i] != '{')
            return {};
        const qsizetype start = i;
        int depth = 0;
        bool inString = false;
        for (; i < n; ++i) {
            const char c = p[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
                continue;
            }
            if (c == '"')
                inString = true;
            else if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                break;
        }
        if (i >= n)
            return {}; // unterminated
        ++i;
        out.append(bytes.mid(start, i - start));
    }
    return out;
}

QString controlKindName(GatewayControlEvent::Kind kind)
{
    using K = GatewayControlEvent::Kind;
    switch (kind) {
    case K::Connecting:
        return u"connecting"_s;
    case K::Hello:
        return u"hello"_s;
    case K::HeartbeatSent:
        return u"heartbeat"_s;
    case K::HeartbeatAck:
        return u"heartbeat-ack"_s;
    case K::Identify:
        return u"identify"_s;
    case K::Resume:
        return u"resume"_s;
    case K::ReconnectRequested:
        return u"reconnect-requested"_s;
    case K::InvalidSession:
        return u"invalid-session"_s;
    case K::Zombie:
        return u"zombie"_s;
    case K::ClockJump:
        return u"clock-jump"_s;
    case K::Closed:
        return u"closed"_s;
    case K::ReconnectScheduled:
        return u"reconnect"_s;
    case K::DecodeError:
        return u"decode-error"_s;
    case K::SendRefused:
        return u"send-refused"_s;
    case K::Fatal:
        return u"fatal"_s;
    }
    return {};
}

} // namespace bw::discord
