#include "gui/Icons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void initBotwrightResources()
{
    Q_INIT_RESOURCE(botwright);
}

namespace bw::gui::Icons {

void initResources()
{
    static const bool done = [] {
        initBotwrightResources();
        return true;
    }();
    Q_UNUSED(done);
}

namespace {
void ensureResources()
{
    initResources();
}
} // namespace

QIcon app()
{
    ensureResources();
    return QIcon(u":/icons/botwright.svg"_s);
}

QString stateResource(BotState::Status status)
{
    ensureResources();
    switch (status) {
    case BotState::Status::Stopped:
        return u":/icons/state-stopped.svg"_s;
    case BotState::Status::Connecting:
    case BotState::Status::Resuming:
        return u":/icons/state-connecting.svg"_s;
    case BotState::Status::Ready:
        return u":/icons/state-running.svg"_s;
    case BotState::Status::Error:
        return u":/icons/state-error.svg"_s;
    }
    return u":/icons/state-stopped.svg"_s;
}

QIcon state(BotState::Status status)
{
    return QIcon(stateResource(status));
}

QIcon tray(BotState::Status status)
{
    ensureResources();
    QSvgRenderer base(u":/icons/botwright.svg"_s);
    QSvgRenderer badge(stateResource(status));
    QIcon icon;
    // Rendered per size so the badge stays legible at 16 px and crisp at 64 px.
    for (const int size : {16, 22, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        base.render(&painter, QRectF(0, 0, size, size));
        const qreal ring = size * 0.04;
        const qreal badgeSize = size * 0.54;
        const QRectF badgeRect(size - badgeSize - ring, size - badgeSize - ring, badgeSize, badgeSize);
        // A thin light ring separates the badge from the tile behind it.
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(badgeRect.adjusted(-ring, -ring, ring, ring));
        badge.render(&painter, badgeRect);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon panel(const QString &key)
{
    ensureResources();
    return QIcon(u":/icons/panel-"_s + key + u".svg"_s);
}

QIcon profiles()
{
    ensureResources();
    return QIcon(u":/icons/profiles.svg"_s);
}

} // namespace bw::gui::Icons
