#include "bot/GuildCache.h"

#include <QJsonArray>

#include <algorithm>

namespace bw {

namespace {

using discord::EventType;

ChannelInfo channelFromJson(const QJsonObject &o, const QString &guildId)
{
    ChannelInfo c;
    c.id = o.value(QLatin1StringView("id")).toString();
    c.guildId = o.value(QLatin1StringView("guild_id")).toString(guildId);
    c.name = o.value(QLatin1StringView("name")).toString();
    c.type = o.value(QLatin1StringView("type")).toInt();
    c.position = o.value(QLatin1StringView("position")).toInt();
    c.parentId = o.value(QLatin1StringView("parent_id")).toString();
    return c;
}

void sortChannels(QList<ChannelInfo> &channels)
{
    std::stable_sort(channels.begin(), channels.end(), [](const ChannelInfo &a, const ChannelInfo &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
}

} // namespace

bool GuildCache::apply(const discord::GatewayEvent &event)
{
    const QJsonObject &d = event.data;
    switch (event.type) {
    case EventType::GuildCreate:
    case EventType::GuildUpdate: {
        const QString id = d.value(QLatin1StringView("id")).toString();
        if (id.isEmpty())
            return false;
        GuildInfo &g = m_guilds[id];
        g.id = id;
        if (d.contains(QLatin1StringView("name")))
            g.name = d.value(QLatin1StringView("name")).toString();
        g.unavailable = d.value(QLatin1StringView("unavailable")).toBool(false);
        if (d.contains(QLatin1StringView("channels"))) { // GUILD_UPDATE carries no channels
            g.channels.clear();
            for (const QJsonValue &v : d.value(QLatin1StringView("channels")).toArray())
                g.channels.append(channelFromJson(v.toObject(), id));
            sortChannels(g.channels);
        }
        return true;
    }
    case EventType::GuildDelete: {
        const QString id = d.value(QLatin1StringView("id")).toString();
        if (d.value(QLatin1StringView("unavailable")).toBool(false)) { // an outage, not a removal
            auto it = m_guilds.find(id);
            if (it == m_guilds.end())
                return false;
            it->unavailable = true;
            return true;
        }
        return m_guilds.remove(id) > 0;
    }
    case EventType::ChannelCreate:
    case EventType::ChannelUpdate: {
        const QString guildId = d.value(QLatin1StringView("guild_id")).toString();
        if (!m_guilds.contains(guildId))
            return false;
        upsertChannel(d, guildId);
        return true;
    }
    case EventType::ChannelDelete: {
        auto it = m_guilds.find(d.value(QLatin1StringView("guild_id")).toString());
        if (it == m_guilds.end())
            return false;
        const QString id = d.value(QLatin1StringView("id")).toString();
        return it->channels.removeIf([&](const ChannelInfo &c) { return c.id == id; }) > 0;
    }
    default:
        return false;
    }
}

void GuildCache::upsertChannel(const QJsonObject &channel, const QString &guildId)
{
    GuildInfo &g = m_guilds[guildId];
    ChannelInfo info = channelFromJson(channel, guildId);
    auto it = std::find_if(g.channels.begin(), g.channels.end(),
                           [&](const ChannelInfo &c) { return c.id == info.id; });
    if (it != g.channels.end())
        *it = std::move(info);
    else
        g.channels.append(std::move(info));
    sortChannels(g.channels);
}

QList<GuildInfo> GuildCache::snapshot() const
{
    return m_guilds.values();
}

const GuildInfo *GuildCache::guild(const QString &id) const
{
    const auto it = m_guilds.constFind(id);
    return it == m_guilds.constEnd() ? nullptr : &*it;
}

const ChannelInfo *GuildCache::channel(const QString &id) const
{
    for (const GuildInfo &g : m_guilds) {
        for (const ChannelInfo &c : g.channels) {
            if (c.id == id)
                return &c;
        }
    }
    return nullptr;
}

} // namespace bw
