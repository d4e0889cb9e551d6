#pragma once
// ActionSpec: one parsed, validated action of a view (what a click or modal submit does), with its
// templates compiled once, so the dispatcher never re-reads JSON per click. See docs/view-format.md.

#include "bot/Template.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <vector>

namespace bw::views {

/// A problem found in a view: the JSON path, what is wrong, and whether it blocks saving.
struct ViewIssue
{
    QString path; // e.g. views[0].actions["counter:increment"].reply
    QString message;
    bool warning = false; // warnings do not block saving

    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/// A reply in short form (a template string) or long form ({content, embeds, components, ...}).
struct ReplySpec
{
    bool present = false;
    Template content;
    QJsonObject rest; // every other key of the long form, sent as it is (embeds, components, ...)

    /// The message payload for this context (content rendered, the other keys as they are).
    QJsonObject render(const TemplateContext &context) const;
};

struct ActionSpec
{
    enum class Type : quint8 {
        Reply,
        Update,
        Counter,
        SetState,
        CheckUser,
        Role,
        Modal,
        Defer,
        Send,
        Sequence
    };
    enum class RoleMode : quint8 { Add, Remove, Toggle };

    Type type = Type::Reply;
    bool ephemeral = false;
    ReplySpec reply; // reply, counter, set_state, role, send; check_user: the deny text
    ReplySpec message; // update, send
    QString key; // counter, set_state
    qint64 step = 1; // counter
    Template value; // set_state: the value; check_user: the user id; send: the channel id
    RoleMode roleMode = RoleMode::Add;
    QString roleId; // role
    QJsonObject modal; // modal: the modal payload (custom_id, title, components)
    bool deferUpdate = false; // defer: type 6 instead of 5
    int delayMs = 0; // defer
    QString viewName; // send: a view to send instead of message
    QList<QPair<QString, Template>> sendState; // send: initial state of the sent view's binding
    std::vector<ActionSpec> children; // check_user / defer: [then]; sequence: the steps

    /// The callback type to use if the dispatcher must defer this action (5 or 6).
    int autoDeferType = 5;
    /// Whether that deferral is ephemeral (type 5 only).
    bool autoDeferEphemeral = false;
    /// True when the action (or one it runs) may change the binding's state.
    bool changesState = false;

    static QString typeName(Type type);
};

/// Where an action is being parsed: what it may use and where its problems are reported.
struct ActionParseContext
{
    bool bound = false; // the view is bound (state available)
    bool answersModal = false; // the action answers a modal submit
    QSet<QString> modalFields; // custom_ids of the text inputs of that modal
    bool modalAllowed = true; // may open a modal (it would be the initial response)
    bool deferAllowed = true; // may defer (it would be the initial response)
    bool inSequence = false;
};

/// Parses one action. Problems are appended to `issues` (paths under `path`); the result is usable
/// only when no error was appended.
ActionSpec parseAction(const QJsonValue &json, const ActionParseContext &context, const QString &path,
                       QList<ViewIssue> *issues);

/// Parses a reply in short or long form; `required` reports a missing one.
ReplySpec parseReply(const QJsonValue &json, const ActionParseContext &context, const QString &path,
                     bool required, QList<ViewIssue> *issues);

/// "a.b" for identifier-like keys, a["x:y"] otherwise; `base` may be empty.
QString jsonPath(const QString &base, const QString &key);
QString jsonPath(const QString &base, int index);
/// base["key"] always (for keys that are data, such as custom_ids).
QString jsonKeyPath(const QString &base, const QString &key);

/// Every text-input custom_id of a modal's components (any depth).
QSet<QString> modalFieldIds(const QJsonObject &modal);

} // namespace bw::views
