#pragma once
// TextMatcher: finds a needle in UTF-8 bytes, ignoring ASCII case: the event log's text search over a
// million records' summaries and JSON. Candidates come from two bytes of the needle (the rarest ones, when
// byte frequencies of the text are known), 32 bytes per step with AVX2 where the CPU has it, else SSE2.

#include <QByteArray>
#include <QString>

#include <array>

namespace bw::gui {

class TextMatcher
{
public:
    /// How often each byte occurs (ASCII letters counted as lower case); any scale.
    using ByteFrequencies = std::array<quint32, 256>;

    TextMatcher() = default;
    explicit TextMatcher(const QString &needle, const ByteFrequencies *frequencies = nullptr);

    bool isEmpty() const { return m_needle.isEmpty(); }
    QByteArray needle() const { return m_needle; }
    /// Offset of the first match in [data, data + size), or -1.
    qsizetype indexIn(const char *data, qsizetype size) const;
    bool matches(const char *data, qsizetype size) const { return indexIn(data, size) >= 0; }

    /// Positions in the needle of the two bytes candidates are found by (for tests and benchmarks).
    qsizetype firstProbe() const { return m_probe0; }
    qsizetype secondProbe() const { return m_probe1; }

private:
    bool equalAt(const char *p) const;
    qsizetype scalarFrom(const char *data, qsizetype size, qsizetype from) const;
    qsizetype indexSse2(const char *data, qsizetype size) const;
    qsizetype indexAvx2(const char *data, qsizetype size) const;

    QByteArray m_needle; // ASCII letters lower-cased
    qsizetype m_probe0 = 0;
    qsizetype m_probe1 = 0;
};

} // namespace bw::gui
