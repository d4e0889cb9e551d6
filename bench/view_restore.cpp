// Restore benchmark (issue 5): N bindings (default 100,000) of a bound view in a real SQLite file are loaded
// and registered as the bot does at start; prints the time and the resident memory it took (goal: < 1 s and
// < 50 MB for 100,000), then the cost of routing a click through the registry.
//
//   view_restore [--bindings N] [--keep DIR]
#include "bot/views/ViewLibrary.h"
#include "bot/views/ViewRegistry.h"
#include "store/BindingStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

namespace {

/// VmRSS of this process in KiB, from /proc/self/status.
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

const char *const kCounter
    = "{\"name\":\"counter\",\"kind\":\"bound\",\"message\":{\"content\":\"Count\",\"components\":"
      "[{\"type\":1,\"components\":[{\"type\":2,\"style\":1,\"label\":\"+1\",\"custom_id\":"
      "\"counter:increment\"}]}]},\"actions\":{\"counter:increment\":{\"type\":\"counter\","
      "\"reply\":\"You have incremented this message's count to {count}!\"}}}";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("bindings"), QStringLiteral("How many bindings."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("keep"), QStringLiteral("Use (and keep) this directory."), QStringLiteral("DIR")});
    parser.process(app);
    const int n = parser.value(QStringLiteral("bindings")).toInt();

    QTemporaryDir temp;
    const QString dir
        = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temp.path();

    qint64 profileId = 0;
    {
        // Fill the file with one connection, then close it, so the load below starts cold in this process.
        auto db = bw::store::Database::openInDirectory(dir);
        if (!db) {
            std::fprintf(stderr, "open: %s\n", qPrintable(db.error().toString()));
            return 1;
        }
        bw::store::Profile profile;
        profile.name = QStringLiteral("bench");
        auto saved = bw::store::ProfileStore(**db).byName(profile.name);
        if (!saved)
            saved = bw::store::ProfileStore(**db).save(profile);
        profileId = saved->id;
        bw::views::ViewLibrary library(**db, profileId);
        auto view = library.saveOrReplace(
            bw::views::ViewDefinition::fromJson(QJsonDocument::fromJson(kCounter).object()).value());
        if (!view) {
            std::fprintf(stderr, "view: %s\n", qPrintable(view.error().toString()));
            return 1;
        }
        QElapsedTimer fill;
        fill.start();
        QList<bw::store::BindingRecord> batch;
        batch.reserve(10'000);
        for (int i = 0; i < n; ++i) {
            bw::store::BindingRecord b;
            b.messageId = QString::number(1'300'000'000'000'000'000ULL + quint64(i));
            b.channelId = QStringLiteral("1200000000000000001");
            b.guildId = QStringLiteral("1100000000000000001");
            b.viewId = view->id;
            // a quarter of the messages have been clicked already
            b.state = i % 4 == 0 ? QByteArray("{\"count\":") + QByteArray::number(i % 1000) + '}'
                                 : QByteArray("{}");
            batch.append(b);
            if (batch.size() == 10'000 || i == n - 1) {
                if (auto done = bw::store::BindingStore(**db).upsertMany(batch); !done) {
                    std::fprintf(stderr, "fill: %s\n", qPrintable(done.error().toString()));
                    return 1;
                }
                batch.clear();
            }
        }
        std::printf("filled %d bindings in %lld ms (%s)\n", n, fill.elapsed(), qPrintable(dir));
    }

    const qint64 rssBefore = rssKiB();
    const std::clock_t cpuBefore = std::clock();
    QElapsedTimer timer;
    timer.start();
    auto db = bw::store::Database::openInDirectory(dir);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().toString()));
        return 1;
    }
    const qint64 openMs = timer.elapsed();
    bw::views::ViewRegistry registry;
    auto report = registry.load(**db, profileId);
    const qint64 totalMs = timer.elapsed();
    const double cpuMs = double(std::clock() - cpuBefore) * 1000.0 / CLOCKS_PER_SEC;
    if (!report) {
        std::fprintf(stderr, "load: %s\n", qPrintable(report.error().toString()));
        return 1;
    }
    const qint64 rssAfter = rssKiB();
    std::printf(
        "restore: %lld bindings and %d views loaded and registered in %lld ms (open %lld ms, load %lld ms)\n",
        report->bindings, report->views, totalMs, openMs, report->elapsedMs);
    std::printf(
        "CPU time of the restore: %.0f ms (the wall time above includes waiting for a busy machine)\n",
        cpuMs);
    std::printf(
        "memory: RSS %lld KiB -> %lld KiB: +%.1f MiB (%.0f bytes per binding, SQLite cache included)\n",
        rssBefore, rssAfter, (rssAfter - rssBefore) / 1024.0,
        report->bindings ? (rssAfter - rssBefore) * 1024.0 / double(report->bindings) : 0.0);
    std::printf("goal: < 1000 ms and < 50 MiB for 100,000: %s\n",
                totalMs < 1000 && (rssAfter - rssBefore) < 50 * 1024 ? "met" : "NOT met");

    // The same rows read again without registering them: how much of the load is SQLite + BindingRecord.
    QElapsedTimer readOnly;
    readOnly.start();
    const std::clock_t readCpu = std::clock();
    qint64 rows = 0;
    (void)bw::store::BindingStore(**db).forEachActiveForProfile(
        profileId, [&](const bw::store::BindingRecord &) { ++rows; });
    std::printf("the same rows read again from the store alone: %lld ms, CPU %.0f ms\n", readOnly.elapsed(),
                double(std::clock() - readCpu) * 1000.0 / CLOCKS_PER_SEC);
    Q_UNUSED(rows);

    // Routing a click: bound lookup + state from the cache, as the dispatcher does per click.
    const QString customId = QStringLiteral("counter:increment");
    const int lookups = 1'000'000;
    QElapsedTimer route;
    route.start();
    qint64 found = 0;
    for (int i = 0; i < lookups; ++i) {
        const quint64 id = 1'300'000'000'000'000'000ULL + quint64(i % n);
        const auto r = registry.route(id, customId);
        found += r.isBound() ? 1 : 0;
        found += registry.state(id).size();
    }
    const qint64 routeNs = route.nsecsElapsed();
    std::printf("routing: %d lookups (route + state) in %lld ms: %.0f ns each (%lld found)\n", lookups,
                routeNs / 1'000'000, double(routeNs) / lookups, found);
    std::printf("memory after every state was parsed once: RSS %lld KiB\n", rssKiB());
    return 0;
}
