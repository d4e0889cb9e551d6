// The event log's models: the ring-buffer table (batched inserts, eviction at capacity) and the filter
// proxy with its own index (a table of filter cases, incremental appends, eviction), both under
// QAbstractItemModelTester; and the text matcher the filter uses.

#include "gui/eventlog/EventFilterModel.h"
#include "gui/eventlog/EventLogModel.h"
#include "gui/eventlog/TextMatcher.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using bw::gui::EventFilter;
using bw::gui::EventFilterModel;
using bw::gui::EventLogModel;
using bw::store::EventRecord;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000;

EventRecord rec(qint64 ts, const QString &kind, const QString &summary, const QString &user = {},
                const QString &key = {}, bool error = false, qint64 duration = -1, int shard = 0,
                const QByteArray &json = {})
{
    EventRecord r;
    r.tsMs = ts;
    r.kind = kind;
    r.shard = shard;
    r.guildId = u"100"_s;
    r.channelId = u"200"_s;
    r.userId = user;
    r.key = key;
    r.summary = summary;
    r.isError = error;
    r.durationMs = duration;
    r.json = json.isEmpty() ? QByteArray("{\"op\":0,\"d\":{\"x\":\"y\"}}") : json;
    return r;
}

QList<EventRecord> numbered(int count, int from = 0)
{
    QList<EventRecord> out;
    for (int i = from; i < from + count; ++i)
        out.append(rec(kT0 + i, u"MESSAGE_CREATE"_s, u"message %1"_s.arg(i), u"300"_s));
    return out;
}

// The fixed table the filter cases run on (seq = index).
QList<EventRecord> fixture()
{
    return {
        rec(kT0 + 0, u"READY"_s, u"ready as Botwright, 1 guilds"_s, {}, {}, false, -1, 0),
        rec(kT0 + 1000, u"gateway.heartbeat-ack"_s, u"heartbeat ACK in 41 ms"_s, {}, {}, false, 41, 1),
        rec(kT0 + 2000, u"INTERACTION_CREATE"_s, u"clicked counter:increment by Alice"_s, u"301"_s,
            u"counter:increment"_s, false, -1, 0, "{\"d\":{\"id\":\"9001\",\"token\":\"[redacted]\"}}"),
        rec(kT0 + 2040, u"rest"_s, u"callback for interaction 9001 → 204 in 9 ms"_s, {}, u"9001"_s, false, 9),
        rec(kT0 + 2050, u"interaction"_s, u"clicked counter:increment by Alice → answered in 38 ms"_s,
            u"301"_s, u"counter:increment"_s, false, 38, 0,
            "{\"duration_ms\":38,\"interaction_id\":\"9001\"}"),
        rec(kT0 + 3000, u"INTERACTION_CREATE"_s, u"clicked vote:yes by Bob"_s, u"302"_s, u"vote:yes"_s, false,
            -1, 1),
        rec(kT0 + 6500, u"interaction"_s, u"no view for custom_id vote:yes → answered with error"_s, u"302"_s,
            u"vote:yes"_s, true, 3500, 1),
        rec(kT0 + 7000, u"ratelimit"_s, u"POST /channels/{channel.id}/messages → 429 in 3 ms rate limited"_s,
            {}, {}, true, 3),
        rec(kT0 + 8000, u"MESSAGE_CREATE"_s, u"message by Carol: ÄÖÜ grüße"_s, u"303"_s, {}, false, -1, 0,
            "{\"d\":{\"content\":\"ÄÖÜ grüße\",\"nonce\":\"CASE-Mixed\"}}"),
    };
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textMatcherIgnoresAsciiCase_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("at");
        QTest::newRow("exact") << u"hello world"_s << u"world"_s << 6;
        QTest::newRow("case") << u"Hello WORLD"_s << u"world"_s << 6;
        QTest::newRow("upper needle") << u"hello world"_s << u"WoRlD"_s << 6;
        QTest::newRow("none") << u"hello world"_s << u"worlds"_s << -1;
        QTest::newRow("one char") << u"abc"_s << u"C"_s << 2;
        QTest::newRow("long haystack tail")
            << (QString(100, u'x') + u"counter:increment"_s) << u"COUNTER:increment"_s << 100;
        QTest::newRow("across 16-byte steps") << (QString(15, u'a') + u"ab"_s) << u"ab"_s << 15;
        QTest::newRow("near miss at end")
            << (QString(40, u'a') + u"counter:incremen"_s) << u"counter:increment"_s << -1;
        QTest::newRow("punctuation is not folded") << u"a@b"_s << u"a`b"_s << -1;
        QTest::newRow("utf-8") << u"grüße aus köln"_s << u"KÖLN"_s << -1; // only ASCII case is folded
        QTest::newRow("utf-8 exact") << u"grüße aus köln"_s << u"köln"_s << 12;
        QTest::newRow("across 32-byte steps") << (QString(31, u'a') + u"xyz"_s) << u"XYZ"_s << 31;
        QTest::newRow("second candidate")
            << (QString(50, u'u') + u"user 42 user 4242"_s) << u"user 4242"_s << 58;
        QTest::newRow("same byte only") << (QString(70, u'b') + u"aaa"_s) << u"AAA"_s << 70;
        QTest::newRow("match at the very end")
            << (QString(200, u'"') + u"\"custom_id\":\"counter:increment\""_s) << u"INCREMENT\""_s << 221;
    }
    void textMatcherAgreesWithANaiveSearch()
    {
        // Random JSON-like text and needles cut from it (some with flipped case, some changed): the vector
        // search with any choice of probe bytes finds what a plain loop finds.
        QRandomGenerator rng(7);
        const QByteArray alphabet = "abcdeiouxyzABCDEXYZ0123456789\":,{} _";
        bw::gui::TextMatcher::ByteFrequencies skewed {};
        for (size_t i = 0; i < skewed.size(); ++i)
            skewed[i] = quint32(rng.bounded(1000));
        for (int round = 0; round < 400; ++round) {
            QByteArray text(rng.bounded(1, 300), Qt::Uninitialized);
            for (char &c : text)
                c = alphabet.at(rng.bounded(int(alphabet.size())));
            const int from = rng.bounded(int(text.size()));
            QByteArray needle = text.mid(from, rng.bounded(1, 12));
            if (round % 3 == 1)
                needle = needle.toUpper();
            if (round % 5 == 2)
                needle[rng.bounded(int(needle.size()))] = 'q';
            const QByteArray lowerText = text.toLower();
            const qsizetype expected = lowerText.indexOf(needle.toLower());
            const QString n = QString::fromLatin1(needle);
            QCOMPARE(bw::gui::TextMatcher(n).indexIn(text.constData(), text.size()), expected);
            const bw::gui::TextMatcher withFrequencies(n, &skewed);
            QVERIFY(withFrequencies.firstProbe() <= withFrequencies.secondProbe());
            QCOMPARE(withFrequencies.indexIn(text.constData(), text.size()), expected);
        }
    }
    void textMatcherIgnoresAsciiCase()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, needle);
        QFETCH(int, at);
        const QByteArray bytes = haystack.toUtf8();
        QCOMPARE(int(bw::gui::TextMatcher(needle).indexIn(bytes.constData(), bytes.size())), at);
    }

    void idsAreSnowflakesOnly()
    {
        using bw::gui::EventRing;
        QCOMPARE(EventRing::parseId(u"1574521006238863366"_s), 1574521006238863366ULL);
        QCOMPARE(EventRing::parseId(u"18446744073709551615"_s), 18446744073709551615ULL); // the largest
        QCOMPARE(EventRing::parseId(u"18446744073709551616"_s), 0ULL); // over 64 bits: no id
        QCOMPARE(EventRing::parseId(u"99999999999999999999"_s), 0ULL);
        QCOMPARE(EventRing::parseId(u"123456789012345678901"_s), 0ULL);
        QCOMPARE(EventRing::parseId(u"7"_s), 7ULL);
        QCOMPARE(EventRing::parseId(QString()), 0ULL);
        QCOMPARE(EventRing::parseId(u"12a"_s), 0ULL);
        QCOMPARE(EventRing::parseId(u"-5"_s), 0ULL);
        QCOMPARE(EventRing::parseId(u" 5"_s), 0ULL);
        QCOMPARE(EventRing::parseId(u"\u0665"_s), 0ULL); // an Arabic-Indic digit is not a snowflake digit
    }

    void batchesAreOneInsertEach()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.appendBatch(numbered(500));
        model.appendBatch(numbered(300, 500));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 500);
        QCOMPARE(inserted.at(1).at(2).toInt(), 799);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(model.rowCount(), 800);
        QCOMPARE(model.index(799, EventLogModel::Summary).data().toString(), u"message 799"_s);
        QCOMPARE(model.index(0, EventLogModel::User).data().toString(), u"300"_s);
        QCOMPARE(model.index(0, EventLogModel::Kind).data().toString(), u"MESSAGE_CREATE"_s);
        QCOMPARE(model.index(5, 0).data(EventLogModel::SeqRole).toLongLong(), 5);
    }

    void ringEvictsTheOldest()
    {
        EventLogModel model;
        model.setCapacity(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy shifted(&model, &EventLogModel::rowsShifted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendBatch(numbered(600, 0));
        model.appendBatch(numbered(600, 600)); // overflows on the way: 200 removed, 600 inserted
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 199);
        QCOMPARE(shifted.count(), 0);
        // Full: each batch shifts the rows in place (no row is inserted or removed, all change).
        for (int b = 0; b < 5; ++b)
            model.appendBatch(numbered(260, 1200 + b * 260));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(shifted.count(), 5);
        QCOMPARE(shifted.at(0).at(0).toInt(), 260);
        QCOMPARE(changed.count(), 5);
        QCOMPARE(changed.last().at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(changed.last().at(1).value<QModelIndex>(), model.index(999, EventLogModel::ColumnCount - 1));
        QCOMPARE(model.index(0, EventLogModel::Summary).data().toString(), u"message 1500"_s);
        QCOMPARE(model.index(999, EventLogModel::Summary).data().toString(), u"message 2499"_s);
        QCOMPARE(model.ring().firstSeq(), 1500);
        // A batch larger than the ring keeps its newest records only.
        model.appendBatch(numbered(2500, 10000));
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(0, EventLogModel::Summary).data().toString(), u"message 11500"_s);
        // Many batches through a small ring: memory stays bounded (chunks and blocks are freed).
        const qint64 bytes = model.ring().memoryBytes();
        for (int b = 0; b < 200; ++b)
            model.appendBatch(numbered(500, 20000 + b * 500));
        QVERIFY2(model.ring().memoryBytes() <= bytes + 3 * (1 << 20),
                 qPrintable(QString::number(model.ring().memoryBytes())));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.appendBatch(numbered(3));
        QCOMPARE(model.rowCount(), 3);
    }

    void filterCases_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("rows");
        QTest::newRow("empty") << QString() << QList<qint64> {0, 1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("text in summary") << u"alice"_s << QList<qint64> {2, 4};
        QTest::newRow("custom_id with colon") << u"counter:increment"_s << QList<qint64> {2, 4};
        QTest::newRow("text in json only") << u"case-mixed"_s << QList<qint64> {8};
        QTest::newRow("interaction id links dispatch, callback, outcome")
            << u"9001"_s << QList<qint64> {2, 3, 4};
        QTest::newRow("two terms") << u"vote:yes error"_s << QList<qint64> {6};
        QTest::newRow("category") << u"kind:interaction"_s << QList<qint64> {4, 6};
        QTest::newRow("two categories") << u"kind:rest,ratelimit"_s << QList<qint64> {3, 7};
        QTest::newRow("kind name prefix") << u"kind:INTERACTION_"_s << QList<qint64> {2, 5};
        QTest::newRow("gateway kind") << u"kind:gateway.heartbeat"_s << QList<qint64> {1};
        QTest::newRow("user id") << u"user:302"_s << QList<qint64> {5, 6};
        QTest::newRow("user name") << u"user:carol"_s << QList<qint64> {8};
        QTest::newRow("shard") << u"shard:1"_s << QList<qint64> {1, 5, 6};
        QTest::newRow("errors") << u"is:error"_s << QList<qint64> {6, 7};
        QTest::newRow("errors of a kind") << u"errors kind:interaction"_s << QList<qint64> {6};
        QTest::newRow("slow") << u"slow:3000"_s << QList<qint64> {6};
        QTest::newRow("time range") << u"from:%1 to:%2"_s.arg(
            QDateTime::fromMSecsSinceEpoch(kT0 + 2000).toString(Qt::ISODateWithMs),
            QDateTime::fromMSecsSinceEpoch(kT0 + 3000).toString(Qt::ISODateWithMs))
                                    << QList<qint64> {2, 3, 4, 5};
        QTest::newRow("since") << u"since:2s"_s << QList<qint64> {6, 7, 8}; // now = kT0 + 8000
        QTest::newRow("guild and channel") << u"guild:100 channel:200 kind:ratelimit"_s << QList<qint64> {7};
        QTest::newRow("other guild") << u"guild:101"_s << QList<qint64> {};
        QTest::newRow("quoted phrase") << u"\"by Bob\""_s << QList<qint64> {5};
        QTest::newRow("utf-8 text") << u"grüße"_s << QList<qint64> {8};
        QTest::newRow("no match") << u"nothing-like-this"_s << QList<qint64> {};
    }
    void filterCases()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, rows);
        EventLogModel log;
        EventFilterModel filtered;
        filtered.setSourceModel(&log);
        QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.appendBatch(fixture());
        QString error;
        filtered.setFilter(EventFilter::parse(query, kT0 + 8000, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QList<qint64> got;
        for (int r = 0; r < filtered.rowCount(); ++r)
            got.append(filtered.seqAt(r));
        QCOMPARE(got, rows);
        // The same answer for records that arrive after the filter was set (incremental path).
        EventLogModel log2;
        EventFilterModel filtered2;
        filtered2.setSourceModel(&log2);
        filtered2.setFilter(EventFilter::parse(query, kT0 + 8000));
        const QList<EventRecord> records = fixture();
        for (const EventRecord &r : records)
            log2.appendBatch({r});
        QList<qint64> got2;
        for (int r = 0; r < filtered2.rowCount(); ++r)
            got2.append(filtered2.seqAt(r));
        QCOMPARE(got2, rows);
    }

    void unfilteredRowsShiftThroughTheProxy()
    {
        EventLogModel log;
        log.setCapacity(100);
        EventFilterModel proxy;
        proxy.setSourceModel(&log);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.appendBatch(numbered(100));
        QSignalSpy shifted(&proxy, &EventFilterModel::rowsShifted);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        log.appendBatch(numbered(30, 100));
        QCOMPARE(shifted.count(), 1);
        QCOMPARE(shifted.at(0).at(0).toInt(), 30);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(proxy.rowCount(), 100);
        QCOMPARE(proxy.index(0, EventLogModel::Summary).data().toString(), u"message 30"_s);
        QCOMPARE(proxy.index(99, EventLogModel::Summary).data().toString(), u"message 129"_s);
        // With a filter, the shift is a removal of the evicted matches and an insertion of the new ones.
        proxy.setFilter(EventFilter::parse(u"7"_s, kT0));
        const int before = proxy.rowCount();
        log.appendBatch(numbered(10, 130)); // evicts 30..39 (37 matches), adds 130..139 (137 matches)
        QCOMPARE(shifted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(proxy.rowCount(), before);
        QCOMPARE(proxy.index(proxy.rowCount() - 1, EventLogModel::Summary).data().toString(),
                 u"message 137"_s);
    }

    void filterFollowsAppendsAndEvictions()
    {
        EventLogModel log;
        log.setCapacity(100);
        EventFilterModel filtered;
        filtered.setSourceModel(&log);
        QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filtered.setFilter(EventFilter::parse(u"7"_s, kT0)); // summaries with a 7 in them
        QSignalSpy inserted(&filtered, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&filtered, &QAbstractItemModel::rowsRemoved);
        log.appendBatch(numbered(100)); // 7,17,27,...,97 and 70..79: 19 rows
        QCOMPARE(filtered.rowCount(), 19);
        QCOMPARE(inserted.count(), 1);
        log.appendBatch(numbered(50, 100)); // evicts 0..49 (5 matches: 7,17,27,37,47), adds 107..147 (5)
        QCOMPARE(removed.count(), 1);
        QCOMPARE(filtered.rowCount(), 19);
        QCOMPARE(filtered.index(0, EventLogModel::Summary).data().toString(), u"message 57"_s);
        QCOMPARE(filtered.index(18, EventLogModel::Summary).data().toString(), u"message 147"_s);
        log.appendBatch(numbered(10, 150)); // no 7 in 150..159 except 157
        QCOMPARE(filtered.rowCount(), 19 - 0 + 1 - 1); // 157 in; 57 out
        // mapping both ways
        const QModelIndex p = filtered.index(3, EventLogModel::Summary);
        QCOMPARE(filtered.mapFromSource(filtered.mapToSource(p)), p);
        QCOMPARE(filtered.mapToSource(p).data().toString(), p.data().toString());
        QVERIFY(!filtered.mapFromSource(log.index(0, 0)).isValid()); // "message 60" does not match
        filtered.setFilter({});
        QCOMPARE(filtered.rowCount(), 100);
        log.clear();
        QCOMPARE(filtered.rowCount(), 0);
    }
};

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
