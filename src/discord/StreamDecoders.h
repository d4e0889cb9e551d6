#pragma once
// Transport decompression of the gateway: zlib-stream (one z_stream per connection, payloads end with
// 00 00 FF FF) and zstd-stream (one ZSTD_DCtx per connection, one payload per message).

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>
#include <optional>

struct z_stream_s;
struct ZSTD_DCtx_s;

namespace bw::discord {

/// zlib-stream: binary frames are buffered until the buffer ends with the Z_SYNC_FLUSH marker, then the
/// buffer is inflated with the connection's single inflate context into one JSON payload.
class ZlibStreamInflater
{
public:
    /// Largest buffered compressed input or inflated payload we accept before reporting an error.
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    ZlibStreamInflater();
    ~ZlibStreamInflater();
    ZlibStreamInflater(const ZlibStreamInflater &) = delete;
    ZlibStreamInflater &operator=(const ZlibStreamInflater &) = delete;

    /// Feeds one binary frame. Gives the inflated payload once the buffered input ends with the
    /// sync-flush suffix, std::nullopt while more frames are needed, or an Error for a corrupt stream
    /// (after which the connection must be dropped: the context is unusable until reset()).
    Result<std::optional<QByteArray>> feed(QByteArrayView frame);
    /// Starts a fresh context and drops buffered input; call on every new connection.
    void reset();
    bool isBroken() const { return m_broken; }
    /// Total compressed and inflated bytes seen since the last reset (for statistics).
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }

private:
    Result<QByteArray> inflateBuffered(QByteArrayView input);
    bool consumeWrapper();

    std::unique_ptr<z_stream_s> m_stream;
    bool m_initialised = false;
    bool m_broken = false;
    bool m_headerPending = true; // the 2-byte zlib header at the start of a stream
    int m_trailerToSkip = 0; // adler32 bytes after a stream end
    QByteArray m_pending; // compressed bytes of an unfinished payload
    QByteArray m_scratch; // reused output buffer
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

/// zstd-stream: each binary message is one payload of a frame that never ends; decompress until the
/// input is consumed.
class ZstdStreamDecoder
{
public:
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    ZstdStreamDecoder();
    ~ZstdStreamDecoder();
    ZstdStreamDecoder(const ZstdStreamDecoder &) = delete;
    ZstdStreamDecoder &operator=(const ZstdStreamDecoder &) = delete;

    /// Decompresses one binary message into its payload, or gives an Error for corrupt input.
    Result<QByteArray> feed(QByteArrayView frame);
    void reset();
    bool isBroken() const { return m_broken; }

private:
    ZSTD_DCtx_s *m_ctx = nullptr;
    bool m_broken = false;
    QByteArray m_scratch;
};

} // namespace bw::discord
