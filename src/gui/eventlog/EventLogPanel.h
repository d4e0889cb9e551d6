#pragma once
// EventLogPanel: the Event log dock: a live table of everything the bot receives and sends (batches from
// the EventRecorder on the bot thread), follow/pause/clear, combinable filters and a typed query with
// history, a details pane with highlighted JSON, export with progress, live charts, and the records of
// earlier runs from the database.

#include "bot/eventlog/EventRecorder.h"
#include "gui/eventlog/EventFilter.h"
#include "gui/eventlog/EventStats.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace bw {
class Bot;
namespace store {
class Database;
}
} // namespace bw

namespace bw::gui {

class EventCharts;
class EventExporter;
class EventFilterModel;
class EventLogModel;

class EventLogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogPanel)

public:
    /// Live log of `bot` (may be null: a viewer of records given with appendBatch()).
    explicit EventLogPanel(Bot *bot, QWidget *parent = nullptr);
    ~EventLogPanel() override;

    /// Writes the log to `db` (batched, on the recorder's writer thread) with this retention, and lets
    /// "Earlier runs" read it. Records older than `retentionDays` are deleted at start and hourly.
    void setDatabase(store::Database *db, int retentionDays);

    EventLogModel *logModel() const { return m_log; }
    EventFilterModel *filterModel() const { return m_filterModel; }
    QTableView *table() const { return m_table; }
    EventCharts *charts() const { return m_charts; }
    const EventStats &stats() const { return m_stats; }

    /// Appends a batch at once (viewer mode, tests); anything still queued goes in first.
    void appendBatch(const bw::EventBatch &batch);
    /// Queues a batch as the live recorder does: queued records are appended in slices of at most
    /// kSliceBudgetUs per turn of the event loop, so that a burst never stalls the GUI thread.
    void enqueueBatch(const bw::EventBatch &batch);
    /// Records received but not yet in the table.
    qint64 queuedCount() const { return m_queuedCount; }
    /// The longest single slice of appending so far (benchmarks), in nanoseconds.
    qint64 longestSliceNs() const { return m_longestSliceNs; }

    static constexpr qint64 kSliceBudgetUs = 1500;
    /// Records appended per turn of the event loop: as many as the budget allows, within these bounds.
    static constexpr qint64 kMinSlice = 256;
    static constexpr qint64 kMaxSlice = 16384;
    /// Live records are shown at most this often (each append repaints the table; at 20,000 records/s
    /// repainting for every batch costs more than appending).
    static constexpr int kMinAppendIntervalMs = 100;

    bool isFollowing() const { return m_following; }
    void setFollowing(bool follow);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void clear();

    /// The typed query (also what the query field holds); applied at once, and remembered in the history.
    void setQuery(const QString &query);
    QString query() const;
    QStringList queryHistory() const;
    /// The filter shown now: the controls combined with the query.
    EventFilter currentFilter() const { return m_filter; }

    /// Exports the rows shown now to `path` (.csv: CSV, else JSON Lines), with a progress dialog.
    /// exportFinished() follows.
    void exportTo(const QString &path);
    EventExporter *exporter() const;

    /// Selects the row of a sequence number (shows its details); false when it is not shown.
    bool selectSeq(qint64 seq);
    QString detailsText() const;

    /// Opens a window with the records of earlier runs (before this panel was created) from the database.
    void openEarlierRuns();
    /// Time source for relative filters and charts (tests); default: the wall clock.
    void setNow(std::function<qint64()> now);

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    /// An "Earlier runs" window has its records.
    void earlierRunsLoaded(bw::gui::EventLogPanel *viewer, int count);

private:
    void buildUi();
    void onBatch(const bw::EventBatch &batch);
    /// Appends queued records for at most budgetNs (< 0: all of them); reschedules itself when some remain.
    void drainQueue(qint64 budgetNs);
    /// Lets go of an appended batch on the thread that made it.
    void disposeBatch(bw::EventBatch &&batch);
    void trimQueue();
    void applyFilter();
    void commitQuery();
    void updateStatus();
    void showDetails();
    void onRowsShifted(int count);
    void copyDetails();
    void showRelated();
    void showContextMenu(const QPoint &pos);
    void addToQuery(const QString &term);
    void startExport();
    void loadEarlier(store::Database *db, qint64 beforeMs);

    QPointer<Bot> m_bot;
    QPointer<QObject> m_batchSource; // the recorder that sends the live batches
    store::Database *m_db = nullptr;
    EventLogModel *m_log = nullptr;
    EventFilterModel *m_filterModel = nullptr;
    EventStats m_stats;
    EventFilter m_filter;
    std::function<qint64()> m_now;
    qint64 m_createdMs = 0;

    QComboBox *m_query = nullptr;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QComboBox *m_timeRange = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_pause = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_chartsToggle = nullptr;
    QToolButton *m_earlier = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_queryError = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_related = nullptr;
    EventCharts *m_charts = nullptr;
    QTimer *m_queryTimer = nullptr;
    QTimer *m_statusTimer = nullptr;
    QPointer<EventExporter> m_exporter;
    QPointer<QProgressDialog> m_progress;

    bool m_following = true;
    bool m_paused = false;
    bool m_scrolling = false; // our own scrollToBottom(), not the user's
    QList<bw::EventBatch> m_held; // batches that arrived while paused
    QList<bw::EventBatch> m_queue; // received, not yet appended (the first from m_queueOffset on)
    qsizetype m_queueOffset = 0;
    qint64 m_queuedCount = 0;
    qint64 m_longestSliceNs = 0;
    double m_nsPerRecord = 2000; // append cost seen so far (moving average)
    QTimer *m_drainTimer = nullptr;
    QElapsedTimer m_sinceDrain; // since the last slice was appended
    QElapsedTimer m_sinceRepaint; // since the table was last let repaint during a backlog
    qint64 m_heldCount = 0;
    qint64 m_detailsSeq = -1; // the record the details show
    qint64 m_rateCount = 0; // records since the last status update
    qint64 m_rateStartMs = 0;
    double m_rate = 0;
};

} // namespace bw::gui
