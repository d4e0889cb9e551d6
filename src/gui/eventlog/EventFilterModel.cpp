#include "gui/eventlog/EventFilterModel.h"

#include "gui/eventlog/EventLogModel.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <thread>

namespace bw::gui {

namespace {
constexpr qint64 kParallelScanMin = 100'000;
}

EventFilterModel::EventFilterModel(QObject *parent) : QAbstractProxyModel(parent) { }

EventFilterModel::~EventFilterModel() = default;

void EventFilterModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_log = qobject_cast<EventLogModel *>(source);
    Q_ASSERT_X(!source || m_log, "EventFilterModel", "the source must be an EventLogModel");
    QAbstractProxyModel::setSourceModel(m_log);
    if (m_log) {
        m_connections << connect(m_log, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                 [this](const QModelIndex &, int first, int last) {
                                     if (m_all)
                                         beginInsertRows({}, first, last);
                                 });
        m_connections << connect(
            m_log, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        m_connections << connect(
            m_log, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
        m_connections << connect(m_log, &QAbstractItemModel::rowsRemoved, this, [this] { onRowsRemoved(); });
        m_connections << connect(m_log, &QAbstractItemModel::modelAboutToBeReset, this,
                                 [this] { beginResetModel(); });
        m_connections << connect(m_log, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        m_connections << connect(m_log, &QAbstractItemModel::dataChanged, this,
                                 &EventFilterModel::onDataChanged);
        m_connections << connect(m_log, &EventLogModel::rowsShifted, this, &EventFilterModel::onRowsShifted);
    }
    rebuild();
    endResetModel();
}

void EventFilterModel::setFilter(const EventFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void EventFilterModel::compile()
{
    m_matchers.clear();
    const TextMatcher::ByteFrequencies frequencies
        = m_log ? m_log->ring().byteFrequencies() : TextMatcher::ByteFrequencies {};
    for (const QString &term : std::as_const(m_filter.terms)) {
        if (!term.isEmpty())
            m_matchers.emplace_back(term, m_log ? &frequencies : nullptr);
    }
    m_kindAllowed.clear();
    m_kindsCompiled = 0;
    m_all = m_filter.isEmpty();
}

void EventFilterModel::ensureKindTable() const
{
    const EventRing &ring = m_log->ring();
    if (m_filter.kinds.isEmpty() || m_kindsCompiled >= ring.kindCount())
        return;
    m_kindAllowed.resize(size_t(ring.kindCount()));
    for (int k = m_kindsCompiled; k < ring.kindCount(); ++k) {
        const QString name = ring.kindName(quint16(k));
        bool allowed = false;
        for (const QString &want : m_filter.kinds)
            allowed = allowed || name.startsWith(want, Qt::CaseInsensitive);
        m_kindAllowed[size_t(k)] = allowed;
    }
    m_kindsCompiled = ring.kindCount();
}

bool EventFilterModel::slotPasses(qint64 seq) const
{
    const EventRing &ring = m_log->ring();
    const EventRing::Slot &s = ring.slot(seq);
    const EventFilter &f = m_filter;
    if (f.categories && !(f.categories & (1u << s.category)))
        return false;
    if (f.errorsOnly && !s.isError)
        return false;
    if (f.shard >= 0 && s.shard != f.shard)
        return false;
    if (f.guild && s.guild != f.guild)
        return false;
    if (f.channel && s.channel != f.channel)
        return false;
    if (f.user && s.user != f.user)
        return false;
    if (f.fromMs && s.tsMs < f.fromMs)
        return false;
    if (f.toMs && s.tsMs > f.toMs)
        return false;
    if (f.minDurationMs >= 0 && s.durationMs < f.minDurationMs)
        return false;
    if (!f.kinds.isEmpty()) {
        ensureKindTable();
        if (!m_kindAllowed[s.kindId])
            return false;
    }
    return true;
}

bool EventFilterModel::textPasses(qint64 seq, qsizetype fromTerm) const
{
    if (qsizetype(m_matchers.size()) <= fromTerm)
        return true;
    const QByteArrayView text = m_log->ring().text(seq);
    for (size_t i = size_t(fromTerm); i < m_matchers.size(); ++i) {
        if (!m_matchers[i].matches(text.data(), text.size()))
            return false;
    }
    return true;
}

bool EventFilterModel::accepts(qint64 seq) const
{
    if (!m_log || !m_log->ring().contains(seq))
        return false;
    return m_all || (slotPasses(seq) && textPasses(seq, 0));
}

void EventFilterModel::rebuild()
{
    QElapsedTimer timer;
    timer.start();
    compile();
    m_rows.clear();
    m_head = 0;
    if (!m_log || m_all) {
        m_lastRebuildNs = timer.nsecsElapsed();
        return;
    }
    const EventRing &ring = m_log->ring();
    if (!m_matchers.empty()) {
        // The first term scans the arena blocks; the rest is checked on its hits only. Large logs are
        // scanned in two halves at once (the second on a helper thread): the ring is only read meanwhile.
        ensureKindTable(); // filled before two threads read it
        const auto scan = [this, &ring](qint64 from, qint64 to, std::vector<qint64> &out) {
            ring.forEachTextMatch(m_matchers.front(), from, to, [this, &out](qint64 seq) {
                if (slotPasses(seq) && textPasses(seq, 1))
                    out.push_back(seq);
            });
        };
        if (ring.size() >= kParallelScanMin && QThread::idealThreadCount() > 1) {
            const qint64 mid = ring.firstSeq() + ring.size() / 2;
            std::vector<qint64> second;
            std::thread helper([&] { scan(mid, ring.endSeq(), second); });
            scan(ring.firstSeq(), mid, m_rows);
            helper.join();
            m_rows.insert(m_rows.end(), second.begin(), second.end());
        } else {
            scan(ring.firstSeq(), ring.endSeq(), m_rows);
        }
    } else {
        for (qint64 seq = ring.firstSeq(); seq < ring.endSeq(); ++seq) {
            if (slotPasses(seq))
                m_rows.push_back(seq);
        }
    }
    m_lastRebuildNs = timer.nsecsElapsed();
}

void EventFilterModel::onRowsInserted(int first, int last)
{
    if (m_all) {
        endInsertRows(); // begun at rowsAboutToBeInserted: the rows are the source's
        return;
    }
    const qint64 base = m_log->ring().firstSeq();
    std::vector<qint64> fresh;
    for (qint64 seq = base + first; seq <= base + last; ++seq) {
        if (slotPasses(seq) && textPasses(seq, 0))
            fresh.push_back(seq);
    }
    if (fresh.empty())
        return;
    const int firstRow = visibleCount();
    beginInsertRows({}, firstRow, firstRow + int(fresh.size()) - 1);
    m_rows.insert(m_rows.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void EventFilterModel::onRowsAboutToBeRemoved(int first, int last)
{
    Q_ASSERT(first == 0); // the log only evicts its oldest rows
    Q_UNUSED(first);
    if (m_all) {
        m_pendingRemoval = last + 1;
        beginRemoveRows({}, 0, last);
        return;
    }
    const qint64 end = m_log->ring().firstSeq() + last + 1;
    const auto begin = m_rows.begin() + qptrdiff(m_head);
    const auto cut = std::lower_bound(begin, m_rows.end(), end);
    m_pendingRemoval = int(cut - begin);
    if (m_pendingRemoval > 0)
        beginRemoveRows({}, 0, m_pendingRemoval - 1);
}

void EventFilterModel::onRowsRemoved()
{
    if (m_pendingRemoval <= 0)
        return;
    if (!m_all) {
        m_head += size_t(m_pendingRemoval);
        if (m_head > 4096 && m_head * 2 > m_rows.size()) {
            m_rows.erase(m_rows.begin(), m_rows.begin() + qptrdiff(m_head));
            m_head = 0;
        }
    }
    m_pendingRemoval = 0;
    endRemoveRows();
}

void EventFilterModel::onRowsShifted(int count)
{
    if (m_all) {
        Q_EMIT rowsShifted(count); // the source's dataChanged for every row follows
        return;
    }
    // The evicted matches leave from the front, the new records are filtered as appended ones.
    const qint64 first = m_log->ring().firstSeq();
    const auto begin = m_rows.begin() + qptrdiff(m_head);
    m_pendingRemoval = int(std::lower_bound(begin, m_rows.end(), first) - begin);
    if (m_pendingRemoval > 0) {
        beginRemoveRows({}, 0, m_pendingRemoval - 1);
        onRowsRemoved();
    }
    onRowsInserted(m_log->rowCount() - count, m_log->rowCount() - 1);
}

void EventFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (m_all) {
        Q_EMIT dataChanged(index(topLeft.row(), topLeft.column()),
                           index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    if (bottomRight.row() - topLeft.row() >= visibleCount()) {
        // A shift of the whole log: cheaper to say every shown row changed than to map a million.
        if (visibleCount() > 0)
            Q_EMIT dataChanged(index(0, topLeft.column()), index(visibleCount() - 1, bottomRight.column()),
                               roles);
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex i = mapFromSource(m_log->index(r, 0));
        if (i.isValid())
            Q_EMIT dataChanged(i, i.siblingAtColumn(bottomRight.column()), roles);
    }
}

qint64 EventFilterModel::seqAt(int row) const
{
    if (!m_log || row < 0 || row >= rowCount())
        return -1;
    return m_all ? m_log->ring().firstSeq() + row : m_rows[m_head + size_t(row)];
}

int EventFilterModel::rowOfSeq(qint64 seq) const
{
    if (!m_log || !m_log->ring().contains(seq))
        return -1;
    if (m_all)
        return int(seq - m_log->ring().firstSeq());
    const auto begin = m_rows.begin() + qptrdiff(m_head);
    const auto it = std::lower_bound(begin, m_rows.end(), seq);
    return (it != m_rows.end() && *it == seq) ? int(it - begin) : -1;
}

QModelIndex EventFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int EventFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_log)
        return 0;
    return m_all ? m_log->rowCount() : visibleCount();
}

int EventFilterModel::columnCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_log) ? 0 : m_log->columnCount();
}

bool EventFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex EventFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_log || !proxyIndex.isValid())
        return {};
    const qint64 seq = seqAt(proxyIndex.row());
    if (seq < 0)
        return {};
    return m_log->index(int(seq - m_log->ring().firstSeq()), proxyIndex.column());
}

QModelIndex EventFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_log || !sourceIndex.isValid())
        return {};
    const int row = rowOfSeq(m_log->ring().firstSeq() + sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant EventFilterModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_log->dataOf(seqAt(index.row()), index.column(), role);
}

} // namespace bw::gui
