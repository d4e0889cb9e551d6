#pragma once
// ViewPublisher: what the designer does with messages already sent with a view: PATCH them with the view's
// new payload, look whether they still exist, and DELETE them, all through the bot's REST client on the
// bot thread (callInThreadOf). Callable from the GUI thread while the bot runs.

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <qcoro/qcorotask.h>

namespace bw {
class Bot;
}

namespace bw::views {

struct SentMessageRef
{
    QString channelId;
    QString messageId;
};

/// What happened to one message.
struct PublishOutcome
{
    QString messageId;
    bool ok = false; // patched / exists / deleted
    bool gone = false; // Discord says the message (or its channel) does not exist (404)
    QString error; // readable reason when !ok
};

class ViewPublisher
{
public:
    /// PATCHes every message with `payload` (content, embeds, components, flags; nothing else). Fails as a
    /// whole only when the bot does not run; per-message failures are in the outcomes, in order.
    static QCoro::Task<Result<QList<PublishOutcome>>> updateMessages(Bot *bot, QList<SentMessageRef> messages,
                                                                     QJsonObject payload);
    /// GETs every message: ok = it still exists; gone = 404.
    static QCoro::Task<Result<QList<PublishOutcome>>> checkMessages(Bot *bot, QList<SentMessageRef> messages);
    /// DELETEs one message. A message that is already gone (404) counts as deleted.
    static QCoro::Task<Result<void>> deleteMessage(Bot *bot, SentMessageRef message);

    /// The keys of a view's message that an edit may change (PATCH /channels/{id}/messages/{id}).
    static QJsonObject editPayload(const QJsonObject &message);
};

} // namespace bw::views
