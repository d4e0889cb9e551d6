#include "app/cli/CommandSupport.h"

#include "store/DataDir.h"
#include "store/Database.h"
#include "store/ProfileStore.h"

#include <QCoreApplication>

#include <cstdio>

namespace bw::app::cli {

CommandParser::CommandParser(const QString &usage, const QString &description)
    : m_usage(usage),
      m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit.")),
      m_dataDirOption(QStringLiteral("data-dir"), QStringLiteral("The data directory (as for the GUI)."),
                      QStringLiteral("dir")),
      m_profileOption(QStringLiteral("profile"), QStringLiteral("The bot profile."), QStringLiteral("name")),
      m_tokenFileOption(QStringLiteral("token-file"),
                        QStringLiteral("Read the bot token from <path> (else $BOTWRIGHT_TOKEN, the systemd "
                                       "credential botwright-token, the keychain)."),
                        QStringLiteral("path"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOptions({m_help, m_dataDirOption, m_profileOption, m_tokenFileOption});
}

std::optional<int> CommandParser::parse(const Context &context, const QString &commandName)
{
    QStringList args = context.arguments;
    args.prepend(QStringLiteral("botwright ") + commandName); // QCommandLineParser skips argv[0]
    if (!m_parser.parse(args))
        return fail(commandName, ExitUsage, m_parser.errorText() + QStringLiteral(" (see --help)"));
    if (m_parser.isSet(m_help)) {
        QString text = m_parser.helpText();
        // QCommandLineParser's first line names the executable; show the command's synopsis instead.
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        text = QStringLiteral("Usage: ") + m_usage + (eol >= 0 ? text.mid(eol) : QString());
        std::fputs(qUtf8Printable(text), stdout);
        return ExitOk;
    }
    m_dataDir = m_parser.isSet(m_dataDirOption) ? m_parser.value(m_dataDirOption) : context.dataDir;
    m_profile = m_parser.isSet(m_profileOption) ? m_parser.value(m_profileOption) : context.profile;
    m_tokenFile = m_parser.isSet(m_tokenFileOption) ? m_parser.value(m_tokenFileOption) : context.tokenFile;
    return std::nullopt;
}

int fail(const QString &command, int code, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "botwright %s: %s\n", qUtf8Printable(command), qUtf8Printable(line.simplified()));
    std::fflush(stderr);
    return code;
}

int fail(const QString &command, const Error &error)
{
    return fail(command, exitCodeFor(error), error.toString());
}

Result<std::unique_ptr<store::Database>> openDatabase(const QString &dataDir)
{
    const auto dir = store::DataDir::resolve(dataDir);
    if (!dir)
        return dir.error();
    return store::Database::openInDirectory(dir.value());
}

Result<store::Profile> findProfile(store::Database &db, const QString &name)
{
    if (name.isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("--profile NAME is required"));
    store::ProfileStore profiles(db);
    auto profile = profiles.byName(name);
    if (!profile && profile.error().kind == Error::Kind::NotFound) {
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("no profile named \"%1\" (see botwright profile list)").arg(name));
    }
    return profile;
}

} // namespace bw::app::cli
