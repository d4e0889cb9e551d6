#include "sandbox/ControlApi.h"

#include "sandbox/GatewayServer.h"
#include "sandbox/HttpDelivery.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bw::sandbox {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void fail(HttpResponder &r, int status, const QString &message)
{
    r.sendJson(status, compact(QJsonObject {{u"message"_s, message}, {u"code"_s, 0}}));
}

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

} // namespace

void ControlApi::handle(HttpRequest &request, HttpResponder responder)
{
    SandboxServer &s = m_server;
    const QByteArray path = request.path.mid(9); // after "/_sandbox"
    const QByteArray &method = request.method;
    QJsonObject body;
    if (!request.body.isEmpty()) {
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(responder, 400, u"The body must be a JSON object: "_s + err.errorString());
            return;
        }
        body = doc.object();
    }
    ++s.m_stats.requests[method + " /_sandbox"
                         + (path.startsWith("/interactions/") ? QByteArray("/interactions/{id}") : path)];

    if (method == "GET" && path == "/info") {
        QJsonObject users, channels;
        for (const User *u : s.m_world.users())
            users.insert(u->username, QString::number(u->id));
        QString guildId;
        for (quint64 gid : s.m_world.guildIds()) {
            if (guildId.isEmpty())
                guildId = QString::number(gid);
            for (quint64 cid : s.m_world.guild(gid)->channelIds)
                channels.insert(s.m_world.channel(cid)->name, QString::number(cid));
        }
        responder.sendJson(200,
                           compact(QJsonObject {{u"api_base"_s, s.apiBase().toString()},
                                                {u"gateway_url"_s, s.gatewayUrl().toString()},
                                                {u"token"_s, s.botToken()},
                                                {u"application_id"_s, s.applicationId()},
                                                {u"bot_user_id"_s, s.botUserId()},
                                                {u"public_key"_s, s.publicKeyHex()},
                                                {u"guild_id"_s, guildId},
                                                {u"channels"_s, channels},
                                                {u"users"_s, users}}));
        return;
    }
    if (method == "GET" && path == "/stats") {
        responder.sendJson(200, compact(s.statsJson()));
        return;
    }
    if (method == "POST" && path == "/stats/reset") {
        s.resetStats();
        responder.sendJson(200, "{}");
        return;
    }
    if (method == "GET" && path == "/world") {
        responder.sendJson(200, compact(s.worldSnapshot()));
        return;
    }
    if (method == "GET" && path == "/sessions") {
        responder.sendJson(200, compact(QJsonObject {{u"sessions"_s, s.m_gateway->sessionsJson()}}));
        return;
    }
    if (method == "GET" && path.startsWith("/channels/") && path.endsWith("/messages")) {
        const quint64 cid = path.mid(10, path.size() - 10 - 9).toULongLong();
        if (!s.m_world.channel(cid)) {
            fail(responder, 404, u"Unknown channel"_s);
            return;
        }
        const int limit = std::clamp(
            request.queryValue("limit").isEmpty() ? 50 : request.queryValue("limit").toInt(), 1, 1000);
        responder.sendJson(200,
                           compact(QJsonObject {{u"messages"_s, s.m_world.messages(cid, limit, 0, 0, 0)}}));
        return;
    }
    if (method == "POST" && path == "/messages") {
        auto r = s.simulateMessage(str(body, "user"), str(body, "channel_id"),
                                   body.value(u"content"_s).toString(),
                                   QJsonObject {{u"embeds"_s, body.value(u"embeds"_s)}});
        if (!r.ok()) {
            fail(responder, r.error().kind == bw::Error::Kind::NotFound ? 404 : 400, r.error().message);
            return;
        }
        const QJsonObject *m = s.m_world.message(r->toULongLong());
        responder.sendJson(200, compact(m ? *m : QJsonObject {{u"id"_s, *r}}));
        return;
    }
    if (method == "POST" && path == "/click") {
        const int count = body.value(u"count"_s).toInt(1);
        if (count > 1) {
            auto r
                = s.simulateClicks(str(body, "user"), str(body, "message_id"), str(body, "custom_id"), count);
            if (!r.ok()) {
                fail(responder, r.error().kind == bw::Error::Kind::NotFound ? 404 : 400, r.error().message);
                return;
            }
            responder.sendJson(200, compact(QJsonObject {{u"sent"_s, *r}}));
            return;
        }
        simulationDone(s.simulateClick(str(body, "user"), str(body, "message_id"), str(body, "custom_id")),
                       body, std::move(responder));
        return;
    }
    if (method == "POST" && path == "/select") {
        QStringList values;
        for (const QJsonValue &v : body.value(u"values"_s).toArray())
            values.append(v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString());
        if (body.contains(u"value"_s)) // a single-select menu: one value
            values.append(str(body, "value"));
        simulationDone(
            s.simulateSelect(str(body, "user"), str(body, "message_id"), str(body, "custom_id"), values),
            body, std::move(responder));
        return;
    }
    if (method == "POST" && path == "/modal") {
        simulationDone(s.simulateModalSubmit(str(body, "user"), str(body, "interaction_id"),
                                             body.value(u"values"_s).toObject()),
                       body, std::move(responder));
        return;
    }
    if (method == "POST" && path == "/command") {
        simulationDone(s.simulateCommand(str(body, "user"), str(body, "channel_id"), str(body, "name"),
                                         body.value(u"options"_s).toArray(), body.value(u"type"_s).toInt(1),
                                         str(body, "target_id")),
                       body, std::move(responder));
        return;
    }
    if (method == "POST" && path == "/autocomplete") {
        simulationDone(s.simulateAutocomplete(str(body, "user"), str(body, "channel_id"), str(body, "name"),
                                              body.value(u"options"_s).toArray()),
                       body, std::move(responder));
        return;
    }
    if (path == "/http-delivery" && (method == "GET" || method == "POST")) {
        // Interactions as signed HTTP POSTs to a bot's endpoint ("url"), or on the gateway (url "" or null).
        HttpDelivery *delivery = s.httpDelivery();
        if (method == "POST") {
            const QUrl url(body.value(u"url"_s).toString());
            if (!url.isEmpty() && (!url.isValid() || url.scheme() != u"http"_s)) {
                fail(responder, 400, u"\"url\" must be an http:// URL, or empty for the gateway."_s);
                return;
            }
            delivery->setEndpoint(url);
        }
        responder.sendJson(200,
                           compact(QJsonObject {{u"enabled"_s, delivery->isEnabled()},
                                                {u"url"_s, delivery->endpoint().toString()},
                                                {u"public_key"_s, s.publicKeyHex()},
                                                {u"attempts"_s, qint64(delivery->attempts().size())}}));
        return;
    }
    if (method == "GET" && path == "/interactions") {
        QJsonArray list;
        const int limit = std::clamp(
            request.queryValue("limit").isEmpty() ? 20 : request.queryValue("limit").toInt(), 1, 1000);
        for (quint64 id : s.m_interactions.recentIds(limit))
            list.append(s.interactionRecord(QString::number(id)));
        responder.sendJson(200, compact(QJsonObject {{u"interactions"_s, list}}));
        return;
    }
    if (method == "GET" && path.startsWith("/interactions/")) {
        const quint64 id = path.mid(14).toULongLong();
        const int waitMs = request.queryValue("wait_ms").toInt();
        const bool untilFinal = request.queryValue("until") != "ack";
        s.addWaiter(id, untilFinal, std::min(waitMs, 60000), std::move(responder));
        return;
    }
    if (method == "POST" && path == "/faults/gateway") {
        const QString action = body.value(u"action"_s).toString();
        GatewayTarget target {body.value(u"shard"_s).toInt(-1),
                              body.value(u"session_id"_s).toString().toLatin1()};
        GatewayServer *g = s.m_gateway;
        int n = -1;
        if (action == u"drop"_s)
            n = g->drop(target);
        else if (action == u"stop_acks"_s)
            n = g->setAckHeartbeats(false, target);
        else if (action == u"resume_acks"_s)
            n = g->setAckHeartbeats(true, target);
        else if (action == u"reconnect"_s)
            n = g->sendReconnect(target);
        else if (action == u"invalid_session"_s)
            n = g->sendInvalidSession(body.value(u"resumable"_s).toBool(), target);
        else if (action == u"heartbeat_request"_s)
            n = g->requestHeartbeat(target);
        else if (action == u"malformed"_s)
            n = g->sendMalformed(target);
        else if (action == u"close"_s) {
            const int code = body.value(u"code"_s).toInt(4000);
            if (code < 1000 || code > 4999) {
                fail(responder, 400, u"code must be 1000-4999"_s);
                return;
            }
            n = g->closeWith(code, body.value(u"reason"_s).toString(u"Closed by the sandbox."_s), target);
        }
        if (n < 0) {
            fail(responder, 400,
                 u"action must be one of drop, stop_acks, resume_acks, reconnect, invalid_session, "
                 "heartbeat_request, malformed, close"_s);
            return;
        }
        responder.sendJson(200, compact(QJsonObject {{u"affected"_s, n}}));
        return;
    }
    if (method == "POST" && path == "/faults/rest") {
        QString error;
        auto fault = FaultInjector::fromJson(body, &error);
        if (!fault) {
            fail(responder, 400, error);
            return;
        }
        s.addRestFault(*fault);
        responder.sendJson(200, compact(QJsonObject {{u"faults"_s, s.m_faults.toJson()}}));
        return;
    }
    if (method == "POST" && path == "/faults/clear") {
        s.clearFaults();
        responder.sendJson(200, "{}");
        return;
    }
    if (method == "GET" && path == "/config") {
        responder.sendJson(200, compact(configJson()));
        return;
    }
    if (method == "POST" && path == "/config") {
        const QString error = applyConfig(body);
        if (!error.isEmpty()) {
            fail(responder, 400, error);
            return;
        }
        responder.sendJson(200, compact(configJson()));
        return;
    }
    if (method == "POST" && path == "/ratelimits/reset") {
        s.m_rateLimiter.reset();
        responder.sendJson(200, "{}");
        return;
    }
    fail(responder, 404, u"Unknown sandbox route; see docs/sandbox.md"_s);
}

void ControlApi::simulationDone(const bw::Result<QString> &result, const QJsonObject &body,
                                HttpResponder responder)
{
    if (!result.ok()) {
        fail(responder, result.error().kind == bw::Error::Kind::NotFound ? 404 : 400, result.error().message);
        return;
    }
    const int waitMs = std::min(body.value(u"wait_ms"_s).toInt(0), 60000);
    const bool untilFinal = body.value(u"until"_s).toString() != u"ack"_s;
    m_server.addWaiter(result->toULongLong(), untilFinal, waitMs, std::move(responder));
}

QJsonObject ControlApi::configJson() const
{
    const SandboxOptions &o = m_server.m_options;
    const RateLimitOptions &rl = m_server.m_rateLimiter.options();
    QJsonObject routes;
    const auto limits = m_server.m_rateLimiter.routeLimits();
    for (auto it = limits.begin(); it != limits.end(); ++it)
        routes.insert(QString::fromUtf8(it.key()),
                      QJsonObject {{u"limit"_s, it.value().first}, {u"window_ms"_s, it.value().second}});
    return QJsonObject {{u"heartbeat_interval_ms"_s, o.heartbeatIntervalMs},
                        {u"heartbeat_timeout_percent"_s, o.heartbeatTimeoutFactorPercent},
                        {u"resume_window_ms"_s, o.resumeWindowMs},
                        {u"replay_buffer_size"_s, o.replayBufferSize},
                        {u"gateway_send_limit"_s, o.gatewaySendLimit},
                        {u"gateway_send_window_ms"_s, o.gatewaySendWindowMs},
                        {u"max_payload_bytes"_s, o.maxPayloadBytes},
                        {u"max_concurrency"_s, o.maxConcurrency},
                        {u"identify_window_ms"_s, o.identifyWindowMs},
                        {u"shard_count"_s, o.shardCount},
                        {u"privileged_intents"_s, double(o.privilegedIntents)},
                        {u"interaction_deadline_ms"_s, o.interactionDeadlineMs},
                        {u"interaction_token_lifetime_ms"_s, double(o.interactionTokenLifetimeMs)},
                        {u"rate_limits"_s,
                         QJsonObject {{u"enabled"_s, rl.enabled},
                                      {u"global_limit"_s, rl.globalLimit},
                                      {u"global_window_ms"_s, rl.globalWindowMs},
                                      {u"route_limit"_s, rl.routeLimit},
                                      {u"route_window_ms"_s, rl.routeWindowMs},
                                      {u"routes"_s, routes}}}};
}

QString ControlApi::applyConfig(const QJsonObject &c)
{
    SandboxOptions &o = m_server.m_options;
    auto setInt = [&c](const char *key, int &target, int min) -> bool {
        const QJsonValue v = c.value(QLatin1StringView(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toInt() < min)
            return false;
        target = v.toInt();
        return true;
    };
    if (!setInt("heartbeat_interval_ms", o.heartbeatIntervalMs, 1)
        || !setInt("heartbeat_timeout_percent", o.heartbeatTimeoutFactorPercent, 100)
        || !setInt("resume_window_ms", o.resumeWindowMs, 0)
        || !setInt("replay_buffer_size", o.replayBufferSize, 1)
        || !setInt("gateway_send_limit", o.gatewaySendLimit, 1)
        || !setInt("gateway_send_window_ms", o.gatewaySendWindowMs, 1)
        || !setInt("max_payload_bytes", o.maxPayloadBytes, 1)
        || !setInt("max_concurrency", o.maxConcurrency, 0)
        || !setInt("identify_window_ms", o.identifyWindowMs, 0) || !setInt("shard_count", o.shardCount, 1)
        || !setInt("interaction_deadline_ms", o.interactionDeadlineMs, 1))
        return u"invalid number in the configuration"_s;
    if (c.contains(u"privileged_intents"_s))
        o.privilegedIntents = qint64(c.value(u"privileged_intents"_s).toDouble());
    if (c.contains(u"interaction_token_lifetime_ms"_s))
        o.interactionTokenLifetimeMs = qint64(c.value(u"interaction_token_lifetime_ms"_s).toDouble());
    if (c.contains(u"rate_limits"_s)) {
        const QJsonObject r = c.value(u"rate_limits"_s).toObject();
        RateLimitOptions rl = m_server.m_rateLimiter.options();
        rl.enabled = r.value(u"enabled"_s).toBool(rl.enabled);
        rl.globalLimit = r.value(u"global_limit"_s).toInt(rl.globalLimit);
        rl.globalWindowMs = std::max(1, r.value(u"global_window_ms"_s).toInt(rl.globalWindowMs));
        rl.routeLimit = std::max(1, r.value(u"route_limit"_s).toInt(rl.routeLimit));
        rl.routeWindowMs = std::max(1, r.value(u"route_window_ms"_s).toInt(rl.routeWindowMs));
        m_server.m_rateLimiter.configure(rl);
        o.rateLimits = rl;
        const QJsonObject routes = r.value(u"routes"_s).toObject();
        for (auto it = routes.begin(); it != routes.end(); ++it) {
            const QJsonObject lim = it.value().toObject();
            m_server.m_rateLimiter.setRouteLimit(it.key().toUtf8(), lim.value(u"limit"_s).toInt(5),
                                                 lim.value(u"window_ms"_s).toInt(5000));
        }
        m_server.m_rateLimiter.reset();
    }
    return {};
}

} // namespace bw::sandbox
