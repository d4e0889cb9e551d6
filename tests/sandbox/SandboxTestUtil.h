#pragma once
// Helpers for the sandbox tests: a blocking HTTP client on QNetworkAccessManager, a raw TCP request, and a
// gateway client on QWebSocket that decodes zlib-stream and zstd-stream itself (independent of src/discord).

#include "core/Clock.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <zlib.h>
#include <zstd.h>

namespace bwtest {

using namespace Qt::StringLiterals;

inline bw::sandbox::SandboxOptions fastOptions(bw::Clock *clock = nullptr)
{
    bw::sandbox::SandboxOptions o;
    o.heartbeatIntervalMs = 1000;
    o.identifyWindowMs = 0;
    o.clock = clock;
    o.token = u"MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.test-token-for-the-sandbox-0123456789"_s;
    o.rateLimits.routeLimit = 1000;
    o.rateLimits.globalLimit = 100000;
    return o;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

class Http
{
public:
    explicit Http(QString token = {}) : m_token(std::move(token)) { }
    void setToken(const QString &token) { m_token = token; }

    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json", bool auth = true, int timeoutMs = 10000)
    {
        QNetworkRequest req(url);
        req.setRawHeader("User-Agent", "DiscordBot (https://botwright.invalid, 0.1) sandbox-tests");
        if (auth && !m_token.isEmpty())
            req.setRawHeader("Authorization", "Bot " + m_token.toUtf8());
        if (!body.isEmpty() && !contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
        return finish(reply, timeoutMs);
    }
    Reply get(const QUrl &url, bool auth = true) { return request("GET", url, {}, {}, auth); }
    Reply post(const QUrl &url, const QJsonObject &o, bool auth = true)
    {
        return request("POST", url, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json",
                       auth);
    }
    Reply postArray(const QByteArray &method, const QUrl &url, const QJsonArray &a)
    {
        return request(method, url, QJsonDocument(a).toJson(QJsonDocument::Compact));
    }
    Reply patch(const QUrl &url, const QJsonObject &o, bool auth = true)
    {
        return request("PATCH", url, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json",
                       auth);
    }
    Reply put(const QUrl &url) { return request("PUT", url); }
    Reply del(const QUrl &url, bool auth = true) { return request("DELETE", url, {}, {}, auth); }
    Reply multipart(const QUrl &url, QHttpMultiPart *parts)
    {
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bot " + m_token.toUtf8());
        QNetworkReply *reply = m_nam.post(req, parts);
        parts->setParent(reply);
        return finish(reply, 10000);
    }

private:
    Reply finish(QNetworkReply *reply, int timeoutMs)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return r;
    }
    QNetworkAccessManager m_nam;
    QString m_token;
};

/// Sends raw bytes on one TCP connection and collects what comes back until `until` is satisfied (the event
/// loop keeps running, so a server on this thread can answer).
inline QByteArray rawExchange(quint16 port, const QByteArray &request,
                              const std::function<bool(const QByteArray &)> &until, int timeoutMs = 5000)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return s.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return {};
    s.write(request);
    QByteArray got;
    (void)QTest::qWaitFor(
        [&] {
            got += s.readAll();
            return until(got) || s.state() != QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    got += s.readAll();
    return got;
}

class GatewayClient : public QObject
{
public:
    explicit GatewayClient(QByteArray compress = {}) : m_compress(std::move(compress))
    {
        if (m_compress == "zlib-stream")
            inflateInit(&m_z);
        if (m_compress == "zstd-stream")
            m_zstd = ZSTD_createDCtx();
        QObject::connect(&m_ws, &QWebSocket::textMessageReceived, this, [this](const QString &t) {
            ++textFrames;
            addPayload(t.toUtf8());
        });
        QObject::connect(&m_ws, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &b) {
            ++binaryFrames;
            onBinary(b);
        });
        QObject::connect(&m_ws, &QWebSocket::disconnected, this, [this] {
            closed = true;
            closeCode = int(m_ws.closeCode());
            closeReason = m_ws.closeReason();
        });
    }
    ~GatewayClient() override
    {
        if (m_compress == "zlib-stream")
            inflateEnd(&m_z);
        if (m_zstd)
            ZSTD_freeDCtx(m_zstd);
    }

    bool open(const QUrl &gateway, const QString &query = u"v=10&encoding=json"_s)
    {
        QUrl url = gateway;
        QString q = query;
        if (!m_compress.isEmpty())
            q += u"&compress="_s + QString::fromLatin1(m_compress);
        url.setQuery(q);
        m_ws.open(url);
        return QTest::qWaitFor([this] { return m_ws.state() == QAbstractSocket::ConnectedState || closed; },
                               5000)
            && !closed;
    }
    void send(const QJsonObject &o)
    {
        m_ws.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    void sendRaw(const QString &text) { m_ws.sendTextMessage(text); }
    void heartbeat()
    {
        send(QJsonObject {{u"op"_s, 1}, {u"d"_s, lastSeq ? QJsonValue(lastSeq) : QJsonValue()}});
    }
    void identify(const QString &token, qint64 intents, int shard = -1, int shards = 1)
    {
        QJsonObject d {
            {u"token"_s, token},
            {u"intents"_s, double(intents)},
            {u"properties"_s,
             QJsonObject {{u"os"_s, u"linux"_s}, {u"browser"_s, u"tests"_s}, {u"device"_s, u"tests"_s}}}};
        if (shard >= 0)
            d.insert(u"shard"_s, QJsonArray {shard, shards});
        send(QJsonObject {{u"op"_s, 2}, {u"d"_s, d}});
    }
    void resume(const QString &token, const QString &sessionId, int seq)
    {
        send(QJsonObject {
            {u"op"_s, 6},
            {u"d"_s, QJsonObject {{u"token"_s, token}, {u"session_id"_s, sessionId}, {u"seq"_s, seq}}}});
    }
    /// Waits for the first payload not yet taken that matches, and takes it.
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs = 5000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < payloads.size(); ++i) {
                    if (!m_taken.contains(i) && match(payloads.at(i))) {
                        m_taken.insert(i);
                        found = payloads.at(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    QJsonObject waitOp(int op, int timeoutMs = 5000)
    {
        return waitFor([op](const QJsonObject &p) { return p.value(u"op"_s).toInt() == op; }, timeoutMs);
    }
    QJsonObject waitDispatch(const QString &t, int timeoutMs = 5000)
    {
        return waitFor(
            [t](const QJsonObject &p) {
                return p.value(u"op"_s).toInt() == 0 && p.value(u"t"_s).toString() == t;
            },
            timeoutMs);
    }
    int count(const QString &t) const
    {
        int n = 0;
        for (const QJsonObject &p : payloads)
            n += p.value(u"t"_s).toString() == t ? 1 : 0;
        return n;
    }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }
    /// HELLO, IDENTIFY, READY: returns READY's d.
    QJsonObject connectAndIdentify(const QUrl &gateway, const QString &token, qint64 intents = 513)
    {
        if (!open(gateway))
            return {};
        if (waitOp(10).isEmpty())
            return {};
        identify(token, intents);
        return waitDispatch(u"READY"_s).value(u"d"_s).toObject();
    }
    void close(int code = 1000) { m_ws.close(QWebSocketProtocol::CloseCode(code)); }
    void abort() { m_ws.abort(); }

    QList<QJsonObject> payloads;
    int lastSeq = 0;
    bool closed = false;
    int closeCode = -1;
    QString closeReason;
    bool decodeError = false;
    int textFrames = 0;
    int binaryFrames = 0;

private:
    void addPayload(const QByteArray &json)
    {
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        if (err.error != QJsonParseError::NoError) {
            decodeError = true;
            return;
        }
        const QJsonObject o = doc.object();
        if (o.value(u"s"_s).isDouble())
            lastSeq = o.value(u"s"_s).toInt();
        payloads.append(o);
    }
    void onBinary(const QByteArray &b)
    {
        if (m_compress == "zlib-stream") {
            m_buffer += b;
            if (!m_buffer.endsWith(QByteArray("\x00\x00\xff\xff", 4)))
                return;
            QByteArray out;
            m_z.next_in = reinterpret_cast<Bytef *>(m_buffer.data());
            m_z.avail_in = uInt(m_buffer.size());
            char chunk[16384];
            do {
                m_z.next_out = reinterpret_cast<Bytef *>(chunk);
                m_z.avail_out = sizeof chunk;
                const int rc = inflate(&m_z, Z_SYNC_FLUSH);
                if (rc != Z_OK && rc != Z_BUF_ERROR) {
                    decodeError = true;
                    m_buffer.clear();
                    return;
                }
                out.append(chunk, qsizetype(sizeof chunk - m_z.avail_out));
            } while (m_z.avail_in > 0 || m_z.avail_out == 0);
            m_buffer.clear();
            addPayload(out);
        } else if (m_compress == "zstd-stream") {
            QByteArray out;
            ZSTD_inBuffer in {b.constData(), size_t(b.size()), 0};
            char chunk[16384];
            while (in.pos < in.size) {
                ZSTD_outBuffer o {chunk, sizeof chunk, 0};
                const size_t rc = ZSTD_decompressStream(m_zstd, &o, &in);
                if (ZSTD_isError(rc)) {
                    decodeError = true;
                    return;
                }
                out.append(chunk, qsizetype(o.pos));
            }
            // drain what is buffered inside the decoder
            for (;;) {
                ZSTD_inBuffer none {nullptr, 0, 0};
                ZSTD_outBuffer o {chunk, sizeof chunk, 0};
                const size_t rc = ZSTD_decompressStream(m_zstd, &o, &none);
                if (ZSTD_isError(rc)) {
                    decodeError = true;
                    return;
                }
                out.append(chunk, qsizetype(o.pos));
                if (o.pos < sizeof chunk)
                    break;
            }
            addPayload(out);
        } else {
            addPayload(b);
        }
    }

    QWebSocket m_ws;
    QByteArray m_compress;
    z_stream m_z {};
    ZSTD_DCtx *m_zstd = nullptr;
    QByteArray m_buffer;
    QSet<qsizetype> m_taken;
};

} // namespace bwtest
