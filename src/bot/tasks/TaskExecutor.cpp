#include "bot/tasks/TaskExecutor.h"

#include <QPointer>

namespace bw::tasks {

QCoro::Task<Result<void>> TaskExecutor::run(TaskExecutor *executor, TaskAction action,
                                            TemplateContext context)
{
    QPointer<TaskExecutor> guard(executor);
    if (action.type != TaskAction::Type::Sequence) {
        if (!guard)
            co_return Error::make(Error::Kind::Cancelled, QStringLiteral("The bot went away."));
        co_return co_await guard->execute(std::move(action), std::move(context));
    }
    for (TaskAction &step : action.steps) {
        if (!guard)
            co_return Error::make(Error::Kind::Cancelled, QStringLiteral("The bot went away."));
        Result<void> r = co_await run(guard.data(), std::move(step), context);
        if (!r)
            co_return r;
    }
    co_return Result<void>();
}

} // namespace bw::tasks
