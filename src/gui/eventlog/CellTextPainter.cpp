#include "gui/eventlog/CellTextPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRect>

#include <cmath>

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
            std::array<QPointF, 257> advances {};
            g.raw.advancesForGlyphIndexes(index.data(), advances.data(), count, QRawFont::UseDesignMetrics);
            for (int c = 0; c < 256; ++c) {
                const bool usable = isPlain(char16_t(c)) && (index[size_t(c)] != 0 || c == 0x20);
                g.index[size_t(c)] = usable ? index[size_t(c)] : 0;
                g.advance[size_t(c)] = usable ? advances[size_t(c)].x() : -1;
            }
            g.ellipsis = index[256];
            g.ellipsisAdvance = advances[256].x();
        }
    }
    const QFontMetricsF metrics(font);
    g.ascent = metrics.ascent();
    g.descent = metrics.descent();
    m_fonts.push_back(std::move(g));
    return m_fonts.back();
}

bool CellTextPainter::toGlyphs(const Glyphs &g, QStringView text)
{
    m_runGlyphs.clear();
    if (!g.raw.isValid())
        return false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c > 0xff || g.advance[c] < 0)
            return false;
        m_runGlyphs.append(g.index[c]);
    }
    return true;
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

qreal CellTextPainter::width(const QFont &font, QStringView text)
{
    const Glyphs &g = glyphsFor(font);
    return toGlyphs(g, text) ? layOut(g) : -1;
}

bool CellTextPainter::canDraw(const QFont &font, QStringView text)
{
    return toGlyphs(glyphsFor(font), text);
}

bool CellTextPainter::draw(QPainter *painter, const QFont &font, const QRect &rect, Qt::Alignment alignment,
                           Qt::TextElideMode elide, QStringView text)
{
    const Glyphs &g = glyphsFor(font);
    if (!toGlyphs(g, text))
        return false;
    qreal drawn = layOut(g);
    const qreal available = rect.width();
    if (drawn > available) {
        if (elide == Qt::ElideNone || g.ellipsis == 0)
            return false;
        // As many characters as fit with the ellipsis, counted as QTextEngine::elidedText counts them (so
        // that a cell reads the same as Qt would draw it): from the start, from the end, or one from each
        // end in turn, while the width taken stays below the room.
        const qreal room = available - g.ellipsisAdvance;
        qsizetype head = 0;
        qsizetype tail = text.size();
        if (room >= 0) {
            const auto advance = [&](qsizetype i) { return m_runAdvances[i].x(); };
            qreal used = 0;
            if (elide == Qt::ElideRight) {
                while (head < text.size() && used + advance(head) < room)
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
