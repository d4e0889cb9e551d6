#pragma once
// CommandLine: the options of the `botwright` executable, parsed without creating an application object,
// so the program can decide between the GUI, headless mode and a subcommand before loading any widget.

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace bw::app {

struct CommandLine
{
    enum class Action { RunGui, RunHeadless, RunCommand, ShowHelp, ShowVersion };

    Action action = Action::RunGui;
    QString dataDir; // empty = BOTWRIGHT_DATA_DIR or the platform default
    QString profile; // empty = the last used profile, or the sandbox profile
    QString tokenFile; // headless and one-shot runs: a file holding the bot token
    QString command; // RunCommand: the subcommand's name ("profile", "views", "send-view", ...)
    QStringList commandArguments; // RunCommand: everything after the subcommand's name
    QString helpText;

    /// Parses the arguments (argv[0] included). Global options come before the subcommand; everything
    /// after its name belongs to the subcommand. Unknown options or commands give an InvalidInput error
    /// whose message is meant for stderr.
    static Result<CommandLine> parse(const QStringList &arguments);
};

} // namespace bw::app
