// RestApi handlers for the interaction callback and the interaction webhook routes (follow-ups, @original).
#include "core/Clock.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/RestApi.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace bw::sandbox {

namespace {

quint64 toId(const QByteArray &s)
{
    return s.toULongLong();
}

QJsonObject event(const QString &kind, qint64 atMs)
{
    return QJsonObject {{u"kind"_s, kind}, {u"at_ms"_s, double(atMs)}};
}

bool isTrue(const QByteArray &v)
{
    return v == "true" || v == "1" || v == "True";
}

} // namespace

void RestApi::interactionCallback(Ctx &ctx)
{
    SandboxServer &s = m_server;
    Interaction *i = s.m_interactions.find(toId(ctx.params.at(0)));
    if (!i || i->token != ctx.params.at(1)) {
        replyError(ctx, 404, 10062, u"Unknown interaction"_s);
        return;
    }
    const qint64 now = s.m_clock->monotonicMs();
    const qint64 elapsed = now - i->createdMs;
    if (i->acknowledged) {
        QJsonObject e = event(u"rejected_callback"_s, elapsed);
        e.insert(u"code"_s, 40060);
        e.insert(u"reason"_s, u"already acknowledged"_s);
        i->events.append(e);
        s.interactionChanged(*i);
        replyError(ctx, 400, 40060, u"Interaction has already been acknowledged."_s);
        return;
    }
    if (elapsed > s.m_options.interactionDeadlineMs) {
        QJsonObject e = event(u"rejected_callback"_s, elapsed);
        e.insert(u"code"_s, 10062);
        e.insert(u"reason"_s, u"late: after the 3-second deadline"_s);
        i->events.append(e);
        s.interactionChanged(*i);
        replyError(ctx, 404, 10062, u"Unknown interaction"_s);
        return;
    }
    const QJsonObject body = ctx.body.toObject();
    const QJsonValue typeValue = body.value(u"type"_s);
    const int type = typeValue.toInt(-1);
    auto reject
        = [&](const QJsonObject &errors, const QString &message = u"Invalid Form Body"_s, int code = 50035) {
              QJsonObject e = event(u"rejected_callback"_s, elapsed);
              e.insert(u"code"_s, code);
              e.insert(u"reason"_s, message);
              e.insert(u"errors"_s, errors);
              i->events.append(e);
              if (i->outcome.isEmpty())
                  i->outcome = u"error"_s;
              s.interactionChanged(*i);
              replyError(ctx, 400, code, message, errors);
          };
    auto typeError = [&]() {
        reject(QJsonObject {{u"type"_s,
                             fieldError(u"INTERACTION_RESPONSE_TYPE_INVALID"_s,
                                        u"Interaction response type is invalid for this interaction"_s)}});
    };
    if (!typeValue.isDouble()) {
        reject(QJsonObject {{u"type"_s, fieldError(u"BASE_TYPE_REQUIRED"_s, u"This field is required"_s)}});
        return;
    }
    const QJsonObject data = body.value(u"data"_s).toObject();
    const bool fromComponent = i->type == 3 || (i->type == 5 && i->sourceMessageId);
    QJsonObject resourceMessage;
    QJsonObject ack = event(u"callback"_s, elapsed);
    ack.insert(u"response_type"_s, type);

    switch (type) {
    case 1:
        if (i->type != 1)
            return typeError();
        i->outcome = u"pong"_s;
        i->finalAnswer = true;
        break;
    case 4:
    case 5: {
        if (i->type == 1)
            return typeError();
        QJsonObject errors;
        int code = 0;
        if (type == 4) {
            QJsonObject checked = data;
            if (!ctx.attachments.isEmpty())
                checked.insert(u"attachments"_s, ctx.attachments);
            const QString problem = validateMessageBody(checked, true, errors, code);
            if (!problem.isEmpty()) {
                QJsonObject wrapped;
                if (!errors.isEmpty())
                    wrapped.insert(u"data"_s, errors);
                return reject(wrapped, problem, code);
            }
        }
        const qint64 flags = qint64(data.value(u"flags"_s).toDouble());
        const bool ephemeral = flags & 64;
        QJsonObject msgBody = type == 4 ? data : QJsonObject {{u"flags"_s, double(flags & 64)}};
        if (type == 4 && !ctx.attachments.isEmpty())
            msgBody.insert(u"attachments"_s, ctx.attachments);
        int msgType = 0;
        if (i->type == 2)
            msgType = i->commandType > 1 ? 23 : 20;
        else
            msgType = i->type == 3 || i->type == 5 ? 19 : 0;
        QJsonObject message
            = s.buildMessage(i->channelId, s.m_world.botUserId(), msgBody, msgType, QJsonObject());
        qint64 mflags = qint64(message.value(u"flags"_s).toDouble()) | (ephemeral ? 64 : 0);
        if (type == 5)
            mflags |= 128;
        message.insert(u"flags"_s, double(mflags));
        message.insert(u"application_id"_s, QString::number(s.m_world.applicationId()));
        message.insert(u"webhook_id"_s, QString::number(s.m_world.applicationId()));
        QJsonObject meta {
            {u"id"_s, QString::number(i->id)},
            {u"type"_s, i->type},
            {u"user"_s, s.m_world.userJson(i->userId)},
            {u"authorizing_integration_owners"_s, QJsonObject {{u"0"_s, QString::number(i->guildId)}}}};
        if (i->type == 2) {
            meta.insert(u"name"_s, i->commandName);
            meta.insert(u"command_type"_s, i->commandType);
        }
        if (i->type == 3)
            meta.insert(u"interacted_message_id"_s, QString::number(i->sourceMessageId));
        message.insert(u"interaction_metadata"_s, meta);
        if (i->type == 2)
            message.insert(u"interaction"_s,
                           QJsonObject {{u"id"_s, QString::number(i->id)},
                                        {u"type"_s, i->type},
                                        {u"name"_s, i->commandName},
                                        {u"user"_s, s.m_world.userJson(i->userId)}});
        if (type == 5 && message.value(u"content"_s).toString().isEmpty())
            message.insert(u"content"_s, QString());
        i->originalMessageId = message.value(u"id"_s).toString().toULongLong();
        i->originalEphemeral = ephemeral;
        if (ephemeral) {
            i->ephemeralMessages.insert(i->originalMessageId, message);
            s.m_ephemeralIndex.insert(i->originalMessageId, i->id);
        } else {
            s.m_world.insertMessage(i->channelId, message);
            s.dispatchMessage("MESSAGE_CREATE", message, i->guildId);
            s.scheduleSave();
        }
        if (type == 4) {
            i->outcome = ephemeral ? u"ephemeral"_s : u"reply"_s;
            i->finalAnswer = true;
        } else {
            i->outcome = u"deferred"_s;
            i->loading = true;
        }
        ack.insert(u"ephemeral"_s, ephemeral);
        resourceMessage = message;
        break;
    }
    case 6:
    case 7: {
        if (!fromComponent)
            return typeError();
        if (type == 7) {
            QJsonObject errors;
            int code = 0;
            QJsonObject checked = data;
            bool ephemeralSource = false;
            QJsonObject *m = s.interactionMessage(*i, i->sourceMessageId, &ephemeralSource);
            if (!m)
                return reject(QJsonObject(), u"Unknown Message"_s, 10008);
            if (!checked.contains(u"flags"_s))
                checked.insert(u"flags"_s, m->value(u"flags"_s));
            const QString problem = validateMessageBody(checked, false, errors, code);
            if (!problem.isEmpty())
                return reject(QJsonObject {{u"data"_s, errors}}, problem, code);
            for (const auto &key : {u"content"_s, u"embeds"_s, u"components"_s, u"attachments"_s}) {
                if (data.contains(key))
                    m->insert(key, data.value(key));
            }
            if (data.contains(u"flags"_s)) {
                const qint64 old = qint64(m->value(u"flags"_s).toDouble());
                m->insert(
                    u"flags"_s,
                    double((old & (64 | 32768)) | (qint64(data.value(u"flags"_s).toDouble()) & (4 | 32768))));
            }
            m->insert(u"edited_timestamp"_s, s.m_world.timestampNow());
            resourceMessage = *m;
            if (!ephemeralSource) {
                s.m_world.touchMessages();
                s.dispatchMessage("MESSAGE_UPDATE", resourceMessage, i->guildId);
                s.scheduleSave();
            }
            i->outcome = u"update"_s;
            i->finalAnswer = true;
        } else {
            i->outcome = u"deferred_update"_s;
        }
        break;
    }
    case 8:
        if (i->type != 4)
            return typeError();
        if (data.value(u"choices"_s).toArray().size() > 25)
            return reject(QJsonObject {{u"data"_s,
                                        QJsonObject {{u"choices"_s,
                                                      fieldError(u"BASE_TYPE_MAX_LENGTH"_s,
                                                                 u"Must be 25 or fewer in length."_s)}}}});
        i->outcome = u"autocomplete"_s;
        i->finalAnswer = true;
        ack.insert(u"choices"_s, data.value(u"choices"_s));
        break;
    case 9: {
        if (i->type == 1 || i->type == 5)
            return typeError();
        QJsonObject errors;
        const QString cid = data.value(u"custom_id"_s).toString();
        const QString title = data.value(u"title"_s).toString();
        const QJsonArray comps = data.value(u"components"_s).toArray();
        if (cid.isEmpty() || cid.size() > 100)
            errors.insert(u"custom_id"_s,
                          fieldError(u"BASE_TYPE_BAD_LENGTH"_s, u"Must be between 1 and 100 in length."_s));
        if (title.isEmpty() || title.size() > 45)
            errors.insert(u"title"_s,
                          fieldError(u"BASE_TYPE_BAD_LENGTH"_s, u"Must be between 1 and 45 in length."_s));
        if (comps.isEmpty() || comps.size() > 5)
            errors.insert(u"components"_s,
                          fieldError(u"BASE_TYPE_BAD_LENGTH"_s, u"Must be between 1 and 5 in length."_s));
        if (!errors.isEmpty())
            return reject(QJsonObject {{u"data"_s, errors}});
        i->modal = data;
        i->outcome = u"modal"_s;
        i->finalAnswer = true;
        ack.insert(u"modal"_s, data);
        break;
    }
    default:
        return reject(QJsonObject {
            {u"type"_s,
             fieldError(u"BASE_TYPE_CHOICES"_s, u"Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}."_s)}});
    }

    i->acknowledged = true;
    i->responseType = type;
    i->ackMs = elapsed;
    i->events.append(ack);
    ++s.m_stats.callbacksAccepted;
    const quint64 interactionId = i->id;
    s.interactionChanged(*i);
    // after the answer: the observer may create interactions, which can move `i`
    auto observe = qScopeGuard([&s, interactionId, type] {
        if (s.m_callbackObserver)
            s.m_callbackObserver(interactionId, type);
    });

    if (isTrue(ctx.request.queryValue("with_response"))) {
        QJsonObject inter {{u"id"_s, QString::number(i->id)}, {u"type"_s, i->type}};
        if (i->originalMessageId && (type == 4 || type == 5)) {
            inter.insert(u"response_message_id"_s, QString::number(i->originalMessageId));
            inter.insert(u"response_message_loading"_s, type == 5);
            inter.insert(u"response_message_ephemeral"_s, i->originalEphemeral);
        }
        QJsonObject out {{u"interaction"_s, inter}};
        QJsonObject resource {{u"type"_s, type}};
        if (!resourceMessage.isEmpty())
            resource.insert(u"message"_s, resourceMessage);
        if (type != 6 && type != 1)
            out.insert(u"resource"_s, resource);
        replyJson(ctx, 200, out);
        return;
    }
    replyEmpty(ctx);
}

Interaction *RestApi::webhookInteraction(Ctx &ctx)
{
    SandboxServer &s = m_server;
    if (toId(ctx.params.at(0)) != s.m_world.applicationId()) {
        replyError(ctx, 404, 10015, u"Unknown Webhook"_s);
        return nullptr;
    }
    Interaction *i = s.m_interactions.findByToken(ctx.params.at(1));
    if (!i || s.m_clock->monotonicMs() - i->createdMs > s.m_options.interactionTokenLifetimeMs) {
        replyError(ctx, 401, 50027, u"Invalid Webhook Token"_s);
        return nullptr;
    }
    if (!i->acknowledged) {
        replyError(ctx, 404, 10015, u"Unknown Webhook"_s);
        return nullptr;
    }
    return i;
}

void RestApi::webhookExecute(Ctx &ctx)
{
    SandboxServer &s = m_server;
    Interaction *i = webhookInteraction(ctx);
    if (!i)
        return;
    const qint64 elapsed = s.m_clock->monotonicMs() - i->createdMs;
    QJsonObject body = ctx.body.toObject();
    if (!ctx.attachments.isEmpty())
        body.insert(u"attachments"_s, ctx.attachments);
    QJsonObject errors;
    int code = 0;
    const QString problem = validateMessageBody(body, true, errors, code);
    if (!problem.isEmpty()) {
        QJsonObject e = event(u"rejected_followup"_s, elapsed);
        e.insert(u"code"_s, code);
        e.insert(u"errors"_s, errors);
        i->events.append(e);
        s.interactionChanged(*i);
        replyError(ctx, 400, code, problem, errors);
        return;
    }
    const bool ephemeral = qint64(body.value(u"flags"_s).toDouble()) & 64;
    // the first follow-up after a type-5 defer fills the "thinking…" placeholder
    if (i->responseType == 5 && i->loading && !i->deferredFollowedUp && !i->originalDeleted) {
        bool eph = false;
        QJsonObject *m = s.interactionMessage(*i, i->originalMessageId, &eph);
        if (m) {
            for (const auto &key : {u"content"_s, u"embeds"_s, u"components"_s, u"attachments"_s, u"tts"_s}) {
                if (body.contains(key))
                    m->insert(key, body.value(key));
            }
            const qint64 old = qint64(m->value(u"flags"_s).toDouble());
            m->insert(u"flags"_s,
                      double((old & 64) | (qint64(body.value(u"flags"_s).toDouble()) & (4 | 4096 | 32768))));
            i->loading = false;
            i->deferredFollowedUp = true;
            i->finalAnswer = true;
            const QJsonObject msg = *m;
            if (!eph) {
                s.m_world.touchMessages();
                s.dispatchMessage("MESSAGE_UPDATE", msg, i->guildId);
                s.scheduleSave();
            }
            QJsonObject e = event(u"followup"_s, elapsed);
            e.insert(u"filled_deferred"_s, true);
            e.insert(u"message_id"_s, msg.value(u"id"_s));
            i->events.append(e);
            s.interactionChanged(*i);
            replyJson(ctx, 200, msg);
            return;
        }
    }
    const int msgType = i->type == 2 ? 20 : 19;
    QJsonObject message = s.buildMessage(i->channelId, s.m_world.botUserId(), body, msgType, QJsonObject());
    message.insert(u"flags"_s, double((qint64(body.value(u"flags"_s).toDouble()) & (4 | 64 | 4096 | 32768))));
    message.insert(u"application_id"_s, QString::number(s.m_world.applicationId()));
    message.insert(u"webhook_id"_s, QString::number(s.m_world.applicationId()));
    QJsonObject meta {
        {u"id"_s, QString::number(i->id)},
        {u"type"_s, i->type},
        {u"user"_s, s.m_world.userJson(i->userId)},
        {u"authorizing_integration_owners"_s, QJsonObject {{u"0"_s, QString::number(i->guildId)}}}};
    if (i->originalMessageId)
        meta.insert(u"original_response_message_id"_s, QString::number(i->originalMessageId));
    message.insert(u"interaction_metadata"_s, meta);
    const quint64 id = message.value(u"id"_s).toString().toULongLong();
    if (ephemeral) {
        i->ephemeralMessages.insert(id, message);
        s.m_ephemeralIndex.insert(id, i->id);
    } else {
        s.m_world.insertMessage(i->channelId, message);
        s.dispatchMessage("MESSAGE_CREATE", message, i->guildId);
        s.scheduleSave();
    }
    i->followups.append(id);
    if (i->responseType == 6 || i->responseType == 5)
        i->finalAnswer = true;
    QJsonObject e = event(u"followup"_s, elapsed);
    e.insert(u"message_id"_s, QString::number(id));
    e.insert(u"ephemeral"_s, ephemeral);
    i->events.append(e);
    s.interactionChanged(*i);
    replyJson(ctx, 200, message);
}

namespace {

// Resolves "@original" or an id to a message id of this interaction; 0 when unknown.
quint64 resolveWebhookMessage(const Interaction &i, const QByteArray &param)
{
    if (param == "@original") {
        if (i.responseType == 4 || i.responseType == 5)
            return i.originalDeleted ? 0 : i.originalMessageId;
        if (i.responseType == 6 || i.responseType == 7)
            return i.sourceMessageId;
        return 0;
    }
    const quint64 id = param.toULongLong();
    if ((id == i.originalMessageId && !i.originalDeleted) || i.followups.contains(id))
        return id;
    if ((i.responseType == 6 || i.responseType == 7) && id == i.sourceMessageId)
        return id;
    return 0;
}

} // namespace

bool RestApi::webhookMessage(Ctx &ctx, WebhookMessage &out)
{
    out.interaction = webhookInteraction(ctx);
    if (!out.interaction)
        return false;
    out.id = resolveWebhookMessage(*out.interaction, ctx.params.at(2));
    out.message = out.id ? m_server.interactionMessage(*out.interaction, out.id, &out.ephemeral) : nullptr;
    if (!out.message) {
        replyError(ctx, 404, 10008, u"Unknown Message"_s);
        return false;
    }
    return true;
}

void RestApi::webhookGetMessage(Ctx &ctx)
{
    WebhookMessage target;
    if (!webhookMessage(ctx, target))
        return;
    replyJson(ctx, 200, *target.message);
}

void RestApi::webhookEditMessage(Ctx &ctx)
{
    SandboxServer &s = m_server;
    WebhookMessage target;
    if (!webhookMessage(ctx, target))
        return;
    Interaction *i = target.interaction;
    const qint64 elapsed = s.m_clock->monotonicMs() - i->createdMs;
    const quint64 mid = target.id;
    const bool eph = target.ephemeral;
    QJsonObject *m = target.message;
    QJsonObject body = ctx.body.toObject();
    if (!ctx.attachments.isEmpty())
        body.insert(u"attachments"_s, ctx.attachments);
    QJsonObject check = body;
    if (!check.contains(u"flags"_s))
        check.insert(u"flags"_s, double(qint64(m->value(u"flags"_s).toDouble()) & 32768));
    QJsonObject errors;
    int code = 0;
    const QString problem = validateMessageBody(check, false, errors, code);
    if (!problem.isEmpty()) {
        QJsonObject e = event(u"rejected_edit"_s, elapsed);
        e.insert(u"code"_s, code);
        e.insert(u"errors"_s, errors);
        i->events.append(e);
        s.interactionChanged(*i);
        replyError(ctx, 400, code, problem, errors);
        return;
    }
    for (const auto &key : {u"content"_s, u"embeds"_s, u"components"_s, u"attachments"_s}) {
        if (body.contains(key))
            m->insert(key,
                      body.value(key).isNull()
                          ? (key == u"content"_s ? QJsonValue(QString()) : QJsonValue(QJsonArray()))
                          : body.value(key));
    }
    qint64 flags = qint64(m->value(u"flags"_s).toDouble());
    const bool wasLoading = flags & 128;
    if (body.contains(u"flags"_s))
        flags = (flags & (64 | 128 | 32768)) | (qint64(body.value(u"flags"_s).toDouble()) & (4 | 32768));
    flags &= ~qint64(128);
    m->insert(u"flags"_s, double(flags));
    if (!wasLoading)
        m->insert(u"edited_timestamp"_s, s.m_world.timestampNow());
    const bool isOriginal = mid == i->originalMessageId || mid == i->sourceMessageId;
    if (isOriginal && i->loading) {
        i->loading = false;
        i->deferredFollowedUp = true;
    }
    if (isOriginal)
        i->finalAnswer = true;
    const QJsonObject msg = *m;
    if (!eph) {
        s.m_world.touchMessages();
        s.dispatchMessage("MESSAGE_UPDATE", msg, i->guildId);
        s.scheduleSave();
    }
    QJsonObject e = event(isOriginal ? u"edit_original"_s : u"edit_followup"_s, elapsed);
    e.insert(u"message_id"_s, QString::number(mid));
    i->events.append(e);
    s.interactionChanged(*i);
    replyJson(ctx, 200, msg);
}

void RestApi::webhookDeleteMessage(Ctx &ctx)
{
    SandboxServer &s = m_server;
    WebhookMessage target;
    if (!webhookMessage(ctx, target))
        return;
    Interaction *i = target.interaction;
    const qint64 elapsed = s.m_clock->monotonicMs() - i->createdMs;
    const quint64 mid = target.id;
    const bool eph = target.ephemeral;
    if (eph) {
        i->ephemeralMessages.remove(mid);
        s.m_ephemeralIndex.remove(mid);
    } else {
        const quint64 cid = s.m_world.channelOfMessage(mid);
        s.m_world.removeMessage(cid, mid);
        s.dispatchMessageDelete(cid, mid);
        s.scheduleSave();
    }
    const bool isOriginal = mid == i->originalMessageId;
    if (isOriginal)
        i->originalDeleted = true;
    QJsonObject e = event(isOriginal ? u"delete_original"_s : u"delete_followup"_s, elapsed);
    e.insert(u"message_id"_s, QString::number(mid));
    i->events.append(e);
    s.interactionChanged(*i);
    replyEmpty(ctx);
}

} // namespace bw::sandbox
