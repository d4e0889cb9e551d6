#pragma once
// JsonWriter: builds one compact JSON object as UTF-8 bytes, members in the order written (so
// "duration_ms" can come first, see store::EventRecord), without a QJsonObject per event.

#include <QByteArray>
#include <QString>

namespace bw {

class JsonWriter
{
public:
    JsonWriter()
    {
        m_out.reserve(256);
        m_out.append('{');
    }

    JsonWriter &add(QByteArrayView key, const QString &value);
    JsonWriter &add(QByteArrayView key, QByteArrayView utf8Value); // a string value
    JsonWriter &add(QByteArrayView key, qint64 value);
    JsonWriter &add(QByteArrayView key, int value) { return add(key, qint64(value)); }
    JsonWriter &addBool(QByteArrayView key, bool value);
    /// Adds already valid JSON (an object, array or literal) as the value.
    JsonWriter &addRaw(QByteArrayView key, QByteArrayView json);
    /// Skips empty strings.
    JsonWriter &addIfNotEmpty(QByteArrayView key, const QString &value)
    {
        return value.isEmpty() ? *this : add(key, value);
    }

    QByteArray finish() &&
    {
        m_out.append('}');
        return std::move(m_out);
    }

    /// Appends `text` as a quoted, escaped JSON string.
    static void appendString(QByteArray &out, QByteArrayView utf8);

private:
    void appendKey(QByteArrayView key);

    QByteArray m_out;
    bool m_first = true;
};

} // namespace bw
