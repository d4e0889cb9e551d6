#include "discord/Snowflake.h"

#include <QTest>

using bw::discord::Snowflake;

class TestSnowflake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timestampFromDocs()
    {
        // The example from Discord's reference: 175928847299117063 was made 2016-04-30 11:18:25.796 UTC.
        const Snowflake id = Snowflake::fromString(u"175928847299117063");
        QCOMPARE(id.timestamp(),
                 QDateTime::fromString(QStringLiteral("2016-04-30T11:18:25.796Z"), Qt::ISODateWithMs));
    }

    void roundTripThroughTime()
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1'763'000'000'123, Qt::UTC);
        const Snowflake id = Snowflake::fromTime(t, 7);
        QCOMPARE(id.timestamp(), t);
        QCOMPARE(id.value() & 0xfff, 7u);
        QCOMPARE(id.toString().size(), 19); // libraries treat only 17-19 digit numbers as ids
    }

    void json()
    {
        QCOMPARE(Snowflake::fromJson(QJsonValue(QStringLiteral("42"))).value(), 42u);
        QVERIFY(Snowflake::fromJson(QJsonValue(QStringLiteral("x42"))).isNull());
        QVERIFY(Snowflake::fromJson(QJsonValue()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSnowflake)
#include "tst_snowflake.moc"
