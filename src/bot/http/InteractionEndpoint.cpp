#include "bot/http/InteractionEndpoint.h"

#include "core/Clock.h"
#include "core/Logging.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr qsizetype kMaxHeaderBytes = 16 * 1024;
constexpr int kMaxSeenSignatures = 100'000;

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject {{u"message"_s, message}}).toJson(QJsonDocument::Compact);
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

/// Looks at what is buffered on a new or idle connection before QHttpServer reads it: when a request's
/// header announces more than the allowed body (or no length at all, or the header itself is too big),
/// the request is answered here and its bytes are drained, so that a big body is never held in memory.
class BodyGuard final : public QObject
{
public:
    BodyGuard(QTcpSocket *socket, qint64 maxBody, std::function<void(int, const QString &)> onRefused)
        : QObject(socket), m_socket(socket), m_maxBody(maxBody), m_onRefused(std::move(onRefused))
    {
        // Connected before QHttpServer's own handler, so this runs first on every readyRead.
        QObject::connect(socket, &QTcpSocket::readyRead, this, &BodyGuard::check);
    }

private:
    void check()
    {
        if (m_draining) {
            drain();
            return;
        }
        const QByteArray head
            = m_socket->peek(std::min<qint64>(m_socket->bytesAvailable(), kMaxHeaderBytes + 1));
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (head.size() > kMaxHeaderBytes)
                refuse(431, u"The request header is larger than 16 KiB."_s, 0);
            return;
        }
        const QList<QByteArray> lines = head.left(end).split('\n');
        if (lines.isEmpty() || !lines.first().startsWith("POST "))
            return; // not ours to bound (QHttpServer answers 405 / 404 for it)
        qint64 length = -1;
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    length = -2;
            } else if (name == "transfer-encoding") {
                chunked = true;
            }
        }
        const qint64 headerBytes = end + 4;
        if (chunked || length == -1)
            refuse(411, u"The request needs a Content-Length."_s, 0);
        else if (length == -2)
            refuse(400, u"The Content-Length is not a number."_s, 0);
        else if (length > m_maxBody)
            refuse(413, u"The body (%1 bytes) is larger than %2 bytes."_s.arg(length).arg(m_maxBody),
                   headerBytes + length);
    }

    void refuse(int status, const QString &reason, qint64 requestBytes)
    {
        const QByteArray body = errorBody(reason);
        QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' '
            + (status == 413       ? QByteArray("Payload Too Large")
                   : status == 411 ? QByteArray("Length Required")
                   : status == 431 ? QByteArray("Request Header Fields Too Large")
                                   : QByteArray("Bad Request"))
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
        m_socket->write(response);
        m_onRefused(status, reason);
        m_draining = true;
        m_remaining = requestBytes;
        drain();
        // A client that never finishes sending is cut off.
        QTimer::singleShot(5000, m_socket, [socket = m_socket] { socket->abort(); });
    }

    void drain()
    {
        // Read (and drop) everything so that QHttpServer, which reads after us, sees nothing.
        m_remaining -= m_socket->skip(m_socket->bytesAvailable());
        if (m_remaining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    std::function<void(int, const QString &)> m_onRefused;
    bool m_draining = false;
    qint64 m_remaining = 0;
};

} // namespace

// ---- the responder -----------------------------------------------------------------------------------

struct InteractionHttpResponder::State
{
    State(QHttpServerResponder r, QTcpSocket *s) : responder(std::move(r)), socket(s) { }
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool done = false;

    void send(int status, const QByteArray &body, const QByteArray &contentType)
    {
        if (done)
            return;
        done = true;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        const auto code = static_cast<QHttpServerResponder::StatusCode>(status);
        if (contentType.isEmpty())
            responder.write({{"Content-Length", "0"}}, code);
        else
            responder.write(body, contentType, code);
    }
};

InteractionHttpResponder::InteractionHttpResponder(std::shared_ptr<State> state) : m_state(std::move(state))
{ }

InteractionHttpResponder::~InteractionHttpResponder()
{
    if (m_state && m_state.use_count() == 1 && !m_state->done) {
        qCWarning(lcBot) << "interaction endpoint: a request was dropped without an answer";
        m_state->send(500, errorBody(u"The bot did not answer."_s), "application/json");
    }
}

void InteractionHttpResponder::respond(const QJsonObject &response)
{
    if (m_state)
        m_state->send(200, QJsonDocument(response).toJson(QJsonDocument::Compact), "application/json");
}

void InteractionHttpResponder::reject(int status, const QString &message)
{
    if (m_state)
        m_state->send(status, errorBody(message), "application/json");
}

void InteractionHttpResponder::acknowledgeElsewhere()
{
    if (m_state)
        m_state->send(202, {}, {});
}

bool InteractionHttpResponder::isPending() const
{
    return m_state && !m_state->done && m_state->socket;
}

// ---- the servers -------------------------------------------------------------------------------------

class InteractionEndpoint::TcpServer final : public QTcpServer
{
public:
    explicit TcpServer(InteractionEndpoint *owner) : QTcpServer(owner), m_owner(owner) { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QPointer<InteractionEndpoint> owner(m_owner);
        new BodyGuard(socket, m_owner->m_settings.maxBodyBytes, [owner](int status, const QString &reason) {
            if (!owner)
                return;
            if (status == 413)
                ++owner->m_stats.tooLarge;
            else
                ++owner->m_stats.badRequests;
            qCInfo(lcBot).noquote() << "interaction endpoint refused a request:" << status << reason;
            Q_EMIT owner->refused(status, reason);
        });
        addPendingConnection(socket);
    }

private:
    InteractionEndpoint *m_owner;
};

class InteractionEndpoint::Server final : public QAbstractHttpServer
{
public:
    explicit Server(InteractionEndpoint *owner) : QAbstractHttpServer(owner), m_owner(owner) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QByteArray method;
        switch (request.method()) {
        case QHttpServerRequest::Method::Post:
            method = "POST";
            break;
        case QHttpServerRequest::Method::Get:
            method = "GET";
            break;
        default:
            method = "OTHER";
            break;
        }
        const auto headers = request.headers();
        auto state
            = std::make_shared<InteractionHttpResponder::State>(makeResponder(request, socket), socket);
        m_owner->handle(method, request.url().path(), headerValue(headers, "X-Signature-Timestamp"),
                        headerValue(headers, "X-Signature-Ed25519"), request.body(),
                        InteractionHttpResponder(std::move(state)));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    InteractionEndpoint *m_owner;
};

// ---- the endpoint ------------------------------------------------------------------------------------

InteractionEndpoint::InteractionEndpoint(InteractionEndpointSettings settings, QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_clock(m_settings.clock ? m_settings.clock : Clock::system())
{ }

InteractionEndpoint::~InteractionEndpoint()
{
    stop();
}

Result<quint16> InteractionEndpoint::start()
{
    if (m_server)
        return m_port;
    if (sodium_init() < 0)
        return Error::make(Error::Kind::Unavailable, tr("libsodium could not be initialised."));
    const QByteArray key = QByteArray::fromHex(m_settings.publicKeyHex.toLatin1());
    if (key.size() != crypto_sign_PUBLICKEYBYTES
        || key.toHex() != m_settings.publicKeyHex.toLower().toLatin1())
        return Error::make(Error::Kind::InvalidInput,
                           tr("The application's public key must be 64 hexadecimal digits (the developer "
                              "portal's \"Public Key\")."));
    if (!m_settings.path.startsWith(u'/'))
        return Error::make(Error::Kind::InvalidInput,
                           tr("The endpoint path \"%1\" must start with a slash.").arg(m_settings.path));
    const QHostAddress address = m_settings.address;
    if (!address.isLoopback()) {
        if (!m_settings.allowNonLoopback)
            return Error::make(
                Error::Kind::InvalidInput,
                tr("The interactions endpoint listens on loopback addresses only, unless binding "
                   "%1 is allowed explicitly in the settings.")
                    .arg(address.toString()));
        qCWarning(lcBot).noquote() << "interaction endpoint: listening on" << address.toString()
                                   << "(not loopback): anyone who reaches this address can send it requests";
    }
    auto *tcp = new TcpServer(this);
    if (!tcp->listen(address, m_settings.port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return Error::make(Error::Kind::Unavailable,
                           tr("The interactions endpoint could not listen on %1:%2: %3")
                               .arg(address.toString())
                               .arg(m_settings.port)
                               .arg(why));
    }
    m_publicKey = key;
    m_server = new Server(this);
    m_server->bind(tcp);
    m_port = tcp->serverPort();
    qCInfo(lcBot).noquote() << "interaction endpoint on" << url();
    return m_port;
}

void InteractionEndpoint::stop()
{
    if (!m_server)
        return;
    for (QTcpServer *tcp : m_server->servers())
        tcp->close();
    delete m_server;
    m_server = nullptr;
    for (TcpServer *tcp : findChildren<TcpServer *>(Qt::FindDirectChildrenOnly))
        delete tcp;
    m_port = 0;
    m_seenSignatures.clear();
}

bool InteractionEndpoint::isListening() const
{
    return m_server != nullptr;
}

QString InteractionEndpoint::url() const
{
    QString host = m_settings.address.toString();
    if (m_settings.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://%1:%2%3"_s.arg(host).arg(m_port).arg(m_settings.path);
}

bool InteractionEndpoint::verifySignature(const QByteArray &publicKey, const QByteArray &timestamp,
                                          const QByteArray &body, const QByteArray &signatureHex)
{
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signatureHex.size() != 2 * crypto_sign_BYTES)
        return false;
    const QByteArray signature = QByteArray::fromHex(signatureHex);
    // fromHex skips bad digits silently: a signature that does not round-trip is not hex.
    if (signature.size() != crypto_sign_BYTES || signature.toHex() != signatureHex.toLower())
        return false;
    if (sodium_init() < 0)
        return false;
    const QByteArray message = timestamp + body;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

void InteractionEndpoint::refuse(InteractionHttpResponder &responder, int status, const QString &reason)
{
    if (status == 401)
        ++m_stats.unauthorized;
    else if (status == 413)
        ++m_stats.tooLarge;
    else
        ++m_stats.badRequests;
    qCInfo(lcBot).noquote() << "interaction endpoint refused a request:" << status << reason;
    Q_EMIT refused(status, reason);
    responder.reject(status, reason);
}

bool InteractionEndpoint::checkReplay(const QByteArray &signature, qint64 timestamp, qint64 now)
{
    if (m_seenSignatures.contains(signature))
        return false;
    if (m_seenSignatures.size() >= kMaxSeenSignatures) {
        // Forget what is outside the window; anything older is refused by its timestamp anyway.
        const qint64 window = m_settings.timestampWindowSeconds;
        for (auto it = m_seenSignatures.begin(); it != m_seenSignatures.end();) {
            if (qAbs(now - it.value()) > window)
                it = m_seenSignatures.erase(it);
            else
                ++it;
        }
        if (m_seenSignatures.size() >= kMaxSeenSignatures)
            m_seenSignatures.clear();
    }
    m_seenSignatures.insert(signature, timestamp);
    return true;
}

void InteractionEndpoint::handle(const QByteArray &method, const QString &path, const QByteArray &timestamp,
                                 const QByteArray &signature, const QByteArray &body,
                                 InteractionHttpResponder responder)
{
    if (path != m_settings.path)
        return refuse(responder, 404, tr("Nothing is served at %1.").arg(path));
    if (method != "POST")
        return refuse(responder, 405, tr("Only POST is accepted here."));
    if (body.size() > m_settings.maxBodyBytes)
        return refuse(responder, 413, tr("The body is larger than %1 bytes.").arg(m_settings.maxBodyBytes));
    if (signature.isEmpty() || timestamp.isEmpty())
        return refuse(responder, 401,
                      tr("The request is not signed (X-Signature-Ed25519 and "
                         "X-Signature-Timestamp are required)."));
    if (!verifySignature(m_publicKey, timestamp, body, signature))
        return refuse(responder, 401, tr("Invalid request signature."));
    bool numeric = false;
    const qint64 ts = timestamp.toLongLong(&numeric);
    const qint64 now = m_clock->now().toSecsSinceEpoch();
    if (!numeric)
        return refuse(responder, 401, tr("The signature timestamp is not a number of seconds."));
    if (qAbs(now - ts) > m_settings.timestampWindowSeconds)
        return refuse(responder, 401,
                      tr("The signature timestamp is %1 seconds away from now (at most %2 are accepted).")
                          .arg(now - ts)
                          .arg(m_settings.timestampWindowSeconds));
    if (!checkReplay(signature.toLower(), ts, now))
        return refuse(responder, 401, tr("This signed request was already received (a replay)."));

    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return refuse(responder, 400, tr("The body is not a JSON object."));
    const QJsonObject interaction = doc.object();
    const int type = interaction.value(u"type"_s).toInt();
    const QString id = interaction.value(u"id"_s).toString();
    ++m_stats.accepted;
    Q_EMIT interactionReceived(id, type);
    if (type == 1) {
        ++m_stats.pings;
        responder.respond(QJsonObject {{u"type"_s, 1}});
        return;
    }
    if (!m_handler) {
        responder.reject(503, tr("The bot is not ready to answer interactions."));
        return;
    }
    m_handler(interaction, std::move(responder));
}

} // namespace bw
