#include "gui/eventlog/CellTextPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRect>

#include <cmath>
#include <utility>

namespace bw::gui {

namespace {
constexpr char16_t kEllipsis = u'\u2026';

/// Characters drawn without shaping: printable ASCII and Latin-1 (no controls, no soft hyphen).
bool isPlain(char16_t c)
{
    return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff && c != 0xad);
}
} // namespace

const CellTextPainter::Glyphs &CellTextPainter::glyphsFor(const QFont &font)
{
    for (const Glyphs &g : m_fonts) {
        if (g.font == font)
            return g;
    }
    if (m_fonts.size() >= kMaxFonts)
        m_fonts.clear(); // fonts changed (zoom, settings): start over rather than grow
    Glyphs g;
    g.font = font;
    g.raw = QRawFont::fromFont(font, QFontDatabase::Latin);
    if (g.raw.isValid()) {
        std::array<QChar, 257> chars {};
        for (int c = 0; c < 256; ++c)
            chars[size_t(c)] = QChar(isPlain(char16_t(c)) ? char16_t(c) : char16_t(0));
        chars[256] = QChar(kEllipsis);
        std::array<quint32, 257> index {};
        int count = int(index.size());
        if (g.raw.glyphIndexesForChars(chars.data(), int(chars.size()), index.data(), &count)
            && count == int(index.size())) {
            for (int c = 0; c < 256; ++c) {
                g.index[size_t(c)] = index[size_t(c)];
                g.usable[size_t(c)] = isPlain(char16_t(c)) && (index[size_t(c)] != 0 || c == 0x20);
            }
            g.ellipsis = index[256];
            QPointF advance;
            g.raw.advancesForGlyphIndexes(&g.ellipsis, &advance, 1);
            g.ellipsisAdvance = advance.x();
        }
    }
    const QFontMetricsF metrics(font);
    g.ascent = metrics.ascent();
    g.descent = metrics.descent();
    m_fonts.push_back(std::move(g));
    return m_fonts.back();
}

qreal CellTextPainter::layOut(const Glyphs &g)
{
    // Kerned as Qt's text layout kerns (without it a word drifts by a pixel from what Qt draws).
    m_runAdvances.resize(m_runGlyphs.size());
    if (!m_runGlyphs.isEmpty()) {
        g.raw.advancesForGlyphIndexes(m_runGlyphs.constData(), m_runAdvances.data(), int(m_runGlyphs.size()),
                                      QRawFont::KernedAdvances);
    }
    qreal x = 0;
    m_runPositions.resize(m_runGlyphs.size());
    for (qsizetype i = 0; i < m_runGlyphs.size(); ++i) {
        m_runPositions[i] = QPointF(x, 0);
        x += m_runAdvances[i].x();
    }
    return x;
}

bool CellTextPainter::prepare(const QFont &font, QStringView text)
{
    m_prepared = nullptr;
    m_runGlyphs.clear();
    const Glyphs &g = glyphsFor(font);
    if (!g.raw.isValid())
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c > 0xff || !g.usable[c])
            return false;
        m_runGlyphs.append(g.index[c]);
    }
    m_prepared = &g;
    m_width = layOut(g);
    return true;
}

bool CellTextPainter::drawPrepared(QPainter *painter, const QRect &rect, Qt::Alignment alignment,
                                   Qt::TextElideMode elide)
{
    if (!m_prepared)
        return false;
    const Glyphs &g = *std::exchange(m_prepared, nullptr); // eliding changes the run: once per prepare()
    qreal drawn = m_width;
    const qreal available = rect.width();
    if (drawn > available) {
        if (elide == Qt::ElideNone || g.ellipsis == 0)
            return false;
        // As many characters as fit with the ellipsis, counted as QTextEngine::elidedText counts them (so
        // that a cell reads the same as Qt would draw it): from the start, from the end, or one from each
        // end in turn, while the width taken stays below the room.
        const qreal room = available - g.ellipsisAdvance;
        const qsizetype length = m_runGlyphs.size(); // one glyph per character
        qsizetype head = 0;
        qsizetype tail = length;
        if (room >= 0) {
            const auto advance = [&](qsizetype i) { return m_runAdvances[i].x(); };
            qreal used = 0;
            if (elide == Qt::ElideRight) {
                while (head < length && used + advance(head) < room)
                    used += advance(head++);
            } else if (elide == Qt::ElideLeft) {
                while (tail > 0 && used + advance(tail - 1) < room)
                    used += advance(--tail);
            } else {
                while (head < tail - 1 && used + advance(head) + advance(tail - 1) < room) {
                    used += advance(head++);
                    used += advance(--tail);
                }
            }
            m_runGlyphs.remove(head, tail - head);
            m_runGlyphs.insert(head, g.ellipsis);
        } else {
            m_runGlyphs.clear(); // not even the ellipsis fits: Qt draws nothing either
        }
        drawn = layOut(g);
    }
    if (m_runGlyphs.isEmpty())
        return true;

    // Placed as QStyle::alignedRect places the laid-out line of QCommonStyle's item text.
    const int lineWidth = int(std::ceil(drawn));
    const int lineHeight = int(std::ceil(g.ascent + g.descent));
    int x = rect.x();
    if (alignment & Qt::AlignRight)
        x += rect.width() - lineWidth;
    else if (alignment & Qt::AlignHCenter)
        x += (rect.width() - lineWidth) / 2;
    int y = rect.y();
    if (alignment & Qt::AlignBottom)
        y += rect.height() - lineHeight;
    else if (!(alignment & Qt::AlignTop))
        y += (rect.height() - lineHeight) / 2;

    m_run.setRawFont(g.raw);
    m_run.setGlyphIndexes(m_runGlyphs);
    m_run.setPositions(m_runPositions);
    painter->drawGlyphRun(QPointF(x, y + g.ascent), m_run);
    return true;
}

} // namespace bw::gui
