// Sandbox throughput (issue 3, "Tests and benchmark"): how many INTERACTION_CREATE per second the sandbox
// delivers to a gateway client that only counts (plain JSON and zlib-stream), and how many interaction
// callbacks per second it accepts (POST /interactions/{id}/{token}/callback, several connections in flight).
//
// By default the sandbox runs in this process on its own thread (bw::sandbox::SandboxHost) and the clients
// run on the main thread, so on a 2-core machine each side has one core. With --external PORT --token T the
// same clients measure a separate botwright-sandbox process instead.
//
//   sandbox_throughput [--count N] [--connections K] [--depth D] [--only TEXT]
//                      [--external PORT --token T [--pid PID]]

#include "BenchSupport.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <unistd.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

using bw::bench::HttpResponse;
using bw::bench::request;
using bw::bench::threadCpuUs;

constexpr int kTimeoutMs = 180000;

bool waitUntil(const std::function<bool()> &done, int timeoutMs = kTimeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// ---- a minimal HTTP/1.1 client on raw keep-alive sockets, with pipelining --------------------------------

class RawHttp final : public QObject
{
public:
    RawHttp(quint16 port, int connections, int depth) : m_port(port), m_depth(std::max(1, depth))
    {
        for (int i = 0; i < connections; ++i) {
            auto c = std::make_unique<Conn>();
            c->socket = new QTcpSocket(this);
            c->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            Conn *raw = c.get();
            connect(c->socket, &QTcpSocket::connected, this, [this, raw] { fill(*raw); });
            connect(c->socket, &QTcpSocket::readyRead, this, [this, raw] { onReadyRead(*raw); });
            connect(c->socket, &QTcpSocket::errorOccurred, this, [this, raw](QAbstractSocket::SocketError) {
                if (m_done < m_requests.size())
                    m_error = raw->socket->errorString();
            });
            m_conns.push_back(std::move(c));
        }
    }

    /// Sends every request (already serialized) over the pool and waits for all answers.
    bool run(QList<QByteArray> requests, QString *error)
    {
        m_requests = std::move(requests);
        m_next = 0;
        m_done = 0;
        m_statuses.clear();
        m_last.clear();
        for (auto &c : m_conns) {
            if (c->socket->state() == QAbstractSocket::UnconnectedState)
                c->socket->connectToHost(QHostAddress::LocalHost, m_port);
            else
                fill(*c);
        }
        const bool ok = waitUntil([this] { return m_done >= m_requests.size() || !m_error.isEmpty(); });
        if (!ok)
            *error = u"timed out with %1 of %2 answers"_s.arg(m_done).arg(m_requests.size());
        else if (!m_error.isEmpty())
            *error = m_error;
        return ok && m_error.isEmpty();
    }

    const QMap<int, qint64> &statuses() const { return m_statuses; }
    const QByteArray &lastBodyOf(int status) const { return m_last[status]; }

private:
    struct Conn
    {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        int inFlight = 0;
    };

    void fill(Conn &c)
    {
        QByteArray batch;
        while (c.inFlight < m_depth && m_next < m_requests.size()) {
            batch += m_requests.at(m_next++);
            ++c.inFlight;
        }
        if (!batch.isEmpty())
            c.socket->write(batch);
    }

    void onReadyRead(Conn &c)
    {
        c.buffer += c.socket->readAll();
        qsizetype pos = 0;
        for (;;) {
            const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n", pos);
            if (headerEnd < 0)
                break;
            const QByteArrayView head(c.buffer.constData() + pos, headerEnd - pos);
            qsizetype length = 0;
            const qsizetype cl = QByteArrayView(head).indexOf("\r\nContent-Length:");
            const qsizetype cl2 = cl >= 0 ? cl : QByteArrayView(head).indexOf("\r\ncontent-length:");
            if (cl2 >= 0) {
                const qsizetype eol = QByteArrayView(head).indexOf("\r\n", cl2 + 2);
                length = head.sliced(cl2 + 17, (eol < 0 ? head.size() : eol) - cl2 - 17)
                             .toByteArray()
                             .trimmed()
                             .toLongLong();
            }
            if (c.buffer.size() < headerEnd + 4 + length)
                break;
            const int status = head.size() > 12 ? head.sliced(9, 3).toByteArray().toInt() : 0;
            ++m_statuses[status];
            if (status >= 300)
                m_last[status] = c.buffer.mid(headerEnd + 4, length);
            pos = headerEnd + 4 + length;
            --c.inFlight;
            ++m_done;
        }
        c.buffer.remove(0, pos);
        fill(c);
    }

    quint16 m_port;
    int m_depth;
    std::vector<std::unique_ptr<Conn>> m_conns;
    QList<QByteArray> m_requests;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    QMap<int, qint64> m_statuses;
    mutable QHash<int, QByteArray> m_last;
    QString m_error;
};

// ---- a gateway client that counts INTERACTION_CREATE (and optionally keeps their ids and tokens) ----------

class GatewayCounter final : public QObject
{
public:
    GatewayCounter(QString url, QString token, bool zlib, bool collect)
        : m_url(std::move(url)), m_token(std::move(token)), m_zlib(zlib), m_collect(collect)
    {
        connect(&m_ws, &QWebSocket::textMessageReceived, this,
                [this](const QString &text) { onPayload(text.toUtf8()); });
        connect(&m_ws, &QWebSocket::binaryMessageReceived, this, &GatewayCounter::onBinary);
        connect(&m_ws, &QWebSocket::disconnected, this, [this] {
            if (!m_closing)
                m_error = u"gateway closed: %1 %2"_s.arg(m_ws.closeCode()).arg(m_ws.closeReason());
        });
        connect(&m_heartbeat, &QTimer::timeout, this, [this] {
            m_ws.sendTextMessage(u"{\"op\":1,\"d\":%1}"_s.arg(m_seq ? QString::number(m_seq) : u"null"_s));
        });
        if (m_zlib)
            inflateInit(&m_z);
    }
    ~GatewayCounter() override
    {
        close();
        if (m_zlib)
            inflateEnd(&m_z);
    }

    bool connectAndIdentify(QString *error)
    {
        QUrl url(m_url + u"/?v=10&encoding=json"_s + (m_zlib ? u"&compress=zlib-stream"_s : QString()));
        m_ws.open(url);
        if (!waitUntil([this] { return m_guilds > 0 || !m_error.isEmpty(); }, 20000) || !m_error.isEmpty()) {
            *error = m_error.isEmpty() ? u"no READY/GUILD_CREATE within 20 s"_s : m_error;
            return false;
        }
        return true;
    }
    void close()
    {
        m_closing = true;
        m_heartbeat.stop();
        if (m_ws.state() == QAbstractSocket::ConnectedState)
            m_ws.close(QWebSocketProtocol::CloseCodeNormal);
    }

    qint64 interactions() const { return m_interactions; }
    void resetCount() { m_interactions = 0; }
    QString error() const { return m_error; }
    qint64 wireBytes() const { return m_wireBytes; }
    qint64 jsonBytes() const { return m_jsonBytes; }
    QList<std::pair<QByteArray, QByteArray>> takeCollected() { return std::exchange(m_collected, {}); }

private:
    void onBinary(const QByteArray &data)
    {
        m_wireBytes += data.size();
        if (!m_zlib) {
            onPayload(data);
            return;
        }
        m_pending += data;
        if (m_pending.size() < 4 || !m_pending.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)))
            return;
        m_z.next_in = reinterpret_cast<Bytef *>(m_pending.data());
        m_z.avail_in = uInt(m_pending.size());
        m_inflated.clear();
        char chunk[65536];
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(chunk);
            m_z.avail_out = sizeof chunk;
            const int rc = inflate(&m_z, Z_SYNC_FLUSH);
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error = u"inflate failed: %1"_s.arg(rc);
                return;
            }
            m_inflated.append(chunk, qsizetype(sizeof chunk - m_z.avail_out));
        } while (m_z.avail_in > 0 || m_z.avail_out == 0);
        m_pending.clear();
        onPayload(m_inflated);
    }

    void onPayload(const QByteArray &json)
    {
        m_jsonBytes += json.size();
        // A counting client: dispatches of the hot event are recognised without parsing the JSON.
        const QByteArrayView head = QByteArrayView(json).first(std::min<qsizetype>(json.size(), 48));
        if (head.contains("\"t\":\"INTERACTION_CREATE\"")) {
            ++m_interactions;
            if (m_collect) {
                const QJsonObject d = QJsonDocument::fromJson(json).object().value(u"d"_s).toObject();
                m_collected.append(
                    {d.value(u"id"_s).toString().toLatin1(), d.value(u"token"_s).toString().toLatin1()});
            }
            return;
        }
        const QJsonObject p = QJsonDocument::fromJson(json).object();
        const int op = p.value(u"op"_s).toInt(-1);
        if (!p.value(u"s"_s).isNull())
            m_seq = p.value(u"s"_s).toInteger();
        if (op == 10) {
            m_heartbeat.start(p.value(u"d"_s).toObject().value(u"heartbeat_interval"_s).toInt(41250));
            const QJsonObject identify {
                {u"op"_s, 2},
                {u"d"_s,
                 QJsonObject {{u"token"_s, m_token},
                              {u"intents"_s, 1}, // GUILDS only: INTERACTION_CREATE needs no intent
                              {u"properties"_s,
                               QJsonObject {{u"os"_s, u"linux"_s},
                                            {u"browser"_s, u"bench"_s},
                                            {u"device"_s, u"bench"_s}}}}}};
            m_ws.sendTextMessage(QString::fromUtf8(QJsonDocument(identify).toJson(QJsonDocument::Compact)));
        } else if (op == 0 && p.value(u"t"_s).toString() == u"GUILD_CREATE"_s) {
            ++m_guilds;
        } else if (op == 1) {
            m_ws.sendTextMessage(u"{\"op\":1,\"d\":%1}"_s.arg(m_seq));
        } else if (op == 9) {
            m_error = u"invalid session"_s;
        }
    }

    QString m_url, m_token;
    bool m_zlib, m_collect;
    bool m_closing = false;
    QWebSocket m_ws;
    QTimer m_heartbeat;
    z_stream m_z {};
    QByteArray m_pending, m_inflated;
    qint64 m_seq = 0;
    int m_guilds = 0;
    qint64 m_interactions = 0;
    qint64 m_wireBytes = 0, m_jsonBytes = 0;
    QList<std::pair<QByteArray, QByteArray>> m_collected;
    QString m_error;
};

// ---- the benchmark
// -----------------------------------------------------------------------------------------

struct Target
{
    quint16 port = 0;
    QByteArray token;
    QString gatewayUrl;
    bw::sandbox::SandboxServer *inProcess = nullptr; // null for --external
    qint64 externalPid = 0; // --pid: CPU time from /proc/PID/stat

    /// CPU time used so far by the sandbox's thread (in-process only), in microseconds; -1 when unknown.
    qint64 sandboxCpuUs() const
    {
        if (externalPid > 0) {
            // /proc files have no size, so read them with stdio
            char buf[1024] = {};
            FILE *file = std::fopen(qPrintable(u"/proc/%1/stat"_s.arg(externalPid)), "r");
            if (!file)
                return -1;
            const size_t n = std::fread(buf, 1, sizeof buf - 1, file);
            std::fclose(file);
            const QByteArray line(buf, qsizetype(n));
            // fields after the command name in parentheses; utime and stime are fields 14 and 15
            const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
            if (f.size() < 13)
                return -1;
            const qint64 ticks = f.at(11).toLongLong() + f.at(12).toLongLong();
            return ticks * 1000000 / sysconf(_SC_CLK_TCK);
        }
        if (!inProcess)
            return -1;
        qint64 us = -1;
        QMetaObject::invokeMethod(
            inProcess, [&us] { us = threadCpuUs(); }, Qt::BlockingQueuedConnection);
        return us;
    }
};

// Wall clock and CPU time of one measurement: the sandbox thread's CPU time gives its capacity per core even
// when other processes compete for the cores.
struct Span
{
    const Target &t;
    QElapsedTimer wall;
    qint64 sandbox0, client0;
    explicit Span(const Target &target) : t(target), sandbox0(target.sandboxCpuUs()), client0(threadCpuUs())
    {
        wall.start();
    }
    void report(const QByteArray &what, qint64 n, const QString &extra = {}) const
    {
        const qint64 ms = wall.elapsed();
        const qint64 sandboxUs = sandbox0 >= 0 ? t.sandboxCpuUs() - sandbox0 : -1;
        const qint64 clientUs = threadCpuUs() - client0;
        const double rate = ms > 0 ? double(n) * 1000.0 / double(ms) : 0.0;
        std::printf("%-62s %7lld in %6lld ms = %8.0f/s", what.constData(), static_cast<long long>(n),
                    static_cast<long long>(ms), rate);
        if (sandboxUs > 0)
            std::printf(" | sandbox CPU %6.0f ms = %8.0f/s per core", double(sandboxUs) / 1000.0,
                        double(n) * 1e6 / double(sandboxUs));
        std::printf(" | client CPU %6.0f ms %s\n", double(clientUs) / 1000.0, qPrintable(extra));
        std::fflush(stdout);
    }
};

// Asks the sandbox for `count` clicks on the message, in batches, through the fast path (simulateClicks: one
// payload, new id and token per click) or the normal path (simulateClick once per click, the path the GUI and
// the /_sandbox/click API use).
bool triggerClicks(const Target &t, const QString &messageId, int count, bool normalPath, QString *error)
{
    constexpr int kBatch = 500;
    for (int sent = 0; sent < count; sent += kBatch) {
        const int n = std::min(kBatch, count - sent);
        if (t.inProcess) {
            QMetaObject::invokeMethod(
                t.inProcess,
                [server = t.inProcess, messageId, n, normalPath] {
                    if (normalPath) {
                        for (int i = 0; i < n; ++i)
                            (void)server->simulateClick(u"alice"_s, messageId, u"bench:click"_s);
                    } else {
                        (void)server->simulateClicks(u"alice"_s, messageId, u"bench:click"_s, n);
                    }
                },
                Qt::QueuedConnection);
        } else if (normalPath) {
            *error = u"the normal path needs the in-process sandbox"_s;
            return false;
        } else {
            const QJsonObject body {{u"user"_s, u"alice"_s},
                                    {u"message_id"_s, messageId},
                                    {u"custom_id"_s, u"bench:click"_s},
                                    {u"count"_s, n}};
            const HttpResponse r = request(t.port, "POST", "/_sandbox/click", {},
                                           QJsonDocument(body).toJson(QJsonDocument::Compact));
            if (r.status != 200) {
                *error = u"POST /_sandbox/click: %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
                return false;
            }
        }
    }
    return true;
}

// A fresh message from the bot with one button, for each measurement (replies push old messages out of the
// channel's history).
QString postMessage(const Target &t, const QString &channelId, QString *error)
{
    const QByteArray message
        = R"({"content":"Benchmark","components":[{"type":1,"components":[{"type":2,"style":1,"label":"Click","custom_id":"bench:click"}]}]})";
    HttpResponse posted;
    for (int attempt = 0; attempt < 5; ++attempt) {
        posted = request(t.port, "POST", "/api/v10/channels/" + channelId.toLatin1() + "/messages", t.token,
                         message);
        if (posted.status != 429)
            break;
        // the channel's route bucket (5 per 5 s by default): wait as Discord says
        const double retryAfter
            = QJsonDocument::fromJson(posted.body).object().value(u"retry_after"_s).toDouble(1.0);
        QThread::msleep(static_cast<unsigned long>(retryAfter * 1000.0) + 10);
    }
    const QString id = QJsonDocument::fromJson(posted.body).object().value(u"id"_s).toString();
    if (posted.status != 200 || id.isEmpty())
        *error = u"posting the message: %1 %2"_s.arg(posted.status).arg(QString::fromUtf8(posted.body));
    return id;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "sandbox_throughput: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    // the same event dispatcher as the standalone botwright-sandbox (see src/app/sandbox_main.cpp)
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Interactions delivered and callbacks accepted per second by the sandbox."_s);
    parser.addHelpOption();
    parser.addOption({u"count"_s, u"Interactions per measurement (default 20000)."_s, u"N"_s, u"20000"_s});
    parser.addOption(
        {u"connections"_s, u"HTTP connections for the callbacks (default 8)."_s, u"K"_s, u"8"_s});
    parser.addOption({u"depth"_s, u"Pipelined requests per connection; 0 = measure 1 and 16 (default)."_s,
                      u"D"_s, u"0"_s});
    parser.addOption({u"external"_s, u"Measure a running botwright-sandbox on this port."_s, u"PORT"_s});
    parser.addOption({u"token"_s, u"The bot token of the --external sandbox."_s, u"TOKEN"_s});
    parser.addOption(
        {u"pid"_s, u"Process id of the --external sandbox, for its CPU time (whole process)."_s, u"PID"_s});
    parser.addOption({u"only"_s,
                      u"Run only the measurements whose label contains TEXT (e.g. \"zlib\", \"type 4\")."_s,
                      u"TEXT"_s});
    parser.process(app);
    const int count = std::max(1, parser.value(u"count"_s).toInt());
    const int connections = std::max(1, parser.value(u"connections"_s).toInt());
    const int depthOpt = parser.value(u"depth"_s).toInt();
    const QString only = parser.value(u"only"_s);

    Target t;
    std::unique_ptr<bw::sandbox::SandboxHost> host;
    if (parser.isSet(u"external"_s)) {
        t.port = quint16(parser.value(u"external"_s).toUInt());
        t.token = parser.value(u"token"_s).toLatin1();
        t.gatewayUrl = u"ws://127.0.0.1:%1"_s.arg(t.port);
        t.externalPid = parser.value(u"pid"_s).toLongLong();
        // Let the callbacks of the whole run arrive in time.
        const HttpResponse r = request(t.port, "POST", "/_sandbox/config", {},
                                       R"({"interaction_deadline_ms":600000,"identify_window_ms":0})");
        if (r.status != 200)
            return fail(u"cannot configure the external sandbox: %1"_s.arg(r.status));
        std::printf("sandbox: separate process on port %u\n", unsigned(t.port));
    } else {
        bw::sandbox::SandboxOptions o;
        o.interactionDeadlineMs = 600000; // the callbacks of the whole run must arrive in time
        o.interactionRecordLimit = std::max(100000, 4 * count + 1000);
        o.identifyWindowMs = 0;
        host = std::make_unique<bw::sandbox::SandboxHost>(o);
        const auto started = host->start();
        if (!started.ok())
            return fail(started.error().message);
        t.port = *started;
        t.token = host->botToken().toLatin1();
        t.gatewayUrl = host->gatewayUrl().toString();
        t.inProcess = host->server();
        std::printf("sandbox: in this process on its own thread (SandboxHost), port %u\n", unsigned(t.port));
    }
    std::printf("clients: main thread; %d interactions per measurement; %d cores\n", count,
                QThread::idealThreadCount());

    const HttpResponse info = request(t.port, "GET", "/_sandbox/info", {});
    const QString general = QJsonDocument::fromJson(info.body)
                                .object()
                                .value(u"channels"_s)
                                .toObject()
                                .value(u"general"_s)
                                .toString();
    if (general.isEmpty())
        return fail(u"GET /_sandbox/info: %1"_s.arg(info.status));

    QString error;
    // 1. INTERACTION_CREATE delivered to a counting gateway client.
    auto wanted = [&only](const QByteArray &label) {
        return only.isEmpty() || QString::fromUtf8(label).contains(only);
    };
    {
        for (const bool zlib : {false, true}) {
            GatewayCounter client(t.gatewayUrl, QString::fromLatin1(t.token), zlib, false);
            if (!client.connectAndIdentify(&error))
                return fail(error);
            for (const bool normal : {false, true}) {
                const QByteArray label = QByteArray("INTERACTION_CREATE delivered, ")
                    + (zlib ? "zlib-stream" : "plain JSON")
                    + (normal ? ", simulateClick each" : ", simulateClicks batch");
                if ((normal && !t.inProcess) || !wanted(label))
                    continue;
                const QString messageId = postMessage(t, general, &error);
                if (messageId.isEmpty())
                    return fail(error);
                const qint64 before = client.interactions();
                const Span span(t);
                if (!triggerClicks(t, messageId, count, normal, &error))
                    return fail(error);
                if (!waitUntil(
                        [&] { return client.interactions() - before >= count || !client.error().isEmpty(); }))
                    return fail(
                        u"only %1 of %2 INTERACTION_CREATE arrived"_s.arg(client.interactions() - before)
                            .arg(count));
                if (!client.error().isEmpty())
                    return fail(client.error());
                span.report(label, count);
            }
            if (zlib && client.interactions() > 0)
                std::printf("  zlib-stream: %.1f bytes on the wire per dispatch, %.1f bytes of JSON\n",
                            double(client.wireBytes()) / double(client.interactions()),
                            double(client.jsonBytes()) / double(client.interactions()));
            client.close();
        }
    }

    // 2. Callbacks accepted: fresh interactions are collected first (not timed), then answered over K
    // connections.
    {
        const QList<int> depths = depthOpt > 0 ? QList<int> {depthOpt} : QList<int> {1, 16};
        struct Kind
        {
            const char *name;
            QByteArray body;
        };
        const QList<Kind> kinds {
            {"type 6 (deferred update)", R"({"type":6})"},
            {"type 4 (reply, creates a message)", R"({"type":4,"data":{"content":"Clicked!"}})"}};
        GatewayCounter collector(t.gatewayUrl, QString::fromLatin1(t.token), false, true);
        if (!collector.connectAndIdentify(&error))
            return fail(error);
        for (const int depth : depths) {
            for (const Kind &kind : kinds) {
                const QByteArray what = "callbacks accepted, " + QByteArray(kind.name) + ", "
                    + QByteArray::number(connections) + " conn x " + QByteArray::number(depth);
                if (!wanted(what))
                    continue;
                const QString messageId = postMessage(t, general, &error);
                if (messageId.isEmpty())
                    return fail(error);
                if (!triggerClicks(t, messageId, count, false, &error))
                    return fail(error);
                if (!waitUntil(
                        [&] { return collector.interactions() >= count || !collector.error().isEmpty(); }))
                    return fail(u"collecting interactions failed: %1"_s.arg(collector.error()));
                const auto pairs = collector.takeCollected();
                collector.resetCount();
                QList<QByteArray> requests;
                requests.reserve(pairs.size());
                for (const auto &[id, token] : pairs) {
                    requests.append("POST /api/v10/interactions/" + id + '/' + token
                                    + "/callback HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: DiscordBot "
                                      "(https://botwright.invalid, 0.1)\r\nContent-Type: application/json\r\n"
                                      "Content-Length: "
                                    + QByteArray::number(kind.body.size()) + "\r\n\r\n" + kind.body);
                }
                RawHttp http(t.port, connections, depth);
                const Span span(t);
                if (!http.run(requests, &error))
                    return fail(u"callbacks: "_s + error);
                QString statuses;
                for (auto it = http.statuses().begin(); it != http.statuses().end(); ++it)
                    statuses += u" %1x%2"_s.arg(it.key()).arg(it.value());
                span.report(what, requests.size(), u"[status"_s + statuses + u"]"_s);
                for (auto it = http.statuses().begin(); it != http.statuses().end(); ++it)
                    if (it.key() >= 300)
                        std::printf("  e.g. %d: %s\n", it.key(), http.lastBodyOf(it.key()).constData());
            }
        }
        collector.close();
    }
    return 0;
}
