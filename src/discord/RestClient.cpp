#include "discord/RestClient.h"

#include "core/Logging.h"
#include "core/Redact.h"
#include "discord/DiscordError.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <qcoro/qcoronetworkreply.h>
#include <qcoro/qcorotimer.h>

#include <chrono>

using namespace Qt::StringLiterals;

namespace bw::discord {

// ---- per-bucket FIFO: one request of a bucket on the wire at a time, in submission order ---------------

class RestClient::BucketQueue
{
public:
    explicit BucketQueue(QObject *context) : m_context(context) { }

    struct Awaiter
    {
        BucketQueue *q;
        bool await_ready() const noexcept
        {
            if (!q->m_busy) {
                q->m_busy = true;
                return true;
            }
            return false;
        }
        void await_suspend(std::coroutine_handle<> h) { q->m_waiters.push_back(h); }
        void await_resume() const noexcept { }
    };
    Awaiter acquire() { return Awaiter {this}; }

    void release()
    {
        if (m_waiters.empty()) {
            m_busy = false;
            return;
        }
        // Hand the queue to the next waiter (it stays busy), resumed from the event loop so that stacks
        // do not grow with the queue length.
        const std::coroutine_handle<> next = m_waiters.front();
        m_waiters.pop_front();
        if (m_context)
            QTimer::singleShot(0, m_context, [next] { next.resume(); });
        else
            next.resume(); // the client is gone: the waiter sees that and returns Cancelled
    }

private:
    QPointer<QObject> m_context;
    bool m_busy = false;
    std::deque<std::coroutine_handle<>> m_waiters;
};

namespace {

struct QueueGuard
{
    std::shared_ptr<void> keep;
    std::function<void()> release;
    ~QueueGuard()
    {
        if (release)
            release();
    }
};

RateLimitHeaders readHeaders(const QNetworkReply *reply)
{
    RateLimitHeaders h;
    bool ok = false;
    const QByteArray limit = reply->rawHeader("X-RateLimit-Limit");
    if (!limit.isEmpty()) {
        const int v = limit.toInt(&ok);
        if (ok)
            h.limit = v;
    }
    const QByteArray remaining = reply->rawHeader("X-RateLimit-Remaining");
    if (!remaining.isEmpty()) {
        const int v = remaining.toInt(&ok);
        if (ok)
            h.remaining = v;
    }
    const QByteArray resetAfter = reply->rawHeader("X-RateLimit-Reset-After");
    if (!resetAfter.isEmpty()) {
        const double v = resetAfter.toDouble(&ok);
        if (ok)
            h.resetAfterSeconds = v;
    }
    h.bucket = QString::fromLatin1(reply->rawHeader("X-RateLimit-Bucket"));
    h.global = reply->hasRawHeader("X-RateLimit-Global");
    h.scope = QString::fromLatin1(reply->rawHeader("X-RateLimit-Scope"));
    const QByteArray retry = reply->rawHeader("Retry-After");
    if (!retry.isEmpty()) {
        const double v = retry.toDouble(&ok);
        if (ok)
            h.retryAfterSeconds = v;
    }
    return h;
}

QByteArray truncated(const QByteArray &b)
{
    constexpr qsizetype kMax = 64 * 1024;
    return b.size() > kMax ? b.left(kMax) + "…" : b;
}

bool isRetryableStatus(int status)
{
    return status == 500 || status == 502 || status == 503 || status == 504 || status == 524;
}

} // namespace

// ---- GatewayBotInfo ------------------------------------------------------------------------------------

Result<GatewayBotInfo> GatewayBotInfo::fromJson(const QJsonObject &o)
{
    GatewayBotInfo info;
    info.url = QUrl(o.value("url"_L1).toString());
    if (!info.url.isValid() || info.url.scheme().isEmpty())
        return Error::make(Error::Kind::InvalidInput, u"GET /gateway/bot gave no usable gateway url"_s);
    info.shards = qMax(1, o.value("shards"_L1).toInt(1));
    const QJsonObject limit = o.value("session_start_limit"_L1).toObject();
    info.sessionTotal = limit.value("total"_L1).toInt(1000);
    info.sessionRemaining = limit.value("remaining"_L1).toInt(info.sessionTotal);
    info.sessionResetAfterMs = static_cast<qint64>(limit.value("reset_after"_L1).toDouble(0));
    info.maxConcurrency = qMax(1, limit.value("max_concurrency"_L1).toInt(1));
    return info;
}

// ---- RestClient ----------------------------------------------------------------------------------------

RestClient::RestClient(Options options, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_clock(m_options.clock ? m_options.clock : Clock::system()),
      m_nam(new QNetworkAccessManager(this)),
      m_limiter(m_clock, m_options.globalPerSecond)
{
    m_nam->setAutoDeleteReplies(false);
}

RestClient::~RestClient() = default;

QByteArray RestClient::userAgent()
{
    return QByteArrayLiteral("DiscordBot (https://botwright.invalid, " BOTWRIGHT_VERSION ") Botwright");
}

void RestClient::setToken(const QString &token)
{
    m_options.token = token;
    m_tokenRejected = false;
}

double RestClient::random() const
{
    return m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
}

std::shared_ptr<RestClient::BucketQueue> RestClient::queueFor(const Route &route)
{
    const QString key = route.routeKey() + u'|' + route.majorParameter();
    auto it = m_queues.find(key);
    if (it == m_queues.end())
        it = m_queues.insert(key, std::make_shared<BucketQueue>(this));
    return *it;
}

RestLogEntry RestClient::makeLogEntry(const RestRequest &req, int status, const QByteArray &response,
                                      const QString &error) const
{
    // The single place where requests are turned into log text: every secret is redacted here.
    const QString &pathToken = req.route.pathToken();
    const auto clean = [&](const QString &text) {
        QString t = redactText(text, m_options.token);
        if (!pathToken.isEmpty()) {
            t.replace(pathToken, kRedacted);
            t.replace(QString::fromLatin1(QUrl::toPercentEncoding(pathToken)), kRedacted);
        }
        return t;
    };
    const auto cleanBytes = [&](const QByteArray &bytes) { return clean(QString::fromUtf8(bytes)).toUtf8(); };
    RestLogEntry e;
    e.time = m_clock->now();
    e.method = req.route.method();
    e.routeTemplate = req.route.pathTemplate();
    e.path = clean(req.route.path());
    e.status = status;
    e.bucket = clean(m_limiter.bucketKey(req.route));
    e.requestBody = cleanBytes(truncated(req.jsonBody));
    e.responseBody = cleanBytes(truncated(response));
    e.error = clean(error);
    return e;
}

QCoro::Task<Result<QJsonDocument>> RestClient::request(RestRequest req)
{
    const QString what = QString::fromLatin1(req.route.method()) + u' ' + req.route.pathTemplate();
    if (!req.route.isValid())
        co_return Error::make(Error::Kind::InvalidInput, what + u": invalid route"_s);
    if (m_tokenRejected && !req.route.usesPathToken()) {
        Error err
            = Error::make(Error::Kind::Unauthorized,
                          what + u": the bot token was rejected (401); set a valid token in the profile"_s);
        err.httpStatus = 401;
        co_return err;
    }

    QPointer<RestClient> self(this);
    ++m_pending;
    const std::shared_ptr<BucketQueue> held = queueFor(req.route);
    co_await held->acquire();
    QueueGuard guard {held, [self, held] {
                          held->release();
                          if (self && --self->m_pending == 0)
                              Q_EMIT self->idle();
                      }};
    if (!self)
        co_return Error::make(Error::Kind::Cancelled, what + u": cancelled"_s);

    int attempt = 0;
    int failures = 0;
    int limited = 0;
    for (;;) {
        ++attempt;
        // Wait for the bucket and the global limit (including after a 429, which set them).
        for (qint64 wait = m_limiter.delayBeforeSend(req.route); wait > 0;
             wait = self->m_limiter.delayBeforeSend(req.route)) {
            co_await QCoro::sleepFor(std::chrono::milliseconds(wait));
            if (!self)
                co_return Error::make(Error::Kind::Cancelled, what + u": cancelled"_s);
        }

        QString base = m_options.apiBase.toString(QUrl::FullyEncoded);
        while (base.endsWith(u'/'))
            base.chop(1);
        QUrl url = QUrl::fromEncoded((base + req.route.path()).toLatin1());
        if (!req.query.isEmpty())
            url.setQuery(req.query);
        QNetworkRequest nreq(url);
        nreq.setRawHeader("User-Agent", userAgent());
        if (!req.route.usesPathToken() && !m_options.token.isEmpty())
            nreq.setRawHeader("Authorization", "Bot " + m_options.token.toUtf8());
        if (!req.auditLogReason.isEmpty())
            nreq.setRawHeader("X-Audit-Log-Reason", QUrl::toPercentEncoding(req.auditLogReason));
        nreq.setTransferTimeout(static_cast<int>(m_options.transferTimeoutMs));
        nreq.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                          QNetworkRequest::NoLessSafeRedirectPolicy);

        QNetworkReply *reply = nullptr;
        if (!req.files.isEmpty()) {
            auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
            QHttpPart json;
            json.setRawHeader("Content-Disposition", "form-data; name=\"payload_json\"");
            json.setRawHeader("Content-Type", "application/json");
            json.setBody(req.jsonBody.isEmpty() ? QByteArray("{}") : req.jsonBody);
            multi->append(json);
            for (qsizetype i = 0; i < req.files.size(); ++i) {
                const FileAttachment &f = req.files.at(i);
                QHttpPart part;
                QByteArray name = f.filename.toUtf8();
                name.replace('"', "%22");
                part.setRawHeader("Content-Disposition",
                                  "form-data; name=\"files[" + QByteArray::number(i) + "]\"; filename=\""
                                      + name + '"');
                part.setRawHeader("Content-Type", f.contentType);
                part.setBody(f.data);
                multi->append(part);
            }
            reply = m_nam->sendCustomRequest(nreq, req.route.method(), multi);
            multi->setParent(reply);
        } else if (!req.jsonBody.isEmpty()) {
            nreq.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            reply = m_nam->sendCustomRequest(nreq, req.route.method(), req.jsonBody);
        } else {
            reply = m_nam->sendCustomRequest(nreq, req.route.method());
        }
        m_limiter.onSend(req.route);
        const qint64 started = m_clock->monotonicMs();

        co_await reply;
        std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
            reply, [](QNetworkReply *r) { r->deleteLater(); });
        if (!self)
            co_return Error::make(Error::Kind::Cancelled, what + u": cancelled"_s);

        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const qint64 duration = m_clock->monotonicMs() - started;

        if (status == 0) {
            // No HTTP answer: connection refused, reset, timeout.
            RestLogEntry e = makeLogEntry(req, 0, {}, reply->errorString());
            e.durationMs = duration;
            e.attempt = attempt;
            Q_EMIT requestLogged(e);
            if (failures < m_options.maxRetries) {
                const qint64 delay = m_options.retryBaseMs * (qint64(1) << failures);
                ++failures;
                qCInfo(lcRest) << what << "network error, retrying in" << delay
                               << "ms:" << reply->errorString();
                co_await QCoro::sleepFor(
                    std::chrono::milliseconds(delay / 2 + static_cast<qint64>(random() * delay / 2)));
                if (!self)
                    co_return Error::make(Error::Kind::Cancelled, what + u": cancelled"_s);
                continue;
            }
            co_return Error::make(Error::Kind::Network, what + u": "_s + reply->errorString());
        }

        const RateLimitHeaders headers = readHeaders(reply);
        std::optional<double> bodyRetry;
        bool bodyGlobal = false;
        QJsonDocument doc;
        if (!body.isEmpty())
            doc = QJsonDocument::fromJson(body);
        if (status == 429 && doc.isObject()) {
            const QJsonObject o = doc.object();
            if (o.contains("retry_after"_L1))
                bodyRetry = o.value("retry_after"_L1).toDouble();
            bodyGlobal = o.value("global"_L1).toBool(false);
        }
        const RateLimiter::Outcome outcome
            = m_limiter.onResponse(req.route, status, headers, bodyRetry, bodyGlobal);

        QString message;
        if (status >= 400 && doc.isObject())
            message = doc.object().value("message"_L1).toString();
        RestLogEntry e = makeLogEntry(req, status, body, message);
        e.durationMs = duration;
        e.attempt = attempt;
        e.rateLimited = outcome.rateLimited;
        e.global = outcome.global;
        e.retryAfterMs = outcome.retryAfterMs;
        Q_EMIT requestLogged(e);

        if (status == 429) {
            if (limited < m_options.max429Retries) {
                ++limited;
                qCInfo(lcRest) << what << "rate limited" << (outcome.global ? "(global)" : "") << "retry in"
                               << outcome.retryAfterMs << "ms";
                continue; // delayBeforeSend() waits out the limit it recorded
            }
            Error err = errorFromResponse(status, body, what);
            err.kind = Error::Kind::RateLimited;
            err.retryAfter = static_cast<double>(outcome.retryAfterMs) / 1000.0;
            co_return err;
        }
        if (isRetryableStatus(status) && failures < m_options.maxRetries) {
            const qint64 delay = m_options.retryBaseMs * (qint64(1) << failures);
            ++failures;
            qCInfo(lcRest) << what << "HTTP" << status << "- retrying in about" << delay << "ms";
            co_await QCoro::sleepFor(
                std::chrono::milliseconds(delay / 2 + static_cast<qint64>(random() * delay / 2)));
            if (!self)
                co_return Error::make(Error::Kind::Cancelled, what + u": cancelled"_s);
            continue;
        }
        if (status >= 200 && status < 300) {
            if (status != 204 && !body.isEmpty() && doc.isNull())
                co_return Error::make(Error::Kind::InvalidInput, what + u": the answer is not JSON"_s);
            co_return doc;
        }
        Error err = errorFromResponse(status, body, what);
        if (status == 401 && err.discordCode == 0 && !req.route.usesPathToken())
            m_tokenRejected = true;
        co_return err;
    }
}

QCoro::Task<Result<QJsonDocument>> RestClient::get(Route route, QUrlQuery query)
{
    RestRequest r;
    r.route = std::move(route);
    r.query = std::move(query);
    co_return co_await request(std::move(r));
}

QCoro::Task<Result<QJsonDocument>> RestClient::sendJson(Route route, QJsonDocument body)
{
    RestRequest r;
    r.route = std::move(route);
    if (!body.isNull())
        r.jsonBody = body.toJson(QJsonDocument::Compact);
    co_return co_await request(std::move(r));
}

QCoro::Task<Result<QJsonDocument>> RestClient::sendMultipart(Route route, QJsonObject payload,
                                                             QList<FileAttachment> files)
{
    RestRequest r;
    r.route = std::move(route);
    if (!payload.contains("attachments"_L1)) {
        QJsonArray attachments;
        for (qsizetype i = 0; i < files.size(); ++i)
            attachments.append(
                QJsonObject {{u"id"_s, static_cast<int>(i)}, {u"filename"_s, files.at(i).filename}});
        payload.insert(u"attachments"_s, attachments);
    }
    r.jsonBody = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    r.files = std::move(files);
    co_return co_await request(std::move(r));
}

QCoro::Task<Result<GatewayBotInfo>> RestClient::getGatewayBot()
{
    auto r = co_await get(Route::get(u"/gateway/bot"_s));
    if (!r)
        co_return r.error();
    co_return GatewayBotInfo::fromJson(r->object());
}

namespace {
Result<QJsonObject> toObject(const Result<QJsonDocument> &r)
{
    if (!r)
        return r.error();
    return r->object();
}
} // namespace

QCoro::Task<Result<QJsonObject>> RestClient::getCurrentUser()
{
    const Route route = Route::get(u"/users/@me"_s);
    const auto r = co_await get(route);
    co_return toObject(r);
}

QCoro::Task<Result<QJsonObject>> RestClient::createMessage(QString channelId, QJsonObject message)
{
    const Route route(QByteArrayLiteral("POST"), u"/channels/{channel_id}/messages"_s,
                      QStringList {channelId});
    const auto r = co_await sendJson(route, QJsonDocument(message));
    co_return toObject(r);
}

QCoro::Task<Result<QJsonObject>> RestClient::editMessage(QString channelId, QString messageId,
                                                         QJsonObject message)
{
    const Route route(QByteArrayLiteral("PATCH"), u"/channels/{channel_id}/messages/{message_id}"_s,
                      QStringList {channelId, messageId});
    const auto r = co_await sendJson(route, QJsonDocument(message));
    co_return toObject(r);
}

QCoro::Task<Result<void>> RestClient::deleteMessage(QString channelId, QString messageId)
{
    const Route route(QByteArrayLiteral("DELETE"), u"/channels/{channel_id}/messages/{message_id}"_s,
                      QStringList {channelId, messageId});
    const auto r = co_await sendJson(route, QJsonDocument());
    if (!r)
        co_return r.error();
    co_return Result<void>();
}

QCoro::Task<Result<QJsonDocument>> RestClient::interactionCallback(QString interactionId, QString token,
                                                                   QJsonObject response, bool withResponse)
{
    RestRequest r;
    r.route
        = Route(QByteArrayLiteral("POST"), u"/interactions/{interaction_id}/{interaction_token}/callback"_s,
                QStringList {interactionId, token});
    r.jsonBody = QJsonDocument(response).toJson(QJsonDocument::Compact);
    if (withResponse)
        r.query.addQueryItem(u"with_response"_s, u"true"_s);
    co_return co_await request(std::move(r));
}

QCoro::Task<Result<QJsonObject>> RestClient::editOriginalResponse(QString applicationId, QString token,
                                                                  QJsonObject message)
{
    const Route route(QByteArrayLiteral("PATCH"),
                      u"/webhooks/{application_id}/{webhook_token}/messages/@original"_s,
                      QStringList {applicationId, token});
    const auto r = co_await sendJson(route, QJsonDocument(message));
    co_return toObject(r);
}

QCoro::Task<Result<QJsonObject>> RestClient::createFollowup(QString applicationId, QString token,
                                                            QJsonObject message)
{
    const Route route(QByteArrayLiteral("POST"), u"/webhooks/{application_id}/{webhook_token}"_s,
                      QStringList {applicationId, token});
    const auto r = co_await sendJson(route, QJsonDocument(message));
    co_return toObject(r);
}

} // namespace bw::discord
