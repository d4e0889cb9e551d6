#include "discord/CommandValidator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bw::discord {

namespace {

using Problems = QList<CommandProblem>;

/// Characters as Discord counts them (code points, so an emoji outside the BMP is one).
int length(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString join(const QString &path, qsizetype index)
{
    return join(path, QString::number(index));
}

bool isIntegral(double v)
{
    return std::isfinite(v) && std::floor(v) == v;
}

const QRegularExpression &chatInputNamePattern()
{
    // Discord: ^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$ (the scripts bring their combining marks).
    static const QRegularExpression re(u"^[-_'\\p{L}\\p{N}\\p{Devanagari}\\p{Thai}]{1,32}$"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

void checkName(const QString &path, const QJsonValue &value, int commandType, Problems &out)
{
    if (!value.isString()) {
        out.append({path, u"A name is required."_s});
        return;
    }
    const QString name = value.toString();
    const int n = length(name);
    if (n < 1 || n > CommandValidator::kMaxNameLength) {
        out.append({path, u"Must be between 1 and 32 characters long (is %1)."_s.arg(n)});
        return;
    }
    if (commandType != CommandValidator::ChatInput) {
        if (name.trimmed() != name)
            out.append({path, u"Must not start or end with a space."_s});
        return;
    }
    if (!chatInputNamePattern().match(name).hasMatch()) {
        out.append(
            {path,
             u"“%1” may only contain letters, digits, - _ and ' (no spaces or other symbols)."_s.arg(name)});
        return;
    }
    if (name.toLower() != name)
        out.append({path, u"“%1” must be lowercase (write “%2”)."_s.arg(name, name.toLower())});
}

void checkDescription(const QString &path, const QJsonValue &value, bool required, Problems &out)
{
    const QString text = value.toString();
    if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        out.append({path, u"Must be a string."_s});
        return;
    }
    const int n = length(text);
    if (!required) {
        if (n != 0)
            out.append({path, u"Context menu commands have no description."_s});
        return;
    }
    if (n < 1 || n > CommandValidator::kMaxDescriptionLength)
        out.append({path, u"Must be between 1 and 100 characters long (is %1)."_s.arg(n)});
}

void checkLocalizations(const QString &path, const QJsonValue &value, int commandType, bool isName,
                        Problems &out)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isObject()) {
        out.append({path, u"Must be an object of locale → text."_s});
        return;
    }
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString p = join(path, it.key());
        if (!CommandValidator::knownLocales().contains(it.key()))
            out.append({p, u"“%1” is not a locale Discord knows."_s.arg(it.key())});
        if (isName)
            checkName(p, it.value(), commandType, out);
        else
            checkDescription(p, it.value(), commandType == CommandValidator::ChatInput, out);
    }
}

/// The longest of a string and its localizations (what counts toward the total size).
int longest(const QJsonObject &o, const QString &key)
{
    int n = length(o.value(key).toString());
    const QJsonObject loc = o.value(key + u"_localizations"_s).toObject();
    for (auto it = loc.begin(); it != loc.end(); ++it)
        n = std::max(n, length(it.value().toString()));
    return n;
}

void checkNumberBound(const QString &path, const QJsonValue &v, bool integer, Problems &out)
{
    if (!v.isDouble()) {
        out.append({path, u"Must be a number."_s});
        return;
    }
    const double d = v.toDouble();
    if (integer && !isIntegral(d))
        out.append({path, u"Must be a whole number for an integer option."_s});
    else if (std::fabs(d) > CommandValidator::kMaxSafeInteger)
        out.append({path, u"Must be between -(2^53-1) and 2^53-1."_s});
}

void checkChoices(const QString &path, const QJsonObject &option, int type, Problems &out)
{
    const QJsonValue value = option.value(u"choices"_s);
    if (value.isUndefined() || value.isNull())
        return;
    const QString p = join(path, u"choices"_s);
    if (type != CommandValidator::String && type != CommandValidator::Integer
        && type != CommandValidator::Number) {
        out.append({p, u"Only string, integer and number options can have choices."_s});
        return;
    }
    if (!value.isArray()) {
        out.append({p, u"Must be a list."_s});
        return;
    }
    const QJsonArray choices = value.toArray();
    if (choices.size() > CommandValidator::kMaxChoices)
        out.append({p, u"At most 25 choices (has %1)."_s.arg(choices.size())});
    if (!choices.isEmpty() && option.value(u"autocomplete"_s).toBool())
        out.append({p, u"An option with autocomplete cannot have choices."_s});
    QSet<QString> names;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const QString cp = join(p, i);
        const QJsonObject choice = choices.at(i).toObject();
        const QString name = choice.value(u"name"_s).toString();
        const int n = length(name);
        if (n < 1 || n > CommandValidator::kMaxChoiceNameLength)
            out.append({join(cp, u"name"_s), u"Must be between 1 and 100 characters long (is %1)."_s.arg(n)});
        else if (names.contains(name))
            out.append({join(cp, u"name"_s), u"Another choice is already named “%1”."_s.arg(name)});
        names.insert(name);
        checkLocalizations(join(cp, u"name_localizations"_s), choice.value(u"name_localizations"_s),
                           CommandValidator::User /* any case, like choice names */, true, out);
        const QJsonValue v = choice.value(u"value"_s);
        const QString vp = join(cp, u"value"_s);
        if (type == CommandValidator::String) {
            if (!v.isString())
                out.append({vp, u"Must be a string for a string option."_s});
            else if (const int len = length(v.toString());
                     len < 1 || len > CommandValidator::kMaxChoiceStringLength)
                out.append({vp, u"Must be between 1 and 100 characters long (is %1)."_s.arg(len)});
        } else {
            checkNumberBound(vp, v, type == CommandValidator::Integer, out);
        }
    }
}

void checkOption(const QString &path, const QJsonObject &option, int depth, Problems &out);

/// A list of options at `depth` (0 = the command's own, 1 = a subcommand's or group's).
void checkOptionList(const QString &path, const QJsonValue &value, int depth, int parentType, Problems &out)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        out.append({path, u"Must be a list."_s});
        return;
    }
    const QJsonArray options = value.toArray();
    if (options.size() > CommandValidator::kMaxOptions)
        out.append({path, u"At most 25 options (has %1)."_s.arg(options.size())});
    QSet<QString> names;
    bool sawOptional = false;
    bool sawSub = false;
    bool sawValue = false;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString p = join(path, i);
        if (!options.at(i).isObject()) {
            out.append({p, u"Must be an option object."_s});
            continue;
        }
        const QJsonObject option = options.at(i).toObject();
        const int type = option.value(u"type"_s).toInt(0);
        const QString name = option.value(u"name"_s).toString();
        if (!name.isEmpty() && names.contains(name))
            out.append({join(p, u"name"_s), u"Another option here is already named “%1”."_s.arg(name)});
        names.insert(name);
        const bool isSub = type == CommandValidator::SubCommand || type == CommandValidator::SubCommandGroup;
        if (type >= 1 && type <= 11) {
            sawSub = sawSub || isSub;
            sawValue = sawValue || !isSub;
        }
        if (parentType == CommandValidator::SubCommandGroup && type != CommandValidator::SubCommand
            && type >= 1 && type <= 11) {
            out.append({join(p, u"type"_s), u"A subcommand group can only contain subcommands."_s});
        } else if (parentType == CommandValidator::SubCommand && isSub) {
            out.append({join(p, u"type"_s),
                        type == CommandValidator::SubCommand ? u"A subcommand cannot contain subcommands."_s
                                                             : u"Subcommand groups cannot be nested."_s});
        }
        if (!isSub) {
            const bool required = option.value(u"required"_s).toBool();
            if (required && sawOptional)
                out.append({join(p, u"required"_s), u"Required options must come before optional ones."_s});
            sawOptional = sawOptional || !required;
        }
        checkOption(p, option, depth, out);
    }
    if (depth == 0 && sawSub && sawValue)
        out.append({path, u"A command has either subcommands (and groups) or plain options, not both."_s});
}

void checkOption(const QString &path, const QJsonObject &option, int depth, Problems &out)
{
    const QJsonValue typeValue = option.value(u"type"_s);
    const int type = typeValue.toInt(0);
    if (!typeValue.isDouble() || type < 1 || type > 11) {
        out.append({join(path, u"type"_s), u"Must be an option type between 1 and 11."_s});
        return;
    }
    checkName(join(path, u"name"_s), option.value(u"name"_s), CommandValidator::ChatInput, out);
    checkDescription(join(path, u"description"_s), option.value(u"description"_s), true, out);
    checkLocalizations(join(path, u"name_localizations"_s), option.value(u"name_localizations"_s),
                       CommandValidator::ChatInput, true, out);
    checkLocalizations(join(path, u"description_localizations"_s),
                       option.value(u"description_localizations"_s), CommandValidator::ChatInput, false, out);

    const bool isSub = type == CommandValidator::SubCommand || type == CommandValidator::SubCommandGroup;
    if (isSub) {
        if (option.contains(u"required"_s) && option.value(u"required"_s).toBool())
            out.append({join(path, u"required"_s), u"Subcommands and groups cannot be required."_s});
        const QJsonArray children = option.value(u"options"_s).toArray();
        if (type == CommandValidator::SubCommandGroup && children.isEmpty())
            out.append({join(path, u"options"_s), u"A subcommand group needs at least one subcommand."_s});
        if (depth >= 2 || (depth == 1 && type == CommandValidator::SubCommandGroup)) {
            // Reported by the parent list already (wrong type at this level); do not descend further.
            return;
        }
        checkOptionList(join(path, u"options"_s), option.value(u"options"_s), depth + 1, type, out);
        for (const auto &key : {u"choices"_s, u"min_value"_s, u"max_value"_s, u"min_length"_s,
                                u"max_length"_s, u"channel_types"_s, u"autocomplete"_s}) {
            const QJsonValue v = option.value(key);
            if (!v.isUndefined() && !v.isNull() && v != QJsonValue(false))
                out.append({join(path, key), u"Subcommands and groups cannot have %1."_s.arg(key)});
        }
        return;
    }
    if (option.contains(u"options"_s))
        out.append({join(path, u"options"_s), u"Only subcommands and groups contain options."_s});

    checkChoices(path, option, type, out);

    const bool numeric = type == CommandValidator::Integer || type == CommandValidator::Number;
    if (option.value(u"autocomplete"_s).toBool() && !numeric && type != CommandValidator::String)
        out.append(
            {join(path, u"autocomplete"_s), u"Only string, integer and number options can autocomplete."_s});

    const QJsonValue minValue = option.value(u"min_value"_s);
    const QJsonValue maxValue = option.value(u"max_value"_s);
    for (const auto &[key, v] :
         {std::pair {u"min_value"_s, minValue}, std::pair {u"max_value"_s, maxValue}}) {
        if (v.isUndefined() || v.isNull())
            continue;
        if (!numeric)
            out.append({join(path, key), u"Only integer and number options have %1."_s.arg(key)});
        else
            checkNumberBound(join(path, key), v, type == CommandValidator::Integer, out);
    }
    if (numeric && minValue.isDouble() && maxValue.isDouble() && minValue.toDouble() > maxValue.toDouble())
        out.append({join(path, u"min_value"_s), u"Must not be greater than max_value."_s});

    const QJsonValue minLength = option.value(u"min_length"_s);
    const QJsonValue maxLength = option.value(u"max_length"_s);
    const std::pair<QString, QJsonValue> lengths[]
        = {{u"min_length"_s, minLength}, {u"max_length"_s, maxLength}};
    for (const auto &[key, v] : lengths) {
        if (v.isUndefined() || v.isNull())
            continue;
        const int low = key == u"min_length"_s ? 0 : 1;
        if (type != CommandValidator::String)
            out.append({join(path, key), u"Only string options have %1."_s.arg(key)});
        else if (!v.isDouble() || !isIntegral(v.toDouble()) || v.toDouble() < low
                 || v.toDouble() > CommandValidator::kMaxLengthBound)
            out.append({join(path, key), u"Must be a whole number between %1 and 6000."_s.arg(low)});
    }
    if (type == CommandValidator::String && minLength.isDouble() && maxLength.isDouble()
        && minLength.toDouble() > maxLength.toDouble())
        out.append({join(path, u"min_length"_s), u"Must not be greater than max_length."_s});

    const QJsonValue channelTypes = option.value(u"channel_types"_s);
    if (!channelTypes.isUndefined() && !channelTypes.isNull()) {
        const QString p = join(path, u"channel_types"_s);
        if (type != CommandValidator::Channel) {
            out.append({p, u"Only channel options have channel types."_s});
        } else if (!channelTypes.isArray()) {
            out.append({p, u"Must be a list of channel types."_s});
        } else {
            const QJsonArray list = channelTypes.toArray();
            const QList<int> known = CommandValidator::knownChannelTypes();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!list.at(i).isDouble() || !known.contains(list.at(i).toInt(-1)))
                    out.append(
                        {join(p, i), u"%1 is not a channel type."_s.arg(list.at(i).toVariant().toString())});
            }
        }
    }
}

void checkIntList(const QString &path, const QJsonValue &value, const QList<int> &allowed, Problems &out)
{
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray()) {
        out.append({path, u"Must be a list."_s});
        return;
    }
    const QJsonArray list = value.toArray();
    QStringList names;
    for (int a : allowed)
        names << QString::number(a);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isDouble() || !allowed.contains(list.at(i).toInt(-1)))
            out.append({join(path, i), u"Must be one of %1."_s.arg(names.join(u", "_s))});
    }
}

int optionsSize(const QJsonArray &options)
{
    int n = 0;
    for (const QJsonValue &v : options) {
        const QJsonObject o = v.toObject();
        n += longest(o, u"name"_s) + longest(o, u"description"_s);
        for (const QJsonValue &c : o.value(u"choices"_s).toArray()) {
            const QJsonObject choice = c.toObject();
            n += longest(choice, u"name"_s);
            if (choice.value(u"value"_s).isString())
                n += length(choice.value(u"value"_s).toString());
        }
        n += optionsSize(o.value(u"options"_s).toArray());
    }
    return n;
}

} // namespace

QList<CommandProblem> CommandValidator::validate(const QJsonObject &command)
{
    Problems out;
    const QJsonValue typeValue = command.value(u"type"_s);
    const int type = typeValue.isUndefined() ? ChatInput : typeValue.toInt(0);
    if (type < ChatInput || type > Message) {
        out.append({u"type"_s, u"Must be 1 (slash command), 2 (user) or 3 (message context menu)."_s});
        return out;
    }
    checkName(u"name"_s, command.value(u"name"_s), type, out);
    checkLocalizations(u"name_localizations"_s, command.value(u"name_localizations"_s), type, true, out);
    if (type == ChatInput) {
        checkDescription(u"description"_s, command.value(u"description"_s), true, out);
        checkLocalizations(u"description_localizations"_s, command.value(u"description_localizations"_s),
                           type, false, out);
        checkOptionList(u"options"_s, command.value(u"options"_s), 0, 0, out);
    } else {
        checkDescription(u"description"_s, command.value(u"description"_s), false, out);
        if (!command.value(u"description_localizations"_s).toObject().isEmpty())
            out.append({u"description_localizations"_s, u"Context menu commands have no description."_s});
        if (!command.value(u"options"_s).toArray().isEmpty())
            out.append({u"options"_s, u"Context menu commands have no options."_s});
    }

    const QJsonValue permissions = command.value(u"default_member_permissions"_s);
    if (!permissions.isUndefined() && !permissions.isNull()) {
        bool ok = false;
        if (permissions.isString())
            permissions.toString().toULongLong(&ok);
        if (!ok)
            out.append(
                {u"default_member_permissions"_s, u"Must be a permission bit set as a decimal string."_s});
    }
    checkIntList(u"contexts"_s, command.value(u"contexts"_s), {0, 1, 2}, out);
    checkIntList(u"integration_types"_s, command.value(u"integration_types"_s), {0, 1}, out);
    if (command.contains(u"nsfw"_s) && !command.value(u"nsfw"_s).isBool())
        out.append({u"nsfw"_s, u"Must be true or false."_s});

    const int size = totalSize(command);
    if (size > kMaxTotalSize)
        out.append({QString(),
                    u"The command's names, descriptions and choices total %1 characters; at most %2 "
                    u"are allowed."_s.arg(size)
                        .arg(kMaxTotalSize)});
    return out;
}

QList<CommandProblem> CommandValidator::validateList(const QJsonArray &commands)
{
    Problems out;
    QHash<int, QSet<QString>> names;
    QHash<int, int> counts;
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QJsonObject command = commands.at(i).toObject();
        const QString prefix = QString::number(i);
        for (const CommandProblem &p : validate(command))
            out.append({join(prefix, p.path), p.message});
        const int type = command.value(u"type"_s).toInt(ChatInput);
        const QString name = command.value(u"name"_s).toString();
        if (names[type].contains(name))
            out.append({join(prefix, u"name"_s),
                        u"Another command of this type is already named “%1”."_s.arg(name)});
        names[type].insert(name);
        ++counts[type];
    }
    if (counts.value(ChatInput) > kMaxChatInputCommands)
        out.append(
            {QString(), u"At most 100 slash commands per scope (has %1)."_s.arg(counts.value(ChatInput))});
    if (counts.value(User) > kMaxContextMenuCommands)
        out.append({QString(), u"At most 15 user commands per scope (has %1)."_s.arg(counts.value(User))});
    if (counts.value(Message) > kMaxContextMenuCommands)
        out.append(
            {QString(), u"At most 15 message commands per scope (has %1)."_s.arg(counts.value(Message))});
    return out;
}

bool CommandValidator::isValidName(const QString &name, int commandType)
{
    Problems out;
    checkName(QString(), name, commandType, out);
    return out.isEmpty();
}

int CommandValidator::totalSize(const QJsonObject &command)
{
    return longest(command, u"name"_s) + longest(command, u"description"_s)
        + optionsSize(command.value(u"options"_s).toArray());
}

QString CommandValidator::optionTypeName(int type)
{
    switch (type) {
    case SubCommand:
        return u"subcommand"_s;
    case SubCommandGroup:
        return u"subcommand group"_s;
    case String:
        return u"string"_s;
    case Integer:
        return u"integer"_s;
    case Boolean:
        return u"boolean"_s;
    case UserOption:
        return u"user"_s;
    case Channel:
        return u"channel"_s;
    case Role:
        return u"role"_s;
    case Mentionable:
        return u"mentionable"_s;
    case Number:
        return u"number"_s;
    case Attachment:
        return u"attachment"_s;
    default:
        return {};
    }
}

QList<int> CommandValidator::knownChannelTypes()
{
    // text, DM, voice, group DM, category, announcement, the three thread types, stage, directory, forum,
    // media
    return {0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15, 16};
}

const QStringList &CommandValidator::knownLocales()
{
    static const QStringList locales {
        u"id"_s, u"da"_s, u"de"_s,    u"en-GB"_s, u"en-US"_s, u"es-ES"_s, u"es-419"_s, u"fr"_s,
        u"hr"_s, u"it"_s, u"lt"_s,    u"hu"_s,    u"nl"_s,    u"no"_s,    u"pl"_s,     u"pt-BR"_s,
        u"ro"_s, u"fi"_s, u"sv-SE"_s, u"vi"_s,    u"tr"_s,    u"cs"_s,    u"el"_s,     u"bg"_s,
        u"ru"_s, u"uk"_s, u"hi"_s,    u"th"_s,    u"zh-CN"_s, u"ja"_s,    u"zh-TW"_s,  u"ko"_s,
    };
    return locales;
}

} // namespace bw::discord
