#pragma once
// CommandRecord: one stored application command (Discord's JSON) with its response design, plus the record
// of what was last synced to one scope and the profile's interaction delivery settings.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace bw::store {

struct CommandRecord
{
    qint64 id = 0; // 0 until saved
    qint64 profileId = 0;
    QString guildId; // empty = a global command
    QJsonObject definition; // the command as Discord takes it: name, type, description, options, ...
    QJsonObject response; // what the bot answers (an action of docs/view-format.md), may be empty
    int position = 0; // order in the Commands panel
    QDateTime created;
    QDateTime updated;

    QString name() const { return definition.value(QLatin1StringView("name")).toString(); }
    int type() const { return definition.value(QLatin1StringView("type")).toInt(1); }
};

/// What the last successful bulk overwrite of one scope sent, so that an unchanged set is not sent again.
struct CommandSyncRecord
{
    qint64 profileId = 0;
    QString applicationId;
    QString guildId; // empty = global
    QString hash; // SHA-256 (hex) of the canonical JSON that was sent
    QJsonArray commands; // what Discord answered (with ids and versions)
    QDateTime synced;
};

/// How a profile receives interactions.
struct InteractionSettingsRecord
{
    enum class Mode { Gateway, Http, Both };

    qint64 profileId = 0;
    Mode mode = Mode::Gateway;
    QString address = QStringLiteral("127.0.0.1");
    int port = 8080;
    QString path = QStringLiteral("/interactions");
    bool allowNonLoopback = false;
    int timestampWindowSeconds = 60;
    qint64 maxBodyBytes = 256 * 1024;

    bool usesGateway() const { return mode != Mode::Http; }
    bool usesHttp() const { return mode != Mode::Gateway; }
    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);
};

} // namespace bw::store
