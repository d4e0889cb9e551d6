#pragma once
// SandboxOptions: everything that configures a SandboxServer (port, world, token, timing, limits).

#include <QString>

namespace bw {
class Clock;
}

namespace bw::sandbox {

struct RateLimitOptions
{
    bool enabled = true;
    int globalLimit = 50; // requests per globalWindowMs per bot (interaction routes exempt)
    int globalWindowMs = 1000;
    int routeLimit = 5; // default per-route bucket size, counted per major parameter
    int routeWindowMs = 5000;
};

struct SandboxOptions
{
    quint16 port = 0; // 0 = a free port; the server binds 127.0.0.1 only
    QString worldFile; // JSON world; empty = the default world
    QString token; // empty = generate a realistic-looking bot token
    QString stateFile; // SQLite file to persist the world in; empty = in memory only
    int heartbeatIntervalMs = 41250;
    int heartbeatTimeoutFactorPercent = 150; // close 4009 when no heartbeat within interval * this / 100
    int resumeWindowMs = 180000; // how long a dropped session stays resumable
    int replayBufferSize = 2000; // dispatches kept per session for RESUME
    int gatewaySendLimit = 120; // client payloads per gatewaySendWindowMs before close 4008
    int gatewaySendWindowMs = 60000;
    int maxPayloadBytes = 4096; // bigger client payloads are closed with 4002
    int maxConcurrency = 1; // identifies per identifyWindowMs per bucket, else op 9 false
    int identifyWindowMs = 5000;
    int shardCount = 1; // the "shards" value of GET /gateway/bot
    qint64 privilegedIntents = (1 << 1) | (1 << 8) | (1 << 15); // enabled in the "developer portal"
    int interactionDeadlineMs = 3000;
    qint64 interactionTokenLifetimeMs = 15 * 60 * 1000;
    int interactionRecordLimit = 100000; // oldest interaction records are forgotten beyond this
    int messageHistoryLimit = 1000; // messages kept per channel
    RateLimitOptions rateLimits;
    bw::Clock *clock = nullptr; // null = the system clock; tests inject a ManualClock
    bool log = false; // log every request and gateway payload (token redacted)
    // The server thread's nice value (Linux keeps one per thread): the emulator yields the CPU to the app
    // it serves, whose GUI thread must not wait behind a flood the emulator itself produces. 0 = as started.
    int threadNice = 5;
};

} // namespace bw::sandbox
