// Event log (issue 7): memory per record in the ring buffer, append speed, and filtering 1,000,000 records
// by text (our filter index) against a QSortFilterProxyModel over the same model. Prints figures.
//
//   eventlog_filter [records=1000000]

#include "bot/eventlog/EventRecorder.h"
#include "gui/eventlog/EventFilterModel.h"
#include "gui/eventlog/EventLogModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 rssBytes()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts.at(1).toLongLong() * 4096 : 0;
}

// Records as the recorder makes them from sandbox-like traffic: clicks (INTERACTION_CREATE ~1.3 KB raw),
// messages (~0.7 KB), their REST callbacks and outcomes, heartbeats.
QList<bw::store::EventRecord> makeRecords(bw::EventRecorder &recorder, int count, int offset)
{
    QList<bw::store::EventRecord> out;
    out.reserve(count);
    for (int n = offset; n < offset + count; ++n) {
        const QString user = QString::number(400000000000000000LL + n % 5000);
        const QJsonObject userObj {{u"id"_s, user},
                                   {u"username"_s, u"user%1"_s.arg(n % 5000)},
                                   {u"global_name"_s, u"User %1"_s.arg(n % 5000)},
                                   {u"avatar"_s, QJsonValue()},
                                   {u"discriminator"_s, u"0"_s},
                                   {u"public_flags"_s, 0}};
        switch (n % 4) {
        case 0: {
            bw::discord::GatewayEvent e;
            e.name = u"INTERACTION_CREATE"_s;
            e.type = bw::discord::EventType::InteractionCreate;
            e.data = QJsonObject {
                {u"id"_s, QString::number(1200000000000000000LL + n)},
                {u"application_id"_s, u"1100000000000000001"_s},
                {u"type"_s, 3},
                {u"token"_s, u"aW50ZXJhY3Rpb246c2VjcmV0dG9rZW5zZWNyZXR0b2tlbg%1"_s.arg(n)},
                {u"guild_id"_s, u"1000000000000000001"_s},
                {u"channel_id"_s, u"1000000000000000%1"_s.arg(100 + n % 8)},
                {u"member"_s,
                 QJsonObject {{u"user"_s, userObj},
                              {u"roles"_s, QJsonArray {}},
                              {u"joined_at"_s, u"2026-01-01T00:00:00.000000+00:00"_s},
                              {u"permissions"_s, u"2248473465835073"_s}}},
                {u"data"_s,
                 QJsonObject {{u"custom_id"_s, u"counter:increment:%1"_s.arg(n % 50)},
                              {u"component_type"_s, 2}}},
                {u"message"_s,
                 QJsonObject {{u"id"_s, u"1300000000000000001"_s},
                              {u"content"_s, u"Press the button to count"_s},
                              {u"components"_s, QJsonArray {}}}},
                {u"locale"_s, u"en-US"_s},
                {u"guild_locale"_s, u"en-US"_s},
                {u"app_permissions"_s, u"2248473465835073"_s},
                {u"entitlements"_s, QJsonArray {}},
                {u"authorizing_integration_owners"_s, QJsonObject {{u"0"_s, u"1000000000000000001"_s}}},
                {u"context"_s, 0},
            };
            e.raw = QJsonDocument(QJsonObject {{u"op"_s, 0}, {u"s"_s, n}, {u"t"_s, e.name}, {u"d"_s, e.data}})
                        .toJson(QJsonDocument::Compact);
            out.append(recorder.fromDispatch(e));
            break;
        }
        case 1: {
            bw::discord::GatewayEvent e;
            e.name = u"MESSAGE_CREATE"_s;
            e.type = bw::discord::EventType::MessageCreate;
            e.data = QJsonObject {
                {u"id"_s, QString::number(1300000000000000000LL + n)},
                {u"guild_id"_s, u"1000000000000000001"_s},
                {u"channel_id"_s, u"1000000000000000%1"_s.arg(100 + n % 8)},
                {u"author"_s, userObj},
                {u"content"_s, u"message number %1 about nothing in particular"_s.arg(n)},
                {u"timestamp"_s, u"2026-11-23T14:00:00.000000+00:00"_s},
                {u"tts"_s, false},
                {u"mentions"_s, QJsonArray {}},
                {u"attachments"_s, QJsonArray {}},
                {u"embeds"_s, QJsonArray {}},
                {u"type"_s, 0},
            };
            e.raw = QJsonDocument(QJsonObject {{u"op"_s, 0}, {u"s"_s, n}, {u"t"_s, e.name}, {u"d"_s, e.data}})
                        .toJson(QJsonDocument::Compact);
            out.append(recorder.fromDispatch(e));
            break;
        }
        case 2: {
            bw::discord::RestLogEntry r;
            r.method = "POST";
            r.routeTemplate = u"/interactions/{interaction.id}/{interaction.token}/callback"_s;
            r.path = u"/interactions/%1/[redacted]/callback"_s.arg(1200000000000000000LL + n - 2);
            r.status = 204;
            r.durationMs = 5 + n % 20;
            r.requestBody = "{\"type\":4,\"data\":{\"content\":\"Counted!\",\"flags\":64}}";
            out.append(recorder.fromRest(r));
            break;
        }
        default: {
            bw::InteractionOutcome o;
            o.interactionId = QString::number(1200000000000000000LL + n - 3);
            o.kind = bw::InteractionOutcome::Kind::Component;
            o.customId = u"counter:increment:%1"_s.arg((n - 3) % 50);
            o.userId = user;
            o.userName = u"User %1"_s.arg(n % 5000);
            o.channelId = u"1000000000000000%1"_s.arg(100 + n % 8);
            o.latencyMs = 20 + n % 60;
            o.callbackType = 4;
            o.ephemeral = true;
            out.append(recorder.fromInteraction(o));
            break;
        }
        }
    }
    return out;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1'000'000;
    bw::EventRecorder recorder;
    bw::gui::EventLogModel log;
    bw::gui::EventFilterModel filtered;
    filtered.setSourceModel(&log);

    // Build all records first (the recorder's work happens on the bot thread in the app).
    QList<QList<bw::store::EventRecord>> batches;
    qint64 jsonBytes = 0;
    QElapsedTimer t;
    t.start();
    for (int done = 0; done < total; done += 1000) {
        batches.append(makeRecords(recorder, qMin(1000, total - done), done));
        for (const auto &r : batches.constLast())
            jsonBytes += r.json.size() + r.summary.size() + r.key.size();
    }
    const double buildMs = msSince(t);

    const qint64 rssBefore = rssBytes();
    t.restart();
    for (const auto &batch : std::as_const(batches))
        log.appendBatch(batch);
    const double appendMs = msSince(t);
    const qint64 rssAfterAppend = rssBytes();
    batches.clear();

    std::printf("eventlog_filter: %d records (recorder: %.0f records/s on one core)\n", total,
                total / (buildMs / 1000.0));
    std::printf("  append to the ring model: %.0f ms (%.0f records/s, batches of 1000)\n", appendMs,
                total / (appendMs / 1000.0));
    std::printf("  ring memory: %.1f MiB = %.0f bytes/record (slot %zu bytes + text %.0f bytes/record avg)\n",
                double(log.ring().memoryBytes()) / (1 << 20), double(log.ring().memoryBytes()) / total,
                sizeof(bw::gui::EventRing::Slot), double(jsonBytes) / total);
    std::printf("  RSS growth while appending: %.1f MiB = %.0f bytes/record\n",
                double(rssAfterAppend - rssBefore) / (1 << 20), double(rssAfterAppend - rssBefore) / total);

    const QStringList queries = {u"counter:increment:42"_s,    u"user 4242"_s,
                                 u"no-such-text-anywhere"_s,   u"KIND:interaction slow:70"_s,
                                 u"user:400000000000001234"_s, u"Counted"_s,
                                 u"kind:rest error"_s};
    for (const QString &q : queries) {
        const bw::gui::EventFilter f = bw::gui::EventFilter::parse(q, QDateTime::currentMSecsSinceEpoch());
        double best = 1e18;
        for (int rep = 0; rep < 3; ++rep) {
            filtered.setFilter({});
            filtered.setFilter(f);
            best = qMin(best, double(filtered.lastRebuildNs()) / 1e6);
        }
        std::printf("  filter %-28s -> %7d rows in %7.1f ms (best of 3)\n", qPrintable(u'"' + q + u'"'),
                    filtered.rowCount(), best);
    }
    filtered.setFilter({});

    // The idiomatic alternative: QSortFilterProxyModel with a fixed-string filter on the summary only.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&log);
    proxy.setFilterKeyColumn(bw::gui::EventLogModel::Summary);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    t.restart();
    proxy.setFilterFixedString(u"by User 4243"_s);
    const int proxyRows = proxy.rowCount(); // the proxy maps lazily: count inside the timing
    std::printf("  QSortFilterProxyModel, summary column only, \"by User 4243\": %d rows in %.0f ms\n",
                proxyRows, msSince(t));
    t.restart();
    log.appendBatch(makeRecords(recorder, 1000, total));
    std::printf("  append of 1000 records with that proxy attached: %.1f ms\n", msSince(t));
    return 0;
}
