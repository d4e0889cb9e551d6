#pragma once
// TextMatcher: finds a needle in UTF-8 bytes, ignoring ASCII case, with SSE2 (16 bytes per step): the
// event log's text search over a million records' summaries and JSON.

#include <QByteArray>
#include <QString>

namespace bw::gui {

class TextMatcher
{
public:
    TextMatcher() = default;
    explicit TextMatcher(const QString &needle);

    bool isEmpty() const { return m_needle.isEmpty(); }
    QByteArray needle() const { return m_needle; }
    /// Offset of the first match in [data, data + size), or -1.
    qsizetype indexIn(const char *data, qsizetype size) const;
    bool matches(const char *data, qsizetype size) const { return indexIn(data, size) >= 0; }

private:
    bool equalAt(const char *p) const;

    QByteArray m_needle; // ASCII letters lower-cased
};

} // namespace bw::gui
