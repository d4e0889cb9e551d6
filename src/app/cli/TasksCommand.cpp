// botwright tasks list [--profile NAME]: the scheduled tasks of a profile (or of every profile), their
// schedule, state and next run. Reads the database only; nothing connects.
#include "app/cli/CommandSupport.h"
#include "bot/tasks/TaskSpec.h"
#include "store/Database.h"
#include "store/ProfileStore.h"
#include "store/TaskStore.h"

#include <cstdio>

namespace bw::app::cli {

namespace {

const QString kName = QStringLiteral("tasks");

QString line(const store::Profile &profile, const store::TaskRecord &task, const store::TaskStore &store)
{
    auto spec = tasks::TaskSpec::fromJson(task.spec);
    const QString schedule
        = spec ? spec->schedule.summary() : QStringLiteral("invalid: ") + spec.error().message;
    QString last = QStringLiteral("never ran");
    if (auto runs = store.runs(task.id, 1); runs && !runs->isEmpty())
        last = QStringLiteral("last run ") + store::TaskRunRecord::outcomeName(runs->constFirst().outcome);
    const QString next = task.nextRun ? task.nextRun->toUTC().toString(Qt::ISODate) : QStringLiteral("-");
    return QStringLiteral("%1\t%2\t%3\t%4\tnext %5\t%6")
        .arg(profile.name, task.name, schedule,
             task.enabled ? QStringLiteral("running") : QStringLiteral("stopped"), next, last);
}

int list(const Context &context)
{
    CommandParser cmd(QStringLiteral("botwright tasks list [--profile NAME]"),
                      QStringLiteral("Prints one line per task: profile, name, schedule, running or stopped, "
                                     "next run (UTC, ISO 8601) and the outcome of the last run."));
    if (auto done = cmd.parse(context, kName + QStringLiteral(" list")))
        return *done;
    const QString command = kName + QStringLiteral(" list");
    auto db = openDatabase(cmd.dataDir());
    if (!db)
        return fail(command, db.error());
    QList<store::Profile> profiles;
    if (!cmd.profile().isEmpty()) {
        auto profile = findProfile(*db.value(), cmd.profile());
        if (!profile)
            return fail(command, profile.error());
        profiles.append(profile.value());
    } else {
        auto all = store::ProfileStore(*db.value()).list();
        if (!all)
            return fail(command, all.error());
        profiles = all.value();
    }
    store::TaskStore store(*db.value());
    for (const store::Profile &profile : std::as_const(profiles)) {
        auto tasks = store.list(profile.id);
        if (!tasks)
            return fail(command, tasks.error());
        for (const store::TaskRecord &task : std::as_const(tasks.value()))
            std::fprintf(stdout, "%s\n", qPrintable(line(profile, task, store)));
    }
    std::fflush(stdout);
    return ExitOk;
}

int run(const Context &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1StringView("list")) {
        Context rest = context;
        rest.arguments.removeFirst();
        return list(rest);
    }
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        std::fprintf(stdout, "Usage: botwright tasks list [--profile NAME]\n");
        return ExitOk;
    }
    return fail(kName, ExitUsage, QStringLiteral("unknown subcommand \"%1\" (try: tasks list)").arg(sub));
}

} // namespace

Command tasksCommand()
{
    return {kName, QStringLiteral("tasks list [--profile NAME]"), &run};
}

} // namespace bw::app::cli
