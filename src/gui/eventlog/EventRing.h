#pragma once
// EventRing: the event log's bounded in-memory store: fixed-size slots (time, ids, kind, duration) in
// chunks, and the text of each record (key, summary, JSON) in an append-only byte arena of 1 MiB blocks;
// dropping from the front frees whole chunks and blocks. Text search scans the arena blocks directly.

#include "gui/eventlog/PrefaultedArrays.h"
#include "gui/eventlog/TextMatcher.h"
#include "store/EventRecord.h"

#include <QHash>
#include <QStringConverter>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

namespace bw::gui {

class EventRing
{
public:
    struct Slot
    {
        qint64 tsMs;
        quint64 guild; // snowflakes as numbers (0 = none)
        quint64 channel;
        quint64 user;
        quint32 block; // arena block (global index) holding key\0summary\0json\0
        quint32 offset;
        quint32 jsonLen;
        quint16 keyLen;
        quint16 summaryLen;
        qint32 durationMs; // -1 = none
        qint16 shard;
        quint16 kindId;
        quint8 category; // store::EventCategory
        bool isError;
    };

    EventRing();
    ~EventRing();
    Q_DISABLE_COPY_MOVE(EventRing)

    /// Sequence numbers grow forever; the ring holds [firstSeq(), endSeq()).
    qint64 firstSeq() const { return m_first; }
    qint64 endSeq() const { return m_end; }
    qint64 size() const { return m_end - m_first; }
    bool contains(qint64 seq) const { return seq >= m_first && seq < m_end; }

    void append(const store::EventRecord &record);
    /// Forgets the `count` oldest records.
    void dropFront(qint64 count);
    void clear();

    const Slot &slot(qint64 seq) const
    {
        const qint64 i = seq - m_slotBase;
        return m_chunks[size_t(i >> kChunkShift)][size_t(i & kChunkMask)];
    }
    QByteArrayView key(qint64 seq) const;
    QByteArrayView summary(qint64 seq) const;
    QByteArrayView json(qint64 seq) const;
    /// key, summary and JSON of one record as one span (fields separated by NUL bytes).
    QByteArrayView text(qint64 seq) const;
    store::EventRecord record(qint64 seq) const;

    QString kindName(quint16 kindId) const { return m_kindNames.value(kindId); }
    int kindCount() const { return int(m_kindNames.size()); }
    QStringList kindNames() const { return m_kindNames; }

    /// Calls onMatch(seq) in ascending order for every record in [fromSeq, endSeq()) whose text holds the
    /// matcher's needle (scans the arena blocks, not record by record).
    template<typename F>
    void forEachTextMatch(const TextMatcher &matcher, qint64 fromSeq, qint64 endSeq, F &&onMatch) const;

    /// Bytes held: slot chunks plus arena blocks (allocated, not only used).
    qint64 memoryBytes() const;
    /// Byte frequencies of the newest text (a sample of up to 256 KiB), for TextMatcher.
    TextMatcher::ByteFrequencies byteFrequencies() const;

    static quint64 parseId(const QString &id);

private:
    static constexpr int kChunkShift = 14; // 16384 slots per chunk
    static constexpr qint64 kChunkSize = qint64(1) << kChunkShift;
    static constexpr qint64 kChunkMask = kChunkSize - 1;
    static constexpr quint32 kBlockSize = 1u << 20;

    struct Block
    {
        std::unique_ptr<char[]> data;
        quint32 used = 0;
        quint32 capacity = 0;
        qint64 firstSeq = 0; // the first record whose text starts here
    };

    const Block &blockOf(const Slot &s) const { return m_blocks[size_t(s.block - m_blockBase)]; }
    quint16 internKind(const QString &kind);

    std::deque<std::unique_ptr<Slot[]>> m_chunks;
    qint64 m_slotBase = 0; // seq of m_chunks.front()[0]
    std::deque<Block> m_blocks;
    quint32 m_blockBase = 0; // global index of m_blocks.front()
    qint64 m_first = 0;
    qint64 m_end = 0;
    QStringList m_kindNames;
    QHash<QString, quint16> m_kindIds;
    QStringEncoder m_utf8 {QStringEncoder::Utf8};
    // One freed chunk and one freed block kept for reuse: a full ring evicts and appends all the time.
    std::unique_ptr<Slot[]> m_spareChunk;
    std::unique_ptr<char[]> m_spareBlock;
    // New chunks and blocks, first-touched on another thread (page faults of a fresh megabyte would
    // otherwise land on the GUI thread during appends).
    PrefaultedArrays<Slot> m_newChunks {kChunkSize};
    PrefaultedArrays<char> m_newBlocks {kBlockSize};
};

template<typename F>
void EventRing::forEachTextMatch(const TextMatcher &matcher, qint64 fromSeq, qint64 endSeq, F &&onMatch) const
{
    fromSeq = qMax(fromSeq, m_first);
    endSeq = qMin(endSeq, m_end);
    if (fromSeq >= endSeq)
        return;
    const size_t startBlock = size_t(slot(fromSeq).block - m_blockBase);
    qint64 seq = fromSeq;
    for (size_t b = startBlock; b < m_blocks.size(); ++b) {
        const Block &block = m_blocks[b];
        if (seq >= endSeq)
            return;
        const qint64 blockEnd = qMin(b + 1 < m_blocks.size() ? m_blocks[b + 1].firstSeq : m_end, endSeq);
        if (seq >= blockEnd)
            continue;
        const quint32 used = blockEnd < m_end && slot(blockEnd).block == slot(seq).block
            ? slot(blockEnd).offset
            : block.used;
        quint32 pos = slot(seq).offset;
        while (pos < used) {
            const qsizetype hit = matcher.indexIn(block.data.get() + pos, used - pos);
            if (hit < 0)
                break;
            const quint32 at = pos + quint32(hit);
            // The record holding `at`: the last one in [seq, blockEnd) whose offset <= at.
            qint64 lo = seq, hi = blockEnd - 1;
            while (lo < hi) {
                const qint64 mid = lo + (hi - lo + 1) / 2;
                if (slot(mid).offset <= at)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            onMatch(lo);
            const Slot &s = slot(lo);
            pos = s.offset + s.keyLen + s.summaryLen + s.jsonLen + 3;
            seq = lo + 1;
            if (seq >= blockEnd)
                break;
        }
        seq = blockEnd;
    }
}

} // namespace bw::gui
