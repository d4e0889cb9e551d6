#pragma once
// EventLogDelegate: paints the event log's cells as QStyledItemDelegate does, with plain text drawn from
// cached glyphs (CellTextPainter) so that a live table repaints in a fraction of the time; ids are
// elided in the middle, the columns given to setElideRight() at the end.

#include "gui/eventlog/CellTextPainter.h"

#include <QSet>
#include <QStyledItemDelegate>

namespace bw::gui {

class EventLogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogDelegate)

public:
    explicit EventLogDelegate(QObject *parent = nullptr);

    /// Text of `column` is cut at its end instead of its middle.
    void setElideRight(int column) { m_elideRight.insert(column); }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    /// Cells painted by the fast path and by QStyledItemDelegate so far (tests, benchmarks).
    qint64 fastCount() const { return m_fast; }
    qint64 fallbackCount() const { return m_fallback; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QSet<int> m_elideRight;
    mutable CellTextPainter m_text;
    mutable qint64 m_fast = 0;
    mutable qint64 m_fallback = 0;
};

} // namespace bw::gui
