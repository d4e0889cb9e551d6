#include "bot/tasks/TaskSchedule.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::tasks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::tasks::TaskSchedule", text);
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

qint64 unitMs(const QString &unit)
{
    if (unit == u"s")
        return 1000;
    if (unit == u"min")
        return 60'000;
    if (unit == u"h")
        return 3'600'000;
    return 0;
}

QString timeText(const QTime &time)
{
    return time.toString(time.second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace

TaskSchedule TaskSchedule::every(qint64 ms)
{
    TaskSchedule s;
    s.m_kind = Kind::Interval;
    s.m_intervalMs = ms;
    s.m_unit = ms % 3'600'000 == 0 ? QStringLiteral("h")
        : ms % 60'000 == 0         ? QStringLiteral("min")
                                   : QStringLiteral("s");
    return s;
}

TaskSchedule TaskSchedule::at(QList<QTime> times, QTimeZone zone)
{
    TaskSchedule s;
    s.m_kind = Kind::TimesOfDay;
    for (QTime &t : times)
        t = QTime(t.hour(), t.minute(), t.second()); // whole seconds
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    s.m_times = std::move(times);
    s.m_zone = zone.isValid() ? std::move(zone) : QTimeZone::utc();
    return s;
}

Result<TaskSchedule> TaskSchedule::fromJson(const QJsonObject &json)
{
    const bool hasEvery = json.contains(u"every");
    const bool hasTimes = json.contains(u"times");
    if (hasEvery == hasTimes)
        return invalid(tr("A schedule is either \"every\" (an interval) or \"times\" (times of day)."));
    if (hasEvery) {
        const QJsonValue everyValue = json.value(u"every");
        const QString unit = json.value(u"unit").toString(QStringLiteral("s"));
        const qint64 factor = unitMs(unit);
        if (factor == 0)
            return invalid(tr("Unknown interval unit \"%1\" (use s, min or h).").arg(unit));
        if (!everyValue.isDouble() || everyValue.toDouble() <= 0)
            return invalid(tr("The interval must be a positive number."));
        const double ms = everyValue.toDouble() * double(factor);
        if (ms < 1000)
            return invalid(tr("The interval must be at least one second."));
        if (ms > 366.0 * 24 * 3'600'000)
            return invalid(tr("The interval must be at most a year."));
        TaskSchedule s = every(qint64(ms));
        s.m_unit = unit;
        return s;
    }
    const QJsonValue timesValue = json.value(u"times");
    QJsonArray array;
    if (timesValue.isString())
        array.append(timesValue);
    else if (timesValue.isArray())
        array = timesValue.toArray();
    else
        return invalid(tr("\"times\" must be a list of times of day such as \"09:00\"."));
    if (array.isEmpty())
        return invalid(tr("Give at least one time of day."));
    QList<QTime> times;
    for (const QJsonValue &v : std::as_const(array)) {
        const QString text = v.toString().trimmed();
        QTime t = QTime::fromString(text, QStringLiteral("H:mm:ss"));
        if (!t.isValid())
            t = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!t.isValid())
            return invalid(tr("\"%1\" is not a time of day (write HH:MM or HH:MM:SS).").arg(text));
        times.append(t);
    }
    const QString zoneId = json.value(u"timeZone").toString(QStringLiteral("UTC"));
    QTimeZone zone = zoneId == u"UTC" ? QTimeZone::utc() : QTimeZone(zoneId.toUtf8());
    if (!zone.isValid())
        return invalid(tr("Unknown time zone \"%1\" (use an IANA name such as Europe/Berlin).").arg(zoneId));
    return at(std::move(times), std::move(zone));
}

QJsonObject TaskSchedule::toJson() const
{
    if (m_kind == Kind::Interval) {
        const qint64 factor = unitMs(m_unit) ? unitMs(m_unit) : 1000;
        const double value = double(m_intervalMs) / double(factor);
        return QJsonObject {{u"every"_s, value}, {u"unit"_s, unitMs(m_unit) ? m_unit : u"s"_s}};
    }
    QJsonArray times;
    for (const QTime &t : m_times)
        times.append(timeText(t));
    return QJsonObject {{u"times"_s, times}, {u"timeZone"_s, QString::fromUtf8(m_zone.id())}};
}

QDateTime TaskSchedule::resolveLocal(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    // The local wall time read as if it were UTC; the real instant is that minus the zone's offset.
    const qint64 naive = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    const int before = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive - day, Qt::UTC));
    const int after = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(naive + day, Qt::UTC));
    qint64 best = 0;
    bool found = false;
    for (int offset : {before, after}) {
        const qint64 instant = naive - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(instant, Qt::UTC)) != offset)
            continue;
        // Two valid readings = a repeated hour: the later one (discord.py's fold=1).
        if (!found || instant > best)
            best = instant;
        found = true;
    }
    if (!found) {
        // In a gap: move the wall time forward by the gap's length, which lands just past it.
        const qint64 shifted = naive + qint64(after - before) * 1000;
        best = shifted - qint64(after) * 1000;
    }
    return QDateTime::fromMSecsSinceEpoch(best, Qt::UTC);
}

QDateTime TaskSchedule::nextTimeOfDayAfter(const QDateTime &after) const
{
    const QDate today = after.toTimeZone(m_zone).date();
    QDateTime best;
    for (int d = -1; d <= 2; ++d) {
        const QDate date = today.addDays(d);
        for (const QTime &t : m_times) {
            const QDateTime candidate = resolveLocal(date, t, m_zone);
            if (candidate > after && (!best.isValid() || candidate < best))
                best = candidate;
        }
    }
    return best;
}

QDateTime TaskSchedule::firstRun(const QDateTime &now) const
{
    if (m_kind == Kind::Interval)
        return now.toUTC();
    return nextTimeOfDayAfter(now.addMSecs(-1));
}

QDateTime TaskSchedule::nextRun(const QDateTime &last, const QDateTime &now) const
{
    if (m_kind == Kind::Interval)
        return last.addMSecs(m_intervalMs).toUTC();
    return nextTimeOfDayAfter(std::max(last, now));
}

QString TaskSchedule::summary() const
{
    if (m_kind == Kind::Interval) {
        const qint64 factor = unitMs(m_unit) ? unitMs(m_unit) : 1000;
        const double value = double(m_intervalMs) / double(factor);
        return tr("every %1 %2").arg(QString::number(value), unitMs(m_unit) ? m_unit : u"s"_s);
    }
    QStringList texts;
    for (const QTime &t : m_times)
        texts.append(timeText(t));
    return tr("at %1 (%2)").arg(texts.join(QStringLiteral(", ")), QString::fromUtf8(m_zone.id()));
}

bool TaskSchedule::operator==(const TaskSchedule &other) const
{
    return m_kind == other.m_kind && m_intervalMs == other.m_intervalMs && m_times == other.m_times
        && m_zone == other.m_zone;
}

} // namespace bw::tasks
