#include "bot/tasks/TaskSpec.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bw::tasks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::tasks::TaskSpec", text);
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

const QList<QPair<RetryClass, QString>> &classNames()
{
    static const QList<QPair<RetryClass, QString>> names = {
        {RetryClass::Network, u"network"_s},
        {RetryClass::Gateway, u"gateway"_s},
        {RetryClass::Server, u"server"_s},
        {RetryClass::RateLimit, u"rateLimit"_s},
    };
    return names;
}

} // namespace

std::optional<RetryClass> RetryPolicy::classify(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Network:
    case Error::Kind::Timeout:
        return RetryClass::Network;
    case Error::Kind::Unavailable:
        return RetryClass::Gateway;
    case Error::Kind::RateLimited:
        return RetryClass::RateLimit;
    case Error::Kind::Http:
        if (error.httpStatus == 429)
            return RetryClass::RateLimit;
        if (error.httpStatus >= 500)
            return RetryClass::Server;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

bool RetryPolicy::retries(const Error &error) const
{
    const auto c = classify(error);
    return c && classes.testFlag(*c);
}

qint64 RetryPolicy::delayMs(int attempt, const Error &error, double random) const
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double cap = std::min(double(maxMs), double(baseMs) * std::pow(2.0, exponent));
    qint64 delay = qint64(cap * (0.5 + 0.5 * std::clamp(random, 0.0, 1.0)));
    if (error.retryAfter > 0)
        delay = std::max(delay, qint64(std::ceil(error.retryAfter * 1000)));
    return std::max<qint64>(delay, 1);
}

Result<TaskSpec> TaskSpec::fromJson(const QJsonObject &json)
{
    TaskSpec spec;
    auto schedule = TaskSchedule::fromJson(json.value(u"schedule"_s).toObject());
    if (!schedule)
        return invalid(u"schedule: "_s + schedule.error().message);
    spec.schedule = schedule.value();

    if (!json.contains(u"action"_s))
        return invalid(tr("action: a task needs something to do"));
    auto action = TaskAction::fromJsonValue(json.value(u"action"_s), u"action"_s);
    if (!action)
        return action.error();
    spec.action = std::move(action.value());

    if (json.contains(u"afterLoop"_s) && !json.value(u"afterLoop"_s).isNull()) {
        auto after = TaskAction::fromJsonValue(json.value(u"afterLoop"_s), u"afterLoop"_s);
        if (!after)
            return after.error();
        spec.afterLoop = std::move(after.value());
    }
    if (json.contains(u"count"_s) && !json.value(u"count"_s).isNull()) {
        const QJsonValue count = json.value(u"count"_s);
        if (!count.isDouble() || count.toDouble() != std::floor(count.toDouble()))
            return invalid(tr("count: a whole number of runs"));
        if (count.toDouble() <= 0)
            return invalid(tr("count: must be greater than 0 (or left out to run forever)"));
        if (count.toDouble() > 1e9)
            return invalid(tr("count: too large"));
        spec.count = int(count.toDouble());
    }
    spec.waitUntilReady = json.value(u"waitUntilReady"_s).toBool(true);
    spec.catchUp = json.value(u"catchUp"_s).toBool(false);

    const QJsonObject retry = json.value(u"retry"_s).toObject();
    for (const auto &[c, name] : classNames())
        spec.retry.classes.setFlag(c, retry.value(name).toBool(spec.retry.classes.testFlag(c)));
    spec.retry.baseMs = qint64(retry.value(u"baseMs"_s).toDouble(double(spec.retry.baseMs)));
    spec.retry.maxMs = qint64(retry.value(u"maxMs"_s).toDouble(double(spec.retry.maxMs)));
    spec.retry.maxRetries = retry.value(u"maxRetries"_s).toInt(spec.retry.maxRetries);
    if (spec.retry.baseMs < 1 || spec.retry.maxMs < spec.retry.baseMs)
        return invalid(tr("retry: baseMs must be positive and maxMs at least baseMs"));
    if (spec.retry.maxRetries < 0)
        return invalid(tr("retry: maxRetries cannot be negative"));
    return spec;
}

QJsonObject TaskSpec::toJson() const
{
    QJsonObject o;
    o.insert(u"schedule"_s, schedule.toJson());
    o.insert(u"action"_s, action.toJson());
    if (afterLoop)
        o.insert(u"afterLoop"_s, afterLoop->toJson());
    if (count)
        o.insert(u"count"_s, *count);
    o.insert(u"waitUntilReady"_s, waitUntilReady);
    o.insert(u"catchUp"_s, catchUp);
    QJsonObject r;
    for (const auto &[c, name] : classNames())
        r.insert(name, retry.classes.testFlag(c));
    r.insert(u"baseMs"_s, double(retry.baseMs));
    r.insert(u"maxMs"_s, double(retry.maxMs));
    r.insert(u"maxRetries"_s, retry.maxRetries);
    o.insert(u"retry"_s, r);
    return o;
}

} // namespace bw::tasks
