#include "sandbox/ZlibStreamDeflater.h"

#include "sandbox/ZstdStreamCompressor.h"

namespace bw::sandbox {

std::unique_ptr<StreamCompressor> StreamCompressor::create(QByteArrayView name)
{
    if (name == "zlib-stream")
        return std::make_unique<ZlibStreamDeflater>();
    if (name == "zstd-stream")
        return std::make_unique<ZstdStreamCompressor>();
    return nullptr;
}

ZlibStreamDeflater::ZlibStreamDeflater()
{
    m_ok = deflateInit(&m_stream, 1) == Z_OK; // level 1: a payload per flush, speed over size
}

ZlibStreamDeflater::~ZlibStreamDeflater()
{
    if (m_ok)
        deflateEnd(&m_stream);
}

QByteArray ZlibStreamDeflater::compress(QByteArrayView payload)
{
    if (!m_ok)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&m_stream, uLong(payload.size()))) + 16);
    m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(payload.data()));
    m_stream.avail_in = uInt(payload.size());
    qsizetype produced = 0;
    for (;;) {
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        m_stream.avail_out = uInt(out.size() - produced);
        const int rc = deflate(&m_stream, Z_SYNC_FLUSH);
        produced = out.size() - m_stream.avail_out;
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return {};
        if (m_stream.avail_out > 0 && m_stream.avail_in == 0)
            break;
        out.resize(out.size() * 2);
    }
    out.resize(produced);
    return out;
}

} // namespace bw::sandbox
