// Scheduled tasks end to end: a Bot on its thread against the embedded sandbox over loopback. A 1-second
// task posts to #general three times (across a dropped gateway connection) and the sandbox saw exactly
// three messages; an unknown channel fails the task with the REST error.
#include "TaskTestSupport.h"
#include "bot/Bot.h"
#include "bot/tasks/TaskService.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/World.h"
#include "store/TaskStore.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <qcoro/qcorotask.h>

using namespace bw;
using namespace bw::tasks;
using Status = BotState::Status;
using State = TaskStatus::State;

namespace {

template<typename F> void onSandboxThread(sandbox::SandboxHost *host, F &&f)
{
    QMetaObject::invokeMethod(host->server(), std::forward<F>(f), Qt::BlockingQueuedConnection);
}

QStringList botMessages(sandbox::SandboxHost *host, const QString &channelId)
{
    QStringList out;
    onSandboxThread(host, [&] {
        const QJsonArray messages = host->server()->world().messages(channelId.toULongLong(), 100, 0, 0, 0);
        for (const QJsonValue &m : messages) {
            if (m[u"author"_s][u"bot"_s].toBool())
                out.prepend(m[u"content"_s].toString());
        }
    });
    return out;
}

} // namespace

class TestTasksSandbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aOneSecondTaskPostsExactlyThreeTimesAcrossAReconnect()
    {
        qint64 profileId = 0;
        auto db = test::openDatabase(m_dir.filePath(u"e2e.db"_s), nullptr, &profileId);
        QVERIFY(db);
        sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.heartbeatIntervalMs = 250;
        Bot bot;
        bot.setSandboxOptions(sandboxOptions);
        TaskService tasks(bot, *db);
        QVERIFY(tasks.load(profileId).ok());
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Ready, 15000);
        QString general;
        onSandboxThread(bot.sandbox(), [&] { general = bot.sandbox()->server()->defaultChannelId(); });
        QVERIFY(!general.isEmpty());

        store::TaskRecord record;
        record.name = u"ticker"_s;
        record.spec = QJsonObject {
            {u"schedule"_s, QJsonObject {{u"every"_s, 1}}},
            {u"count"_s, 3},
            {u"action"_s,
             QJsonObject {{u"type"_s, u"send"_s}, {u"channel"_s, general}, {u"message"_s, u"tick {run}"_s}}}};
        auto saved = QCoro::waitFor(tasks.save(record));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        const qint64 id = saved->id;
        QVERIFY(QCoro::waitFor(tasks.start(id)).ok());
        QVERIFY(!QCoro::waitFor(tasks.start(id)).ok()); // never twice
        QTRY_VERIFY_WITH_TIMEOUT(botMessages(bot.sandbox(), general).size() >= 1, 10000);
        int dropped = 0;
        onSandboxThread(bot.sandbox(), [&] { dropped = bot.sandbox()->server()->dropGatewayConnections(); });
        QCOMPARE(dropped, 1);
        QTRY_COMPARE_WITH_TIMEOUT(tasks.task(id)->state, State::Finished, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Ready, 15000);
        QTest::qWait(1500); // nothing more arrives after the loop finished
        QCOMPARE(botMessages(bot.sandbox(), general), (QStringList {u"tick 1"_s, u"tick 2"_s, u"tick 3"_s}));
        const auto runs = tasks.history(id);
        QVERIFY(runs.ok());
        int succeeded = 0;
        for (const auto &run : runs.value())
            succeeded += run.outcome == store::TaskRunRecord::Outcome::Succeeded;
        QCOMPARE(succeeded, 3);
        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Stopped, 5000);
    }

    void anUnknownChannelFailsTheTaskWithTheRestError()
    {
        qint64 profileId = 0;
        auto db = test::openDatabase(m_dir.filePath(u"bad.db"_s), nullptr, &profileId);
        QVERIFY(db);
        Bot bot;
        TaskService tasks(bot, *db);
        QVERIFY(tasks.load(profileId).ok());
        QSignalSpy failed(&tasks, &TaskService::taskFailed);
        bot.start();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Ready, 15000);
        store::TaskRecord record;
        record.name = u"lost"_s;
        record.spec = QJsonObject {{u"schedule"_s, QJsonObject {{u"every"_s, 60}}},
                                   {u"action"_s,
                                    QJsonObject {{u"type"_s, u"send"_s},
                                                 {u"channel"_s, u"1000000000000099"_s},
                                                 {u"message"_s, u"hello?"_s}}}};
        auto saved = QCoro::waitFor(tasks.save(record));
        QVERIFY(saved.ok());
        QVERIFY(QCoro::waitFor(tasks.start(saved->id)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(tasks.task(saved->id)->state, State::Failed, 10000);
        QVERIFY2(tasks.task(saved->id)->lastError.contains(u"404"_s)
                     || tasks.task(saved->id)->lastError.contains(u"Unknown Channel"_s),
                 qPrintable(tasks.task(saved->id)->lastError));
        QCOMPARE(failed.size(), 1);
        bot.stop();
        QTRY_COMPARE_WITH_TIMEOUT(bot.state()->status(), Status::Stopped, 5000);
    }
};

QTEST_GUILESS_MAIN(TestTasksSandbox)
#include "tst_tasks_sandbox.moc"
