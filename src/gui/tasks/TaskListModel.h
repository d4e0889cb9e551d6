#pragma once
// TaskListModel: the scheduled tasks of a tasks::TaskService as a table (name, schedule, state, next run
// countdown, runs, last result), kept current from taskChanged/taskRemoved; a 1 s timer refreshes the
// countdown column only (and "retrying in Ns").

#include "bot/tasks/TaskStatus.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class QTimer;

namespace bw {
class Clock;
namespace tasks {
class TaskService;
}
} // namespace bw

namespace bw::gui {

class TaskListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column {
        NameColumn,
        ScheduleColumn,
        StateColumn,
        NextRunColumn,
        RunsColumn,
        LastResultColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StateRole, // int (TaskStatus::State)
        StatusRole, // QVariant<TaskStatus>
    };

    /// `clock` (not owned) gives "now" for the countdown; null = the system clock.
    explicit TaskListModel(tasks::TaskService *service, const Clock *clock = nullptr,
                           QObject *parent = nullptr);
    ~TaskListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 id) const;
    std::optional<tasks::TaskStatus> statusAt(int row) const;

    /// The state as the panel words it: "sleeping until 09:00:00", "retrying in 4 s", "failed: …".
    QString stateText(const tasks::TaskStatus &status) const;
    /// "in 1:05", "in 2 h 03 min", "now", "—".
    QString countdownText(const tasks::TaskStatus &status) const;
    QString lastResultText(const tasks::TaskStatus &status) const;

    /// Refreshes the time-dependent cells (the timer calls it every second).
    void tick();

private:
    void reload();
    void upsert(const tasks::TaskStatus &status);
    void removeId(qint64 id);

    QPointer<tasks::TaskService> m_service;
    const Clock *m_clock;
    QList<tasks::TaskStatus> m_rows; // sorted by name
    QTimer *m_timer;
};

} // namespace bw::gui
