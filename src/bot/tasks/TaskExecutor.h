#pragma once
// TaskExecutor: what carries out a task's actions for the scheduler (the real one talks to the bot's REST
// client and shards; BotTaskExecutor), and tells it whether the bot is READY (for before_loop).

#include "bot/Template.h"
#include "bot/tasks/TaskAction.h"
#include "core/Result.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace bw::tasks {

class TaskExecutor : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// True when the bot is connected and READY.
    virtual bool isReady() const = 0;
    /// Carries out one action that is not a sequence. Errors use Error::Kind so that RetryPolicy can
    /// classify them (Unavailable = the bot is not connected).
    virtual QCoro::Task<Result<void>> execute(TaskAction action, TemplateContext context) = 0;

    /// Carries out `action`, walking sequences step by step; stops at the first failing step.
    /// The executor must outlive the call (the scheduler guards it).
    static QCoro::Task<Result<void>> run(TaskExecutor *executor, TaskAction action, TemplateContext context);

Q_SIGNALS:
    void readyChanged(bool ready);
};

} // namespace bw::tasks
