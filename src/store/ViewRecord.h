#pragma once
// ViewRecord: one stored view definition: a Discord message payload plus an action spec per custom_id.

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bw::store {

struct ViewRecord
{
    enum class Kind {
        Unbound, // one handler per custom_id, on any message
        Bound, // one instance per message id, with its own state
    };

    qint64 id = 0; // 0 until saved
    qint64 profileId = 0;
    QString name; // unique per profile
    Kind kind = Kind::Unbound;
    std::optional<int> timeoutSeconds; // none = never times out
    QJsonObject payload; // the message: content, embeds, components
    QJsonObject actions; // custom_id -> action spec
    QDateTime created;
    QDateTime updated;

    static QString kindName(Kind kind)
    {
        return kind == Kind::Bound ? QStringLiteral("bound") : QStringLiteral("unbound");
    }
    static Kind kindFromName(const QString &name)
    {
        return name == QLatin1StringView("bound") ? Kind::Bound : Kind::Unbound;
    }
};

} // namespace bw::store
