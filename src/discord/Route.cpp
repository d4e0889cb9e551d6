#include "discord/Route.h"

#include "discord/Snowflake.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bw::discord {

Route::Route(QByteArray method, QString pathTemplate, QStringList args)
    : m_method(std::move(method)), m_template(std::move(pathTemplate))
{
    QString path;
    path.reserve(m_template.size() + 32);
    QString channel, guild, webhook, webhookToken;
    qsizetype argIndex = 0;
    qsizetype i = 0;
    while (i < m_template.size()) {
        const QChar c = m_template.at(i);
        if (c != u'{') {
            path.append(c);
            ++i;
            continue;
        }
        const qsizetype close = m_template.indexOf(u'}', i);
        if (close < 0) {
            path.append(m_template.mid(i));
            break;
        }
        const QString name = m_template.mid(i + 1, close - i - 1);
        const QString value = argIndex < args.size() ? args.at(argIndex) : QString();
        ++argIndex;
        path.append(QString::fromLatin1(QUrl::toPercentEncoding(value)));
        if (name == "channel_id"_L1)
            channel = value;
        else if (name == "guild_id"_L1)
            guild = value;
        else if (name == "webhook_id"_L1 || name == "application_id"_L1 || name == "interaction_id"_L1)
            webhook = value;
        else if (name == "webhook_token"_L1 || name == "interaction_token"_L1)
            webhookToken = value;
        i = close + 1;
    }
    m_path = path;

    m_pathToken = !webhookToken.isEmpty();
    m_token = webhookToken;
    if (!channel.isEmpty())
        m_major = u"channel:"_s + channel;
    else if (!guild.isEmpty())
        m_major = u"guild:"_s + guild;
    else if (m_pathToken)
        // The token is part of the bucket identity, but a secret: keep only a digest of it in keys.
        m_major
            = u"webhook:"_s + webhook + u':'
            + QString::fromLatin1(
                  QCryptographicHash::hash(webhookToken.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));

    m_exemptGlobal = m_template.startsWith("/interactions/"_L1) && m_template.endsWith("/callback"_L1);

    // Deleting a message older than 14 days has its own, much slower bucket (as discord.js tracks it).
    if (m_method == "DELETE" && m_template == "/channels/{channel_id}/messages/{message_id}"_L1
        && args.size() >= 2) {
        const Snowflake id = Snowflake::fromString(args.at(1));
        if (!id.isNull() && id.timestamp().msecsTo(QDateTime::currentDateTimeUtc()) > 14LL * 24 * 3600 * 1000)
            m_oldMessageDelete = true;
    }
}

} // namespace bw::discord
