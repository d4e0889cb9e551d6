#pragma once
// HttpServer: a lean HTTP/1.1 server (keep-alive, pipelining, deferred answers) on 127.0.0.1 that hands
// WebSocket upgrade requests on the same port to a QWebSocketServer.

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QVarLengthArray>

#include <functional>
#include <memory>
#include <utility>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace bw::sandbox {

class HttpConnection;

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QByteArray target; // as sent: path and query
    QByteArray path; // percent-decoding is left to the router
    QByteArray query; // without '?'
    QVarLengthArray<std::pair<QByteArray, QByteArray>, 16> headers; // names lower-cased
    QByteArray body;

    QByteArray header(QByteArrayView lowerName) const;
    /// The value of one query key, percent-decoded; empty when absent.
    QByteArray queryValue(QByteArrayView key) const;
    bool hasQueryKey(QByteArrayView key) const;
};

using HttpHeaders = QVarLengthArray<std::pair<QByteArray, QByteArray>, 12>;

/// One pending answer to one request. Movable; answering twice is ignored. If it is destroyed without an
/// answer, the request is answered with 500 so the connection never hangs.
class HttpResponder
{
public:
    HttpResponder() = default;
    explicit HttpResponder(HttpConnection *connection);
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    ~HttpResponder();

    /// Writes a complete response. contentType may be empty (no body or no Content-Type).
    void send(int status, const QByteArray &body, QByteArrayView contentType,
              const HttpHeaders &headers = {});
    void sendJson(int status, const QByteArray &json, const HttpHeaders &headers = {})
    {
        send(status, json, "application/json", headers);
    }
    /// Drops the TCP connection without an answer (fault injection).
    void abortConnection();
    bool isValid() const { return !m_connection.isNull() && !m_done; }

private:
    QPointer<HttpConnection> m_connection;
    bool m_done = true;
};

class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<void(HttpRequest &request, HttpResponder responder)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /// Listens on 127.0.0.1 only. Returns the port, or 0 with errorString() set.
    quint16 listen(quint16 port);
    void close();
    quint16 port() const;
    QString errorString() const { return m_error; }

    std::unique_ptr<QWebSocket> nextPendingWebSocket();

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void newWebSocket();

private:
    friend class HttpConnection;
    void handleNewConnections();
    void dispatch(HttpConnection *connection, HttpRequest &request);
    void upgrade(QTcpSocket *socket);

    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_ws = nullptr;
    Handler m_handler;
    QString m_error;
};

/// Internal: the state of one TCP connection.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    HttpConnection(HttpServer *server, QTcpSocket *socket);
    QTcpSocket *socket() const { return m_socket; }
    void writeResponse(const QByteArray &bytes);
    void abort();

private:
    void onReadyRead();
    void processBuffer();
    void processRequests();
    enum class Parse { Incomplete, Complete, Error, Upgrade };
    Parse parseOne(HttpRequest &request, qsizetype &consumed);

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // parsed up to here
    bool m_busy = false; // a request is waiting for its answer
    bool m_closeAfter = false; // the answered request asked for Connection: close
    bool m_sentContinue = false;
    bool m_upgraded = false;
    bool m_inProcess = false; // inside processBuffer(): answers are flushed when it returns
};

} // namespace bw::sandbox
