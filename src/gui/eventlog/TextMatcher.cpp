#include "gui/eventlog/TextMatcher.h"

#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
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
} // namespace

TextMatcher::TextMatcher(const QString &needle)
{
    m_needle = needle.toUtf8();
    for (char &c : m_needle)
        c = foldAscii(c);
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

qsizetype TextMatcher::indexIn(const char *data, qsizetype size) const
{
    const qsizetype n = m_needle.size();
    if (n == 0)
        return 0;
    if (size < n)
        return -1;
    const qsizetype last = size - n; // last possible start
    qsizetype i = 0;
#if defined(__SSE2__)
    // Candidates: positions whose first two bytes match (case folded by OR 0x20 for letters); each
    // candidate is then compared in full.
    const char c0 = m_needle.at(0);
    const char c1 = n > 1 ? m_needle.at(1) : c0;
    const __m128i want0 = _mm_set1_epi8(c0);
    const __m128i want1 = _mm_set1_epi8(c1);
    const __m128i fold0 = _mm_set1_epi8(isAsciiLetter(c0) ? 0x20 : 0);
    const __m128i fold1 = _mm_set1_epi8(isAsciiLetter(c1) ? 0x20 : 0);
    const qsizetype second = n > 1 ? 1 : 0;
    for (; i + 16 + second <= size && i <= last; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + second));
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
#endif
    for (; i <= last; ++i) {
        if (foldAscii(data[i]) == m_needle.at(0) && equalAt(data + i))
            return i;
    }
    return -1;
}

} // namespace bw::gui
