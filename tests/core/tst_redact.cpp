#include "core/Redact.h"

#include <QJsonArray>
#include <QTest>

class TestRedact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("mustNotContain");

        const QString token
            = QStringLiteral("MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123");
        QTest::newRow("bot token alone") << token << QString() << token;
        QTest::newRow("authorization header") << QStringLiteral("Authorization: Bot sekrit-token-1234")
                                              << QString() << QStringLiteral("sekrit-token-1234");
        QTest::newRow("interaction path")
            << QStringLiteral("POST /api/v10/interactions/123/aW50ZXJhY3Rpb246/callback") << QString()
            << QStringLiteral("aW50ZXJhY3Rpb246");
        QTest::newRow("webhook path") << QStringLiteral("PATCH /webhooks/42/tok.en-xyz/messages/@original")
                                      << QString() << QStringLiteral("tok.en-xyz");
        QTest::newRow("explicit secret") << QStringLiteral("using abc123secret now")
                                         << QStringLiteral("abc123secret") << QStringLiteral("abc123secret");
    }

    void text()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, mustNotContain);
        const QString out = bw::redactText(input, secret);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY(out.contains(bw::kRedacted));
    }

    void leavesOrdinaryTextAlone()
    {
        const QString text = QStringLiteral("GET /api/v10/channels/1234567890123456789/messages 200");
        QCOMPARE(bw::redactText(text), text);
    }

    void json()
    {
        QJsonObject identify {{QStringLiteral("op"), 2},
                              {QStringLiteral("d"),
                               QJsonObject {{QStringLiteral("token"), QStringLiteral("abc")},
                                            {QStringLiteral("intents"), 513}}}};
        QJsonObject nested {{QStringLiteral("list"), QJsonArray {identify}}};
        const QJsonObject out = bw::redactJson(nested);
        const QJsonObject d
            = out[QStringLiteral("list")].toArray().at(0).toObject()[QStringLiteral("d")].toObject();
        QCOMPARE(d[QStringLiteral("token")].toString(), QString(bw::kRedacted));
        QCOMPARE(d[QStringLiteral("intents")].toInt(), 513);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
