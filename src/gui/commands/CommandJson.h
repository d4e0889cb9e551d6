#pragma once
// CommandJson: reads and rewrites a command definition's nested options by index path, and the response
// design of a command or of one of its subcommands (docs/commands.md), with the design's own checks.

#include "store/CommandRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace bw::gui::commands {

/// Indexes into nested "options" arrays: {} = the command itself, {1, 0} = options[1].options[0].
using OptionPath = QList<int>;

class CommandJson
{
public:
    static QJsonObject optionAt(const QJsonObject &definition, const OptionPath &path);
    /// `definition` with the node at `path` replaced by `node`.
    static QJsonObject withNode(const QJsonObject &definition, const OptionPath &path,
                                const QJsonObject &node);
    /// `definition` with `option` appended to the options of the node at `parent`.
    static QJsonObject withOptionAdded(const QJsonObject &definition, const OptionPath &parent,
                                       const QJsonObject &option);
    static QJsonObject withoutOption(const QJsonObject &definition, const OptionPath &path);
    /// CommandValidator's path of the node ("options.1.options.0"; empty for the command).
    static QString errorPath(const OptionPath &path);
    /// The node path that an error path points into (the deepest option it names).
    static OptionPath nodeOfErrorPath(const QString &errorPath);

    static bool hasSubcommands(const QJsonObject &definition);
    /// The subcommand names leading to the node ("admin", "purge"), empty when the node is not a
    /// subcommand (nor inside one).
    static QStringList subcommandNames(const QJsonObject &definition, const OptionPath &path);
    /// The node whose response design an editor shows for `path`: the command (when it has no subcommands),
    /// or the subcommand at or above `path`; nullopt for a group or the parent of subcommands.
    static std::optional<OptionPath> responseNode(const QJsonObject &definition, const OptionPath &path);
    /// The response design of the node at `path` (see responseNode).
    static QJsonObject designAt(const store::CommandRecord &record, const OptionPath &path);
    static QJsonObject withDesign(const store::CommandRecord &record, const OptionPath &path,
                                  const QJsonObject &design);
    /// `response` with the keys of its "subcommands" map that start with the path `before` ("admin",
    /// "admin purge") renamed to `after` (a subcommand's own short key too).
    static QJsonObject withRenamedSubcommand(const QJsonObject &response, const QStringList &before,
                                             const QStringList &after);
    /// The leaf options that {opt.NAME} can use at `path`.
    static QJsonArray leafOptions(const QJsonObject &definition, const OptionPath &path);

    /// Problems of the response designs: (path, message), paths start with "response".
    static QList<std::pair<QString, QString>> responseProblems(const store::CommandRecord &record);
};

} // namespace bw::gui::commands
