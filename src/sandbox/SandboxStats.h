#pragma once
// SandboxStats: counters of what the sandbox received and answered, so tests can count requests on the
// server side (e.g. "no request lost or sent twice after a 429").

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace bw::sandbox {

struct SandboxStats
{
    QHash<QByteArray, qint64> requests; // "METHOD /route/{template}" -> count
    QHash<QByteArray, QMap<int, qint64>> statuses; // same key -> status -> count
    QMap<int, qint64> gatewayReceived; // opcode -> count
    QMap<int, qint64> gatewaySent;
    QHash<QByteArray, qint64> dispatches; // event name -> count
    qint64 identifies = 0;
    qint64 resumes = 0;
    qint64 connections = 0;
    qint64 interactionsCreated = 0;
    qint64 callbacksAccepted = 0;
    qint64 rateLimited = 0;

    void reset() { *this = SandboxStats(); }
    QJsonObject toJson() const;
};

} // namespace bw::sandbox
