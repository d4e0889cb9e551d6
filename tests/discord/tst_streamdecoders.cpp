// Unit tests of the gateway's transport decompression (zlib-stream and zstd-stream).
#include "discord/GatewayPayload.h"
#include "discord/StreamDecoders.h"

#include <QTest>

#include <zlib.h>
#include <zstd.h>

using namespace bw::discord;

namespace {

// A server-side zlib stream: one deflate context, Z_SYNC_FLUSH after each payload.
class Deflater
{
public:
    Deflater() { deflateInit(&m_zs, Z_DEFAULT_COMPRESSION); }
    ~Deflater() { deflateEnd(&m_zs); }
    QByteArray compress(const QByteArray &in)
    {
        QByteArray out(int(deflateBound(&m_zs, uLong(in.size())) + 64), Qt::Uninitialized);
        m_zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_zs.avail_in = uInt(in.size());
        m_zs.next_out = reinterpret_cast<Bytef *>(out.data());
        m_zs.avail_out = uInt(out.size());
        deflate(&m_zs, Z_SYNC_FLUSH);
        out.truncate(out.size() - m_zs.avail_out);
        return out;
    }

private:
    z_stream m_zs {};
};

class ZstdCompressor
{
public:
    ZstdCompressor() : m_ctx(ZSTD_createCCtx()) { }
    ~ZstdCompressor() { ZSTD_freeCCtx(m_ctx); }
    QByteArray compress(const QByteArray &in)
    {
        QByteArray out(int(ZSTD_compressBound(size_t(in.size())) + 64), Qt::Uninitialized);
        ZSTD_inBuffer ib {in.data(), size_t(in.size()), 0};
        ZSTD_outBuffer ob {out.data(), size_t(out.size()), 0};
        while (ZSTD_compressStream2(m_ctx, &ob, &ib, ZSTD_e_flush) != 0) { }
        out.truncate(qsizetype(ob.pos));
        return out;
    }

private:
    ZSTD_CCtx *m_ctx;
};

QByteArray payload(int n, int padding = 50)
{
    return QByteArray("{\"op\":0,\"s\":") + QByteArray::number(n)
        + ",\"t\":\"MESSAGE_CREATE\",\"d\":{\"content\":\"" + QByteArray(padding, char('a' + n % 26))
        + "\"}}";
}

} // namespace

class TestStreamDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zlibOnePayloadPerFrame()
    {
        Deflater d;
        ZlibStreamInflater inf;
        for (int i = 1; i <= 50; ++i) {
            const QByteArray p = payload(i, i * 37);
            auto r = inf.feed(d.compress(p));
            QVERIFY(r.ok());
            QVERIFY(r.value().has_value());
            QCOMPARE(*r.value(), p);
        }
    }

    void zlibPayloadSplitAcrossFrames()
    {
        Deflater d;
        ZlibStreamInflater inf;
        const QByteArray big = payload(7, 20000);
        const QByteArray z = d.compress(big);
        QVERIFY(z.size() > 8);
        // Split so that one piece ends inside the 00 00 FF FF marker, and one frame is 1 byte.
        const qsizetype a = z.size() / 3, b = z.size() - 2;
        auto r1 = inf.feed(QByteArrayView(z).first(a));
        QVERIFY(r1.ok());
        QVERIFY(!r1.value().has_value());
        auto r2 = inf.feed(QByteArrayView(z).sliced(a, b - a));
        QVERIFY(r2.ok());
        QVERIFY(!r2.value().has_value());
        auto r3 = inf.feed(QByteArrayView(z).sliced(b, 1));
        QVERIFY(r3.ok());
        QVERIFY(!r3.value().has_value());
        auto r4 = inf.feed(QByteArrayView(z).sliced(b + 1));
        QVERIFY(r4.ok());
        QVERIFY(r4.value().has_value());
        QCOMPARE(*r4.value(), big);
        // The context carries on for the next payload.
        const QByteArray next = payload(8);
        auto r5 = inf.feed(d.compress(next));
        QVERIFY(r5.ok() && r5.value().has_value());
        QCOMPARE(*r5.value(), next);
    }

    void zlibSeveralPayloadsInOneFrame()
    {
        // Two payloads flushed separately but delivered in one frame inflate together, in order; the
        // shard then splits them (splitJsonObjects, tested in tst_gatewayprotocol).
        Deflater d;
        ZlibStreamInflater inf;
        QByteArray frame = d.compress(payload(1)); // two statements: the stream order matters
        frame += d.compress(payload(2));
        auto r = inf.feed(frame);
        QVERIFY(r.ok() && r.value().has_value());
        QCOMPARE(*r.value(), payload(1) + payload(2));
        QCOMPARE(splitJsonObjects(*r.value()), (QList<QByteArray> {payload(1), payload(2)}));
    }

    void zlibLargeInflationGrowsBuffer()
    {
        Deflater d;
        ZlibStreamInflater inf;
        const QByteArray huge = "{\"op\":0,\"d\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}";
        auto r = inf.feed(d.compress(huge));
        QVERIFY(r.ok());
        QCOMPARE(*r.value(), huge);
    }

    void zlibGarbageIsAnErrorAndResetRecovers()
    {
        ZlibStreamInflater inf;
        QByteArray garbage("this is not zlib at all");
        garbage.append("\x00\x00\xff\xff", 4);
        auto r = inf.feed(garbage);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("zlib")));
        QVERIFY(inf.isBroken());
        QVERIFY(!inf.feed(QByteArray("x")).ok()); // stays broken until reset
        inf.reset();
        Deflater d;
        const QByteArray p = payload(1);
        auto ok = inf.feed(d.compress(p));
        QVERIFY(ok.ok());
        QCOMPARE(*ok.value(), p);
    }

    void zlibNewConnectionNeedsReset()
    {
        // A second server stream (new connection) starts with a zlib header; the old context must be reset.
        ZlibStreamInflater inf;
        {
            Deflater d;
            QVERIFY(inf.feed(d.compress(payload(1))).ok());
        }
        inf.reset();
        Deflater d2;
        auto r = inf.feed(d2.compress(payload(2)));
        QVERIFY(r.ok());
        QCOMPARE(*r.value(), payload(2));
    }

    void zlibStreamEndThenNewStream()
    {
        // A server that finishes its zlib stream and starts another on the same connection.
        ZlibStreamInflater inf;
        QByteArray frames;
        {
            z_stream zs {};
            deflateInit(&zs, Z_DEFAULT_COMPRESSION);
            const QByteArray p = payload(1);
            QByteArray out(4096, Qt::Uninitialized);
            zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(p.data()));
            zs.avail_in = uInt(p.size());
            zs.next_out = reinterpret_cast<Bytef *>(out.data());
            zs.avail_out = uInt(out.size());
            deflate(&zs, Z_FINISH);
            out.truncate(out.size() - zs.avail_out);
            deflateEnd(&zs);
            frames = out; // ends with the adler32 trailer, not the flush marker
        }
        Deflater second;
        frames += second.compress(payload(2));
        auto r = inf.feed(frames);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r.value().has_value());
        QCOMPARE(*r.value(), payload(1) + payload(2));
        auto r2 = inf.feed(second.compress(payload(3)));
        QVERIFY(r2.ok());
        QCOMPARE(*r2.value(), payload(3));
    }

    void zlibRawDeflateWithoutHeaderRefused()
    {
        z_stream zs {};
        deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
        const QByteArray p = payload(1);
        QByteArray out(4096, Qt::Uninitialized);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(p.data()));
        zs.avail_in = uInt(p.size());
        zs.next_out = reinterpret_cast<Bytef *>(out.data());
        zs.avail_out = uInt(out.size());
        deflate(&zs, Z_SYNC_FLUSH);
        out.truncate(out.size() - zs.avail_out);
        deflateEnd(&zs);
        ZlibStreamInflater inf;
        auto r = inf.feed(out);
        // Raw deflate data may by chance start with two bytes that pass the header check; then the
        // inflate itself fails or gives other bytes. It never yields the payload as if all were well.
        if (r.ok() && r.value())
            QVERIFY(*r.value() != p);
    }

    void zlibCorruptMiddleOfStream()
    {
        Deflater d;
        ZlibStreamInflater inf;
        QVERIFY(inf.feed(d.compress(payload(1))).ok());
        QByteArray z = d.compress(payload(2, 500));
        for (qsizetype i = 2; i < z.size() - 4; ++i)
            z[i] = char(0xA5 ^ i);
        auto r = inf.feed(z);
        // Either an error or, with astronomically low odds, garbage output; never a crash.
        if (r.ok() && r.value())
            QVERIFY(*r.value() != payload(2, 500));
    }

    void zstdPayloads()
    {
        ZstdCompressor c;
        ZstdStreamDecoder dec;
        for (int i = 1; i <= 30; ++i) {
            const QByteArray p = payload(i, i * 301);
            auto r = dec.feed(c.compress(p));
            QVERIFY(r.ok());
            QCOMPARE(r.value(), p);
        }
        const QByteArray huge = "{\"d\":\"" + QByteArray(2 * 1024 * 1024, 'z') + "\"}";
        auto r = dec.feed(c.compress(huge));
        QVERIFY(r.ok());
        QCOMPARE(r.value(), huge);
    }

    void zstdGarbage()
    {
        ZstdStreamDecoder dec;
        auto r = dec.feed(QByteArray("\x28\xb5\x2f\xfd garbage garbage garbage"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("zstd")));
        dec.reset();
        ZstdCompressor c;
        auto ok = dec.feed(c.compress(payload(3)));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value(), payload(3));
    }
};

QTEST_GUILESS_MAIN(TestStreamDecoders)
#include "tst_streamdecoders.moc"
