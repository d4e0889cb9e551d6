#include "bot/tasks/TaskService.h"

#include "bot/Bot.h"
#include "bot/BotRuntime.h"
#include "bot/tasks/BotTaskExecutor.h"
#include "bot/tasks/TaskScheduler.h"
#include "bot/tasks/TaskSpec.h"
#include "core/Logging.h"
#include "store/Database.h"
#include "store/TaskStore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QPromise>
#include <qcoro/qcorofuture.h>

#include <memory>

namespace bw::tasks {

namespace {

/// Runs `action` with `executor` on the bot thread, then hands the result to `promise`.
QCoro::Task<void> runAndDeliver(BotTaskExecutor *executor, TaskAction action,
                                std::shared_ptr<QPromise<Result<void>>> promise)
{
    TemplateContext context;
    context.run = 1;
    Result<void> result = co_await TaskExecutor::run(executor, std::move(action), std::move(context));
    executor->deleteLater();
    promise->addResult(result);
    promise->finish();
}

/// On the GUI thread: Bot::sendView (it creates the binding), its result handed to `promise`.
QCoro::Task<void> deliverView(QPointer<Bot> bot, std::shared_ptr<QPromise<Result<void>>> promise,
                              QString view, QString channelId, QJsonObject state)
{
    Result<void> result(Error::make(Error::Kind::Unavailable, QStringLiteral("The bot went away.")));
    if (bot) {
        auto sent = co_await bot->sendView(view, channelId, state);
        if (sent)
            result = Result<void>();
        else
            result = sent.error();
    }
    promise->addResult(result);
    promise->finish();
}

/// On the bot thread: sends a designed view through the Bot on its own thread and waits for the result.
QCoro::Task<Result<void>> sendViewThroughBot(QPointer<Bot> bot, QString view, QString channelId,
                                             QJsonObject state)
{
    if (!bot)
        co_return Error::make(Error::Kind::Unavailable, QStringLiteral("The bot went away."));
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        bot.data(),
        [bot, promise, view, channelId, state] { deliverView(bot, promise, view, channelId, state); },
        Qt::QueuedConnection);
    co_return co_await future;
}

BotTaskExecutor::ViewSender viewSenderFor(Bot &bot)
{
    QPointer<Bot> guarded(&bot);
    return [guarded](QString view, QString channelId, QJsonObject state) {
        return sendViewThroughBot(guarded, std::move(view), std::move(channelId), std::move(state));
    };
}

} // namespace

TaskService::TaskService(Bot &bot, store::Database &db, const Clock *clock, QObject *parent)
    : QObject(parent), m_bot(bot), m_db(db)
{
    qRegisterMetaType<TaskStatus>();
    // Created on the bot thread, where they live, so the executor sees the runtime's state there.
    QMetaObject::invokeMethod(
        bot.runtime(),
        [this, clock] {
            m_executor = new BotTaskExecutor(m_bot.runtime());
            m_executor->setViewSender(viewSenderFor(m_bot));
            TaskScheduler::Options options;
            options.clock = clock;
            m_scheduler = new TaskScheduler(m_db, m_executor, options);
        },
        Qt::BlockingQueuedConnection);
    connect(m_scheduler, &TaskScheduler::statusChanged, this, [this](const TaskStatus &status) {
        m_tasks.insert(status.id, status);
        Q_EMIT taskChanged(status);
    });
    connect(m_scheduler, &TaskScheduler::taskRemoved, this, [this](qint64 id) {
        m_tasks.remove(id);
        Q_EMIT taskRemoved(id);
    });
    connect(m_scheduler, &TaskScheduler::taskFailed, this,
            [this](qint64, const QString &name, const QString &error) { Q_EMIT taskFailed(name, error); });
}

TaskService::~TaskService()
{
    TaskScheduler *scheduler = m_scheduler;
    BotTaskExecutor *executor = m_executor;
    m_scheduler->disconnect(this);
    if (m_bot.botThread()->isRunning()) {
        QMetaObject::invokeMethod(
            m_bot.runtime(),
            [scheduler, executor] {
                delete scheduler;
                delete executor;
            },
            Qt::BlockingQueuedConnection);
    } else {
        delete scheduler;
        delete executor;
    }
}

Result<void> TaskService::load(qint64 profileId)
{
    m_profileId = profileId;
    Result<void> result;
    QList<TaskStatus> statuses;
    QMetaObject::invokeMethod(
        m_scheduler,
        [this, profileId, &result, &statuses] {
            result = m_scheduler->load(profileId);
            statuses = m_scheduler->statuses();
        },
        Qt::BlockingQueuedConnection);
    // The queued statusChanged signals arrive later; the mirror is right at once.
    const QList<qint64> old = m_tasks.keys();
    m_tasks.clear();
    for (qint64 id : old)
        Q_EMIT taskRemoved(id);
    for (const TaskStatus &s : std::as_const(statuses)) {
        m_tasks.insert(s.id, s);
        Q_EMIT taskChanged(s);
    }
    return result;
}

QList<TaskStatus> TaskService::tasks() const
{
    QList<TaskStatus> out = m_tasks.values();
    std::sort(out.begin(), out.end(),
              [](const TaskStatus &a, const TaskStatus &b) { return a.name < b.name; });
    return out;
}

std::optional<TaskStatus> TaskService::task(qint64 id) const
{
    const auto it = m_tasks.constFind(id);
    return it == m_tasks.constEnd() ? std::nullopt : std::optional<TaskStatus>(*it);
}

std::optional<TaskStatus> TaskService::taskNamed(const QString &name) const
{
    for (const TaskStatus &s : m_tasks) {
        if (s.name == name)
            return s;
    }
    return std::nullopt;
}

template<typename T, typename F> QCoro::Task<T> TaskService::onBotThread(F work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_scheduler,
        [promise, work = std::move(work)]() mutable {
            promise->addResult(work());
            promise->finish();
        },
        Qt::QueuedConnection);
    co_return co_await future;
}

QCoro::Task<Result<TaskStatus>> TaskService::save(store::TaskRecord record)
{
    // Not a coroutine itself: GCC 12 mishandles this aggregate as a coroutine's by-value parameter.
    TaskScheduler *scheduler = m_scheduler;
    auto shared = std::make_shared<const store::TaskRecord>(std::move(record));
    return onBotThread<Result<TaskStatus>>([scheduler, shared]() -> Result<TaskStatus> {
        if (scheduler->profileId() == 0)
            return Error::make(Error::Kind::InvalidInput, tr("Choose a saved profile first."));
        return scheduler->save(*shared);
    });
}

#define BW_TASK_CALL(method)                                                                                 \
    QCoro::Task<Result<void>> TaskService::method(qint64 id)                                                 \
    {                                                                                                        \
        TaskScheduler *scheduler = m_scheduler;                                                              \
        co_return co_await onBotThread<Result<void>>([scheduler, id] { return scheduler->method(id); });     \
    }

BW_TASK_CALL(remove)
BW_TASK_CALL(start)
BW_TASK_CALL(stop)
BW_TASK_CALL(cancel)
BW_TASK_CALL(restart)
BW_TASK_CALL(runNow)

#undef BW_TASK_CALL

Result<QList<store::TaskRunRecord>> TaskService::history(qint64 id, int limit) const
{
    return store::TaskStore(m_db).runs(id, limit);
}

QCoro::Task<Result<void>> TaskService::runOnce(Bot &bot, store::Database &db, store::TaskRecord task)
{
    // Not a coroutine itself: GCC 12 mishandles this aggregate as a coroutine's by-value parameter.
    return runOnceImpl(bot, db, task.id, task.name, task.spec);
}

QCoro::Task<Result<void>> TaskService::runOnceImpl(Bot &bot, store::Database &db, qint64 taskId, QString name,
                                                   QJsonObject specJson)
{
    auto spec = TaskSpec::fromJson(specJson);
    if (!spec)
        co_return Error::make(Error::Kind::InvalidInput,
                              tr("The task \"%1\" is invalid: %2").arg(name, spec.error().message));
    store::TaskStore store(db);
    const auto runId = store.startRun(taskId, QDateTime::currentDateTimeUtc());
    // The action runs on the bot thread with an executor of its own; the result comes back as a future.
    auto promise = std::make_shared<QPromise<Result<void>>>();
    QFuture<Result<void>> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        bot.runtime(),
        [runtime = bot.runtime(), sender = viewSenderFor(bot), promise, action = spec->action]() {
            auto *executor = new BotTaskExecutor(runtime);
            executor->setViewSender(sender);
            runAndDeliver(executor, action, promise);
        },
        Qt::QueuedConnection);
    Result<void> result = co_await future;
    if (runId) {
        const auto outcome
            = result ? store::TaskRunRecord::Outcome::Succeeded : store::TaskRunRecord::Outcome::Failed;
        if (auto done = store.finishRun(runId.value(), QDateTime::currentDateTimeUtc(), outcome,
                                        result ? QString() : result.error().toString());
            !done)
            qCWarning(lcBot) << "tasks: could not record the run:" << done.error().message;
    }
    co_return result;
}

} // namespace bw::tasks
