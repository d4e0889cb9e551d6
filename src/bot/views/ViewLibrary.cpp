#include "bot/views/ViewLibrary.h"

#include "store/Database.h"
#include "store/ViewStore.h"

#include <QJsonDocument>

namespace bw::views {

ViewLibrary::ViewLibrary(store::Database &db, qint64 profileId) : m_db(db), m_profileId(profileId) { }

Result<QList<ViewDefinition>> ViewLibrary::list() const
{
    auto records = store::ViewStore(m_db).list(m_profileId);
    if (!records)
        return records.error();
    QList<ViewDefinition> out;
    out.reserve(records->size());
    for (const store::ViewRecord &r : std::as_const(records.value()))
        out.append(ViewDefinition::fromRecord(r));
    return out;
}

Result<ViewDefinition> ViewLibrary::byName(const QString &name) const
{
    auto record = store::ViewStore(m_db).byName(m_profileId, name);
    if (!record)
        return record.error();
    return ViewDefinition::fromRecord(record.value());
}

Result<void> ViewLibrary::checkClaims(const ViewDefinition &view) const
{
    if (view.isBound())
        return {};
    auto others = list();
    if (!others)
        return others.error();
    const QStringList claimed = view.claimedCustomIds();
    for (const ViewDefinition &other : std::as_const(others.value())) {
        if (other.isBound() || (view.id != 0 && other.id == view.id)
            || (view.id == 0 && other.name == view.name))
            continue;
        for (const QString &customId : claimed) {
            if (other.actions.contains(customId))
                return Error::make(
                    Error::Kind::InvalidInput,
                    QStringLiteral("The view \"%1\" cannot claim the custom_id \"%2\": the unbound "
                                   "view \"%3\" already answers it.")
                        .arg(view.name, customId, other.name));
        }
    }
    return {};
}

Result<ViewDefinition> ViewLibrary::save(ViewDefinition view)
{
    if (Result<void> valid = issuesToResult(view.validate()); !valid)
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("The view \"%1\" is not valid: %2").arg(view.name, valid.error().toString()));
    return m_db.transaction([&]() -> Result<ViewDefinition> {
        if (Result<void> claims = checkClaims(view); !claims)
            return claims.error();
        auto stored = store::ViewStore(m_db).save(view.toRecord(m_profileId));
        if (!stored)
            return stored.error();
        return ViewDefinition::fromRecord(stored.value());
    });
}

Result<ViewDefinition> ViewLibrary::saveOrReplace(ViewDefinition view)
{
    return m_db.transaction([&]() -> Result<ViewDefinition> {
        if (view.id == 0) {
            auto existing = store::ViewStore(m_db).byName(m_profileId, view.name);
            if (existing)
                view.id = existing->id;
            else if (existing.error().kind != Error::Kind::NotFound)
                return existing.error();
        }
        return save(view);
    });
}

Result<void> ViewLibrary::remove(const QString &name)
{
    auto existing = store::ViewStore(m_db).byName(m_profileId, name);
    if (!existing)
        return existing.error();
    return store::ViewStore(m_db).remove(existing->id);
}

Result<QStringList> ViewLibrary::importJson(const QByteArray &json)
{
    auto views = ViewDefinition::listFromJson(json);
    if (!views)
        return views.error();
    return m_db.transaction([&]() -> Result<QStringList> {
        QStringList names;
        for (ViewDefinition &v : views.value()) {
            v.id = 0;
            auto saved = saveOrReplace(v);
            if (!saved)
                return saved.error();
            names.append(saved->name);
        }
        return names;
    });
}

Result<QByteArray> ViewLibrary::exportJson(const QStringList &names) const
{
    auto all = list();
    if (!all)
        return all.error();
    QList<ViewDefinition> chosen;
    for (const QString &name : names) {
        bool found = false;
        for (const ViewDefinition &v : std::as_const(all.value()))
            found = found || v.name == name;
        if (!found)
            return Error::make(Error::Kind::NotFound,
                               QStringLiteral("There is no view named \"%1\".").arg(name));
    }
    for (ViewDefinition v : std::as_const(all.value())) {
        if (!names.isEmpty() && !names.contains(v.name))
            continue;
        v.id = 0;
        chosen.append(v);
    }
    return QJsonDocument(ViewDefinition::fileJson(chosen)).toJson(QJsonDocument::Indented);
}

} // namespace bw::views
