// botwright run-task NAME --once --profile P: run a scheduled task's action once (one-shot): connect, wait
// for READY, run it, disconnect. The run is recorded in the task's history.
#include "app/OneShot.h"
#include "app/cli/CommandSupport.h"
#include "bot/Bot.h"
#include "bot/tasks/TaskService.h"
#include "bot/tasks/TaskSpec.h"
#include "store/Database.h"
#include "store/TaskStore.h"

namespace bw::app::cli {

namespace {

const QString kName = QStringLiteral("run-task");

QCoro::Task<Result<QString>> runTask(OneShot::Context context, store::TaskRecord task)
{
    Result<void> done = co_await tasks::TaskService::runOnce(context.bot, context.database, task);
    if (!done)
        co_return done.error();
    co_return QString();
}

int run(const Context &context)
{
    CommandParser cmd(
        QStringLiteral("botwright run-task NAME --once --profile NAME [--timeout SECONDS]"),
        QStringLiteral("Connects, waits for READY, runs the task's action once, disconnects. "
                       "Failures: one line on stderr and a non-zero exit code (docs/tasks.md)."));
    const QCommandLineOption once(QStringLiteral("once"), QStringLiteral("Run the action once (required)."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up after <seconds> in total (default 60)."),
                                     QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log lines on stderr."));
    for (const auto &option : {once, timeout, verbose})
        cmd.addOption(option);
    cmd.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The task's name."));
    if (auto done = cmd.parse(context, kName))
        return *done;
    if (cmd.positional().size() != 1)
        return fail(kName, ExitUsage, QStringLiteral("give exactly one task NAME (see --help)"));
    if (!cmd.isSet(once))
        return fail(
            kName, ExitUsage,
            QStringLiteral("only --once is supported here; the schedule runs in the app or headless"));
    if (cmd.profile().isEmpty())
        return fail(kName, ExitUsage, QStringLiteral("--profile NAME is required"));
    bool ok = false;
    const int seconds = cmd.value(timeout).toInt(&ok);
    if (!ok || seconds < 1)
        return fail(kName, ExitUsage, QStringLiteral("--timeout must be a whole number of seconds >= 1"));

    // An unknown or invalid task is refused before connecting.
    store::TaskRecord task;
    {
        auto db = openDatabase(cmd.dataDir());
        if (!db)
            return fail(kName, db.error());
        auto profile = findProfile(*db.value(), cmd.profile());
        if (!profile)
            return fail(kName, profile.error());
        auto found = store::TaskStore(*db.value()).byName(profile->id, cmd.positional().constFirst());
        if (!found)
            return fail(
                kName, ExitConfig,
                QStringLiteral("the profile \"%1\" has no task named \"%2\" (see botwright tasks list)")
                    .arg(profile->name, cmd.positional().constFirst()));
        if (auto spec = tasks::TaskSpec::fromJson(found->spec); !spec)
            return fail(
                kName, ExitConfig,
                QStringLiteral("the task \"%1\" is invalid: %2").arg(found->name, spec.error().message));
        task = found.value();
    }

    OneShot::Options options;
    options.dataDir = cmd.dataDir();
    options.profile = cmd.profile();
    options.tokenFile = cmd.tokenFile();
    options.timeoutSeconds = seconds;
    options.verbose = cmd.isSet(verbose);
    OneShot oneShot(options);
    return oneShot.exec(kName, [task](OneShot::Context ctx) { return runTask(ctx, task); });
}

} // namespace

Command runTaskCommand()
{
    return {kName, QStringLiteral("run-task NAME --once --profile NAME [--timeout SECONDS]"), &run};
}

} // namespace bw::app::cli
