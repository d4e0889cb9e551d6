// End-to-end gateway benchmark: the sandbox (on its own thread) sends ~1 KB MESSAGE_CREATE dispatches over
// loopback to a GatewayShard (on the main thread) that decodes them into GatewayEvents and counts them.
// Prints dispatches per second (wall clock) and per CPU-second of the client thread, plain and zlib-stream.
// Usage: gateway_decode_e2e [dispatches per case, default 100000]
#include "discord/GatewayShard.h"
#include "gateway_decode_payload.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace bw;
using namespace bw::discord;

namespace {

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

void runCase(const char *name, Compression compression, sandbox::SandboxServer *server, QObject *serverCtx,
             int count)
{
    GatewayShard::Options o;
    QMetaObject::invokeMethod(
        serverCtx,
        [&] {
            o.gatewayUrl = server->gatewayUrl();
            o.token = server->botToken();
        },
        Qt::BlockingQueuedConnection);
    o.intents = (1 << 0) | (1 << 9) | (1 << 15);
    o.compression = compression;
    GatewayShard shard(o);

    QEventLoop loop;
    qint64 received = 0;
    qint64 bytes = 0;
    QElapsedTimer wall;
    qint64 cpu0 = 0;
    QObject::connect(&shard, &GatewayShard::dispatch, &loop, [&](const GatewayEvent &e) {
        if (e.type != EventType::MessageCreate)
            return;
        if (received == 0) {
            wall.start();
            cpu0 = threadCpuNs();
        }
        bytes += e.raw.size();
        if (++received == count)
            loop.quit();
    });
    QObject::connect(&shard, &GatewayShard::stateChanged, &loop, [&](GatewayShard::State s) {
        if (s != GatewayShard::State::Ready)
            return;
        // Produce the flood on the sandbox thread in chunks, so its socket writes as it goes.
        QMetaObject::invokeMethod(serverCtx, [server, count] {
            auto *timer = new QTimer;
            auto sent = std::make_shared<int>(0);
            QObject::connect(timer, &QTimer::timeout, timer, [server, count, sent, timer] {
                for (int i = 0; i < 500 && *sent < count; ++i, ++*sent)
                    server->gateway()->dispatchRaw("MESSAGE_CREATE", 0, 0, messageCreateData(*sent));
                if (*sent >= count)
                    timer->deleteLater();
            });
            timer->start(0);
        });
    });
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    shard.start();
    loop.exec();
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const double cpuS = double(threadCpuNs() - cpu0) / 1e9;
    std::printf(
        "%-28s %8lld dispatches (%lld B avg): %10.0f /s wall-clock, %10.0f /s per client CPU-second\n", name,
        received, received ? bytes / received : 0, double(received) / wallS, double(received) / cpuS);
    std::fflush(stdout);
    shard.stop();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;

    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("sandbox"));
    serverThread.start();
    QObject serverCtx;
    serverCtx.moveToThread(&serverThread);
    sandbox::SandboxServer *server = nullptr;
    QMetaObject::invokeMethod(
        &serverCtx,
        [&] {
            sandbox::SandboxOptions so;
            so.replayBufferSize = 100; // the benchmark never resumes
            server = new sandbox::SandboxServer(so);
            if (!server->start().ok())
                std::fprintf(stderr, "sandbox did not start\n");
        },
        Qt::BlockingQueuedConnection);

    runCase("plain JSON (text frames)", Compression::None, server, &serverCtx, count);
    runCase("zlib-stream", Compression::ZlibStream, server, &serverCtx, count);
    runCase("zstd-stream", Compression::ZstdStream, server, &serverCtx, count);

    QMetaObject::invokeMethod(
        &serverCtx, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
