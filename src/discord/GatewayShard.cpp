#include "discord/GatewayShard.h"

#include "core/Logging.h"
#include "discord/CloseCodes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace bw::discord {

namespace {

QByteArray encodePayload(Opcode op, const QJsonValue &d)
{
    QJsonObject o;
    o.insert("op"_L1, static_cast<int>(op));
    o.insert("d"_L1, d);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QUrl withQuery(QUrl url, Compression compression)
{
    QUrlQuery q(url);
    q.removeAllQueryItems(u"v"_s);
    q.removeAllQueryItems(u"encoding"_s);
    q.removeAllQueryItems(u"compress"_s);
    q.addQueryItem(u"v"_s, u"10"_s);
    q.addQueryItem(u"encoding"_s, u"json"_s);
    const QString c = compressionQueryValue(compression);
    if (!c.isEmpty())
        q.addQueryItem(u"compress"_s, c);
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    url.setQuery(q);
    return url;
}

} // namespace

GatewayShard::GatewayShard(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_clock(m_options.clock ? m_options.clock : Clock::system()),
      m_clockJump(m_options.clockJumpThresholdMs),
      m_limiter(m_clock, m_options.sendLimit, m_options.sendWindowMs),
      m_heartbeatTimer(this),
      m_reconnectTimer(this),
      m_sendTimer(this),
      m_clockTimer(this),
      m_handshakeTimer(this),
      m_stopTimer(this),
      m_identifyTimer(this)
{
    // The timers are children so that moveToThread() takes them along.
    if (m_options.properties.isEmpty()) {
        m_options.properties = QJsonObject {
            {u"os"_s, QSysInfo::kernelType()}, {u"browser"_s, u"Botwright"_s}, {u"device"_s, u"Botwright"_s}};
    }
    for (QTimer *t : {&m_heartbeatTimer, &m_reconnectTimer, &m_sendTimer, &m_handshakeTimer, &m_stopTimer,
                      &m_identifyTimer}) {
        t->setSingleShot(true);
        t->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &GatewayShard::onHeartbeatDue);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &GatewayShard::openSocket);
    connect(&m_sendTimer, &QTimer::timeout, this, &GatewayShard::flushQueue);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        dropAndReconnect(m_helloReceived ? u"no READY or RESUMED in time"_s : u"no HELLO in time"_s, true);
    });
    connect(&m_identifyTimer, &QTimer::timeout, this, [this] {
        if (m_waitingForIdentifySlot && m_socket && m_state == State::Identifying)
            sendIdentify();
    });
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        abandonSocket(0, {});
        finishStop();
    });
    m_clockTimer.setInterval(static_cast<int>(m_options.clockCheckIntervalMs));
    connect(&m_clockTimer, &QTimer::timeout, this, &GatewayShard::checkClock);
}

GatewayShard::~GatewayShard()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

QString GatewayShard::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return u"disconnected"_s;
    case State::Connecting:
        return u"connecting"_s;
    case State::Identifying:
        return u"identifying"_s;
    case State::Resuming:
        return u"resuming"_s;
    case State::Ready:
        return u"ready"_s;
    }
    return {};
}

double GatewayShard::random() const
{
    return m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
}

QUrl GatewayShard::nextConnectUrl() const
{
    const bool resume = m_resumeNext && !m_sessionId.isEmpty() && m_resumeUrl.isValid();
    return withQuery(resume ? m_resumeUrl : m_options.gatewayUrl, m_options.compression);
}

void GatewayShard::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcGateway) << "shard" << m_options.shardId << "state" << stateName(state);
    Q_EMIT stateChanged(state);
}

void GatewayShard::emitControl(GatewayControlEvent::Kind kind, qint64 value, const QString &detail,
                               int closeCode, const QString &reason)
{
    GatewayControlEvent e;
    e.kind = kind;
    e.shardId = m_options.shardId;
    e.value = value;
    e.detail = detail;
    e.closeCode = closeCode;
    e.reason = reason;
    Q_EMIT control(e);
}

// ---- lifecycle ---------------------------------------------------------------------------------------

void GatewayShard::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_fatal.reset();
    m_attempt = 0;
    m_resumeNext = !m_sessionId.isEmpty();
    m_clockJump.reset();
    m_clockJump.check(m_clock->now(), m_clock->monotonicMs());
    m_clockTimer.start();
    openSocket();
}

void GatewayShard::stop()
{
    if (!m_running && !m_socket) {
        setState(State::Disconnected);
        Q_EMIT stopped();
        return;
    }
    m_running = false;
    m_stopping = true;
    m_reconnectTimer.stop();
    m_heartbeatTimer.stop();
    m_sendTimer.stop();
    m_clockTimer.stop();
    m_handshakeTimer.stop();
    m_identifyTimer.stop();
    m_heartbeat.stop();
    m_queue.clear();
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, u"stopping"_s);
        m_stopTimer.start(static_cast<int>(m_options.stopTimeoutMs));
        return;
    }
    abandonSocket(0, {});
    finishStop();
}

void GatewayShard::finishStop()
{
    m_stopTimer.stop();
    m_stopping = false;
    clearSession(); // a 1000 close ends the session
    setState(State::Disconnected);
    emitControl(GatewayControlEvent::Kind::Closed, -1, u"stopped"_s, kCloseNormal, u"stopped"_s);
    Q_EMIT stopped();
}

void GatewayShard::clearSession()
{
    m_sessionId.clear();
    m_resumeUrl.clear();
    m_seq = -1;
    m_resumeNext = false;
}

void GatewayShard::openSocket()
{
    if (!m_running)
        return;
    abandonSocket(0, {});
    const bool resume = m_resumeNext && !m_sessionId.isEmpty() && m_resumeUrl.isValid();
    m_resumeNext = resume;
    const QUrl url = nextConnectUrl();

    m_zlib.reset();
    m_zstd.reset();
    m_limiter.reset();
    m_heartbeat.stop();
    m_heartbeatTimer.stop();
    m_helloReceived = false;
    m_waitingForIdentifySlot = false;
    m_errorWhileConnected = false;
    m_identifyTimer.stop();

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(ZlibStreamInflater::kMaxBytes);
    connect(m_socket, &QWebSocket::connected, this, &GatewayShard::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &GatewayShard::onDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &GatewayShard::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &GatewayShard::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &GatewayShard::onBinary);

    setState(State::Connecting);
    emitControl(GatewayControlEvent::Kind::Connecting, -1, url.toString());
    qCInfo(lcGateway) << "shard" << m_options.shardId << (resume ? "resuming at" : "connecting to")
                      << url.toString();
    m_handshakeTimer.start(static_cast<int>(m_options.helloTimeoutMs));
    m_socket->open(url);
}

void GatewayShard::abandonSocket(int closeCode, const QString &reason)
{
    if (!m_socket)
        return;
    QWebSocket *old = std::exchange(m_socket, nullptr);
    old->disconnect(this);
    if (closeCode != 0 && old->state() == QAbstractSocket::ConnectedState) {
        // Send the close frame, but do not wait for the peer: a zombie may never answer.
        old->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode), reason);
        connect(old, &QWebSocket::disconnected, old, &QObject::deleteLater);
        QTimer::singleShot(2'000, old, [old] {
            old->abort();
            old->deleteLater();
        });
    } else {
        old->abort();
        old->deleteLater();
    }
}

void GatewayShard::onConnected()
{
    qCDebug(lcGateway) << "shard" << m_options.shardId << "socket open";
}

void GatewayShard::onSocketError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    // A failed connect emits no disconnected(); a failure of an open socket is followed by it.
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_errorWhileConnected = true;
        return;
    }
    {
        const QString why = m_socket->errorString();
        qCInfo(lcGateway) << "shard" << m_options.shardId << "socket error" << error << why;
        if (m_stopping) {
            abandonSocket(0, {});
            finishStop();
            return;
        }
        abandonSocket(0, {});
        handleClose(0, why);
    }
}

void GatewayShard::onDisconnected()
{
    if (!m_socket)
        return;
    int code = m_socket->closeCode();
    const QString reason = m_socket->closeReason();
    // QWebSocket reports 1000 when the connection dropped without a close frame; a socket error while
    // connected tells the two apart. A drop keeps the session resumable, a real 1000 does not.
    if (code == QWebSocketProtocol::CloseCodeNormal && m_errorWhileConnected)
        code = QWebSocketProtocol::CloseCodeAbnormalDisconnection;
    abandonSocket(0, {});
    if (m_stopping) {
        finishStop();
        return;
    }
    handleClose(code, reason);
}

void GatewayShard::handleClose(int code, const QString &reason)
{
    m_identifyTimer.stop();
    m_waitingForIdentifySlot = false;
    m_heartbeat.stop();
    m_heartbeatTimer.stop();
    m_handshakeTimer.stop();
    m_sendTimer.stop();
    emitControl(GatewayControlEvent::Kind::Closed, -1, {}, code, reason);
    if (!m_running)
        return;

    const CloseClassification cls = classifyClose(code);
    qCInfo(lcGateway) << "shard" << m_options.shardId << "closed" << code << reason << "-" << cls.message;
    switch (cls.action) {
    case CloseAction::Fatal: {
        Error err
            = Error::make(code == 4004 ? Error::Kind::Unauthorized : Error::Kind::Unavailable, cls.message);
        err.details
            = u"gateway close code %1%2"_s.arg(code).arg(reason.isEmpty() ? QString() : u": "_s + reason);
        m_fatal = err;
        m_running = false;
        m_clockTimer.stop();
        m_reconnectTimer.stop();
        m_queue.clear();
        clearSession();
        setState(State::Disconnected);
        emitControl(GatewayControlEvent::Kind::Fatal, -1, err.details, code, cls.message);
        Q_EMIT fatal(err);
        return;
    }
    case CloseAction::NewSession:
        clearSession();
        reconnect(false,
                  reconnectDelayMs(m_attempt++, random(), m_options.backoffBaseMs, m_options.backoffMaxMs),
                  cls.message);
        return;
    case CloseAction::Resume:
        reconnect(true,
                  reconnectDelayMs(m_attempt++, random(), m_options.backoffBaseMs, m_options.backoffMaxMs),
                  cls.message);
        return;
    }
}

void GatewayShard::reconnect(bool resume, qint64 delayMs, const QString &why)
{
    if (!m_running)
        return;
    m_resumeNext = resume && !m_sessionId.isEmpty();
    setState(State::Disconnected);
    emitControl(GatewayControlEvent::Kind::ReconnectScheduled, delayMs,
                m_resumeNext ? u"resume"_s : u"identify"_s, 0, why);
    m_reconnectTimer.start(static_cast<int>(qMax<qint64>(0, delayMs)));
}

void GatewayShard::dropAndReconnect(const QString &why, bool resume)
{
    qCInfo(lcGateway) << "shard" << m_options.shardId << "dropping connection:" << why;
    m_heartbeat.stop();
    m_heartbeatTimer.stop();
    m_handshakeTimer.stop();
    m_sendTimer.stop();
    abandonSocket(kCloseResumable, why);
    emitControl(GatewayControlEvent::Kind::Closed, -1, u"by client"_s, kCloseResumable, why);
    reconnect(resume,
              reconnectDelayMs(m_attempt++, random(), m_options.backoffBaseMs, m_options.backoffMaxMs), why);
}

// ---- receiving ---------------------------------------------------------------------------------------

void GatewayShard::onText(const QString &text)
{
    // Text frames are plain JSON whatever compression was asked for.
    handlePayload(text.toUtf8());
}

void GatewayShard::onBinary(const QByteArray &data)
{
    switch (m_options.compression) {
    case Compression::ZlibStream: {
        auto r = m_zlib.feed(data);
        if (!r) {
            emitControl(GatewayControlEvent::Kind::DecodeError, -1, r.error().message);
            dropAndReconnect(r.error().message, true);
            return;
        }
        if (r.value())
            handlePayload(*r.value());
        return;
    }
    case Compression::ZstdStream: {
        auto r = m_zstd.feed(data);
        if (!r) {
            emitControl(GatewayControlEvent::Kind::DecodeError, -1, r.error().message);
            dropAndReconnect(r.error().message, true);
            return;
        }
        handlePayload(r.value());
        return;
    }
    case Compression::None:
        // Not asked for compression: a binary frame can only be plain JSON bytes.
        handlePayload(data);
        return;
    }
}

void GatewayShard::handlePayload(const QByteArray &json)
{
    auto decoded = decodeGatewayPayload(json);
    if (!decoded) {
        // Several payloads flushed into one frame inflate to "{...}{...}": take them one by one.
        const QList<QByteArray> parts = splitJsonObjects(json);
        if (parts.size() > 1) {
            for (const QByteArray &part : parts)
                handlePayload(part);
            return;
        }
        // One bad payload does not break the stream; report it and go on.
        qCWarning(lcGateway) << "shard" << m_options.shardId << decoded.error().message;
        emitControl(GatewayControlEvent::Kind::DecodeError, -1, decoded.error().message);
        return;
    }
    GatewayPayload &p = decoded.value();
    switch (static_cast<Opcode>(p.op)) {
    case Opcode::Dispatch:
        handleDispatch(std::move(p));
        return;
    case Opcode::Heartbeat:
        sendHeartbeat(1);
        return;
    case Opcode::Reconnect:
        emitControl(GatewayControlEvent::Kind::ReconnectRequested);
        abandonSocket(kCloseResumable, u"reconnect requested"_s);
        emitControl(GatewayControlEvent::Kind::Closed, -1, u"by client"_s, kCloseResumable,
                    u"reconnect requested"_s);
        reconnect(true, 0, u"the gateway asked to reconnect (op 7)"_s);
        return;
    case Opcode::InvalidSession: {
        const bool resumable = p.d.toBool(false);
        emitControl(GatewayControlEvent::Kind::InvalidSession, resumable ? 1 : 0);
        abandonSocket(kCloseResumable, u"invalid session"_s);
        if (resumable) {
            reconnect(true, 0, u"invalid session (resumable)"_s);
        } else {
            clearSession();
            const qint64 lo = m_options.invalidSessionMinMs;
            const qint64 hi = qMax(lo, m_options.invalidSessionMaxMs);
            reconnect(false, lo + static_cast<qint64>(random() * static_cast<double>(hi - lo)),
                      u"invalid session; identifying anew"_s);
        }
        return;
    }
    case Opcode::Hello:
        handleHello(p.d.toObject());
        return;
    case Opcode::HeartbeatAck: {
        if (const auto rtt = m_heartbeat.acked(m_clock->monotonicMs())) {
            m_latencyMs = *rtt;
            emitControl(GatewayControlEvent::Kind::HeartbeatAck, *rtt);
            Q_EMIT latencyChanged(*rtt);
        }
        return;
    }
    default:
        qCDebug(lcGateway) << "shard" << m_options.shardId << "ignoring op" << p.op;
        return;
    }
}

void GatewayShard::handleHello(const QJsonObject &d)
{
    const qint64 interval = static_cast<qint64>(d.value("heartbeat_interval"_L1).toDouble(41'250));
    m_helloReceived = true;
    m_handshakeTimer.stop();
    m_limiter.setReserved(GatewaySendLimiter::reservedForInterval(interval, m_options.sendWindowMs));
    m_heartbeat.start(m_clock->monotonicMs(), interval, random());
    emitControl(GatewayControlEvent::Kind::Hello, interval);
    scheduleHeartbeat();

    if (m_resumeNext) {
        sendResume();
    } else {
        setState(State::Identifying);
        m_waitingForIdentifySlot = true;
        if (m_options.externalIdentifyGate) {
            Q_EMIT identifyRequested(m_options.shardId);
        } else {
            const qint64 wait = m_lastIdentifyMs + m_options.identifyIntervalMs - m_clock->monotonicMs();
            if (wait > 0)
                m_identifyTimer.start(static_cast<int>(wait));
            else
                sendIdentify();
        }
    }
}

void GatewayShard::handleDispatch(GatewayPayload &&p)
{
    if (p.seq >= 0) {
        if (p.seq <= m_seq && !m_sessionId.isEmpty()) {
            // A replayed event we already delivered (seq numbers only grow within a session).
            qCDebug(lcGateway) << "shard" << m_options.shardId << "dropping duplicate seq" << p.seq;
            return;
        }
        m_seq = p.seq;
    }
    GatewayEvent ev = toGatewayEvent(std::move(p), m_options.shardId);

    if (ev.type == EventType::Ready) {
        m_sessionId = ev.data.value("session_id"_L1).toString();
        const QString resume = ev.data.value("resume_gateway_url"_L1).toString();
        m_resumeUrl = resume.isEmpty() ? m_options.gatewayUrl : QUrl(resume);
        m_handshakeTimer.stop();
        m_attempt = 0;
        setState(State::Ready);
        flushQueue();
    } else if (ev.type == EventType::Resumed) {
        m_handshakeTimer.stop();
        m_attempt = 0;
        setState(State::Ready);
        flushQueue();
    }
    Q_EMIT dispatch(ev);
}

// ---- sending -----------------------------------------------------------------------------------------

bool GatewayShard::sendNow(const QByteArray &json)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(json));
    m_limiter.recordSend();
    return true;
}

bool GatewayShard::identifyNow()
{
    if (!m_waitingForIdentifySlot || !m_socket || m_state != State::Identifying)
        return false;
    sendIdentify();
    return true;
}

void GatewayShard::sendIdentify()
{
    m_waitingForIdentifySlot = false;
    QJsonObject d {{u"token"_s, m_options.token},
                   {u"properties"_s, m_options.properties},
                   {u"intents"_s, static_cast<double>(m_options.intents)},
                   {u"shard"_s, QJsonArray {m_options.shardId, m_options.shardCount}}};
    if (m_options.largeThreshold > 0)
        d.insert(u"large_threshold"_s, m_options.largeThreshold);
    if (!m_options.presence.isEmpty())
        d.insert(u"presence"_s, m_options.presence);
    const QByteArray json = encodePayload(Opcode::Identify, d);
    if (json.size() > kMaxPayloadBytes) {
        Error err = Error::make(Error::Kind::InvalidInput,
                                u"IDENTIFY is %1 bytes, over the gateway's 4096-byte limit; shorten the "
                                u"presence or properties"_s.arg(json.size()));
        m_fatal = err;
        emitControl(GatewayControlEvent::Kind::SendRefused, json.size(), err.message);
        stop();
        Q_EMIT fatal(err);
        return;
    }
    m_seq = -1;
    if (sendNow(json)) {
        m_lastIdentifyMs = m_clock->monotonicMs();
        emitControl(GatewayControlEvent::Kind::Identify);
        m_handshakeTimer.start(static_cast<int>(m_options.readyTimeoutMs));
    }
}

void GatewayShard::sendResume()
{
    setState(State::Resuming);
    const QJsonObject d {{u"token"_s, m_options.token},
                         {u"session_id"_s, m_sessionId},
                         {u"seq"_s, m_seq >= 0 ? QJsonValue(static_cast<double>(m_seq)) : QJsonValue()}};
    if (sendNow(encodePayload(Opcode::Resume, d))) {
        emitControl(GatewayControlEvent::Kind::Resume, m_seq);
        m_handshakeTimer.start(static_cast<int>(m_options.readyTimeoutMs));
    }
}

Result<void> GatewayShard::send(Opcode op, const QJsonValue &d)
{
    QByteArray json = encodePayload(op, d);
    if (json.size() > kMaxPayloadBytes) {
        const QString why
            = u"Gateway payload (op %1) is %2 bytes; the limit is 4096"_s.arg(int(op)).arg(json.size());
        emitControl(GatewayControlEvent::Kind::SendRefused, json.size(), why);
        return Error::make(Error::Kind::InvalidInput, why);
    }
    if (!m_running) {
        const QString why = u"Shard %1 is not running"_s.arg(m_options.shardId);
        emitControl(GatewayControlEvent::Kind::SendRefused, json.size(), why);
        return Error::make(Error::Kind::Unavailable, why);
    }
    if (m_queue.size() >= kMaxQueuedSends) {
        const QString why = u"Shard %1 already has %2 payloads waiting to be sent"_s.arg(m_options.shardId)
                                .arg(kMaxQueuedSends);
        emitControl(GatewayControlEvent::Kind::SendRefused, json.size(), why);
        return Error::make(Error::Kind::RateLimited, why);
    }
    m_queue.push_back(std::move(json));
    flushQueue();
    return {};
}

void GatewayShard::flushQueue()
{
    if (m_state != State::Ready)
        return; // sent once READY/RESUMED arrives
    while (!m_queue.empty()) {
        const qint64 wait = m_limiter.msUntilAllowed(false);
        if (wait > 0) {
            if (!m_sendTimer.isActive())
                m_sendTimer.start(static_cast<int>(wait));
            return;
        }
        if (!sendNow(m_queue.front()))
            return;
        m_queue.pop_front();
    }
}

// ---- heartbeats --------------------------------------------------------------------------------------

void GatewayShard::scheduleHeartbeat()
{
    if (!m_heartbeat.isRunning())
        return;
    const qint64 wait = qMax<qint64>(0, m_heartbeat.nextDueMs() - m_clock->monotonicMs());
    m_heartbeatTimer.start(static_cast<int>(wait));
}

void GatewayShard::onHeartbeatDue()
{
    if (!m_heartbeat.isRunning())
        return;
    if (m_heartbeat.onDue() == HeartbeatTracker::Due::Zombie) {
        emitControl(GatewayControlEvent::Kind::Zombie, m_heartbeat.intervalMs());
        dropAndReconnect(u"no heartbeat ACK (zombie connection)"_s, true);
        return;
    }
    sendHeartbeat(0);
}

void GatewayShard::sendHeartbeat(int kind)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 wait = m_limiter.msUntilAllowed(true);
    if (wait > 0) { // cannot happen with the reserve, but never exceed the limit
        m_heartbeatTimer.start(static_cast<int>(wait));
        return;
    }
    const QJsonValue d = m_seq >= 0 ? QJsonValue(static_cast<double>(m_seq)) : QJsonValue();
    if (!sendNow(encodePayload(Opcode::Heartbeat, d)))
        return;
    const qint64 now = m_clock->monotonicMs();
    if (kind == 0)
        m_heartbeat.beatSent(now);
    else if (kind == 1)
        m_heartbeat.extraBeatSent(now);
    else
        m_heartbeat.checkBeatSent(now, m_options.wakeAckTimeoutMs);
    emitControl(GatewayControlEvent::Kind::HeartbeatSent, m_seq);
    scheduleHeartbeat();
}

void GatewayShard::checkClock()
{
    const qint64 jump = m_clockJump.check(m_clock->now(), m_clock->monotonicMs());
    if (jump == 0 || !m_running)
        return;
    qCInfo(lcGateway) << "shard" << m_options.shardId << "wall clock jumped by" << jump
                      << "ms; checking connection";
    emitControl(GatewayControlEvent::Kind::ClockJump, jump);
    if (m_reconnectTimer.isActive()) {
        // Waiting out a backoff that may have been meant for before the sleep: try now.
        m_reconnectTimer.start(0);
        return;
    }
    if (!m_helloReceived || !m_heartbeat.isRunning())
        return;
    if (m_heartbeat.awaitingAck()) {
        emitControl(GatewayControlEvent::Kind::Zombie, m_heartbeat.intervalMs());
        dropAndReconnect(u"no heartbeat ACK after a clock jump (system sleep?)"_s, true);
        return;
    }
    sendHeartbeat(2);
}

} // namespace bw::discord
