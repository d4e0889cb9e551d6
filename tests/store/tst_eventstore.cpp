#include "StoreTestSupport.h"
#include "store/EventStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace bw;
using namespace bw::store;

class TestEventStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static EventRecord event(qint64 ts, const QString &kind = QStringLiteral("INTERACTION_CREATE"))
    {
        EventRecord record;
        record.tsMs = ts;
        record.kind = kind;
        record.summary = QStringLiteral("at %1").arg(ts);
        return record;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openPerTest(m_dir, QStringLiteral("events"));
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void roundTripsEveryField()
    {
        EventRecord record;
        record.tsMs = 1'700'000'000'123;
        record.kind = QStringLiteral("INTERACTION_CREATE");
        record.shard = 3;
        record.guildId = QStringLiteral("111");
        record.channelId = QStringLiteral("222");
        record.userId = QStringLiteral("333");
        record.key = QStringLiteral("counter:inc");
        record.summary = QStringLiteral("Alice clicked +1 — ✓");
        record.json = R"({"t":"INTERACTION_CREATE","d":{"data":{"custom_id":"counter:inc"}}})";
        record.isError = true;
        QVERIFY(EventStore(*m_db).insertBatch({record}).ok());
        auto events = EventStore(*m_db).range(0, std::numeric_limits<qint64>::max(), 10);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        const EventRecord &loaded = events->first();
        QVERIFY(loaded.id > 0);
        QCOMPARE(loaded.tsMs, record.tsMs);
        QCOMPARE(loaded.kind, record.kind);
        QCOMPARE(loaded.shard, 3);
        QCOMPARE(loaded.guildId, record.guildId);
        QCOMPARE(loaded.channelId, record.channelId);
        QCOMPARE(loaded.userId, record.userId);
        QCOMPARE(loaded.key, record.key);
        QCOMPARE(loaded.summary, record.summary);
        QCOMPARE(loaded.json, record.json);
        QCOMPARE(loaded.isError, true);

        EventRecord bare = event(5);
        QVERIFY(EventStore(*m_db).insertBatch({bare}).ok());
        auto plain = EventStore(*m_db).range(5, 5, 1);
        QCOMPARE(plain->first().shard, -1);
        QCOMPARE(plain->first().json, QByteArray());
        QCOMPARE(plain->first().isError, false);
    }

    void rangeIsNewestFirstAndLimited()
    {
        QList<EventRecord> batch;
        for (qint64 ts : {10, 50, 20, 40, 30, 30})
            batch.append(event(ts));
        QVERIFY(EventStore(*m_db).insertBatch(batch).ok());
        auto inRange = EventStore(*m_db).range(20, 40, 100);
        QVERIFY(inRange.ok());
        QList<qint64> stamps;
        for (const EventRecord &record : *inRange)
            stamps << record.tsMs;
        QCOMPARE(stamps, (QList<qint64> {40, 30, 30, 20}));
        QVERIFY(inRange->at(1).id > inRange->at(2).id); // same ts: newest insert first
        auto limited = EventStore(*m_db).range(0, 100, 2);
        QCOMPARE(limited->size(), 2);
        QCOMPARE(limited->at(0).tsMs, 50);
        QCOMPARE(limited->at(1).tsMs, 40);
    }

    void purgeOlderThan()
    {
        QList<EventRecord> batch;
        for (qint64 ts = 0; ts < 100; ++ts)
            batch.append(event(ts));
        QVERIFY(EventStore(*m_db).insertBatch(batch).ok());
        QCOMPARE(EventStore(*m_db).purgeOlderThan(60).valueOr(-1), 60);
        QCOMPARE(EventStore(*m_db).count().valueOr(-1), 40);
        QCOMPARE(EventStore(*m_db).range(0, 1000, 1000)->last().tsMs, 60);
        QCOMPARE(EventStore(*m_db).purgeOlderThan(60).valueOr(-1), 0);
    }

    void emptyBatchIsANoOp()
    {
        QVERIFY(EventStore(*m_db).insertBatch({}).ok());
        QCOMPARE(EventStore(*m_db).count().valueOr(-1), 0);
    }

    void largeBatchesInOneTransaction()
    {
        constexpr int batches = 10;
        constexpr int perBatch = 5000;
        const QByteArray json
            = QByteArray(R"({"t":"MESSAGE_CREATE","d":{"content":")") + QByteArray(600, 'x') + "\"}}";
        qint64 ts = 0;
        QElapsedTimer timer;
        qint64 elapsed = 0;
        for (int b = 0; b < batches; ++b) {
            QList<EventRecord> batch;
            batch.reserve(perBatch);
            for (int i = 0; i < perBatch; ++i) {
                EventRecord record = event(++ts, QStringLiteral("MESSAGE_CREATE"));
                record.json = json;
                record.guildId = QStringLiteral("1000000000000000001");
                record.channelId = QStringLiteral("1000000000000000002");
                batch.append(record);
            }
            timer.start();
            QVERIFY(EventStore(*m_db).insertBatch(batch).ok());
            elapsed += timer.elapsed();
        }
        QCOMPARE(EventStore(*m_db).count().valueOr(-1), batches * perBatch);
        qInfo("%d events of ~%d bytes in batches of %d: %lld ms (%.0f events/s)", batches * perBatch,
              int(json.size()), perBatch, elapsed, elapsed ? batches * perBatch * 1000.0 / elapsed : 0.0);
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
