#include "bot/commands/CommandSync.h"

#include "core/Logging.h"
#include "discord/CommandValidator.h"
#include "discord/RestClient.h"
#include "store/CommandStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace bw::commands {

namespace {

/// Fields Discord adds to a command; they are not part of what we define.
const QStringList &serverFields()
{
    static const QStringList fields {QStringLiteral("id"),
                                     QStringLiteral("application_id"),
                                     QStringLiteral("guild_id"),
                                     QStringLiteral("version"),
                                     QStringLiteral("dm_permission"),
                                     QStringLiteral("name_localized"),
                                     QStringLiteral("description_localized")};
    return fields;
}

/// A value that says nothing: absent, null, false, "" or an empty list/object.
bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isBool() && !v.toBool())
        || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty())
        || (v.isObject() && v.toObject().isEmpty());
}

/// Drops empty values at every depth, and server fields at the top, so that our definition and Discord's
/// answer compare equal when they mean the same thing.
QJsonValue comparable(const QJsonValue &value, bool top)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (top && serverFields().contains(it.key()))
                continue;
            const QJsonValue v = comparable(it.value(), false);
            if (!isEmptyValue(v))
                out.insert(it.key(), v);
        }
        if (top && out.value(QStringLiteral("type")).toInt(1) == 1)
            out.remove(QStringLiteral("type"));
        // What Discord fills in when a command leaves it out.
        if (top && out.value(QStringLiteral("integration_types")).toArray() == QJsonArray {0})
            out.remove(QStringLiteral("integration_types"));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(comparable(v, false));
        return out;
    }
    return value;
}

QString keyOf(const QJsonObject &command)
{
    return QString::number(command.value(QStringLiteral("type")).toInt(1)) + u':'
        + command.value(QStringLiteral("name")).toString();
}

bool commandLess(const QJsonValue &a, const QJsonValue &b)
{
    const QJsonObject x = a.toObject();
    const QJsonObject y = b.toObject();
    const int tx = x.value(QStringLiteral("type")).toInt(1);
    const int ty = y.value(QStringLiteral("type")).toInt(1);
    if (tx != ty)
        return tx < ty;
    return x.value(QStringLiteral("name")).toString() < y.value(QStringLiteral("name")).toString();
}

} // namespace

QString CommandChange::toString() const
{
    const QString prefix = type == 1 ? QStringLiteral("/") : QString();
    const QString label = prefix + name
        + (type == 2       ? QStringLiteral(" (user)")
               : type == 3 ? QStringLiteral(" (message)")
                           : QString());
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("+ %1").arg(label);
    case Kind::Removed:
        return QStringLiteral("- %1").arg(label);
    case Kind::Changed:
        return QStringLiteral("~ %1 (%2)").arg(label, fields.join(QStringLiteral(", ")));
    case Kind::Unchanged:
        break;
    }
    return QStringLiteral("  %1").arg(label);
}

int ScopePlan::changedCount() const
{
    return int(std::count_if(changes.begin(), changes.end(), [](const CommandChange &c) {
        return c.kind != CommandChange::Kind::Unchanged;
    }));
}

CommandSync::CommandSync(discord::RestClient *rest, store::Database *db, qint64 profileId,
                         QString applicationId, QObject *parent)
    : QObject(parent),
      m_rest(rest),
      m_db(db),
      m_profileId(profileId),
      m_applicationId(std::move(applicationId))
{ }

QJsonObject CommandSync::canonicalCommand(const QJsonObject &definition)
{
    QJsonObject out = definition;
    for (const QString &field : serverFields())
        out.remove(field);
    if (!out.contains(QStringLiteral("type")))
        out.insert(QStringLiteral("type"), 1);
    if (out.value(QStringLiteral("type")).toInt() != 1)
        out.remove(QStringLiteral("options"));
    return out;
}

QJsonArray CommandSync::canonical(const QList<store::CommandRecord> &records)
{
    QList<QJsonValue> list;
    for (const store::CommandRecord &r : records)
        list.append(canonicalCommand(r.definition));
    std::sort(list.begin(), list.end(), commandLess);
    QJsonArray out;
    for (const QJsonValue &v : std::as_const(list))
        out.append(v);
    return out;
}

QString CommandSync::hashOf(const QJsonArray &canonicalCommands)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonicalCommands).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QList<CommandChange> CommandSync::diff(const QJsonArray &from, const QJsonArray &to)
{
    QMap<QString, QJsonObject> before;
    QMap<QString, QJsonObject> after;
    for (const QJsonValue &v : from)
        before.insert(keyOf(v.toObject()), comparable(v, true).toObject());
    for (const QJsonValue &v : to)
        after.insert(keyOf(v.toObject()), comparable(v, true).toObject());
    QList<CommandChange> out;
    QSet<QString> keys;
    for (auto it = before.keyBegin(); it != before.keyEnd(); ++it)
        keys.insert(*it);
    for (auto it = after.keyBegin(); it != after.keyEnd(); ++it)
        keys.insert(*it);
    QStringList sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &key : std::as_const(sorted)) {
        CommandChange change;
        change.type = key.section(u':', 0, 0).toInt();
        change.name = key.section(u':', 1);
        if (!before.contains(key)) {
            change.kind = CommandChange::Kind::Added;
        } else if (!after.contains(key)) {
            change.kind = CommandChange::Kind::Removed;
        } else {
            const QJsonObject a = before.value(key);
            const QJsonObject b = after.value(key);
            QSet<QString> fields;
            for (auto it = a.begin(); it != a.end(); ++it)
                fields.insert(it.key());
            for (auto it = b.begin(); it != b.end(); ++it)
                fields.insert(it.key());
            for (const QString &field : std::as_const(fields)) {
                if (a.value(field) != b.value(field))
                    change.fields.append(field);
            }
            std::sort(change.fields.begin(), change.fields.end());
            change.kind
                = change.fields.isEmpty() ? CommandChange::Kind::Unchanged : CommandChange::Kind::Changed;
        }
        out.append(change);
    }
    return out;
}

QString CommandSync::scopeName(const QString &guildId) const
{
    return guildId.isEmpty() ? tr("global") : tr("guild %1").arg(guildId);
}

QCoro::Task<Result<QJsonArray>> CommandSync::fetchRemote(QString guildId)
{
    if (!m_rest)
        co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
    const discord::Route route = guildId.isEmpty()
        ? discord::Route::get(QStringLiteral("/applications/{application_id}/commands"), {m_applicationId})
        : discord::Route::get(QStringLiteral("/applications/{application_id}/guilds/{guild_id}/commands"),
                              {m_applicationId, guildId});
    auto answer = co_await m_rest->get(route);
    if (!answer)
        co_return answer.error();
    co_return answer->array();
}

QCoro::Task<Result<QList<ScopePlan>>> CommandSync::plan(QList<store::CommandRecord> records,
                                                        bool compareRemote)
{
    QPointer<CommandSync> self(this);
    QMap<QString, QList<store::CommandRecord>> byScope;
    for (const store::CommandRecord &r : std::as_const(records))
        byScope[r.guildId].append(r);
    QMap<QString, store::CommandSyncRecord> stored;
    if (m_db) {
        auto states = store::CommandStore(*m_db).syncStates(m_profileId);
        if (!states)
            co_return states.error();
        for (const store::CommandSyncRecord &s : std::as_const(states.value())) {
            if (s.applicationId != m_applicationId)
                continue;
            stored.insert(s.guildId, s);
            // A scope that had commands and has none now must be cleared (an empty PUT).
            if (!byScope.contains(s.guildId) && !s.commands.isEmpty())
                byScope.insert(s.guildId, {});
        }
    }
    QList<ScopePlan> plans;
    for (auto it = byScope.begin(); it != byScope.end(); ++it) {
        ScopePlan plan;
        plan.guildId = it.key();
        plan.commands = canonical(it.value());
        plan.hash = hashOf(plan.commands);
        const store::CommandSyncRecord last = stored.value(plan.guildId);
        plan.storedHash = last.hash;
        plan.needsSync = plan.hash != plan.storedHash;
        QJsonArray before = last.commands;
        if (compareRemote && plan.needsSync) {
            auto remote = co_await fetchRemote(plan.guildId);
            if (!self)
                co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
            if (!remote)
                co_return remote.error();
            before = remote.value();
            plan.comparedWithRemote = true;
        }
        plan.changes = diff(before, plan.commands);
        plans.append(plan);
    }
    co_return plans;
}

QCoro::Task<Result<SyncReport>> CommandSync::sync(QList<store::CommandRecord> records, bool force)
{
    QPointer<CommandSync> self(this);
    if (m_applicationId.isEmpty())
        co_return Error::make(Error::Kind::InvalidInput,
                              tr("The application id is unknown, so commands cannot be "
                                 "registered."));
    auto plans = co_await plan(records, false);
    if (!self)
        co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
    if (!plans)
        co_return plans.error();

    SyncReport report;
    QList<ScopePlan> todo;
    for (const ScopePlan &p : std::as_const(plans.value())) {
        if (p.needsSync || force) {
            const QList<discord::CommandProblem> problems
                = discord::CommandValidator::validateList(p.commands);
            if (!problems.isEmpty()) {
                QStringList lines;
                for (const discord::CommandProblem &problem : problems)
                    lines << problem.toString();
                Error error = Error::make(Error::Kind::InvalidInput,
                                          tr("The %1 commands are not valid; nothing was sent for them.")
                                              .arg(scopeName(p.guildId)));
                error.details = lines.join(QStringLiteral("; "));
                co_return error;
            }
            todo.append(p);
        } else {
            ++report.scopesSkipped;
            report.lines << tr("%1: unchanged, not sent").arg(scopeName(p.guildId));
        }
    }

    for (qsizetype i = 0; i < todo.size(); ++i) {
        const ScopePlan &p = todo.at(i);
        if (!m_rest)
            co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
        Q_EMIT progress(int(i), int(todo.size()), scopeName(p.guildId));
        const discord::Route route = p.guildId.isEmpty()
            ? discord::Route::put(QStringLiteral("/applications/{application_id}/commands"),
                                  {m_applicationId})
            : discord::Route::put(QStringLiteral("/applications/{application_id}/guilds/{guild_id}/commands"),
                                  {m_applicationId, p.guildId});
        const QString scope = scopeName(p.guildId);
        const QString routeKey = route.routeKey();
        int waits = 0;
        const auto watch = QObject::connect(
            m_rest.data(), &discord::RestClient::requestLogged, this,
            [this, scope, routeKey, &waits](const discord::RestLogEntry &e) {
                if (!e.rateLimited || QString::fromLatin1(e.method) + u' ' + e.routeTemplate != routeKey)
                    return;
                ++waits;
                qCInfo(lcBot).noquote()
                    << "command sync:" << scope << "rate limited, waiting" << e.retryAfterMs << "ms";
                Q_EMIT rateLimited(scope, e.retryAfterMs / 1000.0);
            });
        auto answer = co_await m_rest->sendJson(route, QJsonDocument(p.commands));
        if (!self)
            co_return Error::make(Error::Kind::Cancelled, tr("The bot stopped."));
        QObject::disconnect(watch);
        ++report.requests;
        report.rateLimitWaits += waits;
        if (!answer) {
            Error error = answer.error();
            error.message = tr("Registering the %1 commands failed: %2").arg(scope, error.message);
            co_return error;
        }
        if (m_db) {
            store::CommandSyncRecord state;
            state.profileId = m_profileId;
            state.applicationId = m_applicationId;
            state.guildId = p.guildId;
            state.hash = p.hash;
            state.commands = p.commands;
            if (auto saved = store::CommandStore(*m_db).saveSyncState(state); !saved)
                co_return saved.error();
        }
        ++report.scopesSynced;
        report.lines << tr("%1: %n command(s) registered", nullptr, int(p.commands.size())).arg(scope);
        qCInfo(lcBot).noquote() << "command sync:" << scope << "registered" << p.commands.size()
                                << "command(s)";
    }
    Q_EMIT progress(int(todo.size()), int(todo.size()), QString());
    co_return report;
}

QCoro::Task<Result<QString>> CommandSync::fetchApplicationId(discord::RestClient *rest)
{
    const discord::Route route = discord::Route::get(QStringLiteral("/applications/@me"));
    auto app = co_await rest->get(route);
    if (!app)
        co_return app.error();
    const QString id = app->object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        co_return Error::make(Error::Kind::Generic, tr("Discord did not say which application this bot is."));
    co_return id;
}

} // namespace bw::commands
