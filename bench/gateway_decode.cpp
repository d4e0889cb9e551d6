// Gateway decode benchmark: how many ~1 KB MESSAGE_CREATE dispatches per second one core turns into
// typed GatewayEvents (plain JSON, zlib-stream, zstd-stream), against the QJsonDocument::fromJson baseline.
// Usage: gateway_decode [seconds per case, default 2] [only cases containing this text]
#include "discord/GatewayPayload.h"
#include "discord/StreamDecoders.h"
#include "gateway_decode_payload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>

#include <cstdio>
#include <ctime>
#include <functional>
#include <zlib.h>
#include <zstd.h>

using namespace bw::discord;

namespace {

QList<QByteArray> zlibFrames(const QList<QByteArray> &payloads)
{
    z_stream zs {};
    deflateInit(&zs, Z_DEFAULT_COMPRESSION);
    QList<QByteArray> out;
    for (const QByteArray &in : payloads) {
        QByteArray buf(int(deflateBound(&zs, uLong(in.size())) + 64), Qt::Uninitialized);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        zs.avail_in = uInt(in.size());
        zs.next_out = reinterpret_cast<Bytef *>(buf.data());
        zs.avail_out = uInt(buf.size());
        deflate(&zs, Z_SYNC_FLUSH);
        buf.truncate(buf.size() - zs.avail_out);
        out.append(buf);
    }
    deflateEnd(&zs);
    return out;
}

QList<QByteArray> zstdFrames(const QList<QByteArray> &payloads)
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    QList<QByteArray> out;
    for (const QByteArray &in : payloads) {
        QByteArray buf(int(ZSTD_compressBound(size_t(in.size())) + 64), Qt::Uninitialized);
        ZSTD_inBuffer ib {in.data(), size_t(in.size()), 0};
        ZSTD_outBuffer ob {buf.data(), size_t(buf.size()), 0};
        while (ZSTD_compressStream2(c, &ob, &ib, ZSTD_e_flush) != 0) { }
        buf.truncate(qsizetype(ob.pos));
        out.append(buf);
    }
    ZSTD_freeCCtx(c);
    return out;
}

volatile qint64 g_sink = 0;

// Runs `pass` (which processes all N messages once) repeatedly for `seconds`; returns messages per second.
QByteArray g_only; // run only the cases whose name contains this (second argument)

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Runs `pass` (which processes all N messages once) repeatedly for `seconds` of this thread's CPU time;
// returns messages per CPU-second (what one core does, even when the machine is busy with other work).
double measure(const char *name, int n, double seconds, const std::function<void()> &pass)
{
    if (!g_only.isEmpty() && !QByteArray(name).contains(g_only))
        return 0;
    pass(); // warm up
    QElapsedTimer wall;
    wall.start();
    const qint64 cpu0 = threadCpuNs();
    qint64 done = 0;
    while (threadCpuNs() - cpu0 < qint64(seconds * 1e9)) {
        pass();
        done += n;
    }
    const double cpuS = double(threadCpuNs() - cpu0) / 1e9;
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    const double rate = double(done) / cpuS;
    std::printf("%-42s %10.0f /s per core (%5.2f us each; %10.0f /s wall-clock)\n", name, rate, 1e6 / rate,
                double(done) / wallS);
    std::fflush(stdout);
    return rate;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QByteArray(argv[1]).toDouble() : 2.0;
    if (argc > 2)
        g_only = argv[2];
    constexpr int N = 10'000;
    QList<QByteArray> payloads;
    qint64 bytes = 0;
    for (int i = 1; i <= N; ++i) {
        payloads.append(messageCreate(i));
        bytes += payloads.last().size();
    }
    const QList<QByteArray> zframes = zlibFrames(payloads);
    const QList<QByteArray> sframes = zstdFrames(payloads);
    qint64 zbytes = 0;
    for (const QByteArray &f : zframes)
        zbytes += f.size();
    std::printf("payload: MESSAGE_CREATE, %lld bytes on average; zlib-stream frames %lld bytes on average\n",
                bytes / N, zbytes / N);

    measure("baseline QJsonDocument::fromJson only", N, seconds, [&] {
        for (const QByteArray &p : payloads)
            g_sink = g_sink + (QJsonDocument::fromJson(p).isObject());
    });
    const double plain = measure("plain JSON -> GatewayEvent", N, seconds, [&] {
        for (const QByteArray &p : payloads) {
            auto r = decodeGatewayPayload(p);
            GatewayEvent ev = toGatewayEvent(std::move(r.value()), 0);
            g_sink = g_sink + (int(ev.type) + ev.data.size());
        }
    });
    ZlibStreamInflater inflater;
    const double zlib = measure("zlib-stream inflate -> GatewayEvent", N, seconds, [&] {
        inflater.reset();
        for (const QByteArray &f : zframes) {
            auto out = inflater.feed(f);
            auto r = decodeGatewayPayload(*out.value());
            GatewayEvent ev = toGatewayEvent(std::move(r.value()), 0);
            g_sink = g_sink + (int(ev.type) + ev.data.size());
        }
    });
    ZstdStreamDecoder zstd;
    const double zs = measure("zstd-stream decompress -> GatewayEvent", N, seconds, [&] {
        zstd.reset();
        for (const QByteArray &f : sframes) {
            auto out = zstd.feed(f);
            auto r = decodeGatewayPayload(out.value());
            GatewayEvent ev = toGatewayEvent(std::move(r.value()), 0);
            g_sink = g_sink + (int(ev.type) + ev.data.size());
        }
    });
    measure("zlib-stream inflate only", N, seconds, [&] {
        inflater.reset();
        for (const QByteArray &f : zframes)
            g_sink = g_sink + (inflater.feed(f).value()->size());
    });
    std::printf("RESULT plain=%.0f zlib=%.0f zstd=%.0f (aim: 100000/s decode-only on one core)\n", plain,
                zlib, zs);
    return 0;
}
