#include "bot/BotState.h"

namespace bw {

BotState::BotState(QObject *parent) : QObject(parent) { }

void BotState::setStatus(Status status, const QString &reason)
{
    if (status == m_status && reason == m_reason)
        return;
    m_status = status;
    m_reason = reason;
    if (status == Status::Stopped || status == Status::Error)
        setLatency(-1);
    Q_EMIT statusChanged(m_status, m_reason);
}

void BotState::setLatency(int ms)
{
    if (ms == m_latencyMs)
        return;
    m_latencyMs = ms;
    Q_EMIT latencyChanged(ms);
}

void BotState::setSessionStartsRemaining(int remaining)
{
    if (remaining == m_sessionStarts)
        return;
    m_sessionStarts = remaining;
    Q_EMIT sessionStartsChanged(remaining);
}

QString BotState::statusText(Status status)
{
    switch (status) {
    case Status::Stopped:
        return tr("Stopped");
    case Status::Connecting:
        return tr("Connecting");
    case Status::Ready:
        return tr("Running");
    case Status::Resuming:
        return tr("Resuming");
    case Status::Error:
        return tr("Error");
    }
    return {};
}

} // namespace bw
