#include "bot/views/ViewDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bw::views {

namespace {

constexpr int kMaxName = 100;
constexpr int kMaxCustomId = 100;
const QLatin1StringView kFileMarker("views");

struct ComponentRef
{
    QString customId;
    int type = 0;
    QString path;
};

/// Walks components (action rows, V2 containers and sections, labels) collecting custom_ids.
void collectComponents(const QJsonArray &components, const QString &path, QList<ComponentRef> *out)
{
    for (int i = 0; i < components.size(); ++i) {
        const QJsonObject c = components.at(i).toObject();
        const QString here = jsonPath(path, i);
        const QString id = c.value(QLatin1StringView("custom_id")).toString();
        const int type = c.value(QLatin1StringView("type")).toInt();
        if (c.contains(QLatin1StringView("custom_id")))
            out->append({id, type, jsonPath(here, QStringLiteral("custom_id"))});
        if (c.contains(QLatin1StringView("components")))
            collectComponents(c.value(QLatin1StringView("components")).toArray(),
                              jsonPath(here, QStringLiteral("components")), out);
        if (c.value(QLatin1StringView("accessory")).isObject())
            collectComponents(QJsonArray {c.value(QLatin1StringView("accessory"))},
                              jsonPath(here, QStringLiteral("accessory")), out);
    }
}

QList<ComponentRef> componentsOf(const QJsonObject &message)
{
    QList<ComponentRef> refs;
    collectComponents(message.value(QLatin1StringView("components")).toArray(),
                      QStringLiteral("message.components"), &refs);
    return refs;
}

/// Modal actions anywhere in an action tree (a modal may sit in check_user.then or sequence.steps[0]).
void collectModals(const ActionSpec &a, QList<const ActionSpec *> *out)
{
    if (a.type == ActionSpec::Type::Modal)
        out->append(&a);
    for (const ActionSpec &child : a.children)
        collectModals(child, out);
}

QString prefixed(const QString &path, const QString &inner)
{
    if (path.isEmpty())
        return inner;
    if (inner.startsWith(u'['))
        return path + inner;
    return path + u'.' + inner;
}

} // namespace

Result<void> issuesToResult(const QList<ViewIssue> &issues)
{
    QStringList all;
    for (const ViewIssue &i : issues) {
        if (!i.warning)
            all.append(i.toString());
    }
    if (all.isEmpty())
        return {};
    Error e = Error::make(Error::Kind::InvalidInput, all.constFirst());
    if (all.size() > 1)
        e.details = all.join(QStringLiteral("; "));
    return e;
}

Result<ViewDefinition> ViewDefinition::fromJson(const QJsonObject &json, const QString &path)
{
    QList<ViewIssue> issues;
    const auto at = [&](const QString &key) { return prefixed(path, key); };
    ViewDefinition v;

    const QJsonValue name = json.value(QLatin1StringView("name"));
    if (!name.isString())
        issues.append({at(QStringLiteral("name")),
                       name.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be a string")});
    v.name = name.toString();

    const QJsonValue kind = json.value(QLatin1StringView("kind"));
    if (kind.isUndefined() || kind.isNull() || kind.toString() == QLatin1StringView("unbound"))
        v.kind = Kind::Unbound;
    else if (kind.toString() == QLatin1StringView("bound"))
        v.kind = Kind::Bound;
    else
        issues.append({at(QStringLiteral("kind")), QStringLiteral("must be \"bound\" or \"unbound\"")});

    const QJsonValue timeout = json.value(QLatin1StringView("timeout_seconds"));
    if (!timeout.isUndefined() && !timeout.isNull()) {
        const double d = timeout.toDouble(-1);
        if (!timeout.isDouble() || d < 1 || d > 365.0 * 24 * 3600
            || d != static_cast<double>(static_cast<int>(d)))
            issues.append({at(QStringLiteral("timeout_seconds")),
                           QStringLiteral("must be null or a whole number of seconds (at least 1)")});
        else
            v.timeoutSeconds = static_cast<int>(d);
    }

    const QJsonValue message = json.value(QLatin1StringView("message"));
    if (!message.isObject())
        issues.append(
            {at(QStringLiteral("message")),
             message.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be a message object")});
    v.message = message.toObject();

    const QJsonValue actions = json.value(QLatin1StringView("actions"));
    if (!actions.isUndefined() && !actions.isNull() && !actions.isObject())
        issues.append(
            {at(QStringLiteral("actions")), QStringLiteral("must be an object (custom_id -> action)")});
    v.actions = actions.toObject();

    for (auto it = json.begin(); it != json.end(); ++it) {
        static const QStringList known {QStringLiteral("name"), QStringLiteral("kind"),
                                        QStringLiteral("timeout_seconds"), QStringLiteral("message"),
                                        QStringLiteral("actions")};
        if (!known.contains(it.key()))
            issues.append({at(it.key()), QStringLiteral("unknown key (ignored)"), true});
    }

    if (Result<void> r = issuesToResult(issues); !r)
        return r.error();
    if (Result<void> r = issuesToResult(v.validate(path)); !r)
        return r.error();
    return v;
}

Result<QList<ViewDefinition>> ViewDefinition::listFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("not valid JSON at byte %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("expected a view object or a views file ({\"botwright\":\"views\", ...})"));
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1StringView("botwright"))) {
        auto one = fromJson(root);
        if (!one)
            return one.error();
        return QList<ViewDefinition> {std::move(one).value()};
    }
    if (root.value(QLatin1StringView("botwright")).toString() != kFileMarker)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("botwright: this is not a views file (\"%1\")")
                               .arg(root.value(QLatin1StringView("botwright")).toString()));
    const int version = root.value(QLatin1StringView("version")).toInt(0);
    if (version != 1)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("version: %1 is not supported (this Botwright reads version 1)")
                               .arg(root.value(QLatin1StringView("version")).toVariant().toString()));
    const QJsonValue views = root.value(QLatin1StringView("views"));
    if (!views.isArray())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("views: must be a list of views"));
    QList<ViewDefinition> out;
    QSet<QString> names;
    const QJsonArray array = views.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = jsonPath(QStringLiteral("views"), i);
        if (!array.at(i).isObject())
            return Error::make(Error::Kind::InvalidInput, path + QStringLiteral(": must be a view object"));
        auto view = fromJson(array.at(i).toObject(), path);
        if (!view)
            return view.error();
        if (names.contains(view->name))
            return Error::make(
                Error::Kind::InvalidInput,
                jsonPath(path, QStringLiteral("name"))
                    + QStringLiteral(": the name \"%1\" appears twice in the file").arg(view->name));
        names.insert(view->name);
        out.append(std::move(view).value());
    }
    return out;
}

QJsonObject ViewDefinition::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1StringView("name"), name);
    o.insert(QLatin1StringView("kind"), store::ViewRecord::kindName(kind));
    o.insert(QLatin1StringView("timeout_seconds"),
             timeoutSeconds ? QJsonValue(*timeoutSeconds) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1StringView("message"), message);
    o.insert(QLatin1StringView("actions"), actions);
    return o;
}

QJsonObject ViewDefinition::fileJson(const QList<ViewDefinition> &views)
{
    QJsonArray array;
    for (const ViewDefinition &v : views)
        array.append(v.toJson());
    return QJsonObject {{QStringLiteral("botwright"), kFileMarker},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("views"), array}};
}

QStringList ViewDefinition::componentCustomIds() const
{
    QStringList out;
    for (const ComponentRef &r : componentsOf(message))
        out.append(r.customId);
    return out;
}

QList<ViewIssue> ViewDefinition::validate(const QString &path) const
{
    QList<ViewIssue> issues;
    build(path, &issues);
    return issues;
}

QList<ViewIssue> ViewDefinition::errors(const QString &path) const
{
    QList<ViewIssue> out;
    for (const ViewIssue &i : validate(path)) {
        if (!i.warning)
            out.append(i);
    }
    return out;
}

Result<std::shared_ptr<const CompiledView>> ViewDefinition::compile() const
{
    QList<ViewIssue> issues;
    std::shared_ptr<CompiledView> view = build({}, &issues);
    if (Result<void> r = issuesToResult(issues); !r)
        return r.error();
    return std::shared_ptr<const CompiledView>(std::move(view));
}

std::shared_ptr<CompiledView> ViewDefinition::build(const QString &path, QList<ViewIssue> *issues) const
{
    const auto at = [&](const QString &key) { return prefixed(path, key); };
    auto view = std::make_shared<CompiledView>();
    view->id = id;
    view->name = name;
    view->bound = isBound();
    view->timeoutSeconds = timeoutSeconds;
    view->message = message;

    if (name.trimmed().isEmpty() || name.size() > kMaxName)
        issues->append(
            {at(QStringLiteral("name")), QStringLiteral("must be 1 to %1 characters").arg(kMaxName)});
    if (timeoutSeconds && !isBound())
        issues->append(
            {at(QStringLiteral("timeout_seconds")),
             QStringLiteral("only a bound view can time out (its messages' components are disabled)")});

    // the message's custom_ids: unique, 1-100 characters
    for (const ComponentRef &r : componentsOf(message)) {
        if (r.customId.isEmpty() || r.customId.size() > kMaxCustomId)
            issues->append(
                {at(r.path), QStringLiteral("a custom_id must be 1 to %1 characters").arg(kMaxCustomId)});
        else if (view->componentTypes.contains(r.customId))
            issues->append(
                {at(r.path),
                 QStringLiteral("the custom_id \"%1\" is used twice in the message").arg(r.customId)});
        else
            view->componentTypes.insert(r.customId, r.type);
    }

    // Pass 1: actions of components (they may open modals); pass 2: actions answering modal submits.
    const QString actionsPath = at(QStringLiteral("actions"));
    QHash<QString, QJsonObject> modals; // modal custom_id -> modal payload
    QList<QString> later;
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        if (!view->componentTypes.contains(it.key())) {
            later.append(it.key());
            continue;
        }
        ActionParseContext context;
        context.bound = isBound();
        ActionSpec spec = parseAction(it.value(), context, jsonKeyPath(actionsPath, it.key()), issues);
        QList<const ActionSpec *> opened;
        collectModals(spec, &opened);
        for (const ActionSpec *m : opened) {
            const QString modalId = m->modal.value(QLatin1StringView("custom_id")).toString();
            if (modalId.isEmpty())
                continue;
            if (view->componentTypes.contains(modalId))
                issues->append(
                    {jsonPath(jsonKeyPath(actionsPath, it.key()), QStringLiteral("modal")),
                     QStringLiteral("the modal's custom_id \"%1\" is also a component's").arg(modalId)});
            modals.insert(modalId, m->modal);
        }
        view->actions.insert(it.key(), std::move(spec));
    }
    for (const QString &key : std::as_const(later)) {
        const QString actionPath = jsonKeyPath(actionsPath, key);
        if (!modals.contains(key)) {
            issues->append(
                {actionPath,
                 QStringLiteral("\"%1\" is neither a custom_id of the message nor of a modal opened by a "
                                "\"modal\" action")
                     .arg(key)});
            continue;
        }
        ActionParseContext context;
        context.bound = isBound();
        context.answersModal = true;
        context.modalAllowed = false;
        context.modalFields = modalFieldIds(modals.value(key));
        view->actions.insert(key, parseAction(actions.value(key), context, actionPath, issues));
        view->modalIds.insert(key);
    }

    // components and modals that nothing answers: allowed, but say what a click gets
    for (auto it = view->componentTypes.cbegin(); it != view->componentTypes.cend(); ++it) {
        if (!view->actions.contains(it.key()))
            issues->append(
                {jsonKeyPath(actionsPath, it.key()),
                 QStringLiteral("the component \"%1\" has no action: a click on it is answered \"This "
                                "button is no longer handled by the bot.\"")
                     .arg(it.key()),
                 true});
    }
    for (auto it = modals.cbegin(); it != modals.cend(); ++it) {
        if (!view->actions.contains(it.key()))
            issues->append(
                {jsonKeyPath(actionsPath, it.key()),
                 QStringLiteral("the modal \"%1\" has no action for its submit: a submit is answered \"This "
                                "button is no longer handled by the bot.\"")
                     .arg(it.key()),
                 true});
    }
    return view;
}

store::ViewRecord ViewDefinition::toRecord(qint64 profileId) const
{
    store::ViewRecord r;
    r.id = id;
    r.profileId = profileId;
    r.name = name;
    r.kind = kind;
    r.timeoutSeconds = timeoutSeconds;
    r.payload = message;
    r.actions = actions;
    return r;
}

ViewDefinition ViewDefinition::fromRecord(const store::ViewRecord &record)
{
    ViewDefinition v;
    v.id = record.id;
    v.name = record.name;
    v.kind = record.kind;
    v.timeoutSeconds = record.timeoutSeconds;
    v.message = record.payload;
    v.actions = record.actions;
    return v;
}

} // namespace bw::views
