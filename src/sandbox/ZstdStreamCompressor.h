#pragma once
// ZstdStreamCompressor: zstd-stream transport compression (one endless frame, ZSTD_e_flush per payload).

#include "sandbox/StreamCompressor.h"

struct ZSTD_CCtx_s;

namespace bw::sandbox {

class ZstdStreamCompressor final : public StreamCompressor
{
public:
    ZstdStreamCompressor();
    ~ZstdStreamCompressor() override;
    ZstdStreamCompressor(const ZstdStreamCompressor &) = delete;
    ZstdStreamCompressor &operator=(const ZstdStreamCompressor &) = delete;

    QByteArray compress(QByteArrayView payload) override;

private:
    ZSTD_CCtx_s *m_ctx = nullptr;
};

} // namespace bw::sandbox
