#pragma once
// MessagePreview: the designed message drawn the way Discord shows it (dark or light theme): bot author
// line, markdown content, embeds, action rows with buttons and selects, Components V2 layouts. Clicking a
// part reports its node; the selected node is outlined.

#include "gui/designer/JsonPath.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRect>
#include <QWidget>

namespace bw::gui::designer {

class MessagePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessagePreview)

public:
    explicit MessagePreview(QWidget *parent = nullptr);

    /// The view object (its "message" is drawn; node paths are relative to the view).
    void setView(const QJsonObject &view);
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    void setBotName(const QString &name);
    void setSelected(const JsonPath &node);
    /// 1.0 = Discord's size; smaller values fit long messages.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

    /// Where a node was drawn (in widget coordinates), empty when it is not shown.
    QRect rectOf(const JsonPath &node) const;
    /// The innermost node drawn at `pos`, or empty.
    JsonPath nodeAt(const QPoint &pos) const;
    /// The height the message needs at `width` (unscaled).
    int contentHeight(int width) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void nodeClicked(const bw::gui::designer::JsonPath &node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Ctx;
    int layout(QPainter *painter, int width, QList<QPair<QRect, JsonPath>> *hits) const;
    void updateHeight();

    QJsonObject m_view;
    QString m_botName;
    bool m_dark = true;
    double m_zoom = 1.0;
    JsonPath m_selected;
    QList<QPair<QRect, JsonPath>> m_hits; // unscaled coordinates, outermost first
};

} // namespace bw::gui::designer
