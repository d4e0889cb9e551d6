#include "bot/views/ViewRegistry.h"

#include "bot/views/ViewLibrary.h"
#include "core/Logging.h"
#include "store/BindingStore.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>

namespace bw::views {

const QByteArray &ViewRegistry::emptyState()
{
    static const QByteArray empty = QByteArrayLiteral("{}");
    return empty;
}

ViewRegistry::ViewRegistry() = default;

void ViewRegistry::clear()
{
    m_byId.clear();
    m_unbound.clear();
    m_bindings.clear();
    m_parsedStates.clear();
    m_expiries.clear();
}

void ViewRegistry::setViews(QList<std::shared_ptr<const CompiledView>> views)
{
    std::sort(views.begin(), views.end(), [](const auto &a, const auto &b) { return a->name < b->name; });
    m_byId.clear();
    m_unbound.clear();
    for (const auto &view : std::as_const(views)) {
        m_byId.insert(view->id, view);
        if (view->bound)
            continue;
        for (auto it = view->actions.cbegin(); it != view->actions.cend(); ++it) {
            const auto existing = m_unbound.constFind(it.key());
            if (existing != m_unbound.cend()) {
                qCWarning(lcBot).noquote()
                    << QStringLiteral("views \"%1\" and \"%2\" both claim the custom_id \"%3\"; "
                                      "\"%1\" answers it")
                           .arg(existing->first->name, view->name, it.key());
                continue;
            }
            m_unbound.insert(it.key(), {view, &it.value()});
        }
    }
    // bindings of views that are gone, and expiries of views whose timeout changed
    m_expiries.clear();
    for (auto it = m_bindings.begin(); it != m_bindings.end();) {
        if (!m_byId.contains(it->viewId)) {
            m_parsedStates.remove(it.key());
            it = m_bindings.erase(it);
            continue;
        }
        scheduleExpiry(it.key(), it.value());
        ++it;
    }
}

std::shared_ptr<const CompiledView> ViewRegistry::viewByName(const QString &name) const
{
    for (const auto &view : m_byId) {
        if (view->name == name)
            return view;
    }
    return {};
}

void ViewRegistry::bind(quint64 messageId, Binding binding)
{
    if (binding.state.isEmpty() || binding.state == emptyState())
        binding.state = emptyState();
    m_parsedStates.remove(messageId);
    scheduleExpiry(messageId, binding);
    m_bindings.insert(messageId, std::move(binding));
}

bool ViewRegistry::unbind(quint64 messageId)
{
    m_parsedStates.remove(messageId);
    m_expiries.remove(messageId);
    return m_bindings.remove(messageId);
}

const ViewRegistry::Binding *ViewRegistry::binding(quint64 messageId) const
{
    const auto it = m_bindings.constFind(messageId);
    return it == m_bindings.cend() ? nullptr : &it.value();
}

void ViewRegistry::touch(quint64 messageId, qint64 nowMs)
{
    const auto it = m_bindings.find(messageId);
    if (it == m_bindings.end())
        return;
    it->lastUsedMs = nowMs;
    scheduleExpiry(messageId, it.value());
}

void ViewRegistry::scheduleExpiry(quint64 messageId, const Binding &binding)
{
    const auto view = m_byId.value(binding.viewId);
    if (view && view->timeoutSeconds)
        m_expiries.insert(messageId, binding.lastUsedMs + qint64(*view->timeoutSeconds) * 1000);
    else
        m_expiries.remove(messageId);
}

QJsonObject ViewRegistry::state(quint64 messageId) const
{
    const auto cached = m_parsedStates.constFind(messageId);
    if (cached != m_parsedStates.cend())
        return cached.value();
    const Binding *b = binding(messageId);
    if (!b)
        return {};
    const QJsonObject parsed
        = b->state.size() <= 2 ? QJsonObject() : QJsonDocument::fromJson(b->state).object();
    m_parsedStates.insert(messageId, parsed);
    return parsed;
}

void ViewRegistry::setState(quint64 messageId, const QJsonObject &state, const QByteArray &json)
{
    const auto it = m_bindings.find(messageId);
    if (it == m_bindings.end())
        return;
    it->state = json;
    m_parsedStates.insert(messageId, state);
}

QList<quint64> ViewRegistry::expired(qint64 nowMs) const
{
    QList<quint64> out;
    for (auto it = m_expiries.cbegin(); it != m_expiries.cend(); ++it) {
        if (it.value() <= nowMs)
            out.append(it.key());
    }
    return out;
}

qint64 ViewRegistry::nextExpiryMs() const
{
    qint64 next = -1;
    for (const qint64 at : m_expiries) {
        if (next < 0 || at < next)
            next = at;
    }
    return next;
}

ViewRegistry::Route ViewRegistry::route(quint64 messageId, const QString &customId) const
{
    if (messageId != 0) {
        const auto b = m_bindings.constFind(messageId);
        if (b != m_bindings.cend()) {
            const auto view = m_byId.value(b->viewId);
            if (view) {
                if (const ActionSpec *action = view->action(customId))
                    return {view, action, messageId};
            }
        }
    }
    const auto unbound = m_unbound.constFind(customId);
    if (unbound != m_unbound.cend())
        return {unbound->first, unbound->second, 0};
    return {};
}

Result<ViewRegistry::LoadReport> ViewRegistry::reloadViews(store::Database &db, qint64 profileId)
{
    QElapsedTimer timer;
    timer.start();
    LoadReport report;
    auto definitions = ViewLibrary(db, profileId).list();
    if (!definitions)
        return definitions.error();
    QList<std::shared_ptr<const CompiledView>> compiled;
    for (const ViewDefinition &definition : std::as_const(definitions.value())) {
        auto view = definition.compile();
        if (!view) {
            ++report.invalidViews;
            qCWarning(lcBot).noquote()
                << QStringLiteral("the stored view \"%1\" is not valid and is not loaded: %2")
                       .arg(definition.name, view.error().toString());
            continue;
        }
        compiled.append(std::move(view).value());
    }
    report.views = static_cast<int>(compiled.size());
    setViews(std::move(compiled));
    report.bindings = m_bindings.size();
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<ViewRegistry::LoadReport> ViewRegistry::load(store::Database &db, qint64 profileId)
{
    QElapsedTimer timer;
    timer.start();
    clear();
    auto views = reloadViews(db, profileId);
    if (!views)
        return views.error();
    LoadReport report = views.value();
    qint64 skipped = 0;
    // the views' timeouts in ms (0 = none), so each row costs one lookup here and one insert below
    QHash<qint64, qint64> timeoutMs;
    for (const auto &view : std::as_const(m_byId))
        timeoutMs.insert(view->id, view->timeoutSeconds ? qint64(*view->timeoutSeconds) * 1000 : 0);
    const auto visit = [&](const store::BindingRecord &r) {
        const auto timeout = timeoutMs.constFind(r.viewId);
        if (timeout == timeoutMs.cend())
            return; // its view did not compile (logged above)
        bool ok = false;
        const quint64 id = r.messageId.toULongLong(&ok);
        if (!ok) {
            ++skipped;
            return;
        }
        Binding b;
        b.channelId = r.channelId.toULongLong();
        b.guildId = r.guildId.toULongLong();
        b.viewId = r.viewId;
        b.lastUsedMs = r.lastUsed.isValid() ? r.lastUsed.toMSecsSinceEpoch() : 0;
        b.state = r.state.size() <= 2 ? emptyState() : r.state;
        if (timeout.value() > 0)
            m_expiries.insert(id, b.lastUsedMs + timeout.value());
        m_bindings.insert(id, std::move(b));
    };
    auto visited = store::BindingStore(db).forEachActiveForProfile(profileId, visit);
    if (!visited)
        return visited.error();
    if (skipped)
        qCWarning(lcBot) << skipped << "bindings with an invalid message id were not loaded";
    report.bindings = m_bindings.size();
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace bw::views
