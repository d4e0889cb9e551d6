#pragma once
// EndpointStatus: what the HTTP interactions endpoint of the running bot is doing, for the GUI and the
// headless log: listening on a URL, not wanted (gateway mode), or failed with an error.

#include <QMetaType>
#include <QString>

namespace bw {

struct EndpointStatus
{
    enum class State { Off, Starting, Listening, Failed };
    State state = State::Off;
    QString url; // http://127.0.0.1:8080/interactions while listening
    QString error; // why it failed
    bool httpOnly
        = false; // mode "http": interactions come only here (an embedded sandbox delivers them here)

    bool isListening() const { return state == State::Listening; }
    /// "listening on http://…", "off", "starting", "failed: …"
    QString toString() const
    {
        switch (state) {
        case State::Off:
            return QStringLiteral("off");
        case State::Starting:
            return QStringLiteral("starting");
        case State::Listening:
            return QStringLiteral("listening on %1").arg(url);
        case State::Failed:
            return QStringLiteral("failed: %1").arg(error);
        }
        return {};
    }
};

} // namespace bw

Q_DECLARE_METATYPE(bw::EndpointStatus)
