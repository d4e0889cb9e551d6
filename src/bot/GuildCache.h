#pragma once
// GuildCache: the guilds and channels the bot can see, fed by GUILD_CREATE/UPDATE/DELETE and
// CHANNEL_CREATE/UPDATE/DELETE; panels read snapshots of it (pick a channel to send to, ...).

#include "discord/GatewayPayload.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace bw {

struct ChannelInfo
{
    QString id;
    QString guildId;
    QString name;
    int type = 0; // Discord channel type (0 text, 2 voice, 4 category, ...)
    int position = 0;
    QString parentId;
};

struct GuildInfo
{
    QString id;
    QString name;
    bool unavailable = false;
    QList<ChannelInfo> channels; // sorted by position
};

class GuildCache
{
public:
    /// Applies one dispatch; returns true when the cache changed.
    bool apply(const discord::GatewayEvent &event);
    void clear() { m_guilds.clear(); }

    QList<GuildInfo> snapshot() const;
    const GuildInfo *guild(const QString &id) const;
    const ChannelInfo *channel(const QString &id) const;

private:
    void upsertChannel(const QJsonObject &channel, const QString &guildId);

    QMap<QString, GuildInfo> m_guilds;
};

} // namespace bw

Q_DECLARE_METATYPE(bw::GuildInfo)
