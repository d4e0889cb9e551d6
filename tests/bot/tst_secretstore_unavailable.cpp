// With no secret service on the bus, SecretStore says so and keeps nothing unless the user opts into memory.
#include "bot/SecretStore.h"

#include <QTest>
#include <qcoro/qcorotask.h>

using bw::Error;
using bw::SecretStore;

class TestSecretStoreUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsUnavailable()
    {
        SecretStore store;
        QVERIFY(!QCoro::waitFor(store.probe()));
        const auto written = QCoro::waitFor(store.writeToken(QStringLiteral("p"), QStringLiteral("t")));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Unavailable);
        QVERIFY(!written.error().message.isEmpty());
    }

    void memoryFallbackIsExplicitAndForThisRunOnly()
    {
        SecretStore store;
        store.setMemoryFallback(true);
        QVERIFY(QCoro::waitFor(store.writeToken(QStringLiteral("p"), QStringLiteral("t"))).ok());
        QCOMPARE(QCoro::waitFor(store.readToken(QStringLiteral("p"))).value(), QStringLiteral("t"));
        store.setMemoryFallback(false);
        QVERIFY(!QCoro::waitFor(store.readToken(QStringLiteral("p"))).ok());

        SecretStore another; // a new run does not see it
        another.setMemoryFallback(true);
        QCOMPARE(QCoro::waitFor(another.readToken(QStringLiteral("p"))).error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreUnavailable)
#include "tst_secretstore_unavailable.moc"
