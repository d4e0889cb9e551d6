#include "bot/views/StateWriter.h"

#include "bot/views/ViewRegistry.h"
#include "store/BindingStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bw::views {

StateWriter::StateWriter(std::shared_ptr<ViewRegistry> registry, QObject *parent)
    : QObject(parent), m_registry(std::move(registry))
{ }

StateWriter::~StateWriter()
{
    flush(); // nothing queued is lost when the bot stops
}

QCoro::Task<Result<void>> StateWriter::write(quint64 messageId, QByteArray json, QByteArray previous)
{
    auto it = m_entries.find(messageId);
    if (it == m_entries.end()) {
        m_entries.insert(messageId, Entry {std::move(json), std::move(previous)});
        m_order.append(messageId);
    } else {
        it->json = std::move(json);
    }
    auto waiter = std::make_shared<Waiter>();
    waiter->messageId = messageId;
    m_waiters.append(waiter);
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(this, &StateWriter::flush, Qt::QueuedConnection);
    }

    struct Awaiter
    {
        Waiter *w;
        bool await_ready() const noexcept { return w->result.has_value(); }
        void await_suspend(std::coroutine_handle<> h) noexcept { w->handle = h; }
        Result<void> await_resume() { return std::move(*w->result); }
    };
    co_return co_await Awaiter {waiter.get()};
}

void StateWriter::flush()
{
    m_scheduled = false;
    if (m_order.isEmpty())
        return;
    const QHash<quint64, Entry> entries = std::exchange(m_entries, {});
    const QList<quint64> order = std::exchange(m_order, {});
    const QList<std::shared_ptr<Waiter>> waiters = std::exchange(m_waiters, {});

    QList<std::pair<QString, QByteArray>> states;
    states.reserve(order.size());
    for (const quint64 id : order)
        states.append({QString::number(id), entries.value(id).json});
    Result<QStringList> written = QStringList();
    if (m_db)
        written = store::BindingStore(*m_db).upsertStates(states);
    if (written)
        ++m_commits;

    // What failed gets its state of before this turn back in the registry.
    const auto restore = [this, &entries](quint64 id) {
        const QByteArray previous = entries.value(id).previous;
        if (m_registry->binding(id))
            m_registry->setState(id, QJsonDocument::fromJson(previous).object(), previous);
    };
    QSet<quint64> missing;
    if (!written) {
        for (const quint64 id : order)
            restore(id);
    } else {
        for (const QString &id : *written) {
            missing.insert(id.toULongLong());
            restore(id.toULongLong());
        }
    }
    // Resumed last: an awaiting action may run on and queue the next turn's writes.
    for (const auto &w : waiters) {
        if (!written)
            w->result = Result<void>(written.error());
        else if (missing.contains(w->messageId))
            w->result = Result<void>(
                Error::make(Error::Kind::NotFound,
                            QStringLiteral("Message %1 is not bound to a view.").arg(w->messageId)));
        else
            w->result = Result<void>();
        if (auto h = std::exchange(w->handle, {}))
            h.resume();
    }
}

} // namespace bw::views
