#include "gui/eventlog/EventLogPanel.h"

#include "bot/Bot.h"
#include "core/Logging.h"
#include "gui/eventlog/EventCharts.h"
#include "gui/eventlog/EventExporter.h"
#include "gui/eventlog/EventFilterModel.h"
#include "gui/eventlog/EventLogDelegate.h"
#include "gui/eventlog/EventLogModel.h"
#include "gui/eventlog/JsonHighlighter.h"
#include "gui/eventlog/LogScrollBar.h"
#include "store/Database.h"
#include "store/EventStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::gui {

namespace {
constexpr auto kHistoryKey = "eventLog/queryHistory"_L1;
constexpr auto kCapacityKey = "eventLog/capacity"_L1;
constexpr int kHistoryMax = 20;

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &icon, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setText(text);
    b->setToolTip(text);
    b->setIcon(QIcon::fromTheme(icon));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}
} // namespace

EventLogPanel::EventLogPanel(Bot *bot, QWidget *parent)
    : QWidget(parent), m_bot(bot), m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(u"eventLogPanel"_s);
    m_createdMs = m_now();
    m_log = new EventLogModel(this);
    m_log->setCapacity(QSettings().value(kCapacityKey, EventLogModel::kDefaultCapacity).toLongLong());
    m_filterModel = new EventFilterModel(this);
    m_filterModel->setSourceModel(m_log);
    buildUi();
    if (m_bot && m_bot->eventRecorder()) {
        connect(m_bot->eventRecorder(), &EventRecorder::batchReady, this, &EventLogPanel::enqueueBatch,
                Qt::QueuedConnection);
    }
}

EventLogPanel::~EventLogPanel()
{
    // The database usually goes away with this panel: stop writing to it first (the writer drains).
    if (m_db && m_bot && m_bot->eventRecorder() && m_bot->botThread()->isRunning()) {
        EventRecorder *recorder = m_bot->eventRecorder();
        QMetaObject::invokeMethod(
            recorder, [recorder] { recorder->setDatabase(nullptr, 0); }, Qt::BlockingQueuedConnection);
    }
}

void EventLogPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);

    // ---- filter bar
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    m_query = new QComboBox(this);
    m_query->setObjectName(u"eventLogQuery"_s);
    m_query->setEditable(true);
    m_query->setInsertPolicy(QComboBox::NoInsert);
    m_query->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_query->setMinimumContentsLength(24);
    m_query->lineEdit()->setPlaceholderText(
        tr("Search… e.g. counter:increment user:alice kind:interaction since:5m"));
    m_query->lineEdit()->setClearButtonEnabled(true);
    m_query->setToolTip(tr("Words are searched in the summary and the JSON. Fields: kind:, shard:, guild:, "
                           "channel:, user:, error, since:5m, from:, to:, slow:<ms>"));
    m_query->addItems(QSettings().value(kHistoryKey).toStringList());
    m_query->setCurrentIndex(-1);
    m_query->setEditText({});
    bar->addWidget(m_query, 1);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"eventLogKind"_s);
    m_kind->addItem(tr("All kinds"), 0);
    const QList<QPair<QString, store::EventCategory>> kinds = {
        {tr("Gateway dispatches"), store::EventCategory::Dispatch},
        {tr("Gateway connection"), store::EventCategory::Gateway},
        {tr("Interactions"), store::EventCategory::Interaction},
        {tr("REST"), store::EventCategory::Rest},
        {tr("Rate limits"), store::EventCategory::RateLimit},
        {tr("Tasks"), store::EventCategory::Task},
        {tr("Errors"), store::EventCategory::Error},
    };
    for (const auto &[label, category] : kinds)
        m_kind->addItem(label, int(EventFilter::bit(category)));
    bar->addWidget(m_kind);

    m_timeRange = new QComboBox(this);
    m_timeRange->setObjectName(u"eventLogTimeRange"_s);
    m_timeRange->addItem(tr("Any time"), 0);
    m_timeRange->addItem(tr("Last minute"), 60);
    m_timeRange->addItem(tr("Last 5 minutes"), 300);
    m_timeRange->addItem(tr("Last 15 minutes"), 900);
    m_timeRange->addItem(tr("Last hour"), 3600);
    m_timeRange->addItem(tr("Last 24 hours"), 86400);
    bar->addWidget(m_timeRange);

    m_errorsOnly = new QCheckBox(tr("Errors only"), this);
    m_errorsOnly->setObjectName(u"eventLogErrorsOnly"_s);
    bar->addWidget(m_errorsOnly);

    m_follow = toolButton(u"eventLogFollow"_s, tr("Follow"), u"go-bottom"_s, this);
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest record in view (stops when you scroll up)"));
    m_pause = toolButton(u"eventLogPause"_s, tr("Pause"), u"media-playback-pause"_s, this);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Hold new records back until you resume (nothing is lost)"));
    m_clear = toolButton(u"eventLogClear"_s, tr("Clear"), u"edit-clear"_s, this);
    m_export = toolButton(u"eventLogExport"_s, tr("Export…"), u"document-save-as"_s, this);
    m_export->setToolTip(tr("Export the records shown as JSON Lines or CSV"));
    m_chartsToggle = toolButton(u"eventLogChartsToggle"_s, tr("Charts"), u"office-chart-line"_s, this);
    m_chartsToggle->setCheckable(true);
    m_earlier = toolButton(u"eventLogEarlier"_s, tr("Earlier runs…"), u"document-open-recent"_s, this);
    m_earlier->setToolTip(tr("Open the records kept from earlier runs"));
    m_earlier->setEnabled(false);
    for (QToolButton *b : {m_follow, m_pause, m_clear, m_export, m_chartsToggle, m_earlier})
        bar->addWidget(b);
    layout->addLayout(bar);

    // ---- table | details, charts below
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(u"eventLogSplitter"_s);
    auto *top = new QSplitter(Qt::Horizontal, m_mainSplitter);
    top->setObjectName(u"eventLogTopSplitter"_s);

    m_table = new QTableView(top);
    m_table->setObjectName(u"eventLogTable"_s);
    m_table->setModel(m_filterModel);
    m_table->setVerticalScrollBar(new LogScrollBar(Qt::Vertical, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_table->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 2);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    // Widths: time and durations fit; ids (19-digit snowflakes) are elided in the middle, their last
    // digits tell them apart and the full id is in the details; the summary takes the rest.
    m_table->setTextElideMode(Qt::ElideMiddle);
    auto *delegate = new EventLogDelegate(m_table);
    delegate->setElideRight(EventLogModel::Summary);
    delegate->setElideRight(EventLogModel::Kind);
    m_table->setItemDelegate(delegate);
    const int digit = fontMetrics().horizontalAdvance(u'0');
    header->resizeSection(EventLogModel::Time, digit * 12);
    header->resizeSection(EventLogModel::Kind, digit * 18);
    header->resizeSection(EventLogModel::Shard, digit * 5);
    header->resizeSection(EventLogModel::Guild, digit * 11);
    header->resizeSection(EventLogModel::Channel, digit * 11);
    header->resizeSection(EventLogModel::User, digit * 11);
    header->resizeSection(EventLogModel::Key, digit * 17);
    header->resizeSection(EventLogModel::Duration, digit * 8);
    header->hideSection(EventLogModel::Guild); // in the details and filters; shown on demand
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int c = 0; c < m_log->columnCount(); ++c) {
            QAction *a = menu.addAction(m_log->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });

    auto *detailsBox = new QWidget(top);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(2);
    auto *detailsBar = new QHBoxLayout;
    m_detailsTitle = new QLabel(tr("Select a record to see its JSON."), detailsBox);
    m_detailsTitle->setObjectName(u"eventLogDetailsTitle"_s);
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_related = toolButton(u"eventLogRelated"_s, tr("Related"), u"edit-find"_s, detailsBox);
    m_related->setToolTip(tr("Show every record of this interaction (dispatch, callback, outcome)"));
    m_related->setEnabled(false);
    m_copy = toolButton(u"eventLogCopy"_s, tr("Copy"), u"edit-copy"_s, detailsBox);
    m_copy->setEnabled(false);
    detailsBar->addWidget(m_detailsTitle, 1);
    detailsBar->addWidget(m_related);
    detailsBar->addWidget(m_copy);
    detailsLayout->addLayout(detailsBar);
    m_details = new QPlainTextEdit(detailsBox);
    m_details->setObjectName(u"eventLogDetails"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new JsonHighlighter(m_details->document());
    detailsLayout->addWidget(m_details, 1);
    top->addWidget(m_table);
    top->addWidget(detailsBox);
    top->setStretchFactor(0, 7);
    top->setStretchFactor(1, 3);

    m_charts = new EventCharts(&m_stats, m_mainSplitter);
    m_charts->setNow([this] { return m_now(); });
    m_charts->hide();
    m_mainSplitter->addWidget(top);
    m_mainSplitter->addWidget(m_charts);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_mainSplitter, 1);

    // ---- status line
    auto *statusBar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(u"eventLogStatus"_s);
    m_queryError = new QLabel(this);
    m_queryError->setObjectName(u"eventLogQueryError"_s);
    m_queryError->setStyleSheet(u"color: #d03a3a"_s);
    statusBar->addWidget(m_status, 1);
    statusBar->addWidget(m_queryError);
    layout->addLayout(statusBar);

    // ---- behaviour
    m_queryTimer = new QTimer(this);
    m_queryTimer->setSingleShot(true);
    m_queryTimer->setInterval(250);
    connect(m_queryTimer, &QTimer::timeout, this, &EventLogPanel::applyFilter);
    connect(m_query, &QComboBox::editTextChanged, m_queryTimer, qOverload<>(&QTimer::start));
    connect(m_query->lineEdit(), &QLineEdit::returnPressed, this, &EventLogPanel::commitQuery);
    connect(m_query, &QComboBox::activated, this, [this] { commitQuery(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EventLogPanel::applyFilter);
    connect(m_timeRange, &QComboBox::currentIndexChanged, this, &EventLogPanel::applyFilter);
    connect(m_errorsOnly, &QCheckBox::toggled, this, &EventLogPanel::applyFilter);
    connect(m_follow, &QToolButton::toggled, this, &EventLogPanel::setFollowing);
    connect(m_pause, &QToolButton::toggled, this, &EventLogPanel::setPaused);
    connect(m_clear, &QToolButton::clicked, this, &EventLogPanel::clear);
    connect(m_export, &QToolButton::clicked, this, &EventLogPanel::startExport);
    connect(m_chartsToggle, &QToolButton::toggled, m_charts, &QWidget::setVisible);
    connect(m_earlier, &QToolButton::clicked, this, &EventLogPanel::openEarlierRuns);
    connect(m_copy, &QToolButton::clicked, this, &EventLogPanel::copyDetails);
    connect(m_related, &QToolButton::clicked, this, &EventLogPanel::showRelated);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EventLogPanel::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventLogPanel::showDetails);
    // Scrolling up by hand stops following; the Follow button resumes.
    QScrollBar *scroll = m_table->verticalScrollBar();
    connect(scroll, &QAbstractSlider::actionTriggered, this, [this, scroll] {
        QTimer::singleShot(0, this, [this, scroll] {
            if (m_following && scroll->value() < scroll->maximum())
                setFollowing(false);
        });
    });
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following && !m_paused)
            m_table->scrollToBottom();
    });
    connect(m_filterModel, &EventFilterModel::rowsShifted, this, &EventLogPanel::onRowsShifted);
    m_drainTimer = new QTimer(this);
    m_drainTimer->setSingleShot(true);
    m_drainTimer->setInterval(0);
    connect(m_drainTimer, &QTimer::timeout, this, [this] { drainQueue(kSliceBudgetUs * 1000); });
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(500);
    connect(m_statusTimer, &QTimer::timeout, this, &EventLogPanel::updateStatus);
    m_statusTimer->start();
    m_rateStartMs = m_now();
    updateStatus();
}

void EventLogPanel::setDatabase(store::Database *db, int retentionDays)
{
    m_db = db;
    m_earlier->setEnabled(db != nullptr);
    if (!m_bot || !m_bot->eventRecorder())
        return;
    const qint64 retentionMs = qint64(qMax(0, retentionDays)) * 86'400'000;
    QMetaObject::invokeMethod(
        m_bot->eventRecorder(),
        [recorder = m_bot->eventRecorder(), db, retentionMs] { recorder->setDatabase(db, retentionMs); },
        Qt::QueuedConnection);
}

void EventLogPanel::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
}

void EventLogPanel::onBatch(const bw::EventBatch &batch)
{
    m_stats.addBatch(batch); // charts stay live while paused
    m_rateCount += batch.size();
    if (m_paused) {
        m_held.append(batch);
        m_heldCount += batch.size();
        while (m_heldCount - m_held.constFirst().size() >= m_log->capacity()) {
            m_heldCount -= m_held.constFirst().size();
            m_held.removeFirst();
        }
        return;
    }
    m_queue.append(batch);
    m_queuedCount += batch.size();
    trimQueue();
}

void EventLogPanel::trimQueue()
{
    // More queued than the log holds: the oldest would be evicted at once, skip them.
    while (!m_queue.isEmpty()
           && m_queuedCount - (m_queue.constFirst().size() - m_queueOffset) >= m_log->capacity()) {
        m_queuedCount -= m_queue.constFirst().size() - m_queueOffset;
        m_queue.removeFirst();
        m_queueOffset = 0;
    }
}

void EventLogPanel::appendBatch(const bw::EventBatch &batch)
{
    onBatch(batch);
    drainQueue(-1);
}

void EventLogPanel::enqueueBatch(const bw::EventBatch &batch)
{
    if (QObject *source = sender())
        m_batchSource = source;
    onBatch(batch);
    if (m_queuedCount > 0 && !m_drainTimer->isActive()) {
        const qint64 since = m_sinceDrain.isValid() ? m_sinceDrain.elapsed() : kMinAppendIntervalMs;
        m_drainTimer->start(int(std::clamp<qint64>(kMinAppendIntervalMs - since, 0, kMinAppendIntervalMs)));
    }
}

void EventLogPanel::disposeBatch(bw::EventBatch &&batch)
{
    // The records were allocated on the recorder's thread; freeing them there keeps the GUI thread off
    // that allocator arena's lock (freeing them here was a quarter of the time spent appending).
    if (m_batchSource && m_batchSource->thread() != thread())
        QMetaObject::invokeMethod(
            m_batchSource, [disposed = std::move(batch)] {}, Qt::QueuedConnection);
}

void EventLogPanel::drainQueue(qint64 budgetNs)
{
    // One insertion (or shift) per turn of the event loop, because each costs the view a pass over its
    // rows: as many queued records as fit in the budget go in at once; how many fit is learnt from the
    // turns before.
    //
    // Live slices append with the table's repaint held back; it repaints in the next turn of the event
    // loop, so that a turn either appends or repaints, never both (and, during a backlog that takes several
    // turns, once it is in or every kMinAppendIntervalMs of a long one, not after every slice).
    QWidget *viewport = m_table->viewport();
    if (budgetNs >= 0 && viewport->updatesEnabled())
        viewport->setUpdatesEnabled(false);
    QElapsedTimer timer;
    timer.start();
    do {
        qint64 want = m_queuedCount;
        if (budgetNs >= 0) {
            want = std::clamp<qint64>(qint64(double(budgetNs) / m_nsPerRecord), kMinSlice, kMaxSlice);
        }
        QList<EventLogModel::BatchRange> ranges;
        qint64 taken = 0;
        qsizetype done = 0; // batches used up
        qsizetype offset = m_queueOffset;
        while (done < m_queue.size() && taken < want) {
            const bw::EventBatch &batch = m_queue.at(done);
            const qsizetype n = qsizetype(qMin<qint64>(want - taken, batch.size() - offset));
            ranges.append({&batch, offset, n});
            taken += n;
            offset += n;
            if (offset >= batch.size()) {
                ++done;
                offset = 0;
            }
        }
        const qint64 start = timer.nsecsElapsed();
        m_log->appendRanges(ranges);
        if (taken >= kMinSlice)
            m_nsPerRecord = 0.7 * m_nsPerRecord + 0.3 * double(timer.nsecsElapsed() - start) / double(taken);
        for (qsizetype i = 0; i < done; ++i)
            disposeBatch(m_queue.takeFirst());
        m_queueOffset = offset;
        m_queuedCount -= taken;
    } while (budgetNs < 0 && !m_queue.isEmpty());
    m_longestSliceNs = qMax(m_longestSliceNs, timer.nsecsElapsed());
    m_sinceDrain.start();
    const bool repaint = budgetNs < 0 || m_queue.isEmpty() || !m_sinceRepaint.isValid()
        || m_sinceRepaint.elapsed() >= kMinAppendIntervalMs;
    if (repaint && !viewport->updatesEnabled()) {
        m_sinceRepaint.start();
        if (budgetNs < 0) {
            viewport->setUpdatesEnabled(true);
        } else {
            QMetaObject::invokeMethod(
                viewport, [viewport] { viewport->setUpdatesEnabled(true); }, Qt::QueuedConnection);
        }
    }
    if (m_queue.isEmpty())
        m_drainTimer->stop();
    else
        m_drainTimer->start(0); // a backlog: the next slice on the next turn of the event loop
}

void EventLogPanel::onRowsShifted(int count)
{
    // The full log moved its rows up in place: the selection stays on its record (or goes with it), and
    // a reader who is not following keeps the records in sight.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        QItemSelectionModel *selection = m_table->selectionModel();
        const bool autoScroll = m_table->hasAutoScroll();
        m_table->setAutoScroll(false); // moving the current row must not scroll to it
        if (current.row() >= count) {
            selection->setCurrentIndex(m_filterModel->index(current.row() - count, current.column()),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else {
            selection->clear();
        }
        m_table->setAutoScroll(autoScroll);
    }
    if (!m_following) {
        QScrollBar *scroll = m_table->verticalScrollBar();
        const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
            ? 1
            : m_table->verticalHeader()->defaultSectionSize();
        scroll->setValue(scroll->value() - count * step);
    }
}

void EventLogPanel::setFollowing(bool follow)
{
    m_following = follow;
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow);
    if (follow)
        m_table->scrollToBottom();
}

void EventLogPanel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    if (!paused) {
        // What was held back goes through the queue, in slices like live records.
        m_queue.append(std::exchange(m_held, {}));
        m_queuedCount += m_heldCount;
        m_heldCount = 0;
        trimQueue();
        if (m_queuedCount > 0)
            drainQueue(kSliceBudgetUs * 1000);
        if (m_following)
            m_table->scrollToBottom();
    }
    updateStatus();
}

void EventLogPanel::clear()
{
    m_log->clear();
    m_held.clear();
    m_heldCount = 0;
    m_queue.clear();
    m_queueOffset = 0;
    m_queuedCount = 0;
    m_stats.clear();
    m_details->clear();
    m_detailsSeq = -1;
    m_detailsTitle->setText(tr("Select a record to see its JSON."));
    updateStatus();
}

QString EventLogPanel::query() const
{
    return m_query->currentText();
}

QStringList EventLogPanel::queryHistory() const
{
    QStringList items;
    for (int i = 0; i < m_query->count(); ++i)
        items.append(m_query->itemText(i));
    return items;
}

void EventLogPanel::setQuery(const QString &query)
{
    m_query->setEditText(query);
    commitQuery();
}

void EventLogPanel::commitQuery()
{
    m_queryTimer->stop();
    const QString text = m_query->currentText().trimmed();
    if (!text.isEmpty()) {
        const QSignalBlocker blocker(m_query);
        const int existing = m_query->findText(text);
        if (existing >= 0)
            m_query->removeItem(existing);
        m_query->insertItem(0, text);
        while (m_query->count() > kHistoryMax)
            m_query->removeItem(m_query->count() - 1);
        m_query->setCurrentIndex(0);
        QSettings().setValue(kHistoryKey, queryHistory());
    }
    applyFilter();
}

void EventLogPanel::applyFilter()
{
    m_queryTimer->stop();
    const qint64 now = m_now();
    QString error;
    EventFilter filter = EventFilter::parse(m_query->currentText(), now, &error);
    EventFilter controls;
    controls.categories = quint8(m_kind->currentData().toInt());
    controls.errorsOnly = m_errorsOnly->isChecked();
    if (const int seconds = m_timeRange->currentData().toInt(); seconds > 0)
        controls.fromMs = now - qint64(seconds) * 1000;
    filter = controls.combinedWith(filter);
    m_queryError->setText(error);
    if (filter == m_filter && m_filterModel->filter() == filter)
        return;
    const qint64 selected
        = m_table->currentIndex().isValid() ? m_filterModel->seqAt(m_table->currentIndex().row()) : -1;
    m_filter = filter;
    m_filterModel->setFilter(filter);
    if (selected >= 0 && selectSeq(selected))
        return;
    if (m_following)
        m_table->scrollToBottom();
    updateStatus();
}

void EventLogPanel::updateStatus()
{
    const qint64 now = m_now();
    if (now - m_rateStartMs >= 1000) {
        m_rate = double(m_rateCount) * 1000.0 / double(now - m_rateStartMs);
        m_rateCount = 0;
        m_rateStartMs = now;
    }
    const QLocale locale;
    QString text = tr("%1 records").arg(locale.toString(m_log->rowCount()));
    if (!m_filter.isEmpty())
        text += tr(" · %1 shown").arg(locale.toString(m_filterModel->rowCount()));
    text += tr(" · %1/s").arg(locale.toString(qRound(m_rate)));
    if (m_paused)
        text += tr(" · paused, %1 waiting").arg(locale.toString(m_heldCount));
    if (!m_filter.isEmpty())
        text += tr(" · filtered in %1 ms")
                    .arg(locale.toString(double(m_filterModel->lastRebuildNs()) / 1e6, 'f', 1));
    m_status->setText(text);
}

bool EventLogPanel::selectSeq(qint64 seq)
{
    const int row = m_filterModel->rowOfSeq(seq);
    if (row < 0)
        return false;
    const QModelIndex index = m_filterModel->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QString EventLogPanel::detailsText() const
{
    return m_details->toPlainText();
}

void EventLogPanel::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 seq = current.isValid() ? m_filterModel->seqAt(current.row()) : -1;
    if (seq == m_detailsSeq && seq >= 0)
        return; // the same record (its row moved)
    m_detailsSeq = seq;
    if (seq < 0 || !m_log->ring().contains(seq)) {
        m_details->clear();
        m_copy->setEnabled(false);
        m_related->setEnabled(false);
        return;
    }
    const store::EventRecord r = m_log->ring().record(seq);
    QString title
        = QDateTime::fromMSecsSinceEpoch(r.tsMs).toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u"  "_s + r.kind;
    if (r.durationMs >= 0)
        title += u"  "_s + tr("%1 ms").arg(r.durationMs);
    title += u"\n"_s + r.summary;
    m_detailsTitle->setText(title);
    m_details->setPlainText(JsonHighlighter::prettyPrinted(r.json));
    m_copy->setEnabled(true);
    const store::EventCategory category = store::categoryOfKind(r.kind);
    m_related->setEnabled(category == store::EventCategory::Interaction || r.kind == "INTERACTION_CREATE"_L1
                          || (category == store::EventCategory::Rest && !r.key.isEmpty()));
}

void EventLogPanel::copyDetails()
{
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->setText(m_details->toPlainText());
}

void EventLogPanel::showRelated()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 seq = current.isValid() ? m_filterModel->seqAt(current.row()) : -1;
    if (seq < 0)
        return;
    const store::EventRecord r = m_log->ring().record(seq);
    const QJsonObject o = QJsonDocument::fromJson(r.json).object();
    QString id = o.value("interaction_id"_L1).toString();
    if (id.isEmpty())
        id = o.value("d"_L1).toObject().value("id"_L1).toString(); // INTERACTION_CREATE
    if (id.isEmpty())
        id = r.key;
    if (!id.isEmpty())
        setQuery(id);
    selectSeq(seq);
}

void EventLogPanel::addToQuery(const QString &term)
{
    const QString current = m_query->currentText().trimmed();
    setQuery(current.isEmpty() ? term : current + u' ' + term);
}

void EventLogPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 seq = m_filterModel->seqAt(index.row());
    const store::EventRecord r = m_log->ring().record(seq);
    QMenu menu(this);
    const auto add = [&](const QString &label, const QString &term) {
        if (!term.isEmpty())
            connect(menu.addAction(label), &QAction::triggered, this, [this, term] { addToQuery(term); });
    };
    add(tr("Only this kind (%1)").arg(r.kind), u"kind:"_s + r.kind);
    if (!r.userId.isEmpty())
        add(tr("Only this user"), u"user:"_s + r.userId);
    if (!r.channelId.isEmpty())
        add(tr("Only this channel"), u"channel:"_s + r.channelId);
    if (!r.guildId.isEmpty())
        add(tr("Only this guild"), u"guild:"_s + r.guildId);
    if (r.shard >= 0)
        add(tr("Only shard %1").arg(r.shard), u"shard:"_s + QString::number(r.shard));
    if (!r.key.isEmpty())
        add(tr("Only “%1”").arg(r.key), u"\""_s + r.key + u"\""_s);
    menu.addSeparator();
    connect(menu.addAction(tr("Copy summary")), &QAction::triggered, this, [r] {
        if (QClipboard *clipboard = QApplication::clipboard())
            clipboard->setText(r.summary);
    });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void EventLogPanel::startExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = u"botwright-events-%1.jsonl"_s.arg(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    QString selectedFilter;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export event log"), dir + u'/' + name,
                                       tr("JSON Lines (*.jsonl);;CSV (*.csv)"), &selectedFilter);
    if (path.isEmpty())
        return;
    exportTo(path);
}

void EventLogPanel::exportTo(const QString &path)
{
    if (m_exporter)
        m_exporter->cancel();
    std::vector<qint64> seqs;
    const int rows = m_filterModel->rowCount();
    seqs.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        seqs.push_back(m_filterModel->seqAt(row));
    auto *exporter = new EventExporter(m_log, std::move(seqs), this);
    m_exporter = exporter;
    auto *progress = new QProgressDialog(tr("Exporting %1 records…").arg(QLocale().toString(rows)),
                                         tr("Cancel"), 0, 1000, this);
    progress->setObjectName(u"eventLogExportProgress"_s);
    progress->setWindowTitle(tr("Export event log"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300); // small exports finish before it would show
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, exporter, &EventExporter::cancel);
    connect(exporter, &EventExporter::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
    });
    connect(exporter, &EventExporter::finished, this,
            [this, exporter, progress, path](bool ok, const QString &error) {
                progress->disconnect(exporter); // closing it would emit canceled()
                progress->deleteLater();
                const QString message = ok
                    ? tr("Exported %1 records to %2").arg(QLocale().toString(exporter->written()), path)
                    : error;
                exporter->deleteLater();
                m_queryError->setText(ok ? QString() : message);
                if (ok)
                    m_status->setText(message);
                Q_EMIT exportFinished(ok, message);
            });
    const auto format = EventExporter::formatForPath(path);
    if (auto started = exporter->start(path, format); !started) {
        progress->deleteLater();
        exporter->deleteLater();
        m_queryError->setText(started.error().message);
        Q_EMIT exportFinished(false, started.error().message);
    }
}

EventExporter *EventLogPanel::exporter() const
{
    return m_exporter;
}

void EventLogPanel::openEarlierRuns()
{
    if (!m_db)
        return;
    // Whatever the recorder has not written yet belongs to this run, not to the earlier ones.
    loadEarlier(m_db, m_createdMs);
}

void EventLogPanel::loadEarlier(store::Database *db, qint64 beforeMs)
{
    m_earlier->setEnabled(false);
    const qint64 limit = m_log->capacity();
    QPointer<EventLogPanel> self(this);
    QThread *thread = QThread::create([self, db, beforeMs, limit] {
        store::EventStore store(*db);
        auto records = store.latestBefore(beforeMs, int(limit));
        QMetaObject::invokeMethod(
            qApp,
            [self, records = std::move(records)] {
                if (!self)
                    return;
                self->m_earlier->setEnabled(true);
                if (!records) {
                    self->m_queryError->setText(records.error().message);
                    return;
                }
                auto *window = new QWidget(self->window(), Qt::Window);
                window->setObjectName(u"eventLogEarlierWindow"_s);
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->setWindowTitle(tr("Event log: earlier runs (%1 records)")
                                           .arg(QLocale().toString(records.value().size())));
                auto *layout = new QVBoxLayout(window);
                layout->setContentsMargins(0, 0, 0, 0);
                auto *viewer = new EventLogPanel(nullptr, window);
                viewer->setObjectName(u"eventLogEarlierPanel"_s);
                viewer->m_pause->hide();
                viewer->m_earlier->hide();
                viewer->setFollowing(false);
                layout->addWidget(viewer);
                // Whole batches of at most 50,000 records keep each insert small.
                const QList<store::EventRecord> &all = records.value();
                for (qsizetype i = 0; i < all.size(); i += 50'000)
                    viewer->m_log->appendBatch(all.mid(i, 50'000));
                window->resize(self->window()->size() * 0.9);
                window->show();
                Q_EMIT self->earlierRunsLoaded(viewer, int(all.size()));
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace bw::gui
