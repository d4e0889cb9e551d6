#pragma once
// TaskAction: one thing a scheduled task does (send a message or a designed view, edit a message, add or
// remove a role, set the presence, call a REST route, or a sequence of these), parsed and validated once.

#include "bot/Template.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace bw::tasks {

/// A message payload whose "content" is a template; every other key is sent as it is.
struct MessageTemplate
{
    Template content;
    QJsonObject rest;

    QJsonObject render(const TemplateContext &context) const;
};

struct TaskAction
{
    enum class Type : quint8 { Send, SendView, Edit, AddRole, RemoveRole, Presence, Rest, Sequence };

    Type type = Type::Send;
    QString channelId; // send, send view, edit
    QString messageId; // edit
    MessageTemplate message; // send, edit
    QString viewName; // send view
    QJsonObject viewState; // send view: the binding's initial state
    QString guildId; // roles
    QString userId; // roles
    QString roleId; // roles
    QString status; // presence: online, idle, dnd, invisible
    int activityType = 0; // presence: 0 playing, 1 streaming, 2 listening, 3 watching, 4 custom, 5 competing
    Template activityName; // presence (empty = no activity)
    QByteArray method; // rest: GET, POST, PUT, PATCH, DELETE
    QString path; // rest: a path under the API base, "/channels/1/messages"
    QJsonValue body; // rest: string values are templates
    std::vector<TaskAction> steps; // sequence

    /// Parses and validates (snowflakes, templates against TemplateScopes::task(), limits). Errors name
    /// the JSON path under `path`.
    static Result<TaskAction> fromJson(const QJsonObject &json,
                                       const QString &path = QStringLiteral("action"));
    /// Parses a list (a sequence of steps) or one action object.
    static Result<TaskAction> fromJsonValue(const QJsonValue &json, const QString &path);
    QJsonObject toJson() const;

    /// Short text for lists: "send to #123", "presence: watching …".
    QString summary() const;
    static QString typeName(Type type);

    /// Renders every string of a REST body (those that parse as templates).
    static QJsonValue renderBody(const QJsonValue &body, const TemplateContext &context);
};

} // namespace bw::tasks
