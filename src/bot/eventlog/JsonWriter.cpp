#include "bot/eventlog/JsonWriter.h"

namespace bw {

void JsonWriter::appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plainStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plainStart, i - plainStart));
        plainStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    out.append(utf8.sliced(plainStart));
    out.append('"');
}

void JsonWriter::appendKey(QByteArrayView key)
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append('"');
    m_out.append(key);
    m_out.append("\":");
}

JsonWriter &JsonWriter::add(QByteArrayView key, const QString &value)
{
    return add(key, QByteArrayView(value.toUtf8()));
}

JsonWriter &JsonWriter::add(QByteArrayView key, QByteArrayView utf8Value)
{
    appendKey(key);
    appendString(m_out, utf8Value);
    return *this;
}

JsonWriter &JsonWriter::add(QByteArrayView key, qint64 value)
{
    appendKey(key);
    m_out.append(QByteArray::number(value));
    return *this;
}

JsonWriter &JsonWriter::addBool(QByteArrayView key, bool value)
{
    appendKey(key);
    m_out.append(value ? "true" : "false");
    return *this;
}

JsonWriter &JsonWriter::addRaw(QByteArrayView key, QByteArrayView json)
{
    appendKey(key);
    m_out.append(json.isEmpty() ? QByteArrayView("null") : json);
    return *this;
}

} // namespace bw
