#pragma once
// InteractionResponder: answers one interaction correctly whatever happened before: the first answer is the
// callback (4, 5, 6, 7 or 9), later ones become an edit of the original or follow-ups; it defers on its own
// when the action has not answered after the auto-defer delay (Discord's 3-second window).

#include "core/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <qcoro/qcorotask.h>

namespace bw::discord {
class RestClient;
}

namespace bw::views {

/// The parts of an INTERACTION_CREATE the dispatcher uses, read once.
struct Interaction
{
    QString id;
    QString token;
    QString applicationId;
    int type = 0; // 2 command, 3 component, 4 autocomplete, 5 modal submit
    int componentType = 0;
    QString customId; // custom_id, or the command name
    quint64 messageId = 0; // the message of the component (also for modal submits opened from one)
    QString messageIdText;
    QString channelId;
    QString guildId;
    QString userId;
    QString userName; // global name, else user name
    QStringList memberRoles;
    QStringList values; // select menus
    QHash<QString, QString> fields; // modal text inputs
    QJsonObject message; // the component's message as Discord sent it
    int shardId = 0;

    static Interaction fromJson(const QJsonObject &d, int shardId);
};

class InteractionResponder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionResponder)

public:
    enum class Stage : quint8 {
        None, // nothing sent yet
        Deferred, // type 5 sent: the first reply edits the "thinking" message
        DeferredUpdate, // type 6 sent
        Answered, // type 4, 7 or 9 sent (or a deferral was filled)
    };

    /// `autoDeferMs` < 0 disables the automatic deferral (e.g. for a modal, which cannot follow one).
    InteractionResponder(discord::RestClient *rest, const Interaction &interaction, int autoDeferMs,
                         int autoDeferType, bool autoDeferEphemeral, QObject *parent = nullptr);
    ~InteractionResponder() override;

    /// A new message: type 4, or the edit of a deferred reply, or a follow-up.
    QCoro::Task<Result<void>> reply(QJsonObject message, bool ephemeral);
    /// Edits the clicked message: type 7, or an edit of the original after a deferral, or a message edit.
    QCoro::Task<Result<void>> update(QJsonObject message);
    /// Opens a modal (type 9); only as the first answer.
    QCoro::Task<Result<void>> openModal(QJsonObject modal);
    /// Type 5 (update = false; "thinking", ephemeral or not) or type 6; nothing if already answered.
    QCoro::Task<Result<void>> defer(bool update, bool ephemeral);
    /// Type 6 when nothing was sent yet (a silent acknowledgement); nothing otherwise.
    QCoro::Task<Result<void>> acknowledge();
    /// Stops the auto-defer timer and waits for a callback still on the wire.
    QCoro::Task<void> settle();

    Stage stage() const { return m_stage; }
    bool hasResponded() const { return m_stage != Stage::None; }
    int callbackType() const { return m_callbackType; }
    bool isEphemeral() const { return m_ephemeral; }
    bool autoDeferred() const { return m_autoDeferred; }
    int followups() const { return m_followups; }
    /// Receipt → initial callback accepted, -1 when none was sent.
    qint64 latencyMs() const { return m_latencyMs; }
    qint64 elapsedMs() const { return m_received.elapsed(); }
    const Interaction &interaction() const { return m_interaction; }

Q_SIGNALS:
    void callbackFinished();

private:
    QCoro::Task<Result<void>> callback(int type, QJsonObject data);
    /// Awaits a REST answer after the callback (edit of the original, follow-up, message edit) and counts
    /// it; `fillsOriginal` marks the deferred "thinking" message as replaced.
    QCoro::Task<Result<void>> followUp(QCoro::Task<Result<QJsonObject>> call, bool fillsOriginal);
    QCoro::Task<void> waitForCallback();
    void autoDefer();

    QPointer<discord::RestClient> m_rest;
    Interaction m_interaction;
    QElapsedTimer m_received;
    QTimer m_autoDefer;
    int m_autoDeferType;
    bool m_autoDeferEphemeral;
    Stage m_stage = Stage::None;
    bool m_inFlight = false;
    bool m_originalFilled = false; // a type-5 "thinking" message was replaced
    int m_callbackType = 0;
    bool m_ephemeral = false;
    bool m_autoDeferred = false;
    int m_followups = 0;
    qint64 m_latencyMs = -1;
    Error m_deferError;
    bool m_deferFailed = false;
};

} // namespace bw::views
