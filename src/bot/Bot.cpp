#include "bot/Bot.h"

#include "core/Logging.h"

namespace bw {

Bot::Bot(QObject *parent) : QObject(parent), m_state(new BotState(this)) { }

Bot::~Bot() = default;

void Bot::start()
{
    if (m_state->isRunning())
        return;
    qCInfo(lcBot) << "starting";
    m_state->setStatus(BotState::Status::Connecting);
}

void Bot::stop()
{
    if (!m_state->isRunning())
        return;
    qCInfo(lcBot) << "stopping";
    m_state->setStatus(BotState::Status::Stopped);
}

} // namespace bw
