#include "gui/eventlog/EventLogDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace bw::gui {

EventLogDelegate::EventLogDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void EventLogDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->textElideMode = m_elideRight.contains(index.column()) ? Qt::ElideRight : Qt::ElideMiddle;
}

void EventLogDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The fast path covers what the log's cells are: text only, left to right, no focus frame. The rest
    // (and any text it cannot draw) is QCommonStyle's CE_ItemViewItem as usual.
    const bool simple = opt.features == QStyleOptionViewItem::HasDisplay
        || opt.features == (QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::Alternate)
        || opt.features == QStyleOptionViewItem::None || opt.features == QStyleOptionViewItem::Alternate;
    if (!simple || opt.direction != Qt::LeftToRight || (opt.state & QStyle::State_HasFocus)
        || (opt.state & QStyle::State_Editing)
        || (!opt.text.isEmpty() && !m_text.prepare(opt.font, opt.text))) {
        ++m_fallback;
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    ++m_fast;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (opt.text.isEmpty())
        return;
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QPen pen = painter->pen();
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    // The margins QCommonStyle gives item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    m_text.drawPrepared(painter, opt.rect.adjusted(margin, 0, -margin, 0), opt.displayAlignment,
                        opt.textElideMode);
    painter->setPen(pen);
}

} // namespace bw::gui
