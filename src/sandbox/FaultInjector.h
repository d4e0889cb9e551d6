#pragma once
// FaultInjector: REST faults on demand: 429 storms, 5xx answers, slow answers and dropped connections,
// optionally limited to one route and to a number of requests.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace bw::sandbox {

struct RestFault
{
    enum class Kind { RateLimit, ServerError, Slow, Drop };
    Kind kind = Kind::ServerError;
    int remaining = 1; // requests still affected; -1 = until cleared
    QByteArray route; // substring of "METHOD /template"; empty = every /api route
    double retryAfter = 1.0; // seconds, for RateLimit
    QByteArray scope = "user"; // user, global or shared, for RateLimit
    int status = 500; // for ServerError
    int delayMs = 0; // for Slow
};

class FaultInjector
{
public:
    void add(RestFault fault) { m_faults.append(std::move(fault)); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    /// The fault that applies to this request, consuming one use of it.
    std::optional<RestFault> take(const QByteArray &routeKey);
    QJsonArray toJson() const;

    static std::optional<RestFault> fromJson(const QJsonObject &o, QString *error);

private:
    QList<RestFault> m_faults;
};

} // namespace bw::sandbox
