#pragma once
// PlainHttpClient: a small HTTP/1.1 client for http:// API bases (the sandbox, a local proxy): keep-alive
// connections on the caller's thread, buffered reads. QNetworkAccessManager reads plain-HTTP response
// headers one byte per read() on its own thread, which cost more CPU than everything else per REST call.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <qcoro/qcorotask.h>

#include <deque>
#include <memory>

namespace bw::discord {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpAnswer
{
    int status = 0; ///< 0 = no HTTP answer (see error)
    HttpHeaders headers;
    QByteArray body;
    QString error; ///< network error text when status is 0

    /// The first header named `name` (case-insensitive), or null.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

class PlainHttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainHttpClient)

public:
    explicit PlainHttpClient(QObject *parent = nullptr);
    ~PlainHttpClient() override;

    /// Connections kept open per client (requests beyond wait for one).
    static constexpr int kMaxConnections = 6;

    /// Sends one request to an http:// URL. A request on a reused connection that the server had closed
    /// is sent again once on a new connection (nothing of it had been answered). `timeoutMs` is the
    /// longest silence while waiting for the answer.
    QCoro::Task<HttpAnswer> send(QByteArray method, QUrl url, HttpHeaders headers, QByteArray body,
                                 qint64 timeoutMs);

    /// Open connections (idle or busy), for tests.
    int connectionCount() const;

private:
    class Connection;
    struct Job;
    void dispatch();
    void finished(Connection *c, const std::shared_ptr<Job> &job, HttpAnswer answer, bool keep);

    std::deque<std::shared_ptr<Job>> m_queue;
    QList<Connection *> m_connections;
    QList<std::shared_ptr<Job>> m_answered; // answered, resumed on the next event-loop turn
};

} // namespace bw::discord
