#include "sandbox/GatewayServer.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/Redact.h"
#include "sandbox/SandboxStats.h"
#include "sandbox/StreamCompressor.h"
#include "sandbox/World.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace bw::sandbox {

namespace {

constexpr qint64 kDefinedIntents
    = 0x3FFFFFF & ~((1LL << 17) | (1LL << 18) | (1LL << 19) | (1LL << 22) | (1LL << 23));

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray controlPayload(int op, const QByteArray &d)
{
    return QByteArray("{\"t\":null,\"s\":null,\"op\":") + QByteArray::number(op) + ",\"d\":" + d + '}';
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toHex();
}

} // namespace

// ---- GatewayServer -------------------------------------------------------------------------------

GatewayServer::GatewayServer(World &world, SandboxOptions &options, SandboxStats &stats, QObject *parent)
    : QObject(parent),
      m_world(world),
      m_options(options),
      m_stats(stats),
      m_clock(options.clock ? options.clock : bw::Clock::system()),
      m_pruneTimer(new QTimer(this))
{
    m_pruneTimer->setInterval(10000);
    connect(m_pruneTimer, &QTimer::timeout, this, &GatewayServer::pruneSessions);
    m_pruneTimer->start();
}

GatewayServer::~GatewayServer()
{
    closeAll();
}

void GatewayServer::closeAll()
{
    const auto connections = m_connections;
    m_connections.clear();
    for (GatewayConnection *c : connections) {
        c->m_closing = true;
        delete c; // the destructor aborts the socket without calling back
    }
    m_sessions.clear();
}

void GatewayServer::accept(std::unique_ptr<QWebSocket> socket)
{
    ++m_stats.connections;
    auto *c = new GatewayConnection(this, std::move(socket));
    if (!c->m_upgradeOk)
        return; // already closing (bad query); it deletes itself when the socket is gone
    m_connections.append(c);
    const QByteArray hello = controlPayload(
        10, QByteArray("{\"heartbeat_interval\":") + QByteArray::number(m_options.heartbeatIntervalMs) + '}');
    c->sendPayload(hello, 10);
    c->restartWatchdog();
}

bool GatewayServer::tokenMatches(QString token) const
{
    if (token.startsWith(QLatin1StringView("Bot ")))
        token = token.mid(4);
    return !m_token.isEmpty() && token.toUtf8() == m_token;
}

void GatewayServer::handleIdentify(GatewayConnection *c, const QJsonObject &d)
{
    ++m_stats.identifies;
    if (!tokenMatches(d.value(QLatin1StringView("token")).toString())) {
        c->closeWith(4004, QStringLiteral("Authentication failed."));
        return;
    }
    const QJsonValue intentsValue = d.value(QLatin1StringView("intents"));
    if (!intentsValue.isDouble()) {
        c->closeWith(4013, QStringLiteral("Invalid intent(s)."));
        return;
    }
    const qint64 intents = qint64(intentsValue.toDouble());
    if (intents < 0 || (intents & ~kDefinedIntents)) {
        c->closeWith(4013, QStringLiteral("Invalid intent(s)."));
        return;
    }
    const qint64 privileged = GatewayServer::kGuildMembers | GatewayServer::kGuildPresences | kMessageContent;
    if ((intents & privileged) & ~m_options.privilegedIntents) {
        c->closeWith(4014, QStringLiteral("Disallowed intent(s)."));
        return;
    }
    int shardId = 0, shardCount = 1;
    const QJsonValue shardValue = d.value(QLatin1StringView("shard"));
    if (!shardValue.isUndefined() && !shardValue.isNull()) {
        const QJsonArray shard = shardValue.toArray();
        if (shard.size() != 2 || !shard.at(0).isDouble() || !shard.at(1).isDouble()) {
            c->closeWith(4010, QStringLiteral("Invalid shard."));
            return;
        }
        shardId = shard.at(0).toInt(-1);
        shardCount = shard.at(1).toInt(0);
        if (shardCount < 1 || shardId < 0 || shardId >= shardCount) {
            c->closeWith(4010, QStringLiteral("Invalid shard."));
            return;
        }
    }
    // identify concurrency: one identify per bucket (shard_id % max_concurrency) per window
    if (m_options.maxConcurrency > 0 && m_options.identifyWindowMs > 0) {
        const int bucket = shardId % m_options.maxConcurrency;
        const qint64 now = m_clock->monotonicMs();
        auto it = m_lastIdentify.find(bucket);
        if (it != m_lastIdentify.end() && now - it.value() < m_options.identifyWindowMs) {
            c->sendPayload(controlPayload(9, "false"), 9);
            return;
        }
        m_lastIdentify.insert(bucket, now);
    }

    auto session = std::make_shared<GatewaySession>();
    session->id = randomHex(16);
    session->shardId = shardId;
    session->shardCount = shardCount;
    session->intents = intents;
    session->connection = c;
    session->presence = d.value(QLatin1StringView("presence")).toObject();
    m_sessions.insert(session->id, session);
    c->m_session = session;
    c->m_identified = true;

    QJsonArray guildStubs;
    QList<quint64> guilds;
    for (quint64 gid : m_world.guildIds()) {
        if (int((gid >> 22) % quint64(shardCount)) != shardId)
            continue;
        guilds.append(gid);
        guildStubs.append(QJsonObject {{QLatin1StringView("id"), QString::number(gid)},
                                       {QLatin1StringView("unavailable"), true}});
    }
    QJsonObject user = m_world.userJson(m_world.botUserId());
    user.insert(QLatin1StringView("verified"), true);
    user.insert(QLatin1StringView("mfa_enabled"), false);
    user.insert(QLatin1StringView("email"), QJsonValue::Null);
    const QJsonObject ready {
        {QLatin1StringView("v"), 10},
        {QLatin1StringView("user"), user},
        {QLatin1StringView("guilds"), guildStubs},
        {QLatin1StringView("session_id"), QString::fromLatin1(session->id)},
        {QLatin1StringView("session_type"), QStringLiteral("normal")},
        {QLatin1StringView("resume_gateway_url"), QString::fromUtf8(m_url)},
        {QLatin1StringView("shard"), QJsonArray {shardId, shardCount}},
        {QLatin1StringView("application"),
         QJsonObject {{QLatin1StringView("id"), QString::number(m_world.applicationId())},
                      {QLatin1StringView("flags"), 0}}},
        {QLatin1StringView("private_channels"), QJsonArray()},
        {QLatin1StringView("relationships"), QJsonArray()},
        {QLatin1StringView("presences"), QJsonArray()},
        {QLatin1StringView("guild_join_requests"), QJsonArray()},
        {QLatin1StringView("user_settings"), QJsonObject()},
        {QLatin1StringView("geo_ordered_rtc_regions"), QJsonArray()},
        {QLatin1StringView("auth"), QJsonObject()},
        {QLatin1StringView("_trace"), QJsonArray {QStringLiteral("[\"botwright-sandbox\",{\"micros\":0}]")}}};
    sendDispatch(*session, "READY", compact(ready));
    // one GUILD_CREATE per READY stub, right away (sent whatever the intents, like Discord does)
    const bool allMembers = intents & kGuildPresences;
    for (quint64 gid : std::as_const(guilds))
        sendDispatch(*session, "GUILD_CREATE", compact(m_world.guildCreateJson(gid, allMembers)));
    Q_EMIT sessionReady(session->id, shardId, shardCount);
}

void GatewayServer::handleResume(GatewayConnection *c, const QJsonObject &d)
{
    ++m_stats.resumes;
    if (!tokenMatches(d.value(QLatin1StringView("token")).toString())) {
        c->closeWith(4004, QStringLiteral("Authentication failed."));
        return;
    }
    const QByteArray sessionId = d.value(QLatin1StringView("session_id")).toString().toLatin1();
    const QJsonValue seqValue = d.value(QLatin1StringView("seq"));
    const int seq = seqValue.isNull() ? 0 : seqValue.toInt(-1);
    auto it = m_sessions.find(sessionId);
    const qint64 now = m_clock->monotonicMs();
    if (it == m_sessions.end()
        || (it.value()->disconnectedAt >= 0 && now - it.value()->disconnectedAt > m_options.resumeWindowMs)) {
        if (it != m_sessions.end())
            m_sessions.erase(it);
        c->sendPayload(controlPayload(9, "false"), 9);
        return;
    }
    std::shared_ptr<GatewaySession> session = it.value();
    if (seq < 0 || seq > session->seq) {
        c->closeWith(4007, QStringLiteral("Invalid seq."));
        return;
    }
    const int oldest = session->replay.empty() ? session->seq + 1 : session->replay.front().first;
    if (seq + 1 < oldest) {
        m_sessions.remove(sessionId);
        c->sendPayload(controlPayload(9, "false"), 9);
        return;
    }
    if (session->connection && session->connection != c) {
        GatewayConnection *old = session->connection;
        old->m_session.reset();
        old->closeWith(4000, QStringLiteral("Session resumed elsewhere."));
    }
    session->connection = c;
    session->disconnectedAt = -1;
    c->m_session = session;
    c->m_identified = true;
    for (const auto &entry : session->replay) {
        if (entry.first > seq)
            c->sendPayload(entry.second, 0);
    }
    sendDispatch(*session, "RESUMED", "{}");
    Q_EMIT sessionResumed(session->id);
}

void GatewayServer::handleRequestMembers(GatewayConnection *c, const QJsonObject &d)
{
    auto session = c->m_session;
    if (!session)
        return;
    QList<quint64> guilds;
    const QJsonValue gv = d.value(QLatin1StringView("guild_id"));
    if (gv.isArray()) {
        for (const QJsonValue &v : gv.toArray())
            guilds.append(v.toString().toULongLong());
    } else {
        guilds.append(gv.toString().toULongLong());
    }
    const QString query = d.value(QLatin1StringView("query")).toString();
    const int limit = d.value(QLatin1StringView("limit")).toInt(0);
    const QJsonArray userIds = d.value(QLatin1StringView("user_ids")).toArray();
    for (quint64 gid : std::as_const(guilds)) {
        const Guild *g = m_world.guild(gid);
        if (!g)
            continue;
        QJsonArray members, notFound;
        for (const Member &m : g->members) {
            const User *u = m_world.user(m.userId);
            if (!userIds.isEmpty()) {
                if (!userIds.contains(QString::number(m.userId)))
                    continue;
            } else if (!query.isEmpty() && u && !u->username.startsWith(query, Qt::CaseInsensitive)) {
                continue;
            }
            if (limit > 0 && members.size() >= limit)
                break;
            members.append(m_world.memberJson(gid, m.userId));
        }
        for (const QJsonValue &v : userIds) {
            if (!g->member(v.toString().toULongLong()))
                notFound.append(v);
        }
        QJsonObject chunk {{QLatin1StringView("guild_id"), QString::number(gid)},
                           {QLatin1StringView("members"), members},
                           {QLatin1StringView("chunk_index"), 0},
                           {QLatin1StringView("chunk_count"), 1}};
        if (!notFound.isEmpty())
            chunk.insert(QLatin1StringView("not_found"), notFound);
        if (d.contains(QLatin1StringView("nonce")))
            chunk.insert(QLatin1StringView("nonce"), d.value(QLatin1StringView("nonce")));
        if (d.value(QLatin1StringView("presences")).toBool())
            chunk.insert(QLatin1StringView("presences"), QJsonArray());
        sendDispatch(*session, "GUILD_MEMBERS_CHUNK", compact(chunk));
    }
}

void GatewayServer::sendDispatch(GatewaySession &s, QByteArrayView type, const QByteArray &dataJson)
{
    const int seq = ++s.seq;
    QByteArray frame;
    frame.reserve(dataJson.size() + type.size() + 40);
    frame.append("{\"t\":\"").append(type).append("\",\"s\":").append(QByteArray::number(seq));
    frame.append(",\"op\":0,\"d\":").append(dataJson).append('}');
    ++m_stats.dispatches[type.toByteArray()];
    if (s.connection && s.connection->m_identified)
        s.connection->sendPayload(frame, 0);
    s.replay.emplace_back(seq, std::move(frame));
    while (int(s.replay.size()) > std::max(1, m_options.replayBufferSize))
        s.replay.pop_front();
}

void GatewayServer::dispatch(QByteArrayView type, quint64 guildId, qint64 requiredIntent,
                             const QJsonObject &data, const QJsonObject *strippedData)
{
    if (m_sessions.isEmpty())
        return;
    dispatchRaw(type, guildId, requiredIntent, compact(data),
                strippedData ? compact(*strippedData) : QByteArray());
}

void GatewayServer::dispatchRaw(QByteArrayView type, quint64 guildId, qint64 requiredIntent,
                                const QByteArray &dataJson, const QByteArray &strippedJson)
{
    for (const auto &s : std::as_const(m_sessions)) {
        const int shard = guildId ? int((guildId >> 22) % quint64(std::max(1, s->shardCount))) : 0;
        if (shard != s->shardId)
            continue;
        if (requiredIntent && !(s->intents & requiredIntent))
            continue;
        const bool stripped = !strippedJson.isEmpty() && !(s->intents & kMessageContent);
        sendDispatch(*s, type, stripped ? strippedJson : dataJson);
    }
}

bool GatewayServer::hasRecipients(quint64 guildId, qint64 requiredIntent, bool *needsStripped) const
{
    bool any = false;
    if (needsStripped)
        *needsStripped = false;
    for (const auto &s : m_sessions) {
        const int shard = guildId ? int((guildId >> 22) % quint64(std::max(1, s->shardCount))) : 0;
        if (shard != s->shardId || (requiredIntent && !(s->intents & requiredIntent)))
            continue;
        any = true;
        if (!needsStripped)
            return true;
        if (!(s->intents & kMessageContent))
            *needsStripped = true;
    }
    return any;
}

int GatewayServer::readyConnectionCount(quint64 guildId) const
{
    int n = 0;
    for (const auto &s : m_sessions) {
        const int shard = guildId ? int((guildId >> 22) % quint64(std::max(1, s->shardCount))) : 0;
        if (shard == s->shardId && s->connection && s->connection->m_identified)
            ++n;
    }
    return n;
}

QList<GatewayConnection *> GatewayServer::targets(const GatewayTarget &target) const
{
    QList<GatewayConnection *> out;
    for (GatewayConnection *c : m_connections) {
        if (c->m_closing)
            continue;
        if (target.shard >= 0 && (!c->m_session || c->m_session->shardId != target.shard))
            continue;
        if (!target.sessionId.isEmpty() && (!c->m_session || c->m_session->id != target.sessionId))
            continue;
        out.append(c);
    }
    return out;
}

int GatewayServer::drop(const GatewayTarget &target)
{
    const auto list = targets(target);
    for (GatewayConnection *c : list)
        c->abort();
    return int(list.size());
}

int GatewayServer::setAckHeartbeats(bool ack, const GatewayTarget &target)
{
    const auto list = targets(target);
    for (GatewayConnection *c : list)
        c->m_ackHeartbeats = ack;
    return int(list.size());
}

int GatewayServer::sendReconnect(const GatewayTarget &target)
{
    const auto list = targets(target);
    for (GatewayConnection *c : list) {
        c->sendPayload(controlPayload(7, "null"), 7);
        QPointer<GatewayConnection> guard(c);
        QTimer::singleShot(5000, this, [guard] {
            if (guard && !guard->m_closing)
                guard->closeWith(4000, QStringLiteral("Reconnect requested."));
        });
    }
    return int(list.size());
}

int GatewayServer::sendInvalidSession(bool resumable, const GatewayTarget &target)
{
    const auto list = targets(target);
    for (GatewayConnection *c : list) {
        c->sendPayload(controlPayload(9, resumable ? "true" : "false"), 9);
        c->m_identified = false;
        if (!resumable && c->m_session) {
            m_sessions.remove(c->m_session->id);
            c->m_session.reset();
        }
    }
    return int(list.size());
}

int GatewayServer::requestHeartbeat(const GatewayTarget &target)
{
    const auto list = targets(target);
    for (GatewayConnection *c : list)
        c->sendPayload(controlPayload(1, "null"), 1);
    return int(list.size());
}

int GatewayServer::sendMalformed(const GatewayTarget &target)
{
    const auto list = targets(target);
    for (GatewayConnection *c : list) {
        if (c->m_compressor) {
            QByteArray garbage("\x13\x37\xde\xad\xbe\xef\x00\x00\xff\xff", 10);
            c->m_socket->sendBinaryMessage(garbage);
        } else {
            c->m_socket->sendTextMessage(QStringLiteral("{\"op\":0,\"d\":{\"truncated\":"));
        }
    }
    return int(list.size());
}

int GatewayServer::closeWith(int code, const QString &reason, const GatewayTarget &target)
{
    const auto list = targets(target);
    for (GatewayConnection *c : list)
        c->closeWith(code, reason);
    return int(list.size());
}

QString GatewayServer::redactedForLog(const QByteArray &payload, const QByteArray &token)
{
    // tokens (op 2/op 6 "token", interaction "token") never reach a log
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    QString text = doc.isObject()
        ? QString::fromUtf8(QJsonDocument(bw::redactJson(doc.object())).toJson(QJsonDocument::Compact))
        : QString::fromUtf8(payload);
    text = bw::redactText(text, QString::fromUtf8(token));
    return text.size() > 400 ? text.left(400) + QStringLiteral("…") : text;
}

bool GatewayServer::closeEndsSession(int code)
{
    return code == 1000 || code == 1001 || (code >= 4003 && code <= 4014);
}

void GatewayServer::connectionGone(GatewayConnection *c, bool endSession)
{
    m_connections.removeAll(c);
    if (auto s = c->m_session) {
        if (s->connection == c || !s->connection) {
            s->connection = nullptr;
            if (endSession)
                m_sessions.remove(s->id);
            else
                s->disconnectedAt = m_clock->monotonicMs();
        }
    }
    c->m_session.reset();
    c->deleteLater();
}

void GatewayServer::pruneSessions()
{
    const qint64 now = m_clock->monotonicMs();
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const auto &s = it.value();
        if (!s->connection && s->disconnectedAt >= 0 && now - s->disconnectedAt > m_options.resumeWindowMs)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

QJsonArray GatewayServer::sessionsJson() const
{
    QJsonArray out;
    for (const auto &s : m_sessions) {
        out.append(
            QJsonObject {{QLatin1StringView("session_id"), QString::fromLatin1(s->id)},
                         {QLatin1StringView("shard"), QJsonArray {s->shardId, s->shardCount}},
                         {QLatin1StringView("intents"), double(s->intents)},
                         {QLatin1StringView("seq"), s->seq},
                         {QLatin1StringView("connected"), !s->connection.isNull()},
                         {QLatin1StringView("compress"),
                          s->connection ? QString::fromLatin1(s->connection->m_compressName) : QString()},
                         {QLatin1StringView("acking_heartbeats"),
                          s->connection ? s->connection->m_ackHeartbeats : false}});
    }
    return out;
}

// ---- GatewayConnection ---------------------------------------------------------------------------

GatewayConnection::GatewayConnection(GatewayServer *server, std::unique_ptr<QWebSocket> socket)
    : QObject(server), m_server(server), m_socket(std::move(socket)), m_watchdog(new QTimer(this))
{
    m_socket->setParent(nullptr);
    m_socket->setMaxAllowedIncomingMessageSize(1024 * 1024);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this,
            [this] { closeWith(4009, QStringLiteral("Session timed out.")); });
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { onMessage(text.toUtf8()); });
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, &GatewayConnection::onMessage);
    connect(m_socket.get(), &QWebSocket::disconnected, this, &GatewayConnection::onDisconnected);
    connect(m_socket.get(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (!m_closing)
            m_dropped = true;
    });

    const QUrlQuery query(m_socket->requestUrl());
    const QString v = query.queryItemValue(QStringLiteral("v"));
    if (!v.isEmpty() && v != QLatin1StringView("10") && v != QLatin1StringView("9")) {
        m_upgradeOk = false;
        closeWith(4012, QStringLiteral("Invalid API version."));
        return;
    }
    m_compressName = query.queryItemValue(QStringLiteral("compress")).toLatin1();
    m_compressor = StreamCompressor::create(m_compressName);
    if (!m_compressor)
        m_compressName.clear();
}

GatewayConnection::~GatewayConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void GatewayConnection::restartWatchdog()
{
    const qint64 timeout = qint64(m_server->m_options.heartbeatIntervalMs)
        * m_server->m_options.heartbeatTimeoutFactorPercent / 100;
    m_watchdog->start(int(std::min<qint64>(timeout, std::numeric_limits<int>::max())));
}

void GatewayConnection::sendPayload(const QByteArray &json, int op)
{
    if (m_closing || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    ++m_server->m_stats.gatewaySent[op];
    if (m_server->m_options.log)
        qCInfo(lcSandbox).noquote() << "gateway >" << GatewayServer::redactedForLog(json, m_server->m_token);
    if (m_compressor)
        m_socket->sendBinaryMessage(m_compressor->compress(json));
    else
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void GatewayConnection::closeWith(int code, const QString &reason)
{
    if (m_closing || !m_socket)
        return;
    m_closing = true;
    m_serverCloseCode = code;
    m_watchdog->stop();
    m_socket->close(QWebSocketProtocol::CloseCode(code), reason);
    // a peer that never answers the close frame is dropped
    QPointer<QWebSocket> socket(m_socket.get());
    QTimer::singleShot(2000, this, [socket] {
        if (socket)
            socket->abort();
    });
}

void GatewayConnection::abort()
{
    m_dropped = true;
    if (m_socket)
        m_socket->abort();
}

void GatewayConnection::onMessage(const QByteArray &bytes)
{
    if (m_closing)
        return;
    GatewayServer *srv = m_server;
    const SandboxOptions &opt = srv->m_options;
    if (bytes.size() > opt.maxPayloadBytes) {
        closeWith(4002, QStringLiteral("Error while decoding payload."));
        return;
    }
    const qint64 now = srv->m_clock->monotonicMs();
    while (!m_recent.empty() && now - m_recent.front() >= opt.gatewaySendWindowMs)
        m_recent.pop_front();
    m_recent.push_back(now);
    if (int(m_recent.size()) > opt.gatewaySendLimit) {
        closeWith(4008, QStringLiteral("Rate limited."));
        return;
    }
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        closeWith(4002, QStringLiteral("Error while decoding payload."));
        return;
    }
    const QJsonObject payload = doc.object();
    const QJsonValue opValue = payload.value(QLatin1StringView("op"));
    const int op = opValue.isDouble() ? opValue.toInt(-1) : -1;
    ++srv->m_stats.gatewayReceived[op];
    if (opt.log)
        qCInfo(lcSandbox).noquote() << "gateway <" << GatewayServer::redactedForLog(bytes, srv->m_token);
    const QJsonObject d = payload.value(QLatin1StringView("d")).toObject();
    switch (op) {
    case 1:
        restartWatchdog();
        if (m_ackHeartbeats)
            sendPayload(controlPayload(11, "null"), 11);
        return;
    case 2:
        if (m_identified) {
            closeWith(4005, QStringLiteral("Already authenticated."));
            return;
        }
        srv->handleIdentify(this, d);
        return;
    case 6:
        if (m_identified) {
            closeWith(4005, QStringLiteral("Already authenticated."));
            return;
        }
        srv->handleResume(this, d);
        return;
    default:
        break;
    }
    if (!m_identified) {
        closeWith(4003, QStringLiteral("Not authenticated."));
        return;
    }
    switch (op) {
    case 3:
        if (m_session)
            m_session->presence = d;
        return;
    case 4:
        return;
    case 8:
        srv->handleRequestMembers(this, d);
        return;
    case 31:
    case 43:
        return;
    default:
        closeWith(4001, QStringLiteral("Unknown opcode."));
        return;
    }
}

void GatewayConnection::onDisconnected()
{
    m_watchdog->stop();
    int code = m_serverCloseCode;
    bool end = false;
    if (code) {
        end = GatewayServer::closeEndsSession(code);
    } else {
        // QWebSocket reports 1000 also for a TCP connection dropped without a close frame; a socket error
        // tells the two apart. A close frame with 1000/1001 ends the session, anything else stays resumable.
        code = m_dropped ? 1006 : int(m_socket->closeCode());
        end = code == 1000 || code == 1001;
    }
    m_closing = true;
    Q_EMIT m_server->connectionClosed(code);
    m_server->connectionGone(this, end);
}

} // namespace bw::sandbox
