#include "gui/tasks/TasksPanel.h"

#include "gui/Icons.h"
#include "gui/PlaceholderPanel.h"

#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::gui {

TasksPanel::TasksPanel(tasks::TaskService *tasks, Bot *bot, QWidget *parent)
    : QWidget(parent), m_tasks(tasks), m_bot(bot)
{
    setObjectName(u"tasksPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPanel(Icons::panel(u"tasks"_s), tr("Tasks"),
                                           tr("Jobs your bot runs on its own, on a schedule."), {}, this));
}

TasksPanel::~TasksPanel() = default;

} // namespace bw::gui
