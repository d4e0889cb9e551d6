#pragma once
// Profile: one bot's settings as stored in SQLite. Its token is never here: it lives in the keychain.

#include <QDateTime>
#include <QString>

namespace bw::store {

struct Profile
{
    enum class Target {
        Sandbox, // the embedded local Discord; token generated
        Discord, // discord.com; token from the keychain
        Custom, // any Discord-compatible REST base (a proxy, another emulator)
    };

    qint64 id = 0; // 0 until saved
    QString name; // unique, 1-64 characters; also the keychain key
    QString applicationId; // snowflake as text; may be empty (learned from /applications/@me)
    qint64 intents = 513; // GUILDS | GUILD_MESSAGES
    Target target = Target::Sandbox;
    QString apiBase; // Custom only: REST base URL, e.g. http://127.0.0.1:8080/api/v10
    int shardCount = 0; // 0 = as GET /gateway/bot recommends
    QString shardIds; // empty = all shards of this process; else "0-3,7"
    QString publicKey; // hex Ed25519 key for the HTTP interactions endpoint; may be empty
    QDateTime created;
    QDateTime updated;

    static QString targetName(Target target);
    static Target targetFromName(const QString &name, Target fallback = Target::Sandbox);
};

} // namespace bw::store
