#pragma once
// Views shared by the view tests: the seed's three views (stateless "Click me!", the counter, the greeting
// restricted to one user) in the view file format, and a helper to build them.

#include "bot/views/ViewDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bw::views::test {

inline QJsonObject button(const QString &customId, const QString &label, int style = 1)
{
    return QJsonObject {{QStringLiteral("type"), 2},
                        {QStringLiteral("style"), style},
                        {QStringLiteral("label"), label},
                        {QStringLiteral("custom_id"), customId}};
}

inline QJsonObject row(const QJsonArray &components)
{
    return QJsonObject {{QStringLiteral("type"), 1}, {QStringLiteral("components"), components}};
}

inline QJsonObject messageWith(const QString &content, const QJsonArray &rows)
{
    return QJsonObject {{QStringLiteral("content"), content}, {QStringLiteral("components"), rows}};
}

inline QJsonObject parseObject(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// The seed's stateless view: "Click me!" answers anybody on any message.
inline QJsonObject clickMeJson()
{
    return parseObject("{\n"
                       "        \"name\": \"click-me\", \"kind\": \"unbound\",\n"
                       "        \"message\": { \"content\": \"A persistent button.\",\n"
                       "                     \"components\": [ { \"type\": 1, \"components\": [\n"
                       "                         { \"type\": 2, \"style\": 1, \"label\": \"Click me!\", "
                       "\"custom_id\": \"persistent:click\" } ] } ] },\n"
                       "        \"actions\": { \"persistent:click\": { \"type\": \"reply\", \"reply\": \"You "
                       "clicked, {user.name}!\", \"ephemeral\": true } }\n"
                       "    }");
}

/// The seed's CounterView: each message counts its own clicks.
inline QJsonObject counterJson()
{
    return parseObject(
        "{\n"
        "        \"name\": \"counter\", \"kind\": \"bound\", \"timeout_seconds\": null,\n"
        "        \"message\": { \"content\": \"Press the button to count.\",\n"
        "                     \"components\": [ { \"type\": 1, \"components\": [\n"
        "                         { \"type\": 2, \"style\": 1, \"label\": \"+1\", \"custom_id\": "
        "\"counter:increment\" } ] } ] },\n"
        "        \"actions\": { \"counter:increment\": { \"type\": \"counter\", \"key\": \"count\", "
        "\"step\": 1, \"ephemeral\": true,\n"
        "                     \"reply\": \"You have incremented this message's count to {count}!\" } }\n"
        "    }");
}

/// The seed's GreetingView: only the greeted user (state.user_id) may press it.
inline QJsonObject greetingJson()
{
    return parseObject(
        "{\n"
        "        \"name\": \"greeting\", \"kind\": \"bound\",\n"
        "        \"message\": { \"content\": \"Somebody is greeted here.\",\n"
        "                     \"components\": [ { \"type\": 1, \"components\": [\n"
        "                         { \"type\": 2, \"style\": 3, \"label\": \"Wave\", \"custom_id\": "
        "\"greeting:wave\" } ] } ] },\n"
        "        \"actions\": { \"greeting:wave\": { \"type\": \"check_user\", \"user\": "
        "\"{state.user_id}\",\n"
        "                     \"deny\": \"This button is only for greeting <@{state.user_id}>!\",\n"
        "                     \"then\": { \"type\": \"reply\", \"reply\": \"Hello, {user.mention}!\" } } }\n"
        "    }");
}

inline ViewDefinition definition(const QJsonObject &json)
{
    auto v = ViewDefinition::fromJson(json);
    if (!v)
        qFatal("test view invalid: %s", qPrintable(v.error().toString()));
    return v.value();
}

} // namespace bw::views::test
