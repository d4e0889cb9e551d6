#pragma once
// LogScrollBar: the event log's vertical scroll bar. A live log changes its range ten times a second;
// once the slider is at its shortest and follows the end, that changes nothing on screen, so it
// repaints only when the slider's place or the ends it touches change (Fusion paints its groove with
// fills that Qt spreads over the thread pool, and the GUI thread waits for them).

#include <QRect>
#include <QScrollBar>

namespace bw::gui {

class LogScrollBar final : public QScrollBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogScrollBar)

public:
    explicit LogScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

    /// Range, step and value changes that were not repainted because nothing visible changed.
    qint64 skippedRepaints() const { return m_skipped; }

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Look
    {
        QRect slider;
        bool atMinimum = false;
        bool atMaximum = false;
        bool operator==(const Look &) const = default;
    };
    Look look() const;
    void updateIfChanged();

    Look m_painted;
    bool m_hasPainted = false;
    bool m_checkQueued = false;
    qint64 m_skipped = 0;
};

} // namespace bw::gui
