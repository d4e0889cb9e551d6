#include "sandbox/SandboxServer.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "sandbox/ControlApi.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/HttpServer.h"
#include "sandbox/RestApi.h"
#include "sandbox/SandboxPersistence.h"

#include <QFile>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bw::sandbox {

struct SandboxServer::Waiter
{
    HttpResponder responder;
    bool untilFinal = true;
    QTimer *timer = nullptr;
    QTimer *deadlineTimer = nullptr;
};

namespace {

QByteArray randomBytes(int n)
{
    QByteArray raw(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        raw[i] = char(QRandomGenerator::global()->generate() & 0xff);
    return raw;
}

QByteArray b64url(const QByteArray &raw)
{
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void fillComponentIds(QJsonArray &components, int &next)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject c = components.at(i).toObject();
        if (c.value(u"id"_s).toInt() == 0)
            c.insert(u"id"_s, next);
        ++next;
        if (c.contains(u"components"_s)) {
            QJsonArray sub = c.value(u"components"_s).toArray();
            fillComponentIds(sub, next);
            c.insert(u"components"_s, sub);
        }
        if (c.contains(u"accessory"_s)) {
            QJsonArray sub {c.value(u"accessory"_s)};
            fillComponentIds(sub, next);
            c.insert(u"accessory"_s, sub.at(0));
        }
        components[i] = c;
    }
}

// Finds an interactive component by custom_id anywhere in a message's component tree.
QJsonObject findComponent(const QJsonArray &components, const QString &customId)
{
    for (const QJsonValue &v : components) {
        const QJsonObject c = v.toObject();
        if (c.value(u"custom_id"_s).toString() == customId)
            return c;
        for (const auto &key : {u"components"_s}) {
            const QJsonObject found = findComponent(c.value(key).toArray(), customId);
            if (!found.isEmpty())
                return found;
        }
        if (c.contains(u"accessory"_s)) {
            const QJsonObject found = findComponent(QJsonArray {c.value(u"accessory"_s)}, customId);
            if (!found.isEmpty())
                return found;
        }
        if (c.contains(u"component"_s)) {
            const QJsonObject found = findComponent(QJsonArray {c.value(u"component"_s)}, customId);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

bw::Error invalid(const QString &message)
{
    return bw::Error::make(bw::Error::Kind::InvalidInput, message);
}

bw::Error notFound(const QString &message)
{
    return bw::Error::make(bw::Error::Kind::NotFound, message);
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_clock(m_options.clock ? m_options.clock : bw::Clock::system()),
      m_world(m_clock)
{
    m_rng.seed(QRandomGenerator::system()->generate());
    m_rateLimiter.configure(m_options.rateLimits);
    m_interactions.setLimit(m_options.interactionRecordLimit);
    m_interactions.setEvictionHandler([this](const Interaction &i) {
        for (auto it = i.ephemeralMessages.keyBegin(); it != i.ephemeralMessages.keyEnd(); ++it)
            m_ephemeralIndex.remove(*it);
    });
    m_world.setMessageHistoryLimit(m_options.messageHistoryLimit);
    if (sodium_init() < 0)
        qCWarning(lcSandbox) << "libsodium could not be initialised";
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    m_publicKeyHex = QString::fromLatin1(QByteArray(reinterpret_cast<char *>(pk), sizeof pk).toHex());
    m_secretKey = QByteArray(reinterpret_cast<char *>(sk), sizeof sk);
}

SandboxServer::~SandboxServer()
{
    stop();
}

bw::Result<quint16> SandboxServer::start()
{
    if (m_port)
        return m_port;
    // the world: state file, else world file, else defaults (kept as it is when restarted)
    bool loaded = !m_world.guildIds().isEmpty();
    if (!loaded && !m_options.stateFile.isEmpty()) {
        m_persistence = std::make_unique<SandboxPersistence>(m_options.stateFile);
        auto state = m_persistence->load();
        if (!state.ok())
            return state.error();
        if (!state->isEmpty()) {
            const QString err = m_world.loadJson(*state);
            if (!err.isEmpty())
                return invalid(u"The sandbox state in %1 is invalid: %2"_s.arg(m_options.stateFile, err));
            loaded = true;
        }
    }
    if (!loaded && !m_options.worldFile.isEmpty()) {
        QFile f(m_options.worldFile);
        if (!f.open(QIODevice::ReadOnly))
            return bw::Error::make(
                bw::Error::Kind::Io,
                u"Cannot read the world file %1: %2"_s.arg(m_options.worldFile, f.errorString()));
        QJsonParseError perr {};
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return invalid(
                u"The world file %1 is not a JSON object: %2"_s.arg(m_options.worldFile, perr.errorString()));
        const QString err = m_world.loadJson(doc.object());
        if (!err.isEmpty())
            return invalid(u"The world file %1 is invalid: %2"_s.arg(m_options.worldFile, err));
        loaded = true;
    }
    if (!loaded)
        m_world.makeDefault();

    if (m_token.isEmpty())
        m_token = m_options.token;
    if (m_token.isEmpty()) {
        const QByteArray idPart = b64url(QByteArray::number(m_world.botUserId()));
        qint64 ts = m_clock->now().toSecsSinceEpoch();
        QByteArray tsBytes(4, 0);
        for (int i = 3; i >= 0; --i, ts >>= 8)
            tsBytes[i] = char(ts & 0xff);
        m_token
            = QString::fromLatin1(idPart + '.' + b64url(tsBytes) + '.' + b64url(randomBytes(28)).left(38));
    }

    m_http = new HttpServer(this);
    m_gateway = new GatewayServer(m_world, m_options, m_stats, this);
    m_rest = std::make_unique<RestApi>(*this);
    m_control = std::make_unique<ControlApi>(*this);
    m_http->setHandler([this](HttpRequest &request, HttpResponder responder) {
        handleRequest(request, std::move(responder));
    });
    connect(m_http, &HttpServer::newWebSocket, this, [this] {
        while (auto socket = m_http->nextPendingWebSocket())
            m_gateway->accept(std::move(socket));
    });
    connect(m_gateway, &GatewayServer::sessionReady, this,
            [this](const QByteArray &id, int shard, int count) {
                Q_EMIT sessionReady(QString::fromLatin1(id), shard, count);
            });
    const quint16 port = m_http->listen(m_options.port);
    if (!port) {
        const QString err = m_http->errorString();
        delete m_gateway;
        m_gateway = nullptr;
        delete m_http;
        m_http = nullptr;
        return bw::Error::make(
            bw::Error::Kind::Network,
            u"The sandbox cannot listen on 127.0.0.1:%1: %2"_s.arg(m_options.port).arg(err));
    }
    m_port = port;
    m_gateway->setToken(m_token.toUtf8());
    m_gateway->setUrl(gatewayUrl().toString().toUtf8());
    qCInfo(lcSandbox).noquote() << "sandbox listening on" << apiBase().toString();
    if (m_persistence)
        scheduleSave();
    return m_port;
}

void SandboxServer::stop()
{
    if (!m_port)
        return;
    if (m_persistence)
        (void)saveState();
    for (auto &list : m_waiters) {
        for (auto &w : list) {
            delete w->timer;
            delete w->deadlineTimer;
            w->responder.send(503, QByteArray(), {});
        }
    }
    m_waiters.clear();
    if (m_gateway)
        m_gateway->closeAll();
    if (m_http)
        m_http->close();
    delete m_gateway;
    m_gateway = nullptr;
    delete m_http;
    m_http = nullptr;
    m_port = 0;
}

QUrl SandboxServer::apiBase() const
{
    return QUrl(u"http://127.0.0.1:%1/api/v10"_s.arg(m_port));
}

QUrl SandboxServer::gatewayUrl() const
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_port));
}

QString SandboxServer::applicationId() const
{
    return QString::number(m_world.applicationId());
}

QString SandboxServer::botUserId() const
{
    return QString::number(m_world.botUserId());
}

void SandboxServer::handleRequest(HttpRequest &request, HttpResponder responder)
{
    if (request.path.startsWith("/api/") || request.path == "/api") {
        m_rest->handle(request, std::move(responder));
        return;
    }
    if (request.path.startsWith("/_sandbox/")) {
        m_control->handle(request, std::move(responder));
        return;
    }
    if (request.path.startsWith("/attachments/")) {
        responder.send(200, QByteArray(), "application/octet-stream");
        return;
    }
    responder.sendJson(404, R"({"message":"404: Not Found","code":0})");
}

QString SandboxServer::defaultChannelId(const QString &name) const
{
    for (quint64 gid : m_world.guildIds()) {
        for (quint64 cid : m_world.guild(gid)->channelIds) {
            if (m_world.channel(cid)->name == name)
                return QString::number(cid);
        }
    }
    return {};
}

QString SandboxServer::userId(const QString &nameOrId) const
{
    const User *u = m_world.findUser(nameOrId);
    return u ? QString::number(u->id) : QString();
}

QJsonObject SandboxServer::worldSnapshot() const
{
    QJsonArray users;
    for (const User *u : m_world.users())
        users.append(m_world.userJson(*u));
    QJsonArray guilds;
    for (quint64 gid : m_world.guildIds()) {
        QJsonObject g = m_world.guildCreateJson(gid, true);
        QJsonArray channels;
        for (const QJsonValue &cv : g.value(u"channels"_s).toArray()) {
            QJsonObject c = cv.toObject();
            c.insert(u"messages"_s,
                     m_world.messages(c.value(u"id"_s).toString().toULongLong(), 100, 0, 0, 0));
            channels.append(c);
        }
        g.insert(u"channels"_s, channels);
        guilds.append(g);
    }
    QJsonObject commands;
    for (auto it = m_world.allCommands().begin(); it != m_world.allCommands().end(); ++it) {
        QJsonArray list;
        for (const QJsonObject &c : it.value())
            list.append(c);
        commands.insert(it.key() ? QString::number(it.key()) : u"global"_s, list);
    }
    return QJsonObject {{u"bot"_s, m_world.userJson(m_world.botUserId())},
                        {u"application_id"_s, applicationId()},
                        {u"users"_s, users},
                        {u"guilds"_s, guilds},
                        {u"commands"_s, commands}};
}

QJsonObject SandboxServer::statsJson() const
{
    QJsonObject o = m_stats.toJson();
    o.insert(u"sessions"_s, m_gateway ? m_gateway->sessionsJson() : QJsonArray());
    o.insert(u"faults"_s, m_faults.toJson());
    return o;
}

// ---- messages and dispatches ----------------------------------------------------------------------

QJsonObject SandboxServer::buildMessage(quint64 channelId, quint64 authorId, const QJsonObject &body,
                                        int type, const QJsonObject &extra)
{
    static const QRegularExpression userMention(u"<@!?(\\d{15,20})>"_s);
    static const QRegularExpression roleMention(u"<@&(\\d{15,20})>"_s);
    const quint64 id = m_world.mint();
    const QString content = body.value(u"content"_s).toString();
    QJsonArray mentions, mentionRoles;
    if (content.contains(u'<')) {
        auto it = userMention.globalMatch(content);
        QSet<quint64> seen;
        while (it.hasNext()) {
            const quint64 uid = it.next().captured(1).toULongLong();
            if (!seen.contains(uid) && m_world.user(uid)) {
                seen.insert(uid);
                mentions.append(m_world.userJson(uid));
            }
        }
        auto rit = roleMention.globalMatch(content);
        while (rit.hasNext())
            mentionRoles.append(rit.next().captured(1));
    }
    QJsonArray embeds = body.value(u"embeds"_s).toArray();
    for (qsizetype i = 0; i < embeds.size(); ++i) {
        QJsonObject e = embeds.at(i).toObject();
        if (!e.contains(u"type"_s))
            e.insert(u"type"_s, u"rich"_s);
        embeds[i] = e;
    }
    QJsonArray components = body.value(u"components"_s).toArray();
    int next = 1;
    fillComponentIds(components, next);
    QJsonObject m {
        {u"id"_s, QString::number(id)},
        {u"channel_id"_s, QString::number(channelId)},
        {u"author"_s, m_world.userJson(authorId)},
        {u"content"_s, content},
        {u"timestamp"_s, m_world.timestampNow()},
        {u"edited_timestamp"_s, QJsonValue::Null},
        {u"tts"_s, body.value(u"tts"_s).toBool()},
        {u"mention_everyone"_s, content.contains(u"@everyone"_s) || content.contains(u"@here"_s)},
        {u"mentions"_s, mentions},
        {u"mention_roles"_s, mentionRoles},
        {u"attachments"_s, body.value(u"attachments"_s).toArray()},
        {u"embeds"_s, embeds},
        {u"components"_s, components},
        {u"pinned"_s, false},
        {u"type"_s, type},
        {u"flags"_s, double(qint64(body.value(u"flags"_s).toDouble()) & (4 | 4096 | 8192 | 32768))}};
    if (body.contains(u"nonce"_s))
        m.insert(u"nonce"_s, body.value(u"nonce"_s));
    if (body.contains(u"poll"_s))
        m.insert(u"poll"_s, body.value(u"poll"_s));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

void SandboxServer::dispatchMessage(QByteArrayView type, const QJsonObject &message, quint64 guildId)
{
    QJsonObject d = message;
    const quint64 authorId = message.value(u"author"_s).toObject().value(u"id"_s).toString().toULongLong();
    if (guildId) {
        d.insert(u"guild_id"_s, QString::number(guildId));
        const QJsonObject member = m_world.memberJson(guildId, authorId, false);
        if (!member.isEmpty() && !message.contains(u"webhook_id"_s))
            d.insert(u"member"_s, member);
    }
    emitEvent(type, d);
    if (!m_gateway)
        return;
    const qint64 intent = guildId ? GatewayServer::kGuildMessages : GatewayServer::kDirectMessages;
    const QByteArray full = compact(d);
    QByteArray stripped;
    bool mentionsBot = false;
    for (const QJsonValue &v : message.value(u"mentions"_s).toArray()) {
        if (v.toObject().value(u"id"_s).toString().toULongLong() == m_world.botUserId())
            mentionsBot = true;
    }
    if (authorId != m_world.botUserId() && !mentionsBot) {
        QJsonObject s = d;
        s.insert(u"content"_s, QString());
        s.insert(u"embeds"_s, QJsonArray());
        s.insert(u"attachments"_s, QJsonArray());
        s.insert(u"components"_s, QJsonArray());
        s.remove(u"poll"_s);
        stripped = compact(s);
    }
    m_gateway->dispatchRaw(type, guildId, intent, full, stripped);
}

void SandboxServer::dispatchMessageDelete(quint64 channelId, quint64 messageId)
{
    const Channel *c = m_world.channel(channelId);
    QJsonObject d {{u"id"_s, QString::number(messageId)}, {u"channel_id"_s, QString::number(channelId)}};
    if (c && c->guildId)
        d.insert(u"guild_id"_s, QString::number(c->guildId));
    emitEvent("MESSAGE_DELETE", d);
    if (m_gateway)
        m_gateway->dispatch("MESSAGE_DELETE", c ? c->guildId : 0,
                            c && c->guildId ? GatewayServer::kGuildMessages : GatewayServer::kDirectMessages,
                            d);
}

void SandboxServer::dispatchMemberUpdate(quint64 guildId, quint64 userId)
{
    QJsonObject d = m_world.memberJson(guildId, userId, true);
    d.insert(u"guild_id"_s, QString::number(guildId));
    emitEvent("GUILD_MEMBER_UPDATE", d);
    if (m_gateway)
        m_gateway->dispatch("GUILD_MEMBER_UPDATE", guildId,
                            userId == m_world.botUserId() ? 0 : GatewayServer::kGuildMembers, d);
}

void SandboxServer::emitEvent(QByteArrayView type, const QJsonObject &data)
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&SandboxServer::eventDispatched);
    if (isSignalConnected(signal))
        Q_EMIT eventDispatched(QString::fromLatin1(type), data);
}

// ---- simulation -----------------------------------------------------------------------------------

QByteArray SandboxServer::newInteractionToken(quint64 id)
{
    quint32 words[15];
    m_rng.fillRange(words);
    return "aW50ZXJhY3Rpb246"
        + b64url(QByteArray::number(id) + ':'
                 + QByteArray(reinterpret_cast<const char *>(words), sizeof words));
}

std::optional<SandboxServer::SourceMessage> SandboxServer::findSourceMessage(quint64 messageId) const
{
    auto *self = const_cast<SandboxServer *>(this);
    if (const QJsonObject *m = self->m_world.message(messageId))
        return SourceMessage {*m, m_world.channelOfMessage(messageId), false, 0};
    const quint64 iid = m_ephemeralIndex.value(messageId);
    if (iid) {
        if (Interaction *i = self->m_interactions.find(iid)) {
            auto it = i->ephemeralMessages.constFind(messageId);
            if (it != i->ephemeralMessages.cend())
                return SourceMessage {it.value(), i->channelId, true, iid};
        }
    }
    return std::nullopt;
}

QJsonObject *SandboxServer::interactionMessage(Interaction &i, quint64 messageId, bool *ephemeral)
{
    *ephemeral = false;
    auto it = i.ephemeralMessages.find(messageId);
    if (it != i.ephemeralMessages.end()) {
        *ephemeral = true;
        return &it.value();
    }
    const quint64 iid = m_ephemeralIndex.value(messageId);
    if (iid && iid != i.id) {
        if (Interaction *other = m_interactions.find(iid)) {
            auto oit = other->ephemeralMessages.find(messageId);
            if (oit != other->ephemeralMessages.end()) {
                *ephemeral = true;
                return &oit.value();
            }
        }
    }
    return m_world.message(messageId);
}

QJsonObject SandboxServer::interactionBase(const User &user, quint64 guildId, quint64 channelId) const
{
    const Channel *channel = m_world.channel(channelId);
    QJsonObject member = m_world.memberJson(guildId, user.id, true);
    member.insert(u"permissions"_s, m_world.permissionsOf(guildId, user.id));
    return QJsonObject {
        {u"application_id"_s, applicationId()},
        {u"version"_s, 1},
        {u"guild_id"_s, QString::number(guildId)},
        {u"guild"_s,
         QJsonObject {
             {u"id"_s, QString::number(guildId)}, {u"locale"_s, u"en-US"_s}, {u"features"_s, QJsonArray()}}},
        {u"channel_id"_s, QString::number(channelId)},
        {u"channel"_s, channel ? m_world.channelJson(*channel) : QJsonObject()},
        {u"member"_s, member},
        {u"app_permissions"_s, m_world.permissionsOf(guildId, m_world.botUserId())},
        {u"locale"_s, u"en-US"_s},
        {u"guild_locale"_s, u"en-US"_s},
        {u"entitlements"_s, QJsonArray()},
        {u"entitlement_sku_ids"_s, QJsonArray()},
        {u"authorizing_integration_owners"_s, QJsonObject {{u"0"_s, QString::number(guildId)}}},
        {u"context"_s, 0},
        {u"attachment_size_limit"_s, 10485760}};
}

bw::Result<QString> SandboxServer::deliverInteraction(Interaction record, QJsonObject payload)
{
    if (!m_port)
        return bw::Error::make(bw::Error::Kind::Unavailable, u"The sandbox is not running."_s);
    record.id = m_world.mint();
    record.token = newInteractionToken(record.id);
    record.createdMs = m_clock->monotonicMs();
    record.createdWallMs = m_clock->now().toMSecsSinceEpoch();
    payload.insert(u"id"_s, QString::number(record.id));
    payload.insert(u"token"_s, QString::fromLatin1(record.token));
    payload.insert(u"type"_s, record.type);
    const int delivered = m_gateway->readyConnectionCount(record.guildId);
    record.events.append(
        QJsonObject {{u"kind"_s, u"created"_s}, {u"at_ms"_s, 0}, {u"delivered_to"_s, delivered}});
    const quint64 id = record.id;
    m_interactions.add(std::move(record));
    ++m_stats.interactionsCreated;
    emitEvent("INTERACTION_CREATE", payload);
    m_gateway->dispatchRaw("INTERACTION_CREATE", payload.value(u"guild_id"_s).toString().toULongLong(), 0,
                           compact(payload));
    return QString::number(id);
}

bw::Result<QString> SandboxServer::simulateMessage(const QString &userKey, const QString &channelId,
                                                   const QString &content, const QJsonObject &extra)
{
    const User *user = m_world.findUser(userKey);
    if (!user)
        return notFound(u"Unknown user \"%1\"."_s.arg(userKey));
    const quint64 cid = channelId.toULongLong();
    const Channel *channel = m_world.channel(cid);
    if (!channel)
        return notFound(u"Unknown channel %1."_s.arg(channelId));
    if (content.isEmpty() && extra.value(u"embeds"_s).toArray().isEmpty())
        return invalid(u"A message needs content."_s);
    if (content.size() > 2000)
        return invalid(u"Content must be 2000 or fewer characters."_s);
    QJsonObject body = extra;
    body.insert(u"content"_s, content);
    body.remove(u"components"_s);
    const QJsonObject message = buildMessage(cid, user->id, body, 0, {});
    m_world.insertMessage(cid, message);
    dispatchMessage("MESSAGE_CREATE", message, channel->guildId);
    scheduleSave();
    return message.value(u"id"_s).toString();
}

namespace {

struct ComponentTarget
{
    SandboxServer *server;
};

} // namespace

bw::Result<QString> SandboxServer::simulateClick(const QString &userKey, const QString &messageId,
                                                 const QString &customId)
{
    const User *user = m_world.findUser(userKey);
    if (!user)
        return notFound(u"Unknown user \"%1\"."_s.arg(userKey));
    auto source = findSourceMessage(messageId.toULongLong());
    if (!source)
        return notFound(u"Unknown message %1."_s.arg(messageId));
    const QJsonObject component = findComponent(source->message.value(u"components"_s).toArray(), customId);
    if (component.isEmpty() || component.value(u"type"_s).toInt() != 2)
        return notFound(u"Message %1 has no button with custom_id \"%2\"."_s.arg(messageId, customId));
    if (component.value(u"disabled"_s).toBool())
        return invalid(u"The button \"%1\" is disabled."_s.arg(customId));
    const Channel *channel = m_world.channel(source->channelId);
    const quint64 guildId = channel ? channel->guildId : 0;
    QJsonObject payload = interactionBase(*user, guildId, source->channelId);
    QJsonObject message = source->message;
    if (guildId)
        message.insert(u"guild_id"_s, QString::number(guildId));
    payload.insert(u"message"_s, message);
    QJsonObject data {{u"custom_id"_s, customId}, {u"component_type"_s, 2}};
    if (component.contains(u"id"_s))
        data.insert(u"id"_s, component.value(u"id"_s));
    payload.insert(u"data"_s, data);
    Interaction rec;
    rec.type = 3;
    rec.componentType = 2;
    rec.customId = customId;
    rec.userId = user->id;
    rec.guildId = guildId;
    rec.channelId = source->channelId;
    rec.sourceMessageId = messageId.toULongLong();
    rec.sourceEphemeral = source->ephemeral;
    return deliverInteraction(std::move(rec), std::move(payload));
}

bw::Result<int> SandboxServer::simulateClicks(const QString &userKey, const QString &messageId,
                                              const QString &customId, int count)
{
    // The first click is built normally; the rest reuse its serialized payload with a new id and token.
    auto first = simulateClick(userKey, messageId, customId);
    if (!first.ok())
        return first.error();
    if (count <= 1)
        return 1;
    const Interaction *proto = m_interactions.find(first->toULongLong());
    const QByteArray protoId = first->toLatin1();
    const QByteArray protoToken = proto->token;
    const Interaction templ = *proto;
    auto source = findSourceMessage(messageId.toULongLong());
    const User *user = m_world.findUser(userKey);
    QJsonObject payload = interactionBase(*user, templ.guildId, templ.channelId);
    QJsonObject message = source->message;
    if (templ.guildId)
        message.insert(u"guild_id"_s, QString::number(templ.guildId));
    payload.insert(u"message"_s, message);
    const QJsonObject component = findComponent(message.value(u"components"_s).toArray(), customId);
    QJsonObject data {{u"custom_id"_s, customId}, {u"component_type"_s, 2}};
    if (component.contains(u"id"_s))
        data.insert(u"id"_s, component.value(u"id"_s));
    payload.insert(u"data"_s, data);
    payload.insert(u"type"_s, 3);
    payload.insert(u"id"_s, u"@@ID@@"_s);
    payload.insert(u"token"_s, u"@@TOKEN@@"_s);
    const QByteArray json = compact(payload);
    const qsizetype idPos = json.indexOf("@@ID@@");
    const qsizetype tokenPos = json.indexOf("@@TOKEN@@");
    const bool idFirst = idPos < tokenPos;
    const QByteArray partA = json.left(std::min(idPos, tokenPos));
    const QByteArray partB
        = idFirst ? json.mid(idPos + 6, tokenPos - idPos - 6) : json.mid(tokenPos + 9, idPos - tokenPos - 9);
    const QByteArray partC = json.mid(std::max(idPos, tokenPos) + (idFirst ? 9 : 6));
    const int delivered = m_gateway->readyConnectionCount(templ.guildId);
    const QJsonArray createdEvents {
        QJsonObject {{u"kind"_s, u"created"_s}, {u"at_ms"_s, 0}, {u"delivered_to"_s, delivered}}};
    QByteArray out;
    for (int n = 1; n < count; ++n) {
        Interaction rec;
        rec.type = 3;
        rec.componentType = 2;
        rec.customId = templ.customId;
        rec.userId = templ.userId;
        rec.guildId = templ.guildId;
        rec.channelId = templ.channelId;
        rec.sourceMessageId = templ.sourceMessageId;
        rec.sourceEphemeral = templ.sourceEphemeral;
        rec.id = m_world.mint();
        rec.token = newInteractionToken(rec.id);
        rec.createdMs = m_clock->monotonicMs();
        rec.createdWallMs = templ.createdWallMs;
        rec.events = createdEvents;
        const QByteArray idText = QByteArray::number(rec.id);
        out.clear();
        out.reserve(json.size() + 256);
        out.append(partA)
            .append(idFirst ? idText : rec.token)
            .append(partB)
            .append(idFirst ? rec.token : idText)
            .append(partC);
        m_interactions.add(std::move(rec));
        ++m_stats.interactionsCreated;
        m_gateway->dispatchRaw("INTERACTION_CREATE", templ.guildId, 0, out);
    }
    Q_UNUSED(protoId);
    Q_UNUSED(protoToken);
    return count;
}

bw::Result<QString> SandboxServer::simulateSelect(const QString &userKey, const QString &messageId,
                                                  const QString &customId, const QStringList &values)
{
    const User *user = m_world.findUser(userKey);
    if (!user)
        return notFound(u"Unknown user \"%1\"."_s.arg(userKey));
    auto source = findSourceMessage(messageId.toULongLong());
    if (!source)
        return notFound(u"Unknown message %1."_s.arg(messageId));
    const QJsonObject component = findComponent(source->message.value(u"components"_s).toArray(), customId);
    const int ctype = component.value(u"type"_s).toInt();
    if (component.isEmpty() || !(ctype == 3 || (ctype >= 5 && ctype <= 8)))
        return notFound(u"Message %1 has no select menu with custom_id \"%2\"."_s.arg(messageId, customId));
    if (component.value(u"disabled"_s).toBool())
        return invalid(u"The select menu \"%1\" is disabled."_s.arg(customId));
    const int minValues = component.value(u"min_values"_s).toInt(1);
    const int maxValues = component.value(u"max_values"_s).toInt(1);
    if (values.size() < minValues || values.size() > maxValues)
        return invalid(u"Pick between %1 and %2 values."_s.arg(minValues).arg(maxValues));
    const Channel *channel = m_world.channel(source->channelId);
    const quint64 guildId = channel ? channel->guildId : 0;
    QJsonObject resolved, users, members, roles, channels;
    for (const QString &v : values) {
        if (ctype == 3) {
            bool found = false;
            for (const QJsonValue &o : component.value(u"options"_s).toArray())
                found = found || o.toObject().value(u"value"_s).toString() == v;
            if (!found)
                return invalid(u"\"%1\" is not an option of \"%2\"."_s.arg(v, customId));
            continue;
        }
        const quint64 id = v.toULongLong();
        const Guild *g = m_world.guild(guildId);
        if ((ctype == 5 || ctype == 7) && m_world.user(id)) {
            users.insert(v, m_world.userJson(id));
            QJsonObject mj = m_world.memberJson(guildId, id, false);
            if (!mj.isEmpty()) {
                mj.remove(u"deaf"_s);
                mj.remove(u"mute"_s);
                mj.insert(u"permissions"_s, m_world.permissionsOf(guildId, id));
                members.insert(v, mj);
            }
        } else if ((ctype == 6 || ctype == 7) && g && g->role(id)) {
            roles.insert(v, m_world.roleJson(*g->role(id)));
        } else if (ctype == 8 && m_world.channel(id)) {
            QJsonObject cj = m_world.channelJson(*m_world.channel(id));
            cj.insert(u"permissions"_s, m_world.permissionsOf(guildId, user->id));
            channels.insert(v, cj);
        } else {
            return invalid(u"\"%1\" is not a valid choice for the select menu \"%2\"."_s.arg(v, customId));
        }
    }
    if (!users.isEmpty())
        resolved.insert(u"users"_s, users);
    if (!members.isEmpty())
        resolved.insert(u"members"_s, members);
    if (!roles.isEmpty())
        resolved.insert(u"roles"_s, roles);
    if (!channels.isEmpty())
        resolved.insert(u"channels"_s, channels);
    QJsonObject payload = interactionBase(*user, guildId, source->channelId);
    QJsonObject message = source->message;
    if (guildId)
        message.insert(u"guild_id"_s, QString::number(guildId));
    payload.insert(u"message"_s, message);
    QJsonObject data {{u"custom_id"_s, customId},
                      {u"component_type"_s, ctype},
                      {u"values"_s, QJsonArray::fromStringList(values)}};
    if (component.contains(u"id"_s))
        data.insert(u"id"_s, component.value(u"id"_s));
    if (!resolved.isEmpty())
        data.insert(u"resolved"_s, resolved);
    payload.insert(u"data"_s, data);
    Interaction rec;
    rec.type = 3;
    rec.componentType = ctype;
    rec.customId = customId;
    rec.userId = user->id;
    rec.guildId = guildId;
    rec.channelId = source->channelId;
    rec.sourceMessageId = messageId.toULongLong();
    rec.sourceEphemeral = source->ephemeral;
    return deliverInteraction(std::move(rec), std::move(payload));
}

bw::Result<QString> SandboxServer::simulateModalSubmit(const QString &userKey,
                                                       const QString &modalInteractionId,
                                                       const QJsonObject &values)
{
    Interaction *opener = m_interactions.find(modalInteractionId.toULongLong());
    if (!opener)
        return notFound(u"Unknown interaction %1."_s.arg(modalInteractionId));
    if (opener->responseType != 9 || opener->modal.isEmpty())
        return invalid(u"Interaction %1 did not open a modal."_s.arg(modalInteractionId));
    const User *user = userKey.isEmpty() ? m_world.user(opener->userId) : m_world.findUser(userKey);
    if (!user)
        return notFound(u"Unknown user \"%1\"."_s.arg(userKey));
    const QJsonObject modal = opener->modal;
    QJsonArray components;
    QString problem;
    auto valueOf = [&](const QJsonObject &input) -> QJsonObject {
        const int type = input.value(u"type"_s).toInt();
        const QString cid = input.value(u"custom_id"_s).toString();
        QJsonObject out {{u"type"_s, type}, {u"custom_id"_s, cid}};
        if (input.contains(u"id"_s))
            out.insert(u"id"_s, input.value(u"id"_s));
        const QJsonValue given = values.value(cid);
        if (type == 4) {
            const QString text = given.isUndefined() ? input.value(u"value"_s).toString() : given.toString();
            const bool required = input.value(u"required"_s).toBool(true);
            if (required && text.isEmpty())
                problem = u"The text input \"%1\" is required."_s.arg(cid);
            const int maxLength = input.value(u"max_length"_s).toInt(4000);
            const int minLength = input.value(u"min_length"_s).toInt(0);
            if (!text.isEmpty() && (text.size() > maxLength || text.size() < minLength))
                problem = u"The text input \"%1\" needs %2 to %3 characters."_s.arg(cid).arg(minLength).arg(
                    maxLength);
            out.insert(u"value"_s, text);
        } else if (type == 3 || (type >= 5 && type <= 8) || type == 19 || type == 22) {
            out.insert(u"values"_s, given.isArray() ? given.toArray() : QJsonArray());
        } else if (type == 21) {
            out.insert(u"value"_s, given.isUndefined() ? QJsonValue(QJsonValue::Null) : given);
        } else if (type == 23) {
            out.insert(u"value"_s, given.toBool());
        }
        return out;
    };
    for (const QJsonValue &v : modal.value(u"components"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const int type = c.value(u"type"_s).toInt();
        if (type == 1) {
            QJsonArray inner;
            for (const QJsonValue &iv : c.value(u"components"_s).toArray())
                inner.append(valueOf(iv.toObject()));
            QJsonObject row {{u"type"_s, 1}, {u"components"_s, inner}};
            if (c.contains(u"id"_s))
                row.insert(u"id"_s, c.value(u"id"_s));
            components.append(row);
        } else if (type == 18) {
            QJsonObject label {{u"type"_s, 18},
                               {u"component"_s, valueOf(c.value(u"component"_s).toObject())}};
            if (c.contains(u"id"_s))
                label.insert(u"id"_s, c.value(u"id"_s));
            components.append(label);
        } else if (type == 10) {
            components.append(QJsonObject {{u"type"_s, 10}, {u"id"_s, c.value(u"id"_s)}});
        }
    }
    if (!problem.isEmpty())
        return invalid(problem);
    QJsonObject payload = interactionBase(*user, opener->guildId, opener->channelId);
    if (opener->sourceMessageId) {
        if (auto source = findSourceMessage(opener->sourceMessageId)) {
            QJsonObject message = source->message;
            if (opener->guildId)
                message.insert(u"guild_id"_s, QString::number(opener->guildId));
            payload.insert(u"message"_s, message);
        }
    }
    payload.insert(
        u"data"_s,
        QJsonObject {{u"custom_id"_s, modal.value(u"custom_id"_s)}, {u"components"_s, components}});
    Interaction rec;
    rec.type = 5;
    rec.customId = modal.value(u"custom_id"_s).toString();
    rec.userId = user->id;
    rec.guildId = opener->guildId;
    rec.channelId = opener->channelId;
    rec.sourceMessageId = opener->sourceMessageId;
    rec.sourceEphemeral = opener->sourceEphemeral;
    rec.modalFromInteraction = opener->id;
    return deliverInteraction(std::move(rec), std::move(payload));
}

bw::Result<QString> SandboxServer::simulateCommand(const QString &userKey, const QString &channelId,
                                                   const QString &name, const QJsonArray &options,
                                                   int commandType, const QString &targetId)
{
    const User *user = m_world.findUser(userKey);
    if (!user)
        return notFound(u"Unknown user \"%1\"."_s.arg(userKey));
    const quint64 cid = channelId.toULongLong();
    const Channel *channel = m_world.channel(cid);
    if (!channel)
        return notFound(u"Unknown channel %1."_s.arg(channelId));
    const QJsonObject *command = m_world.findCommand(channel->guildId, name, commandType);
    if (!command)
        return notFound(
            u"No command \"%1\" (type %2) is registered for this guild or globally."_s.arg(name).arg(
                commandType));
    // fill option types from the definition and collect resolved objects
    QJsonObject users, members, roles, channels, messages;
    const quint64 guildId = channel->guildId;
    std::function<QJsonArray(const QJsonArray &, const QJsonArray &, QString &)> fill
        = [&](const QJsonArray &given, const QJsonArray &defs, QString &err) {
              QJsonArray out;
              for (const QJsonValue &gv : given) {
                  QJsonObject o = gv.toObject();
                  const QString oname = o.value(u"name"_s).toString();
                  QJsonObject def;
                  for (const QJsonValue &dv : defs) {
                      if (dv.toObject().value(u"name"_s).toString() == oname)
                          def = dv.toObject();
                  }
                  if (def.isEmpty()) {
                      err = u"The command has no option \"%1\"."_s.arg(oname);
                      return out;
                  }
                  const int type = def.value(u"type"_s).toInt();
                  o.insert(u"type"_s, type);
                  if (type == 1 || type == 2) {
                      o.insert(u"options"_s,
                               fill(o.value(u"options"_s).toArray(), def.value(u"options"_s).toArray(), err));
                  } else {
                      const QString v = o.value(u"value"_s).toVariant().toString();
                      const quint64 id = v.toULongLong();
                      if (type == 6 || (type == 9 && m_world.user(id))) {
                          if (!m_world.user(id)) {
                              err = u"Option \"%1\": unknown user %2."_s.arg(oname, v);
                              return out;
                          }
                          users.insert(v, m_world.userJson(id));
                          QJsonObject mj = m_world.memberJson(guildId, id, false);
                          if (!mj.isEmpty()) {
                              mj.insert(u"permissions"_s, m_world.permissionsOf(guildId, id));
                              members.insert(v, mj);
                          }
                          o.insert(u"value"_s, v);
                      } else if (type == 8 || type == 9) {
                          const Guild *g = m_world.guild(guildId);
                          if (!g || !g->role(id)) {
                              err = u"Option \"%1\": unknown role %2."_s.arg(oname, v);
                              return out;
                          }
                          roles.insert(v, m_world.roleJson(*g->role(id)));
                          o.insert(u"value"_s, v);
                      } else if (type == 7) {
                          if (!m_world.channel(id)) {
                              err = u"Option \"%1\": unknown channel %2."_s.arg(oname, v);
                              return out;
                          }
                          channels.insert(v, m_world.channelJson(*m_world.channel(id)));
                          o.insert(u"value"_s, v);
                      }
                  }
                  out.append(o);
              }
              for (const QJsonValue &dv : defs) {
                  const QJsonObject def = dv.toObject();
                  if (!def.value(u"required"_s).toBool())
                      continue;
                  bool present = false;
                  for (const QJsonValue &ov : std::as_const(out))
                      present = present || ov.toObject().value(u"name"_s) == def.value(u"name"_s);
                  if (!present && err.isEmpty())
                      err = u"The required option \"%1\" is missing."_s.arg(def.value(u"name"_s).toString());
              }
              return out;
          };
    QString err;
    const QJsonArray filled = fill(options, command->value(u"options"_s).toArray(), err);
    if (!err.isEmpty())
        return invalid(err);
    QJsonObject data {{u"id"_s, command->value(u"id"_s)}, {u"name"_s, name}, {u"type"_s, commandType}};
    if (!filled.isEmpty())
        data.insert(u"options"_s, filled);
    if (command->contains(u"guild_id"_s))
        data.insert(u"guild_id"_s, command->value(u"guild_id"_s));
    if (commandType == 2 || commandType == 3) {
        const quint64 tid = targetId.toULongLong();
        if (commandType == 2) {
            if (!m_world.user(tid))
                return notFound(u"Unknown target user %1."_s.arg(targetId));
            users.insert(targetId, m_world.userJson(tid));
            QJsonObject mj = m_world.memberJson(guildId, tid, false);
            if (!mj.isEmpty())
                members.insert(targetId, mj);
        } else {
            auto source = findSourceMessage(tid);
            if (!source)
                return notFound(u"Unknown target message %1."_s.arg(targetId));
            messages.insert(targetId, source->message);
        }
        data.insert(u"target_id"_s, targetId);
    }
    QJsonObject resolved;
    if (!users.isEmpty())
        resolved.insert(u"users"_s, users);
    if (!members.isEmpty())
        resolved.insert(u"members"_s, members);
    if (!roles.isEmpty())
        resolved.insert(u"roles"_s, roles);
    if (!channels.isEmpty())
        resolved.insert(u"channels"_s, channels);
    if (!messages.isEmpty())
        resolved.insert(u"messages"_s, messages);
    if (!resolved.isEmpty())
        data.insert(u"resolved"_s, resolved);
    QJsonObject payload = interactionBase(*user, guildId, cid);
    payload.insert(u"data"_s, data);
    Interaction rec;
    rec.type = 2;
    rec.commandName = name;
    rec.commandType = commandType;
    rec.userId = user->id;
    rec.guildId = guildId;
    rec.channelId = cid;
    return deliverInteraction(std::move(rec), std::move(payload));
}

// ---- answer records and waiting -------------------------------------------------------------------

bool SandboxServer::interactionFailed(const Interaction &i) const
{
    return !i.acknowledged && m_clock->monotonicMs() - i.createdMs > m_options.interactionDeadlineMs;
}

bool SandboxServer::interactionSettled(const Interaction &i, bool untilFinal) const
{
    if (interactionFailed(i) || i.outcome == u"error"_s)
        return true;
    return untilFinal ? i.finalAnswer : i.acknowledged;
}

QJsonObject SandboxServer::recordJson(const Interaction &i) const
{
    auto *self = const_cast<SandboxServer *>(this);
    Interaction &mi = const_cast<Interaction &>(i);
    const bool failed = interactionFailed(i);
    QJsonObject o {
        {u"id"_s, QString::number(i.id)},
        {u"type"_s, i.type},
        {u"user_id"_s, QString::number(i.userId)},
        {u"channel_id"_s, QString::number(i.channelId)},
        {u"guild_id"_s, QString::number(i.guildId)},
        {u"status"_s, failed ? u"failed"_s : (i.acknowledged ? u"answered"_s : u"pending"_s)},
        {u"acknowledged"_s, i.acknowledged},
        {u"response_type"_s, i.responseType ? QJsonValue(i.responseType) : QJsonValue(QJsonValue::Null)},
        {u"response_ms"_s, i.ackMs >= 0 ? QJsonValue(double(i.ackMs)) : QJsonValue(QJsonValue::Null)},
        {u"outcome"_s,
         !i.outcome.isEmpty() ? QJsonValue(i.outcome)
                              : (failed ? QJsonValue(u"failed"_s) : QJsonValue(QJsonValue::Null))},
        {u"deferred"_s, i.responseType == 5 || i.responseType == 6},
        {u"loading"_s, i.loading},
        {u"ephemeral"_s, i.originalEphemeral},
        {u"final"_s, i.finalAnswer || failed},
        {u"events"_s, i.events}};
    if (!i.customId.isEmpty())
        o.insert(u"custom_id"_s, i.customId);
    if (!i.commandName.isEmpty())
        o.insert(u"command"_s, i.commandName);
    if (i.sourceMessageId)
        o.insert(u"message_id"_s, QString::number(i.sourceMessageId));
    bool eph = false;
    if (i.originalMessageId && !i.originalDeleted) {
        if (QJsonObject *m = self->interactionMessage(mi, i.originalMessageId, &eph))
            o.insert(u"reply"_s, *m);
    }
    if ((i.responseType == 6 || i.responseType == 7) && i.sourceMessageId) {
        if (QJsonObject *m = self->interactionMessage(mi, i.sourceMessageId, &eph))
            o.insert(u"updated_message"_s, *m);
    }
    if (!i.modal.isEmpty())
        o.insert(u"modal"_s, i.modal);
    QJsonArray followups;
    for (quint64 f : i.followups) {
        if (QJsonObject *m = self->interactionMessage(mi, f, &eph)) {
            QJsonObject fm = *m;
            fm.insert(u"ephemeral"_s, eph);
            followups.append(fm);
        }
    }
    o.insert(u"followups"_s, followups);
    if (i.modalFromInteraction)
        o.insert(u"modal_of"_s, QString::number(i.modalFromInteraction));
    return o;
}

QJsonObject SandboxServer::interactionRecord(const QString &interactionId) const
{
    const Interaction *i = const_cast<InteractionStore &>(m_interactions).find(interactionId.toULongLong());
    return i ? recordJson(*i) : QJsonObject();
}

void SandboxServer::interactionChanged(Interaction &i)
{
    auto it = m_waiters.find(i.id);
    if (it != m_waiters.end()) {
        QList<std::shared_ptr<Waiter>> keep;
        QByteArray json;
        for (auto &w : it.value()) {
            if (interactionSettled(i, w->untilFinal)) {
                if (json.isEmpty())
                    json = compact(recordJson(i));
                delete w->timer;
                w->timer = nullptr;
                delete w->deadlineTimer;
                w->deadlineTimer = nullptr;
                w->responder.sendJson(200, json);
            } else {
                keep.append(w);
            }
        }
        if (keep.isEmpty())
            m_waiters.erase(it);
        else
            it.value() = keep;
    }
    static const QMetaMethod signal = QMetaMethod::fromSignal(&SandboxServer::interactionUpdated);
    if (isSignalConnected(signal))
        Q_EMIT interactionUpdated(QString::number(i.id), recordJson(i));
}

void SandboxServer::addWaiter(quint64 interactionId, bool untilFinal, int timeoutMs, HttpResponder responder)
{
    Interaction *i = m_interactions.find(interactionId);
    if (!i) {
        responder.sendJson(404, R"({"message":"Unknown interaction","code":10062})");
        return;
    }
    if (interactionSettled(*i, untilFinal) || timeoutMs <= 0) {
        QJsonObject r = recordJson(*i);
        if (!interactionSettled(*i, untilFinal))
            r.insert(u"timed_out"_s, true);
        responder.sendJson(200, compact(r));
        return;
    }
    auto w = std::make_shared<Waiter>();
    w->responder = std::move(responder);
    w->untilFinal = untilFinal;
    w->timer = new QTimer(this);
    w->timer->setSingleShot(true);
    std::weak_ptr<Waiter> weak = w;
    auto finish = [this, interactionId, weak](bool timedOut) {
        auto sw = weak.lock();
        if (!sw)
            return;
        Interaction *it = m_interactions.find(interactionId);
        QJsonObject r = it ? recordJson(*it) : QJsonObject();
        if (timedOut)
            r.insert(u"timed_out"_s, true);
        sw->responder.sendJson(200, compact(r));
        auto &list = m_waiters[interactionId];
        list.removeAll(sw);
        if (list.isEmpty())
            m_waiters.remove(interactionId);
        if (sw->timer)
            sw->timer->deleteLater();
        sw->timer = nullptr;
        if (sw->deadlineTimer)
            sw->deadlineTimer->deleteLater();
        sw->deadlineTimer = nullptr;
    };
    connect(w->timer, &QTimer::timeout, this, [finish] { finish(true); });
    w->timer->start(timeoutMs);
    if (!i->acknowledged) {
        // wake up when the 3-second deadline passes, so a failed interaction settles at once
        const qint64 left = i->createdMs + m_options.interactionDeadlineMs - m_clock->monotonicMs() + 5;
        w->deadlineTimer = new QTimer(this);
        w->deadlineTimer->setSingleShot(true);
        connect(w->deadlineTimer, &QTimer::timeout, this, [this, interactionId, weak, finish] {
            auto sw = weak.lock();
            Interaction *it = m_interactions.find(interactionId);
            if (sw && it && interactionSettled(*it, sw->untilFinal))
                finish(false);
        });
        w->deadlineTimer->start(int(std::max<qint64>(1, left)));
    }
    m_waiters[interactionId].append(w);
}

// ---- faults --------------------------------------------------------------------------------------

int SandboxServer::dropGatewayConnections(int shard)
{
    return m_gateway ? m_gateway->drop({shard, {}}) : 0;
}

int SandboxServer::setHeartbeatAcks(bool ack, int shard)
{
    return m_gateway ? m_gateway->setAckHeartbeats(ack, {shard, {}}) : 0;
}

int SandboxServer::sendReconnect(int shard)
{
    return m_gateway ? m_gateway->sendReconnect({shard, {}}) : 0;
}

int SandboxServer::sendInvalidSession(bool resumable, int shard)
{
    return m_gateway ? m_gateway->sendInvalidSession(resumable, {shard, {}}) : 0;
}

int SandboxServer::requestHeartbeat(int shard)
{
    return m_gateway ? m_gateway->requestHeartbeat({shard, {}}) : 0;
}

int SandboxServer::sendMalformedFrame(int shard)
{
    return m_gateway ? m_gateway->sendMalformed({shard, {}}) : 0;
}

int SandboxServer::closeGateway(int code, int shard)
{
    return m_gateway ? m_gateway->closeWith(code, u"Closed by the sandbox."_s, {shard, {}}) : 0;
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
    if (m_gateway)
        m_gateway->setAckHeartbeats(true, {});
}

// ---- persistence ---------------------------------------------------------------------------------

void SandboxServer::scheduleSave()
{
    if (!m_persistence || m_saveScheduled)
        return;
    m_saveScheduled = true;
    QTimer::singleShot(500, this, [this] {
        m_saveScheduled = false;
        const auto r = saveState();
        if (!r.ok())
            qCWarning(lcSandbox).noquote() << r.error().toString();
    });
}

bw::Result<void> SandboxServer::saveState()
{
    if (!m_persistence)
        return bw::Error::make(bw::Error::Kind::InvalidInput, u"The sandbox has no state file."_s);
    return m_persistence->save(m_world.toJson());
}

} // namespace bw::sandbox
