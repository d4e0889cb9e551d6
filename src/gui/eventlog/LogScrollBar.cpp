#include "gui/eventlog/LogScrollBar.h"

#include <QStyle>
#include <QStyleOptionSlider>

namespace bw::gui {

LogScrollBar::LogScrollBar(Qt::Orientation orientation, QWidget *parent) : QScrollBar(orientation, parent) { }

LogScrollBar::Look LogScrollBar::look() const
{
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    return {style()->subControlRect(QStyle::CC_ScrollBar, &opt, QStyle::SC_ScrollBarSlider, this),
            value() == minimum(), value() == maximum()};
}

void LogScrollBar::sliderChange(SliderChange change)
{
    // Transient scroll bars show themselves on every change; those keep Qt's behaviour.
    if (!m_hasPainted || !isVisible() || style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, this)) {
        QScrollBar::sliderChange(change);
        return;
    }
    // A live append changes the range, then the view moves the value to the new end: compare once both
    // are done (before the next paint) rather than at each step.
    if (!m_checkQueued) {
        m_checkQueued = true;
        QMetaObject::invokeMethod(this, &LogScrollBar::updateIfChanged, Qt::QueuedConnection);
    }
}

void LogScrollBar::updateIfChanged()
{
    m_checkQueued = false;
    if (look() == m_painted)
        ++m_skipped;
    else
        update();
}

void LogScrollBar::paintEvent(QPaintEvent *event)
{
    m_painted = look();
    m_hasPainted = true;
    QScrollBar::paintEvent(event);
}

} // namespace bw::gui
