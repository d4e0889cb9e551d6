// botwright profile add|set|list|remove: manage bot profiles without the GUI.
#include "app/cli/CommandSupport.h"
#include "store/CommandStore.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>

namespace bw::app::cli {

namespace {

const QString kName = QStringLiteral("profile");

/// The options that choose how a profile receives interactions (add and set).
struct InteractionOptions
{
    QCommandLineOption mode {QStringLiteral("interactions"),
                             QStringLiteral("Receive interactions through the gateway, the HTTP "
                                            "endpoint (http) or both (default gateway)."),
                             QStringLiteral("gateway|http|both")};
    QCommandLineOption endpoint {
        QStringLiteral("endpoint"),
        QStringLiteral("Where the HTTP endpoint listens (default 127.0.0.1:8080/interactions)."),
        QStringLiteral("ADDRESS:PORT/PATH")};
    QCommandLineOption allowNonLoopback {
        QStringLiteral("allow-non-loopback"),
        QStringLiteral("Let the endpoint listen on an address that is not loopback.")};
    QCommandLineOption publicKey {
        QStringLiteral("public-key"),
        QStringLiteral("The application's public key (64 hex digits) that signs HTTP interactions; "
                       "'' clears it."),
        QStringLiteral("hex")};

    void addTo(CommandParser &cmd) const
    {
        for (const auto &option : {mode, endpoint, allowNonLoopback, publicKey})
            cmd.addOption(option);
    }
    bool anySet(const CommandParser &cmd) const
    {
        return cmd.isSet(mode) || cmd.isSet(endpoint) || cmd.isSet(allowNonLoopback) || cmd.isSet(publicKey);
    }

    /// Applies the options given to `profile` and `settings`; an error message when one is invalid.
    std::optional<QString> apply(const CommandParser &cmd, store::Profile &profile,
                                 store::InteractionSettingsRecord &settings) const
    {
        if (cmd.isSet(mode)) {
            const QString name = cmd.value(mode).toLower();
            if (name != QLatin1StringView("gateway") && name != QLatin1StringView("http")
                && name != QLatin1StringView("both"))
                return QStringLiteral("--interactions must be gateway, http or both (got \"%1\")")
                    .arg(cmd.value(mode));
            settings.mode = store::InteractionSettingsRecord::modeFromName(name);
        }
        if (cmd.isSet(endpoint)) {
            // 127.0.0.1:8080/interactions, [::1]:8080/x; the path may be left out (then /interactions).
            static const QRegularExpression re(
                QStringLiteral("^(\\[[^\\]]+\\]|[^:/\\[\\]]+):([0-9]{1,5})(/\\S*)?$"));
            const QRegularExpressionMatch m = re.match(cmd.value(endpoint));
            QString address = m.captured(1);
            if (address.startsWith(QLatin1Char('[')))
                address = address.mid(1, address.size() - 2);
            const int port = m.captured(2).toInt();
            if (!m.hasMatch() || QHostAddress(address).isNull() || port < 1 || port > 65535)
                return QStringLiteral("--endpoint must be IP:PORT/PATH, such as 127.0.0.1:8080/interactions "
                                      "(got \"%1\")")
                    .arg(cmd.value(endpoint));
            settings.address = address;
            settings.port = port;
            settings.path = m.captured(3).isEmpty() ? QStringLiteral("/interactions") : m.captured(3);
        }
        if (cmd.isSet(allowNonLoopback))
            settings.allowNonLoopback = true;
        if (cmd.isSet(publicKey)) {
            static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
            const QString key = cmd.value(publicKey).trimmed();
            if (!key.isEmpty() && !hex.match(key).hasMatch())
                return QStringLiteral("--public-key must be 64 hex digits (got %1 characters)")
                    .arg(key.size());
            profile.publicKey = key.toLower();
        }
        const QHostAddress host(settings.address);
        if (!settings.allowNonLoopback && !host.isLoopback())
            return QStringLiteral("the endpoint address %1 is not loopback: add --allow-non-loopback to "
                                  "listen on it")
                .arg(settings.address);
        return std::nullopt;
    }
};

QString endpointText(const store::InteractionSettingsRecord &s)
{
    const QString host
        = s.address.contains(QLatin1Char(':')) ? QLatin1Char('[') + s.address + QLatin1Char(']') : s.address;
    return host + QLatin1Char(':') + QString::number(s.port) + s.path;
}

/// "http 127.0.0.1:8080/interactions", or "gateway".
QString interactionsText(const store::InteractionSettingsRecord &s)
{
    const QString mode = store::InteractionSettingsRecord::modeName(s.mode);
    return s.usesHttp() ? mode + QLatin1Char(' ') + endpointText(s) : mode;
}

/// One line on stderr when the endpoint will be reachable from other computers.
void warnIfExposed(const store::InteractionSettingsRecord &s)
{
    if (s.usesHttp() && !QHostAddress(s.address).isLoopback())
        std::fprintf(stderr,
                     "warning: the interactions endpoint listens on %s, which is not loopback: anyone who "
                     "reaches it can send it requests\n",
                     qUtf8Printable(s.address));
}

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
    const InteractionOptions interactionOptions;
    interactionOptions.addTo(cmd);
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

    store::InteractionSettingsRecord settings;
    if (auto invalid = interactionOptions.apply(cmd, profile, settings))
        return fail(command, ExitConfig, *invalid);

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
    settings.profileId = saved->id;
    if (auto stored = store::CommandStore(*db.value()).saveInteractionSettings(settings); !stored)
        return fail(command, stored.error());
    warnIfExposed(settings);
    std::printf("profile \"%s\" added (target %s, interactions %s)\n", qUtf8Printable(saved->name),
                qUtf8Printable(store::Profile::targetName(saved->target)),
                qUtf8Printable(interactionsText(settings)));
    return ExitOk;
}

int set(const Context &context)
{
    CommandParser cmd(
        QStringLiteral("botwright profile set NAME [--interactions gateway|http|both] [--endpoint "
                       "ADDRESS:PORT/PATH] [--allow-non-loopback] [--public-key HEX]"),
        QStringLiteral("Changes how a profile receives interactions; options not given stay as they are."));
    const InteractionOptions interactionOptions;
    interactionOptions.addTo(cmd);
    cmd.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile to change."));
    const QString command = kName + QStringLiteral(" set");
    if (auto done = cmd.parse(context, command))
        return *done;
    if (cmd.positional().size() != 1)
        return fail(command, ExitUsage, QStringLiteral("give exactly one profile NAME (see --help)"));
    if (!interactionOptions.anySet(cmd))
        return fail(command, ExitUsage, QStringLiteral("give at least one option to change (see --help)"));
    auto db = openDatabase(cmd.dataDir());
    if (!db)
        return fail(command, db.error());
    auto profile = findProfile(*db.value(), cmd.positional().constFirst());
    if (!profile)
        return fail(command, profile.error());
    store::CommandStore commands(*db.value());
    auto settings = commands.interactionSettings(profile->id);
    if (!settings)
        return fail(command, settings.error());
    settings->profileId = profile->id;
    const QString oldKey = profile->publicKey;
    if (auto invalid = interactionOptions.apply(cmd, *profile, *settings))
        return fail(command, ExitConfig, *invalid);
    if (profile->publicKey != oldKey) {
        if (auto saved = store::ProfileStore(*db.value()).save(*profile); !saved)
            return fail(command, saved.error());
    }
    if (auto stored = commands.saveInteractionSettings(*settings); !stored)
        return fail(command, stored.error());
    warnIfExposed(*settings);
    std::printf("profile \"%s\" changed (interactions %s)\n", qUtf8Printable(profile->name),
                qUtf8Printable(interactionsText(*settings)));
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
    store::CommandStore commands(*db.value());
    std::printf("%-24s %-8s %-8s %-10s %-30s %s\n", "NAME", "TARGET", "INTENTS", "SHARDS", "API BASE",
                "INTERACTIONS");
    for (const store::Profile &p : all.value()) {
        const QString shards = p.shardCount <= 0 ? QStringLiteral("auto")
            : p.shardIds.isEmpty()               ? QString::number(p.shardCount)
                                   : QString::number(p.shardCount) + QLatin1Char(':') + p.shardIds;
        const QString base = p.target == store::Profile::Target::Custom ? p.apiBase
            : p.target == store::Profile::Target::Discord ? QStringLiteral("https://discord.com/api/v10")
                                                          : QStringLiteral("(embedded)");
        const auto settings = commands.interactionSettings(p.id);
        const QString interactions = settings ? interactionsText(*settings) : QStringLiteral("?");
        std::printf("%-24s %-8s %-8lld %-10s %-30s %s\n", qUtf8Printable(p.name),
                    qUtf8Printable(store::Profile::targetName(p.target)), static_cast<long long>(p.intents),
                    qUtf8Printable(shards), qUtf8Printable(base), qUtf8Printable(interactions));
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
    if (sub == QLatin1StringView("set"))
        return set(rest);
    if (sub == QLatin1StringView("list"))
        return list(rest);
    if (sub == QLatin1StringView("remove"))
        return remove(rest);
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        std::fputs("Usage: botwright profile add|set|list|remove ... (each takes --help)\n", stdout);
        return ExitOk;
    }
    return fail(kName, ExitUsage,
                sub.isEmpty()
                    ? QStringLiteral("give add, set, list or remove (see botwright profile --help)")
                    : QStringLiteral("unknown subcommand \"%1\": use add, set, list or remove").arg(sub));
}

} // namespace

Command profileCommand()
{
    return {kName,
            QStringLiteral(
                "profile add NAME --target sandbox|discord|custom [--api-base URL] [--interactions MODE] ... "
                "| set NAME [--interactions MODE] [--endpoint A:P/PATH] ... | list | remove NAME"),
            &run};
}

} // namespace bw::app::cli
