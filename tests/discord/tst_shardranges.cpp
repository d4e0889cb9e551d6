// Unit tests of ShardManager::parseShardIds ("0-3,7").
#include "discord/ShardManager.h"

#include <QTest>

using namespace bw::discord;

class TestShardRanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("ids");
        QTest::newRow("range and single") << QStringLiteral("0-3,7") << 8 << QList<int> {0, 1, 2, 3, 7};
        QTest::newRow("spaces") << QStringLiteral(" 5 , 1 - 2 ") << 8 << QList<int> {1, 2, 5};
        QTest::newRow("overlap dedup") << QStringLiteral("0-2,1-3,2") << 4 << QList<int> {0, 1, 2, 3};
        QTest::newRow("empty = all") << QString() << 3 << QList<int> {0, 1, 2};
        QTest::newRow("all") << QStringLiteral("ALL") << 2 << QList<int> {0, 1};
        QTest::newRow("single") << QStringLiteral("0") << 1 << QList<int> {0};
        QTest::newRow("unknown count") << QStringLiteral("10-11") << 0 << QList<int> {10, 11};
    }
    void valid()
    {
        QFETCH(QString, spec);
        QFETCH(int, count);
        QFETCH(QList<int>, ids);
        auto r = ShardManager::parseShardIds(spec, count);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r.value(), ids);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("count");
        QTest::newRow("out of range") << QStringLiteral("0-4") << 4;
        QTest::newRow("backwards") << QStringLiteral("3-1") << 4;
        QTest::newRow("letters") << QStringLiteral("a") << 4;
        QTest::newRow("negative") << QStringLiteral("-1") << 4;
        QTest::newRow("empty item") << QStringLiteral("1,,2") << 4;
        QTest::newRow("open range") << QStringLiteral("1-") << 4;
    }
    void invalid()
    {
        QFETCH(QString, spec);
        QFETCH(int, count);
        auto r = ShardManager::parseShardIds(spec, count);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(spec.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestShardRanges)
#include "tst_shardranges.moc"
