#include "sandbox/SandboxStats.h"

namespace bw::sandbox {

QJsonObject SandboxStats::toJson() const
{
    QJsonObject req;
    for (auto it = requests.begin(); it != requests.end(); ++it)
        req.insert(QString::fromUtf8(it.key()), it.value());
    QJsonObject st;
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        QJsonObject per;
        for (auto s = it.value().begin(); s != it.value().end(); ++s)
            per.insert(QString::number(s.key()), s.value());
        st.insert(QString::fromUtf8(it.key()), per);
    }
    QJsonObject recv, sent, disp;
    for (auto it = gatewayReceived.begin(); it != gatewayReceived.end(); ++it)
        recv.insert(QString::number(it.key()), it.value());
    for (auto it = gatewaySent.begin(); it != gatewaySent.end(); ++it)
        sent.insert(QString::number(it.key()), it.value());
    for (auto it = dispatches.begin(); it != dispatches.end(); ++it)
        disp.insert(QString::fromUtf8(it.key()), it.value());
    return QJsonObject {{QLatin1StringView("requests"), req},
                        {QLatin1StringView("statuses"), st},
                        {QLatin1StringView("gateway_received"), recv},
                        {QLatin1StringView("gateway_sent"), sent},
                        {QLatin1StringView("dispatches"), disp},
                        {QLatin1StringView("identifies"), identifies},
                        {QLatin1StringView("resumes"), resumes},
                        {QLatin1StringView("connections"), connections},
                        {QLatin1StringView("interactions_created"), interactionsCreated},
                        {QLatin1StringView("callbacks_accepted"), callbacksAccepted},
                        {QLatin1StringView("rate_limited"), rateLimited}};
}

} // namespace bw::sandbox
