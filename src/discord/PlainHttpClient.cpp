#include "discord/PlainHttpClient.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <coroutine>
#include <optional>

namespace bw::discord {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (const QByteArrayView part : QByteArray::fromRawData(list.data(), list.size()).split(','))
        if (sameName(part.trimmed(), token))
            return true;
    return false;
}

} // namespace

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (sameName(key, name))
            return value;
    return {};
}

bool HttpAnswer::hasHeader(QByteArrayView name) const
{
    for (const auto &entry : headers)
        if (sameName(entry.first, name))
            return true;
    return false;
}

struct PlainHttpClient::Job
{
    QString host;
    quint16 port = 0;
    bool noBody = false; // HEAD: the answer has no body whatever its headers say
    QByteArray request;
    qint64 timeoutMs = 30'000;
    bool retried = false;
    std::optional<HttpAnswer> answer;
    std::coroutine_handle<> waiter;

    void complete(HttpAnswer a)
    {
        answer = std::move(a);
        if (auto h = std::exchange(waiter, {}))
            h.resume();
    }
};

// One keep-alive connection: sends a job's request and parses the answer from a buffered socket.
class PlainHttpClient::Connection final : public QObject
{
public:
    Connection(PlainHttpClient *client, QString host, quint16 port)
        : QObject(client), m_client(client), m_host(std::move(host)), m_port(port), m_socket(this)
    {
        m_timer.setParent(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this,
                [this] { fail(QStringLiteral("Socket operation timed out"), false); });
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            if (m_job)
                m_socket.write(m_job->request);
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                return; // disconnected() decides (an answer delimited by the close is complete)
            fail(m_socket.errorString(), m_reused && m_received == 0);
        });
    }

    ~Connection() override { m_socket.disconnect(this); }

    bool idle() const { return !m_job && !m_dead; }
    std::shared_ptr<Job> takeJob()
    {
        m_timer.stop();
        return std::exchange(m_job, {});
    }
    bool dead() const { return m_dead; }
    bool serves(const QString &host, quint16 port) const { return m_host == host && m_port == port; }

    void start(std::shared_ptr<Job> job)
    {
        m_job = std::move(job);
        m_answer = HttpAnswer();
        m_phase = Phase::StatusLine;
        m_received = 0;
        m_timer.start(int(std::clamp<qint64>(m_job->timeoutMs, 1, INT_MAX)));
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_reused = true;
            m_socket.write(m_job->request);
            if (m_socket.bytesAvailable() > 0) // the server said something unasked (a close notice)
                onReadyRead();
        } else {
            m_reused = false;
            m_socket.connectToHost(m_host, m_port);
        }
    }

private:
    enum class Phase { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, UntilClose };

    // Takes one CRLF-terminated line from the buffer; false when none is complete yet.
    bool takeLine(QByteArray *line)
    {
        const qsizetype nl = m_buf.indexOf('\n', m_pos);
        if (nl < 0)
            return false;
        qsizetype end = nl;
        if (end > m_pos && m_buf.at(end - 1) == '\r')
            --end;
        *line = m_buf.mid(m_pos, end - m_pos);
        m_pos = nl + 1;
        return true;
    }

    void onReadyRead()
    {
        const QByteArray data = m_socket.readAll();
        if (!m_job)
            return; // unasked bytes on an idle connection: it closes next
        m_received += data.size();
        m_timer.start();
        if (m_pos >= m_buf.size()) {
            m_buf = data;
            m_pos = 0;
        } else {
            m_buf.append(data);
        }
        parse();
    }

    void parse()
    {
        QByteArray line;
        for (;;) {
            switch (m_phase) {
            case Phase::StatusLine: {
                if (!takeLine(&line))
                    return;
                if (line.isEmpty())
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                bool ok = false;
                const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
                if (!line.startsWith("HTTP/1.") || !ok || status < 100)
                    return fail(QStringLiteral("Invalid HTTP status line"), false);
                m_answer.status = status;
                m_answer.headers.clear();
                m_phase = Phase::Headers;
                break;
            }
            case Phase::Headers: {
                if (!takeLine(&line))
                    return;
                if (!line.isEmpty()) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon > 0)
                        m_answer.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                    break;
                }
                if (m_answer.status < 200) { // 100 Continue and the like: the real answer follows
                    m_phase = Phase::StatusLine;
                    break;
                }
                if (m_job->noBody || m_answer.status == 204 || m_answer.status == 304)
                    return done();
                if (hasToken(m_answer.header("Transfer-Encoding"), "chunked")) {
                    m_phase = Phase::ChunkSize;
                } else if (const QByteArray cl = m_answer.header("Content-Length"); !cl.isNull()) {
                    bool ok = false;
                    m_remaining = cl.trimmed().toLongLong(&ok);
                    if (!ok || m_remaining < 0)
                        return fail(QStringLiteral("Invalid Content-Length"), false);
                    m_phase = Phase::Body;
                } else {
                    m_phase = Phase::UntilClose;
                }
                break;
            }
            case Phase::Body:
            case Phase::ChunkData: {
                const qsizetype n = qMin<qint64>(m_remaining, m_buf.size() - m_pos);
                m_answer.body.append(QByteArrayView(m_buf).sliced(m_pos, n));
                m_pos += n;
                m_remaining -= n;
                if (m_remaining > 0)
                    return;
                if (m_phase == Phase::Body)
                    return done();
                m_phase = Phase::ChunkEnd;
                break;
            }
            case Phase::ChunkSize: {
                if (!takeLine(&line))
                    return;
                const qsizetype semi = line.indexOf(';');
                bool ok = false;
                m_remaining = (semi >= 0 ? line.left(semi) : line).trimmed().toLongLong(&ok, 16);
                if (!ok || m_remaining < 0)
                    return fail(QStringLiteral("Invalid chunk size"), false);
                m_phase = m_remaining == 0 ? Phase::Trailer : Phase::ChunkData;
                break;
            }
            case Phase::ChunkEnd:
                if (!takeLine(&line))
                    return;
                m_phase = Phase::ChunkSize;
                break;
            case Phase::Trailer:
                if (!takeLine(&line))
                    return;
                if (line.isEmpty())
                    return done();
                break;
            case Phase::UntilClose:
                m_answer.body.append(QByteArrayView(m_buf).sliced(m_pos));
                m_pos = m_buf.size();
                return;
            }
        }
    }

    void onDisconnected()
    {
        if (m_job && m_phase == Phase::UntilClose)
            return done();
        if (m_job)
            fail(QStringLiteral("Connection closed before the answer was complete"),
                 m_reused && m_received == 0);
        else
            m_dead = true;
    }

    void done()
    {
        const bool keep = m_pos >= m_buf.size() && m_phase != Phase::UntilClose
            && !hasToken(m_answer.header("Connection"), "close")
            && m_socket.state() == QAbstractSocket::ConnectedState;
        finish(std::move(m_answer), keep, false);
    }

    void fail(const QString &error, bool retry)
    {
        if (!m_job) {
            m_dead = true;
            return;
        }
        HttpAnswer a;
        a.error = error;
        finish(std::move(a), false, retry);
    }

    void finish(HttpAnswer answer, bool keep, bool retry)
    {
        m_timer.stop();
        m_buf.clear();
        m_pos = 0;
        std::shared_ptr<Job> job = std::move(m_job);
        m_job.reset();
        if (!keep) {
            m_dead = true;
            m_socket.abort();
        }
        if (retry && !job->retried) {
            // a reused connection the server had closed: nothing was answered, send it again
            job->retried = true;
            m_client->m_queue.push_front(job);
            QMetaObject::invokeMethod(
                m_client, [client = m_client] { client->dispatch(); }, Qt::QueuedConnection);
            return;
        }
        m_client->finished(this, job, std::move(answer), keep);
    }

    PlainHttpClient *m_client;
    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_timer;
    std::shared_ptr<Job> m_job;
    HttpAnswer m_answer;
    Phase m_phase = Phase::StatusLine;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_remaining = 0;
    qint64 m_received = 0;
    bool m_reused = false;
    bool m_dead = false;
};

PlainHttpClient::PlainHttpClient(QObject *parent) : QObject(parent) { }

PlainHttpClient::~PlainHttpClient()
{
    // Whoever awaits a request is told it was cancelled (the awaiting code checks its own liveness).
    std::deque<std::shared_ptr<Job>> jobs = std::move(m_queue);
    for (Connection *c : std::as_const(m_connections))
        if (std::shared_ptr<Job> job = c->takeJob())
            jobs.push_back(std::move(job));
    for (const auto &job : jobs) {
        HttpAnswer a;
        a.error = QStringLiteral("Operation canceled");
        job->complete(std::move(a));
    }
    // answered, but not resumed yet
    const QList<std::shared_ptr<Job>> answered = std::move(m_answered);
    for (const auto &job : answered)
        if (auto h = std::exchange(job->waiter, {}))
            h.resume();
}

int PlainHttpClient::connectionCount() const
{
    int n = 0;
    for (const Connection *c : m_connections)
        n += c->dead() ? 0 : 1;
    return n;
}

QCoro::Task<HttpAnswer> PlainHttpClient::send(QByteArray method, QUrl url, HttpHeaders headers,
                                              QByteArray body, qint64 timeoutMs)
{
    auto job = std::make_shared<Job>();
    job->host = url.host();
    job->port = quint16(url.port(80));
    job->noBody = method == "HEAD";
    job->timeoutMs = timeoutMs;
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray &r = job->request;
    r.reserve(256 + body.size());
    r.append(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(url.host().toLatin1());
    if (url.port() > 0)
        r.append(':').append(QByteArray::number(url.port()));
    r.append("\r\n");
    for (const auto &[key, value] : headers)
        r.append(key).append(": ").append(value).append("\r\n");
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        r.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    r.append("\r\n").append(body);

    if (url.scheme() != QLatin1StringView("http") || job->host.isEmpty()) {
        HttpAnswer a;
        a.error = QStringLiteral("Only http:// URLs are sent by this client");
        co_return a;
    }
    m_queue.push_back(job);
    dispatch();

    struct Awaiter
    {
        Job *job;
        bool await_ready() const noexcept { return job->answer.has_value(); }
        void await_suspend(std::coroutine_handle<> h) noexcept { job->waiter = h; }
        HttpAnswer await_resume() { return std::move(*job->answer); }
    };
    co_return co_await Awaiter {job.get()};
}

void PlainHttpClient::dispatch()
{
    // drop connections the server closed
    for (qsizetype i = m_connections.size() - 1; i >= 0; --i) {
        if (m_connections.at(i)->dead()) {
            m_connections.at(i)->deleteLater();
            m_connections.removeAt(i);
        }
    }
    while (!m_queue.empty()) {
        const std::shared_ptr<Job> job = m_queue.front();
        Connection *use = nullptr;
        for (Connection *c : std::as_const(m_connections)) {
            if (c->idle() && c->serves(job->host, job->port)) {
                use = c;
                break;
            }
        }
        if (!use && m_connections.size() < kMaxConnections) {
            use = new Connection(this, job->host, job->port);
            m_connections.append(use);
        }
        if (!use) {
            // all busy: an idle connection to another host makes room
            for (Connection *c : std::as_const(m_connections)) {
                if (c->idle()) {
                    m_connections.removeOne(c);
                    c->deleteLater();
                    use = new Connection(this, job->host, job->port);
                    m_connections.append(use);
                    break;
                }
            }
        }
        if (!use)
            return; // a connection frees up in finished()
        m_queue.pop_front();
        use->start(job);
    }
}

void PlainHttpClient::finished(Connection *, const std::shared_ptr<Job> &job, HttpAnswer answer, bool)
{
    job->answer = std::move(answer);
    m_answered.append(job);
    // Resumed from the event loop, not from inside the socket's signal: the awaiting code may delete us.
    QMetaObject::invokeMethod(
        this,
        [this, job] {
            m_answered.removeOne(job);
            dispatch();
            if (auto h = std::exchange(job->waiter, {}))
                h.resume();
        },
        Qt::QueuedConnection);
}

} // namespace bw::discord
