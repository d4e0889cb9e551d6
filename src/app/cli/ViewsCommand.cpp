// botwright views import|export|list: deploy views designed on a desktop to a server (docs/view-format.md).
#include "app/cli/CommandSupport.h"
#include "bot/views/ViewLibrary.h"
#include "store/Database.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace bw::app::cli {

namespace {

const QString kName = QStringLiteral("views");

/// The database and the library of the command's profile, or the exit code of the error printed.
struct Opened
{
    std::unique_ptr<store::Database> db;
    std::unique_ptr<views::ViewLibrary> library;
};

std::optional<Opened> openLibrary(const CommandParser &cmd, const QString &command, int *code)
{
    auto db = openDatabase(cmd.dataDir());
    if (!db) {
        *code = fail(command, db.error());
        return std::nullopt;
    }
    auto profile = findProfile(*db.value(), cmd.profile());
    if (!profile) {
        *code = fail(command, profile.error());
        return std::nullopt;
    }
    Opened opened;
    opened.library = std::make_unique<views::ViewLibrary>(*db.value(), profile->id);
    opened.db = std::move(db.value());
    return opened;
}

int importViews(const Context &context)
{
    const QString command = kName + QStringLiteral(" import");
    CommandParser cmd(QStringLiteral("botwright views import FILE.json --profile NAME [--replace]"),
                      QStringLiteral("Imports a view file (all views or none). A view whose name exists is "
                                     "refused unless --replace is given; replacing keeps its bindings."));
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("Replace views with the same name."));
    cmd.addOption(replace);
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"),
                                       QStringLiteral("The view file ('-' = stdin)."));
    if (auto done = cmd.parse(context, command))
        return *done;
    if (cmd.positional().size() != 1)
        return fail(command, ExitUsage, QStringLiteral("give exactly one FILE (see --help)"));
    const QString path = cmd.positional().constFirst();
    QFile file;
    const bool opened = path == QLatin1StringView("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return fail(command, ExitConfig, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray json = file.readAll();

    int code = ExitOk;
    auto lib = openLibrary(cmd, command, &code);
    if (!lib)
        return code;
    // Read first: a file error names the JSON path, and without --replace existing names are refused.
    auto parsed = views::ViewDefinition::listFromJson(json);
    if (!parsed)
        return fail(command, ExitConfig, path + QStringLiteral(": ") + parsed.error().toString());
    if (!cmd.isSet(replace)) {
        QStringList taken;
        for (const views::ViewDefinition &view : parsed.value()) {
            if (lib->library->byName(view.name))
                taken.append(view.name);
        }
        if (!taken.isEmpty()) {
            return fail(
                command, ExitConfig,
                QStringLiteral("the profile already has %1 (use --replace to replace)")
                    .arg(QStringLiteral("\"") + taken.join(QStringLiteral("\", \"")) + QStringLiteral("\"")));
        }
    }
    auto imported = lib->library->importJson(json);
    if (!imported)
        return fail(command, ExitConfig, path + QStringLiteral(": ") + imported.error().toString());
    for (const QString &name : imported.value())
        std::printf("imported view \"%s\"\n", qUtf8Printable(name));
    return ExitOk;
}

int exportViews(const Context &context)
{
    const QString command = kName + QStringLiteral(" export");
    CommandParser cmd(QStringLiteral("botwright views export [NAME...] --profile NAME [-o FILE]"),
                      QStringLiteral("Writes the named views (all when none is named) as a view file."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to <file> instead of stdout."),
                                    QStringLiteral("file"));
    cmd.addOption(output);
    cmd.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("Views to export."),
                                       QStringLiteral("[NAME...]"));
    if (auto done = cmd.parse(context, command))
        return *done;
    int code = ExitOk;
    auto lib = openLibrary(cmd, command, &code);
    if (!lib)
        return code;
    for (const QString &name : cmd.positional()) {
        if (auto view = lib->library->byName(name); !view)
            return fail(command, ExitConfig, QStringLiteral("no view named \"%1\" in the profile").arg(name));
    }
    auto json = lib->library->exportJson(cmd.positional());
    if (!json)
        return fail(command, json.error());
    if (!cmd.isSet(output)) {
        std::fwrite(json->constData(), 1, size_t(json->size()), stdout);
        if (!json->endsWith('\n'))
            std::fputc('\n', stdout);
        return ExitOk;
    }
    QSaveFile file(cmd.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() || !file.commit()) {
        return fail(command, ExitFailure,
                    QStringLiteral("cannot write %1: %2").arg(cmd.value(output), file.errorString()));
    }
    return ExitOk;
}

int listViews(const Context &context)
{
    const QString command = kName + QStringLiteral(" list");
    CommandParser cmd(QStringLiteral("botwright views list --profile NAME"),
                      QStringLiteral("Lists the views of a profile."));
    if (auto done = cmd.parse(context, command))
        return *done;
    int code = ExitOk;
    auto lib = openLibrary(cmd, command, &code);
    if (!lib)
        return code;
    auto all = lib->library->list();
    if (!all)
        return fail(command, all.error());
    std::printf("%-24s %-8s %-8s %s\n", "NAME", "KIND", "TIMEOUT", "CUSTOM IDS");
    for (const views::ViewDefinition &view : all.value()) {
        const QString timeout = view.timeoutSeconds ? QString::number(*view.timeoutSeconds) + QLatin1Char('s')
                                                    : QStringLiteral("none");
        std::printf("%-24s %-8s %-8s %s\n", qUtf8Printable(view.name),
                    qUtf8Printable(store::ViewRecord::kindName(view.kind)), qUtf8Printable(timeout),
                    qUtf8Printable(view.claimedCustomIds().join(QStringLiteral(", "))));
    }
    return ExitOk;
}

int run(const Context &context)
{
    const QString sub = context.arguments.value(0);
    Context rest = context;
    rest.arguments = context.arguments.mid(1);
    if (sub == QLatin1StringView("import"))
        return importViews(rest);
    if (sub == QLatin1StringView("export"))
        return exportViews(rest);
    if (sub == QLatin1StringView("list"))
        return listViews(rest);
    if (sub == QLatin1StringView("--help") || sub == QLatin1StringView("-h")) {
        std::fputs("Usage: botwright views import|export|list ... (each takes --help)\n", stdout);
        return ExitOk;
    }
    return fail(kName, ExitUsage,
                sub.isEmpty()
                    ? QStringLiteral("give import, export or list (see botwright views --help)")
                    : QStringLiteral("unknown subcommand \"%1\": use import, export or list").arg(sub));
}

} // namespace

Command viewsCommand()
{
    return {kName,
            QStringLiteral(
                "views import FILE.json [--replace] | export [NAME...] [-o FILE] | list  (--profile NAME)"),
            &run};
}

} // namespace bw::app::cli
