#pragma once
// StreamCompressor: transport compression of one gateway connection (one context per connection; each
// payload flushed so that it can be decoded on its own).

#include <QByteArray>

#include <memory>

namespace bw::sandbox {

class StreamCompressor
{
public:
    virtual ~StreamCompressor() = default;
    /// Compresses one payload; the result is one binary WebSocket message. Empty on failure.
    virtual QByteArray compress(QByteArrayView payload) = 0;

    /// "zlib-stream", "zstd-stream"; anything else gives null (plain text frames).
    static std::unique_ptr<StreamCompressor> create(QByteArrayView name);
};

} // namespace bw::sandbox
