#pragma once
// BotActions: the Start and Stop actions of one Bot, enabled according to its BotState.
// The main window's menu and the tray menu each own one set.

#include <QObject>

class QAction;

namespace bw {
class Bot;
}

namespace bw::gui {

class BotActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotActions)

public:
    explicit BotActions(Bot &bot, QObject *parent = nullptr);

    QAction *start() const { return m_start; }
    QAction *stop() const { return m_stop; }

private:
    void updateEnabled();

    Bot &m_bot;
    QAction *m_start;
    QAction *m_stop;
};

} // namespace bw::gui
