#pragma once
// StateWriter: group commit of the bound messages' state. The clicks handled in one event-loop turn are
// written in one SQLite transaction at the end of the turn; each click's answer waits for that commit.

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <qcoro/qcorotask.h>

#include <coroutine>
#include <memory>
#include <optional>

namespace bw::store {
class Database;
}

namespace bw::views {

class ViewRegistry;

class StateWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateWriter)

public:
    explicit StateWriter(std::shared_ptr<ViewRegistry> registry, QObject *parent = nullptr);
    ~StateWriter() override;

    void setDatabase(store::Database *db) { m_db = db; }

    /// Queues `json` as the state of `messageId` (the registry already holds it, `previous` is what it held
    /// before) and resolves once the transaction with it committed, or failed: then the registry gets back
    /// the state it had before this turn's writes.
    QCoro::Task<Result<void>> write(quint64 messageId, QByteArray json, QByteArray previous);

    /// Commits what is queued now (also runs by itself at the end of the event-loop turn).
    void flush();

    /// Transactions committed so far (for tests and benchmarks).
    qint64 commits() const { return m_commits; }

private:
    struct Waiter
    {
        quint64 messageId = 0;
        std::optional<Result<void>> result;
        std::coroutine_handle<> handle;
    };
    struct Entry
    {
        QByteArray json; // the last write of this turn
        QByteArray previous; // the state before this turn's first write
    };

    std::shared_ptr<ViewRegistry> m_registry;
    store::Database *m_db = nullptr;
    QHash<quint64, Entry> m_entries;
    QList<quint64> m_order;
    QList<std::shared_ptr<Waiter>> m_waiters;
    bool m_scheduled = false;
    qint64 m_commits = 0;
};

} // namespace bw::views
