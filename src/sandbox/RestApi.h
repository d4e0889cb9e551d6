#pragma once
// RestApi: the Discord REST v10 routes of the sandbox: routing by method + path template, authorization,
// rate limits with every header, faults, Discord's error shapes, and the handlers per resource.

#include "sandbox/HttpServer.h"
#include "sandbox/RateLimiter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace bw::sandbox {

class SandboxServer;
struct Interaction;

class RestApi
{
public:
    explicit RestApi(SandboxServer &server);
    /// Handles a request whose path starts with /api.
    void handle(HttpRequest &request, HttpResponder responder);

    struct Ctx;
    using Handler = void (RestApi::*)(Ctx &);
    enum class Auth { Bot, None };
    struct Route
    {
        QByteArray method;
        QList<QByteArray> segments; // "{name}" marks a parameter
        QByteArray key; // "METHOD /template"
        QByteArray hash; // X-RateLimit-Bucket
        int majorIndex = -1; // parameter index of the major parameter
        int majorIndex2 = -1; // webhook token joins the webhook id
        Auth auth = Auth::Bot;
        bool globalExempt = false;
        Handler handler = nullptr;
    };

    struct Ctx
    {
        HttpRequest &request;
        HttpResponder responder;
        const Route *route = nullptr;
        QVarLengthArray<QByteArray, 4> params;
        RateLimitDecision rl;
        bool hasRl = false;
        int delayMs = 0;
        QJsonValue body; // parsed JSON body (or payload_json)
        QJsonArray attachments; // from multipart uploads
    };

    // response helpers (every response gets the rate-limit headers)
    void reply(Ctx &ctx, int status, const QByteArray &json);
    void replyJson(Ctx &ctx, int status, const QJsonObject &o);
    void replyJson(Ctx &ctx, int status, const QJsonArray &a);
    void replyEmpty(Ctx &ctx, int status = 204);
    void replyError(Ctx &ctx, int status, int code, const QString &message, const QJsonObject &errors = {});
    static QJsonObject fieldError(const QString &code, const QString &message);

private:
    void add(const char *method, const char *path, Handler handler, Auth auth = Auth::Bot,
             const char *major = nullptr, bool globalExempt = false);
    bool parseBody(Ctx &ctx);
    QString validateMessageBody(const QJsonObject &body, bool requireContent, QJsonObject &errors,
                                int &code) const;

    // handlers
    void getGateway(Ctx &ctx);
    void getGatewayBot(Ctx &ctx);
    void getMe(Ctx &ctx);
    void getUser(Ctx &ctx);
    void getApplication(Ctx &ctx);
    void getChannel(Ctx &ctx);
    void listMessages(Ctx &ctx);
    void getMessage(Ctx &ctx);
    void createMessage(Ctx &ctx);
    void editMessage(Ctx &ctx);
    void deleteMessage(Ctx &ctx);
    void getGuild(Ctx &ctx);
    void getGuildChannels(Ctx &ctx);
    void getGuildRoles(Ctx &ctx);
    void getGuildMember(Ctx &ctx);
    void listGuildMembers(Ctx &ctx);
    void addMemberRole(Ctx &ctx);
    void removeMemberRole(Ctx &ctx);
    void listCommands(Ctx &ctx);
    void createCommand(Ctx &ctx);
    void bulkCommands(Ctx &ctx);
    void getCommand(Ctx &ctx);
    void editCommand(Ctx &ctx);
    void deleteCommand(Ctx &ctx);
    void interactionCallback(Ctx &ctx);
    void webhookExecute(Ctx &ctx);
    void webhookGetMessage(Ctx &ctx);
    void webhookEditMessage(Ctx &ctx);
    void webhookDeleteMessage(Ctx &ctx);

    // helpers
    bool commandScope(Ctx &ctx, int guildParam, quint64 &scope);
    QJsonObject normalizeCommand(const QJsonObject &in, quint64 scope, quint64 id, QJsonObject &errors) const;
    Interaction *webhookInteraction(Ctx &ctx);
    /// The message a webhook-message route names (@original or an id) with its interaction; answers
    /// the request (401/404) and returns false when there is none.
    struct WebhookMessage
    {
        Interaction *interaction = nullptr;
        quint64 id = 0;
        QJsonObject *message = nullptr;
        bool ephemeral = false;
    };
    bool webhookMessage(Ctx &ctx, WebhookMessage &out);
    /// The index of the command a command route names within `scope`'s list; answers 404 and returns -1
    /// when there is none (or the scope is invalid).
    qsizetype findCommand(Ctx &ctx, quint64 &scope);
    QJsonObject applicationJson() const;

    SandboxServer &m_server;
    QList<Route> m_routes;
    QByteArray m_unknownHash;
};

} // namespace bw::sandbox
