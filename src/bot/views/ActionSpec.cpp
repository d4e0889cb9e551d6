#include "bot/views/ActionSpec.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bw::views {

namespace {

using Type = ActionSpec::Type;

constexpr int kMaxContent = 2000;
constexpr int kMaxSteps = 5;
constexpr int kMaxDelayMs = 14 * 60 * 1000; // an interaction token lives 15 minutes

struct TypeName
{
    QLatin1StringView name;
    Type type;
};

constexpr TypeName kTypes[] = {
    {QLatin1StringView("reply"), Type::Reply},
    {QLatin1StringView("update"), Type::Update},
    {QLatin1StringView("counter"), Type::Counter},
    {QLatin1StringView("set_state"), Type::SetState},
    {QLatin1StringView("check_user"), Type::CheckUser},
    {QLatin1StringView("role"), Type::Role},
    {QLatin1StringView("modal"), Type::Modal},
    {QLatin1StringView("defer"), Type::Defer},
    {QLatin1StringView("send"), Type::Send},
    {QLatin1StringView("sequence"), Type::Sequence},
};

QString typeList()
{
    QStringList names;
    for (const TypeName &t : kTypes)
        names.append(t.name);
    return names.join(QStringLiteral(", "));
}

void addError(QList<ViewIssue> *issues, const QString &path, const QString &message)
{
    issues->append({path, message, false});
}

TemplateScope scopeOf(const ActionParseContext &c)
{
    TemplateScope scope = TemplateScopes::view();
    if (!c.bound)
        scope &= ~TemplateScope(TemplateVar::State);
    if (!c.answersModal)
        scope &= ~TemplateScope(TemplateVar::Fields);
    return scope;
}

/// Parses a template and checks its variables against what this action may use.
Template parseTemplate(const QString &text, const ActionParseContext &c, const QString &path,
                       QList<ViewIssue> *issues)
{
    auto t = Template::parse(text);
    if (!t) {
        addError(issues, path, t.error().message);
        return {};
    }
    const TemplateScope scope = scopeOf(c);
    for (const QString &name : t->unknownVariables(scope)) {
        const TemplateScope group = Template::groupOf(name);
        QString why;
        if (!group)
            why = QStringLiteral("unknown variable {%1}").arg(name);
        else if (group == TemplateScope(TemplateVar::State))
            why = QStringLiteral("{%1} needs a bound view (an unbound view has no state)").arg(name);
        else if (group == TemplateScope(TemplateVar::Fields))
            why = QStringLiteral("{%1} is only available in the action that answers a modal submit")
                      .arg(name);
        else
            why = QStringLiteral("the variable {%1} is not available in a view").arg(name);
        addError(issues, path, why);
    }
    if (c.answersModal) {
        for (const Template::Part &p : t->parts()) {
            if (p.kind == Template::Part::Kind::Field && !c.modalFields.contains(p.text))
                addError(issues, path,
                         QStringLiteral("{field.%1}: the modal has no text input with custom_id \"%1\"")
                             .arg(p.text));
        }
    }
    return std::move(t).value();
}

std::optional<bool> optionalBool(const QJsonObject &o, QLatin1StringView key, const QString &path,
                                 QList<ViewIssue> *issues)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        addError(issues, jsonPath(path, key), QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

QString requiredString(const QJsonObject &o, QLatin1StringView key, const QString &path,
                       QList<ViewIssue> *issues)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().isEmpty()) {
        addError(issues, jsonPath(path, key),
                 v.isUndefined() ? QStringLiteral("missing") : QStringLiteral("must be a non-empty string"));
        return {};
    }
    return v.toString();
}

void collectTextInputs(const QJsonArray &components, QSet<QString> *out)
{
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1StringView("type")).toInt() == 4) {
            const QString id = c.value(QLatin1StringView("custom_id")).toString();
            if (!id.isEmpty())
                out->insert(id);
        }
        if (c.contains(QLatin1StringView("components")))
            collectTextInputs(c.value(QLatin1StringView("components")).toArray(), out);
        if (c.contains(QLatin1StringView("component"))) // label (type 18) wraps one component
            collectTextInputs(QJsonArray {c.value(QLatin1StringView("component"))}, out);
    }
}

/// How an action would be deferred, and whether it changes state (computed once after parsing).
void analyse(ActionSpec &a)
{
    switch (a.type) {
    case Type::Reply:
        a.autoDeferType = 5;
        a.autoDeferEphemeral = a.ephemeral;
        break;
    case Type::Update:
        a.autoDeferType = 6;
        break;
    case Type::Counter:
    case Type::SetState:
    case Type::Role:
    case Type::Send:
        a.autoDeferType = a.reply.present ? 5 : 6;
        a.autoDeferEphemeral = a.reply.present && a.ephemeral;
        break;
    case Type::Modal:
        a.autoDeferType = 5; // a modal cannot follow a deferral; the dispatcher never defers it
        break;
    case Type::Defer:
        a.autoDeferType = a.deferUpdate ? 6 : 5;
        a.autoDeferEphemeral = !a.deferUpdate && a.ephemeral;
        break;
    case Type::CheckUser:
    case Type::Sequence:
        if (!a.children.empty()) {
            a.autoDeferType = a.children.front().autoDeferType;
            a.autoDeferEphemeral = a.children.front().autoDeferEphemeral;
        }
        break;
    }
    a.changesState = a.type == Type::Counter || a.type == Type::SetState;
    for (const ActionSpec &child : a.children)
        a.changesState = a.changesState || child.changesState;
}

} // namespace

QString jsonPath(const QString &base, const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (identifier.match(key).hasMatch())
        return base.isEmpty() ? key : base + u'.' + key;
    return jsonKeyPath(base, key);
}

QString jsonKeyPath(const QString &base, const QString &key)
{
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return base + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString jsonPath(const QString &base, int index)
{
    return base + u'[' + QString::number(index) + u']';
}

QSet<QString> modalFieldIds(const QJsonObject &modal)
{
    QSet<QString> out;
    collectTextInputs(modal.value(QLatin1StringView("components")).toArray(), &out);
    return out;
}

QString ActionSpec::typeName(Type type)
{
    for (const TypeName &t : kTypes) {
        if (t.type == type)
            return t.name;
    }
    return {};
}

QJsonObject ReplySpec::render(const TemplateContext &context) const
{
    QJsonObject out = rest;
    if (!content.isEmpty())
        out.insert(QLatin1StringView("content"), content.render(context));
    return out;
}

ReplySpec parseReply(const QJsonValue &json, const ActionParseContext &context, const QString &path,
                     bool required, QList<ViewIssue> *issues)
{
    ReplySpec reply;
    if (json.isUndefined() || json.isNull()) {
        if (required)
            addError(issues, path, QStringLiteral("missing"));
        return reply;
    }
    QString content;
    QString contentPath = path;
    if (json.isString()) {
        content = json.toString();
    } else if (json.isObject()) {
        reply.rest = json.toObject();
        const QJsonValue c = reply.rest.take(QLatin1StringView("content"));
        contentPath = jsonPath(path, QStringLiteral("content"));
        if (!c.isUndefined() && !c.isNull() && !c.isString())
            addError(issues, contentPath, QStringLiteral("must be a string"));
        content = c.toString();
        for (const QLatin1StringView key : {QLatin1StringView("embeds"), QLatin1StringView("components")}) {
            if (reply.rest.contains(key) && !reply.rest.value(key).isArray())
                addError(issues, jsonPath(path, key), QStringLiteral("must be an array"));
        }
    } else {
        addError(issues, path, QStringLiteral("must be a template string or a message object"));
        return reply;
    }
    if (content.isEmpty() && reply.rest.isEmpty()) {
        addError(issues, path, QStringLiteral("is empty (give content, embeds or components)"));
        return reply;
    }
    if (content.size() > kMaxContent)
        addError(issues, contentPath,
                 QStringLiteral("content is %1 characters; Discord allows %2")
                     .arg(content.size())
                     .arg(kMaxContent));
    reply.content = parseTemplate(content, context, contentPath, issues);
    reply.present = true;
    return reply;
}

ActionSpec parseAction(const QJsonValue &json, const ActionParseContext &c, const QString &path,
                       QList<ViewIssue> *issues)
{
    ActionSpec a;
    if (!json.isObject()) {
        addError(issues, path, QStringLiteral("an action must be an object with a \"type\""));
        return a;
    }
    const QJsonObject o = json.toObject();
    const QString typeText = o.value(QLatin1StringView("type")).toString();
    bool known = false;
    for (const TypeName &t : kTypes) {
        if (typeText == t.name) {
            a.type = t.type;
            known = true;
        }
    }
    if (!known) {
        addError(issues, jsonPath(path, QStringLiteral("type")),
                 typeText.isEmpty()
                     ? QStringLiteral("missing (one of %1)").arg(typeList())
                     : QStringLiteral("unknown action type \"%1\" (one of %2)").arg(typeText, typeList()));
        return a;
    }

    const bool defaultEphemeral = a.type == Type::Counter || a.type == Type::Role;
    a.ephemeral = optionalBool(o, QLatin1StringView("ephemeral"), path, issues).value_or(defaultEphemeral);
    const auto replyField = [&](bool required) {
        return parseReply(o.value(QLatin1StringView("reply")), c, jsonPath(path, QStringLiteral("reply")),
                          required, issues);
    };
    const auto needBound = [&] {
        if (!c.bound)
            addError(
                issues, jsonPath(path, QStringLiteral("type")),
                QStringLiteral("\"%1\" needs a bound view (an unbound view has no state)").arg(typeText));
    };

    switch (a.type) {
    case Type::Reply:
        a.reply = replyField(true);
        break;
    case Type::Update:
        a.message = parseReply(o.value(QLatin1StringView("message")), c,
                               jsonPath(path, QStringLiteral("message")), true, issues);
        break;
    case Type::Counter: {
        needBound();
        const QJsonValue key = o.value(QLatin1StringView("key"));
        if (!key.isUndefined() && (!key.isString() || key.toString().isEmpty()))
            addError(issues, jsonPath(path, QStringLiteral("key")),
                     QStringLiteral("must be a non-empty string"));
        a.key = key.isString() && !key.toString().isEmpty() ? key.toString() : QStringLiteral("count");
        const QJsonValue step = o.value(QLatin1StringView("step"));
        if (!step.isUndefined()) {
            const double d = step.toDouble();
            if (!step.isDouble() || d != static_cast<double>(static_cast<qint64>(d)))
                addError(issues, jsonPath(path, QStringLiteral("step")),
                         QStringLiteral("must be an integer"));
            else
                a.step = static_cast<qint64>(d);
        }
        a.reply = replyField(false);
        break;
    }
    case Type::SetState:
        needBound();
        a.key = requiredString(o, QLatin1StringView("key"), path, issues);
        if (!o.value(QLatin1StringView("value")).isString())
            addError(issues, jsonPath(path, QStringLiteral("value")),
                     QStringLiteral("must be a template string"));
        else
            a.value = parseTemplate(o.value(QLatin1StringView("value")).toString(), c,
                                    jsonPath(path, QStringLiteral("value")), issues);
        a.reply = replyField(false);
        break;
    case Type::CheckUser: {
        const QString user = requiredString(o, QLatin1StringView("user"), path, issues);
        a.value = parseTemplate(user, c, jsonPath(path, QStringLiteral("user")), issues);
        a.reply = parseReply(o.value(QLatin1StringView("deny")), c, jsonPath(path, QStringLiteral("deny")),
                             true, issues);
        if (!o.contains(QLatin1StringView("then")))
            addError(issues, jsonPath(path, QStringLiteral("then")), QStringLiteral("missing"));
        else
            a.children.push_back(parseAction(o.value(QLatin1StringView("then")), c,
                                             jsonPath(path, QStringLiteral("then")), issues));
        break;
    }
    case Type::Role: {
        const QString mode = o.value(QLatin1StringView("mode")).toString();
        if (mode == QLatin1StringView("add"))
            a.roleMode = ActionSpec::RoleMode::Add;
        else if (mode == QLatin1StringView("remove"))
            a.roleMode = ActionSpec::RoleMode::Remove;
        else if (mode == QLatin1StringView("toggle"))
            a.roleMode = ActionSpec::RoleMode::Toggle;
        else
            addError(issues, jsonPath(path, QStringLiteral("mode")),
                     QStringLiteral("must be add, remove or toggle"));
        a.roleId = requiredString(o, QLatin1StringView("role_id"), path, issues);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
        if (!a.roleId.isEmpty() && !digits.match(a.roleId).hasMatch())
            addError(issues, jsonPath(path, QStringLiteral("role_id")),
                     QStringLiteral("must be a role id (digits)"));
        a.reply = replyField(false);
        break;
    }
    case Type::Modal: {
        if (c.answersModal)
            addError(issues, path, QStringLiteral("a modal submit cannot be answered with another modal"));
        else if (!c.modalAllowed)
            addError(issues, path,
                     QStringLiteral("a modal must be the first response (not after a defer or a reply)"));
        a.modal = o.value(QLatin1StringView("modal")).toObject();
        const QString modalPath = jsonPath(path, QStringLiteral("modal"));
        if (!o.value(QLatin1StringView("modal")).isObject()) {
            addError(issues, modalPath,
                     QStringLiteral("must be an object with custom_id, title and components"));
            break;
        }
        const QString id = requiredString(a.modal, QLatin1StringView("custom_id"), modalPath, issues);
        if (id.size() > 100)
            addError(issues, jsonPath(modalPath, QStringLiteral("custom_id")),
                     QStringLiteral("at most 100 characters"));
        const QString title = requiredString(a.modal, QLatin1StringView("title"), modalPath, issues);
        if (title.size() > 45)
            addError(issues, jsonPath(modalPath, QStringLiteral("title")),
                     QStringLiteral("at most 45 characters"));
        const QJsonArray rows = a.modal.value(QLatin1StringView("components")).toArray();
        if (rows.isEmpty() || rows.size() > 5)
            addError(issues, jsonPath(modalPath, QStringLiteral("components")),
                     QStringLiteral("needs 1 to 5 rows of text inputs"));
        break;
    }
    case Type::Defer: {
        if (!c.deferAllowed)
            addError(issues, path,
                     QStringLiteral("a defer must be the first response (not nested in another defer)"));
        a.deferUpdate = optionalBool(o, QLatin1StringView("update"), path, issues).value_or(false);
        const QJsonValue delay = o.value(QLatin1StringView("delay_ms"));
        if (!delay.isUndefined()) {
            const double d = delay.toDouble(-1);
            if (!delay.isDouble() || d < 0 || d > kMaxDelayMs)
                addError(issues, jsonPath(path, QStringLiteral("delay_ms")),
                         QStringLiteral("must be a number of milliseconds from 0 to %1").arg(kMaxDelayMs));
            else
                a.delayMs = static_cast<int>(d);
        }
        ActionParseContext inner = c;
        inner.modalAllowed = false;
        inner.deferAllowed = false;
        if (!o.contains(QLatin1StringView("then")))
            addError(issues, jsonPath(path, QStringLiteral("then")), QStringLiteral("missing"));
        else
            a.children.push_back(parseAction(o.value(QLatin1StringView("then")), inner,
                                             jsonPath(path, QStringLiteral("then")), issues));
        break;
    }
    case Type::Send: {
        const QString channel = requiredString(o, QLatin1StringView("channel_id"), path, issues);
        a.value = parseTemplate(channel, c, jsonPath(path, QStringLiteral("channel_id")), issues);
        const QJsonValue view = o.value(QLatin1StringView("view"));
        if (!view.isUndefined() && !view.isNull()) {
            if (!view.isString() || view.toString().isEmpty())
                addError(issues, jsonPath(path, QStringLiteral("view")),
                         QStringLiteral("must be a view name"));
            a.viewName = view.toString();
            if (o.contains(QLatin1StringView("message")))
                addError(issues, jsonPath(path, QStringLiteral("message")),
                         QStringLiteral("give either \"message\" or \"view\", not both"));
            const QJsonObject state = o.value(QLatin1StringView("state")).toObject();
            for (auto it = state.begin(); it != state.end(); ++it) {
                const QString statePath = jsonKeyPath(jsonPath(path, QStringLiteral("state")), it.key());
                if (!it->isString()) {
                    addError(issues, statePath, QStringLiteral("must be a template string"));
                    continue;
                }
                a.sendState.append({it.key(), parseTemplate(it->toString(), c, statePath, issues)});
            }
        } else {
            a.message = parseReply(o.value(QLatin1StringView("message")), c,
                                   jsonPath(path, QStringLiteral("message")), true, issues);
        }
        a.reply = replyField(false);
        break;
    }
    case Type::Sequence: {
        if (c.inSequence) {
            addError(issues, path, QStringLiteral("a sequence cannot contain another sequence"));
            break;
        }
        const QJsonValue steps = o.value(QLatin1StringView("steps"));
        const QString stepsPath = jsonPath(path, QStringLiteral("steps"));
        const QJsonArray array = steps.toArray();
        if (!steps.isArray() || array.isEmpty() || array.size() > kMaxSteps) {
            addError(issues, stepsPath, QStringLiteral("must be a list of 1 to %1 actions").arg(kMaxSteps));
            break;
        }
        for (int i = 0; i < array.size(); ++i) {
            ActionParseContext inner = c;
            inner.inSequence = true;
            inner.modalAllowed = c.modalAllowed && i == 0;
            inner.deferAllowed = c.deferAllowed && i == 0;
            a.children.push_back(parseAction(array.at(i), inner, jsonPath(stepsPath, i), issues));
        }
        break;
    }
    }
    analyse(a);
    return a;
}

} // namespace bw::views
