#pragma once
// ViewLibrary: a profile's saved views (store::ViewStore) with validation and the one rule that spans
// views: two unbound views may not claim the same custom_id. Import/export in the view file format.

#include "bot/views/ViewDefinition.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace bw::store {
class Database;
}

namespace bw::views {

class ViewLibrary
{
public:
    ViewLibrary(store::Database &db, qint64 profileId);

    qint64 profileId() const { return m_profileId; }

    /// The profile's views, by name.
    Result<QList<ViewDefinition>> list() const;
    Result<ViewDefinition> byName(const QString &name) const;

    /// Validates and saves. id == 0 inserts (a taken name is refused), id != 0 updates that view (renaming
    /// is allowed). An unbound view claiming a custom_id that another unbound view of the profile claims is
    /// refused with a message naming both views and the custom_id. Returns the stored view (with its id).
    Result<ViewDefinition> save(ViewDefinition view);
    /// Like save(), but a view with the same name is replaced (keeping its id and so its bindings).
    Result<ViewDefinition> saveOrReplace(ViewDefinition view);
    /// Deletes the view and its bindings.
    Result<void> remove(const QString &name);

    /// Reads a view file (or one view) and saves every view with saveOrReplace(), all or nothing (one
    /// transaction). Returns the names imported.
    Result<QStringList> importJson(const QByteArray &json);
    /// The view file with the named views (all when `names` is empty), indented JSON.
    Result<QByteArray> exportJson(const QStringList &names = {}) const;

    /// The unbound view (other than `view`) that already claims one of `view`'s custom_ids, as an error
    /// naming both; ok when there is none or `view` is bound.
    Result<void> checkClaims(const ViewDefinition &view) const;

private:
    store::Database &m_db;
    qint64 m_profileId;
};

} // namespace bw::views
