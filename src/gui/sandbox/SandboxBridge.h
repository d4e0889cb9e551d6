#pragma once
// SandboxBridge: the GUI's messenger to a SandboxServer on the sandbox thread. It lives on that thread; the
// GUI calls its methods (they queue themselves) and receives the answers as queued signals.

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace bw::sandbox {
class SandboxHost;
class SandboxServer;
} // namespace bw::sandbox

namespace bw::gui {

class SandboxBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxBridge)

public:
    /// Creates a bridge on the host's thread. Destroy it with deleteLater().
    static SandboxBridge *create(sandbox::SandboxHost *host);

    // All of these may be called from any thread; they run on the sandbox thread.
    void requestSnapshot();
    void postMessage(const QString &user, const QString &channelId, const QString &content);
    void click(const QString &user, const QString &messageId, const QString &customId);
    void select(const QString &user, const QString &messageId, const QString &customId,
                const QStringList &values);
    void submitModal(const QString &user, const QString &modalInteractionId, const QJsonObject &values);
    /// Runs a slash command; options are [{name, value}] (users, roles and channels by id or name).
    void runCommand(const QString &user, const QString &channelId, const QString &name,
                    const QJsonArray &options = {});
    void requestRecord(const QString &interactionId);

Q_SIGNALS:
    void snapshotReady(const QJsonObject &snapshot);
    /// A simulation started interaction `interactionId` (empty for a plain message) by `user`.
    void simulated(const QString &kind, const QString &user, const QString &interactionId);
    void simulationFailed(const QString &kind, const QString &error);
    // forwarded from the server
    void eventDispatched(const QString &type, const QJsonObject &data);
    void interactionUpdated(const QString &interactionId, const QJsonObject &record);

private:
    explicit SandboxBridge(sandbox::SandboxServer *server);
    template<typename F> void onServer(F &&f);

    QPointer<sandbox::SandboxServer> m_server;
};

} // namespace bw::gui
