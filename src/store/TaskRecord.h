#pragma once
// TaskRecord and TaskRunRecord: a scheduled task of a profile (its spec is JSON) and one run of it.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bw::store {

struct TaskRecord
{
    qint64 id = 0; // 0 until saved
    qint64 profileId = 0;
    QString name; // unique per profile
    QJsonObject spec; // schedule, actions, retry policy: owned by the scheduler
    bool enabled = true;
    std::optional<QDateTime> nextRun; // none = not scheduled
    QDateTime created;
    QDateTime updated;
};

struct TaskRunRecord
{
    enum class Outcome { Running, Succeeded, Failed, Cancelled };

    qint64 id = 0;
    qint64 taskId = 0;
    QDateTime started;
    std::optional<QDateTime> ended; // none while running
    Outcome outcome = Outcome::Running;
    QString error; // empty unless failed

    static QString outcomeName(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Running:
            return QStringLiteral("running");
        case Outcome::Succeeded:
            return QStringLiteral("succeeded");
        case Outcome::Failed:
            return QStringLiteral("failed");
        case Outcome::Cancelled:
            return QStringLiteral("cancelled");
        }
        return QStringLiteral("running");
    }
    static Outcome outcomeFromName(const QString &name)
    {
        for (Outcome outcome : {Outcome::Running, Outcome::Succeeded, Outcome::Failed, Outcome::Cancelled}) {
            if (name == outcomeName(outcome))
                return outcome;
        }
        return Outcome::Failed;
    }
};

} // namespace bw::store
