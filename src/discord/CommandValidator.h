#pragma once
// CommandValidator: checks application commands (Discord's JSON shape) against Discord's limits: names,
// lengths, 25 options/choices, subcommand nesting, option types and their fields, total size.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bw::discord {

/// One problem found in a command. `path` names the field like Discord's error tree does
/// ("options.0.choices.2.name"; empty for the command as a whole).
struct CommandProblem
{
    QString path;
    QString message;

    bool operator==(const CommandProblem &other) const = default;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

class CommandValidator
{
public:
    enum CommandType { ChatInput = 1, User = 2, Message = 3 };
    enum OptionType {
        SubCommand = 1,
        SubCommandGroup = 2,
        String = 3,
        Integer = 4,
        Boolean = 5,
        UserOption = 6,
        Channel = 7,
        Role = 8,
        Mentionable = 9,
        Number = 10,
        Attachment = 11,
    };

    static constexpr int kMaxNameLength = 32;
    static constexpr int kMaxDescriptionLength = 100;
    static constexpr int kMaxOptions = 25;
    static constexpr int kMaxChoices = 25;
    static constexpr int kMaxChoiceNameLength = 100;
    static constexpr int kMaxChoiceStringLength = 100;
    static constexpr int kMaxLengthBound = 6000;
    static constexpr int kMaxTotalSize = 8000;
    static constexpr int kMaxChatInputCommands = 100;
    static constexpr int kMaxContextMenuCommands = 15; // per type (user, message)
    static constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

    /// Every problem of one command (empty when Discord would accept it).
    static QList<CommandProblem> validate(const QJsonObject &command);
    /// Every problem of a scope's whole list, as a bulk overwrite would send it: each command (paths
    /// prefixed with its index), names unique per type, at most 100 slash and 15 of each context menu.
    static QList<CommandProblem> validateList(const QJsonArray &commands);

    /// True when `name` is a valid name for a command of `commandType` (options use ChatInput rules).
    static bool isValidName(const QString &name, int commandType = ChatInput);
    /// The characters that count toward the 8000 limit: names, descriptions, choice names and string
    /// values of the command and all its options; of a localized string only the longest version counts.
    static int totalSize(const QJsonObject &command);
    /// Discord's name for an option type ("string", "sub command"), empty when unknown.
    static QString optionTypeName(int type);
    /// The channel types an option may restrict to.
    static QList<int> knownChannelTypes();
    /// The locales Discord accepts as keys of name_localizations / description_localizations.
    static const QStringList &knownLocales();
};

} // namespace bw::discord
