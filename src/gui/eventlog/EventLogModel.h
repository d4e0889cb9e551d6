#pragma once
// EventLogModel: every record of the event log as a table, backed by a bounded EventRing (default
// 1,000,000 records). Records arrive in batches; each batch is one insert (and, when the ring is full,
// one removal of the oldest rows).

#include "gui/eventlog/EventRing.h"
#include "gui/eventlog/LocalTimeText.h"
#include "store/EventRecord.h"

#include <QAbstractTableModel>

namespace bw::gui {

class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { Time, Kind, Shard, Guild, Channel, User, Key, Duration, Summary, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1, // qint64: the record's sequence number
        TimestampRole, // qint64 ms since the epoch
        KindRole, // QString
        CategoryRole, // int (store::EventCategory)
        DurationRole, // qint64, -1 = none
        IsErrorRole, // bool
        JsonRole, // QByteArray
    };

    static constexpr qint64 kDefaultCapacity = 1'000'000;

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    qint64 capacity() const { return m_capacity; }
    /// Drops the oldest records when the new capacity is smaller.
    void setCapacity(qint64 capacity);

    /// Appends a batch (oldest first): one rowsInserted, and at most one rowsRemoved for eviction.
    void appendBatch(const QList<store::EventRecord> &batch);
    /// Appends batch[from, from + count) the same way (lets the panel spread a large batch over several
    /// turns of the event loop).
    void appendRange(const QList<store::EventRecord> &batch, qsizetype from, qsizetype count);
    void clear();

    const EventRing &ring() const { return m_ring; }
    /// Records appended since construction (including evicted and cleared ones).
    qint64 totalAppended() const { return m_ring.endSeq(); }
    store::EventRecord record(int row) const { return m_ring.record(m_ring.firstSeq() + row); }
    int rowOfSeq(qint64 seq) const { return m_ring.contains(seq) ? int(seq - m_ring.firstSeq()) : -1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// What a cell of the record `seq` shows (also used by the filter model and the export).
    QVariant dataOf(qint64 seq, int column, int role) const;

private:
    void evict(qint64 count);

    EventRing m_ring;
    qint64 m_capacity = kDefaultCapacity;
    mutable LocalTimeText m_timeText;
};

} // namespace bw::gui
