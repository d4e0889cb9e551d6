#pragma once
// ViewRegistry: the in-memory routing table of the bot thread: compiled views, the unbound custom_id index
// and the message bindings in a compact form (ids as integers, state as JSON text parsed on demand).

#include "bot/views/ViewDefinition.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace bw::store {
class Database;
}

namespace bw::views {

class ViewRegistry
{
public:
    /// One bound message, as small as it can be (100,000 of these restore in well under a second).
    struct Binding
    {
        quint64 channelId = 0;
        quint64 guildId = 0;
        qint64 viewId = 0;
        qint64 lastUsedMs = 0; // wall clock, ms since the epoch (for timeouts)
        QByteArray state; // compact JSON text; "{}" shares one buffer
    };

    /// Where a click goes: the view and action, and the binding when it came through one.
    struct Route
    {
        std::shared_ptr<const CompiledView> view;
        const ActionSpec *action = nullptr;
        quint64 messageId = 0; // non-zero when routed through a binding
        bool isBound() const { return messageId != 0; }
        explicit operator bool() const { return action != nullptr; }
    };

    ViewRegistry();

    // ---- views
    /// Replaces every view. Unbound custom_ids are indexed (on a conflict the first view by name wins
    /// and the conflict is logged); bindings of views that are gone are dropped.
    void setViews(QList<std::shared_ptr<const CompiledView>> views);
    std::shared_ptr<const CompiledView> viewById(qint64 id) const { return m_byId.value(id); }
    std::shared_ptr<const CompiledView> viewByName(const QString &name) const;
    int viewCount() const { return static_cast<int>(m_byId.size()); }

    // ---- bindings
    void reserveBindings(qsizetype n) { m_bindings.reserve(n); }
    /// Adds or replaces the binding of a message.
    void bind(quint64 messageId, Binding binding);
    /// Removes a binding; false when there was none.
    bool unbind(quint64 messageId);
    const Binding *binding(quint64 messageId) const;
    qsizetype bindingCount() const { return m_bindings.size(); }
    /// Sets last used (and, for views with a timeout, the expiry).
    void touch(quint64 messageId, qint64 nowMs);

    /// The binding's state, parsed on first use and cached until it changes.
    QJsonObject state(quint64 messageId) const;
    /// Replaces the cached state (call after the store committed `json`).
    void setState(quint64 messageId, const QJsonObject &state, const QByteArray &json);

    /// Bindings of views with a timeout whose last use + timeout is at or before nowMs.
    QList<quint64> expired(qint64 nowMs) const;
    /// The earliest expiry of any binding, or -1 when nothing can expire.
    qint64 nextExpiryMs() const;

    // ---- routing
    /// Bound (message id, custom_id) first, then the unbound view that claims custom_id.
    Route route(quint64 messageId, const QString &customId) const;

    // ---- loading
    struct LoadReport
    {
        int views = 0;
        int invalidViews = 0; // stored views that failed to compile (logged, skipped)
        qint64 bindings = 0;
        qint64 elapsedMs = 0;
    };
    /// Replaces everything with the profile's views and active bindings from the store.
    Result<LoadReport> load(store::Database &db, qint64 profileId);
    /// Reloads only the views (bindings stay; those of removed views are dropped).
    Result<LoadReport> reloadViews(store::Database &db, qint64 profileId);
    void clear();

    /// The shared "{}" buffer (so empty states cost no allocation).
    static const QByteArray &emptyState();

private:
    void scheduleExpiry(quint64 messageId, const Binding &binding);

    QHash<qint64, std::shared_ptr<const CompiledView>> m_byId;
    QHash<QString, std::pair<std::shared_ptr<const CompiledView>, const ActionSpec *>> m_unbound;
    QHash<quint64, Binding> m_bindings;
    mutable QHash<quint64, QJsonObject> m_parsedStates; // bindings whose state was needed
    QHash<quint64, qint64> m_expiries; // message id -> expiry ms, for views with a timeout
};

} // namespace bw::views
