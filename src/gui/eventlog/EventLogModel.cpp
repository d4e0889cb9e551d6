#include "gui/eventlog/EventLogModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace bw::gui {

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) { }

EventLogModel::~EventLogModel() = default;

void EventLogModel::setCapacity(qint64 capacity)
{
    m_capacity = std::clamp<qint64>(capacity, 1, std::numeric_limits<int>::max() / 2);
    if (m_ring.size() > m_capacity)
        evict(m_ring.size() - m_capacity);
}

void EventLogModel::evict(qint64 count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, int(count - 1));
    m_ring.dropFront(count);
    endRemoveRows();
}

void EventLogModel::appendBatch(const QList<store::EventRecord> &batch)
{
    appendRanges({{&batch, 0, batch.size()}});
}

void EventLogModel::appendRanges(const QList<BatchRange> &ranges)
{
    qint64 count = 0;
    for (const BatchRange &r : ranges)
        count
            += qBound<qsizetype>(0, r.count, r.batch->size() - qBound<qsizetype>(0, r.from, r.batch->size()));
    if (count == 0)
        return;
    // More than fits: only the newest `capacity` records count.
    qint64 skip = qMax<qint64>(0, count - m_capacity);
    const qint64 incoming = count - skip;
    const auto appendAll = [&] {
        for (const BatchRange &r : ranges) {
            const qsizetype from = qBound<qsizetype>(0, r.from, r.batch->size());
            const qsizetype end = from + qBound<qsizetype>(0, r.count, r.batch->size() - from);
            for (qsizetype i = from; i < end; ++i) {
                if (skip > 0)
                    --skip;
                else
                    m_ring.append(r.batch->at(i));
            }
        }
    };
    if (m_ring.size() == m_capacity) {
        m_ring.dropFront(incoming);
        appendAll();
        Q_EMIT rowsShifted(int(incoming));
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    evict(m_ring.size() + incoming - m_capacity);
    const int first = int(m_ring.size());
    beginInsertRows({}, first, int(first + incoming - 1));
    appendAll();
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    endResetModel();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ring.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return dataOf(m_ring.firstSeq() + index.row(), index.column(), role);
}

QVariant EventLogModel::dataOf(qint64 seq, int column, int role) const
{
    if (!m_ring.contains(seq))
        return {};
    const EventRing::Slot &s = m_ring.slot(seq);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time:
            return m_timeText.format(s.tsMs);
        case Kind:
            return m_ring.kindName(s.kindId);
        case Shard:
            return s.shard >= 0 ? QVariant(int(s.shard)) : QVariant();
        case Guild:
            return s.guild ? QString::number(s.guild) : QString();
        case Channel:
            return s.channel ? QString::number(s.channel) : QString();
        case User:
            return s.user ? QString::number(s.user) : QString();
        case Key:
            return QString::fromUtf8(m_ring.key(seq));
        case Duration:
            return s.durationMs >= 0 ? tr("%1 ms").arg(s.durationMs) : QString();
        case Summary:
            return QString::fromUtf8(m_ring.summary(seq));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Time)
            return QDateTime::fromMSecsSinceEpoch(s.tsMs).toString(Qt::ISODateWithMs);
        if (column == Summary || column == Key)
            return dataOf(seq, column, Qt::DisplayRole);
        return {};
    case Qt::ForegroundRole:
        if (s.isError)
            return QBrush(QColor(0xd0, 0x3a, 0x3a));
        if (column == Duration && s.category == quint8(store::EventCategory::Interaction)
            && s.durationMs >= 3000)
            return QBrush(QColor(0xd0, 0x3a, 0x3a));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Duration || column == Shard)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole:
        return seq;
    case TimestampRole:
        return s.tsMs;
    case KindRole:
        return m_ring.kindName(s.kindId);
    case CategoryRole:
        return int(s.category);
    case DurationRole:
        return qint64(s.durationMs);
    case IsErrorRole:
        return s.isError;
    case JsonRole:
        return m_ring.json(seq).toByteArray();
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Shard:
        return tr("Shard");
    case Guild:
        return tr("Guild");
    case Channel:
        return tr("Channel");
    case User:
        return tr("User");
    case Key:
        return tr("Custom ID / command");
    case Duration:
        return tr("Duration");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace bw::gui
