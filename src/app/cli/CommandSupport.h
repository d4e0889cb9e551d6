#pragma once
// CommandSupport: what subcommands share: an argument parser with the common options (--data-dir,
// --profile, --help), the one-line error convention, and opening the database and a profile.

#include "app/ExitCode.h"
#include "app/cli/Command.h"
#include "core/Result.h"
#include "store/Profile.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace bw::store {
class Database;
}

namespace bw::app::cli {

class CommandParser
{
public:
    /// `usage` is the synopsis shown by --help, e.g. "botwright profile add NAME [options]".
    explicit CommandParser(const QString &usage, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }

    /// Parses context.arguments. nullopt = go on; otherwise the exit code to return at once (help was
    /// printed, or one usage error line was).
    std::optional<int> parse(const Context &context, const QString &commandName);

    QStringList positional() const { return m_parser.positionalArguments(); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    /// The command's --data-dir, else the global one.
    QString dataDir() const { return m_dataDir; }
    /// The command's --profile, else the global one.
    QString profile() const { return m_profile; }
    QString tokenFile() const { return m_tokenFile; }

private:
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_dataDirOption;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_tokenFileOption;
    QString m_dataDir;
    QString m_profile;
    QString m_tokenFile;
};

/// Prints "botwright COMMAND: message" (one line) on stderr and returns `code`.
int fail(const QString &command, int code, const QString &message);
/// fail() with the code exitCodeFor(error).
int fail(const QString &command, const Error &error);

/// Opens the database of a data directory (empty = the default one).
Result<std::unique_ptr<store::Database>> openDatabase(const QString &dataDir);
/// The profile called `name`; NotFound says how to list them.
Result<store::Profile> findProfile(store::Database &db, const QString &name);

} // namespace bw::app::cli
