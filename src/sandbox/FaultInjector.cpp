#include "sandbox/FaultInjector.h"

namespace bw::sandbox {

std::optional<RestFault> FaultInjector::take(const QByteArray &routeKey)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        RestFault &f = m_faults[i];
        if (!f.route.isEmpty() && !routeKey.contains(f.route))
            continue;
        RestFault copy = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        return copy;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray out;
    for (const RestFault &f : m_faults) {
        static const char *names[] = {"429", "5xx", "slow", "drop"};
        out.append(QJsonObject {{QLatin1StringView("kind"), QString::fromLatin1(names[int(f.kind)])},
                                {QLatin1StringView("remaining"), f.remaining},
                                {QLatin1StringView("route"), QString::fromUtf8(f.route)},
                                {QLatin1StringView("retry_after"), f.retryAfter},
                                {QLatin1StringView("scope"), QString::fromLatin1(f.scope)},
                                {QLatin1StringView("status"), f.status},
                                {QLatin1StringView("delay_ms"), f.delayMs}});
    }
    return out;
}

std::optional<RestFault> FaultInjector::fromJson(const QJsonObject &o, QString *error)
{
    RestFault f;
    const QString kind = o.value(QLatin1StringView("kind")).toString();
    if (kind == QLatin1StringView("429"))
        f.kind = RestFault::Kind::RateLimit;
    else if (kind == QLatin1StringView("5xx"))
        f.kind = RestFault::Kind::ServerError;
    else if (kind == QLatin1StringView("slow"))
        f.kind = RestFault::Kind::Slow;
    else if (kind == QLatin1StringView("drop"))
        f.kind = RestFault::Kind::Drop;
    else {
        *error = QStringLiteral("kind must be one of 429, 5xx, slow, drop");
        return std::nullopt;
    }
    f.remaining = o.value(QLatin1StringView("count")).toInt(1);
    if (f.remaining == 0)
        f.remaining = 1;
    f.route = o.value(QLatin1StringView("route")).toString().toUtf8();
    f.retryAfter = o.value(QLatin1StringView("retry_after")).toDouble(1.0);
    f.scope = o.value(QLatin1StringView("scope")).toString(QStringLiteral("user")).toLatin1();
    if (f.scope != "user" && f.scope != "global" && f.scope != "shared") {
        *error = QStringLiteral("scope must be user, global or shared");
        return std::nullopt;
    }
    f.status = o.value(QLatin1StringView("status")).toInt(500);
    if (f.status < 500 || f.status > 599) {
        *error = QStringLiteral("status must be 5xx");
        return std::nullopt;
    }
    f.delayMs = o.value(QLatin1StringView("delay_ms")).toInt(1000);
    return f;
}

} // namespace bw::sandbox
