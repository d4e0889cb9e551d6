#pragma once
// TasksPanel: the Tasks dock: the profile's scheduled tasks with their live state, next run, history,
// and start/stop/cancel/run-now controls over a tasks::TaskService.

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace bw {
class Bot;
namespace tasks {
class TaskService;
struct TaskStatus;
} // namespace tasks
} // namespace bw

namespace bw::gui {

class TaskListModel;
class TaskEditorDialog;

class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)

public:
    /// `tasks` may be null (no profile loaded): the panel then says so.
    TasksPanel(tasks::TaskService *tasks, Bot *bot, QWidget *parent = nullptr);
    ~TasksPanel() override;

    TaskListModel *model() const { return m_model; }
    /// The selected task's id, 0 when none.
    qint64 selectedTaskId() const;
    void selectTask(qint64 id);
    /// The editor that New or Edit opened (null when none is open).
    TaskEditorDialog *editor() const;

private:
    void createActions();
    void updateActions();
    void updateEmptyState();
    void reloadHistory();
    void showMessage(const QString &text, bool error);
    std::optional<tasks::TaskStatus> selectedTask() const;
    void openEditor(bool existing);
    void confirmDelete();

    void control(const QString &what, int which);
    QStringList viewNames() const;

    tasks::TaskService *m_tasks;
    Bot *m_bot;
    TaskListModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QTableView *m_table;
    QLabel *m_historyTitle;
    QTableWidget *m_history;
    QLabel *m_message;
    QTimer *m_recheck;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_restart = nullptr;
    QAction *m_runNow = nullptr;
};

} // namespace bw::gui
