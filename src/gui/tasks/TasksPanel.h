#pragma once
// TasksPanel: the Tasks dock: the profile's scheduled tasks with their live state, next run, history,
// and start/stop/cancel/run-now controls over a tasks::TaskService.

#include <QWidget>

namespace bw {
class Bot;
namespace tasks {
class TaskService;
}
} // namespace bw

namespace bw::gui {

class TasksPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPanel)

public:
    /// `tasks` may be null (no profile loaded): the panel then says so.
    TasksPanel(tasks::TaskService *tasks, Bot *bot, QWidget *parent = nullptr);
    ~TasksPanel() override;

private:
    tasks::TaskService *m_tasks;
    Bot *m_bot;
};

} // namespace bw::gui
