#include "StoreTestSupport.h"
#include "store/BindingStore.h"
#include "store/ProfileStore.h"
#include "store/Sql.h"
#include "store/TaskStore.h"
#include "store/ViewStore.h"

#include <QTemporaryDir>

using namespace bw;
using namespace bw::store;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;

    static Profile named(const QString &name)
    {
        Profile profile;
        profile.name = name;
        return profile;
    }
    qint64 count(const QString &table) const
    {
        return sql::scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table, {})
            .valueOr(-1)
            .toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openPerTest(m_dir, QStringLiteral("profiles"), &m_clock);
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void roundTripsEveryField()
    {
        Profile profile;
        profile.name = QStringLiteral("Shop bot");
        profile.applicationId = QStringLiteral("1234567890123456789");
        profile.intents = 33281 | (1 << 15);
        profile.target = Profile::Target::Custom;
        profile.apiBase = QStringLiteral("http://127.0.0.1:9000/api/v10");
        profile.shardCount = 8;
        profile.shardIds = QStringLiteral("0-3,7");
        profile.publicKey = QStringLiteral("ab12cd34");
        auto saved = ProfileStore(*m_db).save(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->created, m_clock.now());
        QCOMPARE(saved->updated, m_clock.now());

        auto loaded = ProfileStore(*m_db).byId(saved->id);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, profile.name);
        QCOMPARE(loaded->applicationId, profile.applicationId);
        QCOMPARE(loaded->intents, profile.intents);
        QCOMPARE(loaded->target, Profile::Target::Custom);
        QCOMPARE(loaded->apiBase, profile.apiBase);
        QCOMPARE(loaded->shardCount, 8);
        QCOMPARE(loaded->shardIds, profile.shardIds);
        QCOMPARE(loaded->publicKey, profile.publicKey);
        QCOMPARE(ProfileStore(*m_db).byName(QStringLiteral("Shop bot"))->id, saved->id);
    }

    void defaultsAndEmptyFieldsRoundTrip()
    {
        auto saved = ProfileStore(*m_db).save(named(QStringLiteral("plain")));
        QVERIFY(saved.ok());
        QCOMPARE(saved->applicationId, QString());
        QCOMPARE(saved->intents, 513);
        QCOMPARE(saved->target, Profile::Target::Sandbox);
        QCOMPARE(saved->shardCount, 0);
    }

    void targetNames()
    {
        for (auto target : {Profile::Target::Sandbox, Profile::Target::Discord, Profile::Target::Custom})
            QCOMPARE(Profile::targetFromName(Profile::targetName(target)), target);
        QCOMPARE(Profile::targetName(Profile::Target::Discord), QStringLiteral("discord"));
        QCOMPARE(Profile::targetFromName(QStringLiteral("nonsense"), Profile::Target::Discord),
                 Profile::Target::Discord);
    }

    void updateKeepsCreatedAndMovesUpdated()
    {
        auto saved = ProfileStore(*m_db).save(named(QStringLiteral("first name")));
        QVERIFY(saved.ok());
        const QDateTime created = saved->created;
        m_clock.advance(60'000);
        Profile changed = *saved;
        changed.name = QStringLiteral("second name");
        changed.target = Profile::Target::Discord;
        auto updated = ProfileStore(*m_db).save(changed);
        QVERIFY(updated.ok());
        QCOMPARE(updated->id, saved->id);
        QCOMPARE(updated->created, created);
        QCOMPARE(updated->updated, created.addMSecs(60'000));
        QCOMPARE(updated->target, Profile::Target::Discord);
        QCOMPARE(ProfileStore(*m_db).byName(QStringLiteral("first name")).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(ProfileStore(*m_db).list()->size(), 1);
    }

    void listIsSortedByName()
    {
        for (const char *name : {"charlie", "alpha", "bravo"})
            QVERIFY(ProfileStore(*m_db).save(named(QString::fromLatin1(name))).ok());
        auto list = ProfileStore(*m_db).list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, QStringLiteral("alpha"));
        QCOMPARE(list->at(2).name, QStringLiteral("charlie"));
    }

    void duplicateNameIsReadableInvalidInput()
    {
        QVERIFY(ProfileStore(*m_db).save(named(QStringLiteral("twin"))).ok());
        auto duplicate = ProfileStore(*m_db).save(named(QStringLiteral("twin")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(duplicate.error().message, QStringLiteral("A profile named “twin” already exists."));

        // Renaming onto an existing name is refused the same way.
        auto other = ProfileStore(*m_db).save(named(QStringLiteral("other")));
        QVERIFY(other.ok());
        Profile renamed = *other;
        renamed.name = QStringLiteral("twin");
        auto clash = ProfileStore(*m_db).save(renamed);
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(ProfileStore(*m_db).byId(other->id)->name, QStringLiteral("other"));
    }

    void badNamesAreRefused()
    {
        for (const QString &name : {QString(), QStringLiteral("   "), QString(65, QLatin1Char('x'))}) {
            auto saved = ProfileStore(*m_db).save(named(name));
            QVERIFY(!saved.ok());
            QCOMPARE(saved.error().kind, Error::Kind::InvalidInput);
        }
        QVERIFY(ProfileStore(*m_db).save(named(QString(64, QLatin1Char('x')))).ok());
    }

    void unknownIdsAreNotFound()
    {
        QCOMPARE(ProfileStore(*m_db).byId(999).error().kind, Error::Kind::NotFound);
        QCOMPARE(ProfileStore(*m_db).remove(999).error().kind, Error::Kind::NotFound);
        Profile ghost = named(QStringLiteral("ghost"));
        ghost.id = 999;
        QCOMPARE(ProfileStore(*m_db).save(ghost).error().kind, Error::Kind::NotFound);
    }

    void removeDeletesViewsBindingsAndTasks()
    {
        auto doomed = ProfileStore(*m_db).save(named(QStringLiteral("doomed")));
        auto kept = ProfileStore(*m_db).save(named(QStringLiteral("kept")));
        QVERIFY(doomed.ok() && kept.ok());
        for (qint64 profileId : {doomed->id, kept->id}) {
            ViewRecord view;
            view.profileId = profileId;
            view.name = QStringLiteral("v");
            auto savedView = ViewStore(*m_db).save(view);
            QVERIFY(savedView.ok());
            BindingRecord binding;
            binding.messageId = QString::number(profileId * 100);
            binding.channelId = QStringLiteral("1");
            binding.viewId = savedView->id;
            QVERIFY(BindingStore(*m_db).upsert(binding).ok());
            TaskRecord task;
            task.profileId = profileId;
            task.name = QStringLiteral("t");
            auto savedTask = TaskStore(*m_db).save(task);
            QVERIFY(savedTask.ok());
            QVERIFY(TaskStore(*m_db).startRun(savedTask->id, m_clock.now()).ok());
        }
        QVERIFY(ProfileStore(*m_db).remove(doomed->id).ok());
        QCOMPARE(count(QStringLiteral("profiles")), 1);
        QCOMPARE(count(QStringLiteral("views")), 1);
        QCOMPARE(count(QStringLiteral("bindings")), 1);
        QCOMPARE(count(QStringLiteral("tasks")), 1);
        QCOMPARE(count(QStringLiteral("task_runs")), 1);
        QCOMPARE(ViewStore(*m_db).list(kept->id)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
