// Schedules and task specs: intervals, times of day in a time zone (sorted, deduplicated, DST gaps and
// repeats resolved as discord.py does), and the validation done when a task is saved.
#include "TaskTestSupport.h"
#include "bot/tasks/TaskSpec.h"

#include <QTest>

using namespace bw;
using namespace bw::tasks;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

const QTimeZone berlin("Europe/Berlin");

#ifndef Q_MOC_RUN // moc cannot read these raw strings
void addInvalidSpecRows()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("needle");
    const QByteArray send = R"("action": {"type": "send", "channel": "1000000000000001", "message": "hi"})";
    QTest::newRow("count 0") << (R"({"schedule": {"every": 5}, "count": 0, )" + send + "}") << u"count"_s;
    QTest::newRow("count -1") << (R"({"schedule": {"every": 5}, "count": -1, )" + send + "}") << u"count"_s;
    QTest::newRow("count 1.5") << (R"({"schedule": {"every": 5}, "count": 1.5, )" + send + "}") << u"count"_s;
    QTest::newRow("both kinds") << (R"({"schedule": {"every": 5, "times": ["09:00"]}, )" + send + "}")
                                << u"schedule"_s;
    QTest::newRow("no schedule") << ("{" + send + "}") << u"schedule"_s;
    QTest::newRow("zero interval") << (R"({"schedule": {"every": 0}, )" + send + "}") << u"schedule"_s;
    QTest::newRow("sub-second") << (R"({"schedule": {"every": 0.5}, )" + send + "}") << u"second"_s;
    QTest::newRow("bad unit") << (R"({"schedule": {"every": 5, "unit": "days"}, )" + send + "}") << u"unit"_s;
    QTest::newRow("bad time") << (R"({"schedule": {"times": ["25:00"]}, )" + send + "}") << u"25:00"_s;
    QTest::newRow("no times") << (R"({"schedule": {"times": []}, )" + send + "}") << u"time"_s;
    QTest::newRow("bad zone") << (R"({"schedule": {"times": ["09:00"], "timeZone": "Mars/Olympus"}, )" + send
                                  + "}")
                              << u"Mars/Olympus"_s;
    QTest::newRow("no action") << QByteArray(R"({"schedule": {"every": 5}})") << u"action"_s;
    QTest::newRow("bad channel") << QByteArray(
        R"({"schedule": {"every": 5}, "action": {"type": "send", "channel": "general", "message": "x"}})")
                                 << u"channel"_s;
    QTest::newRow("user var") << QByteArray(
        R"({"schedule": {"every": 5}, "action": {"type": "send", "channel": "1000000000000001", "message": "hi {user.name}"}})")
                              << u"user.name"_s;
    QTest::newRow("empty message") << QByteArray(
        R"({"schedule": {"every": 5}, "action": {"type": "send", "channel": "1000000000000001", "message": ""}})")
                                   << u"empty"_s;
    QTest::newRow("unknown type") << QByteArray(
        R"({"schedule": {"every": 5}, "action": {"type": "explode"}})")
                                  << u"explode"_s;
    QTest::newRow("bad status") << QByteArray(
        R"({"schedule": {"every": 5}, "action": {"type": "presence", "status": "busy"}})")
                                << u"busy"_s;
    QTest::newRow("rest outside api")
        << QByteArray(R"({"schedule": {"every": 5}, "action": {"type": "rest", "path": "https://x/y"}})")
        << u"path"_s;
    QTest::newRow("empty sequence") << QByteArray(R"({"schedule": {"every": 5}, "action": []})")
                                    << u"steps"_s;
}
#endif

} // namespace

class TestTaskSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalRunsFirstAtStartThenAnchored()
    {
        const TaskSchedule s = TaskSchedule::every(30'000);
        const QDateTime now = utc(2026, 1, 10, 12, 0, 0);
        QCOMPARE(s.firstRun(now), now);
        // anchored to the scheduled time of the previous iteration, not to when it ended
        QCOMPARE(s.nextRun(now, now.addSecs(7)), now.addSecs(30));
    }

    void timesAreSortedAndDeduplicated()
    {
        const TaskSchedule s
            = TaskSchedule::at({QTime(17, 0), QTime(9, 0), QTime(9, 0), QTime(12, 30, 15)}, berlin);
        QCOMPARE(s.times(), (QList<QTime> {QTime(9, 0), QTime(12, 30, 15), QTime(17, 0)}));
        auto parsed = TaskSchedule::fromJson(test::json(R"({"times": ["17:00", "09:00", "9:00"]})"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->times().size(), 2);
        QCOMPARE(parsed->zone(), QTimeZone::utc());
    }

    void timesOfDayInATimeZone()
    {
        const TaskSchedule s = TaskSchedule::at({QTime(9, 0), QTime(17, 30)}, berlin);
        // 09:00 in Berlin in winter is 08:00 UTC; a start exactly then runs at once (>=, as discord.py)
        QCOMPARE(s.firstRun(utc(2026, 1, 10, 8, 0)), utc(2026, 1, 10, 8, 0));
        QCOMPARE(s.firstRun(utc(2026, 1, 10, 8, 0, 1)), utc(2026, 1, 10, 16, 30));
        QCOMPARE(s.nextRun(utc(2026, 1, 10, 8, 0), utc(2026, 1, 10, 8, 0)), utc(2026, 1, 10, 16, 30));
        // after the last time of the day: the first one tomorrow
        QCOMPARE(s.nextRun(utc(2026, 1, 10, 16, 30), utc(2026, 1, 10, 16, 30)), utc(2026, 1, 11, 8, 0));
        // in summer 09:00 Berlin is 07:00 UTC
        QCOMPARE(s.firstRun(utc(2026, 7, 1, 0, 0)), utc(2026, 7, 1, 7, 0));
        // a run that starts late (e.g. a catch-up at 12:00) skips the times already past
        QCOMPARE(s.nextRun(utc(2026, 1, 10, 8, 0), utc(2026, 1, 10, 17, 0)), utc(2026, 1, 11, 8, 0));
    }

    void aTimeInTheSpringGapMovesForwardByTheGap()
    {
        // 2026-03-29: Berlin jumps from 02:00 CET to 03:00 CEST; 02:30 does not exist.
        QCOMPARE(TaskSchedule::resolveLocal(QDate(2026, 3, 29), QTime(2, 30), berlin),
                 utc(2026, 3, 29, 1, 30));
        const TaskSchedule s = TaskSchedule::at({QTime(2, 30)}, berlin);
        QCOMPARE(s.firstRun(utc(2026, 3, 28, 23, 0)), utc(2026, 3, 29, 1, 30)); // 03:30 CEST
        QCOMPARE(s.nextRun(utc(2026, 3, 29, 1, 30), utc(2026, 3, 29, 1, 30)), utc(2026, 3, 30, 0, 30));
    }

    void aRepeatedTimeRunsOnceAtItsSecondOccurrence()
    {
        // 2026-10-25: Berlin goes back from 03:00 CEST to 02:00 CET; 02:30 happens twice
        // (00:30 UTC and 01:30 UTC). discord.py uses fold=1: the later one, once.
        QCOMPARE(TaskSchedule::resolveLocal(QDate(2026, 10, 25), QTime(2, 30), berlin),
                 utc(2026, 10, 25, 1, 30));
        const TaskSchedule s = TaskSchedule::at({QTime(2, 30)}, berlin);
        const QDateTime first = s.firstRun(utc(2026, 10, 24, 23, 0));
        QCOMPARE(first, utc(2026, 10, 25, 1, 30));
        QCOMPARE(s.nextRun(first, first), utc(2026, 10, 26, 1, 30));
        // an unambiguous time the same day is not moved
        QCOMPARE(TaskSchedule::resolveLocal(QDate(2026, 10, 25), QTime(9, 0), berlin),
                 utc(2026, 10, 25, 8, 0));
    }

    void scheduleJsonRoundTrips()
    {
        for (const char *text : {R"({"every": 30, "unit": "s"})", R"({"every": 5, "unit": "min"})",
                                 R"({"times": ["09:00", "17:30:15"], "timeZone": "Europe/Berlin"})"}) {
            auto parsed = TaskSchedule::fromJson(test::json(text));
            QVERIFY2(parsed.ok(), text);
            auto again = TaskSchedule::fromJson(parsed->toJson());
            QVERIFY(again.ok());
            QVERIFY(again.value() == parsed.value());
        }
        QCOMPARE(TaskSchedule::fromJson(test::json(R"({"every": 2, "unit": "h"})"))->intervalMs(), 7'200'000);
    }

    void invalidSpecsAreRefusedAtSave_data() { addInvalidSpecRows(); }

    void invalidSpecsAreRefusedAtSave()
    {
        QFETCH(QByteArray, spec);
        QFETCH(QString, needle);
        const QJsonObject json = test::json(spec.constData());
        QVERIFY2(!json.isEmpty(), spec.constData());
        auto parsed = TaskSpec::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(parsed.error().message.contains(needle), qPrintable(parsed.error().message));
    }

    void specRoundTripsWithEveryActionKind()
    {
        const QJsonObject json = test::json(R"({
            "schedule": {"times": ["09:00"], "timeZone": "Europe/Berlin"},
            "count": 3, "waitUntilReady": false, "catchUp": true,
            "retry": {"network": true, "gateway": true, "server": false, "rateLimit": true, "maxRetries": 4},
            "action": [
                {"type": "send", "channel": "1000000000000001", "message": "Run {run} at {now}"},
                {"type": "send_view", "channel": "1000000000000001", "view": "counter", "state": {"count": 0}},
                {"type": "edit", "channel": "1000000000000001", "message_id": "1000000000000002",
                 "message": {"content": "refreshed", "embeds": [{"title": "t"}]}},
                {"type": "add_role", "guild": "1000000000000003", "user": "1000000000000004", "role": "1000000000000005"},
                {"type": "remove_role", "guild": "1000000000000003", "user": "1000000000000004", "role": "1000000000000005"},
                {"type": "presence", "status": "idle", "activity": {"type": 3, "name": "run {run}"}},
                {"type": "rest", "method": "POST", "path": "/channels/1000000000000001/typing"}
            ],
            "afterLoop": {"type": "presence", "status": "online"}})");
        auto spec = TaskSpec::fromJson(json);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().message));
        QCOMPARE(spec->action.type, TaskAction::Type::Sequence);
        QCOMPARE(int(spec->action.steps.size()), 7);
        QCOMPARE(spec->count, std::optional<int>(3));
        QVERIFY(!spec->retry.classes.testFlag(RetryClass::Server));
        QCOMPARE(spec->retry.maxRetries, 4);
        QVERIFY(spec->afterLoop.has_value());
        auto again = TaskSpec::fromJson(spec->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), spec->toJson());
    }

    void errorsAreClassifiedForRetries()
    {
        RetryPolicy policy;
        Error network = Error::make(Error::Kind::Network, u"reset"_s);
        Error gateway = Error::make(Error::Kind::Unavailable, u"not ready"_s);
        QCOMPARE(RetryPolicy::classify(network), std::optional(RetryClass::Network));
        QCOMPARE(RetryPolicy::classify(gateway), std::optional(RetryClass::Gateway));
        QCOMPARE(RetryPolicy::classify(test::httpError(502)), std::optional(RetryClass::Server));
        QCOMPARE(RetryPolicy::classify(test::httpError(429)), std::optional(RetryClass::RateLimit));
        QVERIFY(!RetryPolicy::classify(test::httpError(403)));
        QVERIFY(!RetryPolicy::classify(Error::make(Error::Kind::NotFound, u"x"_s)));
        // exponential, capped, jitter in the upper half, retry_after as a lower bound
        QCOMPARE(policy.delayMs(1, network, 0.0), 500);
        QCOMPARE(policy.delayMs(1, network, 0.999999), 999);
        QCOMPARE(policy.delayMs(3, network, 0.0), 2000);
        QCOMPARE(policy.delayMs(40, network, 0.0), 150'000);
        Error limited = test::httpError(429);
        limited.retryAfter = 7.5;
        QCOMPARE(policy.delayMs(1, limited, 0.0), 7500);
    }
};

QTEST_GUILESS_MAIN(TestTaskSchedule)
#include "tst_taskschedule.moc"
