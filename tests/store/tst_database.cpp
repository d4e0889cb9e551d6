#include "StoreTestSupport.h"
#include "store/Migrations.h"
#include "store/ProfileStore.h"
#include "store/Sql.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace bw;
using namespace bw::store;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static qint64 countProfiles(const Database &db)
    {
        auto count = sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM profiles"),
                                 QStringLiteral("count"));
        return count ? count->toLongLong() : -1;
    }
    static Result<Profile> addProfile(Database &db, const QString &name)
    {
        Profile profile;
        profile.name = name;
        return ProfileStore(db).save(profile);
    }

private Q_SLOTS:
    void freshFileGetsLatestSchemaAndSettings()
    {
        QTemporaryDir dir;
        auto opened = Database::openInDirectory(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        Database &db = **opened;
        QCOMPARE(db.path(), dir.filePath(QStringLiteral("botwright.db")));
        QVERIFY(QFile::exists(db.path()));
        QCOMPARE(db.schemaVersion().valueOr(-1), Migrations::latestVersion());

        const QSqlDatabase c = db.connection();
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA journal_mode"), {}).valueOr({}).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys"), {}).valueOr({}).toInt(), 1);
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA synchronous"), {}).valueOr({}).toInt(), 1); // NORMAL
        QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout"), {}).valueOr({}).toInt(), 5000);
        for (const QString &table :
             {QStringLiteral("profiles"), QStringLiteral("views"), QStringLiteral("bindings"),
              QStringLiteral("tasks"), QStringLiteral("task_runs"), QStringLiteral("events")}) {
            QVERIFY2(c.tables().contains(table), qPrintable(table));
        }
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.db"));
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(addProfile(*db, QStringLiteral("first")).ok());
            QVERIFY(addProfile(*db, QStringLiteral("second")).ok());
        }
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(countProfiles(*db), 2);
        auto second = ProfileStore(*db).byName(QStringLiteral("second"));
        QVERIFY(second.ok());
        QCOMPARE(second->name, QStringLiteral("second"));
        QCOMPARE(db->schemaVersion().valueOr(-1), Migrations::latestVersion());
    }

    void transactionCommitsOrRollsBack()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(QStringLiteral("tx.db")));
        QVERIFY(db);

        Result<void> failed = db->transaction([&]() -> Result<void> {
            if (auto added = addProfile(*db, QStringLiteral("rolled back")); !added)
                return added.error();
            return Error::make(Error::Kind::Generic, QStringLiteral("changed my mind"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("changed my mind"));
        QCOMPARE(countProfiles(*db), 0);

        Result<qint64> committed = db->transaction([&]() -> Result<qint64> {
            auto added = addProfile(*db, QStringLiteral("kept"));
            if (!added)
                return added.error();
            return added->id;
        });
        QVERIFY(committed.ok());
        QVERIFY(*committed > 0);
        QCOMPARE(countProfiles(*db), 1);

        // A failing inner transaction undoes only its own work.
        Result<void> outer = db->transaction([&]() -> Result<void> {
            if (auto added = addProfile(*db, QStringLiteral("outer")); !added)
                return added.error();
            Result<void> inner = db->transaction([&]() -> Result<void> {
                if (auto added = addProfile(*db, QStringLiteral("inner")); !added)
                    return added.error();
                return Error::make(Error::Kind::Generic, QStringLiteral("inner fails"));
            });
            if (inner.ok())
                return Error::make(Error::Kind::Generic, QStringLiteral("inner should have failed"));
            return {};
        });
        QVERIFY2(outer.ok(), qPrintable(outer.ok() ? QString() : outer.error().toString()));
        QCOMPARE(countProfiles(*db), 2);
        QVERIFY(ProfileStore(*db).byName(QStringLiteral("outer")).ok());
        QCOMPARE(ProfileStore(*db).byName(QStringLiteral("inner")).error().kind, Error::Kind::NotFound);

        // The connection is usable for a new transaction afterwards.
        QVERIFY(db->transaction([&]() -> Result<void> {
                      return addProfile(*db, QStringLiteral("after")).ok() ? Result<void>() : Error {};
                  }).ok());
        QCOMPARE(countProfiles(*db), 3);
    }

    void writeFromAnotherThreadIsSeen()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(QStringLiteral("threads.db")));
        QVERIFY(db);
        const QString mainName = db->connectionName();

        QString workerName;
        QString workerError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            workerName = db->connectionName();
            auto added = addProfile(*db, QStringLiteral("from worker"));
            if (!added)
                workerError = added.error().toString();
            else if (!QSqlDatabase::contains(workerName))
                workerError = QStringLiteral("no named connection for the worker");
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        // The worker's connection went away with its thread.
        QVERIFY(!QSqlDatabase::contains(workerName));

        auto seen = ProfileStore(*db).byName(QStringLiteral("from worker"));
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().toString()));
    }

    void concurrentWritersWaitForEachOther()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(QStringLiteral("busy.db")));
        QVERIFY(db);
        constexpr int perThread = 100;
        QString workerError;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            for (int i = 0; i < perThread && workerError.isEmpty(); ++i) {
                auto added = addProfile(*db, QStringLiteral("w%1").arg(i));
                if (!added)
                    workerError = added.error().toString();
            }
        }));
        worker->start();
        for (int i = 0; i < perThread; ++i) {
            auto added = db->transaction([&] { return addProfile(*db, QStringLiteral("m%1").arg(i)); });
            QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        }
        QVERIFY(worker->wait(60000));
        QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
        QCOMPARE(countProfiles(*db), 2 * perThread);
    }

    void destroyingRemovesEveryConnection()
    {
        QTemporaryDir dir;
        QString name;
        {
            auto db = test::openDatabase(dir.filePath(QStringLiteral("gone.db")));
            QVERIFY(db);
            name = db->connectionName();
            QVERIFY(QSqlDatabase::contains(name));
        }
        QVERIFY(!QSqlDatabase::contains(name));
        // Two databases at once use different connections.
        auto a = test::openDatabase(dir.filePath(QStringLiteral("a.db")));
        auto b = test::openDatabase(dir.filePath(QStringLiteral("b.db")));
        QVERIFY(a && b);
        QVERIFY(a->connectionName() != b->connectionName());
        QVERIFY(addProfile(*a, QStringLiteral("only in a")).ok());
        QCOMPARE(countProfiles(*a), 1);
        QCOMPARE(countProfiles(*b), 0);
    }

    void databaseDestroyedBeforeItsWorkerThreadEnds()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(QStringLiteral("early.db")));
        QVERIFY(db);
        QSemaphore used;
        QSemaphore mayFinish;
        QString workerName;
        bool workerWrote = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            workerName = db->connectionName();
            workerWrote = addProfile(*db, QStringLiteral("early")).ok();
            used.release();
            mayFinish.acquire();
        }));
        worker->start();
        used.acquire();
        QVERIFY(workerWrote);
        QVERIFY(QSqlDatabase::contains(workerName));
        db.reset(); // removes the worker's connection too
        QVERIFY(!QSqlDatabase::contains(workerName));
        mayFinish.release();
        QVERIFY(worker->wait(30000)); // the thread-exit hook must cope with the Database being gone
    }

    void hotQueriesUseIndexes()
    {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(QStringLiteral("plans.db")));
        QVERIFY(db);
        const auto plan = [&](const QString &statement) {
            QSqlQuery query(db->connection());
            if (!query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement))
                return query.lastError().text();
            QStringList details;
            while (query.next())
                details << query.value(3).toString();
            return details.join(QStringLiteral(" | "));
        };
        const QString eventsByTs = plan(QStringLiteral(
            "SELECT * FROM events WHERE ts >= 1 AND ts <= 2 ORDER BY ts DESC, id DESC LIMIT 10"));
        QVERIFY2(eventsByTs.contains(QLatin1StringView("events_by_ts")), qPrintable(eventsByTs));
        QVERIFY2(!eventsByTs.contains(QLatin1StringView("TEMP B-TREE")), qPrintable(eventsByTs));
        const QString purge = plan(QStringLiteral("DELETE FROM events WHERE ts < 5"));
        QVERIFY2(purge.contains(QLatin1StringView("events_by_ts")), qPrintable(purge));
        const QString bindingsByView
            = plan(QStringLiteral("SELECT * FROM bindings WHERE view_id = 1 AND deleted_at IS NULL"));
        QVERIFY2(bindingsByView.contains(QLatin1StringView("bindings_by_view")), qPrintable(bindingsByView));
        const QString viewsByProfile
            = plan(QStringLiteral("SELECT * FROM views WHERE profile_id = 1 ORDER BY name"));
        QVERIFY2(viewsByProfile.contains(QLatin1StringView("INDEX")), qPrintable(viewsByProfile));
        QVERIFY2(!viewsByProfile.contains(QLatin1StringView("TEMP B-TREE")), qPrintable(viewsByProfile));
        const QString restore
            = plan(QStringLiteral("SELECT b.* FROM views v JOIN bindings b ON b.view_id = v.id "
                                  "WHERE v.profile_id = 1 AND b.deleted_at IS NULL"));
        QVERIFY2(restore.contains(QLatin1StringView("bindings_by_view")), qPrintable(restore));
        QVERIFY2(!restore.contains(QLatin1StringView("SCAN b")), qPrintable(restore));
        const QString runs
            = plan(QStringLiteral("SELECT * FROM task_runs WHERE task_id = 1 ORDER BY started DESC"));
        QVERIFY2(runs.contains(QLatin1StringView("task_runs_by_task")), qPrintable(runs));
    }

    void notADatabaseIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("this is not a database, it is a shopping list\n").repeated(200));
        }
        const QByteArray before = test::sha256(path);
        Database::Options options;
        options.path = path;
        auto opened = Database::open(options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Io);
        QVERIFY2(opened.error().message.contains(QLatin1StringView("not a database")),
                 qPrintable(opened.error().message));
        QCOMPARE(test::sha256(path), before);
    }

    void unopenablePathIsAnIoError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Database::Options options;
        options.path
            = dir.filePath(QStringLiteral("file/sub/botwright.db")); // a file where a directory should be
        auto opened = Database::open(options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
