#include "sandbox/HttpServer.h"

#include "core/Logging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

namespace bw::sandbox {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 32 * 1024 * 1024;

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool containsToken(QByteArrayView value, QByteArrayView token)
{
    return value.toByteArray().toLower().contains(token);
}

} // namespace

// ---- HttpRequest -------------------------------------------------------------------------------

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName)
            return h.second;
    }
    return {};
}

QByteArray HttpRequest::queryValue(QByteArrayView key) const
{
    if (query.isEmpty())
        return {};
    qsizetype pos = 0;
    while (pos <= query.size()) {
        qsizetype end = query.indexOf('&', pos);
        if (end < 0)
            end = query.size();
        const QByteArrayView part(query.constData() + pos, end - pos);
        const qsizetype eq = part.indexOf('=');
        const QByteArrayView k = eq < 0 ? part : part.first(eq);
        if (k == key) {
            if (eq < 0)
                return QByteArray("");
            QByteArray v = part.sliced(eq + 1).toByteArray();
            v.replace('+', ' ');
            return QByteArray::fromPercentEncoding(v);
        }
        pos = end + 1;
    }
    return {};
}

bool HttpRequest::hasQueryKey(QByteArrayView key) const
{
    for (const QByteArray &part : query.split('&')) {
        const qsizetype eq = part.indexOf('=');
        if ((eq < 0 ? QByteArrayView(part) : QByteArrayView(part).first(eq)) == key)
            return true;
    }
    return false;
}

// ---- HttpResponder -----------------------------------------------------------------------------

HttpResponder::HttpResponder(HttpConnection *connection) : m_connection(connection), m_done(false) { }

HttpResponder::HttpResponder(HttpResponder &&other) noexcept
    : m_connection(std::move(other.m_connection)), m_done(other.m_done)
{
    other.m_done = true;
    other.m_connection = nullptr;
}

HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept
{
    if (this != &other) {
        if (!m_done && m_connection)
            send(500, QByteArray(), {});
        m_connection = std::move(other.m_connection);
        m_done = other.m_done;
        other.m_done = true;
        other.m_connection = nullptr;
    }
    return *this;
}

HttpResponder::~HttpResponder()
{
    if (!m_done && m_connection)
        send(500, QByteArray(), {});
}

void HttpResponder::send(int status, const QByteArray &body, QByteArrayView contentType,
                         const HttpHeaders &headers)
{
    if (m_done)
        return;
    m_done = true;
    if (!m_connection)
        return;
    QByteArray out;
    out.reserve(256 + body.size() + headers.size() * 48);
    out.append("HTTP/1.1 ")
        .append(QByteArray::number(status))
        .append(' ')
        .append(HttpServer::reasonPhrase(status));
    out.append("\r\n");
    if (!contentType.isEmpty())
        out.append("Content-Type: ").append(contentType).append("\r\n");
    if (status != 204 && status != 304)
        out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    for (const auto &h : headers)
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    out.append("\r\n");
    if (status != 204 && status != 304)
        out.append(body);
    m_connection->writeResponse(out);
}

void HttpResponder::abortConnection()
{
    m_done = true;
    if (m_connection)
        m_connection->abort();
}

// ---- HttpServer --------------------------------------------------------------------------------

HttpServer::HttpServer(QObject *parent)
    : QObject(parent),
      m_ws(new QWebSocketServer(QStringLiteral("botwright-sandbox"), QWebSocketServer::NonSecureMode, this))
{
    m_ws->setMaxPendingConnections(1000);
    connect(m_ws, &QWebSocketServer::newConnection, this, &HttpServer::newWebSocket);
}

HttpServer::~HttpServer() = default;

quint16 HttpServer::listen(quint16 port)
{
    close();
    m_tcp = new QTcpServer(this);
    m_tcp->setMaxPendingConnections(1000);
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return 0;
    }
    connect(m_tcp, &QTcpServer::newConnection, this, &HttpServer::handleNewConnections);
    return m_tcp->serverPort();
}

void HttpServer::close()
{
    if (m_tcp) {
        m_tcp->close();
        delete m_tcp;
        m_tcp = nullptr;
    }
}

quint16 HttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

std::unique_ptr<QWebSocket> HttpServer::nextPendingWebSocket()
{
    return std::unique_ptr<QWebSocket>(m_ws->nextPendingConnection());
}

void HttpServer::handleNewConnections()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        socket->setParent(nullptr);
        new HttpConnection(this, socket);
    }
}

void HttpServer::dispatch(HttpConnection *connection, HttpRequest &request)
{
    HttpResponder responder(connection);
    if (m_handler)
        m_handler(request, std::move(responder));
    else
        responder.send(404, QByteArray(), {});
}

void HttpServer::upgrade(QTcpSocket *socket)
{
    m_ws->handleConnection(socket);
    Q_EMIT socket->readyRead();
    // No Nagle once the handshake is under way: a WebSocket frame goes out as header + payload writes, and a
    // peer that delays its ACKs would otherwise hold dispatches back by tens of milliseconds.
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : (status < 500 ? "Client Error" : "Server Error");
    }
}

// ---- HttpConnection ----------------------------------------------------------------------------

HttpConnection::HttpConnection(HttpServer *server, QTcpSocket *socket)
    : QObject(socket), m_server(server), m_socket(socket)
{
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead()
{
    if (m_upgraded)
        return;
    if (m_offset >= m_buffer.size() && !m_socket->isTransactionStarted())
        m_socket->startTransaction();
    if (m_offset > 0) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    // Requests answered synchronously are written in one batch: one write() for a pipelined burst, and
    // right away (not on the next event-loop pass) for a single request.
    const bool outer = !m_inProcess;
    m_inProcess = true;
    processRequests();
    if (outer) {
        m_inProcess = false;
        if (!m_upgraded && m_socket->state() == QAbstractSocket::ConnectedState
            && m_socket->bytesToWrite() > 0)
            m_socket->flush();
    }
}

void HttpConnection::processRequests()
{
    while (!m_busy && !m_upgraded && m_offset < m_buffer.size()
           && m_socket->state() == QAbstractSocket::ConnectedState) {
        HttpRequest request;
        qsizetype consumed = 0;
        switch (parseOne(request, consumed)) {
        case Parse::Incomplete:
            return;
        case Parse::Error:
            m_closeAfter = true;
            m_busy = true;
            HttpResponder(this).send(400, QByteArray(), {});
            m_buffer.clear();
            m_offset = 0;
            return;
        case Parse::Upgrade:
            if (!m_socket->isTransactionStarted()) {
                m_closeAfter = true;
                m_busy = true;
                HttpResponder(this).send(400, QByteArray(), {});
                return;
            }
            m_upgraded = true;
            m_socket->rollbackTransaction();
            m_socket->disconnect();
            m_buffer.clear();
            m_offset = 0;
            setParent(nullptr);
            deleteLater();
            m_server->upgrade(m_socket);
            return;
        case Parse::Complete:
            if (m_socket->isTransactionStarted())
                m_socket->commitTransaction();
            m_offset += consumed;
            if (m_offset >= m_buffer.size()) {
                m_buffer.clear();
                m_offset = 0;
            }
            m_busy = true;
            m_sentContinue = false;
            m_server->dispatch(this, request);
            break;
        }
    }
}

HttpConnection::Parse HttpConnection::parseOne(HttpRequest &request, qsizetype &consumed)
{
    // Tolerate blank lines between requests.
    while (m_offset < m_buffer.size() && (m_buffer[m_offset] == '\r' || m_buffer[m_offset] == '\n'))
        ++m_offset;
    const QByteArrayView buf(m_buffer.constData() + m_offset, m_buffer.size() - m_offset);
    if (buf.isEmpty())
        return Parse::Incomplete;
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return buf.size() > kMaxHeaderBytes ? Parse::Error : Parse::Incomplete;

    const QByteArrayView head(buf.data(), headerEnd);
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1)
        return Parse::Error;
    request.method = requestLine.first(sp1).toByteArray();
    request.target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1).trimmed().toByteArray();
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!version.startsWith("HTTP/1."))
        return Parse::Error;
    const bool http10 = version == "HTTP/1.0";
    const qsizetype q = request.target.indexOf('?');
    request.path = q < 0 ? request.target : request.target.first(q);
    request.query = q < 0 ? QByteArray() : request.target.sliced(q + 1);
    // absolute-form targets
    if (request.path.startsWith("http://")) {
        const qsizetype slash = request.path.indexOf('/', 7);
        request.path = slash < 0 ? QByteArray("/") : request.path.sliced(slash);
    }

    qsizetype pos = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        qsizetype e = head.indexOf("\r\n", pos);
        if (e < 0)
            e = head.size();
        const QByteArrayView line = head.sliced(pos, e - pos);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.first(colon).trimmed().toByteArray().toLower(),
                                    line.sliced(colon + 1).trimmed().toByteArray()});
        pos = e + 2;
    }

    const QByteArray connection = request.header("connection");
    m_closeAfter = http10 ? !containsToken(connection, "keep-alive") : containsToken(connection, "close");
    if (containsToken(connection, "upgrade") && equalsIgnoreCase(request.header("upgrade"), "websocket"))
        return Parse::Upgrade;

    const qsizetype bodyStart = headerEnd + 4;
    const QByteArray te = request.header("transfer-encoding");
    if (containsToken(te, "chunked")) {
        QByteArray body;
        qsizetype p = bodyStart;
        for (;;) {
            const qsizetype le = buf.indexOf("\r\n", p);
            if (le < 0)
                return Parse::Incomplete;
            QByteArray sizeText = buf.sliced(p, le - p).toByteArray();
            const qsizetype semi = sizeText.indexOf(';');
            if (semi >= 0)
                sizeText.truncate(semi);
            bool ok = false;
            const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || body.size() + size > kMaxBodyBytes)
                return Parse::Error;
            p = le + 2;
            if (size == 0) {
                // trailers until an empty line
                for (;;) {
                    const qsizetype te2 = buf.indexOf("\r\n", p);
                    if (te2 < 0)
                        return Parse::Incomplete;
                    const bool empty = te2 == p;
                    p = te2 + 2;
                    if (empty)
                        break;
                }
                break;
            }
            if (buf.size() < p + size + 2)
                return Parse::Incomplete;
            body.append(buf.data() + p, size);
            p += size + 2;
        }
        request.body = std::move(body);
        consumed = p;
        return Parse::Complete;
    }

    qint64 length = 0;
    const QByteArray cl = request.header("content-length");
    if (!cl.isEmpty()) {
        bool ok = false;
        length = cl.toLongLong(&ok);
        if (!ok || length < 0 || length > kMaxBodyBytes)
            return Parse::Error;
    }
    if (buf.size() - bodyStart < length) {
        if (!m_sentContinue && equalsIgnoreCase(request.header("expect"), "100-continue")) {
            m_sentContinue = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return Parse::Incomplete;
    }
    request.body = buf.sliced(bodyStart, length).toByteArray();
    consumed = bodyStart + length;
    return Parse::Complete;
}

void HttpConnection::writeResponse(const QByteArray &bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(bytes);
    m_busy = false;
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_inProcess)
        return; // processRequests() goes on with the next pipelined request and flushes at the end
    m_socket->flush(); // a deferred answer (long poll, slow fault): out now
    if (m_offset < m_buffer.size())
        QMetaObject::invokeMethod(this, &HttpConnection::processBuffer, Qt::QueuedConnection);
}

void HttpConnection::abort()
{
    m_socket->abort();
}

} // namespace bw::sandbox
