#pragma once
// CommandLine: the options of the `botwright` executable, parsed without creating an application object,
// so the program can decide between the GUI and a GUI-free mode before loading any widget.

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace bw::app {

struct CommandLine
{
    enum class Action { RunGui, ShowHelp, ShowVersion };

    Action action = Action::RunGui;
    QString dataDir; // empty = BOTWRIGHT_DATA_DIR or the platform default
    QString profile; // empty = the last used profile, or the sandbox profile
    QString helpText;

    /// Parses the arguments (argv[0] included). Unknown options give an InvalidInput error whose
    /// message is meant for stderr.
    static Result<CommandLine> parse(const QStringList &arguments);
};

} // namespace bw::app
