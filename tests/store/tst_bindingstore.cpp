#include "StoreTestSupport.h"
#include "store/BindingStore.h"
#include "store/ProfileStore.h"
#include "store/ViewStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

using namespace bw;
using namespace bw::store;

class TestBindingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    qint64 m_profile = 0;
    qint64 m_counterView = 0;
    qint64 m_pollView = 0;
    qint64 m_foreignView = 0; // belongs to another profile

    qint64 addView(qint64 profileId, const QString &name)
    {
        ViewRecord view;
        view.profileId = profileId;
        view.name = name;
        view.kind = ViewRecord::Kind::Bound;
        auto saved = ViewStore(*m_db).save(view);
        return saved ? saved->id : 0;
    }
    static BindingRecord binding(const QString &messageId, qint64 viewId, const QByteArray &state = "{}")
    {
        BindingRecord record;
        record.messageId = messageId;
        record.channelId = QStringLiteral("100");
        record.guildId = QStringLiteral("200");
        record.viewId = viewId;
        record.state = state;
        return record;
    }
    static qint64 residentKiB()
    {
        QFile statm(QStringLiteral("/proc/self/statm"));
        if (!statm.open(QIODevice::ReadOnly))
            return 0;
        const QList<QByteArray> fields = statm.readAll().split(' ');
        return fields.size() > 1 ? fields.at(1).toLongLong() * 4 : 0; // pages of 4 KiB
    }
    static QString errorText(const Result<void> &result)
    {
        return result.ok() ? QString() : result.error().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openPerTest(m_dir, QStringLiteral("bindings"), &m_clock);
        QVERIFY(m_db);
        m_profile = test::addProfile(*m_db, QStringLiteral("mine"));
        const qint64 otherProfile = test::addProfile(*m_db, QStringLiteral("other"));
        QVERIFY(m_profile && otherProfile);
        m_counterView = addView(m_profile, QStringLiteral("counter"));
        m_pollView = addView(m_profile, QStringLiteral("poll"));
        m_foreignView = addView(otherProfile, QStringLiteral("counter"));
        QVERIFY(m_counterView && m_pollView && m_foreignView);
    }
    void cleanup() { m_db.reset(); }

    void upsertRoundTrips()
    {
        BindingStore store(*m_db);
        QVERIFY2(
            store.upsert(binding(QStringLiteral("1001"), m_counterView, R"({"count":5,"by":"Älice"})")).ok(),
            "upsert");
        auto loaded = store.byMessageId(QStringLiteral("1001"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->messageId, QStringLiteral("1001"));
        QCOMPARE(loaded->channelId, QStringLiteral("100"));
        QCOMPARE(loaded->guildId, QStringLiteral("200"));
        QCOMPARE(loaded->viewId, m_counterView);
        QCOMPARE(loaded->state, QByteArray(R"({"count":5,"by":"Älice"})"));
        QCOMPARE(loaded->created, m_clock.now());
        QCOMPARE(loaded->lastUsed, m_clock.now());
        QVERIFY(loaded->isActive());
        QCOMPARE(store.byMessageId(QStringLiteral("404")).error().kind, Error::Kind::NotFound);
    }

    void upsertAgainReplacesButKeepsCreated()
    {
        BindingStore store(*m_db);
        QVERIFY(store.upsert(binding(QStringLiteral("1"), m_counterView, R"({"a":1})")).ok());
        const QDateTime created = m_clock.now();
        m_clock.advance(1000);
        QVERIFY(store.upsert(binding(QStringLiteral("1"), m_pollView, R"({"b":2})")).ok());
        auto loaded = store.byMessageId(QStringLiteral("1"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->viewId, m_pollView);
        QCOMPARE(loaded->state, QByteArray(R"({"b":2})"));
        QCOMPARE(loaded->created, created);
        QCOMPARE(loaded->lastUsed, created.addMSecs(1000));
    }

    void upsertStateReplacesStateOnly()
    {
        BindingStore store(*m_db);
        QVERIFY(store.upsert(binding(QStringLiteral("7"), m_counterView, R"({"count":0})")).ok());
        m_clock.advance(250);
        QVERIFY(store.upsertState(QStringLiteral("7"), R"({"count":1})").ok());
        auto loaded = store.byMessageId(QStringLiteral("7"));
        QCOMPARE(loaded->state, QByteArray(R"({"count":1})"));
        QCOMPARE(loaded->lastUsed, loaded->created.addMSecs(250));
        QCOMPARE(loaded->viewId, m_counterView);

        auto unknown = store.upsertState(QStringLiteral("8"), R"({"count":1})");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);

        auto invalid = store.upsertState(QStringLiteral("7"), "{not json");
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(invalid.error().message, QStringLiteral("The state of message 7 is not valid JSON."));
        QCOMPARE(store.byMessageId(QStringLiteral("7"))->state, QByteArray(R"({"count":1})"));
    }

    void upsertStateJoinsAnOuterTransaction()
    {
        BindingStore store(*m_db);
        QVERIFY(store.upsert(binding(QStringLiteral("9"), m_counterView, R"({"count":0})")).ok());
        Result<void> outer = m_db->transaction([&]() -> Result<void> {
            if (auto done = store.upsertState(QStringLiteral("9"), R"({"count":1})"); !done)
                return done;
            return Error::make(Error::Kind::Generic, QStringLiteral("the reply could not be sent"));
        });
        QVERIFY(!outer.ok());
        QCOMPARE(store.byMessageId(QStringLiteral("9"))->state, QByteArray(R"({"count":0})"));
    }

    void touchMovesLastUsed()
    {
        BindingStore store(*m_db);
        QVERIFY(store.upsert(binding(QStringLiteral("5"), m_counterView)).ok());
        m_clock.advance(60'000);
        QVERIFY(store.touch(QStringLiteral("5")).ok());
        auto loaded = store.byMessageId(QStringLiteral("5"));
        QCOMPARE(loaded->lastUsed, loaded->created.addMSecs(60'000));
        QCOMPARE(store.touch(QStringLiteral("6")).error().kind, Error::Kind::NotFound);
    }

    void removeIsSoftAndKeepsHistory()
    {
        BindingStore store(*m_db);
        QVERIFY(store.upsert(binding(QStringLiteral("1"), m_counterView)).ok());
        QVERIFY(store.upsert(binding(QStringLiteral("2"), m_counterView)).ok());
        m_clock.advance(10);
        QVERIFY(store.remove(QStringLiteral("1")).ok());

        auto removed = store.byMessageId(QStringLiteral("1"));
        QVERIFY(removed.ok());
        QVERIFY(!removed->isActive());
        QCOMPARE(removed->deletedAt.value(), removed->created.addMSecs(10));
        QCOMPARE(store.listActiveByView(m_counterView)->size(), 1);
        QCOMPARE(store.listActiveByView(m_counterView)->first().messageId, QStringLiteral("2"));
        QCOMPARE(store.history(m_counterView)->size(), 2);

        QCOMPARE(store.remove(QStringLiteral("1")).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.upsertState(QStringLiteral("1"), "{}").error().kind, Error::Kind::NotFound);

        // Binding the message again revives it.
        QVERIFY(store.upsert(binding(QStringLiteral("1"), m_counterView)).ok());
        QVERIFY(store.byMessageId(QStringLiteral("1"))->isActive());
        QCOMPARE(store.listActiveByView(m_counterView)->size(), 2);
    }

    void purgeDeletesOnlyOldRemovedBindings()
    {
        BindingStore store(*m_db);
        for (const char *id : {"1", "2", "3"})
            QVERIFY(store.upsert(binding(QString::fromLatin1(id), m_counterView)).ok());
        QVERIFY(store.remove(QStringLiteral("1")).ok());
        m_clock.advance(1000);
        QVERIFY(store.remove(QStringLiteral("2")).ok());
        auto purged = store.purgeRemovedBefore(m_clock.now());
        QCOMPARE(purged.valueOr(-1), 1);
        QCOMPARE(store.byMessageId(QStringLiteral("1")).error().kind, Error::Kind::NotFound);
        QVERIFY(store.byMessageId(QStringLiteral("2")).ok());
        QVERIFY(store.byMessageId(QStringLiteral("3")).ok());
    }

    void listActiveForProfileSpansItsViewsOnly()
    {
        BindingStore store(*m_db);
        QVERIFY(store
                    .upsertMany({binding(QStringLiteral("1"), m_counterView),
                                 binding(QStringLiteral("2"), m_pollView),
                                 binding(QStringLiteral("3"), m_foreignView),
                                 binding(QStringLiteral("4"), m_pollView)})
                    .ok());
        QVERIFY(store.remove(QStringLiteral("4")).ok());
        auto active = store.listActiveForProfile(m_profile);
        QVERIFY(active.ok());
        QStringList ids;
        for (const BindingRecord &record : *active)
            ids << record.messageId;
        ids.sort();
        QCOMPARE(ids, (QStringList {QStringLiteral("1"), QStringLiteral("2")}));
    }

    void badRowsAreRefusedAndBatchesAreAtomic()
    {
        BindingStore store(*m_db);
        auto unknownView = store.upsert(binding(QStringLiteral("1"), 9999));
        QVERIFY(!unknownView.ok());
        QCOMPARE(unknownView.error().kind, Error::Kind::NotFound);

        auto batch = store.upsertMany({binding(QStringLiteral("1"), m_counterView),
                                       binding(QStringLiteral("2"), m_counterView, "[oops")});
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(store.byMessageId(QStringLiteral("1")).error().kind, Error::Kind::NotFound); // rolled back
        QCOMPARE(store.upsert(binding(QString(), m_counterView)).error().kind, Error::Kind::InvalidInput);
    }

    void manyStateUpdatesEachCommitted()
    {
        BindingStore store(*m_db);
        QVERIFY(store.upsert(binding(QStringLiteral("77"), m_counterView, R"({"count":0})")).ok());
        constexpr int updates = 2000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 1; i <= updates; ++i) {
            const QByteArray state = QByteArray("{\"count\":") + QByteArray::number(i) + "}";
            QVERIFY(store.upsertState(QStringLiteral("77"), state).ok());
        }
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(store.byMessageId(QStringLiteral("77"))->state, QByteArray("{\"count\":2000}"));
        qInfo("%d state updates, one transaction each: %lld ms (%.1f us each)", updates, elapsed,
              elapsed * 1000.0 / updates);
    }

    void restoresHundredThousandBindingsInOneQuery()
    {
        constexpr int total = 100'000;
        QList<BindingRecord> records;
        records.reserve(total);
        for (int i = 0; i < total; ++i) {
            records.append(binding(QString::number(1'000'000'000'000'000'000LL + i),
                                   i % 2 ? m_counterView : m_pollView,
                                   QByteArray("{\"count\":") + QByteArray::number(i) + "}"));
        }
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(BindingStore(*m_db).upsertMany(records).ok(), "bulk insert");
        const qint64 insertMs = timer.restart();

        records.clear();
        records.squeeze();

        const qint64 rssBefore = residentKiB();
        timer.restart();
        auto active = BindingStore(*m_db).listActiveForProfile(m_profile);
        const qint64 loadMs = timer.elapsed();
        const qint64 rssGrowth = residentKiB() - rssBefore;
        QVERIFY(active.ok());
        QCOMPARE(active->size(), total);
        qint64 sum = 0;
        for (const BindingRecord &record : *active)
            sum += record.state.mid(9, record.state.size() - 10).toLongLong();
        QCOMPARE(sum, qint64(total) * (total - 1) / 2); // every state came back intact
        active = QList<BindingRecord>();

        // Streaming: the same rows without holding them all.
        timer.restart();
        qint64 streamedSum = 0;
        auto visited
            = BindingStore(*m_db).forEachActiveForProfile(m_profile, [&](const BindingRecord &record) {
                  streamedSum += record.state.mid(9, record.state.size() - 10).toLongLong();
              });
        const qint64 streamMs = timer.elapsed();
        QCOMPARE(visited.valueOr(-1), total);
        QCOMPARE(streamedSum, sum);
        // Reported, not asserted: wall-clock figures depend on the machine.
        qInfo("%d bindings: inserted in %lld ms (one transaction), listed in %lld ms (one query, RSS +%lld "
              "KiB), "
              "streamed in %lld ms",
              total, insertMs, loadMs, rssGrowth, streamMs);
    }
};

QTEST_GUILESS_MAIN(TestBindingStore)
#include "tst_bindingstore.moc"
