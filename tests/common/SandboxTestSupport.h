#pragma once
// Helpers for tests that drive the embedded sandbox: run code on its server thread, and a REST client
// with the sandbox bot's token.

#include "discord/RestClient.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

#include <QMetaObject>

#include <memory>

/// Runs `f(server)` on the sandbox server's thread and returns its result.
template<typename F> auto onServer(bw::sandbox::SandboxHost &host, F f)
{
    decltype(f(*host.server())) result {};
    QMetaObject::invokeMethod(
        host.server(), [&] { result = f(*host.server()); }, Qt::BlockingQueuedConnection);
    return result;
}

namespace bw::test {

/// A REST client talking to the sandbox as its bot.
inline std::unique_ptr<discord::RestClient> sandboxRest(sandbox::SandboxHost &host)
{
    discord::RestClient::Options options;
    options.apiBase = host.apiBase();
    options.token = host.botToken();
    return std::make_unique<discord::RestClient>(options);
}

/// The sandbox's #general.
inline QString defaultChannel(sandbox::SandboxHost &host)
{
    return onServer(host, [](sandbox::SandboxServer &s) { return s.defaultChannelId(); });
}

} // namespace bw::test
