// Event log (issue 7): records per second into the visible log, and the longest stall of the GUI thread
// (the largest gap between ticks of a 2 ms timer on the GUI thread, minus 2 ms).
//
//   eventlog_throughput synthetic [records/s=20000] [seconds=30]
//       a recorder on its own thread (as on the bot thread) records MESSAGE_CREATE dispatches at the rate
//   eventlog_throughput gateway [events/s=20000] [seconds=20]
//       a real bot on the embedded sandbox; the sandbox's gateway sends it MESSAGE_CREATE dispatches at the
//       rate over the loopback WebSocket (decoded, recorded on the bot thread, batched into the panel)
//   eventlog_throughput sandbox [clicks/s=7000] [seconds=20]
//       a real bot on the embedded sandbox with an unbound view; the sandbox floods it with clicks on its
//       button (each gives a dispatch, the ephemeral reply's REST callback and the interaction outcome:
//       three records)
//
// Besides the gaps, each mode prints the GUI thread's CPU time, the longest slice the panel spent appending,
// and the recorder's CPU time per record (synthetic: measured around the recorder calls; gateway: the
// whole bot thread, decoding included).
//
// With --full the log is first filled to its capacity (1,000,000 records), so that every append also
// evicts, as in a bot that has run for a while.
//
// With --trace (after the mode's arguments) every event the GUI thread handles is timed (wall and thread
// CPU time), and the five longest gaps are broken down: which events ran in them, how long, and how much of
// that the thread was on a CPU (wall >> CPU means it was preempted, not busy).

#include "BenchSupport.h"
#include "bot/Bot.h"
#include "bot/eventlog/EventRecorder.h"
#include "bot/views/ViewLibrary.h"
#include "discord/RestClient.h"
#include "gui/eventlog/EventLogModel.h"
#include "gui/eventlog/EventLogPanel.h"
#include "sandbox/GatewayServer.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <qcoro/qcorotask.h>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// Times each top-level event of the GUI thread (--trace).
class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    struct Entry
    {
        qint64 startNs;
        qint64 wallNs;
        qint64 cpuNs;
        int type;
        const char *receiverClass;
        long voluntarySwitches; // blocked (waiting on something)
        long involuntarySwitches; // preempted
    };
    bool tracing = false;
    QElapsedTimer *clock = nullptr; // the gap meter's clock
    std::vector<Entry> entries;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!tracing || !clock || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        rusage ru0 {};
        getrusage(RUSAGE_THREAD, &ru0);
        const qint64 start = clock->nsecsElapsed();
        const qint64 cpu0 = cpuNs();
        const int type = event->type();
        // A timer is named after its owner (which of the panel's timers it is).
        const QObject *owner
            = (qobject_cast<QTimer *>(receiver) && receiver->parent()) ? receiver->parent() : receiver;
        const char *cls = owner->metaObject()->className();
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 wall = clock->nsecsElapsed() - start;
        const qint64 cpu = cpuNs() - cpu0;
        rusage ru1 {};
        getrusage(RUSAGE_THREAD, &ru1);
        entries.push_back(
            {start, wall, cpu, type, cls, ru1.ru_nvcsw - ru0.ru_nvcsw, ru1.ru_nivcsw - ru0.ru_nivcsw});
        return r;
    }

    static qint64 cpuNs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }

private:
    int m_depth = 0;
};

TracingApplication *tracingApp()
{
    return static_cast<TracingApplication *>(qApp);
}

int g_prefill = 0; // --full: records put in the log before the flood (a full ring)

/// Fills the panel's log with `count` records (what an hour of a busy bot leaves), so that the flood
/// runs against a full ring: every append then also evicts.
void prefill(bw::gui::EventLogPanel &panel, int count)
{
    QList<bw::store::EventRecord> batch;
    for (int n = 0; n < count; ++n) {
        bw::store::EventRecord r;
        r.tsMs = QDateTime::currentMSecsSinceEpoch() - count + n;
        r.kind = u"MESSAGE_CREATE"_s;
        r.shard = 0;
        r.guildId = u"1000000000000000001"_s;
        r.channelId = u"1000000000000000100"_s;
        r.userId = QString::number(400000000000000000LL + n % 5000);
        r.summary = u"message by user%1: earlier message %2"_s.arg(n % 5000).arg(n);
        r.json = R"({"op":0,"t":"MESSAGE_CREATE","d":{"content":"earlier message"}})";
        batch.append(std::move(r));
        if (batch.size() == 10000 || n + 1 == count) {
            panel.appendBatch(batch);
            batch.clear();
        }
    }
    QCoreApplication::processEvents();
}

struct GapMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = -1;
    qint64 cpuStartUs = 0;
    std::vector<qint64> gapsUs;
    std::vector<qint64> tickUs; // the time of each tick (--trace)

    void start()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(2);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.nsecsElapsed() / 1000;
            if (last >= 0)
                gapsUs.push_back(now - last);
            last = now;
            if (tracingApp()->tracing)
                tickUs.push_back(now);
        });
        clock.start();
        tracingApp()->clock = &clock;
        cpuStartUs = bw::bench::threadCpuUs();
        timer.start();
    }
    void report(const bw::gui::EventLogPanel &panel) const
    {
        if (gapsUs.empty())
            return;
        const double wallMs = double(clock.elapsed());
        const double cpuMs = double(bw::bench::threadCpuUs() - cpuStartUs) / 1000.0;
        std::printf(
            "  GUI thread CPU: %.0f ms in %.0f ms wall (%.0f%% of a core); longest append slice %.1f ms\n",
            cpuMs, wallMs, 100.0 * cpuMs / wallMs, double(panel.longestSliceNs()) / 1e6);
        std::vector<qint64> g = gapsUs;
        std::sort(g.begin(), g.end());
        const auto at = [&](double p) { return double(g[size_t(p * double(g.size() - 1))]) / 1000.0; };
        std::printf("  GUI ticks: %zu; gap p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms "
                    "(stall = max - 2 ms timer interval = %.1f ms)\n",
                    g.size(), at(0.5), at(0.99), at(0.999), double(g.back()) / 1000.0,
                    double(g.back()) / 1000.0 - 2.0);
        if (tracingApp()->tracing)
            reportTrace();
    }

    /// The five longest gaps, with the events handled in each.
    void reportTrace() const
    {
        const auto &entries = tracingApp()->entries;
        std::vector<size_t> order(gapsUs.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return gapsUs[a] > gapsUs[b]; });
        std::printf("  %zu events traced; the longest gaps:\n", entries.size());
        for (size_t k = 0; k < qMin<size_t>(5, order.size()); ++k) {
            const qint64 fromNs = tickUs[order[k]] * 1000;
            const qint64 toNs = tickUs[order[k] + 1] * 1000;
            qint64 wall = 0;
            qint64 cpu = 0;
            int count = 0;
            std::vector<const TracingApplication::Entry *> inGap;
            for (const auto &e : entries) {
                if (e.startNs + e.wallNs < fromNs || e.startNs > toNs)
                    continue;
                wall += e.wallNs;
                cpu += e.cpuNs;
                ++count;
                inGap.push_back(&e);
            }
            std::printf("  gap %.1f ms at %.3f s: %d events, %.1f ms wall in events, %.1f ms CPU\n",
                        double(gapsUs[order[k]]) / 1000.0, double(fromNs) / 1e9, count, double(wall) / 1e6,
                        double(cpu) / 1e6);
            std::sort(inGap.begin(), inGap.end(),
                      [](const auto *a, const auto *b) { return a->wallNs > b->wallNs; });
            for (size_t i = 0; i < qMin<size_t>(4, inGap.size()); ++i)
                std::printf("      %-28s event %4d: %.2f ms wall, %.2f ms CPU, %ld blocked, %ld preempted\n",
                            inGap[i]->receiverClass, inGap[i]->type, double(inGap[i]->wallNs) / 1e6,
                            double(inGap[i]->cpuNs) / 1e6, inGap[i]->voluntarySwitches,
                            inGap[i]->involuntarySwitches);
        }
    }
};

bw::discord::GatewayEvent messageEvent(qint64 n)
{
    bw::discord::GatewayEvent e;
    e.name = u"MESSAGE_CREATE"_s;
    e.type = bw::discord::EventType::MessageCreate;
    e.data = QJsonObject {
        {u"id"_s, QString::number(1300000000000000000LL + n)},
        {u"guild_id"_s, u"1000000000000000001"_s},
        {u"channel_id"_s, u"1000000000000000100"_s},
        {u"author"_s,
         QJsonObject {{u"id"_s, QString::number(400000000000000000LL + n % 5000)},
                      {u"username"_s, u"user%1"_s.arg(n % 5000)}}},
        {u"content"_s, u"message number %1 about nothing in particular"_s.arg(n)},
        {u"timestamp"_s, u"2026-11-23T14:00:00.000000+00:00"_s},
        {u"embeds"_s, QJsonArray {}},
        {u"type"_s, 0},
    };
    e.raw = QJsonDocument(QJsonObject {{u"op"_s, 0}, {u"s"_s, n}, {u"t"_s, e.name}, {u"d"_s, e.data}})
                .toJson(QJsonDocument::Compact);
    return e;
}

int synthetic(int rate, int seconds)
{
    bw::gui::EventLogPanel panel(nullptr);
    panel.resize(1400, 700);
    panel.show();
    prefill(panel, g_prefill);
    QThread producerThread;
    auto *recorder = new bw::EventRecorder;
    recorder->moveToThread(&producerThread);
    QObject::connect(recorder, &bw::EventRecorder::batchReady, &panel, &bw::gui::EventLogPanel::enqueueBatch);
    // Prebuilt events: the producer measures the GUI, not JSON building.
    std::vector<bw::discord::GatewayEvent> events;
    for (int i = 0; i < 4096; ++i)
        events.push_back(messageEvent(i));
    auto *ticker = new QTimer;
    ticker->setTimerType(Qt::PreciseTimer);
    ticker->setInterval(5);
    ticker->moveToThread(&producerThread);
    auto sent = std::make_shared<std::atomic<qint64>>(0);
    auto recorderCpuUs = std::make_shared<std::atomic<qint64>>(0);
    QElapsedTimer since;
    since.start();
    QObject::connect(ticker, &QTimer::timeout, recorder,
                     [recorder, &events, sent, recorderCpuUs, since, rate] {
                         const qint64 due = since.elapsed() * rate / 1000;
                         const qint64 cpu0 = bw::bench::threadCpuUs();
                         while (sent->load() < due) {
                             recorder->recordDispatch(events[size_t(sent->load() % 4096)]);
                             ++*sent;
                         }
                         *recorderCpuUs += bw::bench::threadCpuUs() - cpu0;
                     });
    producerThread.start();
    QMetaObject::invokeMethod(ticker, qOverload<>(&QTimer::start));
    GapMeter meter;
    meter.start();
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    qApp->exec();
    QMetaObject::invokeMethod(ticker, &QTimer::stop, Qt::BlockingQueuedConnection);
    producerThread.quit();
    producerThread.wait();
    std::printf("eventlog_throughput synthetic: %d records/s asked for %d s; %lld recorded, %d in the log "
                "(ring capacity %lld); %.0f records/s reached the visible log\n",
                rate, seconds, static_cast<long long>(sent->load()), panel.logModel()->rowCount(),
                static_cast<long long>(panel.logModel()->capacity()),
                double(panel.logModel()->totalAppended()) / seconds);
    std::printf("  recorder: %.2f us CPU per record (MESSAGE_CREATE, batching and hand-off included)\n",
                double(recorderCpuUs->load()) / double(qMax<qint64>(1, sent->load())));
    meter.report(panel);
    delete ticker;
    delete recorder;
    return 0;
}

/// Waits until the bot of `panel` is ready; false on timeout.
bool waitReady(bw::Bot &bot)
{
    QElapsedTimer wait;
    wait.start();
    while (bot.state()->status() != bw::BotState::Status::Ready && wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return bot.state()->status() == bw::BotState::Status::Ready;
}

/// CPU time of the bot thread (where the gateway client and the recorder run), in microseconds.
qint64 botThreadCpuUs(bw::Bot &bot)
{
    qint64 us = 0;
    QMetaObject::invokeMethod(
        bot.eventRecorder(), [&us] { us = bw::bench::threadCpuUs(); }, Qt::BlockingQueuedConnection);
    return us;
}

int gatewayFlood(int rate, int seconds)
{
    bw::Bot bot;
    bw::gui::EventLogPanel panel(&bot);
    panel.resize(1400, 700);
    panel.show();
    prefill(panel, g_prefill);
    bot.start();
    if (!waitReady(bot)) {
        std::printf("the bot did not get ready\n");
        return 1;
    }
    bw::sandbox::SandboxHost &host = *bot.sandbox();
    bw::sandbox::SandboxServer *server = host.server();
    // MESSAGE_CREATE payloads as the sandbox builds them, prebuilt: the sandbox's cost is not measured.
    QString channel;
    quint64 guild = 0;
    QMetaObject::invokeMethod(
        server,
        [&] {
            channel = server->defaultChannelId();
            guild = server->world().channel(channel.toULongLong())->guildId;
        },
        Qt::BlockingQueuedConnection);
    auto payloads = std::make_shared<std::vector<QByteArray>>();
    for (int i = 0; i < 4096; ++i) {
        const QJsonObject user {{u"id"_s, QString::number(400000000000000000LL + i % 50)},
                                {u"username"_s, u"user%1"_s.arg(i % 50)},
                                {u"global_name"_s, u"User %1"_s.arg(i % 50)},
                                {u"avatar"_s, QJsonValue()},
                                {u"discriminator"_s, u"0"_s}};
        const QJsonObject d {
            {u"id"_s, QString::number(1300000000000000000LL + i)},
            {u"channel_id"_s, channel},
            {u"guild_id"_s, QString::number(guild)},
            {u"author"_s, user},
            {u"member"_s,
             QJsonObject {{u"roles"_s, QJsonArray {}}, {u"joined_at"_s, u"2026-01-01T00:00:00Z"_s}}},
            {u"content"_s, u"flood message %1 about nothing in particular"_s.arg(i)},
            {u"timestamp"_s, u"2026-11-23T14:00:00.000000+00:00"_s},
            {u"edited_timestamp"_s, QJsonValue()},
            {u"tts"_s, false},
            {u"mention_everyone"_s, false},
            {u"mentions"_s, QJsonArray {}},
            {u"attachments"_s, QJsonArray {}},
            {u"embeds"_s, QJsonArray {}},
            {u"pinned"_s, false},
            {u"type"_s, 0},
        };
        payloads->push_back(QJsonDocument(d).toJson(QJsonDocument::Compact));
    }
    const qint64 startAppended = panel.logModel()->totalAppended();
    const qint64 startRecorded = bot.eventRecorder()->recordedCount();
    const qint64 botCpu0 = botThreadCpuUs(bot);
    auto *ticker = new QTimer;
    ticker->setTimerType(Qt::PreciseTimer);
    ticker->setInterval(5);
    ticker->moveToThread(host.thread());
    auto sent = std::make_shared<qint64>(0);
    QElapsedTimer since;
    since.start();
    QObject::connect(ticker, &QTimer::timeout, server, [server, guild, payloads, sent, since, rate] {
        const qint64 due = since.elapsed() * rate / 1000;
        while (*sent < due) {
            server->gateway()->dispatchRaw("MESSAGE_CREATE", guild,
                                           bw::sandbox::GatewayServer::kGuildMessages,
                                           payloads->at(size_t(*sent % 4096)));
            ++*sent;
        }
    });
    QMetaObject::invokeMethod(ticker, qOverload<>(&QTimer::start));
    GapMeter meter;
    meter.start();
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    qApp->exec();
    QMetaObject::invokeMethod(ticker, &QTimer::stop, Qt::BlockingQueuedConnection);
    const qint64 botCpu = botThreadCpuUs(bot) - botCpu0;
    const qint64 recorded = bot.eventRecorder()->recordedCount() - startRecorded;
    const qint64 records = panel.logModel()->totalAppended() - startAppended;
    qint64 dispatched = 0;
    QMetaObject::invokeMethod(
        server, [&] { dispatched = *sent; }, Qt::BlockingQueuedConnection);
    std::printf("eventlog_throughput gateway: %d dispatches/s asked for %d s; %lld sent by the sandbox, %lld "
                "recorded by the bot, %lld reached the visible log = %.0f records/s (%lld still queued)\n",
                rate, seconds, static_cast<long long>(dispatched), static_cast<long long>(recorded),
                static_cast<long long>(records), double(records) / seconds,
                static_cast<long long>(panel.queuedCount()));
    std::printf(
        "  bot thread: %.2f us CPU per dispatch (WebSocket frame, JSON decode, runtime and recorder)\n",
        double(botCpu) / double(qMax<qint64>(1, recorded)));
    meter.report(panel);
    QMetaObject::invokeMethod(
        ticker, [ticker] { delete ticker; }, Qt::BlockingQueuedConnection);
    return 0;
}

int sandboxFlood(int clicksPerSecond, int seconds)
{
    // The clicks go to a registered unbound view (an ephemeral reply), as in a real bot.
    QTemporaryDir dir;
    auto db = bw::store::Database::openInDirectory(dir.path());
    if (!db) {
        std::printf("no database: %s\n", qPrintable(db.error().toString()));
        return 1;
    }
    bw::store::Profile profile;
    profile.name = u"bench"_s;
    profile.target = bw::store::Profile::Target::Sandbox;
    const auto saved = bw::store::ProfileStore(**db).save(profile);
    const auto view = bw::views::ViewDefinition::fromJson(QJsonDocument::fromJson(R"({
        "name": "bench", "kind": "unbound",
        "message": {"content": "bench", "components": [{"type": 1, "components": [
            {"type": 2, "style": 1, "label": "Go", "custom_id": "bench:click"}]}]},
        "actions": {"bench:click": {"type": "reply", "reply": "Clicked, {user.name}!", "ephemeral": true}}
    })")
                                                              .object());
    if (!saved || !view || !bw::views::ViewLibrary(**db, saved->id).save(view.value())) {
        std::printf("could not save the bench view\n");
        return 1;
    }
    bw::Bot bot;
    bot.setProfile(saved.value());
    bot.setDatabase(db->get());
    bw::gui::EventLogPanel panel(&bot);
    panel.resize(1400, 700);
    panel.show();
    bot.start();
    if (!waitReady(bot)) {
        std::printf("the bot did not get ready\n");
        return 1;
    }
    bw::sandbox::SandboxHost &host = *bot.sandbox();
    bw::discord::RestClient::Options options;
    options.apiBase = host.apiBase();
    options.token = host.botToken();
    bw::discord::RestClient rest(options);
    QString channel;
    QMetaObject::invokeMethod(
        host.server(), [&] { channel = host.server()->defaultChannelId(); }, Qt::BlockingQueuedConnection);
    const auto posted = QCoro::waitFor(rest.createMessage(
        channel,
        QJsonObject {
            {u"content"_s, u"bench"_s},
            {u"components"_s,
             QJsonArray {QJsonObject {{u"type"_s, 1},
                                      {u"components"_s,
                                       QJsonArray {QJsonObject {{u"type"_s, 2},
                                                                {u"style"_s, 1},
                                                                {u"label"_s, u"Go"_s},
                                                                {u"custom_id"_s, u"bench:click"_s}}}}}}}}));
    if (!posted) {
        std::printf("could not post: %s\n", qPrintable(posted.error().toString()));
        return 1;
    }
    const QString messageId = posted.value().value(u"id"_s).toString();
    const qint64 startAppended = panel.logModel()->totalAppended();
    auto *ticker = new QTimer;
    ticker->setInterval(10);
    ticker->moveToThread(host.thread());
    auto sent = std::make_shared<qint64>(0);
    QElapsedTimer since;
    since.start();
    bw::sandbox::SandboxServer *server = host.server();
    QObject::connect(ticker, &QTimer::timeout, server, [server, messageId, sent, since, clicksPerSecond] {
        const qint64 due = since.elapsed() * clicksPerSecond / 1000;
        if (due > *sent) {
            const auto n = server->simulateClicks(u"alice"_s, messageId, u"bench:click"_s, int(due - *sent));
            *sent += n ? n.value() : (due - *sent);
        }
    });
    QMetaObject::invokeMethod(ticker, qOverload<>(&QTimer::start));
    GapMeter meter;
    meter.start();
    QTimer::singleShot(seconds * 1000, qApp, &QCoreApplication::quit);
    qApp->exec();
    QMetaObject::invokeMethod(ticker, &QTimer::stop, Qt::BlockingQueuedConnection);
    const qint64 records = panel.logModel()->totalAppended() - startAppended;
    std::printf(
        "eventlog_throughput sandbox: %d clicks/s asked for %d s; %lld clicks sent; %lld records reached "
        "the visible log = %.0f records/s\n",
        clicksPerSecond, seconds, static_cast<long long>(*sent), static_cast<long long>(records),
        double(records) / seconds);
    meter.report(panel);
    QMetaObject::invokeMethod(
        ticker, [ticker] { delete ticker; }, Qt::BlockingQueuedConnection);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool trace = args.removeAll(u"--trace"_s) > 0;
    if (args.removeAll(u"--full"_s) > 0)
        g_prefill = int(bw::gui::EventLogModel::kDefaultCapacity);
    if (trace) {
        app.tracing = true;
        app.entries.reserve(4'000'000);
    }
    {
        argc = int(args.size());
        for (int i = 0; i < argc; ++i)
            argv[i] = strdup(args.at(i).toLocal8Bit().constData());
    }
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray("synthetic");
    if (mode == "gateway")
        return gatewayFlood(argc > 2 ? QByteArray(argv[2]).toInt() : 20000,
                            argc > 3 ? QByteArray(argv[3]).toInt() : 20);
    if (mode == "sandbox")
        return sandboxFlood(argc > 2 ? QByteArray(argv[2]).toInt() : 7000,
                            argc > 3 ? QByteArray(argv[3]).toInt() : 20);
    return synthetic(argc > 2 ? QByteArray(argv[2]).toInt() : 20000,
                     argc > 3 ? QByteArray(argv[3]).toInt() : 30);
}
