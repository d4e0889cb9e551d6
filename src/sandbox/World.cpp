#include "sandbox/World.h"

#include "core/Clock.h"

#include <QDateTime>

#include <algorithm>

namespace bw::sandbox {

namespace {

constexpr quint64 kDiscordEpochMs = 1420070400000ULL;
constexpr quint64 kAdministrator = 1ULL << 3;
constexpr quint64 kAllPermissions = (1ULL << 51) - 1;
// CREATE_INSTANT_INVITE, ADD_REACTIONS, VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ATTACH_FILES,
// READ_MESSAGE_HISTORY, USE_EXTERNAL_EMOJIS, CHANGE_NICKNAME, USE_APPLICATION_COMMANDS
constexpr quint64 kEveryonePermissions = (1ULL << 0) | (1ULL << 6) | (1ULL << 10) | (1ULL << 11)
    | (1ULL << 14) | (1ULL << 15) | (1ULL << 16) | (1ULL << 18) | (1ULL << 26) | (1ULL << 31);
// MANAGE_MESSAGES, KICK_MEMBERS, MANAGE_ROLES, MODERATE_MEMBERS
constexpr quint64 kModeratorPermissions = (1ULL << 13) | (1ULL << 1) | (1ULL << 28) | (1ULL << 40);

QString idString(quint64 id)
{
    return QString::number(id);
}

QJsonValue idOrNull(quint64 id)
{
    return id ? QJsonValue(QString::number(id)) : QJsonValue(QJsonValue::Null);
}

quint64 idFrom(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toULongLong();
    if (v.isDouble())
        return static_cast<quint64>(v.toDouble());
    return 0;
}

} // namespace

const Role *Guild::role(quint64 roleId) const
{
    for (const Role &r : roles) {
        if (r.id == roleId)
            return &r;
    }
    return nullptr;
}

Member *Guild::member(quint64 userId)
{
    for (Member &m : members) {
        if (m.userId == userId)
            return &m;
    }
    return nullptr;
}

const Member *Guild::member(quint64 userId) const
{
    return const_cast<Guild *>(this)->member(userId);
}

World::World(bw::Clock *clock) : m_clock(clock ? clock : bw::Clock::system()) { }

quint64 World::mint()
{
    const quint64 ms = static_cast<quint64>(m_clock->now().toMSecsSinceEpoch()) - kDiscordEpochMs;
    quint64 id = (ms << 22) | (quint64(1) << 17) | (quint64(1) << 12) | (m_increment++ & 0xfff);
    if (id <= m_lastId)
        id = m_lastId + 1;
    m_lastId = id;
    return id;
}

QString World::timestampNow() const
{
    const qint64 ms = m_clock->now().toMSecsSinceEpoch();
    const qint64 second = ms / 1000;
    if (second != m_tsSecond) {
        m_tsSecond = second;
        m_tsPrefix
            = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss."));
    }
    const int milli = int(ms % 1000);
    QString out = m_tsPrefix;
    out.reserve(m_tsPrefix.size() + 12);
    out.append(QChar(u'0' + milli / 100))
        .append(QChar(u'0' + (milli / 10) % 10))
        .append(QChar(u'0' + milli % 10));
    out.append(QLatin1StringView("000+00:00"));
    return out;
}

void World::makeDefault(const QString &botName)
{
    m_appName = botName;
    m_botUserId = addUser(botName, QString(), true);
    const quint64 alice = addUser(QStringLiteral("alice"), QStringLiteral("Alice"), false);
    const quint64 bob = addUser(QStringLiteral("bob"), QStringLiteral("Bob"), false);
    const quint64 guildId = addGuild(QStringLiteral("Sandbox"), alice);
    Guild &g = m_guilds[guildId];
    const quint64 modId = mint();
    g.roles.append(
        Role {modId, QStringLiteral("Moderator"), kModeratorPermissions, 1, 0x3498db, true, false, true});
    g.roles.append(Role {mint(), botName, kAdministrator, 2, 0, false, true, false});
    addChannel(guildId, QStringLiteral("general"));
    addChannel(guildId, QStringLiteral("support"));
    addMember(guildId, alice);
    addMember(guildId, bob);
    addMember(guildId, m_botUserId);
    g.member(alice)->roles.append(modId);
    g.member(m_botUserId)->roles.append(g.roles.last().id);
    touch();
}

quint64 World::addUser(const QString &username, const QString &globalName, bool bot, quint64 id)
{
    if (!id)
        id = mint();
    m_users.insert(id, User {id, username, globalName, bot});
    if (!m_userOrder.contains(id))
        m_userOrder.append(id);
    touch();
    return id;
}

quint64 World::addGuild(const QString &name, quint64 ownerId, quint64 id)
{
    if (!id)
        id = mint();
    Guild g;
    g.id = id;
    g.name = name;
    g.ownerId = ownerId;
    g.joinedAt = timestampNow();
    g.roles.append(Role {id, QStringLiteral("@everyone"), kEveryonePermissions, 0, 0, false, false, false});
    m_guilds.insert(id, g);
    m_guildOrder.append(id);
    touch();
    return id;
}

quint64 World::addChannel(quint64 guildId, const QString &name, int type, quint64 id)
{
    if (!id)
        id = mint();
    Guild *g = guild(guildId);
    Channel c;
    c.id = id;
    c.guildId = guildId;
    c.type = type;
    c.name = name;
    c.position = g ? int(g->channelIds.size()) : 0;
    m_channels.insert(id, c);
    if (g)
        g->channelIds.append(id);
    touch();
    return id;
}

void World::addMember(quint64 guildId, quint64 userId)
{
    Guild *g = guild(guildId);
    if (!g || g->member(userId))
        return;
    g->members.append(Member {userId, {}, QString(), timestampNow()});
    touch();
}

QString World::loadJson(const QJsonObject &world)
{
    m_users.clear();
    m_userJsonCache.clear();
    m_userOrder.clear();
    m_guilds.clear();
    m_guildOrder.clear();
    m_channels.clear();
    m_messages.clear();
    m_messageChannel.clear();
    m_commands.clear();

    const QJsonObject bot = world.value(QLatin1StringView("bot")).toObject();
    m_appName = bot.value(QLatin1StringView("username")).toString(QStringLiteral("Sandbox Bot"));
    m_botUserId = addUser(m_appName, QString(), true, idFrom(bot.value(QLatin1StringView("id"))));

    for (const QJsonValue &uv : world.value(QLatin1StringView("users")).toArray()) {
        const QJsonObject u = uv.toObject();
        const QString name = u.value(QLatin1StringView("username")).toString();
        if (name.isEmpty())
            return QStringLiteral("users: every user needs a username");
        addUser(name, u.value(QLatin1StringView("global_name")).toString(),
                u.value(QLatin1StringView("bot")).toBool(), idFrom(u.value(QLatin1StringView("id"))));
    }

    const QJsonArray guilds = world.value(QLatin1StringView("guilds")).toArray();
    for (const QJsonValue &gv : guilds) {
        const QJsonObject go = gv.toObject();
        const QString name = go.value(QLatin1StringView("name")).toString();
        if (name.isEmpty())
            return QStringLiteral("guilds: every guild needs a name");
        const User *owner = findUser(go.value(QLatin1StringView("owner")).toString());
        quint64 ownerId = owner ? owner->id : idFrom(go.value(QLatin1StringView("owner_id")));
        if (!ownerId)
            ownerId = m_userOrder.size() > 1 ? m_userOrder.at(1) : m_botUserId;
        const quint64 gid = addGuild(name, ownerId, idFrom(go.value(QLatin1StringView("id"))));
        Guild &g = m_guilds[gid];
        for (const QJsonValue &rv : go.value(QLatin1StringView("roles")).toArray()) {
            const QJsonObject r = rv.toObject();
            const QString rname = r.value(QLatin1StringView("name")).toString();
            if (rname == QLatin1StringView("@everyone")) {
                if (r.contains(QLatin1StringView("permissions")))
                    g.roles[0].permissions
                        = r.value(QLatin1StringView("permissions")).toString().toULongLong();
                continue;
            }
            Role role;
            role.id = idFrom(r.value(QLatin1StringView("id")));
            if (!role.id)
                role.id = mint();
            role.name = rname;
            role.permissions = r.value(QLatin1StringView("permissions")).toString().toULongLong();
            role.position = r.value(QLatin1StringView("position")).toInt(int(g.roles.size()));
            role.color = r.value(QLatin1StringView("color")).toInt();
            role.hoist = r.value(QLatin1StringView("hoist")).toBool();
            role.managed = r.value(QLatin1StringView("managed")).toBool();
            role.mentionable = r.value(QLatin1StringView("mentionable")).toBool();
            g.roles.append(role);
        }
        const QJsonArray channels = go.value(QLatin1StringView("channels")).toArray();
        for (const QJsonValue &cv : channels) {
            const QJsonObject c = cv.toObject();
            const quint64 cid = addChannel(gid, c.value(QLatin1StringView("name")).toString(),
                                           c.value(QLatin1StringView("type")).toInt(0),
                                           idFrom(c.value(QLatin1StringView("id"))));
            Channel &ch = m_channels[cid];
            ch.topic = c.value(QLatin1StringView("topic")).toString();
            ch.parentId = idFrom(c.value(QLatin1StringView("parent_id")));
            ch.lastMessageId = idFrom(c.value(QLatin1StringView("last_message_id")));
        }
        const QJsonValue membersValue = go.value(QLatin1StringView("members"));
        if (membersValue.isArray()) {
            for (const QJsonValue &mv : membersValue.toArray()) {
                QString key;
                QJsonArray roles;
                QString nick;
                if (mv.isObject()) {
                    const QJsonObject mo = mv.toObject();
                    key = mo.value(QLatin1StringView("user")).toString();
                    roles = mo.value(QLatin1StringView("roles")).toArray();
                    nick = mo.value(QLatin1StringView("nick")).toString();
                } else {
                    key = mv.toString();
                }
                const User *u = findUser(key);
                if (!u)
                    return QStringLiteral("guild %1: unknown member \"%2\"").arg(name, key);
                addMember(gid, u->id);
                Member *m = g.member(u->id);
                m->nick = nick;
                for (const QJsonValue &rv : roles) {
                    const QString rk = rv.toString();
                    for (const Role &r : std::as_const(g.roles)) {
                        if (r.name == rk || idString(r.id) == rk)
                            m->roles.append(r.id);
                    }
                }
            }
        } else {
            for (quint64 uid : std::as_const(m_userOrder))
                addMember(gid, uid);
        }
        addMember(gid, m_botUserId);
    }

    const QJsonObject messages = world.value(QLatin1StringView("messages")).toObject();
    for (auto it = messages.begin(); it != messages.end(); ++it) {
        const quint64 cid = it.key().toULongLong();
        for (const QJsonValue &mv : it.value().toArray())
            insertMessage(cid, mv.toObject());
    }
    const QJsonObject commands = world.value(QLatin1StringView("commands")).toObject();
    for (auto it = commands.begin(); it != commands.end(); ++it) {
        QList<QJsonObject> &list = m_commands[it.key().toULongLong()];
        for (const QJsonValue &cv : it.value().toArray())
            list.append(cv.toObject());
    }
    if (m_guildOrder.isEmpty())
        return QStringLiteral("the world has no guild");
    touch();
    return {};
}

QJsonObject World::toJson() const
{
    QJsonObject out;
    out.insert(QLatin1StringView("bot"),
               QJsonObject {{QLatin1StringView("id"), idString(m_botUserId)},
                            {QLatin1StringView("username"), m_appName}});
    QJsonArray users;
    for (quint64 id : m_userOrder) {
        if (id == m_botUserId)
            continue;
        const User &u = m_users[id];
        QJsonObject uo {{QLatin1StringView("id"), idString(id)}, {QLatin1StringView("username"), u.username}};
        if (!u.globalName.isEmpty())
            uo.insert(QLatin1StringView("global_name"), u.globalName);
        if (u.bot)
            uo.insert(QLatin1StringView("bot"), true);
        users.append(uo);
    }
    out.insert(QLatin1StringView("users"), users);
    QJsonArray guilds;
    for (quint64 gid : m_guildOrder) {
        const Guild &g = m_guilds[gid];
        QJsonObject go {{QLatin1StringView("id"), idString(gid)},
                        {QLatin1StringView("name"), g.name},
                        {QLatin1StringView("owner_id"), idString(g.ownerId)}};
        QJsonArray roles;
        for (const Role &r : g.roles) {
            QJsonObject ro = roleJson(r);
            roles.append(ro);
        }
        go.insert(QLatin1StringView("roles"), roles);
        QJsonArray channels;
        for (quint64 cid : g.channelIds) {
            const Channel &c = m_channels[cid];
            QJsonObject co {{QLatin1StringView("id"), idString(cid)},
                            {QLatin1StringView("name"), c.name},
                            {QLatin1StringView("type"), c.type}};
            if (!c.topic.isEmpty())
                co.insert(QLatin1StringView("topic"), c.topic);
            if (c.parentId)
                co.insert(QLatin1StringView("parent_id"), idString(c.parentId));
            if (c.lastMessageId)
                co.insert(QLatin1StringView("last_message_id"), idString(c.lastMessageId));
            channels.append(co);
        }
        go.insert(QLatin1StringView("channels"), channels);
        QJsonArray members;
        for (const Member &m : g.members) {
            QJsonArray roleIds;
            for (quint64 r : m.roles)
                roleIds.append(idString(r));
            QJsonObject mo {{QLatin1StringView("user"), idString(m.userId)},
                            {QLatin1StringView("roles"), roleIds}};
            if (!m.nick.isEmpty())
                mo.insert(QLatin1StringView("nick"), m.nick);
            members.append(mo);
        }
        go.insert(QLatin1StringView("members"), members);
        guilds.append(go);
    }
    out.insert(QLatin1StringView("guilds"), guilds);
    QJsonObject messages;
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        QJsonArray list;
        for (const QJsonObject &m : it.value())
            list.append(m);
        messages.insert(idString(it.key()), list);
    }
    out.insert(QLatin1StringView("messages"), messages);
    QJsonObject commands;
    for (auto it = m_commands.begin(); it != m_commands.end(); ++it) {
        QJsonArray list;
        for (const QJsonObject &c : it.value())
            list.append(c);
        commands.insert(idString(it.key()), list);
    }
    out.insert(QLatin1StringView("commands"), commands);
    return out;
}

const User *World::user(quint64 id) const
{
    auto it = m_users.constFind(id);
    return it == m_users.cend() ? nullptr : &it.value();
}

const User *World::findUser(const QString &key) const
{
    if (key.isEmpty())
        return nullptr;
    bool isNumber = false;
    const quint64 id = key.toULongLong(&isNumber);
    if (isNumber) {
        if (const User *u = user(id))
            return u;
    }
    for (quint64 uid : m_userOrder) {
        const User &u = m_users.constFind(uid).value();
        if (u.username.compare(key, Qt::CaseInsensitive) == 0
            || u.globalName.compare(key, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

Guild *World::guild(quint64 id)
{
    auto it = m_guilds.find(id);
    return it == m_guilds.end() ? nullptr : &it.value();
}

const Guild *World::guild(quint64 id) const
{
    auto it = m_guilds.constFind(id);
    return it == m_guilds.cend() ? nullptr : &it.value();
}

Channel *World::channel(quint64 id)
{
    auto it = m_channels.find(id);
    return it == m_channels.end() ? nullptr : &it.value();
}

const Channel *World::channel(quint64 id) const
{
    auto it = m_channels.constFind(id);
    return it == m_channels.cend() ? nullptr : &it.value();
}

QList<const User *> World::users() const
{
    QList<const User *> out;
    for (quint64 id : m_userOrder)
        out.append(&m_users.find(id).value());
    return out;
}

QJsonObject World::userJson(quint64 id) const
{
    auto cached = m_userJsonCache.constFind(id);
    if (cached != m_userJsonCache.cend())
        return cached.value();
    const User *u = user(id);
    if (!u)
        return {};
    QJsonObject o = userJson(*u);
    m_userJsonCache.insert(id, o);
    return o;
}

QJsonObject World::userJson(const User &u) const
{
    QJsonObject o {{QLatin1StringView("id"), idString(u.id)},
                   {QLatin1StringView("username"), u.username},
                   {QLatin1StringView("discriminator"), QStringLiteral("0")},
                   {QLatin1StringView("global_name"),
                    u.globalName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.globalName)},
                   {QLatin1StringView("avatar"), QJsonValue::Null},
                   {QLatin1StringView("public_flags"), 0},
                   {QLatin1StringView("flags"), 0}};
    if (u.bot)
        o.insert(QLatin1StringView("bot"), true);
    return o;
}

QJsonObject World::roleJson(const Role &r) const
{
    return QJsonObject {{QLatin1StringView("id"), idString(r.id)},
                        {QLatin1StringView("name"), r.name},
                        {QLatin1StringView("permissions"), QString::number(r.permissions)},
                        {QLatin1StringView("position"), r.position},
                        {QLatin1StringView("color"), r.color},
                        {QLatin1StringView("colors"),
                         QJsonObject {{QLatin1StringView("primary_color"), r.color},
                                      {QLatin1StringView("secondary_color"), QJsonValue::Null},
                                      {QLatin1StringView("tertiary_color"), QJsonValue::Null}}},
                        {QLatin1StringView("hoist"), r.hoist},
                        {QLatin1StringView("managed"), r.managed},
                        {QLatin1StringView("mentionable"), r.mentionable},
                        {QLatin1StringView("icon"), QJsonValue::Null},
                        {QLatin1StringView("unicode_emoji"), QJsonValue::Null},
                        {QLatin1StringView("flags"), 0}};
}

QJsonObject World::channelJson(const Channel &c) const
{
    QJsonObject o {{QLatin1StringView("id"), idString(c.id)},
                   {QLatin1StringView("type"), c.type},
                   {QLatin1StringView("name"), c.name},
                   {QLatin1StringView("position"), c.position},
                   {QLatin1StringView("permission_overwrites"), QJsonArray()},
                   {QLatin1StringView("parent_id"), idOrNull(c.parentId)},
                   {QLatin1StringView("nsfw"), false},
                   {QLatin1StringView("flags"), 0}};
    if (c.guildId)
        o.insert(QLatin1StringView("guild_id"), idString(c.guildId));
    if (c.type == 0 || c.type == 5) {
        o.insert(QLatin1StringView("topic"),
                 c.topic.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.topic));
        o.insert(QLatin1StringView("rate_limit_per_user"), 0);
        o.insert(QLatin1StringView("last_message_id"), idOrNull(c.lastMessageId));
    }
    return o;
}

QJsonObject World::memberJson(quint64 guildId, quint64 userId, bool withUser) const
{
    const Guild *g = guild(guildId);
    const Member *m = g ? g->member(userId) : nullptr;
    if (!m)
        return {};
    QJsonArray roles;
    for (quint64 r : m->roles)
        roles.append(idString(r));
    QJsonObject o {
        {QLatin1StringView("roles"), roles},
        {QLatin1StringView("nick"), m->nick.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m->nick)},
        {QLatin1StringView("avatar"), QJsonValue::Null},
        {QLatin1StringView("joined_at"), m->joinedAt},
        {QLatin1StringView("premium_since"), QJsonValue::Null},
        {QLatin1StringView("deaf"), false},
        {QLatin1StringView("mute"), false},
        {QLatin1StringView("pending"), false},
        {QLatin1StringView("flags"), 0},
        {QLatin1StringView("communication_disabled_until"), QJsonValue::Null}};
    if (withUser)
        o.insert(QLatin1StringView("user"), userJson(userId));
    return o;
}

QString World::permissionsOf(quint64 guildId, quint64 userId) const
{
    const Guild *g = guild(guildId);
    if (!g)
        return QStringLiteral("0");
    if (g->ownerId == userId)
        return QString::number(kAllPermissions);
    quint64 p = g->roles.isEmpty() ? 0 : g->roles.first().permissions;
    if (const Member *m = g->member(userId)) {
        for (quint64 rid : m->roles) {
            if (const Role *r = g->role(rid))
                p |= r->permissions;
        }
    }
    if (p & kAdministrator)
        p = kAllPermissions;
    return QString::number(p);
}

QJsonObject World::guildJson(quint64 guildId) const
{
    const Guild *g = guild(guildId);
    if (!g)
        return {};
    QJsonArray roles;
    for (const Role &r : g->roles)
        roles.append(roleJson(r));
    return QJsonObject {{QLatin1StringView("id"), idString(g->id)},
                        {QLatin1StringView("name"), g->name},
                        {QLatin1StringView("icon"), QJsonValue::Null},
                        {QLatin1StringView("splash"), QJsonValue::Null},
                        {QLatin1StringView("discovery_splash"), QJsonValue::Null},
                        {QLatin1StringView("banner"), QJsonValue::Null},
                        {QLatin1StringView("description"), QJsonValue::Null},
                        {QLatin1StringView("owner_id"), idString(g->ownerId)},
                        {QLatin1StringView("roles"), roles},
                        {QLatin1StringView("emojis"), QJsonArray()},
                        {QLatin1StringView("stickers"), QJsonArray()},
                        {QLatin1StringView("features"), QJsonArray()},
                        {QLatin1StringView("verification_level"), 0},
                        {QLatin1StringView("default_message_notifications"), 0},
                        {QLatin1StringView("explicit_content_filter"), 0},
                        {QLatin1StringView("mfa_level"), 0},
                        {QLatin1StringView("nsfw_level"), 0},
                        {QLatin1StringView("premium_tier"), 0},
                        {QLatin1StringView("premium_subscription_count"), 0},
                        {QLatin1StringView("preferred_locale"), QStringLiteral("en-US")},
                        {QLatin1StringView("system_channel_id"), QJsonValue::Null},
                        {QLatin1StringView("system_channel_flags"), 0},
                        {QLatin1StringView("rules_channel_id"), QJsonValue::Null},
                        {QLatin1StringView("public_updates_channel_id"), QJsonValue::Null},
                        {QLatin1StringView("safety_alerts_channel_id"), QJsonValue::Null},
                        {QLatin1StringView("afk_timeout"), 300},
                        {QLatin1StringView("afk_channel_id"), QJsonValue::Null},
                        {QLatin1StringView("application_id"), QJsonValue::Null},
                        {QLatin1StringView("vanity_url_code"), QJsonValue::Null},
                        {QLatin1StringView("max_members"), 500000},
                        {QLatin1StringView("premium_progress_bar_enabled"), false}};
}

QJsonObject World::guildCreateJson(quint64 guildId, bool allMembers) const
{
    const Guild *g = guild(guildId);
    if (!g)
        return {};
    QJsonObject o = guildJson(guildId);
    QJsonArray channels;
    for (quint64 cid : g->channelIds) {
        QJsonObject c = channelJson(m_channels[cid]);
        c.remove(QLatin1StringView("guild_id"));
        channels.append(c);
    }
    QJsonArray members;
    for (const Member &m : g->members) {
        if (allMembers || m.userId == m_botUserId)
            members.append(memberJson(guildId, m.userId));
    }
    o.insert(QLatin1StringView("channels"), channels);
    o.insert(QLatin1StringView("threads"), QJsonArray());
    o.insert(QLatin1StringView("members"), members);
    o.insert(QLatin1StringView("member_count"), int(g->members.size()));
    o.insert(QLatin1StringView("presences"), QJsonArray());
    o.insert(QLatin1StringView("voice_states"), QJsonArray());
    o.insert(QLatin1StringView("stage_instances"), QJsonArray());
    o.insert(QLatin1StringView("guild_scheduled_events"), QJsonArray());
    o.insert(QLatin1StringView("soundboard_sounds"), QJsonArray());
    o.insert(QLatin1StringView("joined_at"), g->joinedAt);
    o.insert(QLatin1StringView("large"), false);
    o.insert(QLatin1StringView("unavailable"), false);
    o.insert(QLatin1StringView("lazy"), true);
    return o;
}

QJsonObject *World::message(quint64 channelId, quint64 messageId)
{
    auto cit = m_messages.find(channelId);
    if (cit == m_messages.end())
        return nullptr;
    auto it = cit->find(messageId);
    return it == cit->end() ? nullptr : &it.value();
}

QJsonObject *World::message(quint64 messageId)
{
    const quint64 cid = m_messageChannel.value(messageId);
    return cid ? message(cid, messageId) : nullptr;
}

quint64 World::channelOfMessage(quint64 messageId) const
{
    return m_messageChannel.value(messageId);
}

QJsonObject &World::insertMessage(quint64 channelId, QJsonObject message)
{
    const quint64 id = idFrom(message.value(QLatin1StringView("id")));
    QMap<quint64, QJsonObject> &list = m_messages[channelId];
    auto it = list.insert(id, std::move(message));
    m_messageChannel.insert(id, channelId);
    if (Channel *c = channel(channelId))
        c->lastMessageId = std::max(c->lastMessageId, id);
    while (m_historyLimit > 0 && list.size() > m_historyLimit) {
        m_messageChannel.remove(list.firstKey());
        list.erase(list.begin());
    }
    touchMessages();
    it = list.find(id);
    return it.value();
}

bool World::removeMessage(quint64 channelId, quint64 messageId)
{
    auto cit = m_messages.find(channelId);
    if (cit == m_messages.end() || !cit->remove(messageId))
        return false;
    m_messageChannel.remove(messageId);
    touchMessages();
    return true;
}

QJsonArray World::messages(quint64 channelId, int limit, quint64 before, quint64 after, quint64 around) const
{
    QJsonArray out;
    auto cit = m_messages.constFind(channelId);
    if (cit == m_messages.cend())
        return out;
    const QMap<quint64, QJsonObject> &list = cit.value();
    if (around) {
        QList<QJsonObject> older, newer;
        const int half = limit / 2;
        for (auto it = list.lowerBound(around); it != list.cend() && newer.size() < limit - half; ++it)
            newer.append(it.value());
        auto it = list.lowerBound(around);
        while (it != list.cbegin() && older.size() < half) {
            --it;
            older.append(it.value());
        }
        for (auto i = newer.size() - 1; i >= 0; --i)
            out.append(newer.at(i));
        for (const QJsonObject &m : std::as_const(older))
            out.append(m);
        return out;
    }
    if (after) {
        QList<QJsonObject> picked;
        for (auto it = list.upperBound(after); it != list.cend() && picked.size() < limit; ++it)
            picked.append(it.value());
        for (auto i = picked.size() - 1; i >= 0; --i)
            out.append(picked.at(i));
        return out;
    }
    auto it = before ? list.lowerBound(before) : list.cend();
    while (it != list.cbegin() && out.size() < limit) {
        --it;
        out.append(it.value());
    }
    return out;
}

bool World::addMemberRole(quint64 guildId, quint64 userId, quint64 roleId)
{
    Guild *g = guild(guildId);
    Member *m = g ? g->member(userId) : nullptr;
    if (!m || !g->role(roleId))
        return false;
    if (!m->roles.contains(roleId) && roleId != guildId)
        m->roles.append(roleId);
    touch();
    return true;
}

bool World::removeMemberRole(quint64 guildId, quint64 userId, quint64 roleId)
{
    Guild *g = guild(guildId);
    Member *m = g ? g->member(userId) : nullptr;
    if (!m || !g->role(roleId))
        return false;
    m->roles.removeAll(roleId);
    touch();
    return true;
}

const QJsonObject *World::findCommand(quint64 guildId, const QString &name, int type) const
{
    for (quint64 scope : {guildId, quint64(0)}) {
        auto it = m_commands.constFind(scope);
        if (it == m_commands.cend())
            continue;
        for (const QJsonObject &c : it.value()) {
            if (c.value(QLatin1StringView("name")).toString() == name
                && c.value(QLatin1StringView("type")).toInt(1) == type)
                return &c;
        }
        if (!guildId)
            break;
    }
    return nullptr;
}

} // namespace bw::sandbox
