#pragma once
// CellTextPainter: draws one line of Latin-1 text in a table cell from glyphs cached per font, without
// shaping it (text shaping was most of the event log's repaint time at 20,000 records/s). Anything
// else — other scripts, control characters, a glyph the font lacks — is left to the caller.

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QStringView>

#include <array>
#include <vector>

class QPainter;
class QRect;

namespace bw::gui {

class CellTextPainter
{
public:
    /// Lays `text` out in `font` for drawPrepared() (glyphs and kerned advances). False when the text
    /// is not plain Latin-1 or the font has no glyph for one of its characters.
    bool prepare(const QFont &font, QStringView text);
    /// Draws the prepared text (once) with the painter's pen, on one line vertically centred in `rect`,
    /// placed by the horizontal part of `alignment` and elided with `elide` when it does not fit. False, with
    /// nothing drawn, when it does not fit and `elide` is Qt::ElideNone.
    bool drawPrepared(QPainter *painter, const QRect &rect, Qt::Alignment alignment, Qt::TextElideMode elide);

    /// prepare() and drawPrepared() at once.
    bool draw(QPainter *painter, const QFont &font, const QRect &rect, Qt::Alignment alignment,
              Qt::TextElideMode elide, QStringView text)
    {
        return prepare(font, text) && drawPrepared(painter, rect, alignment, elide);
    }

    /// Whether draw() would draw `text` in `font` (tests).
    bool canDraw(const QFont &font, QStringView text) { return prepare(font, text); }

    /// The width draw() gives `text` in `font` before eliding; < 0 when it cannot draw it.
    qreal width(const QFont &font, QStringView text) { return prepare(font, text) ? m_width : -1; }

private:
    struct Glyphs
    {
        QFont font;
        QRawFont raw;
        std::array<quint32, 256> index {};
        std::array<bool, 256> usable {}; // plain text with a glyph
        quint32 ellipsis = 0;
        qreal ellipsisAdvance = 0;
        qreal ascent = 0;
        qreal descent = 0;
    };
    const Glyphs &glyphsFor(const QFont &font);
    /// Kerned advances and positions of m_runGlyphs; returns their width.
    qreal layOut(const Glyphs &g);

    static constexpr size_t kMaxFonts = 8;
    std::vector<Glyphs> m_fonts; // a handful: the table's font, bold, italic
    QList<quint32> m_runGlyphs;
    QList<QPointF> m_runAdvances;
    QList<QPointF> m_runPositions;
    QGlyphRun m_run;
    const Glyphs *m_prepared = nullptr; // the font of the prepared text (valid until the next prepare())
    qreal m_width = 0; // of the prepared text
};

} // namespace bw::gui
