#pragma once
// DesignNode: what the designer shows as one node of a view (the message, an embed, a field, a row, a
// button, a select option, a V2 layout component…): its kind read from the JSON, its children, where new
// nodes may go, and the JSON a new node of each kind starts with.

#include "gui/designer/JsonPath.h"

#include <QIcon>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bw::gui::designer {

enum class NodeKind {
    None,
    Message,
    Embed,
    Field,
    ActionRow,
    Button,
    LinkButton,
    PremiumButton,
    StringSelect,
    UserSelect,
    RoleSelect,
    MentionableSelect,
    ChannelSelect,
    Option,
    TextDisplay,
    Section,
    Thumbnail,
    MediaGallery,
    MediaItem,
    File,
    Separator,
    Container,
    Unknown, // a component type the designer does not model (kept as JSON)
};

namespace Nodes {

/// The kind of the value at `path` of the view object (root keys: name, kind, message, actions).
NodeKind kindAt(const QJsonObject &view, const JsonPath &path);
/// The child nodes of a node, in display order.
QList<JsonPath> children(const QJsonObject &view, const JsonPath &node);
/// The node a path belongs to: the path itself or its nearest ancestor that is a node ("message" at least).
JsonPath nodeFor(const QJsonObject &view, const JsonPath &path);
/// The path of the component whose custom_id is `customId` (empty when none).
JsonPath componentWithCustomId(const QJsonObject &view, const QString &customId);

/// The array key under a node of `parent` kind that holds children of `child` kind (empty when none).
QString childArray(NodeKind parent, NodeKind child, bool v2);
/// True when a node of `child` kind may be placed in `parent` (kind rules only, not counts).
bool accepts(NodeKind parent, NodeKind child, bool v2);
/// True for components a user interacts with (they have a custom_id and an action).
bool isInteractive(NodeKind kind);
bool isSelect(NodeKind kind);
/// True for the kinds a palette offers for V2 messages only.
bool isV2Only(NodeKind kind);

QString displayName(NodeKind kind);
/// A one-line description of the node for the structure tree ("Button “Open ticket”").
QString summary(NodeKind kind, const QJsonObject &json);
QIcon icon(NodeKind kind);
/// The palette's stable name of a kind ("button") and back.
QString kindKey(NodeKind kind);
NodeKind kindFromKey(const QString &key);
/// What a new node of this kind starts as. `customId` is used by interactive components.
QJsonObject newNode(NodeKind kind, const QString &customId = {});

/// A readable custom_id for a new component: "<view>:<label>" in lower case with dashes ("ticket:open"),
/// made unique against `taken` by a numeric suffix.
QString makeCustomId(const QString &viewName, const QString &label, const QStringList &taken);
/// Every custom_id used by components of the message (any depth).
QStringList customIds(const QJsonObject &message);
/// The "view:label" slug without uniqueness.
QString slug(const QString &text);

} // namespace Nodes

} // namespace bw::gui::designer
