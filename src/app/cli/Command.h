#pragma once
// Command: one `botwright COMMAND ...` subcommand. Adding one = one file in src/app/cli defining a
// `Command xxxCommand()` function + one line in CommandTable.cpp (CMake picks up every cli/*.cpp).

#include <QList>
#include <QString>
#include <QStringList>

namespace bw::app::cli {

/// What every command gets: the global options given before its name, and its own arguments.
struct Context
{
    QString dataDir; // --data-dir before the command (a command's own --data-dir wins)
    QString profile; // --profile before the command (a command's own --profile wins)
    QString tokenFile; // --token-file before the command
    QStringList arguments; // everything after the command's name
};

struct Command
{
    QString name; // "profile", "views", "send-view"
    QString synopsis; // one line for `botwright --help`, e.g. "profile add|list|remove ..."
    int (*run)(const Context &context) = nullptr; // returns the process's exit code (ExitCode.h)
};

/// Every command, in the order `botwright --help` lists them.
const QList<Command> &commands();
/// The command named `name`, or nullptr.
const Command *findCommand(const QString &name);

} // namespace bw::app::cli
