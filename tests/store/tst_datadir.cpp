#include "store/DataDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bw;
using namespace bw::store;

class TestDataDir : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("botwright-tst-datadir"));
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("BOTWRIGHT_DATA_DIR");
    }

    void cleanup() { qunsetenv("BOTWRIGHT_DATA_DIR"); }

    void argumentWinsOverEnvironment()
    {
        QTemporaryDir root;
        const QString fromArgument = root.filePath(QStringLiteral("arg/nested"));
        const QString fromEnv = root.filePath(QStringLiteral("env"));
        qputenv("BOTWRIGHT_DATA_DIR", fromEnv.toLocal8Bit());
        auto resolved = DataDir::resolve(fromArgument);
        QVERIFY(resolved.ok());
        QCOMPARE(*resolved, fromArgument);
        QVERIFY(QFileInfo(fromArgument).isDir()); // created, with its parent
        QVERIFY(!QFileInfo::exists(fromEnv));
    }

    void environmentWinsOverDefault()
    {
        QTemporaryDir root;
        const QString fromEnv = root.filePath(QStringLiteral("env"));
        qputenv("BOTWRIGHT_DATA_DIR", fromEnv.toLocal8Bit());
        auto resolved = DataDir::resolve();
        QVERIFY(resolved.ok());
        QCOMPARE(*resolved, fromEnv);
        QVERIFY(QFileInfo(fromEnv).isDir());
        // An empty argument means "not given".
        QCOMPARE(DataDir::resolve(QString()).valueOr({}), fromEnv);
    }

    void defaultIsAppDataLocation()
    {
        const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(expected.contains(QLatin1StringView("qttest"))); // test mode: never the user's real data
        QVERIFY(expected.endsWith(QLatin1StringView("botwright-tst-datadir")));
        QDir(expected).removeRecursively();
        auto resolved = DataDir::resolve();
        QVERIFY(resolved.ok());
        QCOMPARE(*resolved, QDir::cleanPath(expected));
        QVERIFY(QFileInfo(expected).isDir());
        QDir(expected).removeRecursively();
    }

    void relativeArgumentBecomesAbsolute()
    {
        QTemporaryDir root;
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(root.path()));
        auto resolved = DataDir::resolve(QStringLiteral("rel/./data"));
        QDir::setCurrent(previous);
        QVERIFY(resolved.ok());
        QCOMPARE(*resolved, QDir::cleanPath(root.filePath(QStringLiteral("rel/data"))));
    }

    void fileInTheWayIsAnError()
    {
        QTemporaryDir root;
        const QString file = root.filePath(QStringLiteral("taken"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto resolved = DataDir::resolve(file);
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().kind, Error::Kind::Io);
        QVERIFY(resolved.error().message.contains(file));
    }

    void databasePathIsInside()
    {
        QCOMPARE(DataDir::databasePath(QStringLiteral("/tmp/x")), QStringLiteral("/tmp/x/botwright.db"));
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
