// The Event log panel: export round trips (JSON Lines and CSV) with redaction and cancel, follow / pause /
// clear, the query field and its history, the records of an earlier run from a real database, and a real
// sandbox bot whose button click is found in the log with its response time.

#include "GuiTestSupport.h"
#include "SandboxTestSupport.h"
#include "bot/Bot.h"
#include "bot/SecretStore.h"
#include "bot/eventlog/EventRecorder.h"
#include "discord/RestClient.h"
#include "gui/MainWindow.h"
#include "gui/eventlog/EventExporter.h"
#include "gui/eventlog/EventFilterModel.h"
#include "gui/eventlog/EventLogModel.h"
#include "gui/eventlog/EventLogPanel.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "store/EventStore.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <qcoro/qcorotask.h>

using namespace Qt::StringLiterals;
using bw::EventBatch;
using bw::gui::EventLogModel;
using bw::gui::EventLogPanel;
using bw::store::EventRecord;

namespace {

constexpr int kTimeoutMs = 15000;
const QString kToken = u"aW50ZXJhY3Rpb246OTk5OnRoaXNpc2FzZWNyZXR0b2tlbg"_s;

EventBatch sampleRecords(int count)
{
    EventBatch out;
    for (int i = 0; i < count; ++i) {
        EventRecord r;
        r.tsMs = 1'700'000'000'000 + i;
        r.kind = i % 3 == 0 ? u"interaction"_s : u"MESSAGE_CREATE"_s;
        r.shard = i % 2;
        r.guildId = u"100"_s;
        r.channelId = u"200"_s;
        r.userId = QString::number(300 + i % 5);
        r.key = i % 3 == 0 ? u"counter:increment"_s : QString();
        r.summary = u"record %1, with \"quotes\", commas\nand a newline — ünïcödé"_s.arg(i);
        r.durationMs = i % 3 == 0 ? i : -1;
        r.isError = i % 7 == 0;
        r.json = QJsonDocument(QJsonObject {{u"n"_s, i}, {u"text"_s, u"a,b\"c\nd"_s}})
                     .toJson(QJsonDocument::Compact);
        out.append(r);
    }
    return out;
}

// A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), for the round trip.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEventLogPanel : public QObject
{
    Q_OBJECT

    bw::test::GuiTestEnvironment m_env;

private Q_SLOTS:
    void init() { m_env.clearSettings(); }

    void exportsJsonLinesAndCsvRoundTrip()
    {
        EventLogPanel panel(nullptr);
        const EventBatch records = sampleRecords(300);
        panel.appendBatch(records);
        panel.setQuery(u"counter:increment"_s); // the filtered rows only: every third record
        QCOMPARE(panel.filterModel()->rowCount(), 100);

        for (const QString &name : {u"out.jsonl"_s, u"out.csv"_s}) {
            const QString path = m_env.path() + u'/' + name;
            QSignalSpy done(&panel, &EventLogPanel::exportFinished);
            panel.exportTo(path);
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
            QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
            const QByteArray bytes = readAll(path);
            QList<EventRecord> back;
            if (name.endsWith(u".jsonl"_s)) {
                for (const QByteArray &line : bytes.split('\n')) {
                    if (line.isEmpty())
                        continue;
                    QJsonParseError error;
                    const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
                    QCOMPARE(error.error, QJsonParseError::NoError);
                    EventRecord r;
                    r.tsMs = qint64(o.value(u"ts"_s).toDouble());
                    r.kind = o.value(u"kind"_s).toString();
                    r.shard = o.value(u"shard"_s).toInt();
                    r.guildId = o.value(u"guild_id"_s).toString();
                    r.channelId = o.value(u"channel_id"_s).toString();
                    r.userId = o.value(u"user_id"_s).toString();
                    r.key = o.value(u"key"_s).toString();
                    r.summary = o.value(u"summary"_s).toString();
                    r.durationMs = qint64(o.value(u"duration_ms"_s).toDouble());
                    r.isError = o.value(u"is_error"_s).toBool();
                    r.json = QJsonDocument(o.value(u"json"_s).toObject()).toJson(QJsonDocument::Compact);
                    back.append(r);
                }
            } else {
                const QList<QStringList> rows = readCsv(bytes);
                QCOMPARE(
                    rows.first().join(u','),
                    u"id,time,kind,shard,guild_id,channel_id,user_id,key,duration_ms,is_error,summary,json"_s);
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    const QStringList &f = rows.at(i);
                    QCOMPARE(f.size(), 12);
                    EventRecord r;
                    r.tsMs = QDateTime::fromString(f.at(1), Qt::ISODateWithMs).toMSecsSinceEpoch();
                    r.kind = f.at(2);
                    r.shard = f.at(3).toInt();
                    r.guildId = f.at(4);
                    r.channelId = f.at(5);
                    r.userId = f.at(6);
                    r.key = f.at(7);
                    r.durationMs = f.at(8).isEmpty() ? -1 : f.at(8).toLongLong();
                    r.isError = f.at(9) == u"1"_s;
                    r.summary = f.at(10);
                    r.json = f.at(11).toUtf8();
                    back.append(r);
                }
            }
            QCOMPARE(back.size(), 100);
            for (int i = 0; i < back.size(); ++i) {
                const EventRecord &want = records.at(i * 3);
                const EventRecord &got = back.at(i);
                QCOMPARE(got.tsMs, want.tsMs);
                QCOMPARE(got.kind, want.kind);
                QCOMPARE(got.shard, want.shard);
                QCOMPARE(got.guildId, want.guildId);
                QCOMPARE(got.channelId, want.channelId);
                QCOMPARE(got.userId, want.userId);
                QCOMPARE(got.key, want.key);
                QCOMPARE(got.summary, want.summary);
                QCOMPARE(got.durationMs, want.durationMs);
                QCOMPARE(got.isError, want.isError);
                QCOMPARE(QJsonDocument::fromJson(got.json), QJsonDocument::fromJson(want.json));
            }
        }
    }

    void exportCanBeCancelledAndLeavesNoFile()
    {
        EventLogPanel panel(nullptr);
        for (int b = 0; b < 20; ++b)
            panel.appendBatch(sampleRecords(10000));
        const QString path = m_env.path() + u"/cancelled.jsonl"_s;
        QSignalSpy done(&panel, &EventLogPanel::exportFinished);
        panel.exportTo(path);
        QVERIFY(panel.exporter());
        panel.exporter()->setSliceBudgetMs(1);
        QTRY_VERIFY_WITH_TIMEOUT(panel.exporter()->written() > 0, kTimeoutMs);
        panel.exporter()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
        QVERIFY(!done.at(0).at(0).toBool());
        QVERIFY(!QFile::exists(path));
    }

    // What the recorder makes of an interaction with its token, and of its callback, never shows the token:
    // not in the table, not in the details, not in an export.
    void tokensNeverReachTheLogOrItsExports()
    {
        bw::EventRecorder recorder;
        bw::discord::GatewayEvent e;
        e.name = u"INTERACTION_CREATE"_s;
        e.type = bw::discord::EventType::InteractionCreate;
        e.data
            = QJsonObject {{u"id"_s, u"999"_s},
                           {u"type"_s, 3},
                           {u"token"_s, kToken},
                           {u"data"_s, QJsonObject {{u"custom_id"_s, u"a:b"_s}, {u"component_type"_s, 2}}}};
        e.raw = QJsonDocument(QJsonObject {{u"op"_s, 0}, {u"d"_s, e.data}}).toJson(QJsonDocument::Compact);
        bw::discord::RestLogEntry cb;
        cb.method = "POST";
        cb.routeTemplate = u"/interactions/{interaction.id}/{interaction.token}/callback"_s;
        cb.path = u"/interactions/999/[redacted]/callback"_s; // as RestClient logs it
        cb.status = 204;
        EventLogPanel panel(nullptr);
        panel.appendBatch({recorder.fromDispatch(e), recorder.fromRest(cb)});
        QVERIFY(panel.selectSeq(0));
        QVERIFY(panel.detailsText().contains(u"[redacted]"_s));
        QVERIFY(!panel.detailsText().contains(kToken));
        for (const QString &name : {u"t.jsonl"_s, u"t.csv"_s}) {
            const QString path = m_env.path() + u'/' + name;
            QSignalSpy done(&panel, &EventLogPanel::exportFinished);
            panel.exportTo(path);
            QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kTimeoutMs);
            const QByteArray bytes = readAll(path);
            QVERIFY(bytes.contains("999"));
            QVERIFY2(!bytes.contains(kToken.toUtf8()), bytes.constData());
        }
    }

    void followPauseAndClear()
    {
        EventLogPanel panel(nullptr);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QScrollBar *scroll = panel.table()->verticalScrollBar();
        panel.appendBatch(sampleRecords(500));
        QVERIFY(panel.isFollowing());
        QTRY_COMPARE(scroll->value(), scroll->maximum());
        QVERIFY(scroll->maximum() > 0);
        // The user scrolls up: following stops, new records do not move the view.
        scroll->triggerAction(QAbstractSlider::SliderPageStepSub);
        QTRY_VERIFY(!panel.isFollowing());
        const int value = scroll->value();
        panel.appendBatch(sampleRecords(100));
        QCoreApplication::processEvents();
        QCOMPARE(scroll->value(), value);
        // The Follow button resumes.
        auto *follow = panel.findChild<QToolButton *>(u"eventLogFollow"_s);
        QVERIFY(!follow->isChecked());
        follow->click();
        QVERIFY(panel.isFollowing());
        QTRY_COMPARE(scroll->value(), scroll->maximum());
        // Pause holds records back; resuming shows them.
        auto *pause = panel.findChild<QToolButton *>(u"eventLogPause"_s);
        pause->click();
        QVERIFY(panel.isPaused());
        panel.appendBatch(sampleRecords(50));
        QCOMPARE(panel.logModel()->rowCount(), 600);
        pause->click();
        QCOMPARE(panel.logModel()->rowCount(), 650);
        panel.findChild<QToolButton *>(u"eventLogClear"_s)->click();
        QCOMPARE(panel.logModel()->rowCount(), 0);
        QCOMPARE(panel.filterModel()->rowCount(), 0);
    }

    void aFullLogKeepsTheSelectedRecordAndTheReadersPlace()
    {
        // Once the ring is full the rows shift in place; the selection stays on its record and a reader
        // who scrolled up keeps the same records in sight, while a follower stays at the end.
        EventLogPanel panel(nullptr);
        panel.logModel()->setCapacity(1000);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *table = panel.table();
        QScrollBar *scroll = table->verticalScrollBar();
        panel.appendBatch(sampleRecords(1000));
        QTRY_COMPARE(scroll->value(), scroll->maximum());
        QSignalSpy removed(panel.filterModel(), &QAbstractItemModel::rowsRemoved);

        // Following, with a record selected: the view stays at the end, the selection on the record.
        table->selectRow(990);
        const qint64 followed = panel.filterModel()->seqAt(990);
        panel.setFollowing(true);
        panel.appendBatch(sampleRecords(100));
        QCOMPARE(panel.logModel()->rowCount(), 1000);
        QCOMPARE(removed.count(), 0); // shifted, not removed
        QCoreApplication::processEvents();
        QCOMPARE(scroll->value(), scroll->maximum());
        QCOMPARE(panel.filterModel()->seqAt(table->currentIndex().row()), followed);
        QCOMPARE(table->currentIndex().row(), 890);
        QVERIFY(panel.detailsText().contains(u"\"n\""_s));

        // Reading further up: the rows in sight stay the same records.
        scroll->setValue(scroll->maximum() / 2);
        scroll->triggerAction(QAbstractSlider::SliderPageStepSub);
        QTRY_VERIFY(!panel.isFollowing());
        const int top = table->rowAt(0);
        const qint64 topSeq = panel.filterModel()->seqAt(top);
        panel.appendBatch(sampleRecords(100));
        QCoreApplication::processEvents();
        QCOMPARE(panel.filterModel()->seqAt(table->rowAt(0)), topSeq);
        QCOMPARE(panel.filterModel()->seqAt(table->currentIndex().row()), followed);

        // A selected record that is evicted leaves the selection empty.
        panel.appendBatch(sampleRecords(900));
        QVERIFY(!table->currentIndex().isValid()
                || panel.filterModel()->seqAt(table->currentIndex().row()) != followed);
        QVERIFY(!table->selectionModel()->hasSelection());
    }

    void liveBatchesAreAppendedInSlicesByTheEventLoop()
    {
        // What the recorder sends is queued and appended later, a slice at a time (each slice one insertion
        // of what fits in the time budget, across batches), in order; clear() drops what is still queued.
        EventLogPanel panel(nullptr);
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy inserted(panel.logModel(), &QAbstractItemModel::rowsInserted);
        const bw::EventBatch first = sampleRecords(3000);
        const bw::EventBatch second = sampleRecords(700);
        panel.enqueueBatch(first);
        panel.enqueueBatch(second);
        QCOMPARE(panel.logModel()->rowCount(), 0); // nothing before the event loop runs
        QCOMPARE(panel.queuedCount(), 3700);
        QTRY_COMPARE(panel.logModel()->rowCount(), 3700);
        QCOMPARE(panel.queuedCount(), 0);
        QVERIFY(inserted.size() >= 2); // over several turns, each one insertion
        for (const QList<QVariant> &args : std::as_const(inserted))
            QVERIFY(args.at(2).toInt() - args.at(1).toInt() + 1 <= EventLogPanel::kMaxSlice);
        QCOMPARE(panel.logModel()->record(0).summary, first.first().summary);
        QCOMPARE(panel.logModel()->record(2999).summary, first.last().summary);
        QCOMPARE(panel.logModel()->record(3000).summary, second.first().summary);
        QCOMPARE(panel.logModel()->record(3699).summary, second.last().summary);

        panel.enqueueBatch(sampleRecords(2000));
        panel.clear();
        QCOMPARE(panel.queuedCount(), 0);
        QTest::qWait(50);
        QCOMPARE(panel.logModel()->rowCount(), 0);
    }

    void typedQueryFiltersAndIsRemembered()
    {
        EventLogPanel panel(nullptr);
        panel.show();
        panel.appendBatch(sampleRecords(300));
        auto *query = panel.findChild<QComboBox *>(u"eventLogQuery"_s);
        QVERIFY(query);
        query->lineEdit()->setFocus();
        QTest::keyClicks(query->lineEdit(), u"user:301 kind:MESSAGE"_s);
        QTest::keyClick(query->lineEdit(), Qt::Key_Return);
        // user 301: i % 5 == 1; MESSAGE_CREATE: i % 3 != 0 -> 60 - 20 = 40
        QCOMPARE(panel.filterModel()->rowCount(), 40);
        QCOMPARE(panel.queryHistory().value(0), u"user:301 kind:MESSAGE"_s);
        panel.setQuery(u"errors"_s);
        QCOMPARE(panel.filterModel()->rowCount(), 43); // i % 7 == 0 for i < 300
        QCOMPARE(panel.queryHistory().mid(0, 2), (QStringList {u"errors"_s, u"user:301 kind:MESSAGE"_s}));
        // The history survives a new panel (QSettings).
        EventLogPanel again(nullptr);
        QCOMPARE(again.queryHistory().mid(0, 2), (QStringList {u"errors"_s, u"user:301 kind:MESSAGE"_s}));
        // The kind control and errors-only combine with the query.
        auto *kind = panel.findChild<QComboBox *>(u"eventLogKind"_s);
        kind->setCurrentIndex(
            kind->findData(int(bw::gui::EventFilter::bit(bw::store::EventCategory::Interaction))));
        QCOMPARE(panel.filterModel()->rowCount(), 15); // i % 21 == 0
    }

    void opensTheLogOfAnEarlierRun()
    {
        auto db = m_env.openDatabase(u"earlier.db"_s);
        QVERIFY(db);
        EventBatch earlier = sampleRecords(1234);
        for (EventRecord &r : earlier)
            r.tsMs = QDateTime::currentMSecsSinceEpoch() - 3'600'000 + r.tsMs % 100000;
        QVERIFY(bw::store::EventStore(*db).insertBatch(earlier).ok());
        EventLogPanel panel(nullptr);
        panel.setDatabase(db.get(), 7);
        QSignalSpy loaded(&panel, &EventLogPanel::earlierRunsLoaded);
        panel.findChild<QToolButton *>(u"eventLogEarlier"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
        auto *viewer = loaded.at(0).at(0).value<EventLogPanel *>();
        QCOMPARE(loaded.at(0).at(1).toInt(), 1234);
        QCOMPARE(viewer->logModel()->rowCount(), 1234);
        QCOMPARE(viewer->logModel()->record(5).summary, earlier.at(5).summary);
        QCOMPARE(viewer->logModel()->record(5).durationMs,
                 qint64(-1) == earlier.at(5).durationMs ? qint64(-1) : earlier.at(5).durationMs);
        viewer->window()->close();
    }

    // A real bot on the embedded sandbox: click a button in the sandbox and find the interaction in the
    // log, with its response time and the linked callback.
    void findsASandboxClickWithItsResponseTime()
    {
        auto db = m_env.openDatabase(u"live.db"_s);
        QVERIFY(db);
        bw::Bot bot;
        EventLogPanel panel(&bot);
        panel.setDatabase(db.get(), 7);
        panel.resize(1200, 500);
        panel.show();
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Ready, 20000);
        // The connection shows up: hello, identify, READY, GUILD_CREATE.
        QTRY_VERIFY_WITH_TIMEOUT(panel.logModel()->rowCount() >= 3, kTimeoutMs);

        bw::sandbox::SandboxHost &host = *bot.sandbox();
        const auto restClient = bw::test::sandboxRest(host);
        bw::discord::RestClient &rest = *restClient;
        const QString channel = bw::test::defaultChannel(host);
        const QJsonObject message {
            {u"content"_s, u"click"_s},
            {u"components"_s,
             QJsonArray {QJsonObject {{u"type"_s, 1},
                                      {u"components"_s,
                                       QJsonArray {QJsonObject {{u"type"_s, 2},
                                                                {u"style"_s, 1},
                                                                {u"label"_s, u"Go"_s},
                                                                {u"custom_id"_s, u"hello:click"_s}}}}}}}};
        const auto posted = QCoro::waitFor(rest.createMessage(channel, message));
        QVERIFY(posted.ok());
        bw::Result<QString> clicked = bw::Error {};
        QMetaObject::invokeMethod(
            host.server(),
            [&] {
                clicked = host.server()->simulateClick(u"alice"_s, posted.value().value(u"id"_s).toString(),
                                                       u"hello:click"_s);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(clicked.ok());
        const QString interactionId = clicked.value();

        // Find it the way a person would: type the custom_id into the query field.
        auto *query = panel.findChild<QComboBox *>(u"eventLogQuery"_s);
        query->lineEdit()->setFocus();
        QTest::keyClicks(query->lineEdit(), u"kind:interaction hello:click"_s);
        QTest::keyClick(query->lineEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(panel.filterModel()->rowCount(), 1, kTimeoutMs);
        const QModelIndex row = panel.filterModel()->index(0, EventLogModel::Duration);
        const qint64 latency = row.data(EventLogModel::DurationRole).toLongLong();
        QVERIFY2(latency >= 0, "the interaction row has its response time");
        QCOMPARE(row.data().toString(), u"%1 ms"_s.arg(latency));
        const QString summary = panel.filterModel()->index(0, EventLogModel::Summary).data().toString();
        QVERIFY2(summary.contains(u"hello:click"_s), qPrintable(summary));
        // Its details hold the linked callback; "Related" shows dispatch, callback and outcome together.
        QVERIFY(panel.selectSeq(panel.filterModel()->seqAt(0)));
        const QJsonObject details = QJsonDocument::fromJson(panel.detailsText().toUtf8()).object();
        QCOMPARE(details.value(u"interaction_id"_s).toString(), interactionId);
        QVERIFY2(details.value(u"callback"_s).toObject().value(u"status"_s).toInt() > 0,
                 qPrintable(panel.detailsText()));
        panel.findChild<QToolButton *>(u"eventLogRelated"_s)->click();
        QCOMPARE(panel.query(), interactionId);
        QTRY_VERIFY_WITH_TIMEOUT(panel.filterModel()->rowCount() >= 3, kTimeoutMs);
        QStringList kinds;
        for (int r = 0; r < panel.filterModel()->rowCount(); ++r)
            kinds.append(panel.filterModel()->index(r, EventLogModel::Kind).data().toString());
        QVERIFY2(kinds.contains(u"INTERACTION_CREATE"_s) && kinds.contains(u"rest"_s)
                     && kinds.contains(u"interaction"_s),
                 qPrintable(kinds.join(u',')));
        // The charts have a response time for it.
        QVERIFY(!panel.stats().responsePoints(0.5, QDateTime::currentMSecsSinceEpoch()).isEmpty());

        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), bw::BotState::Status::Stopped, kTimeoutMs);
    }
};

QTEST_MAIN(TestEventLogPanel)
#include "tst_eventlogpanel.moc"
