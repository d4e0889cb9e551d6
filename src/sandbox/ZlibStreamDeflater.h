#pragma once
// ZlibStreamDeflater: zlib-stream transport compression (zlib wrapper, Z_SYNC_FLUSH after each payload).

#include "sandbox/StreamCompressor.h"

#include <zlib.h>

namespace bw::sandbox {

class ZlibStreamDeflater final : public StreamCompressor
{
public:
    ZlibStreamDeflater();
    ~ZlibStreamDeflater() override;
    ZlibStreamDeflater(const ZlibStreamDeflater &) = delete;
    ZlibStreamDeflater &operator=(const ZlibStreamDeflater &) = delete;

    QByteArray compress(QByteArrayView payload) override;

private:
    z_stream m_stream {};
    bool m_ok = false;
};

} // namespace bw::sandbox
