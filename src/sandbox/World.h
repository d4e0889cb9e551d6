#pragma once
// World: the sandbox's guilds, channels, roles, members, users and messages, with their Discord JSON shapes.

#include "discord/Snowflake.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bw {
class Clock;
}

namespace bw::sandbox {

using bw::discord::Snowflake;

struct User
{
    quint64 id = 0;
    QString username;
    QString globalName;
    bool bot = false;
};

struct Role
{
    quint64 id = 0;
    QString name;
    quint64 permissions = 0;
    int position = 0;
    int color = 0;
    bool hoist = false;
    bool managed = false;
    bool mentionable = false;
};

struct Channel
{
    quint64 id = 0;
    quint64 guildId = 0;
    int type = 0;
    QString name;
    int position = 0;
    QString topic;
    quint64 parentId = 0;
    quint64 lastMessageId = 0;
};

struct Member
{
    quint64 userId = 0;
    QList<quint64> roles;
    QString nick;
    QString joinedAt;
};

struct Guild
{
    quint64 id = 0;
    QString name;
    quint64 ownerId = 0;
    QList<Role> roles;
    QList<quint64> channelIds;
    QList<Member> members;
    QString joinedAt;

    const Role *role(quint64 roleId) const;
    Member *member(quint64 userId);
    const Member *member(quint64 userId) const;
};

class World
{
public:
    explicit World(bw::Clock *clock);

    /// Mints a time-based 19-digit snowflake, strictly increasing.
    quint64 mint();
    QString timestampNow() const;

    /// The default world: guild "Sandbox", #general and #support, Alice, Bob and the bot.
    void makeDefault(const QString &botName = QStringLiteral("Sandbox Bot"));
    /// Loads a world file (see docs/sandbox.md); missing ids are minted. Returns an error text or empty.
    QString loadJson(const QJsonObject &world);
    QJsonObject toJson() const; // the world file format, including messages and commands

    // --- lookup
    quint64 botUserId() const { return m_botUserId; }
    quint64 applicationId() const { return m_botUserId; }
    const User *user(quint64 id) const;
    /// A user by id, username (case-insensitive) or global name.
    const User *findUser(const QString &key) const;
    Guild *guild(quint64 id);
    const Guild *guild(quint64 id) const;
    Channel *channel(quint64 id);
    const Channel *channel(quint64 id) const;
    const QList<quint64> &guildIds() const { return m_guildOrder; }
    QList<const User *> users() const;

    // --- JSON shapes (Discord v10)
    QJsonObject userJson(quint64 id) const;
    QJsonObject userJson(const User &u) const;
    QJsonObject roleJson(const Role &r) const;
    QJsonObject channelJson(const Channel &c) const;
    QJsonObject memberJson(quint64 guildId, quint64 userId, bool withUser = true) const;
    QJsonObject guildJson(quint64 guildId) const; // REST shape
    QJsonObject guildCreateJson(quint64 guildId, bool allMembers) const;
    QString permissionsOf(quint64 guildId, quint64 userId) const;

    // --- messages (stored as full message objects)
    QJsonObject *message(quint64 channelId, quint64 messageId);
    QJsonObject *message(quint64 messageId);
    quint64 channelOfMessage(quint64 messageId) const;
    QJsonObject &insertMessage(quint64 channelId, QJsonObject message);
    bool removeMessage(quint64 channelId, quint64 messageId);
    /// Newest first, like Discord. before/after/around are message ids or 0.
    QJsonArray messages(quint64 channelId, int limit, quint64 before, quint64 after, quint64 around) const;
    void setMessageHistoryLimit(int limit) { m_historyLimit = limit; }

    // --- members
    bool addMemberRole(quint64 guildId, quint64 userId, quint64 roleId);
    bool removeMemberRole(quint64 guildId, quint64 userId, quint64 roleId);

    // --- application commands: scope 0 = global, else a guild id
    QList<QJsonObject> &commands(quint64 scope) { return m_commands[scope]; }
    const QHash<quint64, QList<QJsonObject>> &allCommands() const { return m_commands; }
    /// A command by name and type, guild scope first, then global.
    const QJsonObject *findCommand(quint64 guildId, const QString &name, int type) const;

    // --- adding things
    quint64 addUser(const QString &username, const QString &globalName, bool bot, quint64 id = 0);
    quint64 addGuild(const QString &name, quint64 ownerId, quint64 id = 0);
    quint64 addChannel(quint64 guildId, const QString &name, int type = 0, quint64 id = 0);
    void addMember(quint64 guildId, quint64 userId);

    QString applicationName() const { return m_appName; }

    /// Incremented on every change that persistence should save.
    quint64 revision() const { return m_revision; }
    /// A change to anything (users, guilds, channels, roles, members, commands, messages).
    void touch()
    {
        ++m_revision;
        ++m_entityRevision;
    }
    /// A change to messages only (caches of user, member and channel JSON stay valid).
    void touchMessages() { ++m_revision; }
    /// Incremented on every change except message changes: the key of serialized user/member/channel caches.
    quint64 entityRevision() const { return m_entityRevision; }

private:
    bw::Clock *m_clock;
    quint64 m_lastId = 0;
    quint32 m_increment = 0;
    quint64 m_botUserId = 0;
    QString m_appName = QStringLiteral("Sandbox Bot");
    QHash<quint64, User> m_users;
    QList<quint64> m_userOrder;
    QHash<quint64, Guild> m_guilds;
    QList<quint64> m_guildOrder;
    QHash<quint64, Channel> m_channels;
    QHash<quint64, QMap<quint64, QJsonObject>> m_messages;
    QHash<quint64, quint64> m_messageChannel;
    QHash<quint64, QList<QJsonObject>> m_commands;
    int m_historyLimit = 1000;
    quint64 m_revision = 0;
    quint64 m_entityRevision = 0;
    mutable qint64 m_tsSecond = -1;
    mutable QHash<quint64, QJsonObject> m_userJsonCache;
    mutable QString m_tsPrefix;
};

} // namespace bw::sandbox
