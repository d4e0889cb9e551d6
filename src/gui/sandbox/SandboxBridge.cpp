#include "gui/sandbox/SandboxBridge.h"

#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace bw::gui {

SandboxBridge::SandboxBridge(sandbox::SandboxServer *server) : m_server(server)
{
    // Same thread as the server: direct connections, re-emitted to whoever listens (queued to the GUI).
    // Only what the panel shows crosses to the GUI thread (not every INTERACTION_CREATE of a benchmark).
    // viewEventDispatched: the server builds no event object for other dispatches on the panel's account.
    connect(server, &sandbox::SandboxServer::viewEventDispatched, this, &SandboxBridge::eventDispatched);
    connect(server, &sandbox::SandboxServer::interactionUpdated, this, &SandboxBridge::interactionUpdated);
}

SandboxBridge *SandboxBridge::create(sandbox::SandboxHost *host)
{
    if (!host || !host->server())
        return nullptr;
    auto *bridge = new SandboxBridge(host->server());
    bridge->moveToThread(host->server()->thread());
    return bridge;
}

template<typename F> void SandboxBridge::onServer(F &&f)
{
    QMetaObject::invokeMethod(
        this,
        [this, f = std::forward<F>(f)]() {
            if (m_server)
                f(*m_server);
        },
        Qt::QueuedConnection);
}

void SandboxBridge::requestSnapshot()
{
    onServer([this](sandbox::SandboxServer &s) {
        QJsonObject snapshot = s.worldSnapshot();
        snapshot.insert(u"port"_s, int(s.port()));
        snapshot.insert(u"bot_user_id"_s, s.botUserId());
        snapshot.insert(u"default_channel_id"_s, s.defaultChannelId());
        Q_EMIT snapshotReady(snapshot);
    });
}

namespace {
template<typename R>
void report(SandboxBridge *bridge, const QString &kind, const QString &user, const R &result)
{
    if (result)
        Q_EMIT bridge->simulated(kind, user, result.value());
    else
        Q_EMIT bridge->simulationFailed(kind, result.error().toString());
}
} // namespace

void SandboxBridge::postMessage(const QString &user, const QString &channelId, const QString &content)
{
    onServer([=, this](sandbox::SandboxServer &s) {
        report(this, u"message"_s, user, s.simulateMessage(user, channelId, content));
    });
}

void SandboxBridge::click(const QString &user, const QString &messageId, const QString &customId)
{
    onServer([=, this](sandbox::SandboxServer &s) {
        report(this, u"click"_s, user, s.simulateClick(user, messageId, customId));
    });
}

void SandboxBridge::select(const QString &user, const QString &messageId, const QString &customId,
                           const QStringList &values)
{
    onServer([=, this](sandbox::SandboxServer &s) {
        report(this, u"select"_s, user, s.simulateSelect(user, messageId, customId, values));
    });
}

void SandboxBridge::submitModal(const QString &user, const QString &modalInteractionId,
                                const QJsonObject &values)
{
    onServer([=, this](sandbox::SandboxServer &s) {
        report(this, u"modal"_s, user, s.simulateModalSubmit(user, modalInteractionId, values));
    });
}

void SandboxBridge::runCommand(const QString &user, const QString &channelId, const QString &name,
                               const QJsonArray &options)
{
    onServer([=, this](sandbox::SandboxServer &s) {
        report(this, u"command"_s, user, s.simulateCommand(user, channelId, name, options));
    });
}

void SandboxBridge::requestRecord(const QString &interactionId)
{
    onServer([=, this](sandbox::SandboxServer &s) {
        const QJsonObject record = s.interactionRecord(interactionId);
        if (!record.isEmpty())
            Q_EMIT interactionUpdated(interactionId, record);
    });
}

} // namespace bw::gui
