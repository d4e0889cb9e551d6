#pragma once
// RestClient: Discord REST v10 over QNetworkAccessManager with QCoro. Authorization and User-Agent,
// per-bucket ordered queues under the RateLimiter, 429/5xx/network retries, JSON and multipart bodies,
// typed Results, and one signal per request attempt for the event log (token redacted there).

#include "core/Clock.h"
#include "core/Result.h"
#include "discord/RateLimiter.h"
#include "discord/Route.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <qcoro/qcorotask.h>

#include <coroutine>
#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bw::discord {

struct FileAttachment
{
    QString filename;
    QByteArray data;
    QByteArray contentType = "application/octet-stream";
};

struct RestRequest
{
    Route route;
    QByteArray jsonBody; ///< sent as application/json (or payload_json with files); may be empty
    QList<FileAttachment> files; ///< non-empty → multipart/form-data with files[n]
    QUrlQuery query;
    QString auditLogReason;
};

/// One request attempt as the event log shows it. Secrets are redacted before this is built.
struct RestLogEntry
{
    QDateTime time;
    QByteArray method;
    QString routeTemplate;
    QString path; ///< filled path, tokens redacted
    int status = 0; ///< HTTP status; 0 = network error
    QString bucket;
    qint64 durationMs = 0;
    int attempt = 1;
    bool rateLimited = false;
    bool global = false;
    qint64 retryAfterMs = 0;
    QString error; ///< network error or Discord message, empty on success
    QByteArray requestBody; ///< redacted JSON (payload_json for multipart), truncated to 64 KiB
    QByteArray responseBody; ///< redacted, truncated to 64 KiB
};

/// GET /gateway/bot.
struct GatewayBotInfo
{
    QUrl url;
    int shards = 1;
    int sessionTotal = 0;
    int sessionRemaining = 0;
    qint64 sessionResetAfterMs = 0;
    int maxConcurrency = 1;
    static Result<GatewayBotInfo> fromJson(const QJsonObject &o);
};

class RestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestClient)

public:
    struct Options
    {
        QUrl apiBase = QUrl(QStringLiteral("https://discord.com/api/v10"));
        QString token; ///< raw bot token
        const Clock *clock = nullptr; ///< nullptr = Clock::system()
        std::function<double()> random; ///< for retry jitter; nullptr = QRandomGenerator
        int maxRetries = 3; ///< 5xx / network errors
        int max429Retries = 10;
        qint64 retryBaseMs = 500; ///< backoff base for 5xx / network errors
        qint64 transferTimeoutMs = 30'000;
        int globalPerSecond = 50;
    };

    explicit RestClient(Options options, QObject *parent = nullptr);
    ~RestClient() override;

    static QByteArray userAgent();

    QUrl apiBase() const { return m_options.apiBase; }
    void setApiBase(const QUrl &base) { m_options.apiBase = base; }
    void setToken(const QString &token);
    const RateLimiter &rateLimiter() const { return m_limiter; }
    /// Requests queued or on the wire.
    int pendingRequests() const { return m_pending; }
    /// True after a 401 with code 0: the token is bad; further token requests fail at once.
    bool tokenRejected() const { return m_tokenRejected; }

    /// Sends one request through its bucket's queue; retries 429s, 5xx and network errors.
    /// Gives the parsed JSON (an empty document for 204).
    QCoro::Task<Result<QJsonDocument>> request(RestRequest req);

    QCoro::Task<Result<QJsonDocument>> get(Route route, QUrlQuery query = {});
    QCoro::Task<Result<QJsonDocument>> sendJson(Route route, QJsonDocument body);
    QCoro::Task<Result<QJsonDocument>> sendMultipart(Route route, QJsonObject payload,
                                                     QList<FileAttachment> files);

    // Typed helpers for what the bot uses.
    QCoro::Task<Result<GatewayBotInfo>> getGatewayBot();
    QCoro::Task<Result<QJsonObject>> getCurrentUser();
    QCoro::Task<Result<QJsonObject>> createMessage(QString channelId, QJsonObject message);
    QCoro::Task<Result<QJsonObject>> editMessage(QString channelId, QString messageId, QJsonObject message);
    QCoro::Task<Result<void>> deleteMessage(QString channelId, QString messageId);
    /// POST /interactions/{id}/{token}/callback (no Authorization header, no global limit).
    QCoro::Task<Result<QJsonDocument>> interactionCallback(QString interactionId, QString token,
                                                           QJsonObject response, bool withResponse = false);
    QCoro::Task<Result<QJsonObject>> editOriginalResponse(QString applicationId, QString token,
                                                          QJsonObject message);
    QCoro::Task<Result<QJsonObject>> createFollowup(QString applicationId, QString token,
                                                    QJsonObject message);

Q_SIGNALS:
    /// Every attempt of every request, after its response (or failure).
    void requestLogged(const bw::discord::RestLogEntry &entry);
    /// pendingRequests() reached 0.
    void idle();

private:
    class BucketQueue;
    std::shared_ptr<BucketQueue> queueFor(const Route &route);
    RestLogEntry makeLogEntry(const RestRequest &req, int status, const QByteArray &response,
                              const QString &error) const;
    double random() const;

    Options m_options;
    const Clock *m_clock;
    QNetworkAccessManager *m_nam;
    RateLimiter m_limiter;
    QHash<QString, std::shared_ptr<BucketQueue>> m_queues;
    int m_pending = 0;
    bool m_tokenRejected = false;
};

} // namespace bw::discord

Q_DECLARE_METATYPE(bw::discord::RestLogEntry)
