// The table of `botwright` subcommands. To add one: write src/app/cli/FooCommand.cpp defining
// `Command fooCommand()`, declare it here and add it to the list.
#include "app/cli/Command.h"

namespace bw::app::cli {

Command profileCommand();
Command viewsCommand();
Command sendViewCommand();
Command runTaskCommand();
Command tasksCommand();

const QList<Command> &commands()
{
    static const QList<Command> table = {
        profileCommand(), viewsCommand(), sendViewCommand(), runTaskCommand(), tasksCommand(),
    };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace bw::app::cli
