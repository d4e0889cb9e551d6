// botwright: the desktop app, its headless mode and its subcommands. Parses the command line before
// anything graphical is loaded; the GUI itself comes from the botwright-gui module (GuiMain.cpp), so
// `--headless` and the subcommands never load Qt Widgets.
#include "app/CommandLine.h"
#include "app/ExitCode.h"
#include "app/GuiLoader.h"
#include "app/HeadlessRunner.h"
#include "app/cli/Command.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Botwright"));
    QCoreApplication::setApplicationName(QStringLiteral("botwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTWRIGHT_VERSION));
}

QString helpText(const bw::app::CommandLine &parsed)
{
    QString text = parsed.helpText;
    text += QStringLiteral("\nCommands (each takes --help; see docs/headless.md):\n");
    text += QStringLiteral("  botwright --headless --profile NAME [--data-dir DIR] [--token-file PATH]\n");
    for (const bw::app::cli::Command &command : bw::app::cli::commands())
        text += QStringLiteral("  botwright ") + command.synopsis + QLatin1Char('\n');
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationNames();

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const auto parsed = bw::app::CommandLine::parse(arguments);
    if (!parsed) {
        std::fprintf(stderr, "botwright: %s (see botwright --help)\n",
                     qUtf8Printable(parsed.error().message));
        return bw::app::ExitUsage;
    }
    switch (parsed->action) {
    case bw::app::CommandLine::Action::ShowHelp:
        std::fputs(qUtf8Printable(helpText(*parsed)), stdout);
        return 0;
    case bw::app::CommandLine::Action::ShowVersion:
        std::printf("botwright %s\n", BOTWRIGHT_VERSION);
        return 0;
    case bw::app::CommandLine::Action::RunHeadless: {
        QCoreApplication app(argc, argv);
        bw::app::HeadlessRunner runner(*parsed);
        return runner.exec();
    }
    case bw::app::CommandLine::Action::RunCommand: {
        const bw::app::cli::Command *command = bw::app::cli::findCommand(parsed->command);
        if (!command) {
            std::fprintf(stderr, "botwright: Unknown command: %s (see botwright --help)\n",
                         qUtf8Printable(parsed->command));
            return bw::app::ExitUsage;
        }
        QCoreApplication app(argc, argv);
        return command->run({parsed->dataDir, parsed->profile, parsed->tokenFile, parsed->commandArguments});
    }
    case bw::app::CommandLine::Action::RunGui:
        break;
    }
    return bw::app::runGuiModule(argc, argv, *parsed);
}
