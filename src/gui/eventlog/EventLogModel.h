#pragma once
// EventLogModel: every record of the event log as a table, backed by a bounded EventRing (default
// 1,000,000 records). Records arrive in batches; each batch is one insert until the ring is full, then
// one shift in place (rowsShifted + dataChanged: the oldest rows leave, the new ones arrive, the row
// count stays), because Qt's views pay for every inserted or removed row of a million with a pass over
// all of them.

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

    /// Appends a batch (oldest first): one rowsInserted while the ring has room (and one rowsRemoved when
    /// it overflows on the way), then one rowsShifted.
    void appendBatch(const QList<store::EventRecord> &batch);
    /// Part of a batch: batch[from, from + count).
    struct BatchRange
    {
        const QList<store::EventRecord> *batch;
        qsizetype from;
        qsizetype count;
    };
    /// Appends the ranges in order the same way, as one insertion or shift (lets the panel append what
    /// arrived in several batches at once, or spread a large batch over several turns of the event loop).
    void appendRanges(const QList<BatchRange> &ranges);
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

Q_SIGNALS:
    /// The full ring dropped its `count` oldest records and appended as many: every row now shows the
    /// record `count` rows below it before (dataChanged for all rows follows). A view that is not at the
    /// end keeps its records in sight by moving up `count` rows.
    void rowsShifted(int count);

private:
    void evict(qint64 count);

    EventRing m_ring;
    qint64 m_capacity = kDefaultCapacity;
    mutable LocalTimeText m_timeText;
};

} // namespace bw::gui
