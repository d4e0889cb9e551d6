#pragma once
// Snowflake: Discord's 64-bit time-based id, sent as a JSON string.

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace bw::discord {

class Snowflake
{
public:
    static constexpr quint64 kDiscordEpochMs = 1420070400000ULL;

    constexpr Snowflake() = default;
    constexpr explicit Snowflake(quint64 value) : m_value(value) { }

    /// Parses a JSON string or number; an invalid value gives a null Snowflake.
    static Snowflake fromJson(const QJsonValue &value);
    static Snowflake fromString(QStringView text);
    /// Makes an id for the given time (worker/process/increment packed in the low bits).
    static Snowflake fromTime(const QDateTime &time, quint32 increment = 0, quint8 worker = 0,
                              quint8 process = 0);

    constexpr quint64 value() const { return m_value; }
    constexpr bool isNull() const { return m_value == 0; }
    QDateTime timestamp() const;
    QString toString() const { return QString::number(m_value); }
    QJsonValue toJson() const { return toString(); }

    friend constexpr auto operator<=>(Snowflake, Snowflake) = default;

private:
    quint64 m_value = 0;
};

inline size_t qHash(Snowflake id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

} // namespace bw::discord
