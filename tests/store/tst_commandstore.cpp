// CommandStore on a real SQLite file: commands per scope, sync state per scope, interaction settings.
#include "StoreTestSupport.h"
#include "store/CommandStore.h"
#include "store/ProfileStore.h"

#include <QTemporaryDir>

using namespace bw;
using namespace bw::store;
using namespace Qt::StringLiterals;

class TestCommandStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    qint64 m_profile = 0;

    static CommandRecord command(qint64 profile, const QString &name, int type = 1, const QString &guild = {})
    {
        CommandRecord c;
        c.profileId = profile;
        c.guildId = guild;
        c.definition = QJsonObject {{u"name"_s, name}, {u"type"_s, type}};
        if (type == 1)
            c.definition.insert(u"description"_s, u"d"_s);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openDatabase(m_dir.filePath(u"c.db"_s), &m_clock);
        QVERIFY(m_db);
        Profile p;
        p.name = u"Bot %1"_s.arg(QString::fromLatin1(QTest::currentTestFunction()));
        auto saved = ProfileStore(*m_db).save(p);
        QVERIFY(saved.ok());
        m_profile = saved->id;
    }
    void cleanup() { m_db.reset(); }

    void saveListUpdateRemove()
    {
        CommandStore store(*m_db);
        CommandRecord ping = command(m_profile, u"ping"_s);
        ping.response = QJsonObject {{u"type"_s, u"reply"_s}, {u"reply"_s, u"Pong!"_s}};
        auto saved = store.save(ping);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->created, m_clock.now());
        QCOMPARE(saved->response.value(u"reply"_s).toString(), u"Pong!"_s);
        QVERIFY(store.save(command(m_profile, u"wait"_s)).ok());
        QVERIFY(store.save(command(m_profile, u"ping"_s, 1, u"1000"_s)).ok()); // same name, other scope
        QVERIFY(store.save(command(m_profile, u"ping"_s, 2)).ok()); // same name, other type

        auto all = store.list(m_profile);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->first().guildId, QString()); // global first
        QCOMPARE(all->last().guildId, u"1000"_s);

        m_clock.advance(1000);
        CommandRecord edited = saved.value();
        edited.definition.insert(u"name"_s, u"pong"_s);
        auto updated = store.save(edited);
        QVERIFY(updated.ok());
        QCOMPARE(updated->name(), u"pong"_s);
        QCOMPARE(updated->updated, m_clock.now());
        QCOMPARE(updated->created, saved->created);

        QVERIFY(store.remove(updated->id).ok());
        QCOMPARE(store.remove(updated->id).error().kind, Error::Kind::NotFound);
        QCOMPARE(store.list(m_profile)->size(), 3);
    }

    void duplicatesAndBadInputAreRefused()
    {
        CommandStore store(*m_db);
        QVERIFY(store.save(command(m_profile, u"ping"_s)).ok());
        auto dup = store.save(command(m_profile, u"ping"_s));
        QCOMPARE(dup.error().kind, Error::Kind::InvalidInput);
        QVERIFY(dup.error().message.contains(u"ping"_s));
        QCOMPARE(store.save(command(m_profile, QString())).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(store.save(command(m_profile, u"x"_s, 4)).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(store.save(command(m_profile + 100, u"y"_s)).error().kind, Error::Kind::NotFound);
        CommandRecord ghost = command(m_profile, u"z"_s);
        ghost.id = 999;
        QCOMPARE(store.save(ghost).error().kind, Error::Kind::NotFound);
    }

    void syncStatePerScope()
    {
        CommandStore store(*m_db);
        const QString app = u"1100"_s;
        QVERIFY(!store.syncState(m_profile, app, {})->has_value());
        CommandSyncRecord global;
        global.profileId = m_profile;
        global.applicationId = app;
        global.hash = u"h1"_s;
        global.commands = QJsonArray {QJsonObject {{u"id"_s, u"1"_s}}};
        QVERIFY(store.saveSyncState(global).ok());
        CommandSyncRecord guild = global;
        guild.guildId = u"42"_s;
        guild.hash = u"h2"_s;
        QVERIFY(store.saveSyncState(guild).ok());

        auto read = store.syncState(m_profile, app, {});
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE(read->value().hash, u"h1"_s);
        QCOMPARE(read->value().commands.size(), 1);
        QCOMPARE(read->value().synced, m_clock.now());
        QCOMPARE(store.syncState(m_profile, app, u"42"_s)->value().hash, u"h2"_s);
        QVERIFY(!store.syncState(m_profile, u"other app"_s, {})->has_value());

        global.hash = u"h3"_s; // upsert
        QVERIFY(store.saveSyncState(global).ok());
        QCOMPARE(store.syncState(m_profile, app, {})->value().hash, u"h3"_s);
        QCOMPARE(store.syncStates(m_profile)->size(), 2);
        QVERIFY(store.clearSyncState(m_profile, app, u"42"_s).ok());
        QCOMPARE(store.syncStates(m_profile)->size(), 1);
    }

    void interactionSettingsRoundTrip()
    {
        CommandStore store(*m_db);
        auto defaults = store.interactionSettings(m_profile);
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->mode, InteractionSettingsRecord::Mode::Gateway);
        QCOMPARE(defaults->port, 8080);
        QCOMPARE(defaults->path, u"/interactions"_s);
        InteractionSettingsRecord s = defaults.value();
        s.mode = InteractionSettingsRecord::Mode::Http;
        s.port = 9000;
        s.path = u"/hook"_s;
        s.timestampWindowSeconds = 10;
        QVERIFY(store.saveInteractionSettings(s).ok());
        auto read = store.interactionSettings(m_profile);
        QCOMPARE(read->mode, InteractionSettingsRecord::Mode::Http);
        QVERIFY(read->usesHttp() && !read->usesGateway());
        QCOMPARE(read->port, 9000);
        QCOMPARE(read->path, u"/hook"_s);
        QCOMPARE(read->timestampWindowSeconds, 10);
        s.port = 70000;
        QCOMPARE(store.saveInteractionSettings(s).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(store.interactionSettings(m_profile)->port, 9000);
    }
};

QTEST_GUILESS_MAIN(TestCommandStore)
#include "tst_commandstore.moc"
