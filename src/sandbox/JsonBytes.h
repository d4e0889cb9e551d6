#pragma once
// JsonBytes: small helpers that write compact JSON straight into bytes, for the sandbox's hot paths where
// payloads are concatenated from cached serialized pieces instead of built as QJsonObjects.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringView>

namespace bw::sandbox::json {

/// Appends `text` as a JSON string literal (quoted, escaped, UTF-8).
inline void appendString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    qsizetype plainFrom = 0;
    auto flush = [&](qsizetype upTo) {
        if (upTo > plainFrom)
            out.append(text.sliced(plainFrom, upTo - plainFrom).toUtf8());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            out.append("\\\"");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00").append(kHex[(c >> 4) & 0xf]).append(kHex[c & 0xf]);
        }
    }
    flush(text.size());
    out.append('"');
}

/// Appends a snowflake as a JSON string ("123").
inline void appendId(QByteArray &out, quint64 id)
{
    out.append('"').append(QByteArray::number(id)).append('"');
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// The members of a serialized object without its braces ("a":1,"b":2); empty for {}.
inline QByteArray innerOf(const QByteArray &objectJson)
{
    return objectJson.size() > 2 ? objectJson.sliced(1, objectJson.size() - 2) : QByteArray();
}

} // namespace bw::sandbox::json
