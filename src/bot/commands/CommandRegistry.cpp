#include "bot/commands/CommandRegistry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bw::commands {

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

} // namespace

QString CommandInvocation::fullName() const
{
    return (QStringList {name} + path).join(u' ');
}

CommandInvocation CommandInvocation::fromData(const QJsonObject &data)
{
    CommandInvocation inv;
    inv.name = data.value(u"name"_s).toString();
    inv.type = data.value(u"type"_s).toInt(1);
    inv.guildId = data.value(u"guild_id"_s).toString();
    inv.targetId = data.value(u"target_id"_s).toString();
    QJsonArray options = data.value(u"options"_s).toArray();
    // Descend through a group and/or a subcommand (types 2 and 1) to the leaf options.
    for (int depth = 0; depth < 2 && options.size() == 1; ++depth) {
        const QJsonObject only = options.first().toObject();
        const int type = only.value(u"type"_s).toInt();
        if (type != 1 && type != 2)
            break;
        inv.path.append(only.value(u"name"_s).toString());
        options = only.value(u"options"_s).toArray();
    }
    for (const QJsonValue &v : std::as_const(options)) {
        const QJsonObject o = v.toObject();
        inv.options.insert(o.value(u"name"_s).toString(), valueText(o.value(u"value"_s)));
        if (o.value(u"focused"_s).toBool())
            inv.focused = o.value(u"name"_s).toString();
    }
    return inv;
}

void CommandRegistry::setCommands(QList<store::CommandRecord> commands)
{
    m_commands = std::move(commands);
}

const store::CommandRecord *CommandRegistry::find(const CommandInvocation &invocation) const
{
    for (const store::CommandRecord &c : m_commands) {
        if (c.name() == invocation.name && c.type() == invocation.type && c.guildId == invocation.guildId)
            return &c;
    }
    return nullptr;
}

QJsonObject CommandRegistry::responseFor(const store::CommandRecord &command,
                                         const CommandInvocation &invocation)
{
    const QJsonObject subcommands = command.response.value(u"subcommands"_s).toObject();
    if (subcommands.isEmpty())
        return command.response;
    const QString path = invocation.path.join(u' ');
    if (subcommands.contains(path))
        return subcommands.value(path).toObject();
    if (!invocation.path.isEmpty() && subcommands.contains(invocation.path.last()))
        return subcommands.value(invocation.path.last()).toObject();
    return {};
}

namespace {

/// The definition of a leaf option, following the invocation's subcommand path.
QJsonObject optionDefinition(const QJsonObject &definition, const CommandInvocation &invocation,
                             const QString &name)
{
    QJsonArray options = definition.value(u"options"_s).toArray();
    for (const QString &step : invocation.path) {
        for (const QJsonValue &v : std::as_const(options)) {
            if (v.toObject().value(u"name"_s).toString() == step) {
                options = v.toObject().value(u"options"_s).toArray();
                break;
            }
        }
    }
    for (const QJsonValue &v : std::as_const(options)) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

} // namespace

QJsonArray CommandRegistry::autocompleteChoices(const store::CommandRecord &command,
                                                const CommandInvocation &invocation)
{
    if (invocation.focused.isEmpty())
        return {};
    const QString &option = invocation.focused;
    QJsonArray source
        = responseFor(command, invocation).value(u"autocomplete"_s).toObject().value(option).toArray();
    if (source.isEmpty())
        source = command.response.value(u"autocomplete"_s).toObject().value(option).toArray();
    if (source.isEmpty())
        source = optionDefinition(command.definition, invocation, option).value(u"choices"_s).toArray();
    const QString typed = invocation.options.value(option).trimmed();
    QJsonArray starts;
    QJsonArray contains;
    for (const QJsonValue &v : std::as_const(source)) {
        QJsonObject choice;
        if (v.isObject()) {
            choice = v.toObject();
            if (!choice.contains(u"value"_s))
                choice.insert(u"value"_s, choice.value(u"name"_s));
        } else {
            const QString text = valueText(v);
            choice = QJsonObject {{u"name"_s, text}, {u"value"_s, v.isDouble() ? v : QJsonValue(text)}};
        }
        const QString name = choice.value(u"name"_s).toString();
        if (name.startsWith(typed, Qt::CaseInsensitive))
            starts.append(choice);
        else if (name.contains(typed, Qt::CaseInsensitive))
            contains.append(choice);
    }
    for (const QJsonValue &v : std::as_const(contains))
        starts.append(v);
    while (starts.size() > 25)
        starts.removeLast();
    return starts;
}

} // namespace bw::commands
