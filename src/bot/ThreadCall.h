#pragma once
// callInThreadOf: runs work in the thread of a QObject (the bot thread, usually BotRuntime) and awaits its
// Result from another thread without blocking it; "the bot stopped" (Cancelled) if the work never runs.

#include "core/Result.h"

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPromise>
#include <qcoro/qcorofuture.h>
#include <qcoro/qcorotask.h>

#include <memory>
#include <type_traits>

namespace bw {

namespace detail {
/// Owned by the work once it is queued; finishes the future with `whenStopped` if the work is dropped.
template<typename U> struct PendingThreadCall
{
    QPromise<Result<U>> promise;
    QString whenStopped;
    bool done = false;

    explicit PendingThreadCall(QString message) : whenStopped(std::move(message)) { promise.start(); }
    ~PendingThreadCall()
    {
        if (!done)
            finish(Error::make(Error::Kind::Cancelled, whenStopped));
    }
    void finish(Result<U> result)
    {
        done = true;
        promise.addResult(std::move(result));
        promise.finish();
    }
};
} // namespace detail

/// `work` is called in `context`'s thread and returns Result<U> or QCoro::Task<Result<U>>.
/// Pass captured data by value (or in a shared_ptr): it crosses threads.
template<typename U, typename Work>
QCoro::Task<Result<U>> callInThreadOf(QObject *context, Work work, QString whenStopped)
{
    auto pending = std::make_shared<detail::PendingThreadCall<U>>(whenStopped);
    QFuture<Result<U>> future = pending->promise.future();
    QMetaObject::invokeMethod(
        context,
        [context, pending, work = std::move(work)]() mutable {
            using Returned = std::invoke_result_t<Work &>;
            if constexpr (std::is_same_v<Returned, Result<U>>) {
                pending->finish(work());
            } else {
                QCoro::connect(work(), context,
                               [pending](Result<U> result) { pending->finish(std::move(result)); });
            }
        },
        Qt::QueuedConnection);
    pending.reset(); // the context's thread holds it now
    co_await qCoro(future).waitForFinished();
    if (future.resultCount() == 0)
        co_return Error::make(Error::Kind::Cancelled, whenStopped);
    co_return future.result();
}

} // namespace bw
