#include "sandbox/SandboxServer.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "sandbox/ControlApi.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/HttpDelivery.h"
#include "sandbox/HttpServer.h"
#include "sandbox/JsonBytes.h"
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

// A channel by id, or by name with or without '#' (the first match over the guilds).
const Channel *findChannelByKey(const World &world, const QString &key)
{
    if (const Channel *c = world.channel(key.toULongLong()))
        return c;
    const QString name = key.startsWith(u'#') ? key.mid(1) : key;
    for (quint64 gid : world.guildIds()) {
        for (quint64 cid : world.guild(gid)->channelIds) {
            const Channel *c = world.channel(cid);
            if (c && c->name == name)
                return c;
        }
    }
    return nullptr;
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
    const Channel *c = name.toULongLong() ? nullptr : findChannelByKey(m_world, name);
    return c ? QString::number(c->id) : QString();
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
    const bool toGui = wantsEvent(type);
    const qint64 intent = guildId ? GatewayServer::kGuildMessages : GatewayServer::kDirectMessages;
    bool needsStripped = false;
    const bool toGateway = m_gateway && m_gateway->hasRecipients(guildId, intent, &needsStripped);
    if (!toGui && !toGateway)
        return; // nobody receives it: build nothing
    const quint64 authorId = message.value(u"author"_s).toObject().value(u"id"_s).toString().toULongLong();
    const bool addGuild = guildId && !message.contains(u"guild_id"_s);
    const bool addMember = guildId && !message.contains(u"webhook_id"_s) && !message.contains(u"member"_s);
    if (toGui) {
        QJsonObject d = message;
        if (addGuild)
            d.insert(u"guild_id"_s, QString::number(guildId));
        if (addMember) {
            const QJsonObject member = m_world.memberJson(guildId, authorId, false);
            if (!member.isEmpty())
                d.insert(u"member"_s, member);
        }
        emitEvent(type, d);
    }
    if (!toGateway)
        return;
    // {"guild_id":"…","member":{…}, + the message's own members, concatenated from serialized pieces
    QByteArray prefix("{");
    if (addGuild) {
        prefix.append("\"guild_id\":");
        json::appendId(prefix, guildId);
        prefix.append(',');
    }
    if (addMember) {
        const QByteArray member = memberJsonBytes(guildId, authorId);
        if (!member.isEmpty())
            prefix.append("\"member\":").append(member).append(',');
    }
    const QByteArray body = json::compact(message);
    QByteArray full;
    full.reserve(prefix.size() + body.size());
    full.append(prefix).append(QByteArrayView(body).sliced(1));
    QByteArray stripped;
    if (needsStripped && authorId != m_world.botUserId()) {
        bool mentionsBot = false;
        for (const QJsonValue &v : message.value(u"mentions"_s).toArray()) {
            if (v.toObject().value(u"id"_s).toString().toULongLong() == m_world.botUserId())
                mentionsBot = true;
        }
        if (!mentionsBot) {
            QJsonObject s = message;
            s.insert(u"content"_s, QString());
            s.insert(u"embeds"_s, QJsonArray());
            s.insert(u"attachments"_s, QJsonArray());
            s.insert(u"components"_s, QJsonArray());
            s.remove(u"poll"_s);
            stripped = prefix + QByteArrayView(json::compact(s)).sliced(1);
        }
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

namespace {
bool isViewEvent(QByteArrayView type)
{
    return type.startsWith("MESSAGE_") || type.startsWith("CHANNEL_") || type == "GUILD_CREATE"
        || type == "GUILD_UPDATE";
}
} // namespace

bool SandboxServer::wantsEvent(QByteArrayView type) const
{
    static const QMetaMethod all = QMetaMethod::fromSignal(&SandboxServer::eventDispatched);
    static const QMetaMethod view = QMetaMethod::fromSignal(&SandboxServer::viewEventDispatched);
    return isSignalConnected(all) || (isSignalConnected(view) && isViewEvent(type));
}

void SandboxServer::emitEvent(QByteArrayView type, const QJsonObject &data)
{
    static const QMetaMethod all = QMetaMethod::fromSignal(&SandboxServer::eventDispatched);
    static const QMetaMethod view = QMetaMethod::fromSignal(&SandboxServer::viewEventDispatched);
    const bool toAll = isSignalConnected(all);
    const bool toView = isViewEvent(type) && isSignalConnected(view);
    if (!toAll && !toView)
        return;
    const QString name = QString::fromLatin1(type);
    if (toAll)
        Q_EMIT eventDispatched(name, data);
    if (toView)
        Q_EMIT viewEventDispatched(name, data);
}

// ---- simulation -----------------------------------------------------------------------------------

bw::Result<const User *> SandboxServer::requireUser(const QString &nameOrId) const
{
    if (const User *u = m_world.findUser(nameOrId))
        return u;
    return notFound(u"Unknown user \"%1\"."_s.arg(nameOrId));
}

bw::Result<const Channel *> SandboxServer::requireChannel(const QString &channelKey) const
{
    if (const Channel *c = findChannelByKey(m_world, channelKey))
        return c;
    return notFound(u"Unknown channel %1."_s.arg(channelKey));
}

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

QByteArray SandboxServer::memberJsonBytes(quint64 guildId, quint64 userId)
{
    const auto key = std::make_pair(guildId, userId);
    if (m_memberCache.size() > 4096 && !m_memberCache.contains(key))
        m_memberCache.clear();
    auto &entry = m_memberCache[key];
    if (entry.first != m_world.entityRevision() + 1) {
        const QJsonObject member = m_world.memberJson(guildId, userId, false);
        entry.second = member.isEmpty() ? QByteArray() : json::compact(member);
        entry.first = m_world.entityRevision() + 1; // 0 means "never built"
    }
    return entry.second;
}

QByteArray SandboxServer::interactionContext(const User &user, quint64 guildId, quint64 channelId)
{
    const auto key = std::make_pair(user.id, channelId);
    if (m_contextCache.size() > 4096 && !m_contextCache.contains(key))
        m_contextCache.clear();
    ContextCache &c = m_contextCache[key];
    const Channel *channel = m_world.channel(channelId);
    if (c.revision != m_world.entityRevision()) {
        QJsonObject member = m_world.memberJson(guildId, user.id, true);
        member.insert(u"permissions"_s, m_world.permissionsOf(guildId, user.id));
        const QJsonObject base {
            {u"application_id"_s, applicationId()},
            {u"version"_s, 1},
            {u"guild_id"_s, QString::number(guildId)},
            {u"guild"_s,
             QJsonObject {{u"id"_s, QString::number(guildId)},
                          {u"locale"_s, u"en-US"_s},
                          {u"features"_s, QJsonArray()}}},
            {u"channel_id"_s, QString::number(channelId)},
            {u"member"_s, member},
            {u"app_permissions"_s, m_world.permissionsOf(guildId, m_world.botUserId())},
            {u"locale"_s, u"en-US"_s},
            {u"guild_locale"_s, u"en-US"_s},
            {u"entitlements"_s, QJsonArray()},
            {u"entitlement_sku_ids"_s, QJsonArray()},
            {u"authorizing_integration_owners"_s, QJsonObject {{u"0"_s, QString::number(guildId)}}},
            {u"context"_s, 0},
            {u"attachment_size_limit"_s, 10485760}};
        c.members = json::innerOf(json::compact(base));
        c.channelPrefix.clear();
        c.channelHasLastMessage = false;
        if (channel) {
            // last_message_id changes with every message: it is appended per interaction
            QJsonObject cj = m_world.channelJson(*channel);
            c.channelHasLastMessage = cj.contains(u"last_message_id"_s);
            cj.remove(u"last_message_id"_s);
            c.channelPrefix = json::compact(cj);
            c.channelPrefix.chop(1);
        }
        c.revision = m_world.entityRevision();
    }
    QByteArray out;
    out.reserve(c.members.size() + c.channelPrefix.size() + 64);
    out.append(c.members).append(",\"channel\":");
    if (c.channelPrefix.isEmpty()) {
        out.append("{}");
    } else {
        out.append(c.channelPrefix);
        if (c.channelHasLastMessage) {
            out.append(c.channelPrefix.size() > 1 ? ",\"last_message_id\":" : "\"last_message_id\":");
            if (channel && channel->lastMessageId)
                json::appendId(out, channel->lastMessageId);
            else
                out.append("null");
        }
        out.append('}');
    }
    return out;
}

QByteArray SandboxServer::interactionMessageJson(const SourceMessage &source, quint64 messageId,
                                                 quint64 guildId)
{
    auto it = m_messageCache.find(messageId);
    // QJsonObject's == compares the shared data pointer first: O(1) while the message is unchanged
    if (it != m_messageCache.end() && it->guildId == guildId && it->snapshot == source.message)
        return it->json;
    if (m_messageCache.size() > 1024)
        m_messageCache.clear();
    MessageCache &c = m_messageCache[messageId];
    c.snapshot = source.message;
    c.guildId = guildId;
    const QByteArray body = json::compact(source.message);
    if (guildId && !source.message.contains(u"guild_id"_s)) {
        c.json = "{\"guild_id\":";
        json::appendId(c.json, guildId);
        if (body.size() > 2)
            c.json.append(',');
        c.json.append(QByteArrayView(body).sliced(1));
    } else {
        c.json = body;
    }
    return c.json;
}

bw::Result<QString> SandboxServer::deliverInteraction(Interaction record, const QByteArray &members)
{
    if (!m_port)
        return bw::Error::make(bw::Error::Kind::Unavailable, u"The sandbox is not running."_s);
    record.id = m_world.mint();
    record.token = newInteractionToken(record.id);
    record.createdMs = m_clock->monotonicMs();
    record.createdWallMs = m_clock->now().toMSecsSinceEpoch();
    const int delivered = m_gateway->readyConnectionCount(record.guildId);
    if (delivered != m_createdEventsFor) {
        m_createdEvents = QJsonArray {
            QJsonObject {{u"kind"_s, u"created"_s}, {u"at_ms"_s, 0}, {u"delivered_to"_s, delivered}}};
        m_createdEventsFor = delivered;
    }
    record.events = m_createdEvents; // shared until the interaction's first event is added
    const quint64 id = record.id;
    const quint64 guildId = record.guildId;
    const bool toGui = wantsEvent("INTERACTION_CREATE");
    const bool toHttp = m_httpDelivery && m_httpDelivery->isEnabled(); // instead of the gateway
    const bool toGateway = !toHttp && m_gateway->hasRecipients(guildId, 0);
    const QByteArray httpToken = toHttp ? record.token : QByteArray();
    QByteArray payload;
    if (toGui || toGateway || toHttp) {
        payload.reserve(members.size() + record.token.size() + 64);
        payload.append("{\"id\":");
        json::appendId(payload, id);
        payload.append(",\"token\":\"").append(record.token).append("\",\"type\":");
        payload.append(QByteArray::number(record.type));
        if (!members.isEmpty())
            payload.append(',').append(members);
        payload.append('}');
    }
    m_interactions.add(std::move(record));
    ++m_stats.interactionsCreated;
    if (toGui)
        emitEvent("INTERACTION_CREATE", QJsonDocument::fromJson(payload).object());
    if (toGateway)
        m_gateway->dispatchRaw("INTERACTION_CREATE", guildId, 0, payload);
    if (toHttp)
        m_httpDelivery->deliver(QString::number(id), httpToken, payload);
    return QString::number(id);
}

bw::Result<QString> SandboxServer::simulateMessage(const QString &userKey, const QString &channelId,
                                                   const QString &content, const QJsonObject &extra)
{
    const auto user = requireUser(userKey);
    if (!user.ok())
        return user.error();
    const auto channel = requireChannel(channelId);
    if (!channel.ok())
        return channel.error();
    if (content.isEmpty() && extra.value(u"embeds"_s).toArray().isEmpty())
        return invalid(u"A message needs content."_s);
    if (content.size() > 2000)
        return invalid(u"Content must be 2000 or fewer characters."_s);
    QJsonObject body = extra;
    body.insert(u"content"_s, content);
    body.remove(u"components"_s);
    const quint64 cid = (*channel)->id;
    const QJsonObject message = buildMessage(cid, (*user)->id, body, 0, {});
    m_world.insertMessage(cid, message);
    dispatchMessage("MESSAGE_CREATE", message, (*channel)->guildId);
    scheduleSave();
    return message.value(u"id"_s).toString();
}

bw::Result<void> SandboxServer::prepareComponent(const QString &userKey, const QString &messageId,
                                                 const QString &customId, bool select, ComponentContext &out)
{
    const auto user = requireUser(userKey);
    if (!user.ok())
        return user.error();
    out.user = *user;
    out.messageId = messageId.toULongLong();
    auto source = findSourceMessage(out.messageId);
    if (!source)
        return notFound(u"Unknown message %1."_s.arg(messageId));
    out.source = *source;
    out.component = findComponent(source->message.value(u"components"_s).toArray(), customId);
    const int type = out.component.value(u"type"_s).toInt();
    if (!select && (out.component.isEmpty() || type != 2))
        return notFound(u"Message %1 has no button with custom_id \"%2\"."_s.arg(messageId, customId));
    if (select && (out.component.isEmpty() || !(type == 3 || (type >= 5 && type <= 8))))
        return notFound(u"Message %1 has no select menu with custom_id \"%2\"."_s.arg(messageId, customId));
    if (out.component.value(u"disabled"_s).toBool())
        return invalid(
            (select ? u"The select menu \"%1\" is disabled."_s : u"The button \"%1\" is disabled."_s)
                .arg(customId));
    const Channel *channel = m_world.channel(source->channelId);
    out.guildId = channel ? channel->guildId : 0;
    return {};
}

Interaction SandboxServer::componentRecord(const ComponentContext &c, const QString &customId) const
{
    Interaction rec;
    rec.type = 3;
    rec.componentType = c.component.value(u"type"_s).toInt();
    rec.customId = customId;
    rec.userId = c.user->id;
    rec.guildId = c.guildId;
    rec.channelId = c.source.channelId;
    rec.sourceMessageId = c.messageId;
    rec.sourceEphemeral = c.source.ephemeral;
    return rec;
}

QByteArray SandboxServer::componentMembers(const ComponentContext &c, const QString &customId,
                                           const QByteArray &extraData)
{
    QByteArray members;
    members.append("\"data\":{\"custom_id\":");
    json::appendString(members, customId);
    members.append(",\"component_type\":").append(QByteArray::number(c.component.value(u"type"_s).toInt()));
    if (c.component.contains(u"id"_s))
        members.append(",\"id\":").append(QByteArray::number(c.component.value(u"id"_s).toInteger()));
    members.append(extraData);
    members.append("},\"message\":").append(interactionMessageJson(c.source, c.messageId, c.guildId));
    members.append(',').append(interactionContext(*c.user, c.guildId, c.source.channelId));
    return members;
}

bw::Result<QString> SandboxServer::simulateClick(const QString &userKey, const QString &messageId,
                                                 const QString &customId)
{
    ComponentContext c;
    const auto prepared = prepareComponent(userKey, messageId, customId, false, c);
    if (!prepared.ok())
        return prepared.error();
    return deliverInteraction(componentRecord(c, customId), componentMembers(c, customId, {}));
}

bw::Result<int> SandboxServer::simulateClicks(const QString &userKey, const QString &messageId,
                                              const QString &customId, int count)
{
    // The payload's members are built once; each click gets its own id, token and record.
    ComponentContext c;
    const auto prepared = prepareComponent(userKey, messageId, customId, false, c);
    if (!prepared.ok())
        return prepared.error();
    const Interaction templ = componentRecord(c, customId);
    const QByteArray members = componentMembers(c, customId, {});
    int sent = 0;
    for (; sent < std::max(1, count); ++sent) {
        auto r = deliverInteraction(templ, members);
        if (!r.ok())
            return sent ? bw::Result<int>(sent) : bw::Result<int>(r.error());
    }
    return sent;
}

namespace {

// A role by id or name (case-insensitive).
const Role *findRoleByKey(const Guild *g, const QString &key)
{
    if (!g)
        return nullptr;
    if (const Role *r = g->role(key.toULongLong()))
        return r;
    for (const Role &r : g->roles) {
        if (r.name.compare(key, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

// The "resolved" object of an interaction: users with their members, roles, channels and messages by id.
struct Resolved
{
    QJsonObject users, members, roles, channels, messages;

    QString addUser(const World &world, quint64 guildId, quint64 userId, bool withVoiceState)
    {
        const QString id = QString::number(userId);
        users.insert(id, world.userJson(userId));
        QJsonObject member = world.memberJson(guildId, userId, false);
        if (!member.isEmpty()) {
            if (!withVoiceState) {
                member.remove(u"deaf"_s);
                member.remove(u"mute"_s);
            }
            member.insert(u"permissions"_s, world.permissionsOf(guildId, userId));
            members.insert(id, member);
        }
        return id;
    }
    QString addRole(const World &world, const Role &role)
    {
        const QString id = QString::number(role.id);
        roles.insert(id, world.roleJson(role));
        return id;
    }
    QString addChannel(const World &world, const Channel &channel, const QString &permissions = {})
    {
        const QString id = QString::number(channel.id);
        QJsonObject c = world.channelJson(channel);
        if (!permissions.isEmpty())
            c.insert(u"permissions"_s, permissions);
        channels.insert(id, c);
        return id;
    }
    QJsonObject toJson() const
    {
        QJsonObject out;
        for (const auto &[key, part] : {std::pair {u"users"_s, &users}, std::pair {u"members"_s, &members},
                                        std::pair {u"roles"_s, &roles}, std::pair {u"channels"_s, &channels},
                                        std::pair {u"messages"_s, &messages}}) {
            if (!part->isEmpty())
                out.insert(key, *part);
        }
        return out;
    }
};

} // namespace

bw::Result<QString> SandboxServer::simulateSelect(const QString &userKey, const QString &messageId,
                                                  const QString &customId, const QStringList &values)
{
    ComponentContext c;
    const auto prepared = prepareComponent(userKey, messageId, customId, true, c);
    if (!prepared.ok())
        return prepared.error();
    const QJsonObject &component = c.component;
    const int ctype = component.value(u"type"_s).toInt();
    const int minValues = component.value(u"min_values"_s).toInt(1);
    const int maxValues = component.value(u"max_values"_s).toInt(1);
    if (values.size() < minValues || values.size() > maxValues)
        return invalid(maxValues == 1 && minValues == 1
                           ? u"Pick exactly one value of \"%1\"."_s.arg(customId)
                           : u"Pick between %1 and %2 values."_s.arg(minValues).arg(maxValues));
    const quint64 guildId = c.guildId;
    const Guild *g = m_world.guild(guildId);
    // users, roles and channels may be given by id or by name; the bot receives ids and resolved objects
    Resolved resolved;
    QStringList ids;
    for (const QString &v : values) {
        if (ctype == 3) {
            bool found = false;
            for (const QJsonValue &o : component.value(u"options"_s).toArray())
                found = found || o.toObject().value(u"value"_s).toString() == v;
            if (!found)
                return invalid(u"\"%1\" is not an option of \"%2\"."_s.arg(v, customId));
            ids.append(v);
            continue;
        }
        const User *u = (ctype == 5 || ctype == 7) ? m_world.findUser(v) : nullptr;
        const Role *role = (!u && (ctype == 6 || ctype == 7)) ? findRoleByKey(g, v) : nullptr;
        const Channel *ch = ctype == 8 ? findChannelByKey(m_world, v) : nullptr;
        if (u)
            ids.append(resolved.addUser(m_world, guildId, u->id, false));
        else if (role)
            ids.append(resolved.addRole(m_world, *role));
        else if (ch)
            ids.append(resolved.addChannel(m_world, *ch, m_world.permissionsOf(guildId, c.user->id)));
        else
            return invalid(u"\"%1\" is not a valid choice for the select menu \"%2\"."_s.arg(v, customId));
    }
    QByteArray extra
        = ",\"values\":" + QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact);
    if (ctype != 3)
        extra += ",\"resolved\":" + json::compact(resolved.toJson());
    return deliverInteraction(componentRecord(c, customId), componentMembers(c, customId, extra));
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
    const User *user = m_world.user(opener->userId);
    if (!userKey.isEmpty()) {
        const auto given = requireUser(userKey);
        if (!given.ok())
            return given.error();
        user = *given;
    }
    if (!user)
        return notFound(u"Unknown user %1."_s.arg(opener->userId));
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
    QByteArray members = "\"data\":"
        + json::compact(QJsonObject {{u"custom_id"_s, modal.value(u"custom_id"_s)},
                                     {u"components"_s, components}});
    if (opener->sourceMessageId) {
        if (auto source = findSourceMessage(opener->sourceMessageId))
            members += ",\"message\":"
                + interactionMessageJson(*source, opener->sourceMessageId, opener->guildId);
    }
    members += ',' + interactionContext(*user, opener->guildId, opener->channelId);
    Interaction rec;
    rec.type = 5;
    rec.customId = modal.value(u"custom_id"_s).toString();
    rec.userId = user->id;
    rec.guildId = opener->guildId;
    rec.channelId = opener->channelId;
    rec.sourceMessageId = opener->sourceMessageId;
    rec.sourceEphemeral = opener->sourceEphemeral;
    rec.modalFromInteraction = opener->id;
    return deliverInteraction(std::move(rec), members);
}

bw::Result<QString> SandboxServer::simulateCommand(const QString &userKey, const QString &channelId,
                                                   const QString &name, const QJsonArray &options,
                                                   int commandType, const QString &targetId)
{
    return simulateCommandInteraction(userKey, channelId, name, options, commandType, targetId, 2);
}

bw::Result<QString> SandboxServer::simulateAutocomplete(const QString &userKey, const QString &channelId,
                                                        const QString &name, const QJsonArray &options)
{
    return simulateCommandInteraction(userKey, channelId, name, options, 1, {}, 4);
}

bw::Result<QString> SandboxServer::simulateCommandInteraction(const QString &userKey,
                                                              const QString &channelId, const QString &name,
                                                              const QJsonArray &options, int commandType,
                                                              const QString &targetId, int interactionType)
{
    const bool autocomplete = interactionType == 4;
    const auto userFound = requireUser(userKey);
    if (!userFound.ok())
        return userFound.error();
    const User *user = *userFound;
    const auto channelFound = requireChannel(channelId);
    if (!channelFound.ok())
        return channelFound.error();
    const Channel *channel = *channelFound;
    const quint64 cid = channel->id;
    const QJsonObject *command = m_world.findCommand(channel->guildId, name, commandType);
    if (!command)
        return notFound(
            u"No command \"%1\" (type %2) is registered for this guild or globally."_s.arg(name).arg(
                commandType));
    // fill option types from the definition and collect resolved objects
    Resolved resolved;
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
                  } else if (o.value(u"focused"_s).toBool()) {
                      // autocomplete: the text typed so far, as Discord sends it (a string whatever the type)
                      o.insert(u"value"_s, o.value(u"value"_s).toVariant().toString());
                  } else {
                      // users, roles and channels by id or name; scalars converted from text
                      const QString v = o.value(u"value"_s).toVariant().toString();
                      const Guild *g = m_world.guild(guildId);
                      const User *u = (type == 6 || type == 9) ? m_world.findUser(v) : nullptr;
                      const Role *role = (!u && (type == 8 || type == 9)) ? findRoleByKey(g, v) : nullptr;
                      if (type == 6 || (type == 9 && u)) {
                          if (!u) {
                              err = u"Option \"%1\": unknown user %2."_s.arg(oname, v);
                              return out;
                          }
                          const QString id = resolved.addUser(m_world, guildId, u->id, true);
                          o.insert(u"value"_s, id);
                      } else if (type == 8 || type == 9) {
                          if (!role) {
                              err = u"Option \"%1\": unknown role %2."_s.arg(oname, v);
                              return out;
                          }
                          o.insert(u"value"_s, resolved.addRole(m_world, *role));
                      } else if (type == 7) {
                          const Channel *ch = findChannelByKey(m_world, v);
                          if (!ch) {
                              err = u"Option \"%1\": unknown channel %2."_s.arg(oname, v);
                              return out;
                          }
                          o.insert(u"value"_s, resolved.addChannel(m_world, *ch));
                      } else if (type == 4 && o.value(u"value"_s).isString()) {
                          bool ok = false;
                          const qint64 n = v.toLongLong(&ok);
                          if (!ok) {
                              err = u"Option \"%1\" needs an integer, not \"%2\"."_s.arg(oname, v);
                              return out;
                          }
                          o.insert(u"value"_s, double(n));
                      } else if (type == 10 && o.value(u"value"_s).isString()) {
                          bool ok = false;
                          const double n = v.toDouble(&ok);
                          if (!ok) {
                              err = u"Option \"%1\" needs a number, not \"%2\"."_s.arg(oname, v);
                              return out;
                          }
                          o.insert(u"value"_s, n);
                      } else if (type == 5 && o.value(u"value"_s).isString()) {
                          o.insert(u"value"_s, v.compare(u"true"_s, Qt::CaseInsensitive) == 0 || v == u"1"_s);
                      }
                  }
                  out.append(o);
              }
              for (const QJsonValue &dv : defs) {
                  const QJsonObject def = dv.toObject();
                  if (!def.value(u"required"_s).toBool() || autocomplete) // typing: options may be missing
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
            resolved.addUser(m_world, guildId, tid, true);
        } else {
            auto source = findSourceMessage(tid);
            if (!source)
                return notFound(u"Unknown target message %1."_s.arg(targetId));
            resolved.messages.insert(targetId, source->message);
        }
        data.insert(u"target_id"_s, targetId);
    }
    if (const QJsonObject r = resolved.toJson(); !r.isEmpty())
        data.insert(u"resolved"_s, r);
    const QByteArray payloadMembers
        = "\"data\":" + json::compact(data) + ',' + interactionContext(*user, guildId, cid);
    Interaction rec;
    rec.type = interactionType;
    rec.commandName = name;
    rec.commandType = commandType;
    rec.userId = user->id;
    rec.guildId = guildId;
    rec.channelId = cid;
    return deliverInteraction(std::move(rec), payloadMembers);
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
