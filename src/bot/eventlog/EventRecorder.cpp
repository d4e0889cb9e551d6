#include "bot/eventlog/EventRecorder.h"

#include "bot/eventlog/EventLogWriter.h"
#include "bot/eventlog/JsonWriter.h"
#include "core/Clock.h"
#include "core/Redact.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr qint64 kInteractionMemoryMs = 60'000;
constexpr qsizetype kInteractionMemoryMax = 100'000;
constexpr int kContentPreview = 80;

QString str(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).toString();
}

QString displayName(const QJsonObject &user)
{
    const QString global = str(user, "global_name"_L1);
    return global.isEmpty() ? str(user, "username"_L1) : global;
}

QString oneLine(QString text, int max)
{
    text.replace(u'\n', u' ');
    if (text.size() > max)
        text = text.left(max - 1) + u'…';
    return text;
}

/// "/channels/123/messages" -> the id after `segment`, or empty.
QString idAfter(const QString &path, QLatin1StringView segment)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i) == segment)
            return parts.at(i + 1);
    }
    return {};
}

bool isInteractionCallback(const discord::RestLogEntry &entry)
{
    return entry.routeTemplate.startsWith("/interactions/"_L1)
        && entry.routeTemplate.endsWith("/callback"_L1);
}

/// Raw bytes that are one whole JSON object or array (not truncated), else null.
QByteArrayView asJson(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    const char first = trimmed.front();
    const char last = trimmed.back();
    if ((first == '{' && last == '}') || (first == '[' && last == ']'))
        return body;
    return {};
}

void addBody(JsonWriter &w, QByteArrayView key, const QByteArray &body)
{
    if (body.isEmpty())
        return;
    if (const QByteArrayView json = asJson(body); !json.isEmpty())
        w.addRaw(key, json);
    else
        w.add(key, QByteArrayView(body));
}

QString interactionVerb(const QJsonObject &data)
{
    const int type = data.value("type"_L1).toInt();
    const QJsonObject inner = data.value("data"_L1).toObject();
    switch (type) {
    case 2:
        return u"command /"_s + str(inner, "name"_L1);
    case 3:
        return inner.value("component_type"_L1).toInt() == 2 ? u"clicked "_s + str(inner, "custom_id"_L1)
                                                             : u"selected in "_s + str(inner, "custom_id"_L1);
    case 4:
        return u"autocomplete /"_s + str(inner, "name"_L1);
    case 5:
        return u"submitted modal "_s + str(inner, "custom_id"_L1);
    default:
        return u"interaction type %1"_s.arg(type);
    }
}

QLatin1StringView outcomeKindName(InteractionOutcome::Kind kind)
{
    switch (kind) {
    case InteractionOutcome::Kind::Component:
        return "component"_L1;
    case InteractionOutcome::Kind::ModalSubmit:
        return "modal_submit"_L1;
    case InteractionOutcome::Kind::Command:
        return "command"_L1;
    case InteractionOutcome::Kind::Autocomplete:
        return "autocomplete"_L1;
    case InteractionOutcome::Kind::Other:
        break;
    }
    return "other"_L1;
}

} // namespace

EventRecorder::EventRecorder(QObject *parent) : EventRecorder(Options {}, nullptr, parent) { }

EventRecorder::EventRecorder(Options options, const Clock *clock, QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<bw::EventBatch>("bw::EventBatch");
    qRegisterMetaType<bw::store::EventRecord>();
    m_timer.setParent(this); // moves with the recorder to the bot thread
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_options.batchIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, &EventRecorder::flush);
}

EventRecorder::~EventRecorder()
{
    flush();
    m_writer.reset(); // writes what is queued
}

void EventRecorder::setDatabase(store::Database *db, qint64 retentionMs)
{
    flush();
    m_writer.reset();
    if (db)
        m_writer = std::make_unique<EventLogWriter>(*db, retentionMs, m_clock);
}

qint64 EventRecorder::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

void EventRecorder::record(store::EventRecord record)
{
    if (record.tsMs == 0)
        record.tsMs = nowMs();
    if (m_pending.isEmpty())
        m_pending.reserve(256);
    m_pending.append(std::move(record));
    if (m_pending.size() >= m_options.maxBatch)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void EventRecorder::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    EventBatch batch = std::exchange(m_pending, {});
    m_recorded += batch.size();
    if (m_writer)
        m_writer->enqueue(batch);
    Q_EMIT batchReady(batch);
}

// ---- interactions: link the dispatch, the REST callback and the outcome

void EventRecorder::rememberInteraction(const QString &id, qint64 receivedMs)
{
    if (id.isEmpty())
        return;
    expireInteractions(receivedMs);
    m_interactions.insert(id, Pending {receivedMs, {}});
    m_interactionOrder.emplace_back(receivedMs, id);
}

void EventRecorder::expireInteractions(qint64 now)
{
    while (!m_interactionOrder.empty()
           && (now - m_interactionOrder.front().first > kInteractionMemoryMs
               || qsizetype(m_interactionOrder.size()) > kInteractionMemoryMax)) {
        const auto &[ts, id] = m_interactionOrder.front();
        const auto it = m_interactions.constFind(id);
        if (it != m_interactions.cend() && it->receivedMs == ts)
            m_interactions.erase(it);
        m_interactionOrder.pop_front();
    }
}

// ---- conversions

QByteArray EventRecorder::redactTokenMembers(QByteArray json)
{
    static constexpr QByteArrayView key("\"token\"");
    qsizetype from = 0;
    while ((from = json.indexOf(key, from)) >= 0) {
        qsizetype i = from + key.size();
        while (i < json.size() && (json.at(i) == ' ' || json.at(i) == '\t' || json.at(i) == '\n'))
            ++i;
        if (i >= json.size() || json.at(i) != ':') {
            from = i;
            continue;
        }
        ++i;
        while (i < json.size() && (json.at(i) == ' ' || json.at(i) == '\t' || json.at(i) == '\n'))
            ++i;
        if (i >= json.size() || json.at(i) != '"') {
            from = i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < json.size() && json.at(end) != '"') {
            if (json.at(end) == '\\')
                ++end;
            ++end;
        }
        const QByteArray replacement = '"' + QByteArray(kRedacted.data(), kRedacted.size()) + '"';
        json.replace(i, qMin(end + 1, json.size()) - i, replacement);
        from = i + replacement.size();
    }
    return json;
}

store::EventRecord EventRecorder::fromDispatch(const discord::GatewayEvent &event)
{
    store::EventRecord r;
    r.tsMs = nowMs();
    r.kind = event.name;
    r.shard = event.shardId;
    const QJsonObject &d = event.data;
    r.guildId = str(d, "guild_id"_L1);
    r.channelId = str(d, "channel_id"_L1);
    QJsonObject user = d.value("author"_L1).toObject();
    if (user.isEmpty())
        user = d.value("member"_L1).toObject().value("user"_L1).toObject();
    if (user.isEmpty())
        user = d.value("user"_L1).toObject();
    r.userId = user.isEmpty() ? str(d, "user_id"_L1) : str(user, "id"_L1);

    switch (event.type) {
    case discord::EventType::InteractionCreate: {
        const QJsonObject inner = d.value("data"_L1).toObject();
        r.key = inner.contains("custom_id"_L1) ? str(inner, "custom_id"_L1) : str(inner, "name"_L1);
        r.summary = interactionVerb(d) + u" by "_s + displayName(user);
        rememberInteraction(str(d, "id"_L1), r.tsMs);
        break;
    }
    case discord::EventType::MessageCreate:
    case discord::EventType::MessageUpdate:
        r.summary
            = u"message by "_s + displayName(user) + u": "_s + oneLine(str(d, "content"_L1), kContentPreview);
        break;
    case discord::EventType::Ready:
        r.summary = u"ready as "_s + displayName(user)
            + u", %1 guilds"_s.arg(d.value("guilds"_L1).toArray().size());
        break;
    case discord::EventType::GuildCreate:
    case discord::EventType::GuildUpdate:
        r.guildId = str(d, "id"_L1);
        r.summary = u"guild "_s + str(d, "name"_L1);
        break;
    default:
        if (event.name.startsWith("CHANNEL_"_L1) && r.channelId.isEmpty())
            r.channelId = str(d, "id"_L1);
        r.summary = event.name.toLower().replace(u'_', u' ');
        break;
    }
    QByteArray raw = event.raw.isEmpty() ? QJsonDocument(d).toJson(QJsonDocument::Compact) : event.raw;
    r.json = raw.contains("\"token\"") ? redactTokenMembers(std::move(raw)) : std::move(raw);
    return r;
}

store::EventRecord EventRecorder::fromControl(const discord::GatewayControlEvent &event) const
{
    using K = discord::GatewayControlEvent::Kind;
    store::EventRecord r;
    r.tsMs = nowMs();
    const QString name = discord::controlKindName(event.kind);
    r.kind = u"gateway."_s + name;
    r.shard = event.shardId;
    const QString reason = event.reason.isEmpty() ? QString() : redactText(event.reason);
    const QString detail = event.detail.isEmpty() ? QString() : redactText(event.detail);
    switch (event.kind) {
    case K::Connecting:
        r.summary = u"connecting to "_s + detail;
        break;
    case K::Hello:
        r.summary = u"hello: heartbeat every %1 ms"_s.arg(event.value);
        break;
    case K::HeartbeatSent:
        r.summary = event.value >= 0 ? u"heartbeat (seq %1)"_s.arg(event.value) : u"heartbeat"_s;
        break;
    case K::HeartbeatAck:
        r.summary = u"heartbeat ACK in %1 ms"_s.arg(event.value);
        r.durationMs = event.value;
        break;
    case K::Identify:
        r.summary = u"identify"_s;
        break;
    case K::Resume:
        r.summary = u"resume from seq %1"_s.arg(event.value);
        break;
    case K::ReconnectRequested:
        r.summary = u"Discord asked to reconnect (op 7)"_s;
        break;
    case K::InvalidSession:
        r.summary
            = event.value == 1 ? u"invalid session (resumable)"_s : u"invalid session (not resumable)"_s;
        break;
    case K::Zombie:
        r.summary = u"no ACK for the last heartbeat: zombie connection, reconnecting"_s;
        r.isError = true;
        break;
    case K::ClockJump:
        r.summary = u"wall clock jumped by %1 ms"_s.arg(event.value);
        break;
    case K::Closed:
        r.summary = u"closed %1 %2"_s.arg(event.closeCode).arg(reason).trimmed();
        r.isError = event.closeCode != 1000 && event.closeCode != 0;
        break;
    case K::ReconnectScheduled:
        r.summary = u"reconnect (%1) in %2 ms"_s.arg(detail).arg(event.value);
        break;
    case K::DecodeError:
        r.summary = u"could not decode a payload: "_s + detail;
        r.isError = true;
        break;
    case K::SendRefused:
        r.summary = u"send refused: "_s + detail;
        r.isError = true;
        break;
    case K::Fatal:
        r.summary = u"stopped: "_s + reason;
        r.isError = true;
        break;
    }
    JsonWriter w;
    if (r.durationMs >= 0)
        w.add("duration_ms", r.durationMs);
    w.add("event", name).add("shard", event.shardId).add("value", event.value);
    if (event.closeCode)
        w.add("close_code", event.closeCode);
    w.addIfNotEmpty("reason", reason).addIfNotEmpty("detail", detail);
    r.json = std::move(w).finish();
    return r;
}

store::EventRecord EventRecorder::fromRest(const discord::RestLogEntry &e)
{
    store::EventRecord r;
    r.tsMs = e.time.isValid() ? e.time.toMSecsSinceEpoch() : nowMs();
    r.kind = e.rateLimited ? u"ratelimit"_s : u"rest"_s;
    r.durationMs = e.durationMs;
    r.guildId = idAfter(e.path, "guilds"_L1);
    r.channelId = idAfter(e.path, "channels"_L1);
    r.isError = e.status == 0 || e.status >= 400;
    const QString method = QString::fromLatin1(e.method);
    const QString status = e.status ? QString::number(e.status) : u"network error"_s;

    qint64 sinceReceipt = -1;
    if (isInteractionCallback(e)) {
        r.key = idAfter(e.path, "interactions"_L1);
        r.summary = u"callback for interaction %1 → %2 in %3 ms"_s.arg(r.key, status).arg(e.durationMs);
        const auto it = m_interactions.find(r.key);
        if (it != m_interactions.end()) {
            sinceReceipt = r.tsMs - it->receivedMs;
            r.summary += u", %1 ms after receipt"_s.arg(sinceReceipt);
        }
    } else {
        r.summary = u"%1 %2 → %3 in %4 ms"_s.arg(method, e.routeTemplate, status).arg(e.durationMs);
    }
    if (e.attempt > 1)
        r.summary += u" (attempt %1)"_s.arg(e.attempt);
    if (e.rateLimited)
        r.summary += u" rate limited%1, retry after %2 ms"_s.arg(e.global ? u" (global)"_s : QString())
                         .arg(e.retryAfterMs);
    if (!e.error.isEmpty())
        r.summary += u": "_s + oneLine(e.error, 160);

    JsonWriter w;
    w.add("duration_ms", e.durationMs)
        .add("method", QByteArrayView(e.method))
        .add("route", e.routeTemplate)
        .add("path", e.path)
        .add("status", e.status)
        .add("bucket", e.bucket)
        .add("attempt", e.attempt);
    if (e.rateLimited) {
        w.addBool("rate_limited", true).addBool("global", e.global).add("retry_after_ms", e.retryAfterMs);
    }
    if (!r.key.isEmpty())
        w.add("interaction_id", r.key);
    if (sinceReceipt >= 0)
        w.add("since_receipt_ms", sinceReceipt);
    w.addIfNotEmpty("error", e.error);
    addBody(w, "request", e.requestBody);
    addBody(w, "response", e.responseBody);
    r.json = std::move(w).finish();
    if (!r.key.isEmpty()) {
        const auto it = m_interactions.find(r.key);
        if (it != m_interactions.end())
            it->callbackJson = r.json;
    }
    return r;
}

store::EventRecord EventRecorder::fromInteraction(const InteractionOutcome &o)
{
    store::EventRecord r;
    r.tsMs = nowMs();
    r.kind = u"interaction"_s;
    r.shard = o.shardId;
    r.guildId = o.guildId;
    r.channelId = o.channelId;
    r.userId = o.userId;
    r.key = o.customId;
    r.isError = o.isError;
    r.durationMs = o.latencyMs;
    if (!o.summary.isEmpty()) {
        r.summary = o.summary;
    } else {
        const QString who = o.userName.isEmpty() ? o.userId : o.userName;
        r.summary = u"%1 %2 by %3"_s.arg(outcomeKindName(o.kind), o.customId, who);
        r.summary += o.latencyMs >= 0 ? u" → answered in %1 ms (type %2%3)"_s.arg(o.latencyMs)
                                            .arg(o.callbackType)
                                            .arg(o.ephemeral ? u", ephemeral"_s : QString())
                                      : u" → not answered"_s;
        if (!o.error.isEmpty())
            r.summary += u": "_s + o.error;
    }
    QByteArray callback;
    if (const auto it = m_interactions.find(o.interactionId); it != m_interactions.end())
        callback = it->callbackJson;

    JsonWriter w;
    if (o.latencyMs >= 0)
        w.add("duration_ms", o.latencyMs);
    w.add("interaction_id", o.interactionId)
        .add("type", QString(outcomeKindName(o.kind)))
        .add("custom_id", o.customId);
    if (o.componentType)
        w.add("component_type", o.componentType);
    w.add("user_id", o.userId)
        .addIfNotEmpty("user_name", o.userName)
        .addIfNotEmpty("guild_id", o.guildId)
        .add("channel_id", o.channelId)
        .addIfNotEmpty("message_id", o.messageId)
        .add("shard", o.shardId)
        .addIfNotEmpty("view", o.viewName)
        .add("received_ms", o.receivedMs)
        .add("latency_ms", o.latencyMs)
        .add("total_ms", o.durationMs)
        .add("callback_type", o.callbackType)
        .addBool("ephemeral", o.ephemeral)
        .addBool("auto_deferred", o.autoDeferred)
        .add("followups", o.followups)
        .addBool("is_error", o.isError)
        .addIfNotEmpty("error", o.error);
    if (!callback.isEmpty())
        w.addRaw("callback", callback);
    r.json = std::move(w).finish();
    return r;
}

// ---- slots

void EventRecorder::recordDispatch(const discord::GatewayEvent &event)
{
    record(fromDispatch(event));
}

void EventRecorder::recordControl(const discord::GatewayControlEvent &event)
{
    record(fromControl(event));
}

void EventRecorder::recordRest(const discord::RestLogEntry &entry)
{
    record(fromRest(entry));
}

void EventRecorder::recordInteraction(const InteractionOutcome &outcome)
{
    record(fromInteraction(outcome));
}

void EventRecorder::recordTask(const QString &name, bool ok, qint64 durationMs, const QString &detail)
{
    store::EventRecord r;
    r.kind = u"task"_s;
    r.key = name;
    r.isError = !ok;
    r.durationMs = durationMs;
    r.summary = u"task %1 %2 in %3 ms"_s.arg(name, ok ? u"ran"_s : u"failed"_s).arg(durationMs);
    if (!detail.isEmpty())
        r.summary += u": "_s + oneLine(redactText(detail), 160);
    JsonWriter w;
    if (durationMs >= 0)
        w.add("duration_ms", durationMs);
    w.add("task", name).addBool("ok", ok).addIfNotEmpty("detail", redactText(detail));
    r.json = std::move(w).finish();
    record(std::move(r));
}

void EventRecorder::recordError(const QString &source, const QString &message)
{
    store::EventRecord r;
    r.kind = u"error"_s;
    r.key = source;
    r.isError = true;
    const QString clean = redactText(message);
    r.summary = source + u": "_s + oneLine(clean, 200);
    JsonWriter w;
    w.add("source", source).add("message", clean);
    r.json = std::move(w).finish();
    record(std::move(r));
}

} // namespace bw
