#include "gui/eventlog/EventRing.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace bw::gui {

EventRing::EventRing() = default;
EventRing::~EventRing() = default;

quint64 EventRing::parseId(const QString &id)
{
    // Snowflakes are decimal digits only (QString::toULongLong goes through the locale and costs ~15 % of
    // an append); anything else, or a value over 64 bits, is no id.
    if (id.isEmpty() || id.size() > 20)
        return 0;
    quint64 value = 0;
    for (const QChar ch : id) {
        const char16_t c = ch.unicode();
        if (c < u'0' || c > u'9')
            return 0;
        const quint64 digit = c - u'0';
        if (value > (std::numeric_limits<quint64>::max() - digit) / 10)
            return 0;
        value = value * 10 + digit;
    }
    return value;
}

quint16 EventRing::internKind(const QString &kind)
{
    const auto it = m_kindIds.constFind(kind);
    if (it != m_kindIds.cend())
        return *it;
    const auto id = quint16(qMin<qsizetype>(m_kindNames.size(), 0xffff));
    if (id == 0xffff)
        return id; // absurdly many kinds: the rest share the last id
    m_kindNames.append(kind);
    m_kindIds.insert(kind, id);
    return id;
}

void EventRing::append(const store::EventRecord &r)
{
    // UTF-8 of key and summary is written straight into the arena (no temporary arrays); at most 3 bytes
    // per UTF-16 unit, and short enough for the 16-bit lengths.
    constexpr qsizetype kMaxUnits = 0xffff / 3;
    const QStringView key = QStringView(r.key).left(kMaxUnits);
    const QStringView summary = QStringView(r.summary).left(kMaxUnits);
    const QByteArray &json = r.json;
    const qsizetype bound = 3 * (key.size() + summary.size()) + json.size() + 3;

    if (m_blocks.empty() || qsizetype(m_blocks.back().capacity - m_blocks.back().used) < bound) {
        Block block;
        block.capacity = quint32(qMax<qsizetype>(kBlockSize, bound));
        if (block.capacity == kBlockSize && m_spareBlock) {
            block.data = std::move(m_spareBlock);
        } else if (block.capacity == kBlockSize) {
            block.data = m_newBlocks.take();
        } else {
            block.data.reset(new char[block.capacity]);
        }
        block.firstSeq = m_end;
        m_blocks.push_back(std::move(block));
    }
    Block &block = m_blocks.back();

    const qint64 index = m_end - m_slotBase;
    if (size_t(index >> kChunkShift) >= m_chunks.size()) {
        if (m_spareChunk)
            m_chunks.push_back(std::move(m_spareChunk));
        else
            m_chunks.push_back(m_newChunks.take());
    }
    Slot &s = m_chunks[size_t(index >> kChunkShift)][size_t(index & kChunkMask)];
    s.tsMs = r.tsMs;
    s.guild = parseId(r.guildId);
    s.channel = parseId(r.channelId);
    s.user = parseId(r.userId);
    s.block = m_blockBase + quint32(m_blocks.size() - 1);
    s.offset = block.used;
    s.jsonLen = quint32(json.size());
    s.durationMs = qint32(std::clamp<qint64>(r.durationMs, -1, std::numeric_limits<qint32>::max()));
    s.shard = qint16(r.shard);
    s.kindId = internKind(r.kind);
    s.category = quint8(store::categoryOfKind(r.kind));
    s.isError = r.isError;

    char *const start = block.data.get() + block.used;
    char *out = m_utf8.appendToBuffer(start, key);
    s.keyLen = quint16(out - start);
    *out++ = '\0';
    char *const summaryStart = out;
    out = m_utf8.appendToBuffer(out, summary);
    s.summaryLen = quint16(out - summaryStart);
    *out++ = '\0';
    if (!json.isEmpty())
        std::memcpy(out, json.constData(), size_t(json.size()));
    out += json.size();
    *out++ = '\0';
    if (key.size() == kMaxUnits || summary.size() == kMaxUnits)
        m_utf8.resetState(); // a cut may have split a surrogate pair
    block.used += quint32(out - start);
    ++m_end;
}

void EventRing::dropFront(qint64 count)
{
    m_first = qMin(m_end, m_first + qMax<qint64>(0, count));
    if (m_first == m_end) {
        clear();
        return;
    }
    while (m_chunks.size() > 1 && m_slotBase + kChunkSize <= m_first) {
        m_spareChunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_slotBase += kChunkSize;
    }
    while (m_blocks.size() > 1 && m_blocks[1].firstSeq <= m_first) {
        if (m_blocks.front().capacity == kBlockSize)
            m_spareBlock = std::move(m_blocks.front().data);
        m_blocks.pop_front();
        ++m_blockBase;
    }
}

void EventRing::clear()
{
    m_chunks.clear();
    m_blocks.clear();
    m_blockBase = 0;
    m_slotBase = m_end; // sequence numbers keep growing across a clear
    m_first = m_end;
}

QByteArrayView EventRing::key(qint64 seq) const
{
    const Slot &s = slot(seq);
    return {blockOf(s).data.get() + s.offset, s.keyLen};
}

QByteArrayView EventRing::summary(qint64 seq) const
{
    const Slot &s = slot(seq);
    return {blockOf(s).data.get() + s.offset + s.keyLen + 1, s.summaryLen};
}

QByteArrayView EventRing::json(qint64 seq) const
{
    const Slot &s = slot(seq);
    return {blockOf(s).data.get() + s.offset + s.keyLen + s.summaryLen + 2, qsizetype(s.jsonLen)};
}

QByteArrayView EventRing::text(qint64 seq) const
{
    const Slot &s = slot(seq);
    return {blockOf(s).data.get() + s.offset, qsizetype(s.keyLen) + s.summaryLen + s.jsonLen + 2};
}

store::EventRecord EventRing::record(qint64 seq) const
{
    const Slot &s = slot(seq);
    store::EventRecord r;
    r.id = seq;
    r.tsMs = s.tsMs;
    r.kind = kindName(s.kindId);
    r.shard = s.shard;
    r.guildId = s.guild ? QString::number(s.guild) : QString();
    r.channelId = s.channel ? QString::number(s.channel) : QString();
    r.userId = s.user ? QString::number(s.user) : QString();
    r.key = QString::fromUtf8(key(seq));
    r.summary = QString::fromUtf8(summary(seq));
    r.json = json(seq).toByteArray();
    r.isError = s.isError;
    r.durationMs = s.durationMs;
    return r;
}

qint64 EventRing::memoryBytes() const
{
    qint64 bytes = qint64(m_chunks.size() + (m_spareChunk ? 1 : 0)) * kChunkSize * qint64(sizeof(Slot));
    for (const Block &b : m_blocks)
        bytes += b.capacity;
    if (m_spareBlock)
        bytes += kBlockSize;
    return bytes;
}

TextMatcher::ByteFrequencies EventRing::byteFrequencies() const
{
    TextMatcher::ByteFrequencies f {};
    f.fill(1);
    constexpr quint32 kSample = 256 * 1024;
    for (auto b = m_blocks.rbegin(); b != m_blocks.rend(); ++b) {
        const quint32 n = qMin(b->used, kSample);
        const auto *p = reinterpret_cast<const uchar *>(b->data.get() + b->used - n);
        for (quint32 i = 0; i < n; ++i) {
            const uchar c = p[i];
            ++f[(c >= 'A' && c <= 'Z') ? uchar(c | 0x20) : c];
        }
        if (n >= 64 * 1024)
            break;
    }
    return f;
}

} // namespace bw::gui
