#pragma once
// BotState: what the GUI, the tray and headless logging show of a running bot (status, reason, latency).
// It lives on the GUI (main) thread; the Bot updates it through queued calls.

#include <QObject>
#include <QString>

namespace bw {

class BotState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotState)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY statusChanged)
    Q_PROPERTY(int latencyMs READ latencyMs NOTIFY latencyChanged)

public:
    enum class Status { Stopped, Connecting, Ready, Resuming, Error };
    Q_ENUM(Status)

    explicit BotState(QObject *parent = nullptr);

    Status status() const { return m_status; }
    /// Why the bot is in Error (or a note for the other states); readable text, never a secret.
    QString reason() const { return m_reason; }
    /// Last heartbeat round trip in ms, -1 when unknown.
    int latencyMs() const { return m_latencyMs; }
    /// IDENTIFYs left in the current 24-hour window (session_start_limit), -1 when unknown.
    int sessionStartsRemaining() const { return m_sessionStarts; }
    bool isRunning() const { return m_status != Status::Stopped && m_status != Status::Error; }

    void setStatus(Status status, const QString &reason = {});
    void setLatency(int ms);
    void setSessionStartsRemaining(int remaining);

    static QString statusText(Status status);

Q_SIGNALS:
    void statusChanged(bw::BotState::Status status, const QString &reason);
    void latencyChanged(int ms);
    void sessionStartsChanged(int remaining);

private:
    Status m_status = Status::Stopped;
    QString m_reason;
    int m_latencyMs = -1;
    int m_sessionStarts = -1;
};

} // namespace bw
