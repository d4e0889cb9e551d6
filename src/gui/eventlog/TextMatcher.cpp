#include "gui/eventlog/TextMatcher.h"

#include <bit>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define BW_TEXTMATCHER_X86 1
#endif

namespace bw::gui {

namespace {
inline char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
}
inline bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z');
}

#if defined(BW_TEXTMATCHER_X86)
bool cpuHasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
}
#endif

/// Rough frequencies of bytes in the event log's text (JSON of gateway payloads, summaries), used when
/// the caller gives none: quotes, digits (snowflakes), punctuation and common letters are frequent.
TextMatcher::ByteFrequencies defaultFrequencies()
{
    TextMatcher::ByteFrequencies f {};
    f.fill(1);
    for (char c = '0'; c <= '9'; ++c)
        f[uchar(c)] = 60;
    for (const char c : {'"', ':', ','})
        f[uchar(c)] = 80;
    for (const char c : {'e', 'a', 'i', 'd', 'n', 't', 'o', 's', 'r', '_', 'l', 'u', 'm', 'c', ' '})
        f[uchar(c)] = 30;
    for (const char c : {'{', '}', 'g', 'p', 'b', 'h', 'f', 'y', 'v', '.', '-', 'w', 'k'})
        f[uchar(c)] = 10;
    return f;
}
} // namespace

TextMatcher::TextMatcher(const QString &needle, const ByteFrequencies *frequencies)
{
    m_needle = needle.toUtf8();
    for (char &c : m_needle)
        c = foldAscii(c);
    const qsizetype n = m_needle.size();
    if (n < 2)
        return;
    // The two rarest bytes (ties: the ones farthest apart), so that few positions are candidates.
    static const ByteFrequencies fallback = defaultFrequencies();
    const ByteFrequencies &freq = frequencies ? *frequencies : fallback;
    const auto cost = [&](qsizetype i) { return freq[uchar(m_needle.at(i))]; };
    qsizetype a = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (cost(i) < cost(a))
            a = i;
    }
    qsizetype b = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (i == a || (b >= 0 && m_needle.at(i) == m_needle.at(a)))
            continue;
        if (b < 0 || cost(i) < cost(b) || (cost(i) == cost(b) && qAbs(i - a) > qAbs(b - a)))
            b = i;
    }
    if (b < 0)
        b = a == 0 ? n - 1 : 0;
    m_probe0 = qMin(a, b);
    m_probe1 = qMax(a, b);
}

bool TextMatcher::equalAt(const char *p) const
{
    const char *n = m_needle.constData();
    for (qsizetype i = 0; i < m_needle.size(); ++i) {
        if (foldAscii(p[i]) != n[i])
            return false;
    }
    return true;
}

qsizetype TextMatcher::scalarFrom(const char *data, qsizetype size, qsizetype from) const
{
    const qsizetype last = size - m_needle.size();
    const char c0 = m_needle.at(0);
    for (qsizetype i = from; i <= last; ++i) {
        if (foldAscii(data[i]) == c0 && equalAt(data + i))
            return i;
    }
    return -1;
}

qsizetype TextMatcher::indexIn(const char *data, qsizetype size) const
{
    const qsizetype n = m_needle.size();
    if (n == 0)
        return 0;
    if (size < n)
        return -1;
#if defined(BW_TEXTMATCHER_X86)
    if (cpuHasAvx2())
        return indexAvx2(data, size);
    return indexSse2(data, size);
#else
    return scalarFrom(data, size, 0);
#endif
}

#if defined(BW_TEXTMATCHER_X86)

qsizetype TextMatcher::indexSse2(const char *data, qsizetype size) const
{
    const qsizetype last = size - m_needle.size(); // last possible start
    const char c0 = m_needle.at(m_probe0);
    const char c1 = m_needle.at(m_probe1);
    const __m128i want0 = _mm_set1_epi8(c0);
    const __m128i want1 = _mm_set1_epi8(c1);
    const __m128i fold0 = _mm_set1_epi8(isAsciiLetter(c0) ? 0x20 : 0);
    const __m128i fold1 = _mm_set1_epi8(isAsciiLetter(c1) ? 0x20 : 0);
    qsizetype i = 0;
    for (; i + m_probe1 + 16 <= size && i <= last; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + m_probe0));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + m_probe1));
        const __m128i hit = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(a, fold0), want0),
                                          _mm_cmpeq_epi8(_mm_or_si128(b, fold1), want1));
        unsigned mask = unsigned(_mm_movemask_epi8(hit));
        while (mask) {
            const qsizetype at = i + std::countr_zero(mask);
            if (at > last)
                return -1;
            if (equalAt(data + at))
                return at;
            mask &= mask - 1;
        }
    }
    return scalarFrom(data, size, i);
}

__attribute__((target("avx2"))) qsizetype TextMatcher::indexAvx2(const char *data, qsizetype size) const
{
    const qsizetype last = size - m_needle.size(); // last possible start
    const char c0 = m_needle.at(m_probe0);
    const char c1 = m_needle.at(m_probe1);
    const __m256i want0 = _mm256_set1_epi8(c0);
    const __m256i want1 = _mm256_set1_epi8(c1);
    const __m256i fold0 = _mm256_set1_epi8(isAsciiLetter(c0) ? 0x20 : 0);
    const __m256i fold1 = _mm256_set1_epi8(isAsciiLetter(c1) ? 0x20 : 0);
    qsizetype i = 0;
    for (; i + m_probe1 + 32 <= size && i <= last; i += 32) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + m_probe0));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + m_probe1));
        const __m256i hit = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_or_si256(a, fold0), want0),
                                             _mm256_cmpeq_epi8(_mm256_or_si256(b, fold1), want1));
        quint32 mask = quint32(_mm256_movemask_epi8(hit));
        while (mask) {
            const qsizetype at = i + std::countr_zero(mask);
            if (at > last)
                return -1;
            if (equalAt(data + at))
                return at;
            mask &= mask - 1;
        }
    }
    return scalarFrom(data, size, i);
}

#endif

} // namespace bw::gui
