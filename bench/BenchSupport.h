#pragma once
// Helpers the sandbox benchmarks share: thread CPU time and one blocking HTTP request for setup.

#include <QByteArray>
#include <QHostAddress>
#include <QTcpSocket>

#include <ctime>

namespace bw::bench {

/// CPU time of the calling thread, in microseconds.
inline qint64 threadCpuUs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

struct HttpResponse
{
    int status = 0;
    QByteArray body;
};

/// Sends one request to 127.0.0.1:port and waits for its answer (setup only, not timed).
inline HttpResponse request(quint16 port, const QByteArray &method, const QByteArray &path,
                            const QByteArray &token, const QByteArray &body = {})
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return {};
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        req += "Authorization: Bot " + token + "\r\n";
    if (!body.isEmpty() || method != "GET")
        req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n";
    req += "\r\n" + body;
    s.write(req);
    QByteArray all;
    while (s.waitForReadyRead(30000))
        all += s.readAll();
    all += s.readAll();
    const qsizetype headerEnd = all.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return {};
    return {all.mid(9, 3).toInt(), all.mid(headerEnd + 4)};
}

} // namespace bw::bench
