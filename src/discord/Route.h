#pragma once
// Route: one REST call's method, path template ("/channels/{channel_id}/messages") and filled path, plus
// what the rate limiter needs: the major parameter and whether the call is exempt from the global limit.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bw::discord {

class Route
{
public:
    Route() = default;
    /// Fills the {placeholders} of `pathTemplate` with `args` in order. Placeholders named channel_id,
    /// guild_id, webhook_id (+ webhook_token / interaction_token) give the major parameter.
    Route(QByteArray method, QString pathTemplate, QStringList args = {});

    static Route get(QString t, QStringList a = {}) { return Route("GET", std::move(t), std::move(a)); }
    static Route post(QString t, QStringList a = {}) { return Route("POST", std::move(t), std::move(a)); }
    static Route patch(QString t, QStringList a = {}) { return Route("PATCH", std::move(t), std::move(a)); }
    static Route put(QString t, QStringList a = {}) { return Route("PUT", std::move(t), std::move(a)); }
    static Route del(QString t, QStringList a = {}) { return Route("DELETE", std::move(t), std::move(a)); }

    const QByteArray &method() const { return m_method; }
    const QString &pathTemplate() const { return m_template; }
    /// The filled path, percent-encoded parameters, starting with '/'.
    const QString &path() const { return m_path; }
    /// "channel:123", "guild:456", "webhook:789:<digest of the token>" or empty.
    const QString &majorParameter() const { return m_major; }
    /// Interaction callbacks bypass the global 50/s limit.
    bool exemptFromGlobalLimit() const { return m_exemptGlobal; }
    /// Routes authorised by a token in the path: no Authorization header is sent.
    bool usesPathToken() const { return m_pathToken; }
    /// The webhook/interaction token in the path (a secret: only for redaction), empty when none.
    const QString &pathToken() const { return m_token; }
    /// method + template, the key a bucket hash is learned under.
    QString routeKey() const
    {
        return QString::fromLatin1(m_method) + u' ' + m_template
            + (m_oldMessageDelete ? QStringLiteral(" (old)") : QString());
    }
    bool isValid() const { return !m_method.isEmpty() && !m_path.isEmpty(); }

private:
    QByteArray m_method;
    QString m_template;
    QString m_path;
    QString m_major;
    QString m_token;
    bool m_exemptGlobal = false;
    bool m_pathToken = false;
    bool m_oldMessageDelete = false;
};

} // namespace bw::discord
