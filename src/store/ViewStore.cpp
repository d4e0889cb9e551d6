#include "store/ViewStore.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonDocument>

namespace bw::store {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, profile_id, name, kind, timeout_seconds, payload, actions, created, updated FROM views ");

QString toJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

ViewRecord fromRow(const QSqlQuery &query)
{
    ViewRecord view;
    view.id = query.value(0).toLongLong();
    view.profileId = query.value(1).toLongLong();
    view.name = query.value(2).toString();
    view.kind = ViewRecord::kindFromName(query.value(3).toString());
    if (!query.value(4).isNull())
        view.timeoutSeconds = query.value(4).toInt();
    view.payload = fromJson(query.value(5));
    view.actions = fromJson(query.value(6));
    view.created = sql::fromMs(query.value(7).toLongLong());
    view.updated = sql::fromMs(query.value(8).toLongLong());
    return view;
}

Result<QList<ViewRecord>> select(const Database &db, const QString &where, const QVariantList &values)
{
    return sql::selectAll(db.connection(), kSelect + where, values, fromRow,
                          QStringLiteral("Could not read the views"));
}

} // namespace

ViewStore::ViewStore(Database &db) : m_db(db) { }

Result<QList<ViewRecord>> ViewStore::list(qint64 profileId) const
{
    return select(m_db, QStringLiteral("WHERE profile_id = ? ORDER BY name"), {profileId});
}

Result<ViewRecord> ViewStore::byName(qint64 profileId, const QString &name) const
{
    return sql::firstOf(select(m_db, QStringLiteral("WHERE profile_id = ? AND name = ?"), {profileId, name}),
                        QStringLiteral("There is no view named “%1”.").arg(name));
}

Result<ViewRecord> ViewStore::byId(qint64 id) const
{
    return sql::firstOf(select(m_db, QStringLiteral("WHERE id = ?"), {id}),
                        QStringLiteral("There is no view with id %1.").arg(id));
}

Result<ViewRecord> ViewStore::save(ViewRecord view)
{
    if (view.name.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A view needs a name."));
    if (view.timeoutSeconds && *view.timeoutSeconds < 0)
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A view's timeout cannot be negative."));

    const qint64 now = sql::toMs(m_db.clock().now());
    const bool insert = view.id == 0;
    const QString what = QStringLiteral("Could not save the view “%1”").arg(view.name);
    auto query = sql::prepare(
        m_db.connection(),
        insert ? QStringLiteral("INSERT INTO views (profile_id, name, kind, timeout_seconds, payload, "
                                "actions, updated, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("UPDATE views SET profile_id = ?, name = ?, kind = ?, "
                                "timeout_seconds = ?, payload = ?, actions = ?, updated = ? "
                                "WHERE id = ?"),
        what);
    if (!query)
        return query.error();
    query->addBindValue(view.profileId);
    query->addBindValue(view.name);
    query->addBindValue(ViewRecord::kindName(view.kind));
    query->addBindValue(view.timeoutSeconds ? QVariant(*view.timeoutSeconds) : QVariant());
    query->addBindValue(toJson(view.payload));
    query->addBindValue(toJson(view.actions));
    query->addBindValue(now);
    query->addBindValue(insert ? now : view.id);
    if (!query->exec()) {
        const QSqlError error = query->lastError();
        if (sql::isUniqueViolation(error))
            return Error::make(
                Error::Kind::InvalidInput,
                QStringLiteral("A view named “%1” already exists in this profile.").arg(view.name));
        if (sql::isForeignKeyViolation(error))
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("There is no profile with id %1.").arg(view.profileId));
        return sql::toError(error, what);
    }
    if (!insert && query->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no view with id %1.").arg(view.id));
    return byId(insert ? query->lastInsertId().toLongLong() : view.id);
}

Result<void> ViewStore::remove(qint64 id)
{
    const QString what = QStringLiteral("Could not delete the view");
    auto query = sql::prepare(m_db.connection(), QStringLiteral("DELETE FROM views WHERE id = ?"), what);
    if (!query)
        return query.error();
    query->addBindValue(id);
    if (auto done = sql::exec(*query, what); !done)
        return done;
    if (query->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no view with id %1.").arg(id));
    return {};
}

} // namespace bw::store
