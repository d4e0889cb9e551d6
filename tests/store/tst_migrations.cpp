#include "StoreTestSupport.h"
#include "store/BindingStore.h"
#include "store/CommandStore.h"
#include "store/Migrations.h"
#include "store/ProfileStore.h"
#include "store/SentMessageStore.h"
#include "store/Sql.h"
#include "store/TaskStore.h"
#include "store/ViewStore.h"

#include <QFile>
#include <QTemporaryDir>

using namespace bw;
using namespace bw::store;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // Builds a schema-1 file from the text dump in tests/data.
    static bool buildV1(const QString &path)
    {
        QFile dump(QStringLiteral(BOTWRIGHT_TEST_DATA_DIR "/schema-v1.sql"));
        if (!dump.open(QIODevice::ReadOnly)) {
            qWarning() << "cannot read" << dump.fileName();
            return false;
        }
        test::RawConnection raw(path);
        if (!raw.isOpen())
            return false;
        const QString error = raw.execScript(QString::fromUtf8(dump.readAll()));
        if (!error.isEmpty()) {
            qWarning().noquote() << error;
            return false;
        }
        return raw.value(QStringLiteral("PRAGMA user_version")).toInt() == 1;
    }

    // Builds a schema-2 file from the text dump in tests/data.
    static bool buildV2(const QString &path)
    {
        QFile dump(QStringLiteral(BOTWRIGHT_TEST_DATA_DIR "/schema-v2.sql"));
        if (!dump.open(QIODevice::ReadOnly))
            return false;
        test::RawConnection raw(path);
        if (!raw.isOpen())
            return false;
        const QString error = raw.execScript(QString::fromUtf8(dump.readAll()));
        if (!error.isEmpty()) {
            qWarning().noquote() << error;
            return false;
        }
        return raw.value(QStringLiteral("PRAGMA user_version")).toInt() == 2;
    }

    static QStringList columns(const test::RawConnection &raw, const QString &table)
    {
        QStringList names;
        QSqlQuery query(raw.db());
        query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

private Q_SLOTS:
    void migratesV1FixtureToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        QVERIFY(buildV1(path));

        auto db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion().valueOr(-1), Migrations::latestVersion());

        auto profiles = ProfileStore(*db).list();
        QVERIFY(profiles.ok());
        QCOMPARE(profiles->size(), 2);
        auto proxy = ProfileStore(*db).byName(QStringLiteral("Proxy bot"));
        QVERIFY(proxy.ok());
        QCOMPARE(proxy->id, 2);
        QCOMPARE(proxy->applicationId, QStringLiteral("1100000000000000002"));
        QCOMPARE(proxy->intents, 33281);
        QCOMPARE(proxy->target, Profile::Target::Custom);
        QCOMPARE(proxy->apiBase, QStringLiteral("http://127.0.0.1:8080/api/v10"));
        QCOMPARE(proxy->shardCount, 4);
        QCOMPARE(proxy->shardIds, QStringLiteral("0-1"));
        QCOMPARE(proxy->publicKey, QString()); // added by schema 2
        QCOMPARE(proxy->created.toMSecsSinceEpoch(), 1700000100000);
        QCOMPARE(proxy->updated.toMSecsSinceEpoch(), 1700000200000);

        auto counter = ViewStore(*db).byName(1, QStringLiteral("counter"));
        QVERIFY(counter.ok());
        QCOMPARE(counter->kind, ViewRecord::Kind::Bound);
        QVERIFY(!counter->timeoutSeconds.has_value());
        QCOMPARE(counter->payload.value(QStringLiteral("content")).toString(),
                 QStringLiteral("Count: {state.count}"));
        QVERIFY(counter->actions.contains(QStringLiteral("inc")));
        auto help = ViewStore(*db).byName(1, QStringLiteral("help"));
        QVERIFY(help.ok());
        QCOMPARE(help->timeoutSeconds.value_or(-1), 300);

        auto bindings = BindingStore(*db).listActiveForProfile(1);
        QVERIFY(bindings.ok());
        QCOMPARE(bindings->size(), 2);
        auto first = BindingStore(*db).byMessageId(QStringLiteral("1200000000000000001"));
        QVERIFY(first.ok());
        QCOMPARE(first->state, QByteArray(R"({"count":3})"));
        QCOMPARE(first->channelId, QStringLiteral("1000000000000000010"));
        QVERIFY(first->isActive());
        QCOMPARE(first->lastUsed.toMSecsSinceEpoch(), 1700000600000);

        // The tables added by schema 2 work, including the cascade from profiles.
        TaskRecord task;
        task.profileId = 1;
        task.name = QStringLiteral("daily");
        QVERIFY(TaskStore(*db).save(task).ok());
        QVERIFY(BindingStore(*db).remove(QStringLiteral("1200000000000000002")).ok());
        QCOMPARE(BindingStore(*db).listActiveByView(1)->size(), 1);

        auto integrity = sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check"), {});
        QCOMPARE(integrity.valueOr({}).toString(), QStringLiteral("ok"));
    }

    void migratedSchemaEqualsFreshSchema()
    {
        QTemporaryDir dir;
        const QString migratedPath = dir.filePath(QStringLiteral("migrated.db"));
        const QString freshPath = dir.filePath(QStringLiteral("fresh.db"));
        QVERIFY(buildV1(migratedPath));
        QVERIFY(test::openDatabase(migratedPath));
        QVERIFY(test::openDatabase(freshPath));

        // Columns (name, type, not null, default, key), indexes and their columns, foreign keys.
        const auto describe = [](const QString &path) {
            test::RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
            QStringList lines;
            QSqlQuery tables(raw.db());
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : std::as_const(names)) {
                QSqlQuery q(raw.db());
                q.prepare(QStringLiteral(
                    "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"));
                q.addBindValue(table);
                q.exec();
                while (q.next()) {
                    lines << QStringLiteral("%1.%2 %3 nn=%4 d=%5 pk=%6")
                                 .arg(table, q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), q.value(3).toString(), q.value(4).toString());
                }
                q.prepare(
                    QStringLiteral("SELECT il.name, il.\"unique\", il.partial, group_concat(ii.name) FROM "
                                   "pragma_index_list(?1) il, pragma_index_info(il.name) ii GROUP BY il.name "
                                   "ORDER BY il.name"));
                q.addBindValue(table);
                q.exec();
                while (q.next()) {
                    lines << QStringLiteral("%1 index %2 unique=%3 partial=%4 (%5)")
                                 .arg(table, q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), q.value(3).toString());
                }
                q.prepare(QStringLiteral(
                    "SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)"));
                q.addBindValue(table);
                q.exec();
                while (q.next()) {
                    lines << QStringLiteral("%1 fk %2 -> %3.%4 on delete %5")
                                 .arg(table, q.value(1).toString(), q.value(0).toString(),
                                      q.value(2).toString(), q.value(3).toString());
                }
            }
            return lines;
        };
        const QStringList fresh = describe(freshPath);
        QVERIFY(fresh.size() > 40);
        QVERIFY2(fresh.filter(QStringLiteral(" index ")).size() >= 8,
                 qPrintable(fresh.join(QLatin1Char(QChar::LineFeed))));
        QCOMPARE(fresh.filter(QStringLiteral(" fk ")).size(), 8);
        QCOMPARE(describe(migratedPath), fresh);
    }

    void newerDatabaseIsRefusedAndLeftByteIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        {
            // A rollback-journal file, so that switching it to WAL would rewrite its header.
            test::RawConnection raw(path);
            QVERIFY(raw.isOpen());
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE future (id INTEGER PRIMARY KEY, what TEXT)")),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("INSERT INTO future (what) VALUES ('from the future')")),
                     QString());
            QCOMPARE(raw.exec(QStringLiteral("PRAGMA user_version = 9")), QString());
            QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        }
        const QByteArray before = test::sha256(path);
        QVERIFY(!before.isEmpty());

        for (bool readOnly : {false, true}) {
            Database::Options options;
            options.path = path;
            options.readOnly = readOnly;
            auto opened = Database::open(options);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, Error::Kind::InvalidInput);
            QCOMPARE(opened.error().message,
                     QStringLiteral(
                         "botwright.db was written by a newer Botwright (schema 9; this version knows up "
                         "to %1). It was left untouched.")
                         .arg(Migrations::latestVersion()));
            QCOMPARE(test::sha256(path), before);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
            QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        }
        test::RawConnection raw(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
        QCOMPARE(raw.value(QStringLiteral("SELECT what FROM future")).toString(),
                 QStringLiteral("from the future"));
    }

    void failingMigrationRollsBackAndReports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        QVERIFY(buildV1(path));
        {
            // Something in the way of schema 2: a table with the name it wants to create.
            test::RawConnection raw(path);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE tasks (whatever TEXT)")), QString());
        }

        Database::Options options;
        options.path = path;
        auto opened = Database::open(options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Io);
        const QString message = opened.error().message;
        QVERIFY2(message.startsWith(QLatin1StringView("Could not upgrade botwright.db from schema 1 to 2: ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QLatin1StringView("table tasks already exists")), qPrintable(message));
        QVERIFY2(message.endsWith(QLatin1StringView("The database was left at schema 1.")),
                 qPrintable(message));

        {
            // Nothing of step 2 stayed: not the columns added before the failing statement, not the version.
            test::RawConnection raw(path);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
            QVERIFY(!columns(raw, QStringLiteral("profiles")).contains(QStringLiteral("public_key")));
            QVERIFY(!columns(raw, QStringLiteral("bindings")).contains(QStringLiteral("deleted_at")));
            QCOMPARE(raw.value(QStringLiteral("SELECT COUNT(*) FROM bindings")).toInt(), 2);
            QCOMPARE(raw.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(raw.exec(QStringLiteral("DROP TABLE tasks")), QString());
        }

        // Once the obstacle is gone the same file upgrades.
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion().valueOr(-1), Migrations::latestVersion());
        QCOMPARE(BindingStore(*db).listActiveByView(1)->size(), 2);
    }

    void migratesV2FixtureToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        QVERIFY(buildV2(path));
        auto db = test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion().valueOr(-1), Migrations::latestVersion());

        // Schema 2's data is kept.
        auto sandbox = ProfileStore(*db).byName(QStringLiteral("Sandbox bot"));
        QVERIFY(sandbox.ok());
        QCOMPARE(sandbox->publicKey,
                 QStringLiteral("b1ef0c2f6b6e7fd5d2b3f0b7a0c6e6c8f9e2d1a3b4c5d6e7f8091a2b3c4d5e6f"));
        QCOMPARE(TaskStore(*db).list(1)->size(), 1);
        QCOMPARE(BindingStore(*db).listActiveForProfile(1)->size(), 2);

        // Schema 3's tables work, with their constraints and the cascade from profiles.
        CommandStore commands(*db);
        CommandRecord ping;
        ping.profileId = 2;
        ping.definition = QJsonObject {{QStringLiteral("name"), QStringLiteral("ping")},
                                       {QStringLiteral("description"), QStringLiteral("Pong")}};
        QVERIFY(commands.save(ping).ok());
        CommandSyncRecord sync;
        sync.profileId = 2;
        sync.applicationId = QStringLiteral("1100000000000000002");
        sync.hash = QStringLiteral("abc");
        QVERIFY(commands.saveSyncState(sync).ok());
        InteractionSettingsRecord http;
        http.profileId = 2;
        http.mode = InteractionSettingsRecord::Mode::Both;
        QVERIFY(commands.saveInteractionSettings(http).ok());
        QCOMPARE(commands.interactionSettings(2)->mode, InteractionSettingsRecord::Mode::Both);
        QVERIFY(ProfileStore(*db).remove(2).ok());
        QCOMPARE(commands.list(2)->size(), 0);
        QVERIFY(!commands.syncState(2, sync.applicationId, {})->has_value());
        QCOMPARE(commands.interactionSettings(2)->mode, InteractionSettingsRecord::Mode::Gateway);

        // Schema 4's sent messages: recorded per view, gone with the view.
        SentMessageStore sent(*db);
        SentMessageRecord message;
        message.messageId = QStringLiteral("1300000000000000001");
        message.channelId = QStringLiteral("1200000000000000001");
        message.viewId = 1;
        QVERIFY(sent.record(message).ok());
        message.viewId = 999;
        QCOMPARE(sent.record(message).error().kind, Error::Kind::NotFound);
        QCOMPARE(sent.listByView(1)->size(), 1);
        QVERIFY(ViewStore(*db).remove(1).ok());
        QCOMPARE(sent.listByView(1)->size(), 0);
        QCOMPARE(db->checkIntegrity().ok(), true);
    }

    void failingStep3RollsBackToSchema2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        QVERIFY(buildV2(path));
        {
            test::RawConnection raw(path);
            QCOMPARE(raw.exec(QStringLiteral("CREATE TABLE interaction_settings (x TEXT)")), QString());
        }
        Database::Options options;
        options.path = path;
        auto opened = Database::open(options);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.startsWith(
                     QLatin1StringView("Could not upgrade botwright.db from schema 2 to 3: ")),
                 qPrintable(opened.error().message));
        test::RawConnection raw(path);
        QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        // The tables created before the failing statement were rolled back too.
        QCOMPARE(
            raw.value(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'commands'")).toInt(),
            0);
    }

    void readOnlyOldSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("botwright.db"));
        QVERIFY(buildV1(path));
        const QByteArray before = test::sha256(path);
        auto db = test::openDatabase(path, nullptr, /*readOnly=*/true);
        QVERIFY(!db);
        QCOMPARE(test::sha256(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
