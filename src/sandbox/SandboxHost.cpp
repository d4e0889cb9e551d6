#include "sandbox/SandboxHost.h"

#include "sandbox/HttpDelivery.h"
#include "sandbox/SandboxServer.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace bw::sandbox {

SandboxHost::SandboxHost(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("botwright-sandbox"));
}

SandboxHost::~SandboxHost()
{
    stop();
}

bw::Result<quint16> SandboxHost::start()
{
    if (m_server)
        return m_port;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    bw::Result<quint16> result = bw::Error::make(bw::Error::Kind::Generic, QStringLiteral("not started"));
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &result] {
#ifdef Q_OS_LINUX
            if (m_options.threadNice != 0)
                setpriority(PRIO_PROCESS, id_t(gettid()), m_options.threadNice); // this thread only
#endif
            auto *server = new SandboxServer(m_options);
            result = server->start();
            if (result.ok()) {
                m_server = server;
                m_port = server->port();
                m_apiBase = server->apiBase();
                m_gatewayUrl = server->gatewayUrl();
                m_token = server->botToken();
                m_applicationId = server->applicationId();
                m_publicKeyHex = server->publicKeyHex();
            } else {
                delete server;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!result.ok())
        stop();
    return result;
}

void SandboxHost::setInteractionEndpoint(const QUrl &url)
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(
        m_server, [server = m_server, url] { server->httpDelivery()->setEndpoint(url); },
        Qt::QueuedConnection);
}

void SandboxHost::stop()
{
    if (!m_thread.isRunning()) {
        delete m_anchor;
        m_anchor = nullptr;
        return;
    }
    if (m_server) {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
    m_anchor = nullptr;
    m_port = 0;
}

} // namespace bw::sandbox
