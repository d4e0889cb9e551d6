#include "gui/BotActions.h"

#include "bot/Bot.h"
#include "gui/Icons.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace bw::gui {

BotActions::BotActions(Bot &bot, QObject *parent)
    : QObject(parent),
      m_bot(bot),
      m_start(new QAction(Icons::state(BotState::Status::Ready), tr("&Start Bot"), this)),
      m_stop(new QAction(Icons::state(BotState::Status::Stopped), tr("S&top Bot"), this))
{
    m_start->setObjectName(u"actionStart"_s);
    m_stop->setObjectName(u"actionStop"_s);
    m_start->setStatusTip(tr("Connect the bot of the current profile"));
    m_stop->setStatusTip(tr("Disconnect the bot"));

    connect(m_start, &QAction::triggered, &m_bot, &Bot::start);
    connect(m_stop, &QAction::triggered, &m_bot, &Bot::stop);
    connect(m_bot.state(), &BotState::statusChanged, this, &BotActions::updateEnabled);
    updateEnabled();
}

void BotActions::updateEnabled()
{
    const bool running = m_bot.state()->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
}

} // namespace bw::gui
