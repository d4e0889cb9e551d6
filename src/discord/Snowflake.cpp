#include "discord/Snowflake.h"

namespace bw::discord {

Snowflake Snowflake::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return fromString(value.toString());
    if (value.isDouble() && value.toDouble() >= 0)
        return Snowflake(static_cast<quint64>(value.toDouble()));
    return {};
}

Snowflake Snowflake::fromString(QStringView text)
{
    bool ok = false;
    const quint64 v = text.toULongLong(&ok);
    return ok ? Snowflake(v) : Snowflake();
}

Snowflake Snowflake::fromTime(const QDateTime &time, quint32 increment, quint8 worker, quint8 process)
{
    const quint64 ms = static_cast<quint64>(time.toMSecsSinceEpoch()) - kDiscordEpochMs;
    return Snowflake((ms << 22) | (quint64(worker & 0x1f) << 17) | (quint64(process & 0x1f) << 12)
                     | (increment & 0xfff));
}

QDateTime Snowflake::timestamp() const
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>((m_value >> 22) + kDiscordEpochMs), Qt::UTC);
}

} // namespace bw::discord
