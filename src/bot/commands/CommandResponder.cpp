#include "bot/commands/CommandResponder.h"

#include "bot/Template.h"
#include "bot/http/InteractionEndpoint.h"
#include "core/Clock.h"
#include "core/Logging.h"
#include "discord/RestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <qcoro/qcorotimer.h>

#include <chrono>

namespace bw::commands {

namespace {

QCoro::Task<Result<void>> sendRestCallback(QPointer<discord::RestClient> rest, QString id, QString token,
                                           QJsonObject response)
{
    if (!rest)
        co_return Error::make(Error::Kind::Cancelled, QStringLiteral("The bot stopped."));
    auto answer = co_await rest->interactionCallback(id, token, response);
    if (!answer)
        co_return answer.error();
    co_return Result<void>();
}

QCoro::Task<Result<void>> sendHttpResponse(std::shared_ptr<InteractionHttpResponder> responder,
                                           QJsonObject response)
{
    if (!responder->isPending())
        co_return Error::make(Error::Kind::Network,
                              QStringLiteral("The HTTP request of the interaction is gone."));
    responder->respond(response);
    co_return Result<void>();
}

TemplateContext contextOf(const QJsonObject &interaction, const Clock *clock)
{
    TemplateContext c;
    QJsonObject user
        = interaction.value(QStringLiteral("member")).toObject().value(QStringLiteral("user")).toObject();
    if (user.isEmpty())
        user = interaction.value(QStringLiteral("user")).toObject();
    c.userId = user.value(QStringLiteral("id")).toString();
    c.userName = user.value(QStringLiteral("global_name")).toString();
    if (c.userName.isEmpty())
        c.userName = user.value(QStringLiteral("username")).toString();
    c.channelId = interaction.value(QStringLiteral("channel_id")).toString();
    c.guildId = interaction.value(QStringLiteral("guild_id")).toString();
    c.opts = CommandInvocation::fromData(interaction.value(QStringLiteral("data")).toObject()).options;
    c.clock = clock;
    return c;
}

const QStringList &restMethods()
{
    static const QStringList methods {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                      QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return methods;
}

/// Discord-style placeholders ({channel_id}) are accepted in a route as the template variables they mean.
QString routeTemplateText(QString route)
{
    route.replace(QStringLiteral("{channel_id}"), QStringLiteral("{channel.id}"));
    route.replace(QStringLiteral("{guild_id}"), QStringLiteral("{guild.id}"));
    route.replace(QStringLiteral("{user_id}"), QStringLiteral("{user.id}"));
    return route;
}

bool routeShapeOk(const QString &route)
{
    return route.startsWith(u'/') && !route.contains(QStringLiteral(".."))
        && !route.contains(QStringLiteral("://")) && !route.contains(u'?') && !route.contains(u'#');
}

/// Renders every string of a REST body as a template (keys stay as written).
Result<QJsonValue> renderBody(const QJsonValue &body, const TemplateContext &context)
{
    if (body.isString()) {
        auto t = Template::parseChecked(body.toString(), TemplateScopes::command());
        if (!t)
            return t.error();
        return QJsonValue(t->render(context));
    }
    if (body.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : body.toArray()) {
            auto r = renderBody(v, context);
            if (!r)
                return r.error();
            out.append(r.value());
        }
        return QJsonValue(out);
    }
    if (body.isObject()) {
        QJsonObject out;
        const QJsonObject in = body.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            auto r = renderBody(it.value(), context);
            if (!r)
                return r.error();
            out.insert(it.key(), r.value());
        }
        return QJsonValue(out);
    }
    return body;
}

/// The filled route, its numeric segments as parameters so the rate limiter sees the major parameter.
discord::Route restRoute(const QString &method, const QString &path)
{
    QString pathTemplate;
    QStringList args;
    QString previous;
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        bool numeric = !segment.isEmpty();
        for (QChar c : segment)
            numeric = numeric && c.isDigit();
        if (numeric) {
            const QString name = previous == QStringLiteral("channels") ? QStringLiteral("channel_id")
                : previous == QStringLiteral("guilds")                  ? QStringLiteral("guild_id")
                : previous == QStringLiteral("webhooks")                ? QStringLiteral("webhook_id")
                                                         : QStringLiteral("id%1").arg(args.size());
            pathTemplate += QStringLiteral("/{") + name + u'}';
            args.append(segment);
        } else {
            pathTemplate += u'/' + segment;
        }
        previous = segment;
    }
    return discord::Route(method.toLatin1(), pathTemplate, args);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

/// Replaces {rest.status}, {rest.error} and {rest.json.FIELD} before the reply is parsed as a template
/// (the values are escaped, so braces in them stay literal).
QString withRestValues(const QString &text, int status, const QJsonObject &json, const QString &error)
{
    static const QRegularExpression var(QStringLiteral("\\{rest\\.(status|error|json\\.([^}\\s]+))\\}"));
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // "{{rest.status}}" is a literal: leave it to the template.
        if (m.capturedStart() > 0 && text.at(m.capturedStart() - 1) == u'{')
            continue;
        QString value = m.captured(1) == QStringLiteral("status") ? QString::number(status)
            : m.captured(1) == QStringLiteral("error")            ? error
                                                                  : jsonText(json.value(m.captured(2)));
        value.replace(QStringLiteral("{"), QStringLiteral("{{"))
            .replace(QStringLiteral("}"), QStringLiteral("}}"));
        out += QStringView(text).mid(last, m.capturedStart() - last) + value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QJsonValue withRestValues(const QJsonValue &reply, int status, const QJsonObject &json, const QString &error)
{
    if (reply.isString())
        return withRestValues(reply.toString(), status, json, error);
    QJsonObject message = reply.toObject();
    if (message.contains(QStringLiteral("content")))
        message.insert(
            QStringLiteral("content"),
            withRestValues(message.value(QStringLiteral("content")).toString(), status, json, error));
    return message;
}

} // namespace

InitialSink restCallbackSink(discord::RestClient *rest, QString interactionId, QString token)
{
    QPointer<discord::RestClient> guarded(rest);
    return [guarded, interactionId, token](QJsonObject response) {
        return sendRestCallback(guarded, interactionId, token, std::move(response));
    };
}

InitialSink httpResponseSink(std::shared_ptr<InteractionHttpResponder> responder)
{
    return [responder](QJsonObject response) { return sendHttpResponse(responder, std::move(response)); };
}

QStringList restDesignProblems(const QJsonObject &design)
{
    QStringList out;
    const QJsonValue value = design.value(QStringLiteral("rest"));
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isObject()) {
        out.append(QStringLiteral("The REST call must be a JSON object with method, route and body."));
        return out;
    }
    const QJsonObject rest = value.toObject();
    const QString method = rest.value(QStringLiteral("method")).toString(QStringLiteral("POST")).toUpper();
    if (!restMethods().contains(method))
        out.append(QStringLiteral("The REST method “%1” is not one of GET, POST, PUT, PATCH, DELETE.")
                       .arg(rest.value(QStringLiteral("method")).toVariant().toString()));
    const QString route = rest.value(QStringLiteral("route")).toString().trimmed();
    if (!routeShapeOk(route)) {
        out.append(QStringLiteral("The REST route “%1” must start with “/” and stay under the API base, "
                                  "such as /channels/{channel.id}/messages.")
                       .arg(route));
    } else if (auto t = Template::parseChecked(routeTemplateText(route), TemplateScopes::command()); !t) {
        out.append(QStringLiteral("The REST route: %1").arg(t.error().message));
    }
    const QJsonValue body = rest.value(QStringLiteral("body"));
    if (!body.isUndefined() && !body.isNull() && !body.isObject() && !body.isArray()) {
        out.append(QStringLiteral("The REST body must be a JSON object or array."));
    } else if (auto rendered = renderBody(body, TemplateContext()); !rendered) {
        out.append(QStringLiteral("The REST body: %1").arg(rendered.error().message));
    }
    return out;
}

Result<QJsonObject> renderReply(const QJsonValue &reply, const QJsonObject &interaction, const Clock *clock)
{
    QJsonObject message
        = reply.isObject() ? reply.toObject() : QJsonObject {{QStringLiteral("content"), reply.toString()}};
    auto tmpl = Template::parseChecked(message.value(QStringLiteral("content")).toString(),
                                       TemplateScopes::command());
    if (!tmpl)
        return tmpl.error();
    message.insert(QStringLiteral("content"), tmpl->render(contextOf(interaction, clock)));
    if (message.value(QStringLiteral("content")).toString().isEmpty()
        && message.value(QStringLiteral("embeds")).toArray().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("The reply is empty."));
    return message;
}

QCoro::Task<Result<CommandAnswer>> answerCommand(QJsonObject interaction, QJsonObject design,
                                                 InitialSink sink, QPointer<discord::RestClient> rest,
                                                 const Clock *clock)
{
    CommandAnswer answer;
    const QString type = design.value(QStringLiteral("type")).toString(QStringLiteral("reply"));
    const QString applicationId = interaction.value(QStringLiteral("application_id")).toString();
    const QString token = interaction.value(QStringLiteral("token")).toString();

    if (type == QStringLiteral("reply") || type == QStringLiteral("modal")) {
        QJsonObject response;
        if (type == QStringLiteral("modal")) {
            response
                = QJsonObject {{QStringLiteral("type"), 9},
                               {QStringLiteral("data"), design.value(QStringLiteral("modal")).toObject()}};
        } else {
            auto message = renderReply(design.value(QStringLiteral("reply")), interaction, clock);
            if (!message)
                co_return message.error();
            if (design.value(QStringLiteral("ephemeral")).toBool())
                message->insert(QStringLiteral("flags"), 64);
            response = QJsonObject {{QStringLiteral("type"), 4}, {QStringLiteral("data"), message.value()}};
        }
        auto sent = co_await sink(response);
        if (!sent)
            co_return sent.error();
        answer.callbackType = response.value(QStringLiteral("type")).toInt();
        co_return answer;
    }

    if (type == QStringLiteral("defer")) {
        const QStringList problems = restDesignProblems(design);
        if (!problems.isEmpty())
            co_return Error::make(Error::Kind::InvalidInput, problems.join(u' '));
        QJsonObject data;
        if (design.value(QStringLiteral("ephemeral")).toBool())
            data.insert(QStringLiteral("flags"), 64);
        // (built before the co_await: GCC 12 cannot keep string literals of an awaited expression)
        const QJsonObject deferred {{QStringLiteral("type"), 5}, {QStringLiteral("data"), data}};
        auto sent = co_await sink(deferred);
        if (!sent)
            co_return sent.error();
        answer.callbackType = 5;
        qint64 delayMs = design.value(QStringLiteral("delay_ms")).toInteger(0);
        const QString delayOption = design.value(QStringLiteral("delay_option")).toString();
        if (!delayOption.isEmpty()) {
            const auto options
                = CommandInvocation::fromData(interaction.value(QStringLiteral("data")).toObject()).options;
            delayMs = qint64(options.value(delayOption).toDouble() * 1000);
        }
        delayMs = std::clamp<qint64>(delayMs, 0, 14 * 60 * 1000); // the token lives 15 minutes
        if (delayMs > 0 && !design.value(QStringLiteral("rest")).isObject()) // a REST call replaces the delay
            co_await QCoro::sleepFor(std::chrono::milliseconds(delayMs));
        const QJsonObject then = design.value(QStringLiteral("then")).toObject();
        QJsonValue replyValue = then.value(QStringLiteral("reply"));
        bool restFailed = false;
        if (design.value(QStringLiteral("rest")).isObject()) {
            if (!rest)
                co_return Error::make(Error::Kind::Cancelled,
                                      QStringLiteral("The bot stopped before the REST call."));
            const QJsonObject call = design.value(QStringLiteral("rest")).toObject();
            const QString method
                = call.value(QStringLiteral("method")).toString(QStringLiteral("POST")).toUpper();
            const TemplateContext context = contextOf(interaction, clock);
            QString path
                = Template::parse(routeTemplateText(call.value(QStringLiteral("route")).toString().trimmed()))
                      ->render(context);
            discord::RestRequest request;
            request.route = restRoute(method, path);
            auto body = renderBody(call.value(QStringLiteral("body")), context);
            if (!body)
                co_return body.error();
            if (body->isObject())
                request.jsonBody = QJsonDocument(body->toObject()).toJson(QJsonDocument::Compact);
            else if (body->isArray())
                request.jsonBody = QJsonDocument(body->toArray()).toJson(QJsonDocument::Compact);
            QJsonObject json;
            Result<QJsonDocument> done;
            if (routeShapeOk(path)) {
                done = co_await rest->request(request);
            } else {
                done = Error::make(Error::Kind::InvalidInput,
                                   QStringLiteral("the route “%1” is not under the API base").arg(path));
            }
            if (done) {
                answer.restStatus = done->isNull() ? 204 : 200;
                json = done->object();
            } else {
                restFailed = true;
                answer.restStatus = done.error().httpStatus;
                // RestClient's messages start with "METHOD /route/{template}: "; the filled path says more.
                QString why = done.error().toString();
                const QString prefix = QString::fromLatin1(request.route.method()) + u' '
                    + request.route.pathTemplate() + QStringLiteral(": ");
                if (why.startsWith(prefix))
                    why = why.mid(prefix.size());
                answer.restError
                    = QStringLiteral("The REST call %1 %2 failed: %3").arg(method, request.route.path(), why);
                qCWarning(lcBot).noquote() << answer.restError;
            }
            if (restFailed) {
                replyValue = then.contains(QStringLiteral("error"))
                    ? then.value(QStringLiteral("error"))
                    : QJsonValue(QStringLiteral("{rest.error}"));
            }
            replyValue = withRestValues(replyValue, answer.restStatus, json, answer.restError);
        }
        auto message = renderReply(replyValue, interaction, clock);
        if (!message)
            co_return message.error();
        if (!rest)
            co_return Error::make(Error::Kind::Cancelled,
                                  QStringLiteral("The bot stopped before the follow-up."));
        // The first follow-up after a type-5 defer fills the "thinking" message.
        auto followup = co_await rest->editOriginalResponse(applicationId, token, message.value());
        if (!followup)
            co_return followup.error();
        ++answer.followups;
        if (restFailed)
            co_return answer;
        // Further messages ("followups": [reply, ...]) are new follow-up messages of the interaction.
        const QJsonArray more = then.value(QStringLiteral("followups")).toArray();
        for (const QJsonValue &reply : more) {
            auto extra = renderReply(reply, interaction, clock);
            if (!extra)
                co_return extra.error();
            if (!rest)
                co_return Error::make(Error::Kind::Cancelled,
                                      QStringLiteral("The bot stopped before the follow-up."));
            auto sentExtra = co_await rest->createFollowup(applicationId, token, extra.value());
            if (!sentExtra)
                co_return sentExtra.error();
            ++answer.followups;
        }
        co_return answer;
    }
    co_return Error::make(
        Error::Kind::InvalidInput,
        QStringLiteral("The command's response type “%1” is not one of reply, defer, modal.").arg(type));
}

} // namespace bw::commands
