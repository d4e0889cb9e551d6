#pragma once
// ViewDefinition: a view as the designer, the view files and the store see it (message payload + actions
// per custom_id), with JSON in/out, validation naming JSON paths, and compilation into a CompiledView.

#include "bot/views/ActionSpec.h"
#include "core/Result.h"
#include "store/ViewRecord.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bw::views {

/// A view ready for the dispatcher: immutable, shared between the registry and running interactions.
struct CompiledView
{
    qint64 id = 0;
    QString name;
    bool bound = false;
    std::optional<int> timeoutSeconds;
    QJsonObject message;
    QHash<QString, ActionSpec> actions; // custom_id (component or modal) -> action
    QHash<QString, int>
        componentTypes; // custom_id of a message component -> its type (2 button, 3.. selects)
    QSet<QString> modalIds; // custom_ids that are modal submits

    const ActionSpec *action(const QString &customId) const
    {
        const auto it = actions.constFind(customId);
        return it == actions.cend() ? nullptr : &it.value();
    }
};

struct ViewDefinition
{
    using Kind = store::ViewRecord::Kind;

    qint64 id = 0; // store id; 0 when not saved
    QString name;
    Kind kind = Kind::Unbound;
    std::optional<int> timeoutSeconds;
    QJsonObject message; // Discord's Create Message payload, every key kept
    QJsonObject actions; // custom_id -> action JSON, kept as written

    bool isBound() const { return kind == Kind::Bound; }

    /// Reads one view object. Structural problems and validation errors are an InvalidInput Error whose
    /// message is the first problem ("actions[\"a:b\"].reply: unknown variable {x}") and whose details
    /// list them all. `path` prefixes every JSON path (e.g. "views[2]").
    static Result<ViewDefinition> fromJson(const QJsonObject &json, const QString &path = {});
    /// Reads a view file: {"botwright":"views","version":1,"views":[...]} or a single view object.
    static Result<QList<ViewDefinition>> listFromJson(const QByteArray &json);
    /// The view object of the file format (name, kind, timeout_seconds, message, actions).
    QJsonObject toJson() const;
    /// The file format for several views.
    static QJsonObject fileJson(const QList<ViewDefinition> &views);

    /// Every problem (errors and warnings) with its JSON path under `path`.
    QList<ViewIssue> validate(const QString &path = {}) const;
    /// Only the errors of validate(); empty = the view can be saved.
    QList<ViewIssue> errors(const QString &path = {}) const;
    /// Validates and builds the form the dispatcher runs.
    Result<std::shared_ptr<const CompiledView>> compile() const;

    /// custom_ids of the message's components (any depth), in order.
    QStringList componentCustomIds() const;
    /// The custom_ids this view answers (the keys of actions).
    QStringList claimedCustomIds() const { return actions.keys(); }

    store::ViewRecord toRecord(qint64 profileId) const;
    static ViewDefinition fromRecord(const store::ViewRecord &record);

    bool operator==(const ViewDefinition &other) const = default;

private:
    std::shared_ptr<CompiledView> build(const QString &path, QList<ViewIssue> *issues) const;
};

/// An InvalidInput Error from a list of issues (first one as message, all as details); ok when no errors.
Result<void> issuesToResult(const QList<ViewIssue> &issues);

} // namespace bw::views
