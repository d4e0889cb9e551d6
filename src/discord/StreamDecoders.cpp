#include "discord/StreamDecoders.h"

#include <cstring>
#include <zlib.h>
#include <zstd.h>

namespace bw::discord {

namespace {

constexpr char kSyncFlushSuffix[4] = {'\x00', '\x00', '\xff', '\xff'};

bool endsWithSuffix(QByteArrayView data)
{
    return data.size() >= 4 && std::memcmp(data.data() + data.size() - 4, kSyncFlushSuffix, 4) == 0;
}

Error decodeError(QString message)
{
    return Error::make(Error::Kind::InvalidInput, std::move(message));
}

} // namespace

// ---- ZlibStreamInflater ------------------------------------------------------------------------------

ZlibStreamInflater::ZlibStreamInflater() : m_stream(std::make_unique<z_stream_s>())
{
    reset();
}

ZlibStreamInflater::~ZlibStreamInflater()
{
    if (m_initialised)
        inflateEnd(m_stream.get());
}

void ZlibStreamInflater::reset()
{
    if (m_initialised)
        inflateEnd(m_stream.get());
    std::memset(m_stream.get(), 0, sizeof(z_stream_s));
    // The stream has the zlib wrapper, but it never ends, so its adler32 trailer is never checked.
    // We parse the 2-byte header ourselves and inflate raw deflate data: same result, no checksum cost.
    m_initialised = inflateInit2(m_stream.get(), -MAX_WBITS) == Z_OK;
    m_headerPending = true;
    m_trailerToSkip = 0;
    m_broken = !m_initialised;
    m_pending.clear();
    m_bytesIn = 0;
    m_bytesOut = 0;
}

Result<std::optional<QByteArray>> ZlibStreamInflater::feed(QByteArrayView frame)
{
    if (m_broken)
        return decodeError(QStringLiteral("zlib-stream context is broken; the connection must be restarted"));
    m_bytesIn += frame.size();

    if (m_pending.isEmpty()) {
        if (!endsWithSuffix(frame)) {
            m_pending.append(frame.data(), frame.size());
            return std::optional<QByteArray>();
        }
        auto out = inflateBuffered(frame);
        if (!out)
            return out.error();
        return std::optional<QByteArray>(std::move(out).value());
    }

    if (m_pending.size() + frame.size() > kMaxBytes) {
        m_broken = true;
        m_pending.clear();
        return decodeError(
            QStringLiteral("zlib-stream payload exceeds %1 bytes without a flush marker").arg(kMaxBytes));
    }
    m_pending.append(frame.data(), frame.size());
    if (!endsWithSuffix(m_pending))
        return std::optional<QByteArray>();
    const QByteArray input = std::exchange(m_pending, QByteArray());
    auto out = inflateBuffered(input);
    if (!out)
        return out.error();
    return std::optional<QByteArray>(std::move(out).value());
}

bool ZlibStreamInflater::consumeWrapper()
{
    z_stream_s *zs = m_stream.get();
    while (m_trailerToSkip > 0 && zs->avail_in > 0) {
        ++zs->next_in;
        --zs->avail_in;
        --m_trailerToSkip;
    }
    if (m_trailerToSkip > 0 || !m_headerPending || zs->avail_in == 0)
        return true;
    if (zs->avail_in < 2) {
        m_broken = true;
        return false;
    }
    const unsigned cmf = zs->next_in[0];
    const unsigned flg = zs->next_in[1];
    // Deflate method, window <= 32 KiB, check bits valid, no preset dictionary.
    if ((cmf & 0x0f) != 8 || (cmf >> 4) > 7 || ((cmf << 8) | flg) % 31 != 0 || (flg & 0x20) != 0) {
        m_broken = true;
        return false;
    }
    zs->next_in += 2;
    zs->avail_in -= 2;
    m_headerPending = false;
    return true;
}

Result<QByteArray> ZlibStreamInflater::inflateBuffered(QByteArrayView input)
{
    z_stream_s *zs = m_stream.get();
    // Inflate into a reused scratch buffer (grown when needed), then hand out an exact-size copy: the
    // payload bytes are kept by events and the event log, so they should not carry slack.
    QByteArray &out = m_scratch;
    if (out.size() < qMax<qsizetype>(16 * 1024, input.size() * 8))
        out.resize(qMax<qsizetype>(16 * 1024, input.size() * 8));
    qsizetype produced = 0;

    zs->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    zs->avail_in = static_cast<uInt>(input.size());
    for (;;) {
        if (m_trailerToSkip > 0 || m_headerPending) {
            if (!consumeWrapper())
                return decodeError(QStringLiteral("zlib-stream: not a zlib stream (bad header)"));
            if (zs->avail_in == 0)
                break;
        }
        if (produced == out.size()) {
            if (out.size() >= kMaxBytes) {
                m_broken = true;
                return decodeError(
                    QStringLiteral("zlib-stream payload inflates to more than %1 bytes").arg(kMaxBytes));
            }
            out.resize(qMin<qsizetype>(out.size() * 2, kMaxBytes));
        }
        zs->next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs->avail_out = static_cast<uInt>(out.size() - produced);
        const int rc = inflate(zs, Z_SYNC_FLUSH);
        produced = out.size() - zs->avail_out;
        if (rc == Z_STREAM_END) {
            // The server ended the stream (adler32 trailer follows); a new one may follow.
            inflateReset(zs);
            m_trailerToSkip = 4;
            m_headerPending = true;
            if (zs->avail_in == 0)
                break;
            continue;
        }
        if (rc == Z_BUF_ERROR) {
            if (zs->avail_in == 0 && zs->avail_out != 0)
                break; // all input consumed, nothing more to flush
            if (zs->avail_out == 0)
                continue; // grow the output and go on
            m_broken = true;
            return decodeError(QStringLiteral("zlib-stream: truncated input"));
        }
        if (rc != Z_OK) {
            m_broken = true;
            const QString why = zs->msg ? QString::fromLatin1(zs->msg) : QStringLiteral("error %1").arg(rc);
            return decodeError(QStringLiteral("zlib-stream: corrupt data (%1)").arg(why));
        }
        if (zs->avail_in == 0 && zs->avail_out != 0)
            break;
    }
    m_bytesOut += produced;
    QByteArray result(out.constData(), produced);
    if (m_scratch.size() > 1024 * 1024)
        m_scratch = QByteArray(); // do not keep a huge buffer after a rare huge payload
    return result;
}

// ---- ZstdStreamDecoder -------------------------------------------------------------------------------

ZstdStreamDecoder::ZstdStreamDecoder() : m_ctx(ZSTD_createDCtx())
{
    m_broken = m_ctx == nullptr;
}

ZstdStreamDecoder::~ZstdStreamDecoder()
{
    ZSTD_freeDCtx(m_ctx);
}

void ZstdStreamDecoder::reset()
{
    if (!m_ctx)
        m_ctx = ZSTD_createDCtx();
    m_broken = m_ctx == nullptr || ZSTD_isError(ZSTD_DCtx_reset(m_ctx, ZSTD_reset_session_only));
}

Result<QByteArray> ZstdStreamDecoder::feed(QByteArrayView frame)
{
    if (m_broken)
        return decodeError(QStringLiteral("zstd-stream context is broken; the connection must be restarted"));
    QByteArray &out = m_scratch;
    if (out.size() < qMax<qsizetype>(16 * 1024, frame.size() * 8))
        out.resize(qMax<qsizetype>(16 * 1024, frame.size() * 8));
    ZSTD_inBuffer in {frame.data(), static_cast<size_t>(frame.size()), 0};
    ZSTD_outBuffer ob {out.data(), static_cast<size_t>(out.size()), 0};
    for (;;) {
        const size_t rc = ZSTD_decompressStream(m_ctx, &ob, &in);
        if (ZSTD_isError(rc)) {
            m_broken = true;
            return decodeError(QStringLiteral("zstd-stream: corrupt data (%1)")
                                   .arg(QString::fromLatin1(ZSTD_getErrorName(rc))));
        }
        if (in.pos == in.size && ob.pos < ob.size)
            break; // input consumed and the decoder had room: everything flushed
        if (ob.pos == ob.size) {
            if (out.size() >= kMaxBytes) {
                m_broken = true;
                return decodeError(QStringLiteral("zstd-stream payload exceeds %1 bytes").arg(kMaxBytes));
            }
            out.resize(qMin<qsizetype>(out.size() * 2, kMaxBytes));
            ob.dst = out.data();
            ob.size = static_cast<size_t>(out.size());
        }
    }
    QByteArray result(out.constData(), static_cast<qsizetype>(ob.pos));
    if (m_scratch.size() > 1024 * 1024)
        m_scratch = QByteArray();
    return result;
}

} // namespace bw::discord
