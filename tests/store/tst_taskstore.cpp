#include "StoreTestSupport.h"
#include "store/ProfileStore.h"
#include "store/TaskStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace bw;
using namespace bw::store;

class TestTaskStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Database> m_db;
    qint64 m_profile = 0;
    qint64 m_otherProfile = 0;

    TaskRecord task(const QString &name, std::optional<QDateTime> nextRun = std::nullopt,
                    qint64 profileId = 0) const
    {
        TaskRecord record;
        record.profileId = profileId ? profileId : m_profile;
        record.name = name;
        record.nextRun = nextRun;
        return record;
    }

private Q_SLOTS:
    void init()
    {
        m_db = test::openPerTest(m_dir, QStringLiteral("tasks"), &m_clock);
        QVERIFY(m_db);
        m_profile = test::addProfile(*m_db, QStringLiteral("a"));
        m_otherProfile = test::addProfile(*m_db, QStringLiteral("b"));
        QVERIFY(m_profile && m_otherProfile);
    }
    void cleanup() { m_db.reset(); }

    void roundTripsTask()
    {
        const QJsonObject spec = QJsonDocument::fromJson(R"({
            "schedule": {"kind": "daily", "at": "09:00", "zone": "Europe/Berlin"},
            "action": {"type": "send_view", "view": "counter", "channel": "1000"},
            "catch_up": true})")
                                     .object();
        TaskRecord record = task(QStringLiteral("morning post"), m_clock.now().addSecs(3600));
        record.spec = spec;
        record.enabled = false;
        auto saved = TaskStore(*m_db).save(record);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        auto loaded = TaskStore(*m_db).byName(m_profile, QStringLiteral("morning post"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->id, saved->id);
        QCOMPARE(loaded->spec, spec);
        QCOMPARE(loaded->enabled, false);
        QCOMPARE(loaded->nextRun.value(), m_clock.now().addSecs(3600));
        QCOMPARE(loaded->created, m_clock.now());
        QCOMPARE(TaskStore(*m_db).byId(saved->id)->name, QStringLiteral("morning post"));
    }

    void updateNextRunAndEnabled()
    {
        auto saved = TaskStore(*m_db).save(task(QStringLiteral("t")));
        QVERIFY(saved.ok());
        QVERIFY(!saved->nextRun.has_value());
        const QDateTime next = m_clock.now().addSecs(30);
        QVERIFY(TaskStore(*m_db).setNextRun(saved->id, next).ok());
        QCOMPARE(TaskStore(*m_db).byId(saved->id)->nextRun.value(), next);
        QVERIFY(TaskStore(*m_db).setNextRun(saved->id, std::nullopt).ok());
        QVERIFY(!TaskStore(*m_db).byId(saved->id)->nextRun.has_value());
        QVERIFY(TaskStore(*m_db).setEnabled(saved->id, false).ok());
        QCOMPARE(TaskStore(*m_db).byId(saved->id)->enabled, false);
        QCOMPARE(TaskStore(*m_db).setNextRun(999, next).error().kind, Error::Kind::NotFound);

        m_clock.advance(1000);
        TaskRecord renamed = *TaskStore(*m_db).byId(saved->id);
        renamed.name = QStringLiteral("renamed");
        auto updated = TaskStore(*m_db).save(renamed);
        QVERIFY(updated.ok());
        QCOMPARE(updated->name, QStringLiteral("renamed"));
        QCOMPARE(updated->updated, updated->created.addMSecs(1000));
    }

    void namesAreUniquePerProfile()
    {
        QVERIFY(TaskStore(*m_db).save(task(QStringLiteral("status"))).ok());
        auto duplicate = TaskStore(*m_db).save(task(QStringLiteral("status")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, Error::Kind::InvalidInput);
        QCOMPARE(duplicate.error().message,
                 QStringLiteral("A task named “status” already exists in this profile."));
        QVERIFY(TaskStore(*m_db).save(task(QStringLiteral("status"), std::nullopt, m_otherProfile)).ok());
        QCOMPARE(TaskStore(*m_db).save(task(QString())).error().kind, Error::Kind::InvalidInput);
        QCOMPARE(TaskStore(*m_db).save(task(QStringLiteral("x"), std::nullopt, 4242)).error().kind,
                 Error::Kind::NotFound);
    }

    void dueListsEnabledTasksInOrder()
    {
        const QDateTime now = m_clock.now();
        QVERIFY(TaskStore(*m_db).save(task(QStringLiteral("later"), now.addSecs(60))).ok());
        QVERIFY(TaskStore(*m_db).save(task(QStringLiteral("now"), now)).ok());
        QVERIFY(TaskStore(*m_db).save(task(QStringLiteral("overdue"), now.addSecs(-600))).ok());
        QVERIFY(TaskStore(*m_db).save(task(QStringLiteral("unscheduled"))).ok());
        TaskRecord disabled = task(QStringLiteral("disabled"), now.addSecs(-1));
        disabled.enabled = false;
        QVERIFY(TaskStore(*m_db).save(disabled).ok());
        QVERIFY(TaskStore(*m_db).save(task(QStringLiteral("foreign"), now.addSecs(-1), m_otherProfile)).ok());

        auto due = TaskStore(*m_db).due(m_profile, now);
        QVERIFY(due.ok());
        QCOMPARE(due->size(), 2);
        QCOMPARE(due->at(0).name, QStringLiteral("overdue"));
        QCOMPARE(due->at(1).name, QStringLiteral("now"));
        QCOMPARE(TaskStore(*m_db).list(m_profile)->size(), 5);
    }

    void runHistory()
    {
        auto saved = TaskStore(*m_db).save(task(QStringLiteral("counter")));
        QVERIFY(saved.ok());
        TaskStore store(*m_db);
        const QDateTime t0 = m_clock.now();
        auto first = store.startRun(saved->id, t0);
        QVERIFY(first.ok());
        QVERIFY(store.finishRun(*first, t0.addSecs(2), TaskRunRecord::Outcome::Succeeded).ok());
        auto second = store.startRun(saved->id, t0.addSecs(60));
        QVERIFY(second.ok());
        QVERIFY(store
                    .finishRun(*second, t0.addSecs(61), TaskRunRecord::Outcome::Failed,
                               QStringLiteral("Unknown Channel (10003)"))
                    .ok());
        auto third = store.startRun(saved->id, t0.addSecs(120));
        QVERIFY(third.ok());

        auto runs = store.runs(saved->id);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), 3);
        QCOMPARE(runs->at(0).id, *third); // newest first
        QCOMPARE(runs->at(0).outcome, TaskRunRecord::Outcome::Running);
        QVERIFY(!runs->at(0).ended.has_value());
        QCOMPARE(runs->at(1).outcome, TaskRunRecord::Outcome::Failed);
        QCOMPARE(runs->at(1).error, QStringLiteral("Unknown Channel (10003)"));
        QCOMPARE(runs->at(1).ended.value(), t0.addSecs(61));
        QCOMPARE(runs->at(2).outcome, TaskRunRecord::Outcome::Succeeded);
        QCOMPARE(runs->at(2).started, t0);
        QCOMPARE(store.runs(saved->id, 1)->size(), 1);
        QCOMPARE(store.countRuns(saved->id, TaskRunRecord::Outcome::Succeeded).valueOr(-1), 1);
        QCOMPARE(store.countRuns(saved->id, TaskRunRecord::Outcome::Failed).valueOr(-1), 1);
        QCOMPARE(store.countRuns(saved->id, TaskRunRecord::Outcome::Cancelled).valueOr(-1), 0);

        QCOMPARE(store.finishRun(*first, t0, TaskRunRecord::Outcome::Running).error().kind,
                 Error::Kind::InvalidInput);
        QCOMPARE(store.startRun(999, t0).error().kind, Error::Kind::NotFound);

        // After a crash, the dangling run is closed as failed.
        QCOMPARE(store.failUnfinishedRuns(t0.addSecs(500), QStringLiteral("interrupted")).valueOr(-1), 1);
        auto closed = store.runs(saved->id, 1);
        QCOMPARE(closed->first().outcome, TaskRunRecord::Outcome::Failed);
        QCOMPARE(closed->first().error, QStringLiteral("interrupted"));

        QVERIFY(store.remove(saved->id).ok());
        QCOMPARE(store.runs(saved->id)->size(), 0);
        QCOMPARE(store.remove(saved->id).error().kind, Error::Kind::NotFound);
    }

    void outcomeNames()
    {
        using O = TaskRunRecord::Outcome;
        for (O outcome : {O::Running, O::Succeeded, O::Failed, O::Cancelled})
            QCOMPARE(TaskRunRecord::outcomeFromName(TaskRunRecord::outcomeName(outcome)), outcome);
    }
};

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
