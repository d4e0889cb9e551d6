#pragma once
// Turning Discord's error answers into bw::Error: the JSON error body (code, message, errors tree) and the
// flattening of the tree into readable lines ("embeds.0.title: Must be 256 or fewer in length.").

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace bw::discord {

/// One line per leaf error: "path.to.field: message" (keys in sorted order); "_errors" at the top has no
/// path.
QStringList flattenErrorTree(const QJsonObject &errors);

/// Builds the Error for a non-2xx answer. `body` may be empty or not JSON.
Error errorFromResponse(int httpStatus, const QByteArray &body, const QString &what);

} // namespace bw::discord
