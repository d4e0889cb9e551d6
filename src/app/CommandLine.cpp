#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace bw::app {

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Design and operate Discord bots from the desktop."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine",
                                    "Keep the database and settings in <dir> (default: $BOTWRIGHT_DATA_DIR, "
                                    "else the platform's application data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption profile(
        QStringLiteral("profile"), QCoreApplication::translate("CommandLine", "Use the bot profile <name>."),
        QStringLiteral("name"));
    parser.addOptions({help, version, dataDir, profile});

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return Error::make(Error::Kind::InvalidInput, parser.errorText());
    if (!parser.positionalArguments().isEmpty()) {
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("CommandLine", "Unknown command: %1")
                               .arg(parser.positionalArguments().constFirst()));
    }
    if (parser.isSet(help))
        result.action = Action::ShowHelp;
    else if (parser.isSet(version))
        result.action = Action::ShowVersion;
    result.dataDir = parser.value(dataDir);
    result.profile = parser.value(profile);
    return result;
}

} // namespace bw::app
