#pragma once
// MessageJson: Discord message JSON in and out of the designer: what discord.js send() and Discohook
// take (a message object, Discohook's {"messages":[{"data":…}]}, or a Botwright view object). Unknown
// keys are kept; broken input is refused with the JSON path (or line and column) and the reason.

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace bw::gui::designer {

struct ImportedMessage
{
    QJsonObject message;
    std::optional<QJsonObject> actions; // when a Botwright view was imported
    std::optional<QString> kind; // "bound" / "unbound" of an imported view
};

namespace MessageJson {

/// Reads pasted or loaded JSON. Errors name where ("line 3, column 7" for syntax, "embeds[0].fields" for
/// shape) and why.
Result<ImportedMessage> parse(const QByteArray &json);
/// Checks the shape of a message object (types of the known keys, components carry a type).
Result<void> checkShape(const QJsonObject &message);
/// The message as indented JSON, ready for discord.js send() or Discohook.
QByteArray serialize(const QJsonObject &message);

} // namespace MessageJson

} // namespace bw::gui::designer
