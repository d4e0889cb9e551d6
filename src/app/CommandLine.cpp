#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace bw::app {

Result<CommandLine> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Design and operate Discord bots from the desktop."));
    // `botwright --data-dir D views list --profile P`: options after the command belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "A command to run instead of the GUI (see below)."),
        QStringLiteral("[command [options]]"));
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
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        QCoreApplication::translate("CommandLine",
                                    "Run the bot without a window (servers); logs go to stdout, "
                                    "SIGINT/SIGTERM stop it."));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        QCoreApplication::translate("CommandLine",
                                    "Headless and one-shot runs: read the bot token from <path> "
                                    "(else $BOTWRIGHT_TOKEN, systemd's botwright-token credential, "
                                    "the keychain)."),
        QStringLiteral("path"));
    parser.addOptions({help, version, dataDir, profile, headless, tokenFile});

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return Error::make(Error::Kind::InvalidInput, parser.errorText());
    result.dataDir = parser.value(dataDir);
    result.profile = parser.value(profile);
    result.tokenFile = parser.value(tokenFile);
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (parser.isSet(headless)) {
            return Error::make(
                Error::Kind::InvalidInput,
                QCoreApplication::translate("CommandLine", "--headless takes no command (got %1)")
                    .arg(positional.constFirst()));
        }
        result.action = Action::RunCommand;
        result.command = positional.constFirst();
        result.commandArguments = positional.mid(1);
        return result;
    }
    if (parser.isSet(headless)) {
        if (result.profile.isEmpty()) {
            return Error::make(Error::Kind::InvalidInput,
                               QCoreApplication::translate("CommandLine", "--headless needs --profile NAME"));
        }
        result.action = Action::RunHeadless;
    }
    return result;
}

} // namespace bw::app
