// botwright profile add|list|remove: manage bot profiles without the GUI.
#include "app/cli/CommandSupport.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstdio>

namespace bw::app::cli {

namespace {

const QString kName = QStringLiteral("profile");

int add(const Context &context)
{
    CommandParser cmd(QStringLiteral("botwright profile add NAME --target sandbox|discord|custom [options]"),
                      QStringLiteral("Creates a bot profile. The token is not an option: give it to headless "
                                     "runs through $BOTWRIGHT_TOKEN, --token-file or a systemd credential."));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("sandbox (embedded, no token), discord or custom."),
                                    QStringLiteral("target"), QStringLiteral("sandbox"));
    const QCommandLineOption apiBase(
        QStringLiteral("api-base"),
        QStringLiteral("custom: the REST base, e.g. http://127.0.0.1:8080/api/v10."), QStringLiteral("url"));
    const QCommandLineOption applicationId(QStringLiteral("application-id"),
                                           QStringLiteral("The application id (a snowflake)."),
                                           QStringLiteral("id"));
    const QCommandLineOption intents(
        QStringLiteral("intents"),
        QStringLiteral("Gateway intents bit mask (default 513: GUILDS | GUILD_MESSAGES)."),
        QStringLiteral("n"));
    const QCommandLineOption shards(
        QStringLiteral("shards"),
        QStringLiteral("COUNT or COUNT:IDS (e.g. 4 or 4:0-1); default: as Discord "
                       "recommends."),
        QStringLiteral("spec"));
    for (const auto &option : {target, apiBase, applicationId, intents, shards})
        cmd.addOption(option);
    cmd.parser().addPositionalArgument(QStringLiteral("NAME"),
                                       QStringLiteral("The profile's name (1-64 characters)."));
    if (auto done = cmd.parse(context, kName + QStringLiteral(" add")))
        return *done;
    const QString command = kName + QStringLiteral(" add");
    if (cmd.positional().size() != 1)
        return fail(command, ExitUsage, QStringLiteral("give exactly one profile NAME (see --help)"));

    store::Profile profile;
    profile.name = cmd.positional().constFirst();
    const QString targetName = cmd.value(target).toLower();
    if (targetName != QLatin1StringView("sandbox") && targetName != QLatin1StringView("discord")
        && targetName != QLatin1StringView("custom")) {
        return fail(
            command, ExitUsage,
            QStringLiteral("--target must be sandbox, discord or custom (got \"%1\")").arg(targetName));
    }
    profile.target = store::Profile::targetFromName(targetName);
    if (profile.target == store::Profile::Target::Custom) {
        const QUrl url(cmd.value(apiBase), QUrl::StrictMode);
        if (!cmd.isSet(apiBase))
            return fail(command, ExitUsage, QStringLiteral("--target custom needs --api-base URL"));
        if (!url.isValid()
            || (url.scheme() != QLatin1StringView("http") && url.scheme() != QLatin1StringView("https"))
            || url.host().isEmpty()) {
            return fail(command, ExitUsage,
                        QStringLiteral("--api-base \"%1\" is not an http(s) URL").arg(cmd.value(apiBase)));
        }
        profile.apiBase = url.toString();
    } else if (cmd.isSet(apiBase)) {
        return fail(command, ExitUsage, QStringLiteral("--api-base is only for --target custom"));
    }
    if (cmd.isSet(applicationId)) {
        static const QRegularExpression snowflake(QStringLiteral("^[0-9]{1,20}$"));
        if (!snowflake.match(cmd.value(applicationId)).hasMatch())
            return fail(command, ExitUsage, QStringLiteral("--application-id must be a snowflake (digits)"));
        profile.applicationId = cmd.value(applicationId);
    }
    if (cmd.isSet(intents)) {
        bool ok = false;
        profile.intents = cmd.value(intents).toLongLong(&ok);
        if (!ok || profile.intents < 0)
            return fail(command, ExitUsage, QStringLiteral("--intents must be a non-negative number"));
    }
    if (cmd.isSet(shards)) {
        const QString spec = cmd.value(shards);
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        bool ok = false;
        profile.shardCount = (colon < 0 ? spec : spec.left(colon)).toInt(&ok);
        if (!ok || profile.shardCount < 1)
            return fail(command, ExitUsage,
                        QStringLiteral("--shards must be COUNT or COUNT:IDS, COUNT >= 1"));
        if (colon >= 0)
            profile.shardIds = spec.mid(colon + 1);
    }

    auto db = openDatabase(cmd.dataDir());
    if (!db)
        return fail(command, db.error());
    store::ProfileStore profiles(*db.value());
    if (profiles.byName(profile.name))
        return fail(command, ExitConfig,
                    QStringLiteral("a profile named \"%1\" exists already").arg(profile.name));
    auto saved = profiles.save(profile);
    if (!saved)
        return fail(command, saved.error());
    std::printf("profile \"%s\" added (target %s)\n", qUtf8Printable(saved->name),
                qUtf8Printable(store::Profile::targetName(saved->target)));
    return ExitOk;
}

int list(const Context &context)
{
    CommandParser cmd(QStringLiteral("botwright profile list"), QStringLiteral("Lists the bot profiles."));
    if (auto done = cmd.parse(context, kName + QStringLiteral(" list")))
        return *done;
    const QString command = kName + QStringLiteral(" list");
    auto db = openDatabase(cmd.dataDir());
    if (!db)
        return fail(command, db.error());
    store::ProfileStore profiles(*db.value());
    auto all = profiles.list();
    if (!all)
        return fail(command, all.error());
    std::printf("%-24s %-8s %-8s %-10s %s\n", "NAME", "TARGET", "INTENTS", "SHARDS", "API BASE");
    for (const store::Profile &p : all.value()) {
        const QString shards = p.shardCount <= 0 ? QStringLiteral("auto")
            : p.shardIds.isEmpty()               ? QString::number(p.shardCount)
                                   : QString::number(p.shardCount) + QLatin1Char(':') + p.shardIds;
        const QString base = p.target == store::Profile::Target::Custom ? p.apiBase
            : p.target == store::Profile::Target::Discord ? QStringLiteral("https://discord.com/api/v10")
                                                          : QStringLiteral("(embedded)");
        std::printf("%-24s %-8s %-8lld %-10s %s\n", qUtf8Printable(p.name),
                    qUtf8Printable(store::Profile::targetName(p.target)), static_cast<long long>(p.intents),
                    qUtf8Printable(shards), qUtf8Printable(base));
    }
    return ExitOk;
}

int remove(const Context &context)
{
    CommandParser cmd(
        QStringLiteral("botwright profile remove NAME"),
        QStringLiteral("Removes a bot profile with its views and bindings. A token in the keychain "
                       "stays there."));
    cmd.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile to remove."));
    if (auto done = cmd.parse(context, kName + QStringLiteral(" remove")))
        return *done;
    const QString command = kName + QStringLiteral(" remove");
    if (cmd.positional().size() != 1)
        return fail(command, ExitUsage, QStringLiteral("give exactly one profile NAME (see --help)"));
    auto db = openDatabase(cmd.dataDir());
    if (!db)
        return fail(command, db.error());
    auto profile = findProfile(*db.value(), cmd.positional().constFirst());
    if (!profile)
        return fail(command, profile.error());
    store::ProfileStore profiles(*db.value());
    if (auto removed = profiles.remove(profile->id); !removed)
        return fail(command, removed.error());
    std::printf("profile \"%s\" removed\n", qUtf8Printable(profile->name));
    return ExitOk;
}

int run(const Context &context)
{
    const QString sub = context.arguments.value(0);
    Context rest = context;
    rest.arguments = context.arguments.mid(1);
    if (sub == QLatin1StringView("add"))
        return add(rest);
    if (sub == QLatin1StringView("list"))
        return list(rest);
    if (sub == QLatin1StringView("remove"))
        return remove(rest);
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        std::fputs("Usage: botwright profile add|list|remove ... (each takes --help)\n", stdout);
        return ExitOk;
    }
    return fail(kName, ExitUsage,
                sub.isEmpty()
                    ? QStringLiteral("give add, list or remove (see botwright profile --help)")
                    : QStringLiteral("unknown subcommand \"%1\": use add, list or remove").arg(sub));
}

} // namespace

Command profileCommand()
{
    return {kName,
            QStringLiteral(
                "profile add NAME --target sandbox|discord|custom [--api-base URL] ... | list | remove NAME"),
            &run};
}

} // namespace bw::app::cli
