#pragma once
// CommandRegistry: the profile's commands as the runtime answers them: finds the command an interaction
// invoked (name, type, scope), the subcommand path, the option values for {opt.NAME}, and the response design
// that applies (one per command, or one per subcommand path).

#include "store/CommandRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bw::commands {

/// What one command interaction asks for, read from its `data`.
struct CommandInvocation
{
    QString name; // the command's name
    int type = 1;
    QString guildId; // data.guild_id: set for guild commands
    QStringList path; // subcommand group and/or subcommand names, in order ("admin", "purge")
    QHash<QString, QString> options; // the leaf options as text: name -> value
    QString targetId; // user/message context menus
    QString focused; // autocomplete: the option being typed (its text so far is in `options`)

    /// "tools admin purge"
    QString fullName() const;
    static CommandInvocation fromData(const QJsonObject &data);
};

class CommandRegistry
{
public:
    void setCommands(QList<store::CommandRecord> commands);
    const QList<store::CommandRecord> &commands() const { return m_commands; }

    /// The command an interaction invoked, or nullptr.
    const store::CommandRecord *find(const CommandInvocation &invocation) const;
    /// The response design for an invocation: the command's `response`, or, when it has a "subcommands" map,
    /// the entry for the invoked path ("admin purge", else "purge"). Empty when there is none.
    static QJsonObject responseFor(const store::CommandRecord &command, const CommandInvocation &invocation);
    /// The autocomplete choices for the focused option of an invocation: the design's
    /// "autocomplete": {"OPTION": [...]} list (of the subcommand's design, else the command's; entries are
    /// strings or {name, value}), else the option definition's "choices", keeping those whose name starts
    /// with the typed text (case-insensitive; then those that contain it), at most 25.
    static QJsonArray autocompleteChoices(const store::CommandRecord &command,
                                          const CommandInvocation &invocation);

private:
    QList<store::CommandRecord> m_commands;
};

} // namespace bw::commands
