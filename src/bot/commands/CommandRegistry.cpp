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

} // namespace bw::commands
