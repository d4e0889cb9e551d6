#include "gui/tasks/TasksPanel.h"

#include "bot/Bot.h"
#include "bot/tasks/TaskService.h"
#include "gui/tasks/TaskEditorDialog.h"
#include "gui/tasks/TaskListModel.h"
#include "store/ViewStore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using bw::tasks::TaskStatus;
using State = bw::tasks::TaskStatus::State;

namespace bw::gui {

namespace {

enum Which { Start, Stop, Cancel, Restart, RunNow };

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace

TasksPanel::TasksPanel(tasks::TaskService *tasks, Bot *bot, QWidget *parent)
    : QWidget(parent),
      m_tasks(tasks),
      m_bot(bot),
      m_model(new TaskListModel(tasks, nullptr, this)),
      m_stack(new QStackedWidget(this)),
      m_emptyLabel(new QLabel(this)),
      m_table(new QTableView(this)),
      m_historyTitle(new QLabel(this)),
      m_history(new QTableWidget(0, 4, this)),
      m_message(new QLabel(this)),
      m_recheck(new QTimer(this))
{
    setObjectName(u"tasksPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(u"tasksToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(toolBar);

    m_emptyLabel->setObjectName(u"taskEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(16);
    // A wrapped label asks for its height at a tiny width; the dock must not force the window taller.
    m_emptyLabel->setMinimumSize(1, 1);
    m_emptyLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setFocusPolicy(Qt::StrongFocus); // the panel's shortcuts (Insert = New) work from here

    m_table->setObjectName(u"taskTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(TaskListModel::NameColumn, 150);
    m_table->setColumnWidth(TaskListModel::ScheduleColumn, 200);
    m_table->setColumnWidth(TaskListModel::StateColumn, 230);
    m_table->setColumnWidth(TaskListModel::NextRunColumn, 110);
    m_table->setColumnWidth(TaskListModel::RunsColumn, 50);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Scheduled tasks"));

    m_historyTitle->setObjectName(u"taskHistoryTitle"_s);
    m_history->setObjectName(u"taskHistory"_s);
    m_history->setHorizontalHeaderLabels({tr("Started"), tr("Ended"), tr("Outcome"), tr("Error")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(1, 150);
    m_history->setColumnWidth(2, 90);
    m_history->setTabKeyNavigation(false);
    m_history->setAccessibleName(tr("Run history"));

    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->setSpacing(2);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"taskSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_table->setMinimumHeight(48);
    m_history->setMinimumHeight(32);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(splitter);
    // In a small window the list and history scroll instead of forcing the dock (and the window) taller.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"taskScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    scroll->setMinimumHeight(40);
    layout->addWidget(scroll, 1);

    m_message->setObjectName(u"taskMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    createActions();
    for (QAction *action : {m_new, m_edit, m_delete})
        toolBar->addAction(action);
    toolBar->addSeparator();
    for (QAction *action : {m_start, m_stop, m_cancel, m_restart, m_runNow})
        toolBar->addAction(action);

    // Both: the view may make a row current without selecting it (focus), then select it without a change
    // of the current row.
    const auto selectionChanged = [this] {
        updateActions();
        reloadHistory();
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, selectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, selectionChanged);
    connect(m_table, &QTableView::activated, this, [this] { openEditor(true); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TasksPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TasksPanel::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPanel::updateEmptyState);
    if (m_tasks) {
        connect(m_tasks, &tasks::TaskService::taskChanged, this, [this](const TaskStatus &status) {
            if (status.id == selectedTaskId()) {
                updateActions();
                reloadHistory();
            }
        });
    }
    // A profile loaded later (without tasks) sends no signal: look again now and then.
    m_recheck->setInterval(1000);
    connect(m_recheck, &QTimer::timeout, this, [this] {
        updateEmptyState();
        updateActions();
    });
    m_recheck->start();

    setFocusProxy(m_emptyLabel);
    updateEmptyState();
    updateActions();
    reloadHistory();
}

TasksPanel::~TasksPanel() = default;

void TasksPanel::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                             const QString &icon) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    m_new = make(u"actionNewTask"_s, tr("&New"), QKeySequence(Qt::Key_Insert), u"list-add"_s);
    m_edit = make(u"actionEditTask"_s, tr("&Edit"), QKeySequence(Qt::Key_F2), u"document-edit"_s);
    m_delete
        = make(u"actionDeleteTask"_s, tr("&Delete"), QKeySequence(QKeySequence::Delete), u"edit-delete"_s);
    m_start = make(u"actionStartTask"_s, tr("&Start"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                   u"media-playback-start"_s);
    m_stop = make(u"actionStopTask"_s, tr("S&top"), QKeySequence(Qt::CTRL | Qt::Key_Period),
                  u"media-playback-stop"_s);
    m_cancel = make(u"actionCancelTask"_s, tr("&Cancel"), QKeySequence(Qt::CTRL | Qt::Key_Backspace),
                    u"process-stop"_s);
    m_restart = make(u"actionRestartTask"_s, tr("&Restart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                     u"view-refresh"_s);
    m_runNow = make(u"actionRunTaskNow"_s, tr("Run &Now"), QKeySequence(Qt::CTRL | Qt::Key_R),
                    u"media-skip-forward"_s);
    m_stop->setStatusTip(tr("Finish the run in flight, then stop"));
    m_cancel->setStatusTip(tr("Stop now; a run in flight is cancelled"));

    connect(m_new, &QAction::triggered, this, [this] { openEditor(false); });
    connect(m_edit, &QAction::triggered, this, [this] { openEditor(true); });
    connect(m_delete, &QAction::triggered, this, &TasksPanel::confirmDelete);
    connect(m_start, &QAction::triggered, this, [this] { control(tr("Start"), Start); });
    connect(m_stop, &QAction::triggered, this, [this] { control(tr("Stop"), Stop); });
    connect(m_cancel, &QAction::triggered, this, [this] { control(tr("Cancel"), Cancel); });
    connect(m_restart, &QAction::triggered, this, [this] { control(tr("Restart"), Restart); });
    connect(m_runNow, &QAction::triggered, this, [this] { control(tr("Run now"), RunNow); });
}

qint64 TasksPanel::selectedTaskId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {}))
        return 0;
    return m_model->data(m_model->index(current.row(), 0), TaskListModel::IdRole).toLongLong();
}

std::optional<TaskStatus> TasksPanel::selectedTask() const
{
    const qint64 id = selectedTaskId();
    return id ? m_model->statusAt(m_model->rowOf(id)) : std::nullopt;
}

void TasksPanel::selectTask(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

TaskEditorDialog *TasksPanel::editor() const
{
    return findChild<TaskEditorDialog *>(QString(), Qt::FindDirectChildrenOnly);
}

void TasksPanel::updateActions()
{
    const bool profile = m_tasks && m_tasks->profileId() != 0;
    const auto task = selectedTask();
    m_new->setEnabled(profile);
    m_edit->setEnabled(bool(task));
    m_delete->setEnabled(bool(task));
    m_start->setEnabled(task && !task->isActive());
    m_stop->setEnabled(task && task->isActive() && !task->stopping);
    m_cancel->setEnabled(task && task->isActive());
    m_restart->setEnabled(bool(task));
    m_runNow->setEnabled(task && task->state != State::Running);
}

void TasksPanel::updateEmptyState()
{
    const bool profile = m_tasks && m_tasks->profileId() != 0;
    if (!profile) {
        m_emptyLabel->setText(tr("No saved profile is loaded.\nChoose one under Profiles… (Ctrl+Shift+P) "
                                 "to schedule tasks for its bot."));
    } else if (m_model->rowCount() == 0) {
        m_emptyLabel->setText(
            tr("No tasks yet.\nPress New (Insert) to schedule one: post a view every day at "
               "09:00, update the status every 30 s, refresh a counter message…"));
    }
    const bool empty = !profile || m_model->rowCount() == 0;
    const int page = empty ? 0 : 1;
    if (m_stack->currentIndex() != page) {
        QWidget *focus = QApplication::focusWidget();
        QWidget *shown = m_stack->currentWidget();
        const bool hadFocus = focus && shown && (focus == shown || shown->isAncestorOf(focus));
        m_stack->setCurrentIndex(page);
        setFocusProxy(empty ? static_cast<QWidget *>(m_emptyLabel) : m_table);
        if (!empty && m_table->selectionModel()->currentIndex().row() < 0)
            selectTask(m_model->data(m_model->index(0, 0), TaskListModel::IdRole).toLongLong());
        if (hadFocus)
            setFocus();
    }
    updateActions();
}

void TasksPanel::reloadHistory()
{
    m_history->setRowCount(0);
    const auto task = selectedTask();
    if (!task || !m_tasks) {
        m_historyTitle->setText(tr("History: select a task"));
        return;
    }
    m_historyTitle->setText(tr("History of “%1”").arg(task->name));
    const auto runs = m_tasks->history(task->id, 50);
    if (!runs) {
        m_historyTitle->setText(tr("History of “%1”: %2").arg(task->name, runs.error().message));
        return;
    }
    m_history->setRowCount(int(runs->size()));
    int row = 0;
    for (const store::TaskRunRecord &run : runs.value()) {
        const QString outcome = store::TaskRunRecord::outcomeName(run.outcome);
        const QStringList cells
            = {timeText(run.started), run.ended ? timeText(*run.ended) : QString(), outcome, run.error};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 3)
                item->setToolTip(run.error);
            if (run.outcome == store::TaskRunRecord::Outcome::Failed)
                item->setForeground(QColor(0xd0, 0x30, 0x30));
            m_history->setItem(row, column, item);
        }
        ++row;
    }
}

void TasksPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #d03030;"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

void TasksPanel::control(const QString &what, int which)
{
    const auto task = selectedTask();
    if (!task || !m_tasks)
        return;
    QCoro::Task<Result<void>> call = [&] {
        switch (Which(which)) {
        case Start:
            return m_tasks->start(task->id);
        case Stop:
            return m_tasks->stop(task->id);
        case Cancel:
            return m_tasks->cancel(task->id);
        case Restart:
            return m_tasks->restart(task->id);
        case RunNow:
            break;
        }
        return m_tasks->runNow(task->id);
    }();
    const QString name = task->name;
    QCoro::connect(std::move(call), this, [this, what, name](const Result<void> &result) {
        if (result)
            showMessage({}, false);
        else
            showMessage(tr("%1 “%2”: %3").arg(what, name, result.error().message), true);
        updateActions();
    });
}

QStringList TasksPanel::viewNames() const
{
    QStringList names;
    if (!m_bot || !m_bot->database() || !m_tasks || m_tasks->profileId() == 0)
        return names;
    const auto views = store::ViewStore(*m_bot->database()).list(m_tasks->profileId());
    if (views) {
        for (const store::ViewRecord &view : views.value())
            names.append(view.name);
    }
    return names;
}

void TasksPanel::openEditor(bool existing)
{
    if (!m_tasks || m_tasks->profileId() == 0 || editor())
        return;
    const auto task = existing ? selectedTask() : std::nullopt;
    if (existing && !task)
        return;
    auto *dialog = new TaskEditorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGuilds(m_bot ? m_bot->guilds() : QList<GuildInfo>());
    dialog->setViewNames(viewNames());
    QStringList taken;
    for (const TaskStatus &s : m_tasks->tasks()) {
        if (!task || s.id != task->id)
            taken.append(s.name);
    }
    dialog->setTakenNames(taken);
    if (task)
        dialog->setTask(task->name, task->spec);
    const qint64 id = task ? task->id : 0;
    const bool enabled = task ? task->enabled : false;
    connect(dialog, &TaskEditorDialog::submitted, this, [this, dialog, id, enabled] {
        store::TaskRecord record;
        record.id = id;
        record.profileId = m_tasks->profileId();
        record.name = dialog->name();
        record.spec = dialog->spec();
        record.enabled = enabled;
        QPointer<TaskEditorDialog> guarded(dialog);
        QCoro::connect(m_tasks->save(record), this, [this, guarded](const Result<TaskStatus> &saved) {
            if (!saved) {
                if (guarded)
                    guarded->setSaveError(saved.error().message);
                return;
            }
            if (guarded)
                guarded->accept();
            // The model hears of the task through the queued taskChanged; select it once it is there.
            const qint64 savedId = saved->id;
            QTimer::singleShot(0, this, [this, savedId] {
                selectTask(savedId);
                setFocus();
            });
        });
    });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(); });
    dialog->open();
}

void TasksPanel::confirmDelete()
{
    const auto task = selectedTask();
    if (!task || !m_tasks)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Task"),
                                tr("Delete the task “%1” and its run history?").arg(task->name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"deleteTaskConfirm"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = task->id;
    const QString name = task->name;
    connect(box, &QMessageBox::finished, this, [this, box, id, name](int) {
        if (box->clickedButton() != box->button(QMessageBox::Yes) && box->result() != QMessageBox::Yes)
            return;
        QCoro::connect(m_tasks->remove(id), this, [this, name](const Result<void> &result) {
            if (!result)
                showMessage(tr("Delete “%1”: %2").arg(name, result.error().message), true);
        });
    });
    box->open();
}

} // namespace bw::gui
