// botwright-sandbox: runs the local Discord emulator alone, so that any client (discord.js, discord.py,
// Botwright itself) can be pointed at it.
#include "core/Logging.h"
#include "sandbox/HttpDelivery.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

} // namespace

int main(int argc, char **argv)
{
    // Qt's own event dispatcher (poll) instead of GLib's: noticeably less CPU per request on a busy server.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"botwright-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTWRIGHT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Discord (REST v10 + Gateway v10) on 127.0.0.1, with simulated users and fault injection."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1 (0 = any free port)."_s, u"P"_s,
                                        u"0"_s);
    const QCommandLineOption worldOption(u"world"_s, u"JSON world file (default: the built-in world)."_s,
                                         u"FILE"_s);
    const QCommandLineOption tokenOption(u"token"_s, u"Bot token to accept (default: a generated one)."_s,
                                         u"T"_s);
    const QCommandLineOption stateOption(u"state"_s, u"SQLite file that keeps the world across restarts."_s,
                                         u"FILE"_s);
    const QCommandLineOption heartbeatOption(u"heartbeat-interval"_s, u"Gateway heartbeat interval in ms."_s,
                                             u"MS"_s, u"41250"_s);
    const QCommandLineOption logOption(u"log"_s,
                                       u"Log every request and gateway payload (tokens redacted)."_s);
    const QCommandLineOption interactionsOption(
        u"interactions-url"_s,
        u"Deliver interactions as signed HTTP POSTs to this Interactions Endpoint URL instead of the gateway "
        u"(switchable at run time: POST /_sandbox/http-delivery)."_s,
        u"URL"_s);
    parser.addOptions(
        {portOption, worldOption, tokenOption, stateOption, heartbeatOption, logOption, interactionsOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "botwright-sandbox: --port must be a number from 0 to 65535\n");
        return 2;
    }
    const int heartbeat = parser.value(heartbeatOption).toInt(&ok);
    if (!ok || heartbeat < 100) {
        std::fprintf(stderr, "botwright-sandbox: --heartbeat-interval must be at least 100 ms\n");
        return 2;
    }

    bw::sandbox::SandboxOptions options;
    options.port = quint16(port);
    options.worldFile = parser.value(worldOption);
    options.token = parser.value(tokenOption);
    options.stateFile = parser.value(stateOption);
    options.heartbeatIntervalMs = heartbeat;
    options.log = parser.isSet(logOption);
    if (options.log)
        QLoggingCategory::setFilterRules(u"botwright.sandbox.info=true"_s);

    bw::sandbox::SandboxServer server(options);
    const auto started = server.start();
    if (!started.ok()) {
        std::fprintf(stderr, "botwright-sandbox: %s\n", qPrintable(started.error().toString()));
        return 1;
    }

    if (parser.isSet(interactionsOption)) {
        const QUrl url(parser.value(interactionsOption));
        if (!url.isValid() || url.scheme() != u"http"_s) {
            std::fprintf(stderr, "botwright-sandbox: --interactions-url must be an http:// URL\n");
            return 2;
        }
        server.httpDelivery()->setEndpoint(url);
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
            notifier->setEnabled(false);
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
            QCoreApplication::quit();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }

    std::printf("Botwright sandbox %s\n", BOTWRIGHT_VERSION);
    std::printf("REST base:      %s\n", qPrintable(server.apiBase().toString()));
    std::printf("Gateway URL:    %s\n", qPrintable(server.gatewayUrl().toString()));
    std::printf("Bot token:      %s\n", qPrintable(server.botToken()));
    std::printf("Application id: %s\n", qPrintable(server.applicationId()));
    std::printf("Public key:     %s\n", qPrintable(server.publicKeyHex()));
    if (server.httpDelivery()->isEnabled())
        std::printf("Interactions:   POSTed to %s\n",
                    qPrintable(server.httpDelivery()->endpoint().toString()));
    std::printf("Control API:    http://127.0.0.1:%u/_sandbox/ (see docs/sandbox.md)\n",
                unsigned(server.port()));
    std::fflush(stdout);

    const int rc = QCoreApplication::exec();
    server.stop();
    std::printf("botwright-sandbox stopped\n");
    return rc;
}
