#include "sandbox/RestApi.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Redact.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace bw::sandbox {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// Seconds with three decimals ("1.500"), formatted from integer milliseconds (hot: every response).
QByteArray seconds(double s)
{
    const qint64 ms = qint64(std::llround(s * 1000.0));
    const qint64 frac = (ms < 0 ? -ms : ms) % 1000;
    QByteArray out = QByteArray::number(ms / 1000);
    if (ms < 0 && ms / 1000 == 0)
        out.prepend('-');
    const char digits[4] = {char('0' + frac / 100), char('0' + (frac / 10) % 10), char('0' + frac % 10), 0};
    out.append('.').append(digits, 3);
    return out;
}

// Retry-After: whole seconds, rounded up, as Discord sends it (the body's retry_after keeps the decimals).
QByteArray retryAfterHeader(double s)
{
    return QByteArray::number(qint64(std::ceil(std::max(0.0, s) - 1e-9)));
}

quint64 toId(const QByteArray &s)
{
    bool ok = false;
    const quint64 v = s.toULongLong(&ok);
    return ok ? v : 0;
}

QJsonObject errorsAt(const QStringList &path, const QJsonObject &leaf)
{
    QJsonObject node = leaf;
    for (auto i = path.size() - 1; i >= 0; --i)
        node = QJsonObject {{path.at(i), node}};
    return node;
}

// merges b into a, recursively
void mergeInto(QJsonObject &a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (it.value().isObject() && a.value(it.key()).isObject()) {
            QJsonObject sub = a.value(it.key()).toObject();
            mergeInto(sub, it.value().toObject());
            a.insert(it.key(), sub);
        } else {
            a.insert(it.key(), it.value());
        }
    }
}

void addError(QJsonObject &errors, const QStringList &path, const QString &code, const QString &message)
{
    mergeInto(errors, errorsAt(path, RestApi::fieldError(code, message)));
}

} // namespace

RestApi::RestApi(SandboxServer &server) : m_server(server)
{
    m_unknownHash = RateLimiter::hashFor("unknown");
    add("GET", "/gateway", &RestApi::getGateway, Auth::None);
    add("GET", "/gateway/bot", &RestApi::getGatewayBot);
    add("GET", "/users/@me", &RestApi::getMe);
    add("GET", "/users/{user_id}", &RestApi::getUser);
    add("GET", "/applications/@me", &RestApi::getApplication);
    add("GET", "/oauth2/applications/@me", &RestApi::getApplication);
    add("GET", "/channels/{channel_id}", &RestApi::getChannel, Auth::Bot, "channel_id");
    add("GET", "/channels/{channel_id}/messages", &RestApi::listMessages, Auth::Bot, "channel_id");
    add("POST", "/channels/{channel_id}/messages", &RestApi::createMessage, Auth::Bot, "channel_id");
    add("GET", "/channels/{channel_id}/messages/{message_id}", &RestApi::getMessage, Auth::Bot, "channel_id");
    add("PATCH", "/channels/{channel_id}/messages/{message_id}", &RestApi::editMessage, Auth::Bot,
        "channel_id");
    add("DELETE", "/channels/{channel_id}/messages/{message_id}", &RestApi::deleteMessage, Auth::Bot,
        "channel_id");
    add("GET", "/guilds/{guild_id}", &RestApi::getGuild, Auth::Bot, "guild_id");
    add("GET", "/guilds/{guild_id}/channels", &RestApi::getGuildChannels, Auth::Bot, "guild_id");
    add("GET", "/guilds/{guild_id}/roles", &RestApi::getGuildRoles, Auth::Bot, "guild_id");
    add("GET", "/guilds/{guild_id}/members", &RestApi::listGuildMembers, Auth::Bot, "guild_id");
    add("GET", "/guilds/{guild_id}/members/{user_id}", &RestApi::getGuildMember, Auth::Bot, "guild_id");
    add("PUT", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", &RestApi::addMemberRole, Auth::Bot,
        "guild_id");
    add("DELETE", "/guilds/{guild_id}/members/{user_id}/roles/{role_id}", &RestApi::removeMemberRole,
        Auth::Bot, "guild_id");
    add("GET", "/applications/{application_id}/commands", &RestApi::listCommands);
    add("POST", "/applications/{application_id}/commands", &RestApi::createCommand);
    add("PUT", "/applications/{application_id}/commands", &RestApi::bulkCommands);
    add("GET", "/applications/{application_id}/commands/{command_id}", &RestApi::getCommand);
    add("PATCH", "/applications/{application_id}/commands/{command_id}", &RestApi::editCommand);
    add("DELETE", "/applications/{application_id}/commands/{command_id}", &RestApi::deleteCommand);
    add("GET", "/applications/{application_id}/guilds/{guild_id}/commands", &RestApi::listCommands, Auth::Bot,
        "guild_id");
    add("POST", "/applications/{application_id}/guilds/{guild_id}/commands", &RestApi::createCommand,
        Auth::Bot, "guild_id");
    add("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", &RestApi::bulkCommands, Auth::Bot,
        "guild_id");
    add("GET", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}", &RestApi::getCommand,
        Auth::Bot, "guild_id");
    add("PATCH", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
        &RestApi::editCommand, Auth::Bot, "guild_id");
    add("DELETE", "/applications/{application_id}/guilds/{guild_id}/commands/{command_id}",
        &RestApi::deleteCommand, Auth::Bot, "guild_id");
    add("POST", "/interactions/{interaction_id}/{interaction_token}/callback", &RestApi::interactionCallback,
        Auth::None, "interaction_id", true);
    add("POST", "/webhooks/{webhook_id}/{webhook_token}", &RestApi::webhookExecute, Auth::None, "webhook_id",
        true);
    add("GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", &RestApi::webhookGetMessage,
        Auth::None, "webhook_id", true);
    add("PATCH", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", &RestApi::webhookEditMessage,
        Auth::None, "webhook_id", true);
    add("DELETE", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
        &RestApi::webhookDeleteMessage, Auth::None, "webhook_id", true);
}

void RestApi::add(const char *method, const char *path, Handler handler, Auth auth, const char *major,
                  bool globalExempt)
{
    Route r;
    r.method = method;
    r.key = QByteArray(method) + ' ' + path;
    r.hash = RateLimiter::hashFor(r.key);
    r.auth = auth;
    r.globalExempt = globalExempt;
    r.handler = handler;
    int param = 0;
    const QByteArray p(path);
    for (const QByteArray &seg : p.split('/')) {
        if (seg.isEmpty())
            continue;
        r.segments.append(seg);
        if (seg.startsWith('{')) {
            if (major && seg == QByteArray("{") + major + '}')
                r.majorIndex = param;
            if (seg == "{webhook_token}" || seg == "{interaction_token}")
                r.majorIndex2 = param;
            ++param;
        }
    }
    if (r.majorIndex < 0)
        r.majorIndex2 = -1;
    m_routes.append(r);
}

QJsonObject RestApi::fieldError(const QString &code, const QString &message)
{
    return QJsonObject {
        {u"_errors"_s, QJsonArray {QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}}};
}

// ---- pipeline -----------------------------------------------------------------------------------

void RestApi::handle(HttpRequest &request, HttpResponder responder)
{
    Ctx ctx {request, std::move(responder), nullptr, {}, {}, false, 0, {}, {}};
    SandboxServer &s = m_server;
    QByteArrayView path(request.path);
    path = path.sliced(4); // "/api"
    if (path.startsWith("/v")) {
        qsizetype slash = path.indexOf('/', 1);
        if (slash < 0)
            slash = path.size();
        const QByteArrayView version = path.sliced(2, slash - 2);
        path = path.sliced(slash);
        if (version != "10" && version != "9") {
            ++s.m_stats.requests[request.method + " <invalid version>"];
            replyError(ctx, 400, 50041, u"Invalid API version"_s);
            return;
        }
    }
    QVarLengthArray<QByteArrayView, 8> segs;
    qsizetype pos = 0;
    while (pos < path.size()) {
        qsizetype next = path.indexOf('/', pos);
        if (next < 0)
            next = path.size();
        if (next > pos)
            segs.append(path.sliced(pos, next - pos));
        pos = next + 1;
    }
    const Route *match = nullptr;
    bool pathMatched = false;
    for (const Route &r : std::as_const(m_routes)) {
        if (r.segments.size() != segs.size())
            continue;
        bool ok = true;
        for (qsizetype i = 0; i < segs.size() && ok; ++i) {
            const QByteArray &t = r.segments.at(i);
            if (!t.startsWith('{') && t != segs.at(i))
                ok = false;
        }
        if (!ok)
            continue;
        pathMatched = true;
        if (r.method == request.method) {
            match = &r;
            break;
        }
    }
    if (!match) {
        ++s.m_stats.requests[request.method + " <unknown route>"];
        if (pathMatched)
            replyError(ctx, 405, 0, u"405: Method Not Allowed"_s);
        else
            replyError(ctx, 404, 0, u"404: Not Found"_s);
        return;
    }
    ctx.route = match;
    for (qsizetype i = 0; i < segs.size(); ++i) {
        if (match->segments.at(i).startsWith('{'))
            ctx.params.append(QByteArray::fromPercentEncoding(segs.at(i).toByteArray()));
    }
    ++s.m_stats.requests[match->key];
    if (s.m_options.log)
        qCInfo(lcSandbox).noquote() << "rest" << request.method
                                    << bw::redactText(QString::fromUtf8(request.path), s.m_token);

    QByteArray identity = "anonymous";
    if (match->auth == Auth::Bot) {
        const QByteArray auth = request.header("authorization");
        if (!auth.startsWith("Bot ") || auth.sliced(4) != s.m_token.toUtf8()) {
            replyError(ctx, 401, 0, u"401: Unauthorized"_s);
            return;
        }
        identity = auth.sliced(4);
    }

    if (!s.m_faults.isEmpty()) {
        if (auto fault = s.m_faults.take(match->key)) {
            switch (fault->kind) {
            case RestFault::Kind::RateLimit: {
                ++s.m_stats.rateLimited;
                ctx.hasRl = true;
                ctx.rl.bucket = match->hash;
                ctx.rl.limit = s.m_rateLimiter.options().routeLimit;
                ctx.rl.remaining = 0;
                ctx.rl.resetAfter = fault->retryAfter;
                ctx.rl.resetAt = (s.m_clock->now().toMSecsSinceEpoch()) / 1000.0 + fault->retryAfter;
                const bool global = fault->scope == "global";
                const QJsonObject body {{u"message"_s, u"You are being rate limited."_s},
                                        {u"retry_after"_s, fault->retryAfter},
                                        {u"global"_s, global},
                                        {u"code"_s, 0}};
                HttpHeaders h;
                h.append({"Retry-After", retryAfterHeader(fault->retryAfter)});
                h.append({"X-RateLimit-Scope", fault->scope});
                if (global)
                    h.append({"X-RateLimit-Global", "true"});
                h.append({"Via", "1.1 google"});
                h.append({"X-RateLimit-Bucket", ctx.rl.bucket});
                h.append({"X-RateLimit-Limit", QByteArray::number(ctx.rl.limit)});
                h.append({"X-RateLimit-Remaining", "0"});
                h.append({"X-RateLimit-Reset", seconds(ctx.rl.resetAt)});
                h.append({"X-RateLimit-Reset-After", seconds(ctx.rl.resetAfter)});
                ++s.m_stats.statuses[match->key][429];
                ctx.responder.sendJson(429, compact(body), h);
                return;
            }
            case RestFault::Kind::ServerError:
                replyError(ctx, fault->status, 0,
                           QString::number(fault->status) + u": Internal Server Error"_s);
                return;
            case RestFault::Kind::Drop:
                ++s.m_stats.statuses[match->key][0];
                ctx.responder.abortConnection();
                return;
            case RestFault::Kind::Slow:
                ctx.delayMs = fault->delayMs;
                break;
            }
        }
    }

    // rate limits
    QByteArray major;
    if (match->majorIndex >= 0) {
        major = ctx.params.at(match->majorIndex);
        if (match->majorIndex2 >= 0)
            major += '/' + ctx.params.at(match->majorIndex2);
    }
    const bool interactionRoute = match->globalExempt;
    const BucketScope scope = !interactionRoute                            ? BucketScope::Normal
        : match->majorIndex2 >= 0 && match->segments.first() == "webhooks" ? BucketScope::Webhook
                                                                           : BucketScope::Interaction;
    ctx.rl = s.m_rateLimiter.check(match->key, match->hash, major, identity, scope, s.m_clock->monotonicMs(),
                                   s.m_clock->now().toMSecsSinceEpoch());
    ctx.hasRl = true;
    if (ctx.rl.limited && scope != BucketScope::Interaction) {
        ++s.m_stats.rateLimited;
        const QJsonObject body {{u"message"_s, u"You are being rate limited."_s},
                                {u"retry_after"_s, ctx.rl.retryAfter},
                                {u"global"_s, ctx.rl.global},
                                {u"code"_s, 0}};
        HttpHeaders h;
        h.append({"Retry-After", retryAfterHeader(ctx.rl.retryAfter)});
        h.append({"X-RateLimit-Scope", ctx.rl.global ? "global" : "user"});
        if (ctx.rl.global)
            h.append({"X-RateLimit-Global", "true"});
        h.append({"Via", "1.1 google"});
        h.append({"X-RateLimit-Bucket", ctx.rl.bucket});
        h.append({"X-RateLimit-Limit", QByteArray::number(ctx.rl.limit)});
        h.append({"X-RateLimit-Remaining", QByteArray::number(ctx.rl.remaining)});
        h.append({"X-RateLimit-Reset", seconds(ctx.rl.resetAt)});
        h.append({"X-RateLimit-Reset-After", seconds(ctx.rl.resetAfter)});
        ++s.m_stats.statuses[match->key][429];
        ctx.responder.sendJson(429, compact(body), h);
        return;
    }

    if (!parseBody(ctx))
        return;
    (this->*(match->handler))(ctx);
}

bool RestApi::parseBody(Ctx &ctx)
{
    const QByteArray &body = ctx.request.body;
    if (body.isEmpty())
        return true;
    const QByteArray type = ctx.request.header("content-type").toLower();
    QByteArray json = body;
    if (type.startsWith("multipart/form-data")) {
        const qsizetype b = type.indexOf("boundary=");
        QByteArray boundary = b < 0 ? QByteArray() : ctx.request.header("content-type").mid(b + 9);
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1, boundary.size() - 2);
        const qsizetype semi = boundary.indexOf(';');
        if (semi >= 0)
            boundary.truncate(semi);
        json.clear();
        const QByteArray delim = "--" + boundary;
        qsizetype pos = body.indexOf(delim);
        int fileIndex = 0;
        while (!boundary.isEmpty() && pos >= 0) {
            pos += delim.size();
            if (body.mid(pos, 2) == "--")
                break;
            const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
            const qsizetype next = body.indexOf(delim, headEnd);
            if (headEnd < 0 || next < 0)
                break;
            const QByteArray head = body.mid(pos, headEnd - pos);
            const QByteArray content = body.mid(headEnd + 4, next - headEnd - 4 - 2);
            static const QRegularExpression nameRe(u"name=\"([^\"]*)\""_s);
            static const QRegularExpression fileRe(u"filename=\"([^\"]*)\""_s);
            const QString headText = QString::fromUtf8(head);
            const QString name = nameRe.match(headText).captured(1);
            const auto fileMatch = fileRe.match(headText);
            if (name == u"payload_json"_s) {
                json = content;
            } else if (fileMatch.hasMatch()) {
                const quint64 id = m_server.m_world.mint();
                const QString filename = fileMatch.captured(1);
                const QString url
                    = u"http://127.0.0.1:%1/attachments/%2/%3"_s.arg(m_server.m_port).arg(id).arg(filename);
                ctx.attachments.append(QJsonObject {{u"id"_s, QString::number(id)},
                                                    {u"filename"_s, filename},
                                                    {u"size"_s, content.size()},
                                                    {u"url"_s, url},
                                                    {u"proxy_url"_s, url},
                                                    {u"index"_s, fileIndex++}});
            }
            pos = next;
        }
        if (json.isEmpty())
            return true;
    } else if (!type.isEmpty() && !type.startsWith("application/json")
               && !type.startsWith("application/x-www-form-urlencoded")) {
        replyError(
            ctx, 400, 50035, u"Invalid Form Body"_s,
            QJsonObject {
                {u"_errors"_s,
                 QJsonArray {QJsonObject {
                     {u"code"_s, u"CONTENT_TYPE_INVALID"_s},
                     {u"message"_s,
                      u"Expected \"Content-Type\" header to be one of {'application/json', 'application/x-www-form-urlencoded', 'multipart/form-data'}."_s}}}}});
        return false;
    }
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        replyError(ctx, 400, 50109, u"The request body contains invalid JSON."_s);
        return false;
    }
    ctx.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
}

void RestApi::reply(Ctx &ctx, int status, const QByteArray &json)
{
    SandboxServer &s = m_server;
    if (ctx.route)
        ++s.m_stats.statuses[ctx.route->key][status];
    HttpHeaders h;
    if (ctx.hasRl) {
        h.append({"X-RateLimit-Bucket", ctx.rl.bucket});
        h.append({"X-RateLimit-Limit", QByteArray::number(ctx.rl.limit)});
        h.append({"X-RateLimit-Remaining", QByteArray::number(ctx.rl.remaining)});
        h.append({"X-RateLimit-Reset", seconds(ctx.rl.resetAt)});
        h.append({"X-RateLimit-Reset-After", seconds(ctx.rl.resetAfter)});
    } else {
        const RateLimitOptions &o = s.m_rateLimiter.options();
        const double after = o.routeWindowMs / 1000.0;
        h.append({"X-RateLimit-Bucket", ctx.route ? ctx.route->hash : m_unknownHash});
        h.append({"X-RateLimit-Limit", QByteArray::number(o.routeLimit)});
        h.append({"X-RateLimit-Remaining", QByteArray::number(o.routeLimit)});
        h.append({"X-RateLimit-Reset", seconds(s.m_clock->now().toMSecsSinceEpoch() / 1000.0 + after)});
        h.append({"X-RateLimit-Reset-After", seconds(after)});
    }
    if (ctx.delayMs > 0) {
        auto holder = std::make_shared<HttpResponder>(std::move(ctx.responder));
        const QByteArray body = json;
        auto headers = std::make_shared<HttpHeaders>(h);
        QTimer::singleShot(ctx.delayMs, &m_server, [holder, status, body, headers] {
            if (status == 204)
                holder->send(204, QByteArray(), {}, *headers);
            else
                holder->sendJson(status, body, *headers);
        });
        return;
    }
    if (status == 204)
        ctx.responder.send(204, QByteArray(), {}, h);
    else
        ctx.responder.sendJson(status, json, h);
}

void RestApi::replyJson(Ctx &ctx, int status, const QJsonObject &o)
{
    reply(ctx, status, compact(o));
}

void RestApi::replyJson(Ctx &ctx, int status, const QJsonArray &a)
{
    reply(ctx, status, compact(a));
}

void RestApi::replyEmpty(Ctx &ctx, int status)
{
    reply(ctx, status, QByteArray());
}

void RestApi::replyError(Ctx &ctx, int status, int code, const QString &message, const QJsonObject &errors)
{
    QJsonObject o {{u"message"_s, message}, {u"code"_s, code}};
    if (!errors.isEmpty())
        o.insert(u"errors"_s, errors);
    reply(ctx, status, compact(o));
}

// ---- validation ---------------------------------------------------------------------------------

QString RestApi::validateMessageBody(const QJsonObject &body, bool requireContent, QJsonObject &errors,
                                     int &code) const
{
    code = 50035;
    const qint64 flags = qint64(body.value(u"flags"_s).toDouble());
    const bool v2 = flags & 32768;
    const QJsonValue content = body.value(u"content"_s);
    if (!content.isUndefined() && !content.isNull() && !content.isString())
        addError(errors, {u"content"_s}, u"STRING_TYPE_CONVERT"_s,
                 u"Could not interpret the value as string."_s);
    if (content.toString().size() > 2000)
        addError(errors, {u"content"_s}, u"BASE_TYPE_MAX_LENGTH"_s, u"Must be 2000 or fewer in length."_s);
    const QJsonArray embeds = body.value(u"embeds"_s).toArray();
    if (embeds.size() > 10)
        addError(errors, {u"embeds"_s}, u"BASE_TYPE_MAX_LENGTH"_s, u"Must be 10 or fewer in length."_s);
    qsizetype total = 0;
    for (qsizetype i = 0; i < embeds.size(); ++i) {
        const QJsonObject e = embeds.at(i).toObject();
        const QString n = QString::number(i);
        const QString title = e.value(u"title"_s).toString().trimmed();
        const QString description = e.value(u"description"_s).toString().trimmed();
        if (title.size() > 256)
            addError(errors, {u"embeds"_s, n, u"title"_s}, u"BASE_TYPE_MAX_LENGTH"_s,
                     u"Must be 256 or fewer in length."_s);
        if (description.size() > 4096)
            addError(errors, {u"embeds"_s, n, u"description"_s}, u"BASE_TYPE_MAX_LENGTH"_s,
                     u"Must be 4096 or fewer in length."_s);
        const QJsonArray fields = e.value(u"fields"_s).toArray();
        if (fields.size() > 25)
            addError(errors, {u"embeds"_s, n, u"fields"_s}, u"BASE_TYPE_MAX_LENGTH"_s,
                     u"Must be 25 or fewer in length."_s);
        total += title.size() + description.size();
        for (const QJsonValue &f : fields) {
            total += f.toObject().value(u"name"_s).toString().trimmed().size();
            total += f.toObject().value(u"value"_s).toString().trimmed().size();
        }
        total += e.value(u"footer"_s).toObject().value(u"text"_s).toString().trimmed().size();
        total += e.value(u"author"_s).toObject().value(u"name"_s).toString().trimmed().size();
    }
    if (total > 6000)
        addError(errors, {u"embeds"_s}, u"MAX_EMBED_SIZE_EXCEEDED"_s,
                 u"Embed size exceeds maximum size of 6000"_s);
    const QJsonArray components = body.value(u"components"_s).toArray();
    if (v2) {
        if (!content.toString().isEmpty())
            addError(errors, {u"content"_s}, u"MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2"_s,
                     u"The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2"_s);
        if (!embeds.isEmpty())
            addError(errors, {u"embeds"_s}, u"MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2"_s,
                     u"The 'embeds' field cannot be used when using MessageFlags.IS_COMPONENTS_V2"_s);
    } else if (components.size() > 5) {
        addError(errors, {u"components"_s}, u"BASE_TYPE_MAX_LENGTH"_s, u"Must be 5 or fewer in length."_s);
    }
    QSet<QString> customIds;
    int count = 0;
    std::function<void(const QJsonArray &, QStringList)> walk = [&](const QJsonArray &list,
                                                                    QStringList path) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject c = list.at(i).toObject();
            QStringList here = path;
            here << QString::number(i);
            ++count;
            const int type = c.value(u"type"_s).toInt();
            if (type < 1 || type > 23) {
                addError(errors, here + QStringList {u"type"_s}, u"BASE_TYPE_CHOICES"_s,
                         u"Value must be one of a known component type."_s);
                continue;
            }
            if (type == 1 && !v2) {
                const QJsonArray children = c.value(u"components"_s).toArray();
                int selects = 0;
                for (const QJsonValue &cv : children) {
                    const int t = cv.toObject().value(u"type"_s).toInt();
                    if (t == 3 || (t >= 5 && t <= 8))
                        ++selects;
                }
                if (children.isEmpty() || children.size() > 5 || (selects && children.size() > 1))
                    addError(errors, here + QStringList {u"components"_s}, u"BASE_TYPE_BAD_LENGTH"_s,
                             u"Must be between 1 and 5 in length, with exactly one select menu."_s);
            }
            const bool interactive
                = (type == 2 && c.value(u"style"_s).toInt() != 5 && c.value(u"style"_s).toInt() != 6)
                || type == 3 || (type >= 5 && type <= 8);
            if (interactive) {
                const QString id = c.value(u"custom_id"_s).toString();
                if (id.isEmpty() || id.size() > 100)
                    addError(errors, here + QStringList {u"custom_id"_s}, u"BASE_TYPE_BAD_LENGTH"_s,
                             u"Must be between 1 and 100 in length."_s);
                else if (customIds.contains(id))
                    addError(errors, here + QStringList {u"custom_id"_s}, u"COMPONENT_CUSTOM_ID_DUPLICATED"_s,
                             u"Component custom id cannot be duplicated"_s);
                customIds.insert(id);
            }
            if (type == 2 && c.value(u"style"_s).toInt() == 5 && c.value(u"url"_s).toString().isEmpty())
                addError(errors, here + QStringList {u"url"_s}, u"BASE_TYPE_REQUIRED"_s,
                         u"This field is required"_s);
            if (type == 3) {
                const QJsonArray options = c.value(u"options"_s).toArray();
                if (options.isEmpty() || options.size() > 25)
                    addError(errors, here + QStringList {u"options"_s}, u"BASE_TYPE_BAD_LENGTH"_s,
                             u"Must be between 1 and 25 in length."_s);
            }
            if (c.contains(u"components"_s))
                walk(c.value(u"components"_s).toArray(), here + QStringList {u"components"_s});
            if (c.contains(u"accessory"_s))
                walk(QJsonArray {c.value(u"accessory"_s)}, here + QStringList {u"accessory"_s});
        }
    };
    walk(components, {u"components"_s});
    if (v2 && count > 40)
        addError(errors, {u"components"_s}, u"BASE_TYPE_MAX_LENGTH"_s, u"Must be 40 or fewer in total."_s);
    if (body.value(u"nonce"_s).toString().size() > 25)
        addError(errors, {u"nonce"_s}, u"BASE_TYPE_MAX_LENGTH"_s, u"Must be 25 or fewer in length."_s);
    if (!errors.isEmpty())
        return u"Invalid Form Body"_s;
    if (requireContent && content.toString().isEmpty() && embeds.isEmpty() && components.isEmpty()
        && body.value(u"sticker_ids"_s).toArray().isEmpty()
        && body.value(u"attachments"_s).toArray().isEmpty() && !body.contains(u"poll"_s)) {
        code = 50006;
        return u"Cannot send an empty message"_s;
    }
    return {};
}

// ---- gateway, users, application --------------------------------------------------------------

void RestApi::getGateway(Ctx &ctx)
{
    replyJson(ctx, 200, QJsonObject {{u"url"_s, m_server.gatewayUrl().toString()}});
}

void RestApi::getGatewayBot(Ctx &ctx)
{
    SandboxServer &s = m_server;
    const qint64 remaining = std::max<qint64>(0, 1000 - s.m_stats.identifies);
    replyJson(ctx, 200,
              QJsonObject {{u"url"_s, s.gatewayUrl().toString()},
                           {u"shards"_s, std::max(1, s.m_options.shardCount)},
                           {u"session_start_limit"_s,
                            QJsonObject {{u"total"_s, 1000},
                                         {u"remaining"_s, double(remaining)},
                                         {u"reset_after"_s, 86400000},
                                         {u"max_concurrency"_s, std::max(1, s.m_options.maxConcurrency)}}}});
}

void RestApi::getMe(Ctx &ctx)
{
    QJsonObject u = m_server.m_world.userJson(m_server.m_world.botUserId());
    u.insert(u"verified"_s, true);
    u.insert(u"mfa_enabled"_s, false);
    u.insert(u"email"_s, QJsonValue::Null);
    u.insert(u"banner"_s, QJsonValue::Null);
    u.insert(u"accent_color"_s, QJsonValue::Null);
    u.insert(u"locale"_s, u"en-US"_s);
    replyJson(ctx, 200, u);
}

void RestApi::getUser(Ctx &ctx)
{
    const User *u = m_server.m_world.user(toId(ctx.params.at(0)));
    if (!u) {
        replyError(ctx, 404, 10013, u"Unknown User"_s);
        return;
    }
    replyJson(ctx, 200, m_server.m_world.userJson(*u));
}

QJsonObject RestApi::applicationJson() const
{
    const World &w = m_server.m_world;
    const quint64 owner = w.guildIds().isEmpty() ? w.botUserId() : w.guild(w.guildIds().first())->ownerId;
    return QJsonObject {{u"id"_s, QString::number(w.applicationId())},
                        {u"name"_s, w.applicationName()},
                        {u"description"_s, QString()},
                        {u"icon"_s, QJsonValue::Null},
                        {u"bot_public"_s, true},
                        {u"bot_require_code_grant"_s, false},
                        {u"owner"_s, w.userJson(owner)},
                        {u"verify_key"_s, m_server.m_publicKeyHex},
                        {u"flags"_s, 0},
                        {u"team"_s, QJsonValue::Null},
                        {u"summary"_s, QString()},
                        {u"rpc_origins"_s, QJsonArray()},
                        {u"interactions_endpoint_url"_s, QJsonValue::Null},
                        {u"approximate_guild_count"_s, int(w.guildIds().size())},
                        {u"bot"_s, w.userJson(w.botUserId())},
                        {u"tags"_s, QJsonArray()},
                        {u"install_params"_s, QJsonValue::Null},
                        {u"integration_types_config"_s, QJsonObject {{u"0"_s, QJsonObject()}}},
                        {u"redirect_uris"_s, QJsonArray()}};
}

void RestApi::getApplication(Ctx &ctx)
{
    replyJson(ctx, 200, applicationJson());
}

// ---- channels and messages ----------------------------------------------------------------------

void RestApi::getChannel(Ctx &ctx)
{
    const Channel *c = m_server.m_world.channel(toId(ctx.params.at(0)));
    if (!c) {
        replyError(ctx, 404, 10003, u"Unknown Channel"_s);
        return;
    }
    replyJson(ctx, 200, m_server.m_world.channelJson(*c));
}

void RestApi::listMessages(Ctx &ctx)
{
    const quint64 cid = toId(ctx.params.at(0));
    if (!m_server.m_world.channel(cid)) {
        replyError(ctx, 404, 10003, u"Unknown Channel"_s);
        return;
    }
    int limit = 50;
    const QByteArray limitText = ctx.request.queryValue("limit");
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > 100) {
            replyError(
                ctx, 400, 50035, u"Invalid Form Body"_s,
                errorsAt({u"limit"_s},
                         fieldError(u"NUMBER_TYPE_MAX"_s, u"int value should be between 1 and 100."_s)));
            return;
        }
    }
    replyJson(ctx, 200,
              m_server.m_world.messages(cid, limit, toId(ctx.request.queryValue("before")),
                                        toId(ctx.request.queryValue("after")),
                                        toId(ctx.request.queryValue("around"))));
}

void RestApi::getMessage(Ctx &ctx)
{
    const quint64 cid = toId(ctx.params.at(0));
    if (!m_server.m_world.channel(cid)) {
        replyError(ctx, 404, 10003, u"Unknown Channel"_s);
        return;
    }
    const QJsonObject *m = m_server.m_world.message(cid, toId(ctx.params.at(1)));
    if (!m) {
        replyError(ctx, 404, 10008, u"Unknown Message"_s);
        return;
    }
    replyJson(ctx, 200, *m);
}

void RestApi::createMessage(Ctx &ctx)
{
    SandboxServer &s = m_server;
    const quint64 cid = toId(ctx.params.at(0));
    const Channel *channel = s.m_world.channel(cid);
    if (!channel) {
        replyError(ctx, 404, 10003, u"Unknown Channel"_s);
        return;
    }
    QJsonObject body = ctx.body.toObject();
    if (!ctx.attachments.isEmpty())
        body.insert(u"attachments"_s, ctx.attachments);
    QJsonObject errors;
    int code = 0;
    const QString problem = validateMessageBody(body, true, errors, code);
    if (!problem.isEmpty()) {
        replyError(ctx, 400, code, problem, errors);
        return;
    }
    const qint64 flags = qint64(body.value(u"flags"_s).toDouble());
    if (flags & ~qint64(4 | 4096 | 8192 | 32768)) {
        replyError(
            ctx, 400, 50035, u"Invalid Form Body"_s,
            errorsAt({u"flags"_s}, fieldError(u"MESSAGE_FLAGS_INVALID"_s, u"Invalid message flags"_s)));
        return;
    }
    // enforce_nonce: a repeated nonce returns the earlier message
    const QString nonce = body.value(u"nonce"_s).toVariant().toString();
    if (!nonce.isEmpty() && body.value(u"enforce_nonce"_s).toBool()) {
        const QJsonArray recent = s.m_world.messages(cid, 100, 0, 0, 0);
        for (const QJsonValue &m : recent) {
            const QJsonObject mo = m.toObject();
            if (mo.value(u"nonce"_s).toVariant().toString() == nonce
                && mo.value(u"author"_s).toObject().value(u"id"_s).toString().toULongLong()
                    == s.m_world.botUserId()) {
                replyJson(ctx, 200, mo);
                return;
            }
        }
    }
    int type = 0;
    QJsonObject extra;
    const QJsonObject ref = body.value(u"message_reference"_s).toObject();
    if (!ref.isEmpty()) {
        const quint64 refId = ref.value(u"message_id"_s).toString().toULongLong();
        const QJsonObject *refMsg = s.m_world.message(cid, refId);
        if (!refMsg && ref.value(u"fail_if_not_exists"_s).toBool(true)) {
            replyError(ctx, 400, 50035, u"Invalid Form Body"_s,
                       errorsAt({u"message_reference"_s},
                                fieldError(u"MESSAGE_REFERENCE_UNKNOWN_MESSAGE"_s, u"Unknown message"_s)));
            return;
        }
        if (refMsg) {
            type = 19;
            extra.insert(u"message_reference"_s,
                         QJsonObject {{u"type"_s, 0},
                                      {u"message_id"_s, QString::number(refId)},
                                      {u"channel_id"_s, QString::number(cid)},
                                      {u"guild_id"_s, QString::number(channel->guildId)}});
            extra.insert(u"referenced_message"_s, *refMsg);
        }
    }
    const QJsonObject message = s.buildMessage(cid, s.m_world.botUserId(), body, type, extra);
    s.m_world.insertMessage(cid, message);
    s.dispatchMessage("MESSAGE_CREATE", message, channel->guildId);
    s.scheduleSave();
    replyJson(ctx, 200, message);
}

void RestApi::editMessage(Ctx &ctx)
{
    SandboxServer &s = m_server;
    const quint64 cid = toId(ctx.params.at(0));
    const Channel *channel = s.m_world.channel(cid);
    if (!channel) {
        replyError(ctx, 404, 10003, u"Unknown Channel"_s);
        return;
    }
    QJsonObject *m = s.m_world.message(cid, toId(ctx.params.at(1)));
    if (!m) {
        replyError(ctx, 404, 10008, u"Unknown Message"_s);
        return;
    }
    if (m->value(u"author"_s).toObject().value(u"id"_s).toString().toULongLong() != s.m_world.botUserId()) {
        replyError(ctx, 403, 50005, u"Cannot edit a message authored by another user"_s);
        return;
    }
    const QJsonObject body = ctx.body.toObject();
    QJsonObject errors;
    int code = 0;
    QJsonObject check = body;
    if (!check.contains(u"flags"_s))
        check.insert(u"flags"_s, m->value(u"flags"_s));
    const QString problem = validateMessageBody(check, false, errors, code);
    if (!problem.isEmpty()) {
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
    if (!ctx.attachments.isEmpty())
        m->insert(u"attachments"_s, ctx.attachments);
    if (body.contains(u"flags"_s)) {
        const qint64 old = qint64(m->value(u"flags"_s).toDouble());
        const qint64 wanted = qint64(body.value(u"flags"_s).toDouble());
        m->insert(u"flags"_s, double((old & 32768) | (wanted & (4 | 32768))));
    }
    m->insert(u"edited_timestamp"_s, s.m_world.timestampNow());
    const QJsonObject updated = *m;
    s.m_world.touchMessages();
    s.dispatchMessage("MESSAGE_UPDATE", updated, channel->guildId);
    s.scheduleSave();
    replyJson(ctx, 200, updated);
}

void RestApi::deleteMessage(Ctx &ctx)
{
    SandboxServer &s = m_server;
    const quint64 cid = toId(ctx.params.at(0));
    if (!s.m_world.channel(cid)) {
        replyError(ctx, 404, 10003, u"Unknown Channel"_s);
        return;
    }
    const quint64 mid = toId(ctx.params.at(1));
    if (!s.m_world.message(cid, mid)) {
        replyError(ctx, 404, 10008, u"Unknown Message"_s);
        return;
    }
    s.m_world.removeMessage(cid, mid);
    s.dispatchMessageDelete(cid, mid);
    s.scheduleSave();
    replyEmpty(ctx);
}

// ---- guilds -------------------------------------------------------------------------------------

void RestApi::getGuild(Ctx &ctx)
{
    const quint64 gid = toId(ctx.params.at(0));
    const Guild *g = m_server.m_world.guild(gid);
    if (!g) {
        replyError(ctx, 404, 10004, u"Unknown Guild"_s);
        return;
    }
    QJsonObject o = m_server.m_world.guildJson(gid);
    const QByteArray counts = ctx.request.queryValue("with_counts");
    if (counts == "true" || counts == "1") {
        o.insert(u"approximate_member_count"_s, int(g->members.size()));
        o.insert(u"approximate_presence_count"_s, 0);
    }
    replyJson(ctx, 200, o);
}

void RestApi::getGuildChannels(Ctx &ctx)
{
    const Guild *g = m_server.m_world.guild(toId(ctx.params.at(0)));
    if (!g) {
        replyError(ctx, 404, 10004, u"Unknown Guild"_s);
        return;
    }
    QJsonArray out;
    for (quint64 cid : g->channelIds)
        out.append(m_server.m_world.channelJson(*m_server.m_world.channel(cid)));
    replyJson(ctx, 200, out);
}

void RestApi::getGuildRoles(Ctx &ctx)
{
    const Guild *g = m_server.m_world.guild(toId(ctx.params.at(0)));
    if (!g) {
        replyError(ctx, 404, 10004, u"Unknown Guild"_s);
        return;
    }
    QJsonArray out;
    for (const Role &r : g->roles)
        out.append(m_server.m_world.roleJson(r));
    replyJson(ctx, 200, out);
}

void RestApi::getGuildMember(Ctx &ctx)
{
    const quint64 gid = toId(ctx.params.at(0));
    const Guild *g = m_server.m_world.guild(gid);
    if (!g) {
        replyError(ctx, 404, 10004, u"Unknown Guild"_s);
        return;
    }
    const quint64 uid = toId(ctx.params.at(1));
    if (!m_server.m_world.user(uid)) {
        replyError(ctx, 404, 10013, u"Unknown User"_s);
        return;
    }
    if (!g->member(uid)) {
        replyError(ctx, 404, 10007, u"Unknown Member"_s);
        return;
    }
    replyJson(ctx, 200, m_server.m_world.memberJson(gid, uid));
}

void RestApi::listGuildMembers(Ctx &ctx)
{
    const quint64 gid = toId(ctx.params.at(0));
    const Guild *g = m_server.m_world.guild(gid);
    if (!g) {
        replyError(ctx, 404, 10004, u"Unknown Guild"_s);
        return;
    }
    const int limit = std::clamp(
        ctx.request.queryValue("limit").isEmpty() ? 1 : ctx.request.queryValue("limit").toInt(), 1, 1000);
    const quint64 after = toId(ctx.request.queryValue("after"));
    QList<quint64> ids;
    for (const Member &m : g->members)
        ids.append(m.userId);
    std::sort(ids.begin(), ids.end());
    QJsonArray out;
    for (quint64 id : std::as_const(ids)) {
        if (id > after && out.size() < limit)
            out.append(m_server.m_world.memberJson(gid, id));
    }
    replyJson(ctx, 200, out);
}

void RestApi::addMemberRole(Ctx &ctx)
{
    removeMemberRole(ctx); // shared checks; the method decides
}

void RestApi::removeMemberRole(Ctx &ctx)
{
    SandboxServer &s = m_server;
    const bool adding = ctx.request.method == "PUT";
    const quint64 gid = toId(ctx.params.at(0));
    const Guild *g = s.m_world.guild(gid);
    if (!g) {
        replyError(ctx, 404, 10004, u"Unknown Guild"_s);
        return;
    }
    const quint64 uid = toId(ctx.params.at(1));
    if (!g->member(uid)) {
        replyError(ctx, 404, 10007, u"Unknown Member"_s);
        return;
    }
    const quint64 rid = toId(ctx.params.at(2));
    const Role *role = g->role(rid);
    if (!role) {
        replyError(ctx, 404, 10011, u"Unknown Role"_s);
        return;
    }
    // the bot needs MANAGE_ROLES and a higher role than the one it hands out
    const quint64 perms = s.m_world.permissionsOf(gid, s.m_world.botUserId()).toULongLong();
    int botTop = 0;
    if (const Member *bm = g->member(s.m_world.botUserId())) {
        for (quint64 r : bm->roles) {
            if (const Role *br = g->role(r))
                botTop = std::max(botTop, br->position);
        }
    }
    if (!(perms & (1ULL << 28)) || role->position >= botTop || role->managed || rid == gid) {
        replyError(ctx, 403, 50013, u"Missing Permissions"_s);
        return;
    }
    const bool had = g->member(uid)->roles.contains(rid);
    if (adding)
        s.m_world.addMemberRole(gid, uid, rid);
    else
        s.m_world.removeMemberRole(gid, uid, rid);
    if (had != adding)
        s.dispatchMemberUpdate(gid, uid);
    s.scheduleSave();
    replyEmpty(ctx);
}

// ---- application commands -----------------------------------------------------------------------

bool RestApi::commandScope(Ctx &ctx, int guildParam, quint64 &scope)
{
    if (toId(ctx.params.at(0)) != m_server.m_world.applicationId()) {
        replyError(ctx, 403, 50001, u"Missing Access"_s);
        return false;
    }
    scope = 0;
    if (guildParam >= 0) {
        scope = toId(ctx.params.at(guildParam));
        if (!m_server.m_world.guild(scope)) {
            replyError(ctx, 404, 10004, u"Unknown Guild"_s);
            return false;
        }
    }
    return true;
}

static int guildParamOf(const RestApi::Ctx &ctx)
{
    return ctx.route->segments.contains("guilds") ? 1 : -1;
}

QJsonObject RestApi::normalizeCommand(const QJsonObject &in, quint64 scope, quint64 id,
                                      QJsonObject &errors) const
{
    static const QRegularExpression nameRe(u"^[-_'\\p{L}\\p{N}\\p{Devanagari}\\p{Thai}]{1,32}$"_s);
    const int type = in.value(u"type"_s).toInt(1);
    const QString name = in.value(u"name"_s).toString();
    if (type < 1 || type > 4)
        addError(errors, {u"type"_s}, u"BASE_TYPE_CHOICES"_s, u"Value must be one of {1, 2, 3, 4}."_s);
    if (name.isEmpty())
        addError(errors, {u"name"_s}, u"BASE_TYPE_REQUIRED"_s, u"This field is required"_s);
    else if (name.size() > 32)
        addError(errors, {u"name"_s}, u"BASE_TYPE_BAD_LENGTH"_s, u"Must be between 1 and 32 in length."_s);
    else if (type == 1 && (!nameRe.match(name).hasMatch() || name != name.toLower()))
        addError(errors, {u"name"_s}, u"APPLICATION_COMMAND_INVALID_NAME"_s, u"Command name is invalid"_s);
    QString description = in.value(u"description"_s).toString();
    if (type == 1 && (description.isEmpty() || description.size() > 100))
        addError(errors, {u"description"_s}, u"BASE_TYPE_BAD_LENGTH"_s,
                 u"Must be between 1 and 100 in length."_s);
    if (type != 1)
        description.clear();
    const QJsonArray options = in.value(u"options"_s).toArray();
    if (options.size() > 25)
        addError(errors, {u"options"_s}, u"BASE_TYPE_MAX_LENGTH"_s, u"Must be 25 or fewer in length."_s);
    bool optionalSeen = false;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QJsonObject o = options.at(i).toObject();
        const QString n = QString::number(i);
        const QString oname = o.value(u"name"_s).toString();
        if (oname.isEmpty() || oname.size() > 32 || !nameRe.match(oname).hasMatch()
            || oname != oname.toLower())
            addError(errors, {u"options"_s, n, u"name"_s}, u"APPLICATION_COMMAND_INVALID_NAME"_s,
                     u"Command name is invalid"_s);
        const QString odesc = o.value(u"description"_s).toString();
        if (odesc.isEmpty() || odesc.size() > 100)
            addError(errors, {u"options"_s, n, u"description"_s}, u"BASE_TYPE_BAD_LENGTH"_s,
                     u"Must be between 1 and 100 in length."_s);
        const int otype = o.value(u"type"_s).toInt();
        if (otype < 1 || otype > 11)
            addError(errors, {u"options"_s, n, u"type"_s}, u"BASE_TYPE_CHOICES"_s,
                     u"Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}."_s);
        const bool required = o.value(u"required"_s).toBool();
        if (otype > 2) {
            if (required && optionalSeen)
                addError(errors, {u"options"_s, n, u"required"_s},
                         u"APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID"_s,
                         u"Required options must be placed before non-required options"_s);
            if (!required)
                optionalSeen = true;
        }
        if (o.value(u"choices"_s).toArray().size() > 25)
            addError(errors, {u"options"_s, n, u"choices"_s}, u"BASE_TYPE_MAX_LENGTH"_s,
                     u"Must be 25 or fewer in length."_s);
        if (o.value(u"autocomplete"_s).toBool() && !o.value(u"choices"_s).toArray().isEmpty())
            addError(errors, {u"options"_s, n, u"autocomplete"_s}, u"AUTOCOMPLETE_CHOICES_INVALID"_s,
                     u"Autocomplete and choices are mutually exclusive"_s);
    }
    QJsonObject out = in;
    out.insert(u"id"_s, QString::number(id));
    out.insert(u"application_id"_s, QString::number(m_server.m_world.applicationId()));
    out.insert(u"version"_s, QString::number(m_server.m_world.mint()));
    out.insert(u"type"_s, type);
    out.insert(u"description"_s, description);
    if (!out.contains(u"default_member_permissions"_s))
        out.insert(u"default_member_permissions"_s, QJsonValue::Null);
    if (!out.contains(u"name_localizations"_s))
        out.insert(u"name_localizations"_s, QJsonValue::Null);
    if (!out.contains(u"description_localizations"_s))
        out.insert(u"description_localizations"_s, QJsonValue::Null);
    if (!out.contains(u"nsfw"_s))
        out.insert(u"nsfw"_s, false);
    if (!out.contains(u"integration_types"_s))
        out.insert(u"integration_types"_s, QJsonArray {0});
    if (!out.contains(u"contexts"_s))
        out.insert(u"contexts"_s, QJsonValue::Null);
    if (scope) {
        out.insert(u"guild_id"_s, QString::number(scope));
    } else {
        out.remove(u"guild_id"_s);
        if (!out.contains(u"dm_permission"_s))
            out.insert(u"dm_permission"_s, true);
    }
    return out;
}

void RestApi::listCommands(Ctx &ctx)
{
    quint64 scope = 0;
    if (!commandScope(ctx, guildParamOf(ctx), scope))
        return;
    QJsonArray out;
    for (const QJsonObject &c : m_server.m_world.commands(scope))
        out.append(c);
    replyJson(ctx, 200, out);
}

void RestApi::createCommand(Ctx &ctx)
{
    quint64 scope = 0;
    if (!commandScope(ctx, guildParamOf(ctx), scope))
        return;
    const QJsonObject in = ctx.body.toObject();
    QList<QJsonObject> &list = m_server.m_world.commands(scope);
    const int type = in.value(u"type"_s).toInt(1);
    qsizetype existing = -1;
    int sameType = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).value(u"type"_s).toInt(1) == type) {
            ++sameType;
            if (list.at(i).value(u"name"_s).toString() == in.value(u"name"_s).toString())
                existing = i;
        }
    }
    if (existing < 0 && sameType >= (type == 1 ? 100 : 15)) {
        replyError(ctx, 400, 30032, u"Maximum number of application commands reached"_s);
        return;
    }
    QJsonObject errors;
    const quint64 id
        = existing >= 0 ? list.at(existing).value(u"id"_s).toString().toULongLong() : m_server.m_world.mint();
    const QJsonObject cmd = normalizeCommand(in, scope, id, errors);
    if (!errors.isEmpty()) {
        replyError(ctx, 400, 50035, u"Invalid Form Body"_s, errors);
        return;
    }
    if (existing >= 0)
        list[existing] = cmd;
    else
        list.append(cmd);
    m_server.m_world.touch();
    m_server.scheduleSave();
    replyJson(ctx, existing >= 0 ? 200 : 201, cmd);
}

void RestApi::bulkCommands(Ctx &ctx)
{
    quint64 scope = 0;
    if (!commandScope(ctx, guildParamOf(ctx), scope))
        return;
    if (!ctx.body.isArray()) {
        replyError(
            ctx, 400, 50035, u"Invalid Form Body"_s,
            QJsonObject {{u"_errors"_s,
                          fieldError(u"BASE_TYPE_ARRAY"_s, u"Must be an array."_s).value(u"_errors"_s)}});
        return;
    }
    const QJsonArray in = ctx.body.toArray();
    QList<QJsonObject> &list = m_server.m_world.commands(scope);
    QList<QJsonObject> next;
    QJsonObject errors;
    QSet<QString> seen;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QJsonObject c = in.at(i).toObject();
        const int type = c.value(u"type"_s).toInt(1);
        const QString key = QString::number(type) + u':' + c.value(u"name"_s).toString();
        quint64 id = 0;
        for (const QJsonObject &old : std::as_const(list)) {
            if (old.value(u"type"_s).toInt(1) == type && old.value(u"name"_s) == c.value(u"name"_s))
                id = old.value(u"id"_s).toString().toULongLong();
        }
        if (!id)
            id = m_server.m_world.mint();
        QJsonObject itemErrors;
        QJsonObject cmd = normalizeCommand(c, scope, id, itemErrors);
        if (seen.contains(key))
            addError(itemErrors, {u"name"_s}, u"APPLICATION_COMMANDS_DUPLICATE_NAME"_s,
                     u"Application command names must be unique"_s);
        seen.insert(key);
        if (!itemErrors.isEmpty())
            errors.insert(QString::number(i), itemErrors);
        next.append(cmd);
    }
    if (!errors.isEmpty()) {
        replyError(ctx, 400, 50035, u"Invalid Form Body"_s, errors);
        return;
    }
    list = next;
    m_server.m_world.touch();
    m_server.scheduleSave();
    QJsonArray out;
    for (const QJsonObject &c : std::as_const(next))
        out.append(c);
    replyJson(ctx, 200, out);
}

void RestApi::getCommand(Ctx &ctx)
{
    quint64 scope = 0;
    const qsizetype index = findCommand(ctx, scope);
    if (index >= 0)
        replyJson(ctx, 200, m_server.m_world.commands(scope).at(index));
}

void RestApi::editCommand(Ctx &ctx)
{
    quint64 scope = 0;
    const qsizetype index = findCommand(ctx, scope);
    if (index < 0)
        return;
    QJsonObject &c = m_server.m_world.commands(scope)[index];
    const QString id = c.value(u"id"_s).toString();
    QJsonObject merged = c;
    const QJsonObject patch = ctx.body.toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.key() != u"id"_s && it.key() != u"type"_s && it.key() != u"application_id"_s)
            merged.insert(it.key(), it.value());
    }
    QJsonObject errors;
    const QJsonObject cmd = normalizeCommand(merged, scope, id.toULongLong(), errors);
    if (!errors.isEmpty()) {
        replyError(ctx, 400, 50035, u"Invalid Form Body"_s, errors);
        return;
    }
    c = cmd;
    m_server.m_world.touch();
    m_server.scheduleSave();
    replyJson(ctx, 200, cmd);
}

void RestApi::deleteCommand(Ctx &ctx)
{
    quint64 scope = 0;
    const qsizetype index = findCommand(ctx, scope);
    if (index < 0)
        return;
    m_server.m_world.commands(scope).removeAt(index);
    m_server.m_world.touch();
    m_server.scheduleSave();
    replyEmpty(ctx);
}

qsizetype RestApi::findCommand(Ctx &ctx, quint64 &scope)
{
    const int gp = guildParamOf(ctx);
    if (!commandScope(ctx, gp, scope))
        return -1;
    const QString id = QString::fromUtf8(ctx.params.at(gp >= 0 ? 2 : 1));
    const QList<QJsonObject> &list = m_server.m_world.commands(scope);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).value(u"id"_s).toString() == id)
            return i;
    }
    replyError(ctx, 404, 10063, u"Unknown application command"_s);
    return -1;
}

} // namespace bw::sandbox
