#pragma once
// Redaction of secrets (bot tokens, interaction tokens, Authorization headers) from text and JSON.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bw {

/// The text shown in place of a secret.
inline constexpr QLatin1StringView kRedacted {"[redacted]"};

/// Replaces anything that looks like a bot token or an interaction/webhook token in a URL path,
/// and every occurrence of `secret` when it is not empty.
QString redactText(QString text, const QString &secret = {});
QByteArray redactText(QByteArray text, const QByteArray &secret = {});

/// Redacts JSON keys that carry secrets ("token", "authorization", ...) at any depth.
QJsonObject redactJson(QJsonObject object);

} // namespace bw
