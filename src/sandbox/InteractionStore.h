#pragma once
// InteractionStore: interactions the sandbox sent to the bot, their tokens (valid 15 minutes), the 3-second
// initial-response deadline, and the record of what the simulated user saw.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <deque>
#include <functional>

namespace bw::sandbox {

struct Interaction
{
    quint64 id = 0;
    QByteArray token;
    int type = 0; // 2 command, 3 component, 5 modal submit, 4 autocomplete, 1 ping
    int componentType = 0;
    QString customId; // component / modal custom_id
    QString commandName;
    int commandType = 1; // for type 2: 1 slash, 2 user, 3 message context menu
    quint64 userId = 0;
    quint64 guildId = 0;
    quint64 channelId = 0;
    quint64 sourceMessageId = 0; // the message the component (or the modal's opener) is on
    bool sourceEphemeral = false;
    qint64 createdMs = 0; // monotonic
    qint64 createdWallMs = 0;
    // response state
    bool acknowledged = false;
    int responseType = 0;
    qint64 ackMs = -1;
    quint64 originalMessageId = 0; // the type-4/5 response message
    bool originalEphemeral = false;
    bool loading = false;
    bool deferredFollowedUp = false; // the first follow-up after a type-5 has filled the placeholder
    bool originalDeleted = false;
    QJsonObject modal; // the type-9 modal shown
    quint64 modalFromInteraction = 0;
    QList<quint64> followups;
    QHash<quint64, QJsonObject> ephemeralMessages; // messages only the user sees
    QJsonArray events; // what happened, in order
    QString outcome; // reply, ephemeral, update, deferred, deferred_update, modal, pong,
                     // autocomplete, failed, error
    bool finalAnswer = false; // the user sees the bot's final answer (not only "thinking…")
};

class InteractionStore
{
public:
    void setLimit(int limit) { m_limit = limit; }
    /// Called for each record forgotten because of the limit.
    void setEvictionHandler(std::function<void(const Interaction &)> handler)
    {
        m_onEvict = std::move(handler);
    }
    Interaction &add(Interaction interaction);
    Interaction *find(quint64 id);
    Interaction *findByToken(QByteArrayView token);
    void clear();
    QList<quint64> recentIds(int max) const;

private:
    QHash<quint64, Interaction> m_items;
    QHash<QByteArray, quint64> m_byToken;
    std::deque<quint64> m_order;
    int m_limit = 100000;
    std::function<void(const Interaction &)> m_onEvict;
};

} // namespace bw::sandbox
