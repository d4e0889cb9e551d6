#pragma once
// EventFilterModel: the rows of an EventLogModel that pass an EventFilter, as a proxy with its own index
// of matching sequence numbers (a QSortFilterProxyModel asks every row through data() and maps rows one
// by one, which is far too slow for a million records). Appended rows are filtered as they arrive,
// evicted rows leave the index from its front; setFilter() rebuilds the index. Without a filter, the
// log's in-place shifts pass through as shifts.

#include "gui/eventlog/EventFilter.h"
#include "gui/eventlog/TextMatcher.h"

#include <QAbstractProxyModel>

#include <vector>

namespace bw::gui {

class EventLogModel;
class EventRing;

class EventFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterModel)

public:
    explicit EventFilterModel(QObject *parent = nullptr);
    ~EventFilterModel() override;

    /// Must be an EventLogModel.
    void setSourceModel(QAbstractItemModel *source) override;
    EventLogModel *logModel() const { return m_log; }

    EventFilter filter() const { return m_filter; }
    void setFilter(const EventFilter &filter);
    /// How long the last setFilter() took to rebuild the index.
    qint64 lastRebuildNs() const { return m_lastRebuildNs; }

    /// The sequence number of a row of this model.
    qint64 seqAt(int row) const;
    /// The row of a sequence number, -1 when it is not shown.
    int rowOfSeq(qint64 seq) const;
    /// Whether a record passes the current filter.
    bool accepts(qint64 seq) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    /// As EventLogModel::rowsShifted, for the rows of this model (only without a filter; filtered rows
    /// are removed and inserted).
    void rowsShifted(int count);

private:
    void rebuild();
    void compile();
    bool slotPasses(qint64 seq) const;
    void ensureKindTable() const;
    bool textPasses(qint64 seq, qsizetype fromTerm) const;
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved();
    void onRowsShifted(int count);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    int visibleCount() const { return int(m_rows.size() - m_head); }

    EventLogModel *m_log = nullptr;
    EventFilter m_filter;
    bool m_all = true; // empty filter: every source row, no index
    std::vector<qint64> m_rows; // matching seqs, ascending, from m_head on
    size_t m_head = 0;
    int m_pendingRemoval = 0;
    // compiled filter
    std::vector<TextMatcher> m_matchers;
    mutable std::vector<char> m_kindAllowed; // by kind id; extended as new kinds appear
    mutable int m_kindsCompiled = 0;
    qint64 m_lastRebuildNs = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace bw::gui
