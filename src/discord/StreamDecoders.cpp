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
    m_initialised = inflateInit(m_stream.get()) == Z_OK; // windowBits 15 with the zlib wrapper
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

Result<QByteArray> ZlibStreamInflater::inflateBuffered(QByteArrayView input)
{
    z_stream_s *zs = m_stream.get();
    // JSON compresses about 4-8x; start with a generous guess and grow when needed.
    QByteArray out(qMax<qsizetype>(4096, input.size() * 8), Qt::Uninitialized);
    qsizetype produced = 0;

    zs->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.data()));
    zs->avail_in = static_cast<uInt>(input.size());
    for (;;) {
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
            // The server ended the stream; a new one may follow on the same connection.
            inflateReset(zs);
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
    out.truncate(produced);
    m_bytesOut += produced;
    return out;
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
    QByteArray out(qMax<qsizetype>(4096, frame.size() * 8), Qt::Uninitialized);
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
    out.truncate(static_cast<qsizetype>(ob.pos));
    return out;
}

} // namespace bw::discord
