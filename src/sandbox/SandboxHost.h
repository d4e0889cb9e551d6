#pragma once
// SandboxHost: owns a QThread that runs a SandboxServer, so the app and benchmarks can flood the sandbox
// without blocking their own thread. Calls into server() must be queued to its thread.

#include "core/Result.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QThread>
#include <QUrl>

namespace bw::sandbox {

class SandboxServer;

class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)

public:
    explicit SandboxHost(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxHost() override;

    /// Starts the thread and the server on it; returns the port.
    bw::Result<quint16> start();
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    /// The server; it lives on the host's thread (use QMetaObject::invokeMethod(server(), ...)).
    SandboxServer *server() const { return m_server; }
    QThread *thread() { return &m_thread; }

    // filled at start, safe to read from any thread afterwards
    quint16 port() const { return m_port; }
    QUrl apiBase() const { return m_apiBase; }
    QUrl gatewayUrl() const { return m_gatewayUrl; }
    QString botToken() const { return m_token; }
    QString applicationId() const { return m_applicationId; }
    /// The application's Ed25519 public key (hex) the sandbox signs HTTP-delivered interactions with.
    QString publicKeyHex() const { return m_publicKeyHex; }

    /// Callable from any thread: deliver interactions as signed HTTP POSTs to `url` (a bot's interactions
    /// endpoint), or on the gateway again with an empty URL.
    void setInteractionEndpoint(const QUrl &url);

private:
    SandboxOptions m_options;
    QThread m_thread;
    QObject *m_anchor = nullptr;
    SandboxServer *m_server = nullptr;
    quint16 m_port = 0;
    QUrl m_apiBase;
    QUrl m_gatewayUrl;
    QString m_token;
    QString m_applicationId;
    QString m_publicKeyHex;
};

} // namespace bw::sandbox
