#pragma once
// ControlApi: the sandbox's own HTTP API under /_sandbox/ (JSON in, JSON out, no auth): simulated users,
// answer records with long-polling, fault injection, configuration and statistics.

#include "core/Result.h"
#include "sandbox/HttpServer.h"

#include <QJsonObject>

namespace bw::sandbox {

class SandboxServer;

class ControlApi
{
public:
    explicit ControlApi(SandboxServer &server) : m_server(server) { }
    void handle(HttpRequest &request, HttpResponder responder);

private:
    void simulationDone(const bw::Result<QString> &result, const QJsonObject &body, HttpResponder responder);
    QJsonObject configJson() const;
    QString applyConfig(const QJsonObject &config);

    SandboxServer &m_server;
};

} // namespace bw::sandbox
