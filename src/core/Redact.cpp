#include "core/Redact.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace bw {

namespace {

// Discord bot tokens: base64 user id, a dot, 6 chars, a dot, 27+ chars. Sandbox tokens follow the same shape.
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"([A-Za-z0-9_\-]{18,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{20,})"));
    return re;
}

// /interactions/{id}/{token}/..., /webhooks/{id}/{token}
const QRegularExpression &pathTokenPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(((?:/interactions|/webhooks)/\d+/)[A-Za-z0-9_\-.]+)"));
    return re;
}

const QRegularExpression &authHeaderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(((?:Bot|Bearer)\s+)[^\s",]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k == QLatin1StringView("token") || k == QLatin1StringView("authorization")
        || k == QLatin1StringView("client_secret") || k == QLatin1StringView("bot_token");
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactJson(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redactValue(v));
        return out;
    }
    if (value.isString())
        return redactText(value.toString());
    return value;
}

} // namespace

QString redactText(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, kRedacted);
    text.replace(authHeaderPattern(), QStringLiteral("\\1") + kRedacted);
    text.replace(pathTokenPattern(), QStringLiteral("\\1") + kRedacted);
    text.replace(tokenPattern(), kRedacted);
    return text;
}

QByteArray redactText(QByteArray text, const QByteArray &secret)
{
    return redactText(QString::fromUtf8(text), QString::fromUtf8(secret)).toUtf8();
}

QJsonObject redactJson(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()) && it.value().isString())
            it.value() = QString(kRedacted);
        else
            it.value() = redactValue(it.value());
    }
    return object;
}

} // namespace bw
