// botwright send-view VIEW --channel ID --profile NAME: post a saved view once (one-shot) and print the
// message id; bound views get their binding (with --state) so a headless bot answers them later.
#include "app/OneShot.h"
#include "app/cli/CommandSupport.h"
#include "bot/Bot.h"
#include "bot/views/ViewLibrary.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bw::app::cli {

namespace {

const QString kName = QStringLiteral("send-view");

int run(const Context &context)
{
    CommandParser cmd(
        QStringLiteral("botwright send-view VIEW --channel ID --profile NAME [--state JSON] "
                       "[--timeout SECONDS]"),
        QStringLiteral("Connects, waits for READY, posts the view to the channel, disconnects and "
                       "prints the message id. Failures: one line on stderr and a non-zero exit "
                       "code (docs/headless.md)."));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("The channel id."),
                                     QStringLiteral("id"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Bound views: the binding's initial state, a JSON object."),
                                   QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up after <seconds> in total (default 60)."),
                                     QStringLiteral("seconds"), QStringLiteral("60"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log lines on stderr."));
    for (const auto &option : {channel, state, timeout, verbose})
        cmd.addOption(option);
    cmd.parser().addPositionalArgument(QStringLiteral("VIEW"), QStringLiteral("The name of a saved view."));
    if (auto done = cmd.parse(context, kName))
        return *done;

    if (cmd.positional().size() != 1)
        return fail(kName, ExitUsage, QStringLiteral("give exactly one VIEW (see --help)"));
    const QString viewName = cmd.positional().constFirst();
    static const QRegularExpression snowflake(QStringLiteral("^[0-9]{1,20}$"));
    if (!cmd.isSet(channel) || !snowflake.match(cmd.value(channel)).hasMatch())
        return fail(kName, ExitUsage, QStringLiteral("--channel ID (a snowflake) is required"));
    if (cmd.profile().isEmpty())
        return fail(kName, ExitUsage, QStringLiteral("--profile NAME is required"));
    QJsonObject initialState;
    if (cmd.isSet(state)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(cmd.value(state).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            return fail(kName, ExitUsage,
                        QStringLiteral("--state must be a JSON object (%1)")
                            .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                         : QStringLiteral("not an object")));
        }
        initialState = doc.object();
    }
    bool ok = false;
    const int seconds = cmd.value(timeout).toInt(&ok);
    if (!ok || seconds < 1)
        return fail(kName, ExitUsage, QStringLiteral("--timeout must be a whole number of seconds >= 1"));

    // An unknown view or profile is refused before connecting.
    {
        auto db = openDatabase(cmd.dataDir());
        if (!db)
            return fail(kName, db.error());
        auto profile = findProfile(*db.value(), cmd.profile());
        if (!profile)
            return fail(kName, profile.error());
        views::ViewLibrary library(*db.value(), profile->id);
        if (!library.byName(viewName)) {
            return fail(
                kName, ExitConfig,
                QStringLiteral("the profile \"%1\" has no view named \"%2\" (see botwright views list)")
                    .arg(profile->name, viewName));
        }
    }

    OneShot::Options options;
    options.dataDir = cmd.dataDir();
    options.profile = cmd.profile();
    options.tokenFile = cmd.tokenFile();
    options.timeoutSeconds = seconds;
    options.verbose = cmd.isSet(verbose);
    OneShot oneShot(options);
    const QString channelId = cmd.value(channel);
    return oneShot.exec(
        kName, [viewName, channelId, initialState](OneShot::Context ctx) -> QCoro::Task<Result<QString>> {
            co_return co_await ctx.bot.sendView(viewName, channelId, initialState);
        });
}

} // namespace

Command sendViewCommand()
{
    return {kName,
            QStringLiteral("send-view VIEW --channel ID --profile NAME [--state JSON] [--timeout SECONDS]"),
            &run};
}

} // namespace bw::app::cli
