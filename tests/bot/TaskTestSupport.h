#pragma once
// Helpers for the scheduled-task tests: a real SQLite database with one profile, and a TaskExecutor that
// records what it was asked to do and answers with scripted results (it stands in for the bot's actions,
// not for a network peer: the end-to-end tests use the real sandbox).

#include "bot/tasks/TaskExecutor.h"
#include "core/Clock.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QJsonDocument>
#include <QTest>
#include <qcoro/qcorosignal.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace bw::tasks::test {

inline std::unique_ptr<store::Database> openDatabase(const QString &path, Clock *clock, qint64 *profileId)
{
    store::Database::Options options;
    options.path = path;
    options.clock = clock;
    auto db = store::Database::open(options);
    if (!db) {
        qWarning().noquote() << db.error().toString();
        return nullptr;
    }
    store::Profile profile;
    profile.name = QStringLiteral("p");
    auto saved = store::ProfileStore(*db.value()).save(profile);
    if (!saved)
        return nullptr;
    *profileId = saved->id;
    return std::move(db).value();
}

inline QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

class RecordingExecutor final : public TaskExecutor
{
    Q_OBJECT

public:
    struct Call
    {
        TaskAction::Type type;
        QString text; // rendered content / activity name
        qint64 run = 0;
    };

    bool ready = true;
    bool hold = false; // runs wait for release()
    QList<Result<void>> script; // results of the next calls (success when empty)
    QList<Call> calls;
    int inFlight = 0;
    int maxInFlight = 0;

    bool isReady() const override { return ready; }
    void setReady(bool r)
    {
        ready = r;
        Q_EMIT readyChanged(r);
    }
    /// Lets held runs finish (their coroutines resume from the event loop).
    void release()
    {
        Q_EMIT released();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }

    QCoro::Task<Result<void>> execute(TaskAction action, TemplateContext context) override
    {
        Call call {action.type, {}, context.run};
        if (action.type == TaskAction::Type::Send || action.type == TaskAction::Type::Edit)
            call.text = action.message.render(context).value(QStringLiteral("content")).toString();
        else if (action.type == TaskAction::Type::Presence)
            call.text = action.activityName.render(context);
        calls.append(call);
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        if (hold)
            co_await qCoro(this, &RecordingExecutor::released);
        --inFlight;
        if (!script.isEmpty())
            co_return script.takeFirst();
        co_return Result<void>();
    }

    int count(TaskAction::Type type) const
    {
        int n = 0;
        for (const Call &c : calls)
            n += c.type == type;
        return n;
    }

Q_SIGNALS:
    void released();
};

inline Error httpError(int status)
{
    Error e = Error::make(status == 429 ? Error::Kind::RateLimited : Error::Kind::Http,
                          QStringLiteral("HTTP %1").arg(status));
    e.httpStatus = status;
    return e;
}

} // namespace bw::tasks::test
