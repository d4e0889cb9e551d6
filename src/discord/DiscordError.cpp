#include "discord/DiscordError.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace bw::discord {

namespace {

void flatten(const QJsonObject &node, const QString &path, QStringList &out)
{
    for (auto it = node.constBegin(); it != node.constEnd(); ++it) {
        if (it.key() == "_errors"_L1) {
            const QJsonArray list = it.value().toArray();
            for (const QJsonValue &e : list) {
                const QJsonObject eo = e.toObject();
                QString msg = eo.value("message"_L1).toString();
                if (msg.isEmpty())
                    msg = eo.value("code"_L1).toString();
                out.append(path.isEmpty() ? msg : path + u": "_s + msg);
            }
            continue;
        }
        const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), child, out);
        else if (it.value().isString())
            out.append(child + u": "_s + it.value().toString());
    }
}

} // namespace

QStringList flattenErrorTree(const QJsonObject &errors)
{
    QStringList out;
    flatten(errors, QString(), out);
    return out;
}

Error errorFromResponse(int httpStatus, const QByteArray &body, const QString &what)
{
    Error err;
    err.httpStatus = httpStatus;
    err.kind = httpStatus == 401 ? Error::Kind::Unauthorized
        : httpStatus == 404      ? Error::Kind::NotFound
        : httpStatus == 429      ? Error::Kind::RateLimited
                                 : Error::Kind::Http;
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    const QString message = obj.value("message"_L1).toString();
    err.discordCode = obj.value("code"_L1).toInt(0);
    if (obj.contains("retry_after"_L1))
        err.retryAfter = obj.value("retry_after"_L1).toDouble();
    QString text = message.isEmpty() ? u"HTTP %1"_s.arg(httpStatus) : message;
    if (err.discordCode != 0)
        text = u"%1 (HTTP %2, code %3)"_s.arg(text).arg(httpStatus).arg(err.discordCode);
    else if (!message.isEmpty())
        text = u"%1 (HTTP %2)"_s.arg(text).arg(httpStatus);
    err.message = what.isEmpty() ? text : what + u": "_s + text;
    if (obj.value("errors"_L1).isObject())
        err.details = flattenErrorTree(obj.value("errors"_L1).toObject()).join(u"; "_s);
    return err;
}

} // namespace bw::discord
