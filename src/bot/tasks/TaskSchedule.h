#pragma once
// TaskSchedule: when a scheduled task runs, as discord.py's ext.tasks does: every N seconds (anchored to
// the previous iteration), or at times of day in a time zone (sorted, deduplicated, DST-resolved).

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace bw::tasks {

class TaskSchedule
{
public:
    enum class Kind : quint8 { Interval, TimesOfDay };

    /// Every `ms` milliseconds (> 0).
    static TaskSchedule every(qint64 ms);
    /// At these local times in `zone` (invalid zone = UTC). Sorted and deduplicated here.
    static TaskSchedule at(QList<QTime> times, QTimeZone zone = QTimeZone::utc());

    /// {"every": 30, "unit": "s"|"min"|"h"} or {"times": ["09:00", "17:30:15"], "timeZone": "Europe/Berlin"}.
    static Result<TaskSchedule> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    Kind kind() const { return m_kind; }
    bool isInterval() const { return m_kind == Kind::Interval; }
    qint64 intervalMs() const { return m_intervalMs; }
    const QList<QTime> &times() const { return m_times; }
    const QTimeZone &zone() const { return m_zone; }
    /// The unit the interval was written in ("s", "min", "h"), for editors.
    QString unit() const { return m_unit; }

    /// The first run time of a freshly started loop at `now`: `now` for an interval (first run at once),
    /// the next listed time at or after `now` for times of day.
    QDateTime firstRun(const QDateTime &now) const;
    /// The run after the iteration scheduled at `last` (begun at `now`): `last` + interval (anchored, no
    /// drift); for times of day the first listed time strictly after both `last` and `now`.
    QDateTime nextRun(const QDateTime &last, const QDateTime &now) const;
    /// The first time of day strictly after `after`, DST resolved.
    QDateTime nextTimeOfDayAfter(const QDateTime &after) const;

    /// A local date and time in `zone` as one instant, the way discord.py resolves them: a time in a DST
    /// gap moves forward by the gap's length; a repeated time means its second (later) occurrence.
    static QDateTime resolveLocal(const QDate &date, const QTime &time, const QTimeZone &zone);

    /// "every 30 s", "at 09:00, 17:30 (Europe/Berlin)".
    QString summary() const;

    bool operator==(const TaskSchedule &other) const;

private:
    Kind m_kind = Kind::Interval;
    qint64 m_intervalMs = 60'000;
    QString m_unit = QStringLiteral("s");
    QList<QTime> m_times;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace bw::tasks
