#include "StoreTestSupport.h"
#include "store/BindingStore.h"
#include "store/EventStore.h"
#include "store/ProfileStore.h"
#include "store/Sql.h"
#include "store/ViewStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <unistd.h>

using namespace bw;
using namespace bw::store;

// Failing writes: a read-only file and a full disk must report an Error, keep the old data and leave a
// valid file behind.
//
// Read-only: the file is chmod 0444, but tests may run as root, where permissions do not stop writes.
// So the Database is opened with Options::readOnly (SQLITE_OPEN_READONLY through Qt's
// QSQLITE_OPEN_READONLY connect option), which SQLite enforces for every user. When the test does not
// run as root it also checks that a normal open of the 0444 file cannot write either.
// Full disk: PRAGMA max_page_count on the connection caps the file at its current size.
class TestStorageFailures : public QObject
{
    Q_OBJECT

private:
    static QList<EventRecord> events(int count, qint64 firstTs, int payloadBytes)
    {
        QList<EventRecord> list;
        list.reserve(count);
        const QByteArray payload = "{\"d\":\"" + QByteArray(payloadBytes, 'x') + "\"}";
        for (int i = 0; i < count; ++i) {
            EventRecord event;
            event.tsMs = firstTs + i;
            event.kind = QStringLiteral("MESSAGE_CREATE");
            event.summary = QStringLiteral("event %1").arg(i);
            event.json = payload;
            list.append(event);
        }
        return list;
    }

    // A database with one profile, one bound view, one binding and 100 events.
    static bool seed(Database &db)
    {
        Profile profile;
        profile.name = QStringLiteral("kept");
        auto saved = ProfileStore(db).save(profile);
        if (!saved)
            return false;
        ViewRecord view;
        view.profileId = saved->id;
        view.name = QStringLiteral("counter");
        view.kind = ViewRecord::Kind::Bound;
        auto savedView = ViewStore(db).save(view);
        if (!savedView)
            return false;
        BindingRecord binding;
        binding.messageId = QStringLiteral("42");
        binding.channelId = QStringLiteral("7");
        binding.viewId = savedView->id;
        binding.state = R"({"count":1})";
        return BindingStore(db).upsert(binding).ok()
            && EventStore(db).insertBatch(events(100, 1000, 10)).ok();
    }

    static void verifySeed(Database &db)
    {
        QVERIFY(ProfileStore(db).byName(QStringLiteral("kept")).ok());
        auto binding = BindingStore(db).byMessageId(QStringLiteral("42"));
        QVERIFY(binding.ok());
        QCOMPARE(binding->state, QByteArray(R"({"count":1})"));
        QCOMPARE(EventStore(db).count().valueOr(-1), 100);
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check"), {}).valueOr({}).toString(),
            QStringLiteral("ok"));
        QVERIFY(db.checkIntegrity().ok());
    }

    static void expectIoError(const Result<void> &result, const char *needle)
    {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Io);
        QVERIFY2(result.error().message.contains(QLatin1StringView(needle)),
                 qPrintable(result.error().message));
    }

private Q_SLOTS:
    void readOnlyFileReportsErrorsAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(seed(*db));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = test::sha256(path);
        {
            auto db = test::openDatabase(path, nullptr, /*readOnly=*/true);
            QVERIFY(db);
            QVERIFY(db->isReadOnly());
            Profile another;
            another.name = QStringLiteral("new");
            auto saved = ProfileStore(*db).save(another);
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().kind, Error::Kind::Io);
            QVERIFY2(saved.error().message.contains(QLatin1StringView("readonly")),
                     qPrintable(saved.error().message));
            expectIoError(BindingStore(*db).upsertState(QStringLiteral("42"), R"({"count":2})"), "readonly");
            expectIoError(EventStore(*db).insertBatch(events(10, 5000, 10)), "readonly");
            verifySeed(*db);
        }
        QCOMPARE(test::sha256(path), before);

        if (::geteuid() != 0) {
            // Without root, the permissions alone stop writes through a normal open.
            Database::Options options;
            options.path = path;
            auto opened = Database::open(options);
            if (opened.ok()) {
                Profile another;
                another.name = QStringLiteral("new");
                auto saved = ProfileStore(**opened).save(another);
                QVERIFY(!saved.ok());
                QCOMPARE(saved.error().kind, Error::Kind::Io);
            } else {
                QCOMPARE(opened.error().kind, Error::Kind::Io);
            }
        }

        QVERIFY(QFile::setPermissions(
            path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        auto db = test::openDatabase(path);
        QVERIFY(db);
        verifySeed(*db);
    }

    void damagedFileIsReportedByCheckIntegrity()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        qint64 pageSize = 0;
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(seed(*db));
            QVERIFY(EventStore(*db).insertBatch(events(2000, 5000, 200)).ok());
            pageSize = sql::scalar(db->connection(), QStringLiteral("PRAGMA page_size"), {})
                           .valueOr({})
                           .toLongLong();
        }
        {
            // Scribble over pages in the middle of the file (event rows and index pages), not the header.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / pageSize;
            QVERIFY(pages > 20);
            for (qint64 page = pages / 2; page < pages / 2 + 4; ++page) {
                QVERIFY(file.seek(page * pageSize + 16));
                file.write(QByteArray(int(pageSize) - 32, '\xA5'));
            }
        }
        auto db = test::openDatabase(path);
        QVERIFY(db);
        auto checked = db->checkIntegrity();
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, Error::Kind::Io);
        qInfo().noquote() << "reported:" << checked.error().toString().left(300);
    }

    void fullDiskReportsErrorsAndKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        {
            auto db = test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(seed(*db));

            const QSqlDatabase c = db->connection();
            const qint64 pages
                = sql::scalar(c, QStringLiteral("PRAGMA page_count"), {}).valueOr({}).toLongLong();
            QVERIFY(pages > 0);
            const qint64 max = sql::scalar(c, QStringLiteral("PRAGMA max_page_count = %1").arg(pages), {})
                                   .valueOr({})
                                   .toLongLong();
            QCOMPARE(max, pages);

            // 2,000 events of 2 KB cannot fit: the whole batch fails and none of it stays.
            expectIoError(EventStore(*db).insertBatch(events(2000, 10000, 2048)), "full");
            // A big state update fails too and the old state stays.
            const QByteArray bigState = "{\"blob\":\"" + QByteArray(512 * 1024, 'y') + "\"}";
            expectIoError(BindingStore(*db).upsertState(QStringLiteral("42"), bigState), "full");
            verifySeed(*db);
            // Small writes that fit in free space still work: the connection is not broken.
            QVERIFY(BindingStore(*db).touch(QStringLiteral("42")).ok());
        }
        auto db = test::openDatabase(path);
        QVERIFY(db);
        verifySeed(*db);
        // max_page_count belonged to the old connection: the reopened file takes the batch.
        QVERIFY(EventStore(*db).insertBatch(events(2000, 10000, 2048)).ok());
        QCOMPARE(EventStore(*db).count().valueOr(-1), 2100);
    }
};

QTEST_GUILESS_MAIN(TestStorageFailures)
#include "tst_storagefailures.moc"
