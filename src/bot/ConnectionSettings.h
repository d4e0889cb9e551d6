#pragma once
// ConnectionSettings: everything the runtime needs to connect, resolved from a profile (REST base,
// token, intents, shards). Built on the GUI side, handed to the bot thread by value.

#include "discord/GatewayPayload.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace bw {

struct ConnectionSettings
{
    QUrl apiBase; // e.g. https://discord.com/api/v10 or http://127.0.0.1:P/api/v10
    QString token; // raw bot token; never logged
    qint64 intents = 0;
    int shardCount = 0; // 0 = as GET /gateway/bot recommends
    QString shardIds; // "" = all; "0-3,7"
    discord::Compression compression = discord::Compression::ZlibStream;
    qint64 stopTimeoutMs = 3000; // how long stop() waits for shards to close and REST to drain
};

} // namespace bw

Q_DECLARE_METATYPE(bw::ConnectionSettings)
