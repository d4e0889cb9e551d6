// The keychain through a real secret service: gnome-keyring in a private D-Bus session (see with-keyring.sh).
#include "bot/SecretStore.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <qcoro/qcorotask.h>

using bw::Error;
using bw::SecretStore;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    // What the secret service holds for a key, asked through another client (libsecret's secret-tool),
    // so the test does not only check SecretStore against itself.
    static QString lookupWithSecretTool(const QString &key)
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("server"), QString(SecretStore::kService),
                 QStringLiteral("user"), key});
        if (!p.waitForFinished(10000))
            return QStringLiteral("<secret-tool hung>");
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run under with-keyring.sh");
    }

    void serviceIsAvailable()
    {
        SecretStore store;
        QVERIFY(QCoro::waitFor(store.probe()));
    }

    void writeReadOverwriteDelete()
    {
        SecretStore store;
        const QString key = QStringLiteral("test-profile");
        const QString first = QStringLiteral("first.token.value-1234567890");
        const QString second = QStringLiteral("second.token.value-0987654321");

        auto missing = QCoro::waitFor(store.readToken(key));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);

        QVERIFY(QCoro::waitFor(store.writeToken(key, first)).ok());
        auto read = QCoro::waitFor(store.readToken(key));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value(), first);

        QVERIFY(QCoro::waitFor(store.writeToken(key, second)).ok());
        QCOMPARE(QCoro::waitFor(store.readToken(key)).value(), second);

        QVERIFY(QCoro::waitFor(store.deleteToken(key)).ok());
        auto gone = QCoro::waitFor(store.readToken(key));
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
        // Deleting what is not there is not an error.
        QVERIFY(QCoro::waitFor(store.deleteToken(key)).ok());
    }

    void tokensAreSeparatePerProfile()
    {
        SecretStore store;
        QVERIFY(QCoro::waitFor(store.writeToken(QStringLiteral("a"), QStringLiteral("token-a"))).ok());
        QVERIFY(QCoro::waitFor(store.writeToken(QStringLiteral("b"), QStringLiteral("token-b"))).ok());
        QCOMPARE(QCoro::waitFor(store.readToken(QStringLiteral("a"))).value(), QStringLiteral("token-a"));
        QCOMPARE(QCoro::waitFor(store.readToken(QStringLiteral("b"))).value(), QStringLiteral("token-b"));
    }

    void rename()
    {
        SecretStore store;
        QVERIFY(QCoro::waitFor(store.writeToken(QStringLiteral("old"), QStringLiteral("moving-token"))).ok());
        QVERIFY(QCoro::waitFor(store.renameToken(QStringLiteral("old"), QStringLiteral("new"))).ok());
        QCOMPARE(QCoro::waitFor(store.readToken(QStringLiteral("new"))).value(),
                 QStringLiteral("moving-token"));
        QCOMPARE(QCoro::waitFor(store.readToken(QStringLiteral("old"))).error().kind, Error::Kind::NotFound);
    }

    void visibleToOtherSecretServiceClients()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        SecretStore store;
        QVERIFY(
            QCoro::waitFor(store.writeToken(QStringLiteral("shared"), QStringLiteral("seen-by-libsecret")))
                .ok());
        QCOMPARE(lookupWithSecretTool(QStringLiteral("shared")), QStringLiteral("seen-by-libsecret"));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
