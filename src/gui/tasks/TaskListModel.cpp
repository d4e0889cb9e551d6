#include "gui/tasks/TaskListModel.h"

#include "bot/tasks/TaskService.h"
#include "core/Clock.h"

#include <QBrush>
#include <QColor>
#include <QTimer>

using namespace Qt::StringLiterals;
using bw::tasks::TaskStatus;
using State = bw::tasks::TaskStatus::State;

namespace bw::gui {

namespace {

QString duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 3600)
        return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return u"%1 h %2 min"_s.arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    return u"%1 d %2 h"_s.arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

} // namespace

TaskListModel::TaskListModel(tasks::TaskService *service, const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent),
      m_service(service),
      m_clock(clock ? clock : Clock::system()),
      m_timer(new QTimer(this))
{
    if (m_service) {
        connect(m_service, &tasks::TaskService::taskChanged, this, &TaskListModel::upsert);
        connect(m_service, &tasks::TaskService::taskRemoved, this, &TaskListModel::removeId);
    }
    reload();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TaskListModel::tick);
    m_timer->start();
}

TaskListModel::~TaskListModel() = default;

void TaskListModel::reload()
{
    beginResetModel();
    m_rows = m_service ? m_service->tasks() : QList<TaskStatus>();
    endResetModel();
}

void TaskListModel::upsert(const TaskStatus &status)
{
    const int row = rowOf(status.id);
    if (row >= 0 && m_rows.at(row).name == status.name) {
        m_rows[row] = status;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0)
        removeId(status.id); // renamed: it moves
    int at = 0;
    while (at < m_rows.size() && m_rows.at(at).name < status.name)
        ++at;
    beginInsertRows({}, at, at);
    m_rows.insert(at, status);
    endInsertRows();
}

void TaskListModel::removeId(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TaskListModel::tick()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, NextRunColumn), index(int(m_rows.size()) - 1, NextRunColumn),
                       {Qt::DisplayRole});
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).state == State::Retrying)
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn), {Qt::DisplayRole});
    }
}

int TaskListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<TaskStatus> TaskListModel::statusAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskListModel::stateText(const TaskStatus &s) const
{
    const QDateTime now = m_clock->now();
    QString text;
    switch (s.state) {
    case State::Idle:
        text = tr("idle");
        break;
    case State::WaitingReady:
        text = tr("waiting for ready");
        break;
    case State::Sleeping:
        text = s.nextRun.isValid()
            ? tr("sleeping until %1").arg(s.nextRun.toLocalTime().toString(u"HH:mm:ss"_s))
            : tr("sleeping");
        break;
    case State::Running:
        text = tr("running");
        break;
    case State::Retrying: {
        const qint64 left = s.retryAt.isValid() ? (now.msecsTo(s.retryAt) + 999) / 1000 : 0;
        text = tr("retrying in %1 s (attempt %2)").arg(std::max<qint64>(left, 0)).arg(s.attempt);
        break;
    }
    case State::Failed:
        text = s.lastError.isEmpty() ? tr("failed") : tr("failed: %1").arg(s.lastError);
        break;
    case State::Finished:
        text = tr("finished");
        break;
    }
    if (s.stopping && s.isActive())
        text += tr(" (stopping)");
    return text;
}

QString TaskListModel::countdownText(const TaskStatus &s) const
{
    QDateTime when;
    if (s.state == State::Sleeping)
        when = s.nextRun;
    else if (s.state == State::Retrying)
        when = s.retryAt;
    else if (s.state == State::Running)
        return tr("now");
    if (!when.isValid())
        return u"—"_s;
    const qint64 ms = m_clock->now().msecsTo(when);
    if (ms <= 0)
        return tr("now");
    return tr("in %1").arg(duration((ms + 999) / 1000));
}

QString TaskListModel::lastResultText(const TaskStatus &s) const
{
    if (s.lastOutcome.isEmpty())
        return tr("never ran");
    const QString when
        = s.lastEnded.isValid() ? s.lastEnded.toLocalTime().toString(u"HH:mm:ss"_s) : QString();
    QString outcome = s.lastOutcome;
    if (s.lastOutcome == u"succeeded"_s)
        outcome = tr("succeeded");
    else if (s.lastOutcome == u"failed"_s)
        outcome = s.lastError.isEmpty() ? tr("failed") : tr("failed: %1").arg(s.lastError);
    else if (s.lastOutcome == u"cancelled"_s)
        outcome = tr("cancelled");
    return when.isEmpty() ? outcome : tr("%1 at %2").arg(outcome, when);
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TaskStatus &s = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case StateRole:
        return int(s.state);
    case StatusRole:
        return QVariant::fromValue(s);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case ScheduleColumn:
            return s.scheduleSummary;
        case StateColumn:
            return stateText(s);
        case NextRunColumn:
            return countdownText(s);
        case RunsColumn:
            return s.runsThisLoop;
        case LastResultColumn:
            return lastResultText(s);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return s.actionSummary;
        case StateColumn:
        case LastResultColumn:
            return s.lastError.isEmpty() ? QVariant() : QVariant(s.lastError);
        case NextRunColumn: {
            const QDateTime when = s.state == State::Retrying ? s.retryAt : s.nextRun;
            return when.isValid() ? QVariant(QLocale().toString(when.toLocalTime(), QLocale::LongFormat))
                                  : QVariant();
        }
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn || index.column() == LastResultColumn) {
            const bool bad
                = index.column() == StateColumn ? s.state == State::Failed : s.lastOutcome == u"failed"_s;
            if (bad)
                return QBrush(QColor(0xd0, 0x30, 0x30));
            if (index.column() == StateColumn && s.state == State::Retrying)
                return QBrush(QColor(0xc0, 0x80, 0x00));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == RunsColumn || index.column() == NextRunColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ScheduleColumn:
        return tr("Schedule");
    case StateColumn:
        return tr("State");
    case NextRunColumn:
        return tr("Next run");
    case RunsColumn:
        return tr("Runs");
    case LastResultColumn:
        return tr("Last result");
    }
    return {};
}

} // namespace bw::gui
