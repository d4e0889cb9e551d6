#pragma once
// CommandResponder: answers one slash/context-menu command with its response design (reply, defer then
// follow up after a delay or after a REST call, modal), rendering {opt.NAME} and the other command template
// variables. The first response goes through an InitialSink: the REST callback (gateway delivery) or the HTTP
// response (endpoint delivery); follow-ups and edits of the original go through the webhook routes either
// way.

#include "bot/commands/CommandRegistry.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QPointer>
#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

namespace bw {
class Clock;
class InteractionHttpResponder;
} // namespace bw
namespace bw::discord {
class RestClient;
}

namespace bw::commands {

/// Sends an interaction's first response ({type, data}).
using InitialSink = std::function<QCoro::Task<Result<void>>(QJsonObject response)>;

/// The REST callback route (gateway delivery).
InitialSink restCallbackSink(discord::RestClient *rest, QString interactionId, QString token);
/// The pending HTTP response (endpoint delivery).
InitialSink httpResponseSink(std::shared_ptr<InteractionHttpResponder> responder);

struct CommandAnswer
{
    int callbackType = 0; // 4, 5 or 9
    int followups = 0; // follow-up messages / original edits after the first response
    bool autoDeferred = false;
    int restStatus = 0; // a defer design's REST call: the HTTP status (0 = none made, or a network error)
    QString restError; // ... and why it failed (the original then says so), empty when it worked
};

/// Answers `interaction` (type 2) with `design`. Errors (a failed callback, an invalid design) come back.
/// `rest` sends the follow-ups; `autoDeferMs` bounds how long the first response may wait (it never waits for
/// the designs below, which answer at once).
///
/// Designs (docs/commands.md): {"type":"reply","reply":T,"ephemeral":b}, {"type":"modal","modal":{...}},
/// {"type":"defer","ephemeral":b,"delay_ms":n,"delay_option":"seconds","then":{"type":"reply",...}}.
/// A defer design with "rest": {"method","route","body"} makes that call after the deferral and then fills
/// the original with then.reply ({rest.status}, {rest.json.FIELD}), or on failure with then.error / an error
/// text. T is a template string or {"content": template, "embeds": [...], "components": [...]}.
QCoro::Task<Result<CommandAnswer>> answerCommand(QJsonObject interaction, QJsonObject design,
                                                 InitialSink sink, QPointer<discord::RestClient> rest,
                                                 const Clock *clock);

/// What is wrong with a defer design's "rest" call (unknown method, route not under the API base, a body
/// that is not a JSON object or array, a broken template), one sentence each; empty when fine or absent.
QStringList restDesignProblems(const QJsonObject &design);

/// The message a reply design produces for an interaction (template variables rendered).
Result<QJsonObject> renderReply(const QJsonValue &reply, const QJsonObject &interaction, const Clock *clock);

} // namespace bw::commands
