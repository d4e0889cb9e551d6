#include "bot/tasks/TaskAction.h"

#include "discord/Snowflake.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bw::tasks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::tasks::TaskAction", text);
}

Error invalid(const QString &path, const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, path + u": "_s + message);
}

/// A snowflake given as a string (or a number) under `key`, or an error.
Result<QString> snowflake(const QJsonObject &json, const QString &key, const QString &path)
{
    const QJsonValue v = json.value(key);
    const QString text = v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString().trimmed();
    if (text.isEmpty())
        return invalid(path + u'.' + key, tr("missing (a Discord id such as 123456789012345678)"));
    if (discord::Snowflake::fromString(text).isNull())
        return invalid(path + u'.' + key, tr("\"%1\" is not a Discord id").arg(text));
    return text;
}

Result<Template> checkedTemplate(const QString &text, const QString &path)
{
    auto parsed = Template::parseChecked(text, TemplateScopes::task());
    if (!parsed)
        return invalid(path, parsed.error().message);
    return parsed;
}

Result<MessageTemplate> messageTemplate(const QJsonValue &value, const QString &path)
{
    MessageTemplate out;
    QString content;
    if (value.isString()) {
        content = value.toString();
    } else if (value.isObject()) {
        out.rest = value.toObject();
        content = out.rest.take(u"content"_s).toString();
    } else {
        return invalid(path, tr("a message is a text or an object with content, embeds, components"));
    }
    if (content.isEmpty() && out.rest.value(u"embeds"_s).toArray().isEmpty()
        && out.rest.value(u"components"_s).toArray().isEmpty())
        return invalid(path, tr("the message is empty"));
    if (content.size() > 2000)
        return invalid(path, tr("the content is longer than 2000 characters"));
    auto t = checkedTemplate(content, path + u".content"_s);
    if (!t)
        return t.error();
    out.content = t.value();
    return out;
}

const QList<QPair<TaskAction::Type, QString>> &typeNames()
{
    static const QList<QPair<TaskAction::Type, QString>> names = {
        {TaskAction::Type::Send, u"send"_s},
        {TaskAction::Type::SendView, u"send_view"_s},
        {TaskAction::Type::Edit, u"edit"_s},
        {TaskAction::Type::AddRole, u"add_role"_s},
        {TaskAction::Type::RemoveRole, u"remove_role"_s},
        {TaskAction::Type::Presence, u"presence"_s},
        {TaskAction::Type::Rest, u"rest"_s},
        {TaskAction::Type::Sequence, u"sequence"_s},
    };
    return names;
}

} // namespace

QJsonObject MessageTemplate::render(const TemplateContext &context) const
{
    QJsonObject out = rest;
    const QString text = content.render(context);
    if (!text.isEmpty())
        out.insert(u"content"_s, text);
    return out;
}

QString TaskAction::typeName(Type type)
{
    for (const auto &[t, name] : typeNames()) {
        if (t == type)
            return name;
    }
    return {};
}

Result<TaskAction> TaskAction::fromJsonValue(const QJsonValue &json, const QString &path)
{
    if (json.isObject())
        return fromJson(json.toObject(), path);
    if (!json.isArray())
        return invalid(path, tr("an action is an object (or a list of them)"));
    QJsonObject sequence {{u"type"_s, u"sequence"_s}, {u"steps"_s, json}};
    return fromJson(sequence, path);
}

Result<TaskAction> TaskAction::fromJson(const QJsonObject &json, const QString &path)
{
    TaskAction a;
    const QString typeText = json.value(u"type"_s).toString();
    bool known = false;
    for (const auto &[t, name] : typeNames()) {
        if (name == typeText) {
            a.type = t;
            known = true;
        }
    }
    if (!known)
        return invalid(path + u".type"_s,
                       tr("unknown action \"%1\" (send, send_view, edit, add_role, remove_role, presence, "
                          "rest, sequence)")
                           .arg(typeText));
    switch (a.type) {
    case Type::Send:
    case Type::Edit: {
        auto channel = snowflake(json, u"channel"_s, path);
        if (!channel)
            return channel.error();
        a.channelId = channel.value();
        if (a.type == Type::Edit) {
            auto message = snowflake(json, u"message_id"_s, path);
            if (!message)
                return message.error();
            a.messageId = message.value();
        }
        auto message = messageTemplate(json.value(u"message"_s), path + u".message"_s);
        if (!message)
            return message.error();
        a.message = message.value();
        break;
    }
    case Type::SendView: {
        auto channel = snowflake(json, u"channel"_s, path);
        if (!channel)
            return channel.error();
        a.channelId = channel.value();
        a.viewName = json.value(u"view"_s).toString().trimmed();
        if (a.viewName.isEmpty())
            return invalid(path + u".view"_s, tr("name the designed view to send"));
        a.viewState = json.value(u"state"_s).toObject();
        break;
    }
    case Type::AddRole:
    case Type::RemoveRole: {
        auto guild = snowflake(json, u"guild"_s, path);
        if (!guild)
            return guild.error();
        auto user = snowflake(json, u"user"_s, path);
        if (!user)
            return user.error();
        auto role = snowflake(json, u"role"_s, path);
        if (!role)
            return role.error();
        a.guildId = guild.value();
        a.userId = user.value();
        a.roleId = role.value();
        break;
    }
    case Type::Presence: {
        a.status = json.value(u"status"_s).toString(u"online"_s);
        static const QStringList statuses = {u"online"_s, u"idle"_s, u"dnd"_s, u"invisible"_s};
        if (!statuses.contains(a.status))
            return invalid(path + u".status"_s,
                           tr("\"%1\" is not online, idle, dnd or invisible").arg(a.status));
        const QJsonObject activity = json.value(u"activity"_s).toObject();
        a.activityType = activity.value(u"type"_s).toInt(0);
        if (a.activityType < 0 || a.activityType > 5)
            return invalid(path + u".activity.type"_s, tr("an activity type is 0 to 5"));
        const QString name = activity.value(u"name"_s).toString();
        if (name.size() > 128)
            return invalid(path + u".activity.name"_s, tr("longer than 128 characters"));
        auto t = checkedTemplate(name, path + u".activity.name"_s);
        if (!t)
            return t.error();
        a.activityName = t.value();
        break;
    }
    case Type::Rest: {
        a.method = json.value(u"method"_s).toString(u"POST"_s).toUpper().toLatin1();
        static const QList<QByteArray> methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
        if (!methods.contains(a.method))
            return invalid(path + u".method"_s, tr("use GET, POST, PUT, PATCH or DELETE"));
        a.path = json.value(u"path"_s).toString().trimmed();
        if (!a.path.startsWith(u'/') || a.path.contains(u"..") || a.path.contains(u"://"))
            return invalid(path + u".path"_s,
                           tr("a route under the API base, such as /channels/ID/messages"));
        a.body = json.value(u"body"_s);
        if (!a.body.isUndefined() && !a.body.isNull() && !a.body.isObject() && !a.body.isArray())
            return invalid(path + u".body"_s, tr("the body is a JSON object or array"));
        break;
    }
    case Type::Sequence: {
        const QJsonArray steps = json.value(u"steps"_s).toArray();
        if (steps.isEmpty())
            return invalid(path + u".steps"_s, tr("a sequence needs at least one step"));
        if (steps.size() > 25)
            return invalid(path + u".steps"_s, tr("at most 25 steps"));
        for (int i = 0; i < steps.size(); ++i) {
            auto step = fromJsonValue(steps.at(i), path + u".steps["_s + QString::number(i) + u']');
            if (!step)
                return step.error();
            a.steps.push_back(std::move(step.value()));
        }
        break;
    }
    }
    return a;
}

QJsonObject TaskAction::toJson() const
{
    QJsonObject o {{u"type"_s, typeName(type)}};
    auto messageJson = [this] {
        QJsonObject m = message.rest;
        if (!message.content.source().isEmpty())
            m.insert(u"content"_s, message.content.source());
        if (m.size() == 1 && m.contains(u"content"_s))
            return QJsonValue(m.value(u"content"_s));
        return QJsonValue(m);
    };
    switch (type) {
    case Type::Send:
        o.insert(u"channel"_s, channelId);
        o.insert(u"message"_s, messageJson());
        break;
    case Type::Edit:
        o.insert(u"channel"_s, channelId);
        o.insert(u"message_id"_s, messageId);
        o.insert(u"message"_s, messageJson());
        break;
    case Type::SendView:
        o.insert(u"channel"_s, channelId);
        o.insert(u"view"_s, viewName);
        if (!viewState.isEmpty())
            o.insert(u"state"_s, viewState);
        break;
    case Type::AddRole:
    case Type::RemoveRole:
        o.insert(u"guild"_s, guildId);
        o.insert(u"user"_s, userId);
        o.insert(u"role"_s, roleId);
        break;
    case Type::Presence:
        o.insert(u"status"_s, status);
        if (!activityName.source().isEmpty())
            o.insert(u"activity"_s,
                     QJsonObject {{u"type"_s, activityType}, {u"name"_s, activityName.source()}});
        break;
    case Type::Rest:
        o.insert(u"method"_s, QString::fromLatin1(method));
        o.insert(u"path"_s, path);
        if (!body.isUndefined() && !body.isNull())
            o.insert(u"body"_s, body);
        break;
    case Type::Sequence: {
        QJsonArray steps;
        for (const TaskAction &s : this->steps)
            steps.append(s.toJson());
        o.insert(u"steps"_s, steps);
        break;
    }
    }
    return o;
}

QString TaskAction::summary() const
{
    switch (type) {
    case Type::Send:
        return tr("send to channel %1").arg(channelId);
    case Type::SendView:
        return tr("send view \"%1\" to channel %2").arg(viewName, channelId);
    case Type::Edit:
        return tr("edit message %1").arg(messageId);
    case Type::AddRole:
        return tr("add role %1").arg(roleId);
    case Type::RemoveRole:
        return tr("remove role %1").arg(roleId);
    case Type::Presence:
        return activityName.isEmpty() ? tr("presence: %1").arg(status)
                                      : tr("presence: %1").arg(activityName.source());
    case Type::Rest:
        return QString::fromLatin1(method) + u' ' + path;
    case Type::Sequence: {
        QStringList parts;
        for (const TaskAction &s : steps)
            parts.append(s.summary());
        return parts.join(u", then "_s);
    }
    }
    return {};
}

QJsonValue TaskAction::renderBody(const QJsonValue &body, const TemplateContext &context)
{
    if (body.isString()) {
        auto t = Template::parse(body.toString());
        return t ? QJsonValue(t->render(context)) : body;
    }
    if (body.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : body.toArray())
            out.append(renderBody(v, context));
        return out;
    }
    if (body.isObject()) {
        QJsonObject out;
        const QJsonObject in = body.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), renderBody(it.value(), context));
        return out;
    }
    return body;
}

} // namespace bw::tasks
