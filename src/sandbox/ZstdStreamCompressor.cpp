#include "sandbox/ZstdStreamCompressor.h"

#include <zstd.h>

namespace bw::sandbox {

ZstdStreamCompressor::ZstdStreamCompressor() : m_ctx(ZSTD_createCCtx())
{
    if (m_ctx)
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_compressionLevel, 3);
}

ZstdStreamCompressor::~ZstdStreamCompressor()
{
    ZSTD_freeCCtx(m_ctx);
}

QByteArray ZstdStreamCompressor::compress(QByteArrayView payload)
{
    if (!m_ctx)
        return {};
    QByteArray out;
    out.resize(qsizetype(ZSTD_compressBound(size_t(payload.size()))) + 64);
    ZSTD_inBuffer in {payload.data(), size_t(payload.size()), 0};
    ZSTD_outBuffer o {out.data(), size_t(out.size()), 0};
    for (;;) {
        const size_t remaining = ZSTD_compressStream2(m_ctx, &o, &in, ZSTD_e_flush);
        if (ZSTD_isError(remaining))
            return {};
        if (remaining == 0)
            break;
        out.resize(out.size() * 2);
        o.dst = out.data();
        o.size = size_t(out.size());
    }
    out.resize(qsizetype(o.pos));
    return out;
}

} // namespace bw::sandbox
