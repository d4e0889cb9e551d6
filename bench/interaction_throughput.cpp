// Interaction benchmark (issue 5): N simulated clicks on a counter view through the sandbox, for three bots
// against the SAME sandbox in the same run, one after the other:
//   - Botwright: the real `botwright --headless` process (profile on a custom API base = this sandbox, the
//     counter view imported from a view file and sent with `botwright send-view`);
//   - discord.js v14 and discord.py 2.x: tests/peers/discordjs/bot.js and tests/peers/discordpy/bot.py in
//     PEER_MODE=counter (a persistent "counter:increment" button, count per message in memory).
// Every bot replies "You have incremented this message's count to N!" (ephemeral) to each click.
//
// Per bot: clicks answered per second, p50/p99 click→callback latency with 1 and with 32 clicks in flight,
// the bot process's CPU time per click (utime+stime from /proc/PID/stat) and its memory (VmRSS, VmHWM). The
// sandbox runs in this process on its own thread; its CPU per click is printed too, to show it is not the
// bottleneck. The last reply of each bot is checked: its count must equal the clicks it was sent.
//
//   interaction_throughput [--clicks N] [--warmup W] [--inflight K] [--only botwright,discord.js,discord.py]
//                          [--botwright PATH] [--node PATH] [--python PATH] [--peers DIR] [--node-modules
//                          DIR]

#include "BenchSupport.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using bw::bench::HttpResponse;
using bw::bench::request;
using bw::bench::threadCpuUs;

const QString kToken = u"MTIzNDU2Nzg5MDEyMzQ1Njc4.GBench.botwright-bench-token-0123456789abcdef"_s;
const QString kCustomId = u"counter:increment"_s;
bool g_setNoGlib = false;

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// ---- /proc ------------------------------------------------------------------------------------------

QByteArray readProc(const QString &path)
{
    // /proc files report no size: read them with stdio
    char buf[8192] = {};
    FILE *file = std::fopen(qPrintable(path), "r");
    if (!file)
        return {};
    const size_t n = std::fread(buf, 1, sizeof buf - 1, file);
    std::fclose(file);
    return QByteArray(buf, qsizetype(n));
}

/// utime + stime of a process in microseconds; -1 when unknown.
qint64 processCpuUs(qint64 pid)
{
    const QByteArray line = readProc(u"/proc/%1/stat"_s.arg(pid));
    const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (f.size() < 13)
        return -1;
    return (f.at(11).toLongLong() + f.at(12).toLongLong()) * 1000000 / sysconf(_SC_CLK_TCK);
}

/// A "VmRSS"-style value of /proc/PID/status in KiB.
qint64 processStatusKb(qint64 pid, QByteArrayView key)
{
    const QByteArray status = readProc(u"/proc/%1/status"_s.arg(pid));
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key) && line.size() > key.size() && line.at(key.size()) == ':')
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// ---- the click pump: lives on the sandbox thread ---------------------------------------------------------

struct PhaseResult
{
    int answered = 0;
    int failed = 0; // not answered within the interaction deadline
    qint64 wallNs = 0;
    QList<qint64> latenciesNs;
    quint64 lastInteraction = 0;
    QString error;
};

// Keeps `inFlight` clicks outstanding until `total` are answered; latency = click created → callback
// accepted, both observed on the sandbox thread.
class ClickPump final : public QObject
{
public:
    explicit ClickPump(bw::sandbox::SandboxServer *server) : m_server(server)
    {
        m_server->setCallbackObserver([this](quint64 id, int) { onCallback(id); });
        m_watchdog.setInterval(250);
        connect(&m_watchdog, &QTimer::timeout, this, &ClickPump::expire);
    }
    ~ClickPump() override { m_server->setCallbackObserver(nullptr); }

    void start(QString messageId, int total, int inFlight, std::function<void(PhaseResult)> done)
    {
        m_messageId = std::move(messageId);
        m_total = total;
        m_inFlight = std::max(1, inFlight);
        m_done = std::move(done);
        m_result = PhaseResult();
        m_result.latenciesNs.reserve(total);
        m_pending.clear();
        m_issued = 0;
        m_clock.start();
        m_watchdog.start();
        while (m_issued < m_total && m_pending.size() < m_inFlight && m_result.error.isEmpty())
            issue();
    }

private:
    void issue()
    {
        auto id = m_server->simulateClick(u"alice"_s, m_messageId, kCustomId);
        ++m_issued;
        if (!id.ok()) {
            m_result.error = id.error().message;
            finish();
            return;
        }
        const quint64 iid = id->toULongLong();
        m_pending.insert(iid, m_clock.nsecsElapsed());
        m_result.lastInteraction = iid;
    }

    void onCallback(quint64 id)
    {
        const auto it = m_pending.constFind(id);
        if (it == m_pending.cend())
            return;
        m_result.latenciesNs.append(m_clock.nsecsElapsed() - it.value());
        m_pending.erase(it);
        ++m_result.answered;
        next();
    }

    void next()
    {
        if (!m_done)
            return;
        if (m_issued < m_total) {
            issue();
            return;
        }
        if (m_pending.isEmpty())
            finish();
    }

    // A click without an answer after the sandbox's deadline failed (the user saw "interaction failed").
    void expire()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 deadlineNs = qint64(m_server->options().interactionDeadlineMs) * 1000000 + 500000000;
        QList<quint64> late;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            if (now - it.value() > deadlineNs)
                late.append(it.key());
        for (quint64 id : late) {
            m_pending.remove(id);
            ++m_result.failed;
            next();
        }
    }

    void finish()
    {
        m_watchdog.stop();
        m_result.wallNs = m_clock.nsecsElapsed();
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(m_result);
    }

    bw::sandbox::SandboxServer *m_server;
    QString m_messageId;
    int m_total = 0;
    int m_inFlight = 1;
    int m_issued = 0;
    QHash<quint64, qint64> m_pending; // interaction id -> created (ns)
    QElapsedTimer m_clock;
    QTimer m_watchdog;
    PhaseResult m_result;
    std::function<void(PhaseResult)> m_done;
};

// ---- a bot process ---------------------------------------------------------------------------------------

struct BotFigures
{
    QString name;
    bool ran = false;
    QString skipped; // why not
    PhaseResult one, many;
    double cpuUsPerClickOne = -1, cpuUsPerClickMany = -1;
    double sandboxUsPerClick = -1;
    qint64 rssKb = -1, hwmKb = -1;
    QString lastReply;
    int expectedCount = 0;
    bool countOk = false;
};

class BotProcess
{
public:
    explicit BotProcess(QString name) : m_name(std::move(name))
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            m_out += m_process.readAllStandardOutput();
            qsizetype nl;
            while ((nl = m_out.indexOf('\n')) >= 0) {
                const QByteArray line = m_out.left(nl);
                m_out.remove(0, nl + 1);
                m_lines.append(line);
                if (m_echo)
                    std::fprintf(stderr, "  [%s] %s\n", qPrintable(m_name), line.constData());
            }
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
            const QByteArray err = m_process.readAllStandardError();
            m_err += err;
            if (m_echo)
                std::fprintf(stderr, "  [%s!] %s", qPrintable(m_name), err.constData());
        });
    }
    ~BotProcess() { stop(); }

    void setEcho(bool echo) { m_echo = echo; }
    bool start(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               const QString &workDir = {})
    {
        m_process.setProcessEnvironment(env);
        if (!workDir.isEmpty())
            m_process.setWorkingDirectory(workDir);
        m_process.start(program, args);
        return m_process.waitForStarted(10000);
    }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    bool sawLine(QByteArrayView needle) const
    {
        return std::any_of(m_lines.cbegin(), m_lines.cend(),
                           [needle](const QByteArray &l) { return l.contains(needle); });
    }
    QString errorTail() const { return QString::fromUtf8(m_err.right(600)); }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QString m_name;
    QProcess m_process;
    QByteArray m_out, m_err;
    QList<QByteArray> m_lines;
    bool m_echo = false;
};

// Runs a one-shot command to its end; returns its stdout, or an error in *error.
QByteArray runTool(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                   QString *error, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        *error = u"cannot start %1"_s.arg(program);
        return {};
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = u"%1 %2 failed (%3): %4"_s.arg(program, args.join(u' '))
                     .arg(p.exitCode())
                     .arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
        return {};
    }
    return p.readAllStandardOutput();
}

// ---- the benchmark ---------------------------------------------------------------------------------------

class Bench
{
public:
    Bench(bw::sandbox::SandboxHost &host, int clicks, int warmup, int inFlight, bool echo)
        : m_server(host.server()), m_clicks(clicks), m_warmup(warmup), m_inFlight(inFlight), m_echo(echo)
    {
        m_port = host.port();
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                m_pump = new ClickPump(m_server);
                m_channel = m_server->defaultChannelId();
            },
            Qt::BlockingQueuedConnection);
    }
    ~Bench()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_pump; }, Qt::BlockingQueuedConnection);
    }

    QString channel() const { return m_channel; }
    quint16 port() const { return m_port; }

    int readyConnections()
    {
        int n = 0;
        QMetaObject::invokeMethod(
            m_server,
            [this, &n] { n = m_server->gateway() ? m_server->gateway()->readyConnectionCount() : 0; },
            Qt::BlockingQueuedConnection);
        return n;
    }

    qint64 sandboxCpuUs()
    {
        qint64 us = 0;
        QMetaObject::invokeMethod(
            m_server, [&us] { us = threadCpuUs(); }, Qt::BlockingQueuedConnection);
        return us;
    }

    PhaseResult phase(const QString &messageId, int total, int inFlight)
    {
        PhaseResult out;
        bool done = false;
        QMetaObject::invokeMethod(m_server, [&, messageId, total, inFlight] {
            m_pump->start(messageId, total, inFlight, [&](PhaseResult r) {
                // on the sandbox thread; the main thread polls `done`
                out = std::move(r);
                QMetaObject::invokeMethod(
                    qApp, [&done] { done = true; }, Qt::QueuedConnection);
            });
        });
        const int timeoutMs = 120000 + total * 20;
        if (!waitUntil([&] { return done; }, timeoutMs)) {
            out.error = u"timed out"_s;
            // stop the pump before `out` goes away
            QMetaObject::invokeMethod(
                m_server, [this] { m_pump->start(QString(), 0, 1, nullptr); }, Qt::BlockingQueuedConnection);
        }
        return out;
    }

    QJsonObject record(quint64 interactionId, int waitMs)
    {
        QJsonObject r;
        QElapsedTimer t;
        t.start();
        for (;;) {
            QMetaObject::invokeMethod(
                m_server, [&] { r = m_server->interactionRecord(QString::number(interactionId)); },
                Qt::BlockingQueuedConnection);
            if (r.value(u"final"_s).toBool() || t.elapsed() > waitMs)
                return r;
            QThread::msleep(20);
        }
    }

    /// Posts the counter message as the bot (REST), for the peers (their persistent view answers any
    /// message).
    QString postCounterMessage(QString *error)
    {
        const QByteArray body
            = R"({"content":"Press the button to count.","components":[{"type":1,"components":[{"type":2,"style":1,"label":"+1","custom_id":"counter:increment"}]}]})";
        const HttpResponse r
            = request(m_port, "POST", "/api/v10/channels/" + m_channel.toLatin1() + "/messages",
                      kToken.toLatin1(), body);
        const QString id = QJsonDocument::fromJson(r.body).object().value(u"id"_s).toString();
        if (r.status != 200 || id.isEmpty())
            *error = u"posting the counter message: %1 %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
        return id;
    }

    /// Warm-up, then the two measured phases, with the bot's CPU and memory.
    void measure(BotFigures &f, qint64 pid, const QString &messageId)
    {
        std::printf("%s: warm-up (%d clicks)...\n", qPrintable(f.name), m_warmup);
        std::fflush(stdout);
        const PhaseResult warm = phase(messageId, m_warmup, m_inFlight);
        if (!warm.error.isEmpty() || warm.answered == 0) {
            f.skipped = u"warm-up failed: %1 (%2 answered)"_s.arg(warm.error).arg(warm.answered);
            return;
        }
        QThread::msleep(200);
        qint64 cpu0 = processCpuUs(pid);
        std::printf("%s: %d clicks, 1 in flight...\n", qPrintable(f.name), m_clicks);
        std::fflush(stdout);
        f.one = phase(messageId, m_clicks, 1);
        qint64 cpu1 = processCpuUs(pid);
        f.cpuUsPerClickOne = double(cpu1 - cpu0) / std::max(1, f.one.answered);
        std::printf("%s: %d clicks, %d in flight...\n", qPrintable(f.name), m_clicks, m_inFlight);
        std::fflush(stdout);
        const qint64 sandbox0 = sandboxCpuUs();
        cpu0 = processCpuUs(pid);
        f.many = phase(messageId, m_clicks, m_inFlight);
        cpu1 = processCpuUs(pid);
        f.sandboxUsPerClick = double(sandboxCpuUs() - sandbox0) / std::max(1, f.many.answered);
        f.cpuUsPerClickMany = double(cpu1 - cpu0) / std::max(1, f.many.answered);
        f.rssKb = processStatusKb(pid, "VmRSS");
        f.hwmKb = processStatusKb(pid, "VmHWM");
        f.expectedCount = warm.answered + f.one.answered + f.many.answered;
        const QJsonObject last = record(f.many.lastInteraction, 5000);
        QJsonObject reply = last.value(u"reply"_s).toObject();
        f.lastReply = reply.value(u"content"_s).toString();
        static const QRegularExpression countRe(u"count to (\\d+)"_s);
        const auto m = countRe.match(f.lastReply);
        f.countOk = m.hasMatch() && m.captured(1).toInt() == f.expectedCount;
        f.ran = f.one.error.isEmpty() && f.many.error.isEmpty();
        if (!f.ran)
            f.skipped = f.one.error.isEmpty() ? f.many.error : f.one.error;
    }

    /// Waits until a bot is connected (and, for the peers, said it is ready).
    bool waitReady(BotProcess &p, const std::function<bool()> &extra, QString *error)
    {
        const bool ok = waitUntil([&] { return !p.running() || (readyConnections() > 0 && extra()); }, 90000);
        if (!ok || !p.running()) {
            *error = u"the bot did not become ready: %1"_s.arg(p.errorTail());
            return false;
        }
        QThread::msleep(500); // GUILD_CREATE and the libraries' own start-up after READY
        return true;
    }

    bool echo() const { return m_echo; }

private:
    bw::sandbox::SandboxServer *m_server = nullptr;
    ClickPump *m_pump = nullptr;
    quint16 m_port = 0;
    QString m_channel;
    int m_clicks, m_warmup, m_inFlight;
    bool m_echo;
};

QProcessEnvironment baseEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"BOTWRIGHT_TOKEN"_s);
    if (g_setNoGlib)
        env.remove(u"QT_NO_GLIB"_s);
    return env;
}

void runPeer(Bench &bench, BotFigures &f, const QString &program, const QStringList &args,
             const QProcessEnvironment &extraEnv)
{
    QProcessEnvironment env = baseEnv();
    env.insert(u"PEER_PORT"_s, QString::number(bench.port()));
    env.insert(u"PEER_TOKEN"_s, kToken);
    env.insert(u"PEER_MODE"_s, u"counter"_s);
    env.insert(u"PEER_POST"_s, u"0"_s);
    env.insert(u"PEER_LIFETIME_S"_s, u"900"_s);
    for (const QString &k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    BotProcess p(f.name);
    p.setEcho(bench.echo());
    if (!p.start(program, args, env)) {
        f.skipped = u"cannot start %1"_s.arg(program);
        return;
    }
    QString error;
    if (!bench.waitReady(
            p, [&p] { return p.sawLine("\"kind\": \"ready\"") || p.sawLine("\"kind\":\"ready\""); },
            &error)) {
        f.skipped = error;
        return;
    }
    const QString messageId = bench.postCounterMessage(&error);
    if (messageId.isEmpty()) {
        f.skipped = error;
        return;
    }
    bench.measure(f, p.pid(), messageId);
    p.stop();
}

void runBotwright(Bench &bench, BotFigures &f, const QString &exe)
{
    if (exe.isEmpty() || !QFileInfo(exe).isExecutable()) {
        f.skipped = u"no botwright executable (--botwright PATH)"_s;
        return;
    }
    QTemporaryDir data;
    const QString dataDir = data.path();
    QProcessEnvironment env = baseEnv();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QString error;
    const QString apiBase = u"http://127.0.0.1:%1/api/v10"_s.arg(bench.port());
    runTool(exe,
            {u"--data-dir"_s, dataDir, u"profile"_s, u"add"_s, u"bench"_s, u"--target"_s, u"custom"_s,
             u"--api-base"_s, apiBase},
            env, &error);
    if (!error.isEmpty()) {
        f.skipped = error;
        return;
    }
    const QByteArray view = R"({"botwright":"views","version":1,"views":[{
        "name":"counter","kind":"bound","timeout_seconds":null,
        "message":{"content":"Press the button to count.","components":[{"type":1,"components":[
            {"type":2,"style":1,"label":"+1","custom_id":"counter:increment"}]}]},
        "actions":{"counter:increment":{"type":"counter","key":"count","step":1,"ephemeral":true,
            "reply":"You have incremented this message's count to {count}!"}}}]})";
    const QString viewFile = dataDir + u"/counter-view.json"_s;
    QFile vf(viewFile);
    if (!vf.open(QIODevice::WriteOnly) || vf.write(view) != view.size()) {
        f.skipped = u"cannot write %1"_s.arg(viewFile);
        return;
    }
    vf.close();
    runTool(exe, {u"--data-dir"_s, dataDir, u"views"_s, u"import"_s, viewFile, u"--profile"_s, u"bench"_s},
            env, &error);
    if (!error.isEmpty()) {
        f.skipped = error;
        return;
    }
    env.insert(u"BOTWRIGHT_TOKEN"_s, kToken);
    const QByteArray sent = runTool(exe,
                                    {u"--data-dir"_s, dataDir, u"send-view"_s, u"counter"_s, u"--channel"_s,
                                     bench.channel(), u"--profile"_s, u"bench"_s},
                                    env, &error);
    static const QRegularExpression idRe(u"(\\d{17,20})"_s);
    const QString messageId = idRe.match(QString::fromUtf8(sent)).captured(1);
    if (!error.isEmpty() || messageId.isEmpty()) {
        f.skipped
            = error.isEmpty() ? u"send-view printed no message id: %1"_s.arg(QString::fromUtf8(sent)) : error;
        return;
    }
    BotProcess p(f.name);
    p.setEcho(bench.echo());
    env.insert(u"QT_LOGGING_RULES"_s, u"*.info=false"_s); // one log line per click would measure the terminal
    if (!p.start(exe, {u"--headless"_s, u"--profile"_s, u"bench"_s, u"--data-dir"_s, dataDir}, env)) {
        f.skipped = u"cannot start %1 --headless"_s.arg(exe);
        return;
    }
    if (!bench.waitReady(
            p, [] { return true; }, &error)) {
        f.skipped = error;
        return;
    }
    bench.measure(f, p.pid(), messageId);
    p.stop();
}

double percentileUs(QList<qint64> ns, double q)
{
    if (ns.isEmpty())
        return -1;
    std::sort(ns.begin(), ns.end());
    const qsizetype i = std::min<qsizetype>(ns.size() - 1, qsizetype(q * double(ns.size())));
    return double(ns.at(i)) / 1000.0;
}

double rate(const PhaseResult &r)
{
    return r.wallNs > 0 ? double(r.answered) * 1e9 / double(r.wallNs) : 0;
}

void printTable(const QList<BotFigures> &bots, int inFlight)
{
    struct Row
    {
        QString label;
        std::function<double(const BotFigures &)> value;
        bool higherIsBetter;
        const char *format;
    };
    const QList<Row> rows {
        {u"clicks answered/s (%1 in flight)"_s.arg(inFlight),
         [](const BotFigures &f) { return rate(f.many); }, true, "%12.0f"},
        {u"clicks answered/s (1 in flight)"_s, [](const BotFigures &f) { return rate(f.one); }, true,
         "%12.0f"},
        {u"p50 latency, 1 in flight (µs)"_s,
         [](const BotFigures &f) { return percentileUs(f.one.latenciesNs, 0.5); }, false, "%12.0f"},
        {u"p99 latency, 1 in flight (µs)"_s,
         [](const BotFigures &f) { return percentileUs(f.one.latenciesNs, 0.99); }, false, "%12.0f"},
        {u"p50 latency, %1 in flight (µs)"_s.arg(inFlight),
         [](const BotFigures &f) { return percentileUs(f.many.latenciesNs, 0.5); }, false, "%12.0f"},
        {u"p99 latency, %1 in flight (µs)"_s.arg(inFlight),
         [](const BotFigures &f) { return percentileUs(f.many.latenciesNs, 0.99); }, false, "%12.0f"},
        {u"bot CPU per click, 1 in flight (µs)"_s, [](const BotFigures &f) { return f.cpuUsPerClickOne; },
         false, "%12.0f"},
        {u"bot CPU per click, %1 in flight (µs)"_s.arg(inFlight),
         [](const BotFigures &f) { return f.cpuUsPerClickMany; }, false, "%12.0f"},
        {u"bot VmRSS at the end (MiB)"_s, [](const BotFigures &f) { return f.rssKb / 1024.0; }, false,
         "%12.1f"},
        {u"bot VmHWM, peak RSS (MiB)"_s, [](const BotFigures &f) { return f.hwmKb / 1024.0; }, false,
         "%12.1f"},
        {u"sandbox CPU per click (µs)"_s, [](const BotFigures &f) { return f.sandboxUsPerClick; }, false,
         "%12.1f"},
    };
    QList<const BotFigures *> ran;
    for (const BotFigures &f : bots)
        if (f.ran)
            ran.append(&f);
    std::printf("\n%-40s", "");
    for (const BotFigures *f : ran)
        std::printf("%12s", qPrintable(f->name));
    const BotFigures *base = (!ran.isEmpty() && ran.first()->name == u"Botwright"_s) ? ran.first() : nullptr;
    if (base)
        for (qsizetype i = 1; i < ran.size(); ++i)
            std::printf("  %14s", qPrintable(ran.at(i)->name + u"/BW"_s));
    std::printf("\n");
    for (const Row &row : rows) {
        std::printf("%-40s", qPrintable(row.label));
        for (const BotFigures *f : ran)
            std::printf(row.format, row.value(*f));
        if (base) {
            const double b = row.value(*base);
            for (qsizetype i = 1; i < ran.size(); ++i) {
                const double v = row.value(*ran.at(i));
                if (b > 0 && v > 0)
                    std::printf("  %13.2fx", v / b);
                else
                    std::printf("  %14s", "-");
            }
        }
        std::printf("\n");
    }
    std::printf("%-40s", "failed clicks (no answer in time)");
    for (const BotFigures *f : ran)
        std::printf("%12d", f->one.failed + f->many.failed);
    std::printf("\n%-40s", "last reply has the right count");
    for (const BotFigures *f : ran)
        std::printf("%12s", f->countOk ? "yes" : "NO");
    std::printf("\n");
    for (const BotFigures &f : bots) {
        if (!f.ran)
            std::printf("%s: not measured: %s\n", qPrintable(f.name), qPrintable(f.skipped));
        else
            std::printf("%s: last reply \"%s\" (expected count %d)\n", qPrintable(f.name),
                        qPrintable(f.lastReply), f.expectedCount);
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    // the same event dispatcher as the standalone botwright-sandbox (see src/app/sandbox_main.cpp)
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        qputenv("QT_NO_GLIB", "1");
        g_setNoGlib = true; // for this process only, not for the bots it starts
    }
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Counter-view clicks through the sandbox: Botwright vs discord.js vs discord.py."_s);
    parser.addHelpOption();
    parser.addOption({u"clicks"_s, u"Clicks per measured phase (default 3000)."_s, u"N"_s, u"3000"_s});
    parser.addOption({u"warmup"_s, u"Warm-up clicks per bot (default 300)."_s, u"N"_s, u"300"_s});
    parser.addOption(
        {u"inflight"_s, u"Clicks in flight in the concurrent phase (default 32)."_s, u"K"_s, u"32"_s});
    parser.addOption({u"only"_s, u"Comma-separated subset: botwright,discord.js,discord.py."_s, u"LIST"_s});
    parser.addOption(
        {u"botwright"_s, u"The botwright executable."_s, u"PATH"_s, QStringLiteral(BOTWRIGHT_EXE)});
    parser.addOption({u"node"_s, u"node executable."_s, u"PATH"_s});
    parser.addOption({u"python"_s, u"python3 with discord.py."_s, u"PATH"_s, u"/usr/bin/python3"_s});
    parser.addOption({u"peers"_s, u"tests/peers directory."_s, u"DIR"_s, QStringLiteral(PEERS_SOURCE_DIR)});
    parser.addOption({u"node-modules"_s, u"node_modules with discord.js."_s, u"DIR"_s,
                      QStringLiteral(PEERS_NODE_MODULES)});
    parser.addOption({u"echo"_s, u"Show the bots' output."_s});
    parser.process(app);
    const int clicks = std::max(1, parser.value(u"clicks"_s).toInt());
    const int warmup = std::max(1, parser.value(u"warmup"_s).toInt());
    const int inFlight = std::max(1, parser.value(u"inflight"_s).toInt());
    const QStringList only = parser.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    auto wanted
        = [&only](const QString &name) { return only.isEmpty() || only.contains(name, Qt::CaseInsensitive); };

    bw::sandbox::SandboxOptions o;
    o.token = kToken;
    o.identifyWindowMs = 0;
    o.interactionRecordLimit = 200000;
    bw::sandbox::SandboxHost host(o);
    const auto started = host.start();
    if (!started.ok()) {
        std::fprintf(stderr, "interaction_throughput: %s\n", qPrintable(started.error().message));
        return 1;
    }
    std::printf("sandbox: this process, own thread, port %u; %d clicks per phase, %d warm-up, %d cores\n",
                unsigned(*started), clicks, warmup, QThread::idealThreadCount());
    std::fflush(stdout);
    // The bench (and its click pump on the sandbox thread) must go before the sandbox server: host.stop()
    // deletes the server, and ~Bench runs on the server's thread (this ordering was the teardown segfault).
    auto bench = std::make_unique<Bench>(host, clicks, warmup, inFlight, parser.isSet(u"echo"_s));

    QList<BotFigures> bots;
    const QString peers = parser.value(u"peers"_s);
    QString node = parser.value(u"node"_s);
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(u"nodejs"_s);
    if (wanted(u"botwright"_s)) {
        BotFigures f;
        f.name = u"Botwright"_s;
        runBotwright(*bench, f, parser.value(u"botwright"_s));
        bots.append(f);
    }
    if (wanted(u"discord.js"_s)) {
        BotFigures f;
        f.name = u"discord.js"_s;
        QProcessEnvironment extra;
        extra.insert(u"NODE_PATH"_s, parser.value(u"node-modules"_s));
        if (node.isEmpty())
            f.skipped = u"node is not installed"_s;
        else if (!QFileInfo::exists(parser.value(u"node-modules"_s) + u"/discord.js"_s))
            f.skipped = u"discord.js is not installed in %1 (ctest -R peers_npm_ci)"_s.arg(
                parser.value(u"node-modules"_s));
        else
            runPeer(*bench, f, node, {peers + u"/discordjs/bot.js"_s}, extra);
        bots.append(f);
    }
    if (wanted(u"discord.py"_s)) {
        BotFigures f;
        f.name = u"discord.py"_s;
        runPeer(*bench, f, parser.value(u"python"_s), {peers + u"/discordpy/bot.py"_s},
                QProcessEnvironment());
        bots.append(f);
    }
    printTable(bots, inFlight);
    bench.reset();
    host.stop();
    return std::any_of(bots.cbegin(), bots.cend(), [](const BotFigures &f) { return f.ran; }) ? 0 : 1;
}
