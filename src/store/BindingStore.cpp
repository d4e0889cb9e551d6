#include "store/BindingStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace bw::store {

namespace {

const QString kColumns = QStringLiteral("b.message_id, b.channel_id, b.guild_id, b.view_id, CAST(b.state AS "
                                        "BLOB), b.created, b.last_used, b.deleted_at");

const QString kUpsert = QStringLiteral(
    "INSERT INTO bindings (message_id, channel_id, guild_id, view_id, state, created, last_used, deleted_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, NULL) "
    "ON CONFLICT (message_id) DO UPDATE SET channel_id = excluded.channel_id, guild_id = excluded.guild_id, "
    "view_id = excluded.view_id, state = excluded.state, last_used = excluded.last_used, deleted_at = NULL");

BindingRecord fromRow(const QSqlQuery &query)
{
    BindingRecord binding;
    binding.messageId = query.value(0).toString();
    binding.channelId = query.value(1).toString();
    binding.guildId = query.value(2).toString();
    binding.viewId = query.value(3).toLongLong();
    binding.state = query.value(4).toByteArray(); // UTF-8 bytes as stored, no UTF-16 round trip
    binding.created = sql::fromMs(query.value(5).toLongLong());
    binding.lastUsed = sql::fromMs(query.value(6).toLongLong());
    binding.deletedAt = sql::optionalTime(query.value(7));
    return binding;
}

Result<QList<BindingRecord>> select(const Database &db, const QString &from, const QVariantList &values)
{
    return sql::selectAll(db.connection(), QStringLiteral("SELECT ") + kColumns + QLatin1Char(' ') + from,
                          values, fromRow, QStringLiteral("Could not read the message bindings"));
}

Error upsertError(const QSqlError &error, const BindingRecord &binding)
{
    if (sql::isForeignKeyViolation(error))
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no view with id %1.").arg(binding.viewId));
    if (sql::isCheckViolation(error)) {
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("The state of message %1 is not valid JSON.").arg(binding.messageId));
    }
    return sql::toError(error,
                        QStringLiteral("Could not save the binding of message %1").arg(binding.messageId));
}

} // namespace

BindingStore::BindingStore(Database &db) : m_db(db) { }

Result<void> BindingStore::upsert(const BindingRecord &binding)
{
    return upsertMany({binding});
}

Result<void> BindingStore::upsertMany(const QList<BindingRecord> &bindings)
{
    if (bindings.isEmpty())
        return {};
    return m_db.transaction([&]() -> Result<void> {
        auto query
            = sql::prepare(m_db.connection(), kUpsert, QStringLiteral("Could not save the message bindings"));
        if (!query)
            return query.error();
        const qint64 now = sql::toMs(m_db.clock().now());
        for (const BindingRecord &binding : bindings) {
            if (binding.messageId.isEmpty())
                return Error::make(Error::Kind::InvalidInput,
                                   QStringLiteral("A binding needs a message id."));
            query->bindValue(0, binding.messageId);
            query->bindValue(1, sql::notNull(binding.channelId));
            query->bindValue(2, sql::notNull(binding.guildId));
            query->bindValue(3, binding.viewId);
            query->bindValue(
                4, binding.state.isEmpty() ? QStringLiteral("{}") : QString::fromUtf8(binding.state));
            query->bindValue(5, binding.created.isValid() ? sql::toMs(binding.created) : now);
            query->bindValue(6, binding.lastUsed.isValid() ? sql::toMs(binding.lastUsed) : now);
            if (!query->exec())
                return upsertError(query->lastError(), binding);
        }
        return {};
    });
}

Result<void> BindingStore::changeActive(const QString &statement, const QString &messageId,
                                        const QVariantList &values, const QString &what)
{
    return m_db.transaction([&]() -> Result<void> {
        auto query = sql::prepare(m_db.connection(), statement, what);
        if (!query)
            return query.error();
        for (const QVariant &value : values)
            query->addBindValue(value);
        query->addBindValue(messageId);
        if (!query->exec()) {
            if (sql::isCheckViolation(query->lastError())) {
                return Error::make(
                    Error::Kind::InvalidInput,
                    QStringLiteral("The state of message %1 is not valid JSON.").arg(messageId));
            }
            return sql::toError(query->lastError(), what);
        }
        if (query->numRowsAffected() == 0)
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("Message %1 is not bound to a view.").arg(messageId));
        return {};
    });
}

Result<void> BindingStore::upsertState(const QString &messageId, const QByteArray &stateJson)
{
    const Result<QStringList> missing = upsertStates({{messageId, stateJson}});
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("Message %1 is not bound to a view.").arg(messageId));
    return {};
}

Result<QStringList> BindingStore::upsertStates(const QList<std::pair<QString, QByteArray>> &states)
{
    const QString what = states.size() == 1
        ? QStringLiteral("Could not save the state of message %1").arg(states.constFirst().first)
        : QStringLiteral("Could not save the state of %1 messages").arg(states.size());
    return m_db.transaction([&]() -> Result<QStringList> {
        auto query = sql::prepare(
            m_db.connection(),
            QStringLiteral(
                "UPDATE bindings SET state = ?, last_used = ? WHERE message_id = ? AND deleted_at IS NULL"),
            what);
        if (!query)
            return query.error();
        const QVariant now = QVariant::fromValue(sql::toMs(m_db.clock().now()));
        QStringList missing;
        for (const auto &[messageId, json] : states) {
            query->bindValue(0, QString::fromUtf8(json));
            query->bindValue(1, now);
            query->bindValue(2, messageId);
            if (!query->exec()) {
                if (sql::isCheckViolation(query->lastError()))
                    return Error::make(
                        Error::Kind::InvalidInput,
                        QStringLiteral("The state of message %1 is not valid JSON.").arg(messageId));
                return sql::toError(query->lastError(), what);
            }
            if (query->numRowsAffected() == 0)
                missing.append(messageId);
        }
        return missing;
    });
}

Result<void> BindingStore::touch(const QString &messageId)
{
    return changeActive(
        QStringLiteral("UPDATE bindings SET last_used = ? WHERE message_id = ? AND deleted_at IS NULL"),
        messageId, {sql::toMs(m_db.clock().now())},
        QStringLiteral("Could not update the binding of message %1").arg(messageId));
}

Result<void> BindingStore::remove(const QString &messageId)
{
    return changeActive(
        QStringLiteral("UPDATE bindings SET deleted_at = ? WHERE message_id = ? AND deleted_at IS NULL"),
        messageId, {sql::toMs(m_db.clock().now())},
        QStringLiteral("Could not remove the binding of message %1").arg(messageId));
}

Result<BindingRecord> BindingStore::byMessageId(const QString &messageId) const
{
    auto found = select(m_db, QStringLiteral("FROM bindings b WHERE b.message_id = ?"), {messageId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("Message %1 is not bound to a view.").arg(messageId));
    return found->first();
}

Result<QList<BindingRecord>> BindingStore::listActiveByView(qint64 viewId) const
{
    return select(
        m_db,
        QStringLiteral(
            "FROM bindings b WHERE b.view_id = ? AND b.deleted_at IS NULL ORDER BY b.created, b.message_id"),
        {viewId});
}

Result<QList<BindingRecord>> BindingStore::history(qint64 viewId) const
{
    return select(m_db,
                  QStringLiteral("FROM bindings b WHERE b.view_id = ? ORDER BY b.created, b.message_id"),
                  {viewId});
}

Result<QList<BindingRecord>> BindingStore::listActiveForProfile(qint64 profileId) const
{
    QList<BindingRecord> bindings;
    auto visited
        = forEachActiveForProfile(profileId, [&](const BindingRecord &binding) { bindings.append(binding); });
    if (!visited)
        return visited.error();
    return bindings;
}

Result<qint64>
BindingStore::forEachActiveForProfile(qint64 profileId,
                                      const std::function<void(const BindingRecord &)> &visit) const
{
    const QString what = QStringLiteral("Could not read the message bindings");
    auto query = sql::prepare(m_db.connection(),
                              QStringLiteral("SELECT ") + kColumns
                                  + QStringLiteral(" FROM views v JOIN bindings b ON b.view_id = v.id "
                                                   "WHERE v.profile_id = ? AND b.deleted_at IS NULL"),
                              what);
    if (!query)
        return query.error();
    query->addBindValue(profileId);
    if (auto done = sql::exec(*query, what); !done)
        return done.error();
    qint64 count = 0;
    while (query->next()) {
        visit(fromRow(*query));
        ++count;
    }
    if (query->lastError().isValid())
        return sql::toError(query->lastError(), what);
    return count;
}

Result<int> BindingStore::purgeRemovedBefore(const QDateTime &before)
{
    const QString what = QStringLiteral("Could not purge removed bindings");
    auto query = sql::prepare(
        m_db.connection(),
        QStringLiteral("DELETE FROM bindings WHERE deleted_at IS NOT NULL AND deleted_at < ?"), what);
    if (!query)
        return query.error();
    query->addBindValue(sql::toMs(before));
    if (auto done = sql::exec(*query, what); !done)
        return done.error();
    return query->numRowsAffected();
}

} // namespace bw::store
