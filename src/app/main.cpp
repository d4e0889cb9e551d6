// botwright: the desktop app. Parses the command line before anything graphical is loaded; the GUI
// itself comes from the botwright-gui module (GuiMain.cpp).
#include "app/CommandLine.h"
#include "app/GuiLoader.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Botwright"));
    QCoreApplication::setApplicationName(QStringLiteral("botwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTWRIGHT_VERSION));

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const auto parsed = bw::app::CommandLine::parse(arguments);
    if (!parsed) {
        std::fprintf(stderr, "botwright: %s (see botwright --help)\n",
                     qUtf8Printable(parsed.error().message));
        return 2;
    }
    switch (parsed->action) {
    case bw::app::CommandLine::Action::ShowHelp:
        std::fputs(qUtf8Printable(parsed->helpText), stdout);
        return 0;
    case bw::app::CommandLine::Action::ShowVersion:
        std::printf("botwright %s\n", BOTWRIGHT_VERSION);
        return 0;
    case bw::app::CommandLine::Action::RunGui:
        break;
    }
    return bw::app::runGuiModule(argc, argv, *parsed);
}
