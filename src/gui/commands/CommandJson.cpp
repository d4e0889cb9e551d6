#include "gui/commands/CommandJson.h"

#include "bot/commands/CommandResponder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bw::gui::commands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::gui::commands::CommandJson", text);
}

QJsonObject replaceAt(const QJsonObject &node, const OptionPath &path, qsizetype depth,
                      const std::function<QJsonObject(const QJsonObject &)> &edit)
{
    if (depth == path.size())
        return edit(node);
    QJsonArray options = node.value(u"options"_s).toArray();
    const int i = path.at(depth);
    if (i < 0 || i >= options.size())
        return node;
    options[i] = replaceAt(options.at(i).toObject(), path, depth + 1, edit);
    QJsonObject out = node;
    out.insert(u"options"_s, options);
    return out;
}

QString replyText(const QJsonValue &reply)
{
    return reply.isObject() ? reply.toObject().value(u"content"_s).toString() : reply.toString();
}

bool replyEmpty(const QJsonValue &reply)
{
    if (!reply.isObject())
        return reply.toString().trimmed().isEmpty();
    const QJsonObject o = reply.toObject();
    return o.value(u"content"_s).toString().trimmed().isEmpty() && o.value(u"embeds"_s).toArray().isEmpty()
        && o.value(u"components"_s).toArray().isEmpty();
}

void checkTemplate(const QString &text, const QJsonArray &options, const QString &path,
                   QList<std::pair<QString, QString>> &out)
{
    static const QRegularExpression opt(u"\\{opt\\.([^}\\s]*)\\}"_s);
    auto it = opt.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        bool known = false;
        for (const QJsonValue &o : options)
            known = known || o.toObject().value(u"name"_s).toString() == name;
        if (!known)
            out.append({path,
                        QCoreApplication::translate("bw::gui::commands::CommandJson",
                                                    "{opt.%1}: there is no option “%1” here.")
                            .arg(name)});
    }
}

} // namespace

QJsonObject CommandJson::optionAt(const QJsonObject &definition, const OptionPath &path)
{
    QJsonObject node = definition;
    for (int i : path) {
        const QJsonArray options = node.value(u"options"_s).toArray();
        if (i < 0 || i >= options.size())
            return {};
        node = options.at(i).toObject();
    }
    return node;
}

QJsonObject CommandJson::withNode(const QJsonObject &definition, const OptionPath &path,
                                  const QJsonObject &node)
{
    return replaceAt(definition, path, 0, [&](const QJsonObject &) { return node; });
}

QJsonObject CommandJson::withOptionAdded(const QJsonObject &definition, const OptionPath &parent,
                                         const QJsonObject &option)
{
    return replaceAt(definition, parent, 0, [&](const QJsonObject &node) {
        QJsonObject out = node;
        QJsonArray options = node.value(u"options"_s).toArray();
        options.append(option);
        out.insert(u"options"_s, options);
        return out;
    });
}

QJsonObject CommandJson::withoutOption(const QJsonObject &definition, const OptionPath &path)
{
    if (path.isEmpty())
        return definition;
    const OptionPath parent = path.first(path.size() - 1);
    const int index = path.constLast();
    return replaceAt(definition, parent, 0, [&](const QJsonObject &node) {
        QJsonObject out = node;
        QJsonArray options = node.value(u"options"_s).toArray();
        if (index >= 0 && index < options.size())
            options.removeAt(index);
        if (options.isEmpty())
            out.remove(u"options"_s);
        else
            out.insert(u"options"_s, options);
        return out;
    });
}

QString CommandJson::errorPath(const OptionPath &path)
{
    QStringList parts;
    for (int i : path)
        parts << u"options"_s << QString::number(i);
    return parts.join(u'.');
}

OptionPath CommandJson::nodeOfErrorPath(const QString &errorPath)
{
    OptionPath out;
    const QStringList parts = errorPath.split(u'.');
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        bool ok = false;
        const int index = parts.at(i + 1).toInt(&ok);
        if (parts.at(i) != u"options"_s || !ok)
            break;
        out.append(index);
    }
    return out;
}

bool CommandJson::hasSubcommands(const QJsonObject &definition)
{
    for (const QJsonValue &o : definition.value(u"options"_s).toArray()) {
        const int type = o.toObject().value(u"type"_s).toInt();
        if (type == 1 || type == 2)
            return true;
    }
    return false;
}

QStringList CommandJson::subcommandNames(const QJsonObject &definition, const OptionPath &path)
{
    QStringList names;
    QJsonObject node = definition;
    for (int i : path) {
        node = node.value(u"options"_s).toArray().at(i).toObject();
        const int type = node.value(u"type"_s).toInt();
        if (type != 1 && type != 2)
            break;
        names << node.value(u"name"_s).toString();
    }
    return names;
}

std::optional<OptionPath> CommandJson::responseNode(const QJsonObject &definition, const OptionPath &path)
{
    if (!hasSubcommands(definition))
        return OptionPath {};
    OptionPath node;
    QJsonObject current = definition;
    for (int i : path) {
        current = current.value(u"options"_s).toArray().at(i).toObject();
        node.append(i);
        const int type = current.value(u"type"_s).toInt();
        if (type == 1)
            return node;
        if (type != 2)
            return std::nullopt;
    }
    return std::nullopt;
}

QJsonObject CommandJson::designAt(const store::CommandRecord &record, const OptionPath &path)
{
    if (!hasSubcommands(record.definition)) {
        QJsonObject design = record.response;
        design.remove(u"subcommands"_s);
        return design;
    }
    const QStringList names = subcommandNames(record.definition, path);
    if (names.isEmpty())
        return {};
    const QJsonObject map = record.response.value(u"subcommands"_s).toObject();
    const QString full = names.join(u' ');
    if (map.contains(full))
        return map.value(full).toObject();
    return map.value(names.constLast()).toObject();
}

QJsonObject CommandJson::withDesign(const store::CommandRecord &record, const OptionPath &path,
                                    const QJsonObject &design)
{
    if (!hasSubcommands(record.definition))
        return design;
    const QStringList names = subcommandNames(record.definition, path);
    if (names.isEmpty())
        return record.response;
    QJsonObject map = record.response.value(u"subcommands"_s).toObject();
    const QString full = names.join(u' ');
    const QString key = !map.contains(full) && map.contains(names.constLast()) ? names.constLast() : full;
    if (design.isEmpty())
        map.remove(key);
    else
        map.insert(key, design);
    return QJsonObject {{u"subcommands"_s, map}};
}

QJsonObject CommandJson::withRenamedSubcommand(const QJsonObject &response, const QStringList &before,
                                               const QStringList &after)
{
    const QJsonObject map = response.value(u"subcommands"_s).toObject();
    if (map.isEmpty() || before == after)
        return response;
    const QString from = before.join(u' ');
    const QString to = after.join(u' ');
    QJsonObject renamed;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        QString key = it.key();
        if (key == from || key.startsWith(from + u' '))
            key = to + key.mid(from.size());
        else if (before.size() > 1 && key == before.constLast() && !map.contains(to))
            key = after.constLast();
        renamed.insert(key, it.value());
    }
    QJsonObject out = response;
    out.insert(u"subcommands"_s, renamed);
    return out;
}

QJsonArray CommandJson::leafOptions(const QJsonObject &definition, const OptionPath &path)
{
    const std::optional<OptionPath> node = responseNode(definition, path);
    QJsonArray out;
    for (const QJsonValue &o :
         optionAt(definition, node.value_or(OptionPath {})).value(u"options"_s).toArray()) {
        const int type = o.toObject().value(u"type"_s).toInt();
        if (type != 1 && type != 2)
            out.append(o);
    }
    return out;
}

QList<std::pair<QString, QString>> CommandJson::responseProblems(const store::CommandRecord &record)
{
    QList<std::pair<QString, QString>> out;
    QList<OptionPath> leaves;
    if (!hasSubcommands(record.definition)) {
        leaves.append(OptionPath {});
    } else {
        const QJsonArray top = record.definition.value(u"options"_s).toArray();
        for (int i = 0; i < top.size(); ++i) {
            const QJsonObject o = top.at(i).toObject();
            if (o.value(u"type"_s).toInt() == 1)
                leaves.append(OptionPath {i});
            const QJsonArray inner = o.value(u"options"_s).toArray();
            for (int j = 0; o.value(u"type"_s).toInt() == 2 && j < inner.size(); ++j)
                leaves.append(OptionPath {i, j});
        }
    }
    for (const OptionPath &leaf : std::as_const(leaves)) {
        const QJsonObject design = designAt(record, leaf);
        const QStringList names = subcommandNames(record.definition, leaf);
        const QString path = names.isEmpty() ? u"response"_s : u"response."_s + names.join(u' ');
        const QString where
            = names.isEmpty() ? QString() : u"/"_s + record.name() + u' ' + names.join(u' ') + u": "_s;
        const QJsonArray options = leafOptions(record.definition, leaf);
        const QString type = design.value(u"type"_s).toString();
        if (design.isEmpty()) {
            out.append({path,
                        where
                            + tr("No response designed: Discord would show “The application did not "
                                 "respond”.")});
        } else if (type == u"reply"_s) {
            if (replyEmpty(design.value(u"reply"_s)))
                out.append({path, where + tr("The reply is empty.")});
            checkTemplate(replyText(design.value(u"reply"_s)), options, path, out);
        } else if (type == u"defer"_s) {
            const QString delayOption = design.value(u"delay_option"_s).toString();
            if (!delayOption.isEmpty()) {
                bool found = false;
                for (const QJsonValue &o : options) {
                    const QJsonObject opt = o.toObject();
                    const int t = opt.value(u"type"_s).toInt();
                    found = found || (opt.value(u"name"_s).toString() == delayOption && (t == 4 || t == 10));
                }
                if (!found)
                    out.append({path,
                                where
                                    + tr("The delay option “%1” is not an integer or number option.")
                                          .arg(delayOption)});
            }
            const QJsonValue reply = design.value(u"then"_s).toObject().value(u"reply"_s);
            if (replyEmpty(reply))
                out.append({path, where + tr("The follow-up is empty.")});
            checkTemplate(replyText(reply), options, path, out);
            // A follow-up after a REST call (issue 9): the call's own problems, and its {opt.NAME} uses.
            for (const QString &problem : bw::commands::restDesignProblems(design))
                out.append({path, where + problem});
            if (design.value(u"rest"_s).isObject())
                checkTemplate(QString::fromUtf8(QJsonDocument(design.value(u"rest"_s).toObject()).toJson()),
                              options, path, out);
        } else if (type == u"modal"_s) {
            const QJsonObject modal = design.value(u"modal"_s).toObject();
            if (modal.value(u"title"_s).toString().trimmed().isEmpty())
                out.append({path, where + tr("The modal needs a title.")});
            if (modal.value(u"custom_id"_s).toString().isEmpty())
                out.append({path, where + tr("The modal needs a custom id.")});
            const qsizetype rows = modal.value(u"components"_s).toArray().size();
            if (rows < 1 || rows > 5)
                out.append({path, where + tr("A modal has 1 to 5 text inputs (has %1).").arg(rows)});
        } else {
            out.append({path, where + tr("Unknown response type “%1”.").arg(type)});
        }
    }
    return out;
}

} // namespace bw::gui::commands
