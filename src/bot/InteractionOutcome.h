#pragma once
// InteractionOutcome: what the dispatcher did with one interaction (who, what, how it was answered and
// how fast), emitted once per interaction by BotRuntime::interactionHandled for the event log.

#include <QMetaType>
#include <QString>

namespace bw {

struct InteractionOutcome
{
    enum class Kind : quint8 {
        Component, // type 3: button click or select (component_type 2..8)
        ModalSubmit, // type 5
        Command, // type 2 (slash, user or message command)
        Autocomplete, // type 4
        Other,
    };

    QString interactionId;
    Kind kind = Kind::Other;
    QString customId; // custom_id, or the command name for commands
    int componentType = 0; // 2 button, 3 string select, 5..8 other selects; 0 otherwise
    QString userId;
    QString userName; // display name
    QString guildId; // empty in DMs
    QString channelId;
    QString messageId; // the message of the clicked component; empty for commands
    int shardId = 0;
    QString viewName; // the view that handled it; empty when none

    qint64 receivedMs = 0; // ms since the epoch when the dispatch was decoded
    qint64 latencyMs = -1; // receipt -> initial callback accepted by Discord; -1 = none was sent
    qint64 durationMs = 0; // receipt -> everything done (follow-ups included)
    int callbackType = 0; // 4 reply, 5 deferred reply, 6 deferred update, 7 update, 9 modal; 0 none
    bool ephemeral = false;
    bool autoDeferred = false; // the dispatcher deferred because the action was slow
    int followups = 0; // follow-up messages / original edits sent after the initial response

    QString summary; // one line, e.g. "clicked counter:increment by Alice -> answered in 38 ms (type 4,
                     // ephemeral)"
    bool isError = false; // no view matched, the action failed, or the response could not be sent
    QString error; // what failed, empty when nothing did
};

} // namespace bw

Q_DECLARE_METATYPE(bw::InteractionOutcome)
